"""Roster import: a plan of what each sheet and column means, a preview of what would change,
and one transaction that applies it (and can be undone as one step).

The wizard and ``mentordesk import`` share this engine and its automatic guesses. Reading the
rows is in ``roster_rows``, applying the preview in ``roster_apply``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .domain import Participant, Role
from .i18n import tr
from .roster_plan import ImportPlan, OnExisting
from .roster_rows import (
    Candidate,
    Problem,
    Progress,
    column_letter,
    read_candidates,
)
from .sheets import Workbook, paused_gc
from .store import Store

__all__ = [
    "Action",
    "Candidate",
    "Outcome",
    "Preview",
    "Problem",
    "Progress",
    "column_letter",
    "preview",
    "read_candidates",
]


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    MERGED = "merged"  # an older answer of the same person, folded into the newest one
    REJECT = "reject"


# -- the preview ------------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """What the import will do with one row."""

    candidate: Candidate
    action: Action
    result: Participant | None = None  # what will be stored (new, or existing with the changes)
    existing: Participant | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass
class Preview:
    outcomes: list[Outcome]
    new_levels: tuple[str, ...]  # career levels the program does not have yet, to add at the end
    #: the store's :attr:`~mentordesk.model.store.Store.writes` when the preview was made: while
    #: it is the same, the file is as the preview checked it and the import need not check again
    writes: int = -1

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action is action)

    @property
    def rejected(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.action is Action.REJECT]

    def summary(self) -> str:
        text = tr("{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected")
        text = text.format(
            new=self.count(Action.NEW),
            updated=self.count(Action.UPDATE),
            unchanged=self.count(Action.UNCHANGED),
            rejected=self.count(Action.REJECT),
        )
        if merged := self.count(Action.MERGED):
            text += tr(", {merged} merged (signed up twice)").format(merged=merged)
        return text


@paused_gc()
def preview(
    store: Store,
    workbook: Workbook,
    plan: ImportPlan,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Preview:
    """What importing ``workbook`` with ``plan`` would do; nothing is written.

    ``now`` dates a ticked consent in a roster without a timestamp column (default: now);
    ``progress(done, total)`` reports the rows read.
    """
    candidates = read_candidates(workbook, plan, now, progress)
    existing = {p.email.casefold(): p for p in store.participants() if p.email}
    outcomes: list[Outcome] = []
    keys = [c.participant.email.strip().casefold() for c in candidates]
    groups = _by_email(candidates, keys)
    for c, key in zip(candidates, keys, strict=True):
        if c.problems:
            outcomes.append(Outcome(c, Action.REJECT, reasons=[p.short() for p in c.problems]))
            continue
        same = groups.get(key) if key else None
        if same is None:  # the usual case: one answer from this address
            person, given = c.participant, c.given
        else:
            winner = same[-1]
            if winner is not c:
                outcomes.append(_superseded(c, winner))
                continue
            merged = [x for x in same if x.sheet != c.sheet] + [c]
            person = _merged_duplicates(merged)
            given = frozenset().union(*(x.given for x in merged))
            if person.role is Role.BOTH and len(merged) > 1:
                given |= {"role"}  # signed up on both sheets: that says "both" whatever the sheets
        old = existing.get(key) if key and existing else None
        if old is None:
            outcomes.append(Outcome(c, Action.NEW, person))
        elif plan.on_existing is OnExisting.SKIP:
            outcomes.append(
                Outcome(
                    c,
                    Action.UNCHANGED,
                    existing=old,
                    reasons=[tr("Already in the program; left as it is.")],
                )
            )
        elif plan.on_existing is OnExisting.KEEP_BOTH:
            note = tr(
                "Imported from sheet “{sheet}”, row {row}; {email} belongs to {name}."
            ).format(sheet=c.sheet, row=c.row, email=person.email, name=old.full_name)
            apart = dataclasses.replace(
                person,
                email="",
                private_notes="\n".join(filter(None, [person.private_notes, note])),
            )
            outcomes.append(Outcome(c, Action.NEW, result=apart, existing=old))
        else:
            updated = _update(old, person, given)
            action = Action.UNCHANGED if updated == old else Action.UPDATE
            outcomes.append(Outcome(c, action, result=updated, existing=old))
    levels = store.program().career_levels
    known = {level.casefold() for level in levels}
    new_levels: dict[str, None] = {}
    # Each level once, in the order the rows first give it (50,000 rows, a dozen levels).
    given_levels = dict.fromkeys(
        o.result.career_level
        for o in outcomes
        if o.result and (o.action is Action.NEW or o.action is Action.UPDATE)
    )
    for level in given_levels:
        if level and level.casefold() not in known:
            new_levels.setdefault(level, None)
            known.add(level.casefold())
    return Preview(outcomes, _lowest_first(list(new_levels)), store.writes)


def _superseded(c: Candidate, winner: Candidate) -> Outcome:
    """An older answer of someone who answered again (the winner is the newest)."""
    where = tr("sheet “{sheet}”, row {row}").format(sheet=winner.sheet, row=winner.row)
    if c.sheet != winner.sheet and c.participant.role != winner.participant.role:
        reason = tr(
            "Also signed up as {role} ({where}): imported once, as mentor and mentee."
        ).format(role=winner.participant.role.label.lower(), where=where)
        return Outcome(c, Action.MERGED, reasons=[reason])
    reason = tr("A newer answer with the same e-mail ({where}) is imported instead.").format(
        where=where
    )
    return Outcome(c, Action.REJECT, reasons=[reason])


def _lowest_first(levels: list[str]) -> tuple[str, ...]:
    """New career levels in a sensible order: by their numbers when each has one
    ("Professional Level 20-29" before "Manager Level 30-39"), else as they came."""
    numbers = [re.search(r"\d+", level) for level in levels]
    if all(numbers):
        return tuple(
            level
            for _n, level in sorted(
                zip([int(n.group()) for n in numbers if n], levels, strict=True)
            )
        )
    return tuple(levels)


def _by_email(candidates: Sequence[Candidate], keys: Sequence[str]) -> dict[str, list[Candidate]]:
    """The valid rows of each e-mail address given more than once (``keys``: each
    candidate's folded address), the winner last: the newest answer (by the timestamp
    column), else the lowest row."""
    valid = [key for c, key in zip(candidates, keys, strict=True) if key and not c.problems]
    twice = {key for key, count in Counter(valid).items() if count > 1}
    groups: dict[str, list[Candidate]] = {}
    if twice:
        for c, key in zip(candidates, keys, strict=True):
            if key in twice and not c.problems:
                groups.setdefault(key, []).append(c)
    oldest = dt.datetime.min
    for group in groups.values():
        group.sort(key=lambda c: (c.timestamp or oldest, c.order))
    return groups


def _merged_duplicates(same: Sequence[Candidate]) -> Participant:
    """One participant from the same person's rows on different sheets (the newest last):
    mentor on one and mentee on another is both; what only an older row says is kept."""
    person = same[-1].participant
    if len(same) == 1:
        return person
    roles = {c.participant.role for c in same}
    both = bool(roles & {Role.MENTOR, Role.BOTH} and roles & {Role.MENTEE, Role.BOTH})
    changes: dict[str, Any] = {
        "role": Role.BOTH if both else person.role,
        "skills_offered": tuple(
            dict.fromkeys(s for c in same for s in c.participant.skills_offered)
        ),
        "skills_wanted": tuple(dict.fromkeys(s for c in same for s in c.participant.skills_wanted)),
    }
    for older in reversed(same[:-1]):
        for name in older.given - same[-1].given - changes.keys():
            changes[name] = getattr(older.participant, name)
    mentoring = [c for c in same if c.participant.role is not Role.MENTEE]
    if mentoring:
        changes["capacity"] = mentoring[-1].participant.capacity
    return dataclasses.replace(person, **changes)


def _update(old: Participant, new: Participant, given: frozenset[str]) -> Participant:
    """The existing participant with the fields the roster gives replaced (empty cells keep
    what the program had)."""
    changes = {name: getattr(new, name) for name in given if name != "private_notes"}
    if "private_notes" in given and new.private_notes not in old.private_notes:
        changes["private_notes"] = "\n".join(filter(None, [old.private_notes, new.private_notes]))
    return dataclasses.replace(old, **changes)
