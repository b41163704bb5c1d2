"""The matching board's vocabulary: drop targets, verdicts, cards, columns and edits.

Shared by :mod:`.board` (the facts) and :mod:`.board_edits` (the changes); import them from
:mod:`.board`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from .domain import PairStatus, Participant

if TYPE_CHECKING:
    from .store import Store

OPEN = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
#: Drop targets besides a column key (a mentor id, or a group's pair id).
POOL = -1
NEW_GROUP = 0


class Verdict(StrEnum):
    OK = "ok"
    SAME = "same"  # nothing would change (also: a "both" dropped on their own column)
    KEPT = "kept"  # an active or paused pair, or a locked proposal
    FULL = "full"  # the mentor or group has no place left
    INELIGIBLE = "ineligible"  # allowed only when the coordinator overrides the rule


@dataclass(frozen=True)
class Drop:
    verdict: Verdict
    reason: str = ""

    @property
    def allowed(self) -> bool:
        return self.verdict in (Verdict.OK, Verdict.INELIGIBLE)


@dataclass(frozen=True)
class Placement:
    """Someone in an open pair or group, as a card inside a column."""

    person: Participant
    pair_id: int
    status: PairStatus
    locked: bool

    @property
    def movable(self) -> bool:
        return self.status is PairStatus.PROPOSED and not self.locked


@dataclass
class Column:
    """A mentor with their mentees, or a peer group with its members."""

    key: int  # mentor id (mentoring) or pair id (peers)
    title: str
    mentor: Participant | None
    capacity: int
    members: list[Placement] = field(default_factory=list)
    rotation_round: int | None = None

    @property
    def places_left(self) -> int:
        return max(0, self.capacity - len(self.members))


@dataclass(frozen=True)
class Edit:
    """One board gesture: the existing pairs it changes, and how to make the change.

    ``run`` writes through the store (inside the caller's batch) and returns the ids of the
    pairs it created, so an undo command can take the rows before and after.
    """

    text: str
    touches: tuple[int, ...]
    run: Callable[[Store], Sequence[int]]
