"""A pair's dated life in words, and the dialog that dates one step of it.

Start, Pause, Resume and Reopen ask for the day it happened and an optional note ("Exams until
the end of February"); Close… asks for more (:mod:`.close_pair_dialog`) but dates the change
with the same :class:`DateRow`. A day before the pair started, before its last change or in the
future is refused in words, with OK disabled, instead of silently clamped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import PairChange, PairStatus
from .dialog_buttons import ok_cancel
from .pairs_model import date_text
from .text import DATE_FORMAT


def _tr(text: str) -> str:
    return QCoreApplication.translate("PairLife", text)


def _change_word(before: PairStatus, change: PairChange) -> str:
    if change.status is PairStatus.ACTIVE and before is PairStatus.PAUSED:
        return _tr("Resumed")
    if change.status is PairStatus.ACTIVE and before is PairStatus.CLOSED:
        return _tr("Reopened")
    return change.status.label


def _steps(history: Sequence[PairChange]) -> list[tuple[str, PairChange]]:
    """Each change with the word that names it ("Resumed", not "Active", after a pause)."""
    steps, before = [], PairStatus.PROPOSED
    for change in history:
        steps.append((_change_word(before, change), change))
        before = change.status
    return steps


def life_text(history: Sequence[PairChange]) -> str:
    """ "Proposed → Active 5 Jan 2026 → Paused 1 Feb 2026 (Exams) → …"."""
    parts = [PairStatus.PROPOSED.label]
    for word, change in _steps(history):
        text = f"{word} {date_text(change.date)}"
        why = [change.closure_reason.label] if change.closure_reason else []
        why += [change.note] if change.note else []
        if why:
            text += f" ({': '.join(why)})"
        parts.append(text)
    return " → ".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class DateRow(QWidget):
    """The day of a change in a pair's life, with a sentence under it: the earliest day it can
    be (grey), or why the chosen day cannot be used (red)."""

    changed = Signal()

    def __init__(
        self,
        start: dt.date | None,
        history: Sequence[PairChange],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        # The latest of the start and the last change bounds the date: the store refuses a
        # day before the start, and a day before the last change would reorder the life line.
        self._earliest: dt.date | None = start
        self._hint = self._too_early = ""
        if start is not None:
            self._hint = self.tr("The pair started on %1.").replace("%1", date_text(start))
            self._too_early = self.tr("The date cannot be before the pair started (%1).").replace(
                "%1", date_text(start)
            )
        steps = _steps(history)
        # The start itself is better told as the start; any later step as the last change.
        if steps[1:] or (steps and start is None):
            word, last = steps[-1]
            step = f"{word} {date_text(last.date)}"
            self._earliest = last.date
            self._hint = self.tr("Last change: %1.").replace("%1", step)
            self._too_early = self.tr("The date cannot be before the last change (%1).").replace(
                "%1", step
            )

        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        line = QHBoxLayout()
        line.addWidget(self.date_edit)
        line.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.sentence)
        # As wide as the other fields, so the sentence has room on one line.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(self._show)
        self._show()

    def date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def problem(self) -> str:
        """Why the chosen day cannot be used, or "" when it can."""
        day = self.date()
        if self._earliest is not None and day < self._earliest:
            return self._too_early
        if day > self._today:
            return self.tr("The date cannot be in the future (today is %1).").replace(
                "%1", date_text(self._today)
            )
        return ""

    def grow(self, fit: bool = False) -> None:
        """Make the dialog tall enough for the sentence (it may wrap), nothing squeezed; with
        ``fit``, exactly as tall as its width needs (when shown: its size hint assumed a
        narrower width, so wrapped labels left a gap)."""
        dialog = self.window()
        layout = dialog.layout()
        if not dialog.isVisible() or layout is None:
            return
        layout.activate()
        width = dialog.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        dialog.resize(width, needed if fit else max(dialog.height(), needed))

    def _show(self) -> None:
        problem = self.problem()
        self.sentence.setText(problem or self._hint)
        self.sentence.setVisible(bool(problem or self._hint))
        self.sentence.setStyleSheet(
            "color: #c62828;" if problem else "color: palette(placeholder-text);"
        )
        self.changed.emit()


class StatusChangeDialog(QDialog):
    """Start, pause, resume or reopen a pair; after ``exec()``, :meth:`date` and :meth:`note`
    hold the answers."""

    def __init__(
        self,
        title: str,
        old: PairStatus,
        new: PairStatus,
        start: dt.date | None,
        history: Sequence[PairChange],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusChangeDialog")
        # (window title, OK, date label, intro, note example) for each of the four steps.
        words = {
            "start": (
                self.tr("Start %1"),
                self.tr("Start"),
                self.tr("Started &on:"),
                self.tr("The day <b>%1</b> started: usually their first meeting."),
                self.tr("e.g. Kick-off at the program launch"),
            ),
            "pause": (
                self.tr("Pause %1"),
                self.tr("Pause"),
                self.tr("Paused &on:"),
                self.tr("From which day <b>%1</b> pause their meetings, and why."),
                self.tr("e.g. Exams until the end of February"),
            ),
            "resume": (
                self.tr("Resume %1"),
                self.tr("Resume"),
                self.tr("Resumed &on:"),
                self.tr("The day <b>%1</b> took up their meetings again."),
                self.tr("e.g. Back after the exams"),
            ),
            "reopen": (
                self.tr("Reopen %1"),
                self.tr("Reopen"),
                self.tr("Reopened &on:"),
                self.tr(
                    "The day <b>%1</b> became active again. The closure stays in the pair's life."
                ),
                self.tr("e.g. The mentee asked for three more months"),
            ),
        }
        if new is PairStatus.PAUSED:
            kind = "pause"
        else:
            kind = {PairStatus.PAUSED: "resume", PairStatus.CLOSED: "reopen"}.get(old, "start")
        action, ok_text, date_label, intro_text, example = words[kind]
        self.setWindowTitle(action.replace("%1", title))

        intro = QLabel(intro_text.replace("%1", _escape(title)))
        intro.setWordWrap(True)
        self.date_row = DateRow(start, history, today)
        self.date_row.setObjectName("statusDate")
        self.date_edit = self.date_row.date_edit
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("statusNote")
        self.note_edit.setPlaceholderText(example)
        self.note_edit.setClearButtonEnabled(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_text_label = QLabel(date_label)
        date_text_label.setBuddy(self.date_edit)
        note_label = QLabel(self.tr("&Note (optional):"))
        note_label.setBuddy(self.note_edit)
        form.addRow(date_text_label, self.date_row)
        form.addRow(note_label, self.note_edit)

        self.buttons, self.ok_button = ok_cancel(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.note_edit)
        self.setMinimumWidth(520)

        self.date_row.changed.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        problem = self.date_row.problem()
        self.ok_button.setEnabled(not problem)
        self.ok_button.setToolTip(problem)
        self.date_row.grow()
        return not problem

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.date_row.grow(fit=True)

    def accept(self) -> None:
        if not self._validate():
            self.date_edit.setFocus()
            return
        super().accept()

    def date(self) -> dt.date:
        return self.date_row.date()

    def note(self) -> str:
        return self.note_edit.text().strip()
