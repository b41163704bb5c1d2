"""Applying a roster import: one transaction that writes the preview's new and updated
participants, undone and redone as one step; and the rejected rows saved as a CSV."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .domain import Changes, Participant
from .export import save_csv
from .i18n import tr
from .roster_import import Action, Preview, Problem, Progress
from .sheets import paused_gc
from .store import Store


@dataclass(frozen=True)
class ImportResult:
    """Enough to undo an import as one step, and to redo it with the same ids."""

    added: tuple[Participant, ...]
    added_ids: tuple[int, ...]
    before: tuple[Participant, ...]
    after: tuple[Participant, ...]
    levels_before: tuple[str, ...]
    levels_after: tuple[str, ...]


@paused_gc()
def apply(store: Store, result_of: Preview, progress: Progress | None = None) -> ImportResult:
    """Write the preview's new and updated participants in one transaction (all or nothing)."""
    new = [o.result for o in result_of.outcomes if o.action is Action.NEW and o.result]
    changed = [o for o in result_of.outcomes if o.action is Action.UPDATE and o.result]
    program = store.program()
    levels_after = program.career_levels + result_of.new_levels
    total = len(new) + len(changed)
    checked = result_of.writes == store.writes  # before this function writes anything
    with store.batch(Changes(participants=True, program=bool(result_of.new_levels))):
        if result_of.new_levels:
            store.update_program(dataclasses.replace(program, career_levels=levels_after))
        # The preview checked every row against the file; checking 50,000 again took a tenth
        # of the import. Only while nothing was written since (else everything is checked).
        ids = store.add_participants(
            new,
            progress=(lambda done: progress(done, total)) if progress else None,
            checked=checked,
        )
        store.update_participants(
            [o.result for o in changed if o.result],
            progress=(lambda done: progress(len(ids) + done, total)) if progress else None,
            checked=checked,
        )
    if progress:
        progress(total, total)
    return ImportResult(
        added=tuple(new),
        added_ids=tuple(ids),
        before=tuple(o.existing for o in changed if o.existing),
        after=tuple(o.result for o in changed if o.result),
        levels_before=program.career_levels,
        levels_after=levels_after,
    )


def undo_import(store: Store, result: ImportResult) -> None:
    """Take an import back: remove who it added, put back who it changed."""
    with store.batch(Changes(participants=True, program=True)):
        store.delete_participants(result.added_ids)
        store.update_participants(result.before)
        if result.levels_before != result.levels_after:
            store.update_program(
                dataclasses.replace(store.program(), career_levels=result.levels_before)
            )


def redo_import(store: Store, result: ImportResult) -> None:
    """Apply an undone import again, with the same ids."""
    with store.batch(Changes(participants=True, program=True)):
        if result.levels_before != result.levels_after:
            store.update_program(
                dataclasses.replace(store.program(), career_levels=result.levels_after)
            )
        store.add_participants(
            dataclasses.replace(p, id=i)
            for p, i in zip(result.added, result.added_ids, strict=True)
        )
        store.update_participants(result.after)


def write_rejected(result: Preview, path: Path) -> None:
    """The rejected rows and why, as a CSV the coordinator can fix and import again."""
    lines = [[tr("Sheet"), tr("Row"), tr("Column"), tr("Reason")]]
    for o in result.rejected:
        problems = o.candidate.problems or [
            Problem(o.candidate.sheet, o.candidate.row, "", r) for r in o.reasons
        ]
        lines += [[p.sheet, str(p.row), p.column, p.message] for p in problems]
    save_csv(path, lines)
