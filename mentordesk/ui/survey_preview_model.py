"""The survey import's preview table: each answer sheet as it will be stored (a participant's
answers to one round), each problem at its cell; a rejected row shows what the file says."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ..model.roster_import import column_letter
from ..model.roster_values import Cell, text_of
from ..model.sheets import Workbook
from ..model.survey_import import (
    COMMENT,
    DATE,
    EMAIL,
    QUESTION,
    ROUND,
    Action,
    Outcome,
    SurveyPlan,
    SurveyPreview,
)
from ..model.surveys import Question
from .table_model import AnyIndex, OutcomesModel

ROW, ACTION, NOTES, NAME, EMAIL_COL, ROUND_COL, DATE_COL = range(7)
FIRST_ANSWER = 7
_PROBLEM = QColor(255, 205, 210)
_SKIPPED = QColor(235, 235, 235)
#: What each fixed column shows, by its target (the name column has none).
_FIXED = {EMAIL_COL: EMAIL, ROUND_COL: ROUND, DATE_COL: DATE}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyPreviewModel", text)


def action_label(action: Action) -> str:
    return {
        Action.NEW: _tr("New"),
        Action.SKIP: _tr("Skipped"),
        Action.REJECT: _tr("Rejected"),
    }[action]


def short_header(q: Question) -> str:
    """A column title for a question: its key as words ("recommend" -> "Recommend")."""
    return q.key.replace("_", " ").capitalize()


class SurveyPreviewModel(OutcomesModel):
    def __init__(self) -> None:
        super().__init__()
        self._targets: list[str] = []  # the target of each column from FIRST_ANSWER on
        self._tips: list[str] = []
        self._letters: dict[str, str] = {}  # column letter in the file -> target
        self._where: dict[str, int] = {}  # target -> index of its column in the file
        self._rows: Sequence[Sequence[Cell]] = []
        self._round = ""
        self._headers = []

    def set_preview(
        self,
        result: SurveyPreview,
        plan: SurveyPlan,
        workbook: Workbook,
        questions: Sequence[Question],
    ) -> None:
        self.beginResetModel()
        self._keep(result.outcomes, Action.REJECT)
        by_key = {q.key: q for q in questions}
        chosen = [c.target for c in plan.columns if c.target]
        answers = [
            t for t in chosen if t.startswith(QUESTION) and t.removeprefix(QUESTION) in by_key
        ]
        self._targets = answers + ([COMMENT] if COMMENT in chosen else [])
        self._headers = [
            _tr("Row"),
            _tr("What happens"),
            _tr("Why"),
            _tr("Participant"),
            _tr("E-mail"),
            _tr("Round"),
            _tr("Date"),
        ]
        self._tips = [""] * FIRST_ANSWER
        for t in self._targets:
            if t == COMMENT:
                self._headers.append(_tr("Comment"))
                self._tips.append("")
            else:
                q = by_key[t.removeprefix(QUESTION)]
                self._headers.append(short_header(q))
                self._tips.append(q.text)
        self._letters = {column_letter(c.index): c.target for c in plan.columns if c.target}
        self._where = {c.target: c.index for c in plan.columns if c.target}
        self._rows = next(s for s in workbook.visible() if s.name == plan.sheet).rows
        self._round = plan.round.strip()
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section] or None
        return super().headerData(section, orientation, role)

    def _target(self, col: int) -> str:
        if col >= FIRST_ANSWER:
            return self._targets[col - FIRST_ANSWER]
        return _FIXED.get(col, "")

    def problems_at(self, row: int, col: int) -> list[str]:
        """The problems of a row that belong to a column of the table."""
        target = self._target(col)
        o = self._outcomes[row]
        if not target or o.action is Action.SKIP:
            return []
        return [p.message for p in o.problems if p.column and self._letters.get(p.column) == target]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._outcomes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(o, col).replace("\n", " ")
        problems = self.problems_at(index.row(), col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            if col == NOTES or col >= FIRST_ANSWER:
                return self._display(o, col) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems or (col == ACTION and o.action is Action.REJECT):
                return _PROBLEM
            if col == ACTION and o.action is Action.SKIP:
                return _SKIPPED
        return None

    def _display(self, o: Outcome, col: int) -> str:
        if col == ROW:
            return f"{o.sheet} {o.row}"
        if col == ACTION:
            return action_label(o.action)
        if col == NOTES:
            return " ".join(o.reasons)
        if col == EMAIL_COL:
            return o.email
        if col == NAME:
            return o.name
        f = o.feedback
        if f is not None and o.action is not Action.REJECT:
            if col == ROUND_COL:
                return f.round
            if col == DATE_COL:
                return f.date.isoformat()
            target = self._target(col)
            if target == COMMENT:
                return f.comment
            return str(f.answers.get(target.removeprefix(QUESTION), ""))
        # Rejected: what the file says, so the problem can be seen where it is.
        raw = self._raw(o, self._target(col))
        return raw or (self._round if col == ROUND_COL else "")

    def _raw(self, o: Outcome, target: str) -> str:
        index = self._where.get(target)
        row = self._rows[o.row - 1] if 0 < o.row <= len(self._rows) else []
        return text_of(row[index]) if index is not None and index < len(row) else ""
