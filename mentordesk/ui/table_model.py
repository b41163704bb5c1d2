"""What MentorDesk's table models share: fixed column headers over a list of rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

AnyIndex = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """A flat table: ``_headers`` name the columns, :meth:`row_total` counts the rows."""

    _headers: list[str]

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class OutcomesModel(HeaderedTableModel):
    """The preview of an import: one row per outcome, the rejected ones first, as they are what
    the coordinator must look at."""

    def __init__(self) -> None:
        super().__init__()
        self._outcomes: list[Any] = []

    def _keep(self, outcomes: Iterable[Any], rejected: object) -> None:
        """Show ``outcomes``, those whose action is ``rejected`` first (inside a model reset)."""
        self._outcomes = sorted(outcomes, key=lambda o: o.action is not rejected)

    def outcome(self, row: int) -> Any:
        return self._outcomes[row]

    def row_total(self) -> int:
        return len(self._outcomes)


class Filter(Protocol):
    def accepts(self, row: Any) -> bool: ...


class FilteredTableModel(HeaderedTableModel):
    """All rows of something, showing those ``_filters`` accept, sorted in Python by a cached
    key per column (no proxy model: 10,000 rows sort in milliseconds this way).

    Subclasses set ``_filters``, ``_sort_column`` and ``_headers``, and give
    :meth:`_key_function` (a column's sort key) and :meth:`_row_id` (a row's id).
    """

    _filters: Filter
    _sort_column: int

    def __init__(self) -> None:
        super().__init__()
        self._all: list[Any] = []
        self._shown: list[int] = []  # indexes into _all, in display order
        self._position: dict[int, int] = {}  # row id -> display row
        self._keys: dict[int, list[Any]] = {}  # column -> sort key of each row of _all
        self._descending = False

    def _key_function(self, column: int) -> Callable[[Any], Any]:
        raise NotImplementedError

    def _row_id(self, row: Any) -> int:
        raise NotImplementedError

    def row_total(self) -> int:
        return len(self._shown)

    def row_of(self, row_id: int) -> int:
        """The display row of a row's id, or -1 when the filters hide it."""
        return self._position.get(row_id, -1)

    def set_filters(self, filters: Filter) -> None:
        if filters == self._filters:
            return
        self._filters = filters
        shown = self._ordered(self._accepted())
        if shown != self._shown:
            self._reset(shown)

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
            keys = self._keys[self._sort_column] = [key_of(row) for row in self._all]
        return sorted(indexes, key=keys.__getitem__, reverse=self._descending)

    def _reset(self, shown: list[int]) -> None:
        self.beginResetModel()
        self._set_shown(shown)
        self.endResetModel()

    def _set_shown(self, shown: list[int]) -> None:
        self._shown = shown
        row_id = self._row_id
        self._position = {row_id(self._all[i]): row for row, i in enumerate(shown)}


def table_view(
    name: str,
    model: QAbstractTableModel,
    sort_column: int,
    widths: tuple[int, ...],
    selection: QAbstractItemView.SelectionMode,
) -> QTableView:
    """A read-only, row-selecting, sortable table of a page, as every list page shows it."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = header.fontMetrics()
    for col, width in enumerate(widths):
        # Never narrower than the column's title, which is longer in Italian and Bulgarian;
        # the room left is for the sort arrow.
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(col, max(width, metrics.horizontalAdvance(title) + 28))
    return table
