"""Close a pair: why (goals reached, time ended, …), a closure note, and the day it closed.

A planned closure is good mentoring practice, so the reason is asked for every time: OK stays
disabled, with the sentence saying why, until one is chosen. The day is checked as every change
in a pair's life is (:class:`~.status_change_dialog.DateRow`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import ClosureReason, PairChange
from .dialog_buttons import ok_cancel
from .participant_dialog import ErrorLabel
from .status_change_dialog import DateRow


class ClosePairDialog(QDialog):
    """After ``exec()``, :meth:`reason`, :meth:`note` and :meth:`date` hold the answers."""

    def __init__(
        self,
        title: str,
        start: dt.date | None,
        today: dt.date,
        history: Sequence[PairChange] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closePairDialog")
        self.setWindowTitle(self.tr("Close pair"))

        intro = QLabel(
            self.tr(
                "Close <b>%1</b>. Say why, and note how it ended: what was reached, what to "
                "remember next time."
            ).replace("%1", title.replace("&", "&amp;").replace("<", "&lt;"))
        )
        intro.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("closureReason")
        self.reason_combo.addItem(self.tr("Choose a reason…"), None)
        for reason in ClosureReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.reason_problem = ErrorLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("closureNote")
        self.note_edit.setPlaceholderText(
            self.tr("e.g. Both goals met; the mentee now leads the team meeting.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.date_row = DateRow(start, history, today)
        self.date_row.setObjectName("closureDate")
        self.date_edit = self.date_row.date_edit

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        reason_box = QWidget()
        column = QVBoxLayout(reason_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.reason_combo)
        column.addWidget(self.reason_problem)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_combo)
        note_label = QLabel(self.tr("Closure &note:"))
        note_label.setBuddy(self.note_edit)
        date_label = QLabel(self.tr("Closed &on:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(reason_label, reason_box)
        form.addRow(note_label, self.note_edit)
        form.addRow(date_label, self.date_row)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Close Pair"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.reason_combo, self.note_edit)
        self.setTabOrder(self.note_edit, self.date_edit)
        self.setMinimumWidth(520)

        self.reason_combo.currentIndexChanged.connect(self._validate)
        self.date_row.changed.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        missing = self.reason() is None
        text = self.tr("Choose why the pair is closing.") if missing else ""
        self.reason_problem.show_problem(text)
        problem = text or self.date_row.problem()
        self.ok_button.setEnabled(not problem)
        self.ok_button.setToolTip(problem)
        self.date_row.grow()
        return not problem

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.date_row.grow(fit=True)

    def accept(self) -> None:
        if not self._validate():
            (self.reason_combo if self.reason() is None else self.date_edit).setFocus()
            return
        super().accept()

    def reason(self) -> ClosureReason | None:
        value = self.reason_combo.currentData()
        return ClosureReason(value) if value else None

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def date(self) -> dt.date:
        return self.date_row.date()
