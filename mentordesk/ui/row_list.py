"""A scrolling column of row widgets, each with its action ``button``: the Today list and the
Calendar. The first rows are built at once and the rest wait behind "Show all N", so a huge
program stays quick; a rebuild keeps the keyboard on the row it was on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

#: Rows built at once; the rest behind a "Show all" button.
FIRST_ROWS = 150

T = TypeVar("T")


class RowList(QScrollArea):
    def __init__(self, more_name: str, rebuild: Callable[[], None]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch()
        self.setWidget(self.list_widget)
        self.more_button = QPushButton()
        self.more_button.setObjectName(more_name)
        self.more_button.clicked.connect(self._expand)
        self._rebuild = rebuild
        self.show_all = False
        self.rows: list[Any] = []  # widgets with a .button
        self.others: list[QWidget] = []  # headings between them
        self._focus: int | None = None

    def begin(self, items: Sequence[T]) -> Sequence[T]:
        """Drop the rows shown (remembering the focused one); the items to build rows for."""
        focused = self.focusWidget()  # also right while the window is not the active one
        self._focus = next((n for n, r in enumerate(self.rows) if r.button is focused), None)
        for widget in [*self.rows, *self.others]:
            widget.hide()
            widget.deleteLater()
        self.rows, self.others = [], []
        self.more_button.hide()
        self._total = len(items)
        return items if self.show_all else items[:FIRST_ROWS]

    def add(self, widget: QWidget, *, row: bool = True) -> None:
        self.list_layout.insertWidget(len(self.rows) + len(self.others), widget)
        widget.show()  # at once, not when the layout gets round to it: focus and grabs see it
        (self.rows if row else self.others).append(widget)

    def end(self) -> None:
        """Offer the rest, then put the keyboard back on the row it was on."""
        if len(self.rows) < self._total:
            text = QCoreApplication.translate("RowList", "Show all %1")
            self.more_button.setText(text.replace("%1", str(self._total)))
            self.add(self.more_button, row=False)
            self.others.remove(self.more_button)
        self.list_layout.activate()
        if self._focus is not None and self.rows:
            self.rows[min(self._focus, len(self.rows) - 1)].button.setFocus()

    def _expand(self) -> None:
        self.show_all = True
        self._rebuild()
