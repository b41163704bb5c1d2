"""The Pairs page: every pair or group with its status, sessions and goals; search, filter by
status or by "needs attention", and the selected pair's detail beside the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import PairStatus
from ..model.store import Store
from .page import ProgramPage
from .pair_detail import PairDetail
from .pairs_model import ID_ROLE, MEMBERS, Filters, PairsTableModel, build_rows
from .prompts import Prompts
from .table_model import table_view
from .text import counted
from .window_state import RESTORED


class PairsPage(ProgramPage):
    """Lists the program's pairs and groups. Reloads lazily: only when shown and stale."""

    #: Health and the detail's check-ins follow sessions, goals and check-ins too.
    watches = ("pairs", "participants", "program", "sessions", "goals", "checkins")

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run_dialog, today, parent)
        self.setObjectName("pairsPage")
        self._sized = False

        self.search = QLineEdit()
        self.search.setObjectName("pairSearch")
        self.search.setPlaceholderText(self.tr("Search by member or group name…"))
        self.search.setClearButtonEnabled(True)
        # Ctrl+F rather than a mnemonic: Alt+F opens the File menu.
        search_label = QLabel(self.tr("Find:"))
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: self.search.setFocus())
        self.addAction(self.find_action)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("pairStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in PairStatus:
            self.status_filter.addItem(status.label, status)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        self.attention = QCheckBox(self.tr("Needs &attention"))
        self.attention.setObjectName("needsAttention")
        self.attention.setToolTip(
            self.tr(
                "Active pairs that need a check-in: no session for longer than their rhythm "
                "plus the grace period, a goal off track or past its target date, or a "
                "coordinator's check-in overdue."
            )
        )

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_filter)
        top.addWidget(self.attention)

        self.table_model = PairsTableModel()
        self.table = table_view(
            "pairsTable",
            self.table_model,
            MEMBERS,
            (255, 70, 92, 70, 105, 195),
            QAbstractItemView.SelectionMode.SingleSelection,
        )

        self.count_label = QLabel()
        self.count_label.setObjectName("pairCount")
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setFlat(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.clear_filters_button)
        bottom.addStretch()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("pairsSplitter")
        self.splitter.addWidget(left)
        self.detail = PairDetail(store, undo_stack, prompts, run_dialog, today)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.setMinimumHeight(150)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.attention.toggled.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table_model.modelReset.connect(self._update_count)

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reloads first when stale
        if not self._sized and not self.splitter.property(RESTORED):
            # The detail gets the height it needs; the table the rest.
            self._sized = True
            total = sum(self.splitter.sizes()) or self.height()
            # ... but never more than half: the list of pairs is what the page is for.
            wanted = min(self.detail.body.sizeHint().height() + 12, total // 2)
            self.splitter.setSizes([total - wanted, wanted])

    def reload(self) -> None:
        selected = self.selected_id()
        store = self._store
        self.table_model.set_rows(
            build_rows(store.pair_facts(include_closed=True), store.program(), self._today())
        )
        self._stale = False
        self.attention.setText(
            self.tr("Needs &attention (%1)").replace(
                "%1", str(self.table_model.needing_attention())
            )
        )
        if selected is not None:
            self.select_id(selected)
        self._update_count()
        self._selection_changed()

    # -- filters ---------------------------------------------------------------------------

    def show_filtered(self, status: PairStatus | None = None, attention: bool = False) -> None:
        """Set the filters; the search box is cleared."""
        for widget in (self.status_filter, self.attention, self.search):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.attention.setChecked(attention)
        self.search.clear()
        for widget in (self.status_filter, self.attention, self.search):
            widget.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        self.show_filtered()

    def _apply_filters(self) -> None:
        selected = self.selected_id()
        self.table_model.set_filters(
            Filters.of(
                self.search.text(), self.status_filter.currentData(), self.attention.isChecked()
            )
        )
        if selected is not None:
            self.select_id(selected, scroll=False)
        self._update_count()

    def _filtering(self) -> bool:
        return (
            bool(self.search.text().strip())
            or self.status_filter.currentIndex() > 0
            or self.attention.isChecked()
        )

    def _update_count(self) -> None:
        shown, total = self.table_model.rowCount(), self.table_model.total
        if total == 0:
            text = self.tr("No pairs yet. Propose them on the Matching page.")
        elif self._filtering():
            text = (
                self.tr("Showing %1 of %2 pairs")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        else:
            text = counted(total, self.tr("%n pair or group"), self.tr("%n pairs and groups"))
        self.count_label.setText(text)
        self.clear_filters_button.setVisible(self._filtering())

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_id(self, pair_id: int, *, scroll: bool = True) -> None:
        """Select this pair when the filters show it (else clear the selection)."""
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        row = self.table_model.row_of(pair_id)
        if row < 0:
            model.clearSelection()
            return
        index = self.table_model.index(row, 0)
        model.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        if scroll:
            self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self.detail.show_pair(self.selected_id())
