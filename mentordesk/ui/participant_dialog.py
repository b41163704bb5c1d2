"""Add or edit one participant; checks every field as the coordinator types."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Participant, ParticipantStatus, Role
from .dialog_buttons import ok_cancel
from .text import DATE_FORMAT

ProblemCheck = Callable[[Participant], dict[str, str]]

_SPLIT = re.compile(r"[,;\n]")


def split_list(text: str) -> tuple[str, ...]:
    """Split "Excel, public speaking; Python" into unique trimmed items, first spelling kept."""
    seen: set[str] = set()
    items: list[str] = []
    for raw in _SPLIT.split(text):
        item = raw.strip()
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return tuple(items)


class ErrorLabel(QLabel):
    """The red sentence under a field; hidden when the field is fine."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.setVisible(False)

    def show_problem(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class ParticipantDialog(QDialog):
    """Returns the edited participant from :meth:`participant` after ``exec()``."""

    def __init__(
        self,
        problems: ProblemCheck,
        levels: tuple[str, ...],
        departments: list[str],
        participant: Participant | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._problems = problems
        self._original = participant
        self._touched: set[str] = set()
        self.setWindowTitle(
            self.tr("Edit participant") if participant else self.tr("Add participant")
        )
        self.setObjectName("participantDialog")

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role)
        self.status = QComboBox()
        for status in ParticipantStatus:
            self.status.addItem(status.label, status)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(["", *departments])
        self.level = QComboBox()
        self.level.addItem(self.tr("(none)"), "")
        for level in levels:
            self.level.addItem(level, level)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 50)
        self.capacity.setSuffix(self.tr(" mentee(s)"))
        self.skills_offered = QLineEdit()
        self.skills_wanted = QLineEdit()
        self.interests = QLineEdit()
        self.languages = QLineEdit()
        self.availability = QLineEdit()
        for edit in (self.skills_offered, self.skills_wanted, self.interests):
            edit.setPlaceholderText(self.tr("Separate with commas, e.g. Excel, Public speaking"))
        self.languages.setPlaceholderText(self.tr("e.g. English, Italian"))
        self.availability.setPlaceholderText(self.tr("e.g. Mon AM, Wed PM"))
        self.location = QLineEdit()
        self.has_consent = QCheckBox(self.tr("Consent to data use given on"))
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setDisplayFormat(DATE_FORMAT)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setEnabled(False)
        self.has_consent.toggled.connect(self.consent_date.setEnabled)
        self.bio = QPlainTextEdit()
        self.bio.setFixedHeight(60)
        self.private_notes = QPlainTextEdit()
        self.private_notes.setFixedHeight(60)
        self.private_notes.setPlaceholderText(
            self.tr("Only for the coordinator; never exported or printed.")
        )

        self.errors = {
            name: ErrorLabel() for name in ("first_name", "last_name", "email", "capacity")
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&First name:"), self._with_error(self.first_name, "first_name"))
        form.addRow(self.tr("&Last name:"), self._with_error(self.last_name, "last_name"))
        form.addRow(self.tr("&E-mail:"), self._with_error(self.email, "email"))
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Ca&pacity:"), self._with_error(self.capacity, "capacity"))
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("Career le&vel:"), self.level)
        form.addRow(self.tr("Skills &offered:"), self.skills_offered)
        form.addRow(self.tr("Skills &wanted:"), self.skills_wanted)
        form.addRow(self.tr("&Interests:"), self.interests)
        form.addRow(self.tr("Lan&guages:"), self.languages)
        form.addRow(self.tr("Locatio&n:"), self.location)
        form.addRow(self.tr("&Availability:"), self.availability)
        consent = QHBoxLayout()
        consent.addWidget(self.has_consent)
        consent.addWidget(self.consent_date)
        consent.addStretch()
        form.addRow(self.tr("Consent:"), consent)
        form.addRow(self.tr("&Bio:"), self.bio)
        form.addRow(self.tr("Private &notes:"), self.private_notes)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons, self.ok_button = ok_cancel(
            self, self.tr("Save") if participant else self.tr("Add")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

        if participant is not None:
            self._load(participant)
        else:
            self.capacity.setValue(0)
        self._role_changed()
        self.role.currentIndexChanged.connect(self._role_changed)
        for name, edit in (
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("email", self.email),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._touch(n))
        self.capacity.valueChanged.connect(lambda _v: self._touch("capacity"))
        self._validate()

    def _with_error(self, field: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self.errors[name])
        return box

    def _load(self, p: Participant) -> None:
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.email.setText(p.email)
        self.role.setCurrentIndex(self.role.findData(p.role))
        self.status.setCurrentIndex(self.status.findData(p.status))
        self.department.setCurrentText(p.department)
        if p.career_level and self.level.findData(p.career_level) < 0:
            self.level.addItem(p.career_level, p.career_level)
        self.level.setCurrentIndex(self.level.findData(p.career_level))
        self.capacity.setValue(p.capacity)
        self.skills_offered.setText(", ".join(p.skills_offered))
        self.skills_wanted.setText(", ".join(p.skills_wanted))
        self.interests.setText(", ".join(p.interests))
        self.languages.setText(", ".join(p.languages))
        self.availability.setText(", ".join(p.availability))
        self.location.setText(p.location)
        if p.consent_date is not None:
            self.has_consent.setChecked(True)
            d = p.consent_date
            self.consent_date.setDate(QDate(d.year, d.month, d.day))
        self.bio.setPlainText(p.bio)
        self.private_notes.setPlainText(p.private_notes)
        # Editing an existing participant: show every problem at once.
        self._touched = set(self.errors)

    def _role_changed(self) -> None:
        takes_mentees = self.role.currentData() != Role.MENTEE
        if takes_mentees and self.capacity.value() == 0:
            self.capacity.setValue(1)
        if not takes_mentees:
            self.capacity.setValue(0)
        self.capacity.setEnabled(takes_mentees)

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self) -> dict[str, str]:
        problems = self._problems(self.participant())
        for name, label in self.errors.items():
            label.show_problem(problems.get(name) if name in self._touched else None)
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(" ".join(problems.values()))
        return problems

    def accept(self) -> None:
        problems = self._validate()
        if problems:  # Enter pressed with a problem left: show them all and go to the first.
            self._touched = set(self.errors)
            self._validate()
            getattr(self, next(iter(problems))).setFocus()
            return
        super().accept()

    def participant(self) -> Participant:
        """The participant as the form describes it now (keeps the id when editing)."""
        consent: dt.date | None = None
        if self.has_consent.isChecked():
            q = self.consent_date.date()
            consent = dt.date(q.year(), q.month(), q.day())
        return Participant(
            id=self._original.id if self._original else None,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            email=self.email.text().strip(),
            role=Role(self.role.currentData()),
            status=ParticipantStatus(self.status.currentData()),
            department=self.department.currentText().strip(),
            career_level=str(self.level.currentData() or ""),
            capacity=self.capacity.value(),
            skills_offered=split_list(self.skills_offered.text()),
            skills_wanted=split_list(self.skills_wanted.text()),
            interests=split_list(self.interests.text()),
            languages=split_list(self.languages.text()),
            availability=split_list(self.availability.text()),
            location=self.location.text().strip(),
            consent_date=consent,
            bio=self.bio.toPlainText().strip(),
            private_notes=self.private_notes.toPlainText().strip(),
        )
