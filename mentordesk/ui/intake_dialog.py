"""A participant's intake (issue 7): the screening checklist with dates and who checked, the
trainings they attended, and their stage; plus the small dialog a bulk tick asks with.

The dialogs only read the store; what they return is written by :mod:`.intake_commands`.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.intake import ScreeningItem, Stage, applies
from ..model.store import Store
from .dialog_buttons import ok_cancel
from .intake_commands import Tick
from .text import DATE_FORMAT, counted
from .tones import DANGER, tone
from .translations import format_date

_DONE, _DATE, _BY, _EXPIRES = range(4)
W = TypeVar("W", bound=QWidget)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class IntakeDialog(QDialog):
    """One participant's checklist, trainings and stage."""

    def __init__(
        self, store: Store, participant_id: int, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        person = store.participant(participant_id)
        status = store.intake_status(participant_id, today)
        self._today = today
        self._status = status
        self.setWindowTitle(self.tr("Intake of %1").replace("%1", person.full_name))

        where = status.stage.label
        if status.since is not None:
            where = (
                self.tr("%1 since %2").replace("%1", where).replace("%2", format_date(status.since))
            )
        if status.by_hand:
            where = self.tr("%1 (set by hand)").replace("%1", where)
        offered = (
            self.tr("Offered to matching.")
            if status.ready
            else self.tr("Not offered to matching: %1.").replace("%1", status.why)
        )
        self.summary = QLabel(f"<b>{person.role.label}</b> · {where}<br>{offered}")
        self.summary.setObjectName("intakeSummary")
        self.summary.setWordWrap(True)

        checks = {c.item_id: c for c in store.screening_checks(participant_id)}
        self.items = [i for i in store.screening_items() if i.applies_to(person.role)]
        self.checklist = QTableWidget(len(self.items), 4)
        self.checklist.setObjectName("intakeChecklist")
        self.checklist.setHorizontalHeaderLabels(
            [
                self.tr("Checklist item"),
                self.tr("Done on"),
                self.tr("Checked by"),
                self.tr("Expires"),
            ]
        )
        self.checklist.verticalHeader().hide()
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(_DONE, QHeaderView.ResizeMode.Stretch)
        self._before: dict[int, Tick] = {}
        for row, item in enumerate(self.items):
            check = checks.get(item.id or 0)
            tick = Tick(
                check is not None,
                check.date if check else today,
                check.checked_by if check else "",
            )
            self._before[item.id or 0] = tick
            box = QCheckBox(item.name)
            box.setChecked(tick.ticked)
            day, by = date_edit(tick.day), QLineEdit(tick.checked_by)
            by.setPlaceholderText(self.tr("who checked"))
            expires = QLabel()
            expires.setContentsMargins(6, 0, 6, 0)
            for column, widget in ((_DONE, box), (_DATE, day), (_BY, by), (_EXPIRES, expires)):
                self.checklist.setCellWidget(row, column, widget)
            box.toggled.connect(lambda _on, r=row: self._update_row(r))
            day.dateChanged.connect(lambda _d, r=row: self._update_row(r))
            self._update_row(row)
        self.checklist.resizeColumnsToContents()
        header.setSectionResizeMode(_DONE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_EXPIRES, QHeaderView.ResizeMode.ResizeToContents)
        rows = sum(self.checklist.rowHeight(r) for r in range(len(self.items)))
        self.checklist.setFixedHeight(rows + header.sizeHint().height() + 4)
        self.checklist.setVisible(bool(self.items))
        empty = QLabel(self.tr("This program has no screening checklist for this role."))
        empty.setVisible(not self.items)

        self.trainings = QLabel()
        self.trainings.setObjectName("intakeTrainings")
        self.trainings.setWordWrap(True)
        self.trainings.setTextFormat(Qt.TextFormat.RichText)
        lines = []
        for training in sorted(store.trainings(), key=lambda t: t.date):
            attended = participant_id in store.attendance(training.id or 0)
            needed = training.required and applies(training.audience, person.role)
            if not (attended or needed):
                continue
            mark = "✓" if attended else "✗"
            colour = "#1e5e2f" if attended else "#8a1c2b"
            text = (
                self.tr("%1 (%2)")
                .replace("%1", training.title)
                .replace("%2", format_date(training.date))
            )
            if needed:
                text = self.tr("%1, required").replace("%1", text)
            lines.append(f"<span style='color:{colour}'>{mark}</span> {text}")
        self.trainings.setText(
            "<br>".join(lines) or self.tr("No required training and none attended yet.")
        )
        note = QLabel(self.tr("Attendance is ticked on the Resources page."))
        note.setStyleSheet("color: palette(placeholder-text);")

        self.stage = QComboBox()
        self.stage.setObjectName("intakeStage")
        self.stage.addItem(self.tr("As the checklist and trainings give"), None)
        for stage in Stage:
            self.stage.addItem(stage.label, stage)
        self.stage.setCurrentIndex(
            self.stage.findData(status.stage) if status.by_hand or status.stage.closed else 0
        )
        self.reason = QLineEdit(status.reason)
        self.reason.setPlaceholderText(self.tr("why (for withdrawn or not accepted)"))
        self.stage.currentIndexChanged.connect(self._update_reason)
        self._update_reason()

        checklist_box = QGroupBox(self.tr("Screening"))
        lay = QVBoxLayout(checklist_box)
        lay.addWidget(self.checklist)
        lay.addWidget(empty)
        trainings_box = QGroupBox(self.tr("Trainings"))
        lay = QVBoxLayout(trainings_box)
        lay.addWidget(self.trainings)
        lay.addWidget(note)
        form = QFormLayout()
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage)
        stage_row.addWidget(self.reason, 1)
        stage_label = QLabel(self.tr("&Stage:"))
        stage_label.setBuddy(self.stage)
        form.addRow(stage_label, stage_row)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(checklist_box)
        layout.addWidget(trainings_box)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.resize(680, 0)

    def _update_row(self, row: int) -> None:
        item = self.items[row]
        box, day = self._cell(row, _DONE, QCheckBox), self._cell(row, _DATE, QDateEdit)
        self._cell(row, _BY, QLineEdit).setEnabled(box.isChecked())
        day.setEnabled(box.isChecked())
        expires = item.expires(_pydate(day.date())) if box.isChecked() else None
        label = self._cell(row, _EXPIRES, QLabel)
        if expires is None:
            label.setText("" if item.expires_months is None or box.isChecked() else "—")
            label.setStyleSheet("")
            return
        left = (expires - self._today).days
        text = format_date(expires)
        if left < 0:
            text = self.tr("%1 (expired)").replace("%1", text)
        elif left <= 30:
            text = self.tr("%1 (in %2 days)").replace("%1", text).replace("%2", str(left))
        label.setText(text)
        label.setStyleSheet(f"color: {tone(DANGER)}; font-weight: bold;" if left <= 30 else "")

    def _cell(self, row: int, column: int, kind: type[W]) -> W:
        widget = self.checklist.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def _update_reason(self) -> None:
        stage = self._chosen()
        self.reason.setEnabled(stage is not None and stage.closed)

    def row_of(self, item_name: str) -> int:
        return next(n for n, item in enumerate(self.items) if item.name == item_name)

    def set_ticked(self, item_name: str, ticked: bool = True, by: str = "") -> None:
        """Tick a line as a person would (tests, keyboard-free scripts)."""
        row = self.row_of(item_name)
        self._cell(row, _DONE, QCheckBox).setChecked(ticked)
        if by:
            self._cell(row, _BY, QLineEdit).setText(by)

    def ticks(self) -> dict[int, Tick]:
        """The checklist lines that changed, by item id."""
        changed = {}
        for row, item in enumerate(self.items):
            ticked = self._cell(row, _DONE, QCheckBox).isChecked()
            tick = Tick(
                ticked,
                _pydate(self._cell(row, _DATE, QDateEdit).date()),
                self._cell(row, _BY, QLineEdit).text().strip(),
            )
            before = self._before[item.id or 0]
            if tick != before and (ticked or before.ticked):
                changed[item.id or 0] = tick
        return changed

    def _chosen(self) -> Stage | None:
        data = self.stage.currentData()  # Qt hands a StrEnum back as its str
        return None if data is None else Stage(data)

    def stage_choice(self) -> tuple[Stage | None, str] | None:
        """None to leave the stage; ``(None, "")`` to let the rules decide again; else the
        stage set by hand with its reason."""
        stage = self._chosen()
        status = self._status
        if stage is None:
            return (None, "") if status.by_hand or status.stage.closed else None
        reason = self.reason.text().strip() if stage.closed else ""
        if stage is status.stage and (status.by_hand or stage.closed) and reason == status.reason:
            return None
        return (stage, reason)


class TickDialog(QDialog):
    """When and by whom a checklist item was done, for the participants selected."""

    def __init__(
        self, item: ScreeningItem, count: int, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tickDialog")
        self.setWindowTitle(self.tr("Tick “%1”").replace("%1", item.name))
        self.day = date_edit(today)
        self.checked_by = QLineEdit()
        self.checked_by.setObjectName("checkedBy")
        self.checked_by.setPlaceholderText(self.tr("your name"))
        form = QFormLayout(self)
        people = counted(count, self.tr("%n participant"), self.tr("%n participants"))
        form.addRow(
            QLabel(self.tr("Tick “%1” for %2.").replace("%1", item.name).replace("%2", people))
        )
        form.addRow(self.tr("&Done on:"), self.day)
        form.addRow(self.tr("Checked &by:"), self.checked_by)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Tick"))
        form.addRow(self.buttons)

    def date(self) -> dt.date:
        return _pydate(self.day.date())
