"""Program Settings' Intake tab (issue 7): who is offered to matching, the recruitment
targets, and the screening checklist editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.intake import IntakeSettings, ReadyStage, ScreeningItem, checklist_problems
from ..model.library import TrainingAudience
from .participant_dialog import ErrorLabel

ITEM_ID = Qt.ItemDataRole.UserRole + 1
NAME, AUDIENCE, HAS_DATE, EXPIRES = range(4)


class IntakeTab(QWidget):
    """Edits :class:`IntakeSettings` and the checklist; reads them back when saved."""

    def __init__(
        self,
        settings: IntakeSettings,
        checklist: Sequence[ScreeningItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeTab")
        self.ready_stage = QComboBox()
        self.ready_stage.setObjectName("readyStage")
        for stage in ReadyStage:
            self.ready_stage.addItem(stage.label, stage)
        self.ready_stage.setCurrentIndex(self.ready_stage.findData(settings.ready_stage))
        self.target_mentors = self._target(settings.target_mentors)
        self.target_mentees = self._target(settings.target_mentees)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("screeningChecklist")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Checklist item"), self.tr("For"), self.tr("Dated"), self.tr("Expires after")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for item in checklist:
            self.add_item(item)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(lambda: self._new_item())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Offer to &matching:"), self.ready_stage)
        targets = QHBoxLayout()
        for part in (
            self.target_mentors,
            QLabel(self.tr("mentors and")),
            self.target_mentees,
            QLabel(self.tr("mentees")),
        ):
            targets.addWidget(part)
        targets.addStretch()
        targets_label = QLabel(self.tr("Recruitment &target:"))
        targets_label.setBuddy(self.target_mentors)
        form.addRow(targets_label, targets)
        hint = QLabel(
            self.tr(
                "Screening checklist: every item for a participant's role ticked makes them "
                "screened. Leave it empty when the program screens nobody. Trainings marked "
                "required (Resources page) make them trained."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(table_row, 1)
        layout.addWidget(self.error)
        self.table.itemChanged.connect(lambda _i: self.validate())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _target(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100000)
        box.setValue(value)
        box.setSpecialValueText(self.tr("none"))
        return box

    # -- the checklist rows ------------------------------------------------------------------

    def add_item(self, item: ScreeningItem) -> int:
        """Append a row for ``item``; its row number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill(row, item)
        return row

    def _fill(self, row: int, item: ScreeningItem) -> None:
        name = QTableWidgetItem(item.name)
        name.setData(ITEM_ID, item.id)
        self.table.setItem(row, NAME, name)
        audience = QComboBox()
        for choice in TrainingAudience:
            audience.addItem(choice.label, choice)
        audience.setCurrentIndex(audience.findData(item.audience))
        self.table.setCellWidget(row, AUDIENCE, audience)
        dated = QCheckBox()
        dated.setChecked(item.has_date)
        dated.setStyleSheet("margin-left: 8px;")
        self.table.setCellWidget(row, HAS_DATE, dated)
        months = QSpinBox()
        months.setRange(0, 240)
        months.setSpecialValueText(self.tr("never"))
        months.setSuffix(self.tr(" months"))
        months.setValue(item.expires_months or 0)
        months.valueChanged.connect(
            lambda value, box=dated: box.setChecked(value > 0 or box.isChecked())
        )
        self.table.setCellWidget(row, EXPIRES, months)

    def _new_item(self) -> None:
        row = self.add_item(ScreeningItem(self.tr("New item")))
        self.table.setCurrentCell(row, NAME)
        if (cell := self.table.item(row, NAME)) is not None:
            self.table.editItem(cell)
        self.validate()

    def _remove_item(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.validate()

    def _move(self, step: int) -> None:
        row, items = self.table.currentRow(), self.checklist()
        target = row + step
        if 0 <= row and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            for n in (row, target):
                self._fill(n, items[n])
            self.table.setCurrentCell(target, NAME)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)

    # -- reading back ----------------------------------------------------------------------

    def checklist(self) -> list[ScreeningItem]:
        items = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME)
            audience = self.table.cellWidget(row, AUDIENCE)
            dated = self.table.cellWidget(row, HAS_DATE)
            months = self.table.cellWidget(row, EXPIRES)
            if not (
                isinstance(audience, QComboBox)
                and isinstance(dated, QCheckBox)
                and isinstance(months, QSpinBox)
                and name is not None
            ):
                continue  # a row being built: Qt reports it before its cells are there
            items.append(
                ScreeningItem(
                    name.text().strip(),
                    TrainingAudience(audience.currentData()),
                    dated.isChecked(),
                    months.value() or None,
                    name.data(ITEM_ID),
                )
            )
        return items

    def settings(self) -> IntakeSettings:
        return IntakeSettings(
            ReadyStage(self.ready_stage.currentData()),
            self.target_mentors.value(),
            self.target_mentees.value(),
        )

    def validate(self) -> dict[str, str]:
        problems = checklist_problems(self.checklist())
        self.error.show_problem(problems.get("name") or problems.get("expires_months"))
        self._update_buttons()
        return problems
