"""Undoable actions of the Today page: log a coordinator's check-in, tick an action step done.

Thin, as in :mod:`.commands`: each holds ids and calls store methods, never a widget.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model.domain import CheckIn
from ..model.errors import MentorDeskError
from ..model.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("today_commands", text)


class LogCheckIn(QUndoCommand):
    """Add a check-in; undo deletes it, redo puts it back with the same id."""

    def __init__(self, store: Store, checkin: CheckIn) -> None:
        super().__init__(_tr("Log check-in"))
        self._store = store
        self._checkin = checkin
        self.checkin_id: int | None = None

    def redo(self) -> None:
        if self.checkin_id is None:
            self.checkin_id = self._store.add_checkin(self._checkin)
            self._checkin = dataclasses.replace(self._checkin, id=self.checkin_id)
        else:
            self._store.restore_checkin(self._checkin)

    def undo(self) -> None:
        assert self.checkin_id is not None
        self._store.delete_checkin(self.checkin_id)


class MarkStepDone(QUndoCommand):
    """Tick an action step done on ``date``; undo puts back its done flag and date as they were.

    When the store refuses (a step cannot be done before its pair started), :attr:`error` holds
    its sentence and the command is marked obsolete, so the undo stack drops it.
    """

    def __init__(self, store: Store, step_id: int, date: dt.date) -> None:
        super().__init__(_tr("Mark step done"))
        self._store = store
        self._step_id = step_id
        self._date = date
        before = store.step(step_id)
        self._before = (before.done, before.done_date)
        self.error: str | None = None

    def redo(self) -> None:
        try:
            self._store.set_step_done(self._step_id, True, self._date)
        except MentorDeskError as exc:
            self.error = str(exc)
            self.setObsolete(True)

    def undo(self) -> None:
        done, date = self._before
        self._store.set_step_done(self._step_id, done, date)
