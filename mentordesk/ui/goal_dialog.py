"""Add or edit one goal of a pair and its action steps, from a template or blank.

SMART hints under the form say what would make the goal clearer; the store's own checks run
as the coordinator types, OK stays disabled and the reason is shown until they pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Goal, GoalStatus, GoalStep, Pair, StepOwner
from ..model.goals import GoalDraft, smart_hints
from ..model.store_goals import goal_problems, step_problems
from .dialog_buttons import ok_cancel
from .participant_dialog import ErrorLabel
from .text import DATE_FORMAT, row_problems

#: A date edit at this date shows its "no date" text.
_NO_DATE = QDate(2000, 1, 1)


class OptionalDate(QDateEdit):
    """A date edit that may hold no date (shown as ``none_text``)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(none_text)

    def set_day(self, day: dt.date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)

    def day(self) -> dt.date | None:
        q = self.date()
        return None if q == _NO_DATE else dt.date(q.year(), q.month(), q.day())


def owner_combo(owner: StepOwner) -> QComboBox:
    combo = QComboBox()
    for o in StepOwner:
        combo.addItem(o.label, o.value)
    combo.setCurrentIndex(combo.findData(owner.value))
    return combo


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item every row of the dialogs' tables has in this column."""
    item = table.item(row, column)
    assert item is not None
    return item


