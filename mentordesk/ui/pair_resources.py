"""A compact "Suggested resources" box for the selected pair: the library's resources that help
with the skills its mentees (or peers) want, those that help with the most first. Double-click
(or Open) opens a link or saves a file copied into the program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.library import Resource
from ..model.store import Store
from .prompts import Prompts
from .resources_page import UrlOpener, open_resource

ID_ROLE = Qt.ItemDataRole.UserRole
#: How many suggestions the box lists.
SHOWN = 3


class SuggestedResources(QGroupBox):
    """Call :meth:`show_pair` with the selected pair's id (or None)."""

    def __init__(
        self,
        store: Store,
        prompts: Prompts,
        parent: QWidget | None = None,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(self.tr("Suggested resources"), parent)
        self.setObjectName("suggestedResources")
        self._store, self._prompts, self._open_url = store, prompts, open_url
        self._pair_id: int | None = None
        self._resources: dict[int, Resource] = {}
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListView::item { padding: 3px 2px; }")
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def show_pair(self, pair_id: int | None) -> None:
        self._pair_id = pair_id
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The library may have changed on its own page since the pair was shown.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        current = self.list.currentItem()
        kept = current.data(ID_ROLE) if current is not None else None
        self.list.clear()
        self._resources = {}
        suggestions = []
        if self._pair_id is not None:
            try:
                suggestions = self._store.suggest_resources(self._pair_id)
            except LookupError:
                suggestions = []
        for s in suggestions[:SHOWN]:
            r = s.resource
            assert r.id is not None
            self._resources[r.id] = r
            item = QListWidgetItem(
                r.title
                + "\n"
                + self.tr("%1 · for %2")
                .replace("%1", r.kind.label)
                .replace("%2", ", ".join(s.skills))
            )
            item.setData(ID_ROLE, r.id)
            item.setToolTip(r.description or r.title)
            self.list.addItem(item)
            if r.id == kept:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(suggestions))
        if suggestions:
            # As tall as its rows, but it may shrink (and scroll) when the detail is short.
            frame = 2 * self.list.frameWidth() + 2
            rows = [self.list.sizeHintForRow(n) for n in range(self.list.count())]
            self.list.setMinimumHeight(rows[0] + frame)
            self.list.setMaximumHeight(sum(rows) + frame)
        if not suggestions:
            self.empty.setText(
                self.tr("No resource in the library helps with what the mentees want yet.")
            )
        elif len(suggestions) > SHOWN:
            more = len(suggestions) - SHOWN
            self.empty.setText(self.tr("%1 more on the Resources page.").replace("%1", str(more)))
        else:
            self.empty.setText("")
        self._update_button()

    def selected(self) -> Resource | None:
        item = self.list.currentItem()
        return self._resources.get(item.data(ID_ROLE)) if item is not None else None

    def _update_button(self) -> None:
        resource = self.selected()
        self.open_button.setVisible(bool(self._resources))
        self.open_button.setEnabled(resource is not None)
        save = resource is not None and not resource.link and resource.has_file
        self.open_button.setText(self.tr("Save File…") if save else self.tr("Open"))

    def open_selected(self) -> None:
        resource = self.selected()
        if resource is not None:
            open_resource(self, self._store, self._prompts, self._open_url, resource)
