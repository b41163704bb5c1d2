"""Log (or edit) one meeting of a pair in a few seconds: the date, duration and format come
prefilled; follow-ups agreed in it become action steps of the pair's goals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Goal, GoalStep, Pair, Session, SessionFormat, SessionStatus, StepOwner
from ..model.store_goals import session_problems, step_problems
from .dialog_buttons import ok_cancel
from .goal_dialog import OptionalDate, cell, field_box, owner_combo
from .participant_dialog import ErrorLabel, split_list
from .text import DATE_FORMAT, row_problems

# The follow-ups table's columns.
TEXT, OWNER, DUE, GOAL = range(4)


class SessionDialog(QDialog):
    """After ``exec()``, :meth:`session` and :meth:`follow_ups` hold the answers."""

    def __init__(
        self,
        pair: Pair,
        names: dict[int, str],
        goals: Sequence[Goal],
        today: dt.date,
        fmt: SessionFormat = SessionFormat.VIDEO,
        session: Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Log session"))
        assert pair.id is not None
        self._pair, self._today, self._goals = pair, today, list(goals)
        self._original = session or Session(pair_id=pair.id, date=today, format=fmt)

        self.date = QDateEdit()
        self.date.setObjectName("sessionDate")
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.format = QComboBox()
        for f in SessionFormat:
            self.format.addItem(f.label, f.value)
        self.status = QComboBox()
        for s in SessionStatus:
            self.status.addItem(s.label, s.value)
        self.attendees: dict[int, QCheckBox] = {}
        attendees = QHBoxLayout()
        for m in pair.members:
            tick = QCheckBox(names.get(m.participant_id, "?"))
            self.attendees[m.participant_id] = tick
            attendees.addWidget(tick)
        attendees.addStretch()
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("Separate with commas, e.g. Feedback, Next role"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.confidential = QCheckBox(self.tr("Confidential: shown only after a click"))
        self.confidential.setObjectName("sessionConfidential")
        self.errors = {name: ErrorLabel() for name in ("date", "duration_minutes", "attendees")}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Date:"), self.date, field_box(self.date, self.errors["date"]))
        self._row(
            form,
            self.tr("D&uration:"),
            self.duration,
            field_box(self.duration, self.errors["duration_minutes"]),
        )
        self._row(form, self.tr("&Format:"), self.format)
        self._row(form, self.tr("&Status:"), self.status)
        if len(pair.members) > 2:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(attendees)
            column.addWidget(self.errors["attendees"])
            first = next(iter(self.attendees.values()))
            self._row(form, self.tr("&Attended:"), first, box)
        self._row(form, self.tr("&Topics:"), self.topics)
        notes = QWidget()
        notes_column = QVBoxLayout(notes)
        notes_column.setContentsMargins(0, 0, 0, 0)
        notes_column.addWidget(self.notes)
        notes_column.addWidget(self.confidential)
        self._row(form, self.tr("&Notes:"), self.notes, notes)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("followUps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Follow-up"), self.tr("Owner"), self.tr("Due"), self.tr("Goal")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their columns: give the combos and dates room.
        for col, width in ((OWNER, 100), (DUE, 125), (GOAL, 190)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add F&ollow-up"))
        self.remove_button = QPushButton(self.tr("&Remove Follow-up"))
        self.add_button.clicked.connect(self.add_follow_up)
        self.remove_button.clicked.connect(self.remove_follow_up)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        follow_label = QLabel(self.tr("Follow-&ups (they become action steps):"))
        follow_label.setBuddy(self.table)
        self.follow_problem = ErrorLabel()
        self.follow_problem.setObjectName("followUpProblem")
        no_goal = QLabel(self.tr("Add a goal first: follow-ups become steps of a goal."))
        no_goal.setStyleSheet("color: palette(placeholder-text);")

        self.buttons, self.ok_button = ok_cancel(
            self, self.tr("Save") if session else self.tr("Log Session")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if session is None:  # follow-ups are agreed when the session is logged
            layout.addWidget(follow_label)
            if self._goals:
                layout.addWidget(self.table, 1)
                layout.addLayout(row)
                layout.addWidget(self.follow_problem)
            else:
                layout.addWidget(no_goal)
        layout.addWidget(self.buttons)
        self.resize(620, 600 if session is None else 420)

        self._load(self._original)
        for signal in (
            self.date.dateChanged,
            self.duration.valueChanged,
            self.status.currentIndexChanged,
            self.table.itemChanged,
        ):
            signal.connect(self._validate)
        for tick in self.attendees.values():
            tick.toggled.connect(self._validate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._validate()

    @staticmethod
    def _row(form: QFormLayout, text: str, buddy: QWidget, field: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, field or buddy)

    def _load(self, s: Session) -> None:
        self.date.setDate(QDate(s.date.year, s.date.month, s.date.day))
        self.duration.setValue(s.duration_minutes)
        self.format.setCurrentIndex(self.format.findData(s.format.value))
        self.status.setCurrentIndex(self.status.findData(s.status.value))
        for pid, tick in self.attendees.items():
            tick.setChecked(not s.attendees or pid in s.attendees)
        self.topics.setText(", ".join(s.topics))
        self.notes.setPlainText(s.notes)
        self.confidential.setChecked(s.confidential)

    # -- follow-ups ------------------------------------------------------------------------

    def add_follow_up(self) -> None:
        blocked = self.table.blockSignals(True)  # quiet while the row is half built
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, TEXT, QTableWidgetItem(""))
        owner = owner_combo(StepOwner.MENTEE)
        self.table.setCellWidget(row, OWNER, owner)
        due = OptionalDate(self.tr("Next meeting"))
        due.dateChanged.connect(self._validate)
        self.table.setCellWidget(row, DUE, due)
        goal = QComboBox()
        for g in self._goals:
            goal.addItem(g.title, g.id)
        self.table.setCellWidget(row, GOAL, goal)
        self.table.blockSignals(blocked)
        self.table.setCurrentCell(row, TEXT)
        self.table.editItem(cell(self.table, row, TEXT))
        self._validate()

    def remove_follow_up(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._validate()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    # -- what the form holds ---------------------------------------------------------------

    def session(self) -> Session:
        q = self.date.date()
        ticked = tuple(pid for pid, tick in self.attendees.items() if tick.isChecked())
        everyone = len(self._pair.members) <= 2 or len(ticked) == len(self.attendees)
        return dataclasses.replace(
            self._original,
            date=dt.date(q.year(), q.month(), q.day()),
            duration_minutes=self.duration.value(),
            format=SessionFormat(self.format.currentData()),
            status=SessionStatus(self.status.currentData()),
            attendees=() if everyone else ticked,
            topics=split_list(self.topics.text()),
            notes=self.notes.toPlainText().strip(),
            confidential=self.confidential.isChecked(),
        )

    def follow_ups(self) -> list[GoalStep]:
        """The follow-ups as new steps (a due date of None: the pair's next meeting)."""
        steps = []
        for row in range(self.table.rowCount()):
            owner, due, goal = (self.table.cellWidget(row, c) for c in (OWNER, DUE, GOAL))
            assert isinstance(owner, QComboBox) and isinstance(due, OptionalDate)
            assert isinstance(goal, QComboBox)
            steps.append(
                GoalStep(
                    goal_id=int(goal.currentData()),
                    text=cell(self.table, row, TEXT).text().strip(),
                    owner=StepOwner(owner.currentData()),
                    due_date=due.day(),
                )
            )
        return steps

    def problems(self) -> dict[str, str]:
        problems = session_problems(self.session(), self._pair, self._today)
        if len(self.attendees) > 2 and self.session().status is SessionStatus.HELD:
            if not any(t.isChecked() for t in self.attendees.values()):
                problems["attendees"] = self.tr("Tick who came, or mark the session missed.")
        for n, step in enumerate(self.follow_ups()):
            for text in step_problems(step, self._pair).values():
                problems.setdefault(f"follow_ups.{n}", text)
        return problems

    def _validate(self) -> dict[str, str]:
        problems = self.problems()
        for name, label in self.errors.items():
            label.show_problem(problems.get(name))
        self.follow_problem.show_problem(
            row_problems(problems, "follow_ups", self.tr("Follow-up %1: %2"))
        )
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(" ".join(problems.values()))
        return problems

    def accept(self) -> None:
        problems = self._validate()
        if problems:
            first = next(iter(problems))
            fields = {"date": self.date, "duration_minutes": self.duration}
            fields.get(first, self.table).setFocus()
            return
        super().accept()
