"""The import wizard: pick a file, its sheets, what each column means, then see exactly what
will happen before anything is written. File ▸ Import Roster… runs it for a roster, the Feedback
page's Import Survey Export… for survey answers; a :class:`~.import_kind.WizardTarget` gives what
differs and holds the plan (model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..model.errors import FileProblem
from ..model.store import Store
from .import_kind import WizardTarget, wizard_tr
from .import_pages import MAPPING_FILTER, ColumnsPage, PreviewPage
from .participant_dialog import ErrorLabel
from .prompts import Prompts
from .roster_target import ROSTER_FILTER, RosterTarget, role_names, role_of

__all__ = ["ROSTER_FILTER", "ImportWizard"]


class ImportWizard(QWizard):
    """After ``exec()``, :attr:`result_preview` is what to import (or None): the target's
    preview, which :meth:`WizardTarget.command` turns into one undoable step."""

    FILE, SHEETS, COLUMNS, ANSWERS, PREVIEW = range(5)

    def __init__(
        self,
        store: Store,
        prompts: Prompts,
        parent: QWidget | None = None,
        kind: WizardTarget[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind: WizardTarget[Any] = kind if kind is not None else RosterTarget(store)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.kind.wording.window_title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, wizard_tr("&Import"))
        self.resize(900, 620)
        self.store = store
        self.prompts = prompts
        self.mapping_path: Path | None = None
        self.result_preview: Any = None
        self.file_page = FilePage(self)
        self.sheets_page = SheetsPage(self)
        self.columns_page = ColumnsPage(self)
        self.answers_page = self.kind.value_page(self)
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
        if self.currentId() == self.COLUMNS and not self.answers_page.has_values():
            return self.PREVIEW
        return super().nextId()

    def accept(self) -> None:
        self.result_preview = self.preview_page.result
        super().accept()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        wording = wizard.kind.wording
        self.setTitle(wording.file_title)
        self.setSubTitle(wording.file_subtitle)
        self.path = QLineEdit()
        self.path.setObjectName("rosterPath")
        self.path.setPlaceholderText(wording.placeholder)
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
        self.mapping_button.setVisible(wizard.kind.uses_mappings)
        layout.addLayout(mapping_row)
        layout.addStretch()

    def _browse(self) -> None:
        wording = self.w.kind.wording
        chosen = self.w.prompts.open_any(self, wording.window_title, "", wording.file_filter)
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
            self.w.kind.read(Path(self.path.text().strip()), self.w.mapping_path)
        except FileProblem as exc:
            self.error.show_problem(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.show_problem(None)
        return True


class SheetsPage(QWizardPage):
    INCLUDE, NAME, ROWS, ROLE, HEADER = range(5)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Sheets"))
        self.setSubTitle(wizard.kind.wording.sheets_subtitle)
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
        self.table.setColumnHidden(self.ROLE, not wizard.kind.sheet_roles)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        # One sheet at a time: its tick is a radio button, choosing another unticks it.
        self.choice = QButtonGroup(self)
        self.choice.setExclusive(True)
        self.hidden_note = QLabel()
        # Why Next is greyed out when the guesses ticked nothing (a CSV of something else).
        self.nothing_note = QLabel(
            wizard_tr(
                "No sheet was ticked: none has a column MentorDesk recognises as names or "
                "e-mail addresses. Tick the sheet to import; on the next page you say what "
                "each column holds."
            )
        )
        self.nothing_note.setObjectName("nothingTicked")
        self.nothing_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nothing_note)
        layout.addWidget(self.table)
        layout.addWidget(self.hidden_note)

    def initializePage(self) -> None:
        kind, workbook = self.w.kind, self.w.kind.workbook
        assert workbook is not None
        sheets = kind.sheets()
        for button in self.choice.buttons():
            self.choice.removeButton(button)
        self.table.setRowCount(len(sheets))
        for row, sheet in enumerate(sheets):
            include: QAbstractButton = QRadioButton() if kind.one_sheet else QCheckBox()
            include.setChecked(sheet.include)
            if kind.one_sheet:
                self.choice.addButton(include)
            include.toggled.connect(lambda on, r=row: self._include(r, on))
            self.table.setCellWidget(row, self.INCLUDE, include)
            self.table.setItem(row, self.NAME, QTableWidgetItem(sheet.name))
            self.table.setItem(row, self.ROWS, QTableWidgetItem(str(sheet.data_rows)))
            if kind.sheet_roles:
                role = QComboBox()
                for label, value in role_names():
                    role.addItem(label, value.value if value else None)
                role.setCurrentIndex(
                    role.findData(sheet.role.value) if sheet.role else role.count() - 1
                )
                role.currentIndexChanged.connect(lambda _i, r=row: self.role_of(r))
                self.table.setCellWidget(row, self.ROLE, role)
            header = QSpinBox()
            header.setRange(1, max(1, sheet.total_rows))
            header.setValue(sheet.header_row + 1)
            header.valueChanged.connect(lambda value, r=row: self._header(r, value))
            self.table.setCellWidget(row, self.HEADER, header)
        self._show_nothing_note()
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
        self.w.kind.include(row, on)
        self._show_nothing_note()
        self.completeChanged.emit()

    def _show_nothing_note(self) -> None:
        self.nothing_note.setVisible(not any(s.include for s in self.w.kind.sheets()))

    def role_of(self, row: int) -> None:
        combo = self.widget(row, self.ROLE)
        assert isinstance(combo, QComboBox)
        self.w.kind.set_role(row, role_of(combo.currentData()))

    def _header(self, row: int, value: int) -> None:
        self.w.kind.set_header(row, value - 1)
        sheet = self.w.kind.sheets()[row]
        self.table.setItem(row, self.ROWS, QTableWidgetItem(str(sheet.data_rows)))

    def isComplete(self) -> bool:
        return self.w.kind.workbook is not None and any(s.include for s in self.w.kind.sheets())
