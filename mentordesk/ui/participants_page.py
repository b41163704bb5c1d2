"""The Participants page: search, filter, sort, add, edit, change status, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import ClosureReason, PairStatus, Participant, ParticipantStatus, Role
from ..model.intake import Stage
from ..model.store import Store
from . import commands
from .intake_actions import IntakeActions
from .page import DialogRunner, ProgramPage
from .page import run_dialog as run_dialog
from .participant_dialog import ParticipantDialog
from .participants_model import (
    ID_ROLE,
    NAME,
    NOT_READY,
    UNMATCHED,
    Filters,
    ParticipantsTableModel,
)
from .prompts import Prompts
from .table_model import table_view
from .text import counted


class ParticipantsPage(ProgramPage):
    """Lists the program's participants. Reloads lazily: only when shown and stale."""

    selection_changed = Signal()
    watches = ("participants", "pairs", "program", "resources")  # resources: attendance

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run: DialogRunner = run_dialog,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run, today, parent=parent)
        self.setObjectName("participantsPage")

        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Search name, e-mail, department, skills…"))
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_filter.addItem(role.label, role)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ParticipantStatus:
            self.status_filter.addItem(status.label, status)
        self.pair_filter = QComboBox()
        self.pair_filter.addItem(self.tr("Any pairing"), None)
        self.pair_filter.addItem(self.tr("Not in an open pair"), UNMATCHED)
        for pair_status in PairStatus:
            self.pair_filter.addItem(
                self.tr("In a pair: %1").replace("%1", pair_status.label.lower()),
                pair_status.value,
            )
        self.intake_filter = QComboBox()
        self.intake_filter.setObjectName("intakeFilter")
        self.intake_filter.addItem(self.tr("Any intake stage"), None)
        self.intake_filter.addItem(self.tr("Not ready to match yet"), NOT_READY)
        for stage in Stage:
            self.intake_filter.addItem(
                self.tr("Intake: %1").replace("%1", stage.label), stage.value
            )
        self.add_button = QPushButton(self.tr("&Add participant…"))
        self.add_button.clicked.connect(self.add_participant)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.role_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.pair_filter)
        top.addWidget(self.intake_filter)
        top.addWidget(self.add_button)

        self.table_model = ParticipantsTableModel()
        self.table = table_view(
            "participantsTable",
            self.table_model,
            NAME,
            (160, 140, 85, 90, 130, 95, 220, 220, 130, 70, 110),
            QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setFlat(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence("F2")])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.status_menu = QMenu(self.tr("Set &status"), self)
        for status in ParticipantStatus:
            action = self.status_menu.addAction(status.label)
            action.triggered.connect(lambda _c=False, s=status: self.set_status_of_selected(s))
        self.table.addActions([self.edit_action, self.delete_action])

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set status"))
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.intake = IntakeActions(store, undo_stack, run, today, self.selected_ids, self)
        self.intake_button = QToolButton()
        self.intake_button.setObjectName("intakeButton")
        self.intake_button.setText(self.tr("Intake"))
        self.intake_button.setMenu(self.intake.menu)
        self.intake_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.clear_filters_button)
        bottom.addStretch()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.status_button)
        bottom.addWidget(self.intake_button)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._apply_filters)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table_model.modelReset.connect(self._update_count)
        self._update_actions()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_ids()
        self.table_model.set_data(
            self._store.participants(),
            self._store.pair_statuses_by_participant(),
            self._store.program().career_levels,
            self._store.intake_statuses(self._today()),
        )
        self._stale = False
        self.select_ids(selected)
        self._update_count()

    # -- filters ---------------------------------------------------------------------------

    def show_filtered(
        self,
        role: Role | None = None,
        status: ParticipantStatus | None = None,
        pair: str | None = None,
        intake: str | None = None,
    ) -> None:
        """Set the filters (the Overview's counts link here); the search box is cleared."""
        for combo, value in zip(self._filter_combos(), (role, status, pair, intake), strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        self.show_filtered()

    def _apply_filters(self) -> None:
        selected = self.selected_ids()
        self.table_model.set_filters(
            Filters.of(
                self.search.text(),
                self.role_filter.currentData(),
                self.status_filter.currentData(),
                self.pair_filter.currentData(),
                self.intake_filter.currentData(),
            )
        )
        self.select_ids(selected, scroll=False)
        self._update_count()

    def _filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(
            c.currentIndex() > 0 for c in self._filter_combos()
        )

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.role_filter, self.status_filter, self.pair_filter, self.intake_filter)

    def _update_count(self) -> None:
        shown, total = self.table_model.rowCount(), self.table_model.total
        if total == 0:
            text = self.tr("No participants yet. Add the first one with “Add participant…”.")
        elif self._filtering():
            text = self.tr("Showing %1 of %2 participants").replace("%1", str(shown))
            text = text.replace("%2", str(total))
        else:
            text = counted(total, self.tr("%n participant"), self.tr("%n participants"))
        self.count_label.setText(text)
        self.clear_filters_button.setVisible(self._filtering())

    # -- selection -------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(i.data(ID_ROLE)) for i in sorted(rows, key=lambda i: i.row())]

    def select_ids(self, ids: list[int], *, scroll: bool = True) -> None:
        """Select these participants (those the filters show) and make the last one current."""
        selection = QItemSelection()
        last = None
        for pid in ids:
            row = self.table_model.row_of(pid)
            if row >= 0:
                last = self.table_model.index(row, 0)
                selection.select(last, last)
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if last is not None:
            model.setCurrentIndex(last, flags.NoUpdate)
            if scroll:
                self.table.scrollTo(last)

    def _selection_changed(self) -> None:
        self._update_actions()
        self.selection_changed.emit()

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        writable = not self._store.read_only
        self.add_button.setEnabled(writable)
        self.edit_action.setEnabled(count == 1 and writable)
        self.edit_button.setEnabled(count == 1 and writable)
        for widget in (
            self.delete_action,
            self.delete_button,
            self.status_button,
            self.intake_button,
        ):
            widget.setEnabled(count >= 1 and writable)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addMenu(self.status_menu)
        menu.addMenu(self.intake.menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- actions ---------------------------------------------------------------------------

    def _dialog(self, participant: Participant | None) -> ParticipantDialog:
        return ParticipantDialog(
            self._store.participant_problems,
            self._store.program().career_levels,
            self._store.departments(),
            participant,
            self,
        )

    def add_participant(self) -> None:
        dialog = self._dialog(None)
        if self._run(dialog):
            command = commands.AddParticipant(self._store, dialog.participant())
            self._undo.push(command)
            if command.participant_id is not None:
                self.clear_filters_if_hidden(command.participant_id)
                self.select_ids([command.participant_id])

    def clear_filters_if_hidden(self, participant_id: int) -> None:
        if self.table_model.row_of(participant_id) < 0 and self.table_model.has(participant_id):
            self.clear_filters()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self._store.read_only:
            return
        before = self._store.participant(ids[0])
        dialog = self._dialog(before)
        if self._run(dialog):
            after = dialog.participant()
            if after != before:
                self._undo.push(commands.EditParticipant(self._store, before, after))

    def set_status_of_selected(self, status: ParticipantStatus) -> None:
        ids = self.selected_ids()
        before = {pid: self._store.participant(pid).status for pid in ids}
        changing = {pid: s for pid, s in before.items() if s != status}
        if changing:
            self._undo.push(commands.SetStatuses(self._store, changing, status))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self._store.read_only:
            return
        if len(ids) == 1:
            name = self._store.participant(ids[0]).full_name
            question = self.tr(
                "Delete %1? Their pair memberships and feedback go too. "
                "You can undo this with Edit ▸ Undo."
            ).replace("%1", name)
            undo_text = self.tr("Delete %1").replace("%1", name)
        else:
            question = self.tr(
                "Delete %n participants? Their pair memberships and feedback go too. "
                "You can undo this with Edit ▸ Undo.",
                "",
                len(ids),
            )
            undo_text = self.tr("Delete %n participants", "", len(ids))
        closing = len(self._store.pairs_closed_by_deleting(ids))
        if closing:
            question += "\n\n" + counted(
                closing,
                self.tr("Their %n open pair will be closed as “%1”."),
                self.tr("Their %n open pairs will be closed as “%1”."),
            ).replace("%1", ClosureReason.SOMEONE_LEFT.label)
        if self._prompts.confirm(self, self.tr("Delete participants"), question, self.tr("Delete")):
            self._undo.push(commands.DeleteParticipants(self._store, ids, undo_text))
