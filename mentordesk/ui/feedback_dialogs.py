"""The Feedback page's dialogs: one person's answers to a round, and the questionnaire's
questions. Each checks its values with the store's rules before it closes; the page writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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

from ..model.domain import Feedback
from ..model.store_surveys import question_key, question_problems
from ..model.surveys import Audience, Question, QuestionKind, built_in_questions
from .participant_dialog import ErrorLabel
from .text import DATE_FORMAT

#: (participant id, name shown, e.g. "Ada Lovelace (mentor)").
Person = tuple[int, str]


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class AnswerSpin(QSpinBox):
    """A 1–5 or 0–10 answer; the value below the scale shows "—": not answered."""

    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setValue(low - 1)
        self.setFixedWidth(90)

    def answer(self) -> int | None:
        return None if self.value() < self.minimum() + 1 else self.value()


class AnswersDialog(QDialog):
    """One person's answers to one round; :meth:`feedback` after it is accepted."""

    def __init__(
        self,
        people: Sequence[Person],
        rounds: Sequence[str],
        questions_for: Callable[[int], list[Question]],
        problems: Callable[[Feedback], dict[str, str]],
        pair_of: Callable[[int], int | None],
        today: dt.date,
        feedback: Feedback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answersDialog")
        self.setWindowTitle(self.tr("Edit Answers") if feedback else self.tr("Add Answers"))
        self.setMinimumWidth(560)
        self._questions_for, self._problems, self._pair_of = questions_for, problems, pair_of
        self._original = feedback
        self._inputs: dict[str, AnswerSpin | QLineEdit] = {}
        self.person = QComboBox()
        self.person.setObjectName("answersPerson")
        for pid, name in people:
            self.person.addItem(name, pid)
        self.round = QComboBox()
        self.round.setObjectName("answersRound")
        self.round.setEditable(True)
        self.round.addItems(list(rounds))
        self.date = QDateEdit()
        self.date.setObjectName("answersDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.questions_box = QGroupBox(self.tr("Answers"))
        self.questions_form = QFormLayout(self.questions_box)
        self.questions_form.setVerticalSpacing(8)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("answersComment")
        self.comment.setPlaceholderText(self.tr("What they wrote in their own words (optional)"))
        self.comment.setFixedHeight(80)
        self.error = ErrorLabel()
        self.error.setObjectName("answersError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Who answered:"), self.person)
        form.addRow(self.tr("&Round:"), self.round)
        form.addRow(self.tr("&Date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.questions_box)
        layout.addWidget(buddy_label(self.tr("C&omment:"), self.comment))
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._fill_questions)
        if feedback is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(feedback.participant_id)))
            self.person.setEnabled(False)
            self.round.setCurrentText(feedback.round)
            self.date.setDate(QDate(feedback.date.year, feedback.date.month, feedback.date.day))
            self.comment.setPlainText(feedback.comment)
        self._fill_questions()
        if feedback is not None:
            for key, value in feedback.answers.items():
                widget = self._inputs.get(key)
                if isinstance(widget, AnswerSpin) and isinstance(value, int):
                    widget.setValue(value)
                elif isinstance(widget, QLineEdit):
                    widget.setText(str(value))

    def _fill_questions(self) -> None:
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self._inputs.clear()
        pid = self.person.currentData()
        questions = self._questions_for(int(pid)) if pid is not None else []
        for q in questions:
            bounds = q.kind.bounds
            widget: AnswerSpin | QLineEdit
            if bounds is None:
                widget = QLineEdit()
            else:
                widget = AnswerSpin(*bounds)
                widget.setToolTip(q.kind.label)
            widget.setObjectName(f"answer_{q.key}")
            label = QLabel(q.text)
            label.setToolTip(q.kind.label)
            label.setBuddy(widget)
            self.questions_form.addRow(label, widget)
            self._inputs[q.key] = widget
        if not questions:
            self.questions_form.addRow(QLabel(self.tr("No question is put to this person.")))
        self.questions_form.activate()
        self.adjustSize()

    def input(self, key: str) -> AnswerSpin | QLineEdit:
        """The field of one question's answer."""
        return self._inputs[key]

    def feedback(self) -> Feedback:
        """The answers as entered."""
        answers: dict[str, int | str] = {}
        for key, widget in self._inputs.items():
            if isinstance(widget, AnswerSpin):
                if (value := widget.answer()) is not None:
                    answers[key] = value
            elif widget.text().strip():
                answers[key] = widget.text().strip()
        if self._original is not None:  # answers to questions removed since are kept
            for key, kept in self._original.answers.items():
                if key not in self._inputs:
                    answers[key] = kept
        pid = int(self.person.currentData())
        day = self.date.date()
        base = self._original or Feedback(pid, "", dt.date.min, pair_id=self._pair_of(pid))
        return dataclasses.replace(
            base,
            round=self.round.currentText().strip(),
            date=dt.date(day.year(), day.month(), day.day()),
            answers=answers,
            comment=self.comment.toPlainText().strip(),
        )

    def accept(self) -> None:
        if self.person.currentData() is None:
            self.error.show_problem(self.tr("There is nobody to ask yet."))
            return
        problems = self._problems(self.feedback())
        if problems:
            self.error.show_problem("\n".join(dict.fromkeys(problems.values())))
            return
        super().accept()


