"""Undoable edits. Each command holds ids and values and calls store methods; never widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model.board_types import Edit
from ..model.domain import Changes, Participant, ParticipantStatus, Program
from ..model.match_settings import MatchSettings
from ..model.roster_apply import ImportResult, apply, redo_import, undo_import
from ..model.roster_import import Preview
from ..model.store import Snapshot, Store
from ..model.store_matching import PairSnapshot, RuleKind
from .text import counted


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class AddParticipant(QUndoCommand):
    def __init__(self, store: Store, participant: Participant) -> None:
        super().__init__(_tr("Add {name}").format(name=participant.full_name))
        self._store = store
        self._participant = participant
        self._snapshot: Snapshot | None = None
        self.participant_id: int | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.participant_id = self._store.add_participant(self._participant)
        else:
            self._store.restore(self._snapshot)

    def undo(self) -> None:
        assert self.participant_id is not None
        self._snapshot = self._store.delete_participants([self.participant_id])


class EditParticipant(QUndoCommand):
    def __init__(self, store: Store, before: Participant, after: Participant) -> None:
        super().__init__(_tr("Edit {name}").format(name=after.full_name))
        self._store = store
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._store.update_participant(self._after)

    def undo(self) -> None:
        self._store.update_participant(self._before)


class SetStatuses(QUndoCommand):
    def __init__(
        self, store: Store, before: dict[int, ParticipantStatus], status: ParticipantStatus
    ) -> None:
        super().__init__(
            counted(
                len(before),
                _tr("Set status of %n participant to {status}"),
                _tr("Set status of %n participants to {status}"),
            ).format(status=status.label)
        )
        self._store = store
        self._before = dict(before)
        self._after = {pid: status for pid in before}

    def redo(self) -> None:
        self._store.set_statuses(self._after)

    def undo(self) -> None:
        self._store.set_statuses(self._before)


class DeleteParticipants(QUndoCommand):
    def __init__(self, store: Store, ids: list[int], text: str) -> None:
        super().__init__(text)
        self._store = store
        self._ids = list(ids)
        self._snapshot: Snapshot | None = None

    def redo(self) -> None:
        self._snapshot = self._store.delete_participants(self._ids)

    def undo(self) -> None:
        assert self._snapshot is not None
        self._store.restore(self._snapshot)


class EditProgram(QUndoCommand):
    def __init__(
        self, store: Store, before: Program, after: Program, renames: dict[str, str]
    ) -> None:
        super().__init__(_tr("Edit program settings"))
        self._store = store
        self._before = before
        self._after = after
        self._renames = dict(renames)

    def redo(self) -> None:
        self._store.update_program(self._after, self._renames)

    def undo(self) -> None:
        back = {new: old for old, new in self._renames.items()}
        self._store.update_program(self._before, back)


class ImportRoster(QUndoCommand):
    """A whole roster import, undone and redone as one step (same ids on redo)."""

    def __init__(
        self,
        store: Store,
        preview: Preview,
        file_name: str,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(_tr("Import {file}").format(file=file_name))
        self._store = store
        self._preview = preview
        self._progress = progress
        self.result: ImportResult | None = None

    def redo(self) -> None:
        if self.result is None:
            self.result = apply(self._store, self._preview, self._progress)
        else:
            redo_import(self._store, self.result)

    def undo(self) -> None:
        assert self.result is not None
        undo_import(self._store, self.result)


class BoardEdit(QUndoCommand):
    """One matching-board gesture. Undo and redo swap the touched pairs' rows before and after,
    so every id comes back exactly as it was."""

    def __init__(self, store: Store, edit: Edit) -> None:
        super().__init__(edit.text)
        self._store = store
        self._edit = edit
        self._before: PairSnapshot = {}
        self._after: PairSnapshot | None = None
        self._after_ids: list[int] = []

    def redo(self) -> None:
        if self._after is None:
            self._before = self._store.pair_rows(self._edit.touches)
            with self._store.batch(Changes(pairs=True)):
                created = self._edit.run(self._store)
            self._after_ids = sorted({*self._edit.touches, *created})
            self._after = self._store.pair_rows(self._after_ids)
        else:
            self._store.swap_pairs(self._edit.touches, self._after)

    def undo(self) -> None:
        self._store.swap_pairs(self._after_ids, self._before)


class EditMatchSettings(QUndoCommand):
    def __init__(self, store: Store, before: MatchSettings, after: MatchSettings) -> None:
        super().__init__(_tr("Change matching settings"))
        self._store = store
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._store.set_match_settings(self._after)

    def undo(self) -> None:
        self._store.set_match_settings(self._before)


class SetPairRule(QUndoCommand):
    def __init__(self, store: Store, who: int, other: int, kind: RuleKind, present: bool) -> None:
        texts = {
            (RuleKind.NEVER, True): _tr("Never pair two people"),
            (RuleKind.NEVER, False): _tr("Allow two people to be paired"),
            (RuleKind.PREFER, True): _tr("Mark a preferred partner"),
            (RuleKind.PREFER, False): _tr("Remove a preferred partner"),
        }
        super().__init__(texts[kind, present])
        self._store = store
        self._args = (who, other, kind)
        self._present = present

    def redo(self) -> None:
        self._store.set_pair_rule(*self._args, self._present)

    def undo(self) -> None:
        self._store.set_pair_rule(*self._args, not self._present)
