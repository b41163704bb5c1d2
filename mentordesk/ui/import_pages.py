"""The import wizard's later pages: what each column holds, what answers mean, and the
preview of exactly what will be written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
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
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ..model.domain import Role
from ..model.errors import FileProblem
from ..model.roster_apply import write_rejected
from ..model.roster_import import Action, Preview, column_letter, preview
from ..model.roster_plan import (
    OnExisting,
    free_text_capacities,
    save_mapping,
)
from ..model.roster_values import text_of
from ..model.roster_vocabulary import Target
from .participant_dialog import ErrorLabel
from .preview_model import PreviewModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

MAPPING_FILTER = "Import mappings (*.json)"
#: Rosters with this many rows show a progress bar while every row is checked (about 1 s).
PROGRESS_ROWS = 10_000
#: Example values shown for each column.
EXAMPLES = 3


def wizard_tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def role_names() -> list[tuple[str, Role | None]]:
    return [(r.label, r) for r in Role] + [(wizard_tr("From a column"), None)]


def role_of(value: object) -> Role | None:
    # Qt hands enum data back as plain strings.
    return Role(str(value)) if value else None


class ColumnsPage(QWizardPage):
    LETTER, HEADER, EXAMPLES, FIELD = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Columns"))
        self.setSubTitle(
            wizard_tr(
                "What each column holds. MentorDesk guessed from the titles; change any guess, "
                "or choose “Ignore” for a column you do not need."
            )
        )
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
        save = QPushButton(wizard_tr("&Save this mapping…"))
        save.clicked.connect(self._save_mapping)
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
        assert self.w.plan is not None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for index, sp in enumerate(self.w.plan.sheets):
            if sp.include:
                self.sheet.addItem(sp.name, index)
        self.sheet.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        plan, workbook = self.w.plan, self.w.workbook
        if plan is None or workbook is None or self.sheet.currentIndex() < 0:
            return
        index = int(self.sheet.currentData())
        sp, sheet = plan.sheets[index], workbook.visible()[index]
        data = sheet.rows[sp.header_row + 1 :]
        self.table.setRowCount(len(sp.columns))
        for row, column in enumerate(sp.columns):
            examples = [text_of(r[column.index]) for r in data if column.index < len(r)]
            shown = [e.replace("\n", " ") for e in examples if e][:EXAMPLES]
            for col, text in (
                (self.LETTER, column_letter(column.index)),
                (self.HEADER, column.header.replace("\n", " ")),
                (self.EXAMPLES, " · ".join(shown)),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.addItem(wizard_tr("Ignore"), None)
            for target in Target:
                combo.addItem(target.label, target.value)
            if column.target is not None:
                combo.setCurrentIndex(max(0, combo.findData(column.target.value)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._choose(r, c))
            self.table.setCellWidget(row, self.FIELD, combo)
        self._check()

    def _choose(self, row: int, combo: QComboBox) -> None:
        assert self.w.plan is not None
        sp = self.w.plan.sheets[int(self.sheet.currentData())]
        target = Target(combo.currentData()) if combo.currentData() else None
        sp.columns[row].target = target
        if target is not None and target is not Target.PRIVATE_NOTES:
            # One column per field: the one chosen last wins.
            for other_row, other in enumerate(sp.columns):
                if other_row != row and other.target is target:
                    other.target = None
                    widget = self.table.cellWidget(other_row, self.FIELD)
                    assert isinstance(widget, QComboBox)
                    widget.blockSignals(True)
                    widget.setCurrentIndex(0)
                    widget.blockSignals(False)
        self._check()

    def _check(self) -> None:
        self.warning.show_problem(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        assert self.w.plan is not None
        for sp in self.w.plan.sheets:
            if not sp.include:
                continue
            targets = {c.target for c in sp.columns}
            named = {Target.FIRST_NAME, Target.LAST_NAME} <= targets or Target.FULL_NAME in targets
            if not named:
                return wizard_tr(
                    "Sheet “%1”: choose the columns with the first and last names (or "
                    "the full name)."
                ).replace("%1", sp.name)
        return None

    def isComplete(self) -> bool:
        return self._problem() is None

    def _save_mapping(self) -> None:
        assert self.w.plan is not None
        path = self.w.prompts.save_any(
            self, wizard_tr("Save this mapping"), "roster mapping.json", wizard_tr(MAPPING_FILTER)
        )
        if path:
            try:
                save_mapping(self.w.plan, path)
            except FileProblem as exc:
                self.w.prompts.error(self, wizard_tr("Mapping not saved"), str(exc))


class AnswersPage(QWizardPage):
    """Role answers and free-text capacities, each mapped once."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(wizard_tr("Answers"))
        self.setSubTitle(wizard_tr("What people answered, and what it means in MentorDesk."))
        self.roles = QTableWidget(0, 3)
        self.roles.setObjectName("roleAnswers")
        self.roles.setHorizontalHeaderLabels(
            [wizard_tr("Sheet"), wizard_tr("Answer"), wizard_tr("Role")]
        )
        self.capacities = QTableWidget(0, 2)
        self.capacities.setObjectName("capacityAnswers")
        self.capacities.setHorizontalHeaderLabels([wizard_tr("Answer"), wizard_tr("Mentees")])
        for table in (self.roles, self.capacities):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roles_label = QLabel(wizard_tr("Answers about the role:"))
        self.capacities_label = QLabel(wizard_tr("How many mentees, answered in words:"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.roles_label)
        layout.addWidget(self.roles)
        layout.addWidget(self.capacities_label)
        layout.addWidget(self.capacities)

    def _role_answers(self) -> list[tuple[int, str]]:
        assert self.w.plan is not None
        return [
            (i, answer)
            for i, sp in enumerate(self.w.plan.sheets)
            if sp.include and any(c.target is Target.ROLE for c in sp.columns)
            for answer in sp.role_values
        ]

    def _capacity_answers(self) -> list[str]:
        assert self.w.plan is not None and self.w.workbook is not None
        return free_text_capacities(self.w.workbook, self.w.plan)

    def has_answers(self) -> bool:
        return bool(self._role_answers() or self._capacity_answers())

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        answers = self._role_answers()
        self.roles.setRowCount(len(answers))
        for row, (index, answer) in enumerate(answers):
            sp = plan.sheets[index]
            combo = QComboBox()
            combo.addItem(
                wizard_tr("— not a role —") if sp.role is None else wizard_tr("The sheet's role"),
                None,
            )
            for r in Role:
                combo.addItem(r.label, r.value)
            current = sp.role_values.get(answer)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current.value)))
            combo.currentIndexChanged.connect(
                lambda _i, s=sp, a=answer, c=combo: s.role_values.__setitem__(
                    a, role_of(c.currentData())
                )
            )
            self.roles.setItem(row, 0, QTableWidgetItem(sp.name))
            self.roles.setItem(row, 1, QTableWidgetItem(answer))
            self.roles.setCellWidget(row, 2, combo)
        free = self._capacity_answers()
        self.capacities.setRowCount(len(free))
        for row, answer in enumerate(free):
            spin = QSpinBox()
            spin.setRange(-1, 50)
            spin.setSpecialValueText(wizard_tr("not a number"))
            spin.setValue(plan.capacity_values.get(answer, -1))
            spin.valueChanged.connect(lambda value, a=answer: self._capacity(a, value))
            self.capacities.setItem(row, 0, QTableWidgetItem(answer))
            self.capacities.setCellWidget(row, 1, spin)
        for widget in (self.roles_label, self.roles):
            widget.setVisible(bool(answers))
        for widget in (self.capacities_label, self.capacities):
            widget.setVisible(bool(free))

    def _capacity(self, answer: str, value: int) -> None:
        assert self.w.plan is not None
        if value < 0:
            self.w.plan.capacity_values.pop(answer, None)
        else:
            self.w.plan.capacity_values[answer] = value


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.result: Preview | None = None
        self.setTitle(wizard_tr("Check before importing"))
        self.setSubTitle(
            wizard_tr(
                "Each row as it will be stored; point at a red cell to see what is wrong. "
                "Nothing is written until you press Import; Edit ▸ Undo takes it all back."
            )
        )
        self.policy = QButtonGroup(self)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(wizard_tr("People already in the program (same e-mail):")))
        for text, value in (
            (wizard_tr("&Update them"), OnExisting.UPDATE),
            (wizard_tr("&Skip them"), OnExisting.SKIP),
            (wizard_tr("&Keep both apart"), OnExisting.KEEP_BOTH),
        ):
            button = QRadioButton(text)
            button.setProperty("policy", value.value)
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
        self.model = PreviewModel()
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
        layout.addLayout(policy_row)
        layout.addWidget(self.table)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        assert self.w.plan is not None
        for button in self.policy.buttons():
            if button.property("policy") == self.w.plan.on_existing.value:
                button.setChecked(True)
        self._refresh()

    def _policy_changed(self) -> None:
        button = self.policy.checkedButton()
        if button is not None and self.w.plan is not None:
            self.w.plan.on_existing = OnExisting(button.property("policy"))
            self._refresh()

    def _refresh(self) -> None:
        if self.w.plan is None or self.w.workbook is None:
            return
        rows = sum(len(sheet.rows) for sheet in self.w.workbook.visible())
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
            self.result = preview(self.w.store, self.w.workbook, self.w.plan, progress=report)
        finally:
            QGuiApplication.restoreOverrideCursor()
            if dialog is not None:
                dialog.close()
        self.model.set_preview(self.result)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # Long answers (bios, reasons) must not push the wizard wider than the screen.
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        text = self.result.summary()
        if self.result.new_levels:
            text += "\n" + wizard_tr("New career levels: %1").replace(
                "%1", ", ".join(self.result.new_levels)
            )
        if not self.isComplete():
            text += "\n" + wizard_tr(
                "Nothing to import: everyone in this file is already in the program as it is, "
                "or was rejected."
            )
        self.summary.setText(text)
        self.export_button.setEnabled(bool(self.result.rejected))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and (
            self.result.count(Action.NEW) + self.result.count(Action.UPDATE) > 0
        )

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
            write_rejected(self.result, Path(path))
        except FileProblem as exc:
            self.w.prompts.error(self, wizard_tr("Not saved"), str(exc))
