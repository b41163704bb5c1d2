"""Undoable edits of one pair: its status changes and its agreement. Thin, as in
:mod:`.commands`: each holds the pair id and a store call; undo and redo swap the pair's rows
read before and after, so its history, goals and sessions come back exactly as they were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model.domain import ClosureReason, Pair, PairStatus
from ..model.errors import MentorDeskError
from ..model.store import Store
from ..model.store_matching import PairSnapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("pair_commands", text)


class PairEdit(QUndoCommand):
    """Any change of one pair made by ``change(store)``.

    When the store refuses the change (a :class:`MentorDeskError`), :attr:`error` holds its
    sentence and the command is marked obsolete, so the undo stack drops it.
    """

    def __init__(self, store: Store, pair_id: int, text: str, change: Callable[[Store], object]):
        super().__init__(text)
        self._store = store
        self._ids = [pair_id]
        self._change = change
        self._before: PairSnapshot = {}
        self._after: PairSnapshot | None = None
        self.error: str | None = None

    def redo(self) -> None:
        if self._after is None:
            self._before = self._store.pair_rows(self._ids)
            try:
                self._change(self._store)
            except MentorDeskError as exc:
                self.error = str(exc)
                self.setObsolete(True)
                return
            self._after = self._store.pair_rows(self._ids)
        else:
            self._store.swap_pairs(self._ids, self._after)

    def undo(self) -> None:
        self._store.swap_pairs(self._ids, self._before)


def status_text(old: PairStatus, new: PairStatus) -> str:
    """What the coordinator does, as the Edit menu's Undo names it."""
    if new is PairStatus.ACTIVE:
        return {
            PairStatus.PROPOSED: _tr("Start pair"),
            PairStatus.PAUSED: _tr("Resume pair"),
        }.get(old, _tr("Reopen pair"))
    if new is PairStatus.PAUSED:
        return _tr("Pause pair")
    return _tr("Close pair")


def change_status(
    store: Store,
    pair_id: int,
    old: PairStatus,
    new: PairStatus,
    date: dt.date,
    reason: ClosureReason | None = None,
    note: str = "",
) -> PairEdit:
    return PairEdit(
        store,
        pair_id,
        status_text(old, new),
        lambda s: s.change_pair_status(pair_id, new, date, reason, note),
    )


def save_agreement(store: Store, pair: Pair) -> PairEdit:
    assert pair.id is not None
    return PairEdit(
        store, pair.id, _tr("Edit agreement and meeting plan"), lambda s: s.update_pair(pair)
    )
