"""Log a coordinator's check-in with a pair, or with one member of it.

The short question template (MENTOR's Elements of Effective Practice) asks how often they met,
what they did, how the relationship feels and any concern; the answers are kept under the keys
``met`` (a number), ``activities``, ``relationship`` (1 to 5) and ``concern``. A question left
unanswered is not stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import CheckIn, CheckInChannel
from .dialog_buttons import ok_cancel
from .participant_dialog import ErrorLabel
from .text import DATE_FORMAT


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CheckInDialog(QDialog):
    """After ``exec()``, :meth:`checkin` returns what was logged.

    ``members`` are the pair's members as (participant id, name); ``today`` is the latest day a
    check-in can be dated.
    """

    def __init__(
        self,
        pair_id: int,
        title: str,
        members: list[tuple[int, str]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Log check-in"))
        self._pair_id = pair_id
        self._today = today

        intro = QLabel(
            self.tr(
                "Your contact with <b>%1</b>: note what they told you, so you can show the "
                "pair was supported."
            ).replace("%1", title.replace("&", "&amp;").replace("<", "&lt;"))
        )
        intro.setWordWrap(True)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("checkInDate")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(_qdate(today))
        self.date_problem = ErrorLabel()
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("checkInChannel")
        for channel in (
            CheckInChannel.PHONE,
            CheckInChannel.VIDEO,
            CheckInChannel.IN_PERSON,
            CheckInChannel.CHAT,
            CheckInChannel.EMAIL,
        ):
            self.channel_combo.addItem(channel.label, channel.value)
        self.with_combo = QComboBox()
        self.with_combo.setObjectName("checkInWith")
        self.with_combo.addItem(
            self.tr("The whole group") if len(members) > 2 else self.tr("Both of them"), None
        )
        for participant_id, name in members:
            self.with_combo.addItem(self.tr("Only %1").replace("%1", name), participant_id)

        self.met_spin = QSpinBox()
        self.met_spin.setObjectName("checkInMet")
        self.met_spin.setRange(-1, 99)
        self.met_spin.setSpecialValueText(self.tr("Not asked"))
        self.met_spin.setValue(-1)
        self.met_spin.setToolTip(self.tr("How many times they met since your last check-in."))
        self.activities_edit = QLineEdit()
        self.activities_edit.setObjectName("checkInActivities")
        self.activities_edit.setPlaceholderText(self.tr("e.g. Practised the quarterly review"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setObjectName("checkInRelationship")
        self.relationship_combo.addItem(self.tr("Not asked"), None)
        for score, words in (
            (1, self.tr("1 – Not working")),
            (2, self.tr("2 – Difficult")),
            (3, self.tr("3 – All right")),
            (4, self.tr("4 – Good")),
            (5, self.tr("5 – Very good")),
        ):
            self.relationship_combo.addItem(words, score)
        self.concern_edit = QLineEdit()
        self.concern_edit.setObjectName("checkInConcern")
        self.concern_edit.setPlaceholderText(self.tr("Leave empty when there is none"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("checkInNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.confidential_box = QCheckBox(self.tr("Con&fidential: hide the notes and concern"))
        self.confidential_box.setObjectName("checkInConfidential")
        self.confidential_box.setToolTip(
            self.tr(
                "Shown only after an explicit click, and left out of exports and reports "
                "unless you ask for them."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_box = QWidget()
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_line = QHBoxLayout()
        date_line.addWidget(self.date_edit)
        date_line.addStretch()
        date_column.addLayout(date_line)
        date_column.addWidget(self.date_problem)
        # As wide as the other fields, so the sentence under the date has room on one line.
        date_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for text, field in (
            (self.tr("&Date:"), date_box),
            (self.tr("&Channel:"), self.channel_combo),
            (self.tr("&With:"), self.with_combo),
            (self.tr("Times &met since the last check-in:"), self.met_spin),
            (self.tr("What they d&id:"), self.activities_edit),
            (self.tr("How the &relationship feels:"), self.relationship_combo),
            (self.tr("Any c&oncern:"), self.concern_edit),
            (self.tr("&Notes:"), self.notes_edit),
        ):
            label = QLabel(text)
            label.setBuddy(self.date_edit if field is date_box else field)
            form.addRow(label, field)
        form.addRow("", self.confidential_box)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Log Check-In"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.date_edit.dateChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        future = self.date() > self._today
        text = self.tr("A check-in cannot be in the future.") if future else ""
        self.date_problem.show_problem(text)
        if self.isVisible():  # room for the sentence, so nothing below is squeezed
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.ok_button.setEnabled(not future)
        self.ok_button.setToolTip(text)
        return not future

    def accept(self) -> None:
        if not self._validate():
            self.date_edit.setFocus()
            return
        super().accept()

    def date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def answers(self) -> dict[str, int | str]:
        """The question template's answers; a question not asked is left out."""
        answers: dict[str, int | str] = {}
        if self.met_spin.value() >= 0:
            answers["met"] = self.met_spin.value()
        answers["activities"] = self.activities_edit.text().strip()
        if self.relationship_combo.currentData() is not None:
            answers["relationship"] = int(self.relationship_combo.currentData())
        answers["concern"] = self.concern_edit.text().strip()
        return answers

    def checkin(self) -> CheckIn:
        return CheckIn(
            pair_id=self._pair_id,
            date=self.date(),
            channel=CheckInChannel(self.channel_combo.currentData()),
            participant_id=self.with_combo.currentData(),
            answers=self.answers(),
            notes=self.notes_edit.toPlainText().strip(),
            confidential=self.confidential_box.isChecked(),
        )
