"""Undoable intake edits (issue 7): ticking checklist items, moving people to a stage, one
participant's intake, and the program's intake settings.

Thin, as every command here: each holds ids and values, runs one store method on redo and
keeps the intake rows it returned, which undo puts back (``restore_intake``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model.intake import IntakeSettings, ScreeningItem, Stage
from ..model.store import Store
from ..model.store_intake import IntakeSnapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeCommands", text)


class IntakeCommand(QUndoCommand):
    """Runs ``write`` on redo; undo restores the intake rows as they were before it."""

    def __init__(self, store: Store, text: str, write: Callable[[Store], IntakeSnapshot]) -> None:
        super().__init__(text)
        self._store = store
        self._write = write
        self._before: IntakeSnapshot | None = None

    def redo(self) -> None:
        self._before = self._write(self._store)

    def undo(self) -> None:
        assert self._before is not None
        self._store.restore_intake(self._before)


class TickItem(IntakeCommand):
    """Tick (or untick) one checklist item for many participants."""

    def __init__(
        self,
        store: Store,
        item: ScreeningItem,
        participant_ids: Iterable[int],
        day: dt.date,
        checked_by: str = "",
        *,
        ticked: bool = True,
    ) -> None:
        ids = tuple(participant_ids)
        text = (_tr("Tick “%1” for %2") if ticked else _tr("Untick “%1” for %2")).replace(
            "%1", item.name
        )
        text = text.replace("%2", _people(len(ids)))
        item_id = item.id or 0
        super().__init__(
            store, text, lambda s: s.tick(item_id, ids, day, checked_by, ticked=ticked)
        )


class MoveToStage(IntakeCommand):
    """Set many participants' intake stage by hand."""

    def __init__(
        self,
        store: Store,
        participant_ids: Iterable[int],
        stage: Stage,
        today: dt.date,
        reason: str = "",
    ) -> None:
        ids = tuple(participant_ids)
        text = _tr("Move %1 to “%2”").replace("%1", _people(len(ids))).replace("%2", stage.label)
        super().__init__(store, text, lambda s: s.move_to_stage(ids, stage, today, reason))


@dataclass(frozen=True)
class Tick:
    """One checklist line of one participant as the intake dialog leaves it."""

    ticked: bool
    day: dt.date
    checked_by: str = ""


class EditParticipantIntake(IntakeCommand):
    """A participant's checklist lines and, when given, their stage (set by hand, or
    ``None``: back to the rules), in one step."""

    def __init__(
        self,
        store: Store,
        participant_id: int,
        name: str,
        ticks: Mapping[int, Tick],
        stage: tuple[Stage | None, str] | None,
        today: dt.date,
    ) -> None:
        lines = dict(ticks)

        def write(s: Store) -> IntakeSnapshot:
            before = s.intake_rows()
            with s.batch():
                for item_id, tick in lines.items():
                    s.tick(item_id, [participant_id], tick.day, tick.checked_by, ticked=tick.ticked)
                if stage is not None and stage[0] is None:
                    s.follow_rules([participant_id], today)
                elif stage is not None and stage[0] is not None:
                    s.move_to_stage([participant_id], stage[0], today, stage[1])
            return before

        super().__init__(store, _tr("Edit the intake of %1").replace("%1", name), write)


class EditIntakeSettings(IntakeCommand):
    """Which stage is ready to match, the targets and the screening checklist."""

    def __init__(
        self, store: Store, settings: IntakeSettings, checklist: Sequence[ScreeningItem]
    ) -> None:
        items = tuple(checklist)

        def write(s: Store) -> IntakeSnapshot:
            before = s.intake_rows()
            with s.batch():
                s.set_intake_settings(settings)
                s.set_screening_items(items)
            return before

        super().__init__(store, _tr("Edit the intake settings"), write)


def push_as_one(stack: QUndoStack, text: str, commands: Sequence[QUndoCommand]) -> None:
    """Push ``commands`` as one undoable step (a macro named ``text`` when there are several)."""
    if len(commands) == 1:
        stack.push(commands[0])
    elif commands:
        stack.beginMacro(text)
        for command in commands:
            stack.push(command)
        stack.endMacro()


def _people(n: int) -> str:
    return _tr("1 participant") if n == 1 else _tr("%1 participants").replace("%1", str(n))