def field_box(field: QWidget, error: QLabel) -> QWidget:
    """A field with its red sentence under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


# The steps table's columns.
TEXT, OWNER, DUE, MILESTONE, DONE = range(5)


class GoalDialog(QDialog):
    """After ``exec()``, :meth:`goal` and :meth:`steps` hold what the form describes."""

    def __init__(
        self,
        pair: Pair,
        names: dict[int, str],
        today: dt.date,
        drafts: Sequence[GoalDraft] = (),
        goal: Goal | None = None,
        steps: Sequence[GoalStep] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        assert pair.id is not None
        self._pair, self._today, self._drafts = pair, today, list(drafts)
        self._original = goal or Goal(pair_id=pair.id, title="")
        # Done dates and session links of the steps, kept as they are: the table shows ticks.
        self._kept: dict[int, GoalStep] = {s.id: s for s in steps if s.id is not None}

        self.template = QComboBox()
        self.template.setObjectName("goalTemplate")
        self.template.addItem(self.tr("Blank goal"), -1)
        for n, draft in enumerate(self._drafts):
            self.template.addItem(draft.name + (f": {draft.skill}" if draft.skill else ""), n)
        self.title = QLineEdit()
        self.title.setObjectName("goalTitle")
        self.title.setPlaceholderText(self.tr("What exactly will change, e.g. Lead a meeting"))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("What will show the goal is reached"))
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(48)
        self.target = OptionalDate(self.tr("No target date"))
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(status.label, status.value)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("The pair"), None)
        for m in pair.members:
            self.owner.addItem(names.get(m.participant_id, "?"), m.participant_id)
        self.errors = {name: ErrorLabel() for name in ("title", "target_date", "participant_id")}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if goal is None:
            form.addRow(self._label(self.tr("&Start from:"), self.template), self.template)
        else:
            self.template.hide()
        form.addRow(
            self._label(self.tr("&Title:"), self.title), field_box(self.title, self.errors["title"])
        )
        form.addRow(self._label(self.tr("&Measure:"), self.measure), self.measure)
        form.addRow(self._label(self.tr("&Why it matters:"), self.why), self.why)
        form.addRow(
            self._label(self.tr("Tar&get date:"), self.target),
            field_box(self.target, self.errors["target_date"]),
        )
        form.addRow(self._label(self.tr("Stat&us:"), self.status), self.status)
        form.addRow(
            self._label(self.tr("&Belongs to:"), self.owner),
            field_box(self.owner, self.errors["participant_id"]),
        )

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("goalSteps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action step"), self.tr("Owner"), self.tr("Due"), self.tr("Milestone"),
             self.tr("Done")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their columns: give the combos and dates room.
        for col, width in ((OWNER, 100), (DUE, 125)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        for col in (MILESTONE, DONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(170)
        steps_label = self._label(self.tr("Action ste&ps:"), self.table)
        self.add_step_button = QPushButton(self.tr("&Add Step"))
        self.remove_step_button = QPushButton(self.tr("&Remove Step"))
        self.up_button = QPushButton(self.tr("Move U&p"))
        self.down_button = QPushButton(self.tr("Move Dow&n"))
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        step_buttons = QHBoxLayout()
        for button in (
            self.add_step_button,
            self.remove_step_button,
            self.up_button,
            self.down_button,
        ):
            step_buttons.addWidget(button)
        step_buttons.addStretch()
        self.steps_problem = ErrorLabel()
        self.steps_problem.setObjectName("stepsProblem")

        self.hints = QLabel()
        self.hints.setObjectName("smartHints")
        self.hints.setWordWrap(True)
        self.hints.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hints.setStyleSheet(
            "background: palette(alternate-base); border-radius: 4px; padding: 6px;"
        )
        self.buttons, self.ok_button = ok_cancel(
            self, self.tr("Save") if goal else self.tr("Add Goal")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(steps_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.steps_problem)
        layout.addWidget(self.hints)
        layout.addWidget(self.buttons)
        self.resize(680, 720)

        self._load(self._original, steps)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.title.textChanged.connect(self._validate)
        self.measure.textChanged.connect(self._validate)
        self.why.textChanged.connect(self._validate)
        self.target.dateChanged.connect(self._validate)
        self.status.currentIndexChanged.connect(self._validate)
        self.owner.currentIndexChanged.connect(self._validate)
        self.table.itemChanged.connect(self._validate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._validate()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- filling ---------------------------------------------------------------------------

    def _load(self, goal: Goal, steps: Sequence[GoalStep]) -> None:
        self.title.setText(goal.title)
        self.measure.setText(goal.measure)
        self.why.setPlainText(goal.why)
        self.target.set_day(goal.target_date)
        self.status.setCurrentIndex(self.status.findData(goal.status.value))
        self.owner.setCurrentIndex(max(0, self.owner.findData(goal.participant_id)))
        self._fill(steps)

    def _template_chosen(self) -> None:
        n = int(self.template.currentData())
        draft = self._drafts[n] if n >= 0 else None
        assert self._pair.id is not None
        goal = draft.goal(self._pair.id) if draft else Goal(pair_id=self._pair.id, title="")
        self._load(goal, draft.goal_steps() if draft else [])
        self._validate()

    def _fill(self, steps: Sequence[GoalStep]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self.table.blockSignals(False)
        self._update_buttons()

    def _append(self, step: GoalStep) -> int:
        # Quiet while the row is half built: validating reads every cell of every row.
        blocked = self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        text = QTableWidgetItem(step.text)
        text.setData(Qt.ItemDataRole.UserRole, step.id)
        self.table.setItem(row, TEXT, text)
        owner = owner_combo(step.owner)
        owner.currentIndexChanged.connect(self._validate)
        self.table.setCellWidget(row, OWNER, owner)
        due = OptionalDate(self.tr("No date"))
        due.set_day(step.due_date)
        due.dateChanged.connect(self._validate)
        self.table.setCellWidget(row, DUE, due)
        for col, checked in ((MILESTONE, step.milestone), (DONE, step.done)):
            tick = QTableWidgetItem()
            tick.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, tick)
        self.table.blockSignals(blocked)
        return row

    # -- editing the steps -----------------------------------------------------------------

    def add_step(self) -> None:
        assert self._pair.id is not None
        row = self._append(GoalStep(goal_id=self._original.id or 0, text=""))
        self.table.setCurrentCell(row, TEXT)
        self.table.editItem(cell(self.table, row, TEXT))
        self._validate()

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._validate()

    def move_step(self, delta: int) -> None:
        row = self.table.currentRow()
        steps = self.steps()
        to = row + delta
        if row < 0 or not 0 <= to < len(steps):
            return
        steps.insert(to, steps.pop(row))
        self._fill(steps)
        self.table.setCurrentCell(to, TEXT)
        self._validate()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_step_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)

    # -- what the form holds ---------------------------------------------------------------

    def goal(self) -> Goal:
        """The goal as the form describes it (keeps the id and pair when editing)."""
        status = GoalStatus(self.status.currentData())
        done = self._original.completed_date if status is GoalStatus.COMPLETED else None
        return dataclasses.replace(
            self._original,
            title=self.title.text().strip(),
            measure=self.measure.text().strip(),
            why=self.why.toPlainText().strip(),
            target_date=self.target.day(),
            status=status,
            completed_date=done,
            participant_id=self.owner.currentData(),
        )

    def steps(self) -> list[GoalStep]:
        """The action steps as the table lists them, in order; new ones have no id."""
        steps = []
        goal_id = self._original.id or 0
        for row in range(self.table.rowCount()):
            text = cell(self.table, row, TEXT)
            step_id = text.data(Qt.ItemDataRole.UserRole)
            owner = self.table.cellWidget(row, OWNER)
            due = self.table.cellWidget(row, DUE)
            assert isinstance(owner, QComboBox) and isinstance(due, OptionalDate)
            done = cell(self.table, row, DONE).checkState() == Qt.CheckState.Checked
            milestone = cell(self.table, row, MILESTONE).checkState() == Qt.CheckState.Checked
            kept = self._kept.get(step_id) if step_id is not None else None
            done_date = kept.done_date if kept is not None and kept.done and done else None
            steps.append(
                GoalStep(
                    goal_id=goal_id,
                    text=text.text().strip(),
                    owner=StepOwner(owner.currentData()),
                    due_date=due.day(),
                    milestone=milestone,
                    done=done,
                    done_date=done_date,
                    session_id=kept.session_id if kept is not None else None,
                    id=step_id,
                )
            )
        return steps

    def problems(self) -> dict[str, str]:
        """The store's problems with the goal, then with each step ("steps.N")."""
        problems = goal_problems(self.goal(), self._pair, self._today)
        for n, step in enumerate(self.steps()):
            for text in step_problems(step, self._pair).values():
                problems.setdefault(f"steps.{n}", text)
        return problems

    def _validate(self) -> dict[str, str]:
        problems = self.problems()
        for name, label in self.errors.items():
            label.show_problem(problems.get(name))
        self.steps_problem.show_problem(row_problems(problems, "steps", self.tr("Step %1: %2")))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(" ".join(problems.values()))
        goal = dataclasses.replace(self.goal(), id=self._original.id or 0)
        steps = [dataclasses.replace(s, goal_id=goal.id or 0) for s in self.steps()]
        hints = smart_hints(goal, steps, self._today)
        if hints:
            text = self.tr("To make the goal SMARTer:") + "\n" + "\n".join(f"• {h}" for h in hints)
        else:
            text = self.tr("SMART: specific, measurable, dated, relevant, with action steps.")
        self.hints.setText(text)
        return problems

    def accept(self) -> None:
        problems = self._validate()
        if problems:
            first = next(iter(problems))
            {"title": self.title, "target_date": self.target}.get(first, self.table).setFocus()
            return
        super().accept()
