"""The selected pair's detail on the Pairs page: who is in it, its dated life, the buttons that
move it on (only those its status allows, each asking for the day and a note), and its agreement
and meeting plan, saved with Save. Every status change and every save is one undoable command."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import MeetingPlan, Pair, PairStatus, SessionFormat
from ..model.store import Store
from ..model.store_pairs import NEXT_STATUS
from . import pair_commands
from .calendar_page import export_calendar
from .close_pair_dialog import ClosePairDialog
from .pair_checkins import CheckInsSection
from .pair_goals_sessions import GoalsSection, SessionsSection
from .pair_resources import SuggestedResources
from .pairs_model import pair_title
from .prompts import Prompts
from .status_change_dialog import StatusChangeDialog, life_text
from .text import DATE_FORMAT


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class PairDetail(QWidget):
    """Shows one pair (:meth:`show_pair`), or a hint when none is selected."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairDetail")
        self._store = store
        self._undo = undo_stack
        self._prompts = prompts
        self._run = run_dialog
        self._today = today
        self._pair: Pair | None = None
        self._title = ""

        self.empty = QLabel(self.tr("Select a pair or group to see its life and agreement."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("pairTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.life = QLabel()
        self.life.setObjectName("pairLife")
        self.life.setWordWrap(True)
        self.life.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_buttons: dict[tuple[PairStatus, PairStatus], QPushButton] = {}
        buttons = QHBoxLayout()
        for old, new, text in (
            (PairStatus.PROPOSED, PairStatus.ACTIVE, self.tr("&Start")),
            (PairStatus.ACTIVE, PairStatus.PAUSED, self.tr("Pa&use")),
            (PairStatus.PAUSED, PairStatus.ACTIVE, self.tr("&Resume")),
            (PairStatus.CLOSED, PairStatus.ACTIVE, self.tr("Re&open")),
        ):
            self.status_buttons[old, new] = self._status_button(text, new, buttons)
        self.close_button = self._status_button(self.tr("&Close…"), PairStatus.CLOSED, buttons)
        buttons.addStretch()

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Optional, e.g. Leadership circle"))
        self.expectations = QPlainTextEdit()
        self.expectations.setTabChangesFocus(True)
        self.expectations.setFixedHeight(52)
        self.expectations.setPlaceholderText(
            self.tr("What each agreed to bring, e.g. come prepared, share one goal per month")
        )
        self.every = QSpinBox()
        self.every.setRange(0, 365)
        self.every.setSuffix(self.tr(" days"))
        self.every.setMinimumWidth(190)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Not agreed"), "")
        for fmt, label in (
            (SessionFormat.IN_PERSON, self.tr("In person")),
            (SessionFormat.VIDEO, self.tr("Video")),
            (SessionFormat.PHONE, self.tr("Phone")),
            (SessionFormat.CHAT, self.tr("Chat")),
        ):
            self.channel.addItem(label, fmt.value)
        self.confidential = QCheckBox(self.tr("Agreed on"))
        self.confidential_date = QDateEdit()
        self.confidential_date.setDisplayFormat(DATE_FORMAT)
        self.confidential_date.setCalendarPopup(True)
        self.confidential.toggled.connect(self.confidential_date.setEnabled)
        confidentiality = QHBoxLayout()
        confidentiality.addWidget(self.confidential)
        confidentiality.addWidget(self.confidential_date)
        confidentiality.addStretch()

        agreement = QGroupBox(self.tr("Agreement"))
        form = QFormLayout(agreement)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Name:"), self.name_edit)
        self._row(form, self.tr("E&xpectations:"), self.expectations)
        self._row(form, self.tr("Meet ever&y:"), self.every)
        self._row(form, self.tr("Channe&l:"), self.channel)
        confidentiality_label = self._row(form, self.tr("Con&fidentiality:"), confidentiality)
        confidentiality_label.setBuddy(self.confidential)

        self.plan = QComboBox()
        for plan in MeetingPlan:
            self.plan.addItem(plan.label, plan.value)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        plan_box = QGroupBox(self.tr("Meeting plan"))
        plan_form = QFormLayout(plan_box)
        self._row(plan_form, self.tr("Meetin&g plan:"), self.plan)
        self._row(plan_form, self.tr("&Weekday:"), self.weekday)
        self._row(plan_form, self.tr("Ti&me:"), self.time)

        self.save_button = QPushButton(self.tr("Sa&ve Agreement"))
        self.save_button.setObjectName("saveAgreement")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("D&iscard Changes"))
        self.revert_button.clicked.connect(self._revert)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        # Three columns under the table: who and when, the agreement, the meeting plan.
        about = QVBoxLayout()
        about.addWidget(self.title)
        about.addWidget(self.members)
        about.addWidget(self.life)
        about.addLayout(buttons)
        about.addStretch()
        self.suggested = SuggestedResources(store, prompts)
        about.addWidget(self.suggested)
        self.export_button = QPushButton(self.tr("Add to Calen&dar (.ics)…"))
        self.export_button.setToolTip(self.tr("Save this pair's saved meeting plan as a file."))
        self.export_button.clicked.connect(self._export)
        plan_column = QVBoxLayout()
        plan_column.addWidget(plan_box)
        plan_column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        plan_column.addStretch()
        plan_column.addLayout(save_row)
        # Under them, the goals and the session log side by side.
        tools = (store, undo_stack, prompts, run_dialog, today)
        self.goals, self.sessions = GoalsSection(*tools), SessionsSection(*tools)
        self.checkins = CheckInsSection(*tools)
        self.body = QWidget()
        row = QHBoxLayout()
        row.addLayout(about, 3)
        row.addWidget(agreement, 4)
        row.addLayout(plan_column, 3)
        logs = QHBoxLayout()
        logs.addWidget(self.goals, 1)
        logs.addWidget(self.sessions, 1)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(row)
        body.addLayout(logs)
        body.addWidget(self.checkins)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

        for signal in (
            self.name_edit.textChanged,
            self.expectations.textChanged,
            self.every.valueChanged,
            self.channel.currentIndexChanged,
            self.confidential.toggled,
            self.confidential_date.dateChanged,
            self.plan.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.time.timeChanged,
        ):
            signal.connect(self._form_changed)
        self.show_pair(None)

    def _status_button(self, text: str, new: PairStatus, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False, s=new: self.change_status(s))
        row.addWidget(button)
        return button

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget | QHBoxLayout) -> QLabel:
        label = QLabel(text)
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        return label

    # -- showing ---------------------------------------------------------------------------

    def show_pair(self, pair_id: int | None) -> None:
        """Show this pair as the file holds it; edits not saved stay while they still apply."""
        pair = None
        if pair_id is not None:
            try:
                pair = self._store.pair(pair_id)
            except LookupError:
                pair = None
        keep_form = (
            pair is not None
            and self._pair is not None
            and pair.id == self._pair.id
            and self.is_dirty()
            and _agreement(pair) == _agreement(self._pair)
        )
        self._pair = pair
        self.empty.setVisible(pair is None)
        self.body.setVisible(pair is not None)
        if pair is None:
            return
        names = {}
        for m in pair.members:
            try:
                names[m.participant_id] = self._store.participant(m.participant_id).full_name
            except LookupError:
                names[m.participant_id] = "?"
        self._title = pair_title(pair, names)
        self.title.setText(self._title)
        self.goals.show_pair(pair, names)
        self.sessions.show_pair(pair, names)
        self.checkins.show_pair(pair, names)
        self.suggested.show_pair(pair.id)
        self.members.setText(
            " · ".join(f"{names[m.participant_id]} ({m.role.label.lower()})" for m in pair.members)
        )
        assert pair.id is not None
        self.life.setText(life_text(self._store.pair_history(pair.id)))
        if not keep_form:
            self._load(pair)
        self._update_enabled()

    def _load(self, pair: Pair) -> None:
        self.name_edit.setText(pair.name)
        self.expectations.setPlainText(pair.expectations)
        self.every.setValue(pair.meeting_every_days or 0)
        program = self._store.program()
        self.every.setSpecialValueText(
            self.tr("Program's rhythm (%1 days)").replace("%1", str(program.cadence_days))
        )
        self.channel.setCurrentIndex(max(0, self.channel.findData(pair.channel or "")))
        self.confidential.setChecked(pair.confidentiality_date is not None)
        self.confidential_date.setDate(_qdate(pair.confidentiality_date or self._today()))
        self.confidential_date.setEnabled(pair.confidentiality_date is not None)
        self.plan.setCurrentIndex(max(0, self.plan.findData(pair.meeting_plan.value)))
        self.weekday.setCurrentIndex(pair.meeting_weekday or 0)
        self.time.setTime(QTime.fromString(pair.meeting_time or "18:00", "HH:mm"))
        self._form_changed()

    def edited_pair(self) -> Pair:
        """The shown pair with the agreement and meeting plan as the form has them."""
        assert self._pair is not None
        plan = MeetingPlan(self.plan.currentData())
        planned = plan is not MeetingPlan.NONE
        channel = self.channel.currentData()
        return dataclasses.replace(
            self._pair,
            name=self.name_edit.text().strip(),
            expectations=self.expectations.toPlainText().strip(),
            meeting_every_days=self.every.value() or None,
            channel=SessionFormat(channel) if channel else None,
            confidentiality_date=(
                _date(self.confidential_date.date()) if self.confidential.isChecked() else None
            ),
            meeting_plan=plan,
            meeting_weekday=int(self.weekday.currentData()) if planned else None,
            meeting_time=self.time.time().toString("HH:mm") if planned else None,
        )

    def _export(self) -> None:
        if self._pair is not None:
            export_calendar(self, self._store, self._prompts, self._today(), self._pair)

    def is_dirty(self) -> bool:
        return self._pair is not None and self.edited_pair() != self._pair

    def _form_changed(self) -> None:
        planned = self.plan.currentData() != MeetingPlan.NONE.value
        writable = not self._store.read_only
        self.weekday.setEnabled(planned and writable)
        self.time.setEnabled(planned and writable)
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and writable)
        self.revert_button.setEnabled(dirty)
        saved = self._pair
        self.export_button.setEnabled(
            saved is not None and not dirty and saved.meeting_plan is not MeetingPlan.NONE
        )

    def _update_enabled(self) -> None:
        pair, writable = self._pair, not self._store.read_only
        allowed = NEXT_STATUS[pair.status] if pair is not None else ()
        for (old, new), button in self.status_buttons.items():
            button.setVisible(pair is not None and pair.status is old and new in allowed)
            button.setEnabled(writable)
        self.close_button.setVisible(PairStatus.CLOSED in allowed)
        self.close_button.setEnabled(writable)
        for field in (
            self.name_edit,
            self.expectations,
            self.every,
            self.channel,
            self.confidential,
            self.plan,
        ):
            field.setEnabled(writable)
        self.confidential_date.setEnabled(writable and self.confidential.isChecked())
        self._form_changed()

    # -- actions ---------------------------------------------------------------------------

    def change_status(self, new: PairStatus) -> None:
        pair = self._pair
        if pair is None or pair.id is None or self._store.read_only:
            return
        history, today = self._store.pair_history(pair.id), self._today()
        dialog: ClosePairDialog | StatusChangeDialog
        if new is PairStatus.CLOSED:
            dialog = ClosePairDialog(self._title, pair.start_date, today, history, self)
        else:
            args = (self._title, pair.status, new, pair.start_date, history, today, self)
            dialog = StatusChangeDialog(*args)
        if not self._run(dialog):
            return
        reason = dialog.reason() if isinstance(dialog, ClosePairDialog) else None
        command = pair_commands.change_status(
            self._store, pair.id, pair.status, new, dialog.date(), reason, dialog.note()
        )
        self._push(command)

    def save(self) -> None:
        if not self.is_dirty() or self._store.read_only:
            return
        self._push(pair_commands.save_agreement(self._store, self.edited_pair()))

    def _revert(self) -> None:
        if self._pair is not None:
            self._load(self._pair)

    def _push(self, command: pair_commands.PairEdit) -> None:
        self._undo.push(command)
        if command.error is not None:
            self._prompts.error(self, self.tr("Pair not changed"), command.error)
        elif self._pair is not None:
            self.show_pair(self._pair.id)


def _agreement(pair: Pair) -> tuple[object, ...]:
    return (
        pair.name,
        pair.expectations,
        pair.meeting_every_days,
        pair.channel,
        pair.confidentiality_date,
        pair.meeting_plan,
        pair.meeting_weekday,
        pair.meeting_time,
    )
