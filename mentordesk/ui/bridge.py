"""Turns the store's plain-Python change notifications into a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..model.domain import Changes
from ..model.store import Store


class StoreBridge(QObject):
    """Emits :attr:`changed` with a :class:`Changes` after every committed write."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.subscribe(self._emit)

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.store.unsubscribe(self._emit)
