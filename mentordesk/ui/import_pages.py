"""The import wizard's later pages: what each column holds and the preview of exactly what
will be written. What they list and do comes from the wizard's :class:`~.import_kind.WizardTarget`
(a roster, or a survey export); the page about answers is the target's own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ..model.errors import FileProblem
from ..model.roster_import import column_letter
from .import_kind import wizard_tr
from .participant_dialog import ErrorLabel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

MAPPING_FILTER = str(QT_TRANSLATE_NOOP("ImportWizard", "Import mappings (*.json)"))
#: Rosters with this many rows show a progress bar while every row is checked (about 1 s).
PROGRESS_ROWS = 10_000


class ColumnsPage(QWizardPage):
    LETTER, HEADER, EXAMPLES, FIELD = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Columns"))
        self.setSubTitle(wizard.kind.wording.columns_subtitle)
        self.sheet = QComboBox()
        self.sheet.setObjectName("columnsSheet")
        self.sheet.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("columnsTable")
        self.table.setHorizontalHeaderLabels(
            [
                wizard_tr("Column"),
                wizard_tr("Title in the file"),
                wizard_tr("Examples"),
                wizard_tr("Goes to"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((self.LETTER, 60), (self.HEADER, 260), (self.EXAMPLES, 300)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.warning = ErrorLabel()
        self.warning.setObjectName("columnsWarning")
        save = QPushButton(wizard_tr("&Save this mapping…"))
        save.clicked.connect(self._save_mapping)
        save.setVisible(wizard.kind.uses_mappings)
        top = QFormLayout()
        top.addRow(wizard_tr("&Sheet:"), self.sheet)
        bottom = QHBoxLayout()
        bottom.addWidget(self.warning, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for index, sheet in enumerate(self.w.kind.sheets()):
            if sheet.include:
                self.sheet.addItem(sheet.name, index)
        self.sheet.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        if self.w.kind.workbook is None or self.sheet.currentIndex() < 0:
            return
        columns = self.w.kind.columns(int(self.sheet.currentData()))
        targets = self.w.kind.targets()
        self.table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            for col, text in (
                (self.LETTER, column_letter(column.index)),
                (self.HEADER, column.header.replace("\n", " ")),
                (self.EXAMPLES, " · ".join(column.examples)),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.addItem(wizard_tr("Ignore"), None)
            for value, label in targets:
                combo.addItem(label, value)
            if column.target is not None:
                combo.setCurrentIndex(max(0, combo.findData(column.target)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._choose(r, c))
            self.table.setCellWidget(row, self.FIELD, combo)
        self._check()

    def target_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, self.FIELD)
        assert isinstance(widget, QComboBox)
        return widget

    def _choose(self, row: int, combo: QComboBox) -> None:
        sheet = int(self.sheet.currentData())
        for other_row in self.w.kind.set_target(sheet, row, combo.currentData() or None):
            widget = self.target_combo(other_row)
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self._check()

    def _check(self) -> None:
        self.warning.show_problem(self.w.kind.columns_problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.kind.workbook is not None and self.w.kind.columns_problem() is None

    def _save_mapping(self) -> None:
        path = self.w.prompts.save_any(
            self, wizard_tr("Save this mapping"), "roster mapping.json", wizard_tr(MAPPING_FILTER)
        )
        if path:
            try:
                self.w.kind.save_mapping(path)
            except FileProblem as exc:
                self.w.prompts.error(self, wizard_tr("Mapping not saved"), str(exc))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.result: Any = None
        self.setTitle(wizard_tr("Check before importing"))
        self.setSubTitle(wizard.kind.wording.preview_subtitle)
        self.policy = QButtonGroup(self)
        policy_row = QHBoxLayout()
        choices = wizard.kind.policies()
        if choices:
            policy_row.addWidget(QLabel(wizard_tr("People already in the program (same e-mail):")))
        for text, value in choices:
            button = QRadioButton(text)
            button.setProperty("policy", value)
            self.policy.addButton(button)
            policy_row.addWidget(button)
        policy_row.addStretch()
        self.policy.buttonToggled.connect(self._policy_changed)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.model = wizard.kind.preview_model()
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(wizard_tr("Save &rejected rows…"))
        self.export_button.clicked.connect(self._export_rejected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        if choices:
            layout.addLayout(policy_row)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        for button in self.policy.buttons():
            if button.property("policy") == self.w.kind.policy():
                button.setChecked(True)
        self._refresh()

    def _policy_changed(self) -> None:
        button = self.policy.checkedButton()
        if button is not None and self.w.kind.workbook is not None:
            self.w.kind.set_policy(str(button.property("policy")))
            self._refresh()

    def _refresh(self) -> None:
        kind = self.w.kind
        if kind.workbook is None:
            return
        rows = kind.row_total()
        dialog = None
        if rows >= PROGRESS_ROWS:
            dialog = QProgressDialog(wizard_tr("Checking every row…"), "", 0, rows, self)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)

        def report(done: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(max(1, total))
                dialog.setValue(done)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = kind.preview(report)
        finally:
            QGuiApplication.restoreOverrideCursor()
            if dialog is not None:
                dialog.close()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # Long answers (bios, reasons) must not push the wizard wider than the screen.
            self.table.setColumnWidth(
                column, min(self.table.columnWidth(column), kind.widest_column)
            )
        text = kind.summary(self.result)
        if not self.isComplete():
            text += "\n" + kind.wording.nothing
        self.summary.setText(text)
        self.export_button.setEnabled(kind.has_rejected(self.result))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and self.w.kind.can_import(self.result)

    def _export_rejected(self) -> None:
        if self.result is None:
            return
        path = self.w.prompts.save_any(
            self,
            wizard_tr("Save rejected rows"),
            "rejected rows.csv",
            wizard_tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            self.w.kind.write_rejected(self.result, Path(path))
        except FileProblem as exc:
            self.w.prompts.error(self, wizard_tr("Not saved"), str(exc))
