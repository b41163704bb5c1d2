"""Program settings: name, format, dates, cadence, objectives, guidelines, career levels; and
on a second tab, intake: who is offered to matching, recruitment targets, the screening
checklist (issue 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Program, ProgramFormat
from ..model.intake import IntakeSettings, ScreeningItem
from ..model.validation import program_problems
from .dialog_buttons import ok_cancel
from .intake_settings_tab import IntakeTab
from .participant_dialog import ErrorLabel
from .text import DATE_FORMAT

ORIGINAL = Qt.ItemDataRole.UserRole + 1  # the level's name when the dialog opened


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ProgramDialog(QDialog):
    def __init__(
        self,
        program: Program,
        parent: QWidget | None = None,
        *,
        intake: IntakeSettings | None = None,
        checklist: Sequence[ScreeningItem] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programDialog")
        self.setWindowTitle(self.tr("Program settings"))
        self._program = program

        self.name = QLineEdit(program.name)
        self.format = QComboBox()
        for fmt in ProgramFormat:
            self.format.addItem(fmt.label, fmt)
        self.format.setCurrentIndex(self.format.findData(program.format))
        self.formal = QCheckBox(self.tr("Formal program (structured, with agreements and goals)"))
        self.formal.setChecked(program.formal)
        today = dt.date.today()
        self.has_start = QCheckBox(self.tr("Starts"))
        self.start = QDateEdit(_qdate(program.start_date or today))
        self.start.setDisplayFormat(DATE_FORMAT)
        self.has_end = QCheckBox(self.tr("Ends"))
        self.end = QDateEdit(_qdate(program.end_date or today.replace(year=today.year + 1)))
        self.end.setDisplayFormat(DATE_FORMAT)
        for box, edit, value in (
            (self.has_start, self.start, program.start_date),
            (self.has_end, self.end, program.end_date),
        ):
            edit.setCalendarPopup(True)
            box.setChecked(value is not None)
            edit.setEnabled(value is not None)
            box.toggled.connect(edit.setEnabled)
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setValue(program.cadence_days)
        self.cadence.setSuffix(self.tr(" days"))
        self.grace = self._days(program.grace_days, 0, 90)
        self.grace.setToolTip(
            self.tr("A pair needs attention when it has not met for its rhythm plus these days.")
        )
        self.checkin_first = self._days(program.checkin_first_days, 1, 90)
        self.checkins_first_month = QSpinBox()
        self.checkins_first_month.setRange(0, 10)
        self.checkins_first_month.setValue(program.checkins_first_month)
        self.checkin_every = self._days(program.checkin_every_days, 1, 365)
        self.checkin_first.setToolTip(
            self.tr(
                "Your check-ins with each pair: the first within this many days of its start, "
                "then as many as below in its first month, then one every so many days."
            )
        )
        self.objectives = QPlainTextEdit(program.objectives)
        self.objectives.setFixedHeight(70)
        self.guidelines = QPlainTextEdit(program.guidelines)
        self.guidelines.setFixedHeight(70)

        self.levels = QListWidget()
        self.levels.setObjectName("careerLevels")
        self.levels.setMinimumHeight(130)
        for level in program.career_levels:
            self._add_level_item(level, original=level)
        self.add_level = QPushButton(self.tr("Add level"))
        self.remove_level = QPushButton(self.tr("Remove"))
        self.level_up = QPushButton(self.tr("Move up"))
        self.level_down = QPushButton(self.tr("Move down"))
        self.add_level.clicked.connect(self._new_level)
        self.remove_level.clicked.connect(self._remove_level)
        self.level_up.clicked.connect(lambda: self._move_level(-1))
        self.level_down.clicked.connect(lambda: self._move_level(1))
        level_buttons = QVBoxLayout()
        for button in (self.add_level, self.remove_level, self.level_up, self.level_down):
            level_buttons.addWidget(button)
        level_buttons.addStretch()
        levels_row = QHBoxLayout()
        levels_row.addWidget(self.levels, 1)
        levels_row.addLayout(level_buttons)

        self.errors = {n: ErrorLabel() for n in ("name", "end_date", "career_levels")}
        dates = QHBoxLayout()
        for w in (self.has_start, self.start, self.has_end, self.end):
            dates.addWidget(w)
        dates.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.formal)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow("", self.errors["end_date"])
        rhythm = QHBoxLayout()
        for part in (self.cadence, QLabel(self.tr("with a grace of")), self.grace):
            rhythm.addWidget(part)
        rhythm.addStretch()
        form.addRow(self.tr("Pairs meet every:"), rhythm)
        checkins = QHBoxLayout()
        for part in (
            QLabel(self.tr("first within")),
            self.checkin_first,
            QLabel(self.tr("of the start,")),
            self.checkins_first_month,
            QLabel(self.tr("in the first month, then every")),
            self.checkin_every,
        ):
            checkins.addWidget(part)
        checkins.addStretch()
        checkins_label = QLabel(self.tr("Your &check-ins:"))
        checkins_label.setBuddy(self.checkin_first)
        form.addRow(checkins_label, checkins)
        form.addRow(self.tr("&Objectives:"), self.objectives)
        form.addRow(self.tr("&Guidelines:"), self.guidelines)
        levels_label = QLabel(self.tr("Career &levels\n(lowest first):"))
        levels_label.setBuddy(self.levels)
        form.addRow(levels_label, levels_row)
        form.addRow("", self.errors["career_levels"])

        self.intake = IntakeTab(intake or IntakeSettings(), checklist)
        general = QWidget()
        general.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.intake, self.tr("&Intake"))
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

        self.name.textChanged.connect(self._validate)
        for box in (self.has_start, self.has_end):
            box.toggled.connect(self._validate)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._validate)
        self.levels.itemChanged.connect(self._validate)
        self.levels.model().rowsInserted.connect(self._validate)
        self.levels.model().rowsRemoved.connect(self._validate)
        self.levels.currentRowChanged.connect(self._update_level_buttons)
        self.intake.table.itemChanged.connect(lambda _i: self._validate())
        self.intake.table.model().rowsInserted.connect(self._validate)
        self.intake.table.model().rowsRemoved.connect(self._validate)
        self._update_level_buttons()
        self._validate()

    def _add_level_item(self, text: str, original: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ORIGINAL, original)
        self.levels.addItem(item)
        return item

    def _new_level(self) -> None:
        item = self._add_level_item(self.tr("New level"), original=None)
        self.levels.setCurrentItem(item)
        self.levels.editItem(item)

    def _remove_level(self) -> None:
        row = self.levels.currentRow()
        if row >= 0:
            self.levels.takeItem(row)

    def _move_level(self, step: int) -> None:
        row = self.levels.currentRow()
        target = row + step
        if 0 <= row and 0 <= target < self.levels.count():
            item = self.levels.takeItem(row)
            self.levels.insertItem(target, item)
            self.levels.setCurrentRow(target)

    def _update_level_buttons(self) -> None:
        row = self.levels.currentRow()
        self.remove_level.setEnabled(row >= 0)
        self.level_up.setEnabled(row > 0)
        self.level_down.setEnabled(0 <= row < self.levels.count() - 1)

    def _validate(self) -> dict[str, str]:
        problems = program_problems(self.program())
        for name, label in self.errors.items():
            label.show_problem(problems.get(name))
        self.ok_button.setEnabled(not problems and not self.intake.validate())
        self._update_level_buttons()
        return problems

    def program(self) -> Program:
        items = [self.levels.item(i) for i in range(self.levels.count())]
        return Program(
            name=self.name.text().strip(),
            format=ProgramFormat(self.format.currentData()),
            formal=self.formal.isChecked(),
            start_date=_pydate(self.start.date()) if self.has_start.isChecked() else None,
            end_date=_pydate(self.end.date()) if self.has_end.isChecked() else None,
            cadence_days=self.cadence.value(),
            grace_days=self.grace.value(),
            checkin_first_days=self.checkin_first.value(),
            checkins_first_month=self.checkins_first_month.value(),
            checkin_every_days=self.checkin_every.value(),
            objectives=self.objectives.toPlainText().strip(),
            guidelines=self.guidelines.toPlainText().strip(),
            career_levels=tuple(item.text().strip() for item in items),
        )

    def _days(self, value: int, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(self.tr(" days"))
        return box

    def level_renames(self) -> dict[str, str]:
        """Levels renamed in the dialog, old name to new, so participants follow them."""
        renames = {}
        for i in range(self.levels.count()):
            item = self.levels.item(i)
            original = item.data(ORIGINAL)
            if original and original != item.text().strip():
                renames[original] = item.text().strip()
        return renames
