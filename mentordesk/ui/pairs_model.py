"""The Pairs table: every pair or group with its members, status, sessions and goals.

A thin adapter in the style of :mod:`.participants_model`: the rows are computed in one pass
over the store's reads (pairs, people, sessions, goals, history), each column's sort keys are
built once per load, and the rows shown are plain index lists.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ..model.domain import (
    Goal,
    GoalStatus,
    Pair,
    PairChange,
    PairStatus,
    Participant,
    Program,
    Session,
    SessionStatus,
)
from .participants_model import fold
from .text import DATE_FORMAT

ID_ROLE = Qt.ItemDataRole.UserRole + 1

MEMBERS, STATUS, STARTED, SESSIONS, SINCE, GOALS, ATTENTION = range(7)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ATTENTION_COLOR = QColor("#b45309")

AnyIndex = QModelIndex | QPersistentModelIndex


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
        _tr("Needs attention"),
    ]


def goal_status_label(status: GoalStatus) -> str:
    # The domain gives goal statuses no labels; the words are looked up here, in the UI.
    return {
        GoalStatus.NOT_STARTED: _tr("not started"),
        GoalStatus.ON_TRACK: _tr("on track"),
        GoalStatus.OFF_TRACK: _tr("off track"),
        GoalStatus.COMPLETED: _tr("completed"),
    }[status]


def date_text(day: dt.date | None) -> str:
    """A date as every screen shows it ("5 Jan 2026"), or "" for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def pair_title(pair: Pair, names: dict[int, str]) -> str:
    """A pair's name with its members ("Leadership circle: A, B & C"), or just the members."""
    members = [names.get(m.participant_id, "?") for m in pair.members]
    if len(members) > 1:
        who = _tr("{first} & {last}").format(first=", ".join(members[:-1]), last=members[-1])
    else:
        who = "".join(members) or _tr("(no members)")
    if pair.name.strip():
        return _tr("{name}: {members}").format(name=pair.name.strip(), members=who)
    return who


@dataclass(frozen=True, slots=True)
class PairRow:
    """One pair as the table shows it, with the figures behind each column."""

    pair: Pair
    title: str
    held: int
    last_held: dt.date | None
    days_since: int | None  # since the last held session
    goals: tuple[tuple[GoalStatus, int], ...]  # in GoalStatus order, only those present
    attention: str  # why it needs attention; "" when it does not
    haystack: str  # folded member and pair names, for the search box

    @property
    def id(self) -> int:
        assert self.pair.id is not None
        return self.pair.id

    def goals_text(self) -> str:
        return " · ".join(f"{n} {goal_status_label(s)}" for s, n in self.goals)


def attention_reason(
    pair: Pair,
    last_held: dt.date | None,
    active_since: dt.date | None,
    off_track: int,
    program: Program,
    today: dt.date,
) -> str:
    """Why an active pair needs the coordinator, or "" (for now: quiet longer than the
    program's cadence plus grace, or a goal off track)."""
    if pair.status is not PairStatus.ACTIVE:
        return ""
    reasons = []
    since = max((d for d in (pair.start_date, active_since, last_held) if d), default=None)
    limit = program.cadence_days + program.grace_days
    if since is not None and (today - since).days > limit:
        days = (today - since).days
        if last_held is not None and since == last_held:
            reasons.append(_tr("No session for {days} days").format(days=days))
        else:
            reasons.append(_tr("No session in {days} days since it started").format(days=days))
    if off_track:
        reasons.append(
            _tr("1 goal off track")
            if off_track == 1
            else _tr("{n} goals off track").format(n=off_track)
        )
    return "; ".join(reasons)


