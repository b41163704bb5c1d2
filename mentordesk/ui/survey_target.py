"""The import wizard bringing in a survey export's answers (Feedback ▸ Import Survey Export…):
e-mail, round, date, comment and one target per question of the program's questionnaire;
one sheet; a page for the round; answers already given to a round are skipped. All decisions
live in a SurveyPlan (model), on the same engine as the roster import."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..model.roster_import import column_letter
from ..model.sheets import read_workbook
from ..model.store import Store
from ..model.survey_import import (
    ROUND,
    Action,
    SurveyPlan,
    SurveyPreview,
    find_survey_header,
    guess_survey_plan,
    preview_survey,
    target_label,
    targets,
)
from ..model.survey_results import answers_in_words, rounds_named, write_rejected_answers
from .import_kind import (
    OneSheetTarget,
    Progress,
    ValuesPage,
    Wording,
    wizard_tr,
)
from .survey_preview_model import SurveyPreviewModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

SURVEY_FILTER = str(
    QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)",
    )
)


class SurveyTarget(OneSheetTarget[SurveyPreview]):
    widest_column = 190  # room for the answers, one column per question

    def __init__(self, store: Store, today: dt.date) -> None:
        super().__init__(store)
        self.today = today
        self.questions = store.survey_questions()
        self.plan: SurveyPlan | None = None
        self.round = ""
        self._model = SurveyPreviewModel()
        self.wording = Wording(
            window_title=wizard_tr("Import survey answers"),
            file_title=wizard_tr("Choose the survey export"),
            file_subtitle=wizard_tr(
                "The answers to the feedback survey: a Microsoft Forms or Google Forms export, "
                "or the blank survey sheet filled in (.xlsx or .csv). Each answer sheet is "
                "matched to a participant by e-mail. Nothing is imported until the last step."
            ),
            placeholder=wizard_tr("Choose a .xlsx or .csv file with the answers…"),
            file_filter=wizard_tr(SURVEY_FILTER),
            sheets_subtitle=wizard_tr(
                "Choose the sheet with the answers, and on which row the column titles are "
                "(rows above it are skipped)."
            ),
            columns_subtitle=wizard_tr(
                "What each column holds: the e-mail address, the round, when it was sent, and "
                "which question of the questionnaire each answer belongs to. MentorDesk guessed "
                "from the titles; change any guess, or choose “Ignore”."
            ),
            preview_subtitle=wizard_tr(
                "Each answer sheet as it will be stored, matched to a participant by e-mail; "
                "point at a red cell to see what is wrong. Nothing is written until you press "
                "Import; Edit ▸ Undo takes it all back."
            ),
            nothing=wizard_tr(
                "Nothing to import: every answer sheet in this file is already in the program "
                "or was rejected."
            ),
        )

    def current_plan(self) -> SurveyPlan:
        assert self.plan is not None
        return self.plan

    def read(self, path: Path, mapping: Path | None) -> None:
        workbook = read_workbook(path)
        plan = guess_survey_plan(workbook, self.questions)
        plan.round = self.round
        self.headers = [
            plan.header_row if s.name == plan.sheet else find_survey_header(s, self.questions)
            for s in workbook.visible()
        ]
        self.workbook, self.plan = workbook, plan

    def _replan(self, sheet: int) -> None:
        assert self.workbook is not None
        name = self._visible()[sheet].name
        plan = guess_survey_plan(self.workbook, self.questions, name, self.headers[sheet])
        plan.round = self.round
        self.plan = plan

    def targets(self) -> list[tuple[str, str]]:
        return [(t, target_label(t, self.questions)) for t in targets(self.questions)]

    def columns_problem(self) -> str | None:
        # The round may still be chosen for the whole file on the next page.
        return dataclasses.replace(self.current_plan(), round="?").problem()

    def set_round(self, text: str) -> None:
        self.round = text.strip()
        self.current_plan().round = self.round

    def value_page(self, wizard: ImportWizard) -> ValuesPage:
        return RoundPage(self)

    def preview_model(self) -> SurveyPreviewModel:
        return self._model

    def preview(self, progress: Progress | None) -> SurveyPreview:
        assert self.workbook is not None
        plan = self.current_plan()
        result = preview_survey(self.store, self.workbook, plan, self.today)
        self._model.set_preview(result, plan, self.workbook, self.questions)
        return result

    def summary(self, result: SurveyPreview) -> str:
        return result.summary()

    def can_import(self, result: SurveyPreview) -> bool:
        return result.count(Action.NEW) > 0

    def has_rejected(self, result: SurveyPreview) -> bool:
        return bool(result.rejected)

    def write_rejected(self, result: SurveyPreview, path: Path) -> None:
        write_rejected_answers(result, path)

    def command(
        self, result: SurveyPreview, file_name: str, progress: Progress | None
    ) -> QUndoCommand:
        from .feedback_commands import ImportAnswers

        return ImportAnswers(self.store, result.entries, self.today)


class RoundPage(ValuesPage):
    """The round of the answers (for the whole file, or where the round column is blank),
    and how answers written in words are read."""

    def __init__(self, target: SurveyTarget) -> None:
        super().__init__()
        self.target = target
        self.setTitle(wizard_tr("Round and answers"))
        self.setSubTitle(
            wizard_tr(
                "Which feedback round these answers belong to. Someone's answers to a round are "
                "imported once: a round they have already answered is left as it is."
            )
        )
        self.explained = QLabel()
        self.explained.setObjectName("roundExplained")
        self.explained.setWordWrap(True)
        self.round = QComboBox()
        self.round.setObjectName("surveyRound")
        self.round.setEditable(True)
        self.round.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.round.addItems(["", *target.store.feedback_rounds()])
        editor = self.round.lineEdit()
        assert editor is not None
        editor.setPlaceholderText(wizard_tr("Choose or type a round"))
        self.round.currentTextChanged.connect(self._round_changed)
        self.round_label = QLabel()
        self.round_label.setBuddy(self.round)
        self.words_label = QLabel(
            wizard_tr("Answers written in words, and the number each is read as:")
        )
        self.words = QTableWidget(0, 2)
        self.words.setObjectName("answersInWords")
        self.words.setHorizontalHeaderLabels([wizard_tr("Answer"), wizard_tr("Read as")])
        self.words.verticalHeader().setVisible(False)
        header = self.words.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(self.round_label, self.round)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explained)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.words_label)
        layout.addWidget(self.words, 1)
        layout.addStretch()

    def initializePage(self) -> None:
        target = self.target
        plan = target.current_plan()
        assert target.workbook is not None
        index = plan.index(ROUND)
        if index is None:
            self.explained.setText(
                wizard_tr(
                    "The file has no column naming the round: every answer in it belongs to "
                    "the round chosen here."
                )
            )
            self.round_label.setText(wizard_tr("&Round of every answer:"))
        else:
            found = rounds_named(target.workbook, plan)
            header = next(c.header for c in plan.columns if c.index == index)
            self.explained.setText(
                wizard_tr("Column %1 (“%2”) names the round of each answer: %3.")
                .replace("%1", column_letter(index))
                .replace("%2", header.replace("\n", " ").strip())
                .replace("%3", ", ".join(f"{name} ({n})" for name, n in found.items()) or "—")
            )
            self.round_label.setText(wizard_tr("&Round where that column is blank:"))
        self.round.setCurrentText(target.round)
        words = answers_in_words(target.workbook, plan, target.questions)
        self.words.setRowCount(len(words))
        for row, (text, value) in enumerate(words):
            shown = str(value) if value is not None else wizard_tr("not a number: rejected")
            for col, cell in enumerate((text, shown)):
                item = QTableWidgetItem(cell)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.words.setItem(row, col, item)
        for widget in (self.words_label, self.words):
            widget.setVisible(bool(words))
        self.completeChanged.emit()

    def _round_changed(self, text: str) -> None:
        if self.target.plan is not None:
            self.target.set_round(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.target.plan
        return plan is not None and plan.problem() is None
