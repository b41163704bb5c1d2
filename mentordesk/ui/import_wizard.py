"""File ▸ Import roster…: pick a file, its sheets, what each column means, then see exactly
what will happen before anything is written. All decisions live in an ImportPlan (model)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..model.errors import FileProblem
from ..model.roster_import import Preview
from ..model.roster_plan import (
    ImportPlan,
    apply_mapping,
    guess_plan,
    guess_sheet,
    load_mapping,
)
from ..model.sheets import Workbook, read_workbook
from ..model.store import Store
from .import_pages import (
    MAPPING_FILTER,
    AnswersPage,
    ColumnsPage,
    PreviewPage,
    role_names,
    role_of,
    wizard_tr,
)
from .participant_dialog import ErrorLabel
from .prompts import Prompts

ROSTER_FILTER = "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"


class ImportWizard(QWizard):
    """After ``exec()``, :attr:`result_preview` is what to import (or None)."""

    FILE, SHEETS, COLUMNS, ANSWERS, PREVIEW = range(5)

    def __init__(self, store: Store, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(wizard_tr("Import roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, wizard_tr("&Import"))
        self.resize(900, 620)
        self.store = store
        self.prompts = prompts
        self.workbook: Workbook | None = None
        self.plan: ImportPlan | None = None
        self.mapping_path: Path | None = None
        self.result_preview: Preview | None = None
        self.file_page = FilePage(self)
        self.sheets_page = SheetsPage(self)
        self.columns_page = ColumnsPage(self)
        self.answers_page = AnswersPage(self)
        self.preview_page = PreviewPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.sheets_page,
                self.columns_page,
                self.answers_page,
                self.preview_page,
            )
        ):
            self.setPage(page_id, page)

    def nextId(self) -> int:
        if self.currentId() == self.COLUMNS and not self.answers_page.has_answers():
            return self.PREVIEW
        return super().nextId()

    def accept(self) -> None:
        self.result_preview = self.preview_page.result
        super().accept()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Choose the roster"))
        self.setSubTitle(
            wizard_tr(
                "An Excel workbook or a CSV file: a sign-up sheet, or the answers of a Microsoft "
                "Forms or Google Forms survey. Nothing is imported until the last step."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("rosterPath")
        self.path.setPlaceholderText(wizard_tr("Choose a .xlsx or .csv file…"))
        self.path.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(wizard_tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.mapping_button = QPushButton(wizard_tr("Use a saved &mapping…"))
        self.mapping_button.clicked.connect(self._choose_mapping)
        self.mapping_label = QLabel()
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_button)
        mapping_row.addWidget(self.mapping_label, 1)
        layout.addLayout(mapping_row)
        layout.addStretch()

    def _browse(self) -> None:
        chosen = self.w.prompts.open_any(
            self, wizard_tr("Import roster"), "", wizard_tr(ROSTER_FILTER)
        )
        if chosen:
            self.path.setText(chosen)

    def _choose_mapping(self) -> None:
        chosen = self.w.prompts.open_any(
            self, wizard_tr("Use a saved mapping"), "", wizard_tr(MAPPING_FILTER)
        )
        if chosen:
            self.w.mapping_path = Path(chosen)
            self.mapping_label.setText(Path(chosen).name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workbook = read_workbook(Path(self.path.text().strip()))
            plan = guess_plan(workbook)
            if self.w.mapping_path is not None:
                plan = apply_mapping(plan, workbook, load_mapping(self.w.mapping_path))
        except FileProblem as exc:
            self.error.show_problem(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.show_problem(None)
        self.w.workbook, self.w.plan = workbook, plan
        return True


class SheetsPage(QWizardPage):
    INCLUDE, NAME, ROWS, ROLE, HEADER = range(5)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Sheets"))
        self.setSubTitle(
            wizard_tr(
                "Tick the sheets to import, say who is on each, and on which row the column "
                "titles are (rows above it are skipped)."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sheetsTable")
        self.table.setHorizontalHeaderLabels(
            [
                wizard_tr("Import"),
                wizard_tr("Sheet"),
                wizard_tr("Rows"),
                wizard_tr("Who is on it"),
                wizard_tr("Titles on row"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.hidden_note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hidden_note)

    def initializePage(self) -> None:
        workbook, plan = self.w.workbook, self.w.plan
        assert workbook is not None and plan is not None
        self.table.setRowCount(len(plan.sheets))
        for row, (sp, sheet) in enumerate(zip(plan.sheets, workbook.visible(), strict=True)):
            include = QCheckBox()
            include.setChecked(sp.include)
            include.toggled.connect(lambda on, r=row: self._include(r, on))
            role = QComboBox()
            for label, value in role_names():
                role.addItem(label, value.value if value else None)
            role.setCurrentIndex(role.findData(sp.role.value) if sp.role else role.count() - 1)
            role.currentIndexChanged.connect(lambda _i, r=row: self.role_of(r))
            header = QSpinBox()
            header.setRange(1, max(1, len(sheet.rows)))
            header.setValue(sp.header_row + 1)
            header.valueChanged.connect(lambda value, r=row: self._header(r, value))
            self.table.setCellWidget(row, self.INCLUDE, include)
            self.table.setItem(row, self.NAME, QTableWidgetItem(sp.name))
            rows = max(0, len(sheet.rows) - sp.header_row - 1)
            self.table.setItem(row, self.ROWS, QTableWidgetItem(str(rows)))
            self.table.setCellWidget(row, self.ROLE, role)
            self.table.setCellWidget(row, self.HEADER, header)
        hidden = len(workbook.sheets) - len(workbook.visible())
        self.hidden_note.setText(
            wizard_tr("%n hidden sheet(s) are not imported.").replace("%n", str(hidden))
            if hidden
            else ""
        )

    def widget(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def _include(self, row: int, on: bool) -> None:
        assert self.w.plan is not None
        self.w.plan.sheets[row].include = on
        self.completeChanged.emit()

    def role_of(self, row: int) -> None:
        assert self.w.plan is not None
        combo = self.widget(row, self.ROLE)
        assert isinstance(combo, QComboBox)
        self.w.plan.sheets[row].role = role_of(combo.currentData())

    def _header(self, row: int, value: int) -> None:
        plan, workbook = self.w.plan, self.w.workbook
        assert plan is not None and workbook is not None
        old = plan.sheets[row]
        new = guess_sheet(workbook.visible()[row], old.role, value - 1)
        new.include, new.role = old.include, old.role
        plan.sheets[row] = new
        rows = max(0, len(workbook.visible()[row].rows) - value)
        self.table.setItem(row, self.ROWS, QTableWidgetItem(str(rows)))

    def isComplete(self) -> bool:
        return self.w.plan is not None and any(s.include for s in self.w.plan.sheets)