def build_rows(
    pairs: Iterable[Pair],
    people: Iterable[Participant],
    sessions: Iterable[Session],
    goals: Iterable[Goal],
    history: Iterable[PairChange],
    program: Program,
    today: dt.date,
) -> list[PairRow]:
    """Every pair's row, from one read of each table (never a query per pair)."""
    names = {p.id: p.full_name for p in people if p.id is not None}
    held: Counter[int] = Counter()
    last: dict[int, dt.date] = {}
    for s in sessions:
        if s.status is SessionStatus.HELD:
            held[s.pair_id] += 1
            if s.pair_id not in last or s.date > last[s.pair_id]:
                last[s.pair_id] = s.date
    by_goal: dict[int, Counter[GoalStatus]] = {}
    for g in goals:
        by_goal.setdefault(g.pair_id, Counter())[g.status] += 1
    active_since: dict[int, dt.date] = {}
    for change in history:  # oldest first: the last one wins
        if change.status is PairStatus.ACTIVE:
            active_since[change.pair_id] = change.date
    rows = []
    for pair in pairs:
        pid = pair.id or 0
        counts = by_goal.get(pid, Counter())
        last_held = last.get(pid)
        title = pair_title(pair, names)
        member_names = " ".join(names.get(m.participant_id, "") for m in pair.members)
        rows.append(
            PairRow(
                pair=pair,
                title=title,
                held=held[pid],
                last_held=last_held,
                days_since=(today - last_held).days if last_held else None,
                goals=tuple((s, counts[s]) for s in GoalStatus if counts[s]),
                attention=attention_reason(
                    pair,
                    last_held,
                    active_since.get(pid),
                    counts[GoalStatus.OFF_TRACK],
                    program,
                    today,
                ),
                haystack=fold(f"{pair.name} {member_names}"),
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
        if self.status is not None and row.pair.status != self.status:
            return False
        if self.attention and not row.attention:
            return False
        return all(w in row.haystack for w in self.words)


_STATUS_ORDER = {s: n for n, s in enumerate(PairStatus)}
_NEVER = 10**9  # sorts pairs with no session or date after the others


class PairsTableModel(QAbstractTableModel):
    """Every pair of the program; shows those the filters accept, in the chosen order."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[PairRow] = []
        self._shown: list[int] = []
        self._position: dict[int, int] = {}
        self._keys: dict[int, list[Any]] = {}
        self._filters = Filters()
        self._sort_column = MEMBERS
        self._descending = False
        self._headers = headers()

    def set_rows(self, rows: list[PairRow]) -> None:
        """Replace the rows; the page restores the selection afterwards."""
        self.beginResetModel()
        self._all, self._keys = rows, {}
        self._set_shown(self._ordered(self._accepted()))
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        if filters == self._filters:
            return
        self._filters = filters
        shown = self._ordered(self._accepted())
        if shown != self._shown:
            self.beginResetModel()
            self._set_shown(shown)
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        shown = self._ordered(self._shown)
        if shown == self._shown:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._shown
        self._set_shown(shown)
        new_row = {i: row for row, i in enumerate(shown)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[old[ix.row()]], ix.column()) for ix in persistent]
        )
        self.layoutChanged.emit()

    def _accepted(self) -> list[int]:
        accepts = self._filters.accepts
        return [i for i, row in enumerate(self._all) if accepts(row)]

    def _ordered(self, indexes: list[int]) -> list[int]:
        keys = self._keys.get(self._sort_column)
        if keys is None:
            key_of = self._key_function(self._sort_column)
            keys = self._keys[self._sort_column] = [key_of(r) for r in self._all]
        return sorted(indexes, key=keys.__getitem__, reverse=self._descending)

    def _key_function(self, column: int) -> Callable[[PairRow], Any]:
        if column == STATUS:
            return lambda r: (_STATUS_ORDER[r.pair.status], fold(r.title))
        if column == STARTED:
            return lambda r: (r.pair.start_date is None, r.pair.start_date or dt.date.min)
        if column == SESSIONS:
            return lambda r: r.held
        if column == SINCE:
            return lambda r: _NEVER if r.days_since is None else r.days_since
        if column == GOALS:
            return lambda r: tuple(-dict(r.goals).get(s, 0) for s in _GOAL_SORT)
        if column == ATTENTION:
            return lambda r: (not r.attention, fold(r.attention))
        return lambda r: fold(r.title)

    def _set_shown(self, shown: list[int]) -> None:
        self._shown = shown
        self._position = {self._all[i].id: row for row, i in enumerate(shown)}

    # -- lookups ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    def needing_attention(self) -> int:
        return sum(1 for r in self._all if r.attention)

    def row_data(self, row: int) -> PairRow:
        return self._all[self._shown[row]]

    def row_of(self, pair_id: int) -> int:
        """The display row of a pair, or -1 when the filters hide it."""
        return self._position.get(pair_id, -1)

    def find(self, pair_id: int) -> PairRow | None:
        return next((r for r in self._all if r.id == pair_id), None)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._shown[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, col)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (MEMBERS, GOALS, ATTENTION):
            return _text(row, col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (SESSIONS, SINCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == ATTENTION:
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
        return row.pair.status.label
    if col == STARTED:
        return date_text(row.pair.start_date)
    if col == SESSIONS:
        return str(row.held)
    if col == SINCE:
        return "" if row.days_since is None else str(row.days_since)
    if col == GOALS:
        return row.goals_text()
    return row.attention
