"""What a person can read in a window: every visible label, button, header, item and menu."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)


def _model_texts(model: QAbstractItemModel | None, rows: int = 30) -> Iterator[str]:
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model keeps it private: one column
        columns = 1
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def widget_texts(root: QWidget) -> Iterator[str]:
    """Texts shown by ``root`` and its visible children (and their tooltips)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget.model())


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def plain(text: str) -> str:
    """Without markup, mnemonics and surrounding space."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", text).strip()
