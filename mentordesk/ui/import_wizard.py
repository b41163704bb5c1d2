"""File ▸ Import roster…: pick a file, its sheets, what each column means, then see exactly
what will happen before anything is written. All decisions live in an ImportPlan (model)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..model.domain import Role
from ..model.errors import FileProblem
from ..model.roster_apply import write_rejected
from ..model.roster_import import Action, Preview, column_letter, preview
from ..model.roster_plan import (
    ImportPlan,
    OnExisting,
    apply_mapping,
    free_text_capacities,
    guess_plan,
    guess_sheet,
    load_mapping,
    save_mapping,
)
from ..model.roster_values import text_of
from ..model.roster_vocabulary import Target
from ..model.sheets import Workbook, read_workbook
from ..model.store import Store
from .participant_dialog import ErrorLabel
from .preview_model import PreviewModel
from .prompts import Prompts

ROSTER_FILTER = "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
MAPPING_FILTER = "Import mappings (*.json)"
#: Rosters with this many rows show a progress bar while every row is checked (about 1 s).
PROGRESS_ROWS = 10_000
#: Example values shown for each column.
EXAMPLES = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def role_names() -> list[tuple[str, Role | None]]:
    return [(r.label, r) for r in Role] + [(_tr("From a column"), None)]


def _role(value: object) -> Role | None:
    # Qt hands enum data back as plain strings.
    return Role(str(value)) if value else None


class ImportWizard(QWizard):
    """After ``exec()``, :attr:`result_preview` is what to import (or None)."""

    FILE, SHEETS, COLUMNS, ANSWERS, PREVIEW = range(5)

    def __init__(self, store: Store, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(_tr("Import roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("&Import"))
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
        self.setTitle(_tr("Choose the roster"))
        self.setSubTitle(
            _tr(
                "An Excel workbook or a CSV file: a sign-up sheet, or the answers of a Microsoft "
                "Forms or Google Forms survey. Nothing is imported until the last step."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("rosterPath")
        self.path.setPlaceholderText(_tr("Choose a .xlsx or .csv file…"))
        self.path.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(_tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.mapping_button = QPushButton(_tr("Use a saved &mapping…"))
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
        chosen = self.w.prompts.open_any(self, _tr("Import roster"), "", _tr(ROSTER_FILTER))
        if chosen:
            self.path.setText(chosen)

    def _choose_mapping(self) -> None:
        chosen = self.w.prompts.open_any(self, _tr("Use a saved mapping"), "", _tr(MAPPING_FILTER))
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
        self.setTitle(_tr("Sheets"))
        self.setSubTitle(
            _tr(
                "Tick the sheets to import, say who is on each, and on which row the column "
                "titles are (rows above it are skipped)."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sheetsTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("Import"), _tr("Sheet"), _tr("Rows"), _tr("Who is on it"), _tr("Titles on row")]
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
            role.currentIndexChanged.connect(lambda _i, r=row: self._role(r))
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
            _tr("%n hidden sheet(s) are not imported.").replace("%n", str(hidden)) if hidden else ""
        )

    def widget(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def _include(self, row: int, on: bool) -> None:
        assert self.w.plan is not None
        self.w.plan.sheets[row].include = on
        self.completeChanged.emit()

    def _role(self, row: int) -> None:
        assert self.w.plan is not None
        combo = self.widget(row, self.ROLE)
        assert isinstance(combo, QComboBox)
        self.w.plan.sheets[row].role = _role(combo.currentData())

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


class ColumnsPage(QWizardPage):
    LETTER, HEADER, EXAMPLES, FIELD = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Columns"))
        self.setSubTitle(
            _tr(
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
            [_tr("Column"), _tr("Title in the file"), _tr("Examples"), _tr("Goes to")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((self.LETTER, 60), (self.HEADER, 260), (self.EXAMPLES, 300)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.warning = ErrorLabel()
        save = QPushButton(_tr("&Save this mapping…"))
        save.clicked.connect(self._save_mapping)
        top = QFormLayout()
        top.addRow(_tr("&Sheet:"), self.sheet)
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
            combo.addItem(_tr("Ignore"), None)
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
                return _tr(
                    "Sheet “%1”: choose the columns with the first and last names (or "
                    "the full name)."
                ).replace("%1", sp.name)
        return None

    def isComplete(self) -> bool:
        return self._problem() is None

    def _save_mapping(self) -> None:
        assert self.w.plan is not None
        path = self.w.prompts.save_any(
            self, _tr("Save this mapping"), "roster mapping.json", _tr(MAPPING_FILTER)
        )
        if path:
            try:
                save_mapping(self.w.plan, path)
            except FileProblem as exc:
                self.w.prompts.error(self, _tr("Mapping not saved"), str(exc))


class AnswersPage(QWizardPage):
    """Role answers and free-text capacities, each mapped once."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Answers"))
        self.setSubTitle(_tr("What people answered, and what it means in MentorDesk."))
        self.roles = QTableWidget(0, 3)
        self.roles.setObjectName("roleAnswers")
        self.roles.setHorizontalHeaderLabels([_tr("Sheet"), _tr("Answer"), _tr("Role")])
        self.capacities = QTableWidget(0, 2)
        self.capacities.setObjectName("capacityAnswers")
        self.capacities.setHorizontalHeaderLabels([_tr("Answer"), _tr("Mentees")])
        for table in (self.roles, self.capacities):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roles_label = QLabel(_tr("Answers about the role:"))
        self.capacities_label = QLabel(_tr("How many mentees, answered in words:"))
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
                _tr("— not a role —") if sp.role is None else _tr("The sheet's role"), None
            )
            for r in Role:
                combo.addItem(r.label, r.value)
            current = sp.role_values.get(answer)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current.value)))
            combo.currentIndexChanged.connect(
                lambda _i, s=sp, a=answer, c=combo: s.role_values.__setitem__(
                    a, _role(c.currentData())
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
            spin.setSpecialValueText(_tr("not a number"))
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
        self.setTitle(_tr("Check before importing"))
        self.setSubTitle(
            _tr(
                "Each row as it will be stored; point at a red cell to see what is wrong. "
                "Nothing is written until you press Import; Edit ▸ Undo takes it all back."
            )
        )
        self.policy = QButtonGroup(self)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(_tr("People already in the program (same e-mail):")))
        for text, value in (
            (_tr("&Update them"), OnExisting.UPDATE),
            (_tr("&Skip them"), OnExisting.SKIP),
            (_tr("&Keep both apart"), OnExisting.KEEP_BOTH),
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
        self.export_button = QPushButton(_tr("Save &rejected rows…"))
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
            dialog = QProgressDialog(_tr("Checking every row…"), "", 0, rows, self)
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
            text += "\n" + _tr("New career levels: %1").replace(
                "%1", ", ".join(self.result.new_levels)
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
            self, _tr("Save rejected rows"), "rejected rows.csv", _tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            write_rejected(self.result, Path(path))
        except FileProblem as exc:
            self.w.prompts.error(self, _tr("Not saved"), str(exc))