class QuestionsDialog(QDialog):
    """The questionnaire's questions, edited in a table; :meth:`questions` once accepted."""

    TEXT, AUDIENCE, KIND = range(3)

    def __init__(self, questions: Sequence[Question], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsDialog")
        self.setWindowTitle(self.tr("Edit Questions"))
        self.resize(780, 420)
        self._keys: list[str | None] = []
        intro = QLabel(
            self.tr(
                "The questions of every feedback round. Answers already given keep their "
                "values; a removed question is no longer asked."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("questionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Who is asked"), self.tr("Answer")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.AUDIENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add Question"))
        self.add_button.setObjectName("addQuestion")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeQuestion")
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.setObjectName("questionUp")
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.setObjectName("questionDown")
        self.reset_button = QPushButton(self.tr("&Built-in Questions"))
        self.reset_button.setObjectName("builtInQuestions")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.reset_button.clicked.connect(lambda: self._set(built_in_questions()))
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch()
        side.addWidget(self.reset_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        self.error = ErrorLabel()
        self.error.setObjectName("questionsError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._set(questions)

    def _set(self, questions: Sequence[Question]) -> None:
        self.table.setRowCount(0)
        self._keys = []
        for q in questions:
            self._append(q.text, q.audience, q.kind, q.key)

    def _append(self, text: str, audience: Audience, kind: QuestionKind, key: str | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.TEXT, QTableWidgetItem(text))
        who = QComboBox()
        for a in Audience:
            who.addItem(a.label, a.value)
        who.setCurrentIndex(who.findData(audience.value))
        what = QComboBox()
        for k in QuestionKind:
            what.addItem(k.label, k.value)
        what.setCurrentIndex(what.findData(kind.value))
        self.table.setCellWidget(row, self.AUDIENCE, who)
        self.table.setCellWidget(row, self.KIND, what)
        self._keys.append(key)
        return row

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _row(self, row: int) -> tuple[str, Audience, QuestionKind, str | None]:
        item = self.table.item(row, self.TEXT)
        return (
            item.text() if item else "",
            Audience(self.combo(row, self.AUDIENCE).currentData()),
            QuestionKind(self.combo(row, self.KIND).currentData()),
            self._keys[row],
        )

    def _add(self) -> None:
        row = self._append("", Audience.EVERYONE, QuestionKind.SCALE, None)
        self.table.setCurrentCell(row, self.TEXT)
        item = self.table.item(row, self.TEXT)
        assert item is not None
        self.table.editItem(item)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keys[row]

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = [self._row(r) for r in range(self.table.rowCount())]
        rows.insert(target, rows.pop(row))
        self.table.setRowCount(0)
        self._keys = []
        for values in rows:
            self._append(*values)
        self.table.setCurrentCell(target, self.TEXT)

    def questions(self) -> list[Question]:
        """The questions in their order; new ones get a key made from their text."""
        rows = [self._row(r) for r in range(self.table.rowCount())]
        taken = {key for *_, key in rows if key}
        result = []
        for n, (text, audience, kind, key) in enumerate(rows):
            if key is None:
                key = question_key(text, taken)
                taken.add(key)
            result.append(Question(key, audience, kind, text.strip(), n))
        return result

    def accept(self) -> None:
        problems = question_problems(self.questions())
        if problems:
            lines = []
            for where, text in problems.items():
                if where.startswith("questions."):
                    number = int(where.split(".")[1]) + 1
                    text = self.tr("Question %1: %2").replace("%1", str(number)).replace("%2", text)
                lines.append(text)
            self.error.show_problem("\n".join(lines))
            return
        super().accept()
