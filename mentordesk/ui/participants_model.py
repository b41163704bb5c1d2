"""The Participants table: a thin adapter that filters and sorts in Python.

A ``QSortFilterProxyModel`` would call ``data()`` back into Python for every comparison,
about 200,000 calls to sort 10,000 people (2–3 s); here each column's sort keys are built once
per load and the rows shown are plain index lists, so a sort or a keystroke takes milliseconds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..model.domain import PairStatus, Participant, ParticipantStatus, Role
from ..model.intake import IntakeStatus, Stage
from .table_model import AnyIndex, FilteredTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# What a coordinator matches on comes first; the e-mail address last.
(
    NAME,
    ROLE,
    STATUS,
    INTAKE,
    DEPARTMENT,
    LEVEL,
    OFFERED,
    WANTED,
    LANGUAGES,
    CAPACITY,
    PAIRS,
    EMAIL,
) = range(12)

#: "Pair" filter values besides a PairStatus.
UNMATCHED = "unmatched"
#: "Intake" filter value besides a Stage: everyone not offered to matching yet.
NOT_READY = "not_ready"
_OPEN_PAIR = frozenset({PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_WAITING = QColor("#9a5b00")  # still on the way through intake


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsTable", text)


def headers() -> list[str]:
    return [
        _tr("Name"),
        _tr("Role"),
        _tr("Status"),
        _tr("Intake"),
        _tr("Department"),
        _tr("Career level"),
        _tr("Skills offered"),
        _tr("Skills wanted"),
        _tr("Languages"),
        _tr("Capacity"),
        _tr("Pairs"),
        _tr("E-mail"),
    ]


def fold(text: str) -> str:
    """Case- and accent-blind form of ``text`` for searching and sorting ("Chloé" ~ "chloe")."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Filters:
    """What the page's search box and drop-downs ask for."""

    words: tuple[str, ...] = ()
    role: Role | None = None
    status: ParticipantStatus | None = None
    pair: str | None = None
    intake: str | None = None  # a Stage's value, or NOT_READY

    @classmethod
    def of(
        cls,
        text: str,
        role: Role | None,
        status: ParticipantStatus | None,
        pair: str | None,
        intake: str | None = None,
    ) -> Filters:
        return cls(tuple(fold(text).split()), role, status, pair, intake)

    def accepts(self, row: _Row) -> bool:
        p = row.person
        if self.role is not None and p.role != self.role:
            return False
        if self.status is not None and p.status != self.status:
            return False
        if self.pair == UNMATCHED:
            if row.pairs & _OPEN_PAIR:
                return False
        elif self.pair is not None and PairStatus(self.pair) not in row.pairs:
            return False
        if self.intake is not None and row.intake is not None:
            if self.intake == NOT_READY:
                if row.intake.ready or row.intake.stage.closed:
                    return False
            elif row.intake.stage.value != self.intake:
                return False
        return all(w in row.haystack for w in self.words)


@dataclass(frozen=True, slots=True)
class _Row:
    person: Participant
    pairs: frozenset[PairStatus]
    intake: IntakeStatus | None
    texts: tuple[str, ...]  # what each column shows
    haystack: str  # folded text the search box looks in


class ParticipantsTableModel(FilteredTableModel):
    """Every participant of the program; shows those the filters accept, in the chosen order."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[_Row] = []
        self._levels: dict[str, int] = {}
        self._filters = Filters()
        self._sort_column = NAME
        self._headers = headers()
        self._dimmed = QColor()

    # -- loading, filtering, sorting ------------------------------------------------------

    def set_data(
        self,
        people: list[Participant],
        pairs: dict[int, set[PairStatus]],
        levels: tuple[str, ...],
        intake: Mapping[int, IntakeStatus] | None = None,
    ) -> None:
        """Replace the rows; when the same people stay in the same places only the changed
        rows are repainted, otherwise the table is reset (the page restores the selection)."""
        self._dimmed = QApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        stages = intake or {}
        new_rows = [
            _make_row(p, frozenset(pairs.get(p.id or 0, ())), stages.get(p.id or 0)) for p in people
        ]
        new_levels = {name: i for i, name in enumerate(levels)}
        old_rows, old_shown = self._all, self._shown
        self._all, self._levels, self._keys = new_rows, new_levels, {}
        shown = self._ordered(self._accepted())
        same_layout = [old_rows[i].person.id for i in old_shown] == [
            new_rows[i].person.id for i in shown
        ]
        if same_layout:
            self._shown = shown
            last = self.columnCount() - 1
            for row, (i, j) in enumerate(zip(old_shown, shown, strict=True)):
                if old_rows[i] != new_rows[j]:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self._reset(shown)

    def _row_id(self, row: Any) -> int:
        return int(row.person.id or 0)

    def _key_function(self, column: int) -> Callable[[_Row], Any]:
        if column == NAME:
            return lambda r: (fold(r.person.last_name), fold(r.person.first_name))
        if column == LEVEL:
            levels, unknown = self._levels, len(self._levels)
            return lambda r: levels.get(r.person.career_level, unknown)
        if column == CAPACITY:
            return lambda r: r.person.capacity if r.person.role != Role.MENTEE else -1
        if column == INTAKE:
            order = {stage: n for n, stage in enumerate(Stage)}
            return lambda r: order[r.intake.stage] if r.intake else -1
        return lambda r: fold(r.texts[column])

    # -- lookups ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Participants in the program, shown or not."""
        return len(self._all)

    def participant(self, row: int) -> Participant:
        return self._all[self._shown[row]].person

    def has(self, participant_id: int) -> bool:
        return any(r.person.id == participant_id for r in self._all)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._shown[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[col]
        if role == ID_ROLE:
            return row.person.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (OFFERED, WANTED, LANGUAGES):
            return row.texts[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == INTAKE and row.intake is not None:
            return _intake_tip(row.intake)
        if role == Qt.ItemDataRole.ForegroundRole and col == INTAKE and row.intake is not None:
            if not row.intake.ready and not row.intake.stage.closed:
                return _WAITING
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CAPACITY:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and (
            row.person.status == ParticipantStatus.WITHDRAWN
        ):
            return self._dimmed
        return None


def _intake_tip(status: IntakeStatus) -> str:
    lines = [status.stage.label]
    if status.since is not None:
        lines[0] = _tr("%1 since %2").replace("%1", lines[0]).replace("%2", str(status.since))
    if status.by_hand:
        lines.append(_tr("Set by hand"))
    if status.reason:
        lines.append(status.reason)
    lines.append(
        _tr("Offered to matching")
        if status.ready
        else _tr("Not offered: %1").replace("%1", status.why)
    )
    return "\n".join(lines)


def _make_row(p: Participant, pairs: frozenset[PairStatus], intake: IntakeStatus | None) -> _Row:
    texts = (
        p.full_name,
        p.role.label,
        p.status.label,
        intake.stage.label if intake is not None else "",
        p.department,
        p.career_level,
        ", ".join(p.skills_offered),
        ", ".join(p.skills_wanted),
        ", ".join(p.languages),
        str(p.capacity) if p.role != Role.MENTEE else "",
        ", ".join(s.label for s in PairStatus if s in pairs) or _tr("None"),
        p.email,
    )
    haystack = " ".join(
        (p.first_name, p.last_name, p.email, p.department, *p.skills_offered, *p.skills_wanted)
    )
    return _Row(p, pairs, intake, texts, fold(haystack))
