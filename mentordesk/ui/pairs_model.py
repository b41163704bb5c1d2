"""The Pairs table: every pair or group with its members, status, sessions, goals and health.

A thin adapter in the style of :mod:`.participants_model`: the rows are computed in one pass
over the store's reads (pairs, people, and each pair's follow-up figures read for all pairs at
once), each column's sort keys are built once per load, and the rows shown are plain index
lists. The health and its rules are the model's (:mod:`mentordesk.model.followup`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from ..model.domain import GoalStatus, Pair, PairStatus, Program
from ..model.followup import Health, HealthState, health
from ..model.store_followup import PairFacts
from .participants_model import fold
from .table_model import AnyIndex, FilteredTableModel
from .translations import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1

MEMBERS, STATUS, STARTED, SESSIONS, SINCE, GOALS, HEALTH = range(7)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ATTENTION_COLOR = QColor("#b45309")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PairsTable", text)


def headers() -> list[str]:
    return [
        _tr("Members"),
        _tr("Status"),
        _tr("Started"),
        _tr("Sessions"),
        _tr("Days since last"),
        _tr("Goals"),
        _tr("Health"),
    ]


def date_text(day: dt.date | None) -> str:
    """A date as every screen shows it ("5 Jan 2026"), or "" for none."""
    if day is None:
        return ""
    return format_date(day)


def pair_title(pair: Pair, names: Mapping[int, str]) -> str:
    """A pair's name with its members ("Leadership circle: A, B & C"), or just the members."""
    return titled(pair.name, [names.get(m.participant_id, "?") for m in pair.members])


def titled(name: str, members: Sequence[str]) -> str:
    """:func:`pair_title` from the pair's name and its members' names."""
    if len(members) > 1:
        who = _tr("{first} & {last}").format(first=", ".join(members[:-1]), last=members[-1])
    else:
        who = "".join(members) or _tr("(no members)")
    if name.strip():
        return _tr("{name}: {members}").format(name=name.strip(), members=who)
    return who


@dataclass(frozen=True, slots=True)
class PairRow:
    """One pair as the table shows it, with the figures behind each column."""

    facts: PairFacts
    title: str
    days_since: int | None  # since the last held session
    goals: tuple[tuple[GoalStatus, int], ...]  # in GoalStatus order, only those present
    health: Health | None  # active pairs only
    haystack: str  # folded member and pair names, for the search box

    @property
    def id(self) -> int:
        return self.facts.pair_id

    @property
    def status(self) -> PairStatus:
        return self.facts.status

    @property
    def start_date(self) -> dt.date | None:
        return self.facts.start_date

    @property
    def held(self) -> int:
        return self.facts.sessions_held

    @property
    def needs_attention(self) -> bool:
        return self.health is not None and self.health.state is HealthState.NEEDS_CHECKIN

    def goals_text(self) -> str:
        return " · ".join(f"{n} {s.label.lower()}" for s, n in self.goals)

    def health_text(self) -> str:
        """Every reason behind the health, one a line, for the tooltip and the detail."""
        return "\n".join((self.health.reason, *self.health.also)) if self.health else ""


_GOAL_STATUSES = tuple(GoalStatus)  # iterating the enum class itself is slower


def build_rows(facts: Iterable[PairFacts], program: Program, today: dt.date) -> list[PairRow]:
    """Every pair's row, from the store's one read of all pairs' figures and members (never a
    query per pair); the health is the model's (:func:`mentordesk.model.followup.health`)."""
    rows = []
    for fact in facts:
        last_held, goals = fact.last_held, fact.goals_by_status
        rows.append(
            PairRow(
                facts=fact,
                title=titled(fact.name, fact.members),
                days_since=(today - last_held).days if last_held else None,
                goals=tuple((s, goals[s]) for s in _GOAL_STATUSES if goals.get(s)),
                health=health(fact, program, today),
                haystack=fold(f"{fact.name} {' '.join(fact.members)}"),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class Filters:
    """What the page's search box, status drop-down and attention toggle ask for."""

    words: tuple[str, ...] = ()
    status: PairStatus | None = None
    attention: bool = False

    @classmethod
    def of(cls, text: str, status: str | None, attention: bool) -> Filters:
        # A combo box gives its StrEnum data back as a plain str.
        return cls(tuple(fold(text).split()), PairStatus(status) if status else None, attention)

    def accepts(self, row: PairRow) -> bool:
        if self.status is not None and row.status != self.status:
            return False
        if self.attention and not row.needs_attention:
            return False
        return all(w in row.haystack for w in self.words)


_STATUS_ORDER = {s: n for n, s in enumerate(PairStatus)}
# Those that need the coordinator first.
_HEALTH_ORDER = {
    HealthState.NEEDS_CHECKIN: 0,
    HealthState.TOO_EARLY: 1,
    HealthState.ON_TRACK: 2,
}
_NEVER = 10**9  # sorts pairs with no session or date after the others


class PairsTableModel(FilteredTableModel):
    """Every pair of the program; shows those the filters accept, in the chosen order."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[PairRow] = []
        self._filters = Filters()
        self._sort_column = MEMBERS
        self._headers = headers()

    def set_rows(self, rows: list[PairRow]) -> None:
        """Replace the rows; the page restores the selection afterwards."""
        self._all, self._keys = rows, {}
        self._reset(self._ordered(self._accepted()))

    def _row_id(self, row: Any) -> int:
        return int(row.id)

    def _key_function(self, column: int) -> Callable[[PairRow], Any]:
        if column == STATUS:
            return lambda r: (_STATUS_ORDER[r.status], fold(r.title))
        if column == STARTED:
            return lambda r: (r.start_date is None, r.start_date or dt.date.min)
        if column == SESSIONS:
            return lambda r: r.held
        if column == SINCE:
            return lambda r: _NEVER if r.days_since is None else r.days_since
        if column == GOALS:
            return lambda r: tuple(-dict(r.goals).get(s, 0) for s in _GOAL_SORT)
        if column == HEALTH:
            return lambda r: (_HEALTH_ORDER[r.health.state] if r.health else 9, fold(r.title))
        return lambda r: fold(r.title)

    # -- lookups ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    def needing_attention(self) -> int:
        return sum(1 for r in self._all if r.needs_attention)

    def row_data(self, row: int) -> PairRow:
        return self._all[self._shown[row]]

    def find(self, pair_id: int) -> PairRow | None:
        return next((r for r in self._all if r.id == pair_id), None)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._shown[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, col)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (MEMBERS, GOALS):
            return _text(row, col) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == HEALTH:
            return row.health_text() or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SESSIONS, SINCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == HEALTH and row.needs_attention:
            return _ATTENTION_COLOR
        return None


_GOAL_SORT = (
    GoalStatus.OFF_TRACK,
    GoalStatus.ON_TRACK,
    GoalStatus.NOT_STARTED,
    GoalStatus.COMPLETED,
)


def _text(row: PairRow, col: int) -> str:
    if col == MEMBERS:
        return row.title
    if col == STATUS:
        return row.status.label
    if col == STARTED:
        return date_text(row.start_date)
    if col == SESSIONS:
        return str(row.held)
    if col == SINCE:
        return "" if row.days_since is None else str(row.days_since)
    if col == GOALS:
        return row.goals_text()
    return row.health.state.label if row.health else ""
