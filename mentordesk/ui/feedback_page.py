"""The Feedback page: every answer to the feedback rounds (who, pair, round, date, each
question's answer, comment), filtered by round, with the round's scores above the table; answers
added by hand or imported from a survey export, the questions edited, a blank survey exported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Feedback, Pair
from ..model.errors import FileProblem
from ..model.store import Store
from ..model.survey_sheet import export_blank_survey
from ..model.surveys import Audience, Question, QuestionKind, keys_of, mean, nps
from .feedback_commands import AddAnswers, DeleteAnswers, EditAnswers, SetQuestions
from .feedback_dialogs import AnswersDialog, QuestionsDialog
from .goal_commands import StoreCommand
from .page import ProgramPage
from .prompts import Prompts
from .table_model import AnyIndex, HeaderedTableModel, table_view
from .text import counted
from .translations import format_date

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, PAIR, ROUND, DATE = range(4)
XLSX_FILTER = str(QT_TRANSLATE_NOOP("FeedbackPage", "Excel workbooks (*.xlsx)"))


def short_header(q: Question) -> str:
    """A column title for a question: its key as words ("recommend" -> "Recommend")."""
    return q.key.replace("_", " ").capitalize()


class FeedbackTableModel(HeaderedTableModel):
    """Rows of answers: the fixed columns, one per question, then the comment."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = []
        self._tips: list[str] = []
        self._rows: list[list[Any]] = []
        self._ids: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.DescendingOrder)

    def set_rows(
        self, headers: list[str], tips: list[str], rows: list[list[Any]], ids: list[int]
    ) -> None:
        self.beginResetModel()
        self._headers, self._tips, self._rows, self._ids = headers, tips, rows, ids
        self.endResetModel()
        self.sort(*self._sort)

    def row_total(self) -> int:
        return len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if column >= len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        pairs = sorted(
            zip(self._rows, self._ids, strict=True),
            key=lambda r: _sort_key(r[0][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [r for r, _ in pairs]
        self._ids = [i for _, i in pairs]
        self.layoutChanged.emit()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, dt.date):
                return format_date(value)
            return "" if value is None else str(value).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section] or None
        return super().headerData(section, orientation, role)


class FeedbackPage(ProgramPage):
    """The program's feedback answers. Reloads lazily: only when shown and stale."""

    watches = ("feedback", "surveys", "participants", "pairs")

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run_dialog, today, parent)
        self.setObjectName("feedbackPage")
        self._feedback: list[Feedback] = []
        self._questions: list[Question] = []
        self.round_filter = QComboBox()
        self.round_filter.setObjectName("feedbackRound")
        self.round_filter.setMinimumWidth(160)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_filter)
        self.scores = QLabel()
        self.scores.setObjectName("feedbackScores")
        self.add_button = QPushButton(self.tr("&Add Answers…"))
        self.add_button.setObjectName("addAnswers")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editAnswers")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteAnswers")
        self.questions_button = QPushButton(self.tr("Edit &Questions…"))
        self.questions_button.setObjectName("editQuestions")
        self.import_button = QPushButton(self.tr("&Import Survey Export…"))
        self.import_button.setObjectName("importSurvey")
        self.export_button = QPushButton(self.tr("E&xport Blank Survey…"))
        self.export_button.setObjectName("exportSurvey")
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_filter)
        top.addSpacing(16)
        top.addWidget(self.scores, 1)
        top.addWidget(self.questions_button)
        self.table_model = FeedbackTableModel()
        self.table = table_view(
            "feedbackTable",
            self.table_model,
            DATE,
            (),
            QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_answers())
        self.count_label = QLabel()
        self.count_label.setObjectName("feedbackCount")
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.round_filter.currentIndexChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_answers)
        self.edit_button.clicked.connect(self.edit_answers)
        self.delete_button.clicked.connect(self.delete_answers)
        self.questions_button.clicked.connect(self.edit_questions)
        self.import_button.clicked.connect(self.import_survey)
        self.export_button.clicked.connect(self.export_survey)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        self._feedback = self._store.feedback()
        self._questions = self._store.survey_questions()
        current = self.round_filter.currentData()
        self.round_filter.blockSignals(True)
        self.round_filter.clear()
        self.round_filter.addItem(self.tr("All rounds"), None)
        for name in self._store.feedback_rounds():
            self.round_filter.addItem(name, name)
        self.round_filter.setCurrentIndex(max(0, self.round_filter.findData(current)))
        self.round_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        chosen = self.round_filter.currentData()
        shown = [f for f in self._feedback if chosen is None or f.round == chosen]
        names = self._store.participant_names()
        pairs = {p.id: p for p in self._store.pairs()}
        questions = self._questions
        known = {q.key for q in questions}
        headers = [self.tr("Participant"), self.tr("Pair"), self.tr("Round"), self.tr("Date")]
        headers += [short_header(q) for q in questions] + [self.tr("Comment")]
        tips = ["", "", "", ""] + [f"{q.text} ({q.kind.label})" for q in questions] + [""]
        rows = []
        for f in shown:
            extra = {k: v for k, v in f.answers.items() if k not in known}
            comment = f.comment
            if extra:  # answers to questions removed since: still shown, beside the comment
                parts = [f"{k}: {v}" for k, v in extra.items()]
                comment = "; ".join([*parts, comment] if comment else parts)
            rows.append(
                [
                    names.get(f.participant_id, "?"),
                    _pair_name(pairs.get(f.pair_id), names) if f.pair_id else "",
                    f.round,
                    f.date,
                    *(f.answers.get(q.key) for q in questions),
                    comment,
                ]
            )
        self.table_model.set_rows(headers, tips, rows, [f.id or 0 for f in shown])
        for column, width in enumerate((170, 210, 100, 100)):
            self.table.setColumnWidth(column, width)
        for column in range(4, 4 + len(questions)):
            self.table.setColumnWidth(column, 92)
        self.count_label.setText(
            counted(len(shown), self.tr("%n answer sheet"), self.tr("%n answer sheets"))
        )
        self.scores.setText(self._scores(shown))
        self._selection_changed()

    def _scores(self, shown: Sequence[Feedback]) -> str:
        """The round's average satisfaction (mentees' 1–5 answers) and NPS."""
        scale = keys_of(self._questions, QuestionKind.SCALE, Audience.MENTEE)
        nps_keys = keys_of(self._questions, QuestionKind.NPS, Audience.MENTEE)
        ratings = [
            v for f in shown for k, v in f.answers.items() if k in scale and isinstance(v, int)
        ]
        scores = nps(
            v for f in shown for k, v in f.answers.items() if k in nps_keys and isinstance(v, int)
        )
        parts = []
        average = mean(ratings)
        if average is not None:
            parts.append(self.tr("Mentees' average rating: %1 / 5").replace("%1", f"{average:.1f}"))
        if scores.score is not None:
            parts.append(
                self.tr("Net Promoter Score: %1 (%2 answers)")
                .replace("%1", f"{scores.score:+.0f}")
                .replace("%2", str(scores.answers))
            )
        return "   ·   ".join(parts)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.table_model.data(index, ID_ROLE)) for index in rows]

    def _selection_changed(self, *_args: object) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    def select_id(self, feedback_id: int) -> None:
        """Select the row of one answer sheet (when shown)."""
        for row in range(self.table_model.rowCount()):
            index = self.table_model.index(row, 0)
            if self.table_model.data(index, ID_ROLE) == feedback_id:
                self.table.selectRow(row)
                return

    # -- writing ---------------------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> bool:
        self._undo.push(command)
        if isinstance(command, StoreCommand) and command.error:
            self._prompts.error(self, self.tr("Not saved"), command.error)
            return False
        return True

    def _answers_dialog(self, feedback: Feedback | None) -> AnswersDialog:
        today = self._today()
        names = self._store.participant_names()
        people = []
        for p in self._store.participants():
            if p.id is not None:
                role = self._store.survey_role(p.id)
                people.append((p.id, f"{names[p.id]} ({role.label.lower()})"))
        chosen = self.round_filter.currentData()
        rounds = self._store.feedback_rounds()
        if chosen:
            rounds = [chosen, *(r for r in rounds if r != chosen)]
        return AnswersDialog(
            people,
            rounds,
            self._store.questions_for,
            lambda f: self._store.feedback_problems(f, today, _kept(self._store, f)),
            self._store.open_pair_of,
            today,
            feedback,
            self,
        )

    def add_answers(self) -> None:
        dialog = self._answers_dialog(None)
        if self._run(dialog):
            command = AddAnswers(self._store, dialog.feedback(), self._today())
            if self._push(command) and command.feedback_id is not None:
                self.reload()
                self.select_id(command.feedback_id)

    def edit_answers(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = self._answers_dialog(self._store.feedback_entry(ids[0]))
        if self._run(dialog):
            self._push(EditAnswers(self._store, dialog.feedback(), self._today()))

    def delete_answers(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = counted(
            len(ids),
            self.tr("Delete this answer sheet? Edit ▸ Undo brings it back."),
            self.tr("Delete these %n answer sheets? Edit ▸ Undo brings them back."),
        )
        if self._prompts.confirm(self, self.tr("Delete Answers"), text, self.tr("Delete")):
            self._push(DeleteAnswers(self._store, ids))

    def edit_questions(self) -> None:
        dialog = QuestionsDialog(self._store.survey_questions(), self)
        if self._run(dialog):
            self._push(SetQuestions(self._store, dialog.questions()))

    def import_survey(self) -> None:
        """The roster's import wizard, with the survey's targets (matched by e-mail)."""
        from .import_wizard import ImportWizard
        from .survey_target import SurveyTarget

        target = SurveyTarget(self._store, self._today())
        wizard = ImportWizard(self._store, self._prompts, self, target)
        if self._run(wizard) and wizard.result_preview is not None:
            name = Path(wizard.file_page.path.text()).name
            self._push(target.command(wizard.result_preview, name, None))

    def export_survey(self) -> None:
        chosen = self.round_filter.currentData() or ""
        name = f"{self._store.program().name} feedback {chosen}".strip()
        path = self._prompts.save_any(
            self, self.tr("Export Blank Survey"), f"{name}.xlsx", self.tr(XLSX_FILTER)
        )
        if not path:
            return
        try:
            export_blank_survey(self._store, path, chosen)
        except FileProblem as exc:
            self._prompts.error(self, self.tr("Not saved"), str(exc))


def _sort_key(value: object) -> tuple[int, Any]:
    """Empty cells last; numbers, dates and texts each in their own order."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, int | dt.date):
        return (0, value)
    return (1, str(value).casefold())


def _kept(store: Store, feedback: Feedback) -> dict[str, int | str] | None:
    return store.feedback_entry(feedback.id).answers if feedback.id is not None else None


def _pair_name(pair: Pair | None, names: dict[int, str]) -> str:
    if pair is None:
        return ""
    return pair.name or " & ".join(names.get(m.participant_id, "?") for m in pair.members)
