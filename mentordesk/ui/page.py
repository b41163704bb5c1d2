"""What the pages of an open program share: the store, the undo stack, the prompts, the dialog
runner and the clock they are given, and reloading lazily (only when shown, and only when a
change they watch made them stale)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from ..model.domain import Changes
from ..model.store import Store
from .prompts import Prompts

DialogRunner = Callable[[QDialog], bool]


def run_dialog(dialog: QDialog) -> bool:
    return bool(dialog.exec())


class ProgramPage(QWidget):
    """A page of the open program. Subclasses name the :class:`Changes` fields they watch
    and give :meth:`reload`; the page then reloads when shown after such a change."""

    #: Fields of :class:`Changes` that make the page stale.
    watches: tuple[str, ...] = ()

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: DialogRunner = run_dialog,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo_stack
        self._prompts = prompts
        self._run = run_dialog
        self._today = today
        self._stale = True

    def on_changes(self, changes: Changes) -> None:
        if any(getattr(changes, name) for name in self.watches):
            self.mark_stale()

    def mark_stale(self) -> None:
        """Reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError
