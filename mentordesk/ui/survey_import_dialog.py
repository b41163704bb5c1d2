"""Feedback ▸ Import Survey Export…: a Microsoft Forms or Google Forms export (or the blank
survey sheet filled in) read with the roster import's engine, its columns mapped, every row
previewed before anything is written. All decisions live in a SurveyPlan (model).

A compact dialog rather than the roster wizard's pages: those pages are bound to the roster's
targets (names, roles, capacities); the reading, header and column guessing, row problems and
one-transaction write are the shared engine underneath.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.errors import FileProblem
from ..model.roster_import import column_letter
from ..model.roster_values import text_of
from ..model.sheets import Workbook, read_workbook
from ..model.store import Store
from ..model.survey_import import (
    Action,
    SurveyPlan,
    SurveyPreview,
    guess_survey_plan,
    preview_survey,
    target_label,
    targets,
)
from .feedback_dialogs import buddy_label
from .participant_dialog import ErrorLabel
from .prompts import Prompts

SURVEY_FILTER = "Survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
_REJECTED = QColor("#fde0dc")
_SKIPPED = QColor("#eeeeee")


class SurveyImportDialog(QDialog):
    """After it is accepted, :attr:`result_preview` holds the answers to import."""

    LETTER, HEADER, EXAMPLES, TARGET = range(4)
    ROW, EMAIL, NAME, ROUND, DATE, ANSWERS, STATUS = range(7)

    def __init__(
        self,
        store: Store,
        prompts: Prompts,
        today: dt.date,
        rounds: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyImportDialog")
        self.setWindowTitle(self.tr("Import Survey Export"))
        self.resize(1000, 700)
        self.store, self.prompts, self.today = store, prompts, today
        self.questions = store.survey_questions()
        self.workbook: Workbook | None = None
        self.plan: SurveyPlan | None = None
        self.result_preview: SurveyPreview | None = None

        self.path = QLineEdit()
        self.path.setObjectName("surveyPath")
        self.path.setPlaceholderText(self.tr("A .xlsx or .csv export of the survey's answers"))
        self.path.returnPressed.connect(self.read_file)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.error = ErrorLabel()
        self.error.setObjectName("surveyError")
        self.sheet = QComboBox()
        self.sheet.setObjectName("surveySheet")
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("surveyHeaderRow")
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.round = QComboBox()
        self.round.setObjectName("surveyRound")
        self.round.setEditable(True)
        self.round.addItems(["", *rounds])
        editor = self.round.lineEdit()
        assert editor is not None
        editor.setPlaceholderText(self.tr("from the Round column"))
        self.round.currentTextChanged.connect(self._round_changed)

        self.columns = QTableWidget(0, 4)
        self.columns.setObjectName("surveyColumns")
        self.columns.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Title in the file"),
                self.tr("Examples"),
                self.tr("Goes to"),
            ]
        )
        self.preview_table = QTableWidget(0, 7)
        self.preview_table.setObjectName("surveyPreview")
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("E-mail"),
                self.tr("Participant"),
                self.tr("Round"),
                self.tr("Date"),
                self.tr("Answers"),
                self.tr("What happens"),
            ]
        )
        for table in (self.columns, self.preview_table):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for col, width in ((self.LETTER, 60), (self.HEADER, 330), (self.EXAMPLES, 230)):
            self.columns.setColumnWidth(col, width)
        for col, width in ((self.ROW, 45), (self.EMAIL, 190), (self.NAME, 140), (self.ROUND, 95)):
            self.preview_table.setColumnWidth(col, width)
        self.preview_table.setColumnWidth(self.DATE, 90)
        self.preview_table.setColumnWidth(self.ANSWERS, 200)
        self.summary = QLabel()
        self.summary.setObjectName("surveySummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("surveyImport")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(buddy_label(self.tr("&File:"), self.path))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        options = QHBoxLayout()
        options.addWidget(buddy_label(self.tr("&Sheet:"), self.sheet))
        options.addWidget(self.sheet, 1)
        options.addSpacing(12)
        options.addWidget(buddy_label(self.tr("&Titles on row:"), self.header_row))
        options.addWidget(self.header_row)
        options.addSpacing(12)
        options.addWidget(buddy_label(self.tr("&Round of every answer:"), self.round))
        options.addWidget(self.round, 1)
        columns_box = QGroupBox(self.tr("What each column holds (guessed from the titles)"))
        QVBoxLayout(columns_box).addWidget(self.columns)
        preview_box = QGroupBox(
            self.tr("Check before importing: matched to participants by e-mail")
        )
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_table)
        preview_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(columns_box)
        splitter.addWidget(preview_box)
        splitter.setSizes([260, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # -- the file --------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen = self.prompts.open_any(
            self, self.tr("Import Survey Export"), "", self.tr(SURVEY_FILTER)
        )
        if chosen:
            self.path.setText(chosen)
            self.read_file()

    def read_file(self) -> bool:
        """Read the chosen file and guess its plan; False (and the reason shown) if it cannot."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workbook = read_workbook(Path(self.path.text().strip()))
        except FileProblem as exc:
            self.workbook = self.plan = self.result_preview = None
            self.error.show_problem(str(exc))
            self._show_plan()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.show_problem(None)
        self.workbook = workbook
        self.plan = guess_survey_plan(workbook, self.questions)
        self.plan.round = self.round.currentText().strip()
        self._show_plan()
        return True

    def _sheet_changed(self) -> None:
        if self.workbook is None or self.plan is None or self.sheet.currentIndex() < 0:
            return
        name = self.sheet.currentText()
        if name != self.plan.sheet:
            self._replan(guess_survey_plan(self.workbook, self.questions, name))

    def _header_changed(self, value: int) -> None:
        if self.workbook is None or self.plan is None or value - 1 == self.plan.header_row:
            return
        self._replan(guess_survey_plan(self.workbook, self.questions, self.plan.sheet, value - 1))

    def _round_changed(self, text: str) -> None:
        if self.plan is not None:
            self.plan.round = text.strip()
            self._refresh()

    def _replan(self, plan: SurveyPlan) -> None:
        plan.round = self.round.currentText().strip()
        self.plan = plan
        self._show_plan()

    # -- the columns -----------------------------------------------------------------------

    def _show_plan(self) -> None:
        plan, workbook = self.plan, self.workbook
        for widget in (self.sheet, self.header_row):
            widget.blockSignals(True)
        self.sheet.clear()
        self.columns.setRowCount(0)
        if plan is None or workbook is None:
            for widget in (self.sheet, self.header_row):
                widget.blockSignals(False)
            self._refresh()
            return
        sheet = next(s for s in workbook.visible() if s.name == plan.sheet)
        self.sheet.addItems([s.name for s in workbook.visible()])
        self.sheet.setCurrentText(plan.sheet)
        self.header_row.setMaximum(max(1, len(sheet.rows)))
        self.header_row.setValue(plan.header_row + 1)
        for widget in (self.sheet, self.header_row):
            widget.blockSignals(False)
        data = sheet.rows[plan.header_row + 1 :]
        self.columns.setRowCount(len(plan.columns))
        for row, column in enumerate(plan.columns):
            examples = [text_of(r[column.index]) for r in data if column.index < len(r)]
            shown = [e.replace("\n", " ") for e in examples if e][:3]
            for col, text in (
                (self.LETTER, column_letter(column.index)),
                (self.HEADER, column.header.replace("\n", " ")),
                (self.EXAMPLES, " · ".join(shown)),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.columns.setItem(row, col, item)
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for target in targets(self.questions):
                combo.addItem(target_label(target, self.questions), target)
            combo.setCurrentIndex(max(0, combo.findData(column.target)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._choose(r, c))
            self.columns.setCellWidget(row, self.TARGET, combo)
        self._refresh()

    def target_combo(self, row: int) -> QComboBox:
        widget = self.columns.cellWidget(row, self.TARGET)
        assert isinstance(widget, QComboBox)
        return widget

    def _choose(self, row: int, combo: QComboBox) -> None:
        assert self.plan is not None
        target = combo.currentData()
        self.plan.columns[row].target = target
        if target:  # one column per target: the one chosen last wins
            for other_row, other in enumerate(self.plan.columns):
                if other_row != row and other.target == target:
                    other.target = None
                    widget = self.target_combo(other_row)
                    widget.blockSignals(True)
                    widget.setCurrentIndex(0)
                    widget.blockSignals(False)
        self._refresh()

    # -- the preview -----------------------------------------------------------------------

    def _refresh(self) -> None:
        self.result_preview = None
        self.preview_table.setRowCount(0)
        problem = self.plan.problem() if self.plan else None
        if self.plan is None or self.workbook is None:
            self.summary.setText(self.tr("Choose the file with the survey's answers."))
        elif problem:
            self.summary.setText(problem)
        else:
            self.result_preview = preview_survey(self.store, self.workbook, self.plan, self.today)
            self._fill_preview(self.result_preview)
            self.summary.setText(self.result_preview.summary())
        new = self.result_preview.count(Action.NEW) if self.result_preview else 0
        self.import_button.setEnabled(new > 0)

    def _fill_preview(self, result: SurveyPreview) -> None:
        labels = {q.key: q.key for q in self.questions}
        self.preview_table.setRowCount(len(result.outcomes))
        for row, o in enumerate(result.outcomes):
            f = o.feedback
            answers = (
                ", ".join(f"{labels.get(k, k)} {v}" for k, v in f.answers.items()) if f else ""
            )
            status = {
                Action.NEW: self.tr("Import"),
                Action.SKIP: self.tr("Skip: ") + "; ".join(o.reasons),
                Action.REJECT: self.tr("Rejected: ") + "; ".join(o.reasons),
            }[o.action]
            values = (
                str(o.row),
                o.email,
                o.name,
                f.round if f else "",
                f.date.isoformat() if f else "",
                answers,
                status,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if o.action is Action.REJECT:
                    item.setBackground(QBrush(_REJECTED))
                elif o.action is Action.SKIP:
                    item.setBackground(QBrush(_SKIPPED))
                self.preview_table.setItem(row, col, item)

    def accept(self) -> None:
        if self.result_preview is not None and self.result_preview.entries:
            super().accept()
