"""Table model and filter proxy for the Participants page: thin adapters over the model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..model.domain import PairStatus, Participant, ParticipantStatus, Role

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# What a coordinator matches on comes first; the e-mail address last.
NAME, ROLE, STATUS, DEPARTMENT, LEVEL, OFFERED, WANTED, LANGUAGES, CAPACITY, PAIRS, EMAIL = range(
    11
)

#: "Pair" filter values besides a PairStatus.
UNMATCHED = "unmatched"
_OPEN_PAIR = {PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED}

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsTable", text)


def headers() -> list[str]:
    return [
        _tr("Name"),
        _tr("Role"),
        _tr("Status"),
        _tr("Department"),
        _tr("Career level"),
        _tr("Skills offered"),
        _tr("Skills wanted"),
        _tr("Languages"),
        _tr("Capacity"),
        _tr("Pairs"),
        _tr("E-mail"),
    ]


@dataclass(frozen=True, slots=True)
class _Row:
    person: Participant
    pairs: frozenset[PairStatus]
    haystack: str  # lower-cased text the search box looks in


class ParticipantsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[_Row] = []
        self._levels: dict[str, int] = {}
        self._headers = headers()

    def set_data(
        self,
        people: list[Participant],
        pairs: dict[int, set[PairStatus]],
        levels: tuple[str, ...],
    ) -> None:
        """Replace the rows; changed rows only emit ``dataChanged`` when the ids stay the same."""
        new_rows = [_Row(p, frozenset(pairs.get(p.id or 0, ())), _haystack(p)) for p in people]
        new_levels = {name: i for i, name in enumerate(levels)}
        same_ids = [r.person.id for r in new_rows] == [r.person.id for r in self._rows]
        if same_ids and new_levels == self._levels:
            old, self._rows = self._rows, new_rows
            last = self.columnCount() - 1
            for i, (a, b) in enumerate(zip(old, new_rows, strict=True)):
                if a != b:
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            return
        self.beginResetModel()
        self._rows = new_rows
        self._levels = new_levels
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row].person

    def row_of(self, participant_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.person.id == participant_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        row = self._rows[index.row()]
        p, col = row.person, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (OFFERED, WANTED, LANGUAGES):
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and p.status == ParticipantStatus.WITHDRAWN:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, row: _Row, col: int) -> str:
        p = row.person
        if col == NAME:
            return p.full_name
        if col == ROLE:
            return p.role.label
        if col == STATUS:
            return p.status.label
        if col == DEPARTMENT:
            return p.department
        if col == LEVEL:
            return p.career_level
        if col == OFFERED:
            return ", ".join(p.skills_offered)
        if col == WANTED:
            return ", ".join(p.skills_wanted)
        if col == LANGUAGES:
            return ", ".join(p.languages)
        if col == CAPACITY:
            return str(p.capacity) if p.role != Role.MENTEE else ""
        if col == PAIRS:
            return ", ".join(s.label for s in PairStatus if s in row.pairs) or _tr("None")
        return p.email

    def _sort_key(self, row: _Row, col: int) -> Any:
        p = row.person
        if col == NAME:
            return f"{p.last_name} {p.first_name}".casefold()
        if col == LEVEL:
            return self._levels.get(p.career_level, len(self._levels))
        if col == CAPACITY:
            return p.capacity
        return self._display(row, col).casefold()

    # -- filters, used by the proxy --------------------------------------------------------

    def matches(
        self,
        row: int,
        words: list[str],
        role: Role | None,
        status: ParticipantStatus | None,
        pair: str | None,
    ) -> bool:
        r = self._rows[row]
        if role is not None and r.person.role != role:
            return False
        if status is not None and r.person.status != status:
            return False
        if pair == UNMATCHED:
            if r.pairs & _OPEN_PAIR:
                return False
        elif pair is not None and PairStatus(pair) not in r.pairs:
            return False
        return all(w in r.haystack for w in words)


def _haystack(p: Participant) -> str:
    parts = [p.first_name, p.last_name, p.email, p.department, *p.skills_offered, *p.skills_wanted]
    return " ".join(parts).casefold()


class ParticipantsFilter(QSortFilterProxyModel):
    """Search words (all must match), role, status and pair filters over the table model."""

    def __init__(self, source: ParticipantsTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self._words: list[str] = []
        self._role: Role | None = None
        self._status: ParticipantStatus | None = None
        self._pair: str | None = None

    def set_filters(
        self,
        text: str,
        role: Role | None,
        status: ParticipantStatus | None,
        pair: str | None,
    ) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._role, self._status, self._pair = role, status, pair
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._source.matches(source_row, self._words, self._role, self._status, self._pair)
