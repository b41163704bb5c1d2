"""The import wizard bringing in a roster (File ▸ Import Roster…): participant fields as
targets, sheet roles, role and capacity answers, update / skip / keep-both for people already
in the program. All decisions live in an ImportPlan (model)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QSpinBox, QTableWidget, QVBoxLayout
from PySide6.QtWidgets import QTableWidgetItem as Item

from ..model.domain import Role
from ..model.roster_apply import write_rejected
from ..model.roster_import import Action, Preview, preview
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
from ..model.roster_vocabulary import Target
from ..model.sheets import read_workbook
from ..model.store import Store
from .import_kind import (
    ColumnRow,
    Progress,
    SheetRow,
    ValuesPage,
    WizardTarget,
    Wording,
    examples,
    wizard_tr,
)
from .preview_model import PreviewModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

ROSTER_FILTER = str(
    QT_TRANSLATE_NOOP(
        "ImportWizard", "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
    )
)


def role_names() -> list[tuple[str, Role | None]]:
    return [(r.label, r) for r in Role] + [(wizard_tr("From a column"), None)]


def role_of(value: object) -> Role | None:
    # Qt hands enum data back as plain strings.
    return Role(str(value)) if value else None


class RosterTarget(WizardTarget[Preview]):
    uses_mappings = True
    sheet_roles = True

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.plan: ImportPlan | None = None
        self._model = PreviewModel()
        self.wording = Wording(
            window_title=wizard_tr("Import roster"),
            file_title=wizard_tr("Choose the roster"),
            file_subtitle=wizard_tr(
                "An Excel workbook or a CSV file: a sign-up sheet, or the answers of a Microsoft "
                "Forms or Google Forms survey. Nothing is imported until the last step."
            ),
            placeholder=wizard_tr("Choose a .xlsx or .csv file…"),
            file_filter=wizard_tr(ROSTER_FILTER),
            sheets_subtitle=wizard_tr(
                "Tick the sheets to import, say who is on each, and on which row the column "
                "titles are (rows above it are skipped)."
            ),
            columns_subtitle=wizard_tr(
                "What each column holds. MentorDesk guessed from the titles; change any guess, "
                "or choose “Ignore” for a column you do not need."
            ),
            preview_subtitle=wizard_tr(
                "Each row as it will be stored; point at a red cell to see what is wrong. "
                "Nothing is written until you press Import; Edit ▸ Undo takes it all back."
            ),
            nothing=wizard_tr(
                "Nothing to import: everyone in this file is already in the program as it is, "
                "or was rejected."
            ),
        )

    def current_plan(self) -> ImportPlan:
        assert self.plan is not None
        return self.plan

    def read(self, path: Path, mapping: Path | None) -> None:
        workbook = read_workbook(path)
        plan = guess_plan(workbook)
        if mapping is not None:
            plan = apply_mapping(plan, workbook, load_mapping(mapping))
        self.workbook, self.plan = workbook, plan

    def sheets(self) -> list[SheetRow]:
        assert self.workbook is not None
        return [
            SheetRow(sp.name, sp.include, sp.header_row, len(sheet.rows), sp.role)
            for sp, sheet in zip(self.current_plan().sheets, self.workbook.visible(), strict=True)
        ]

    def include(self, sheet: int, on: bool) -> None:
        self.current_plan().sheets[sheet].include = on

    def set_role(self, sheet: int, role: Role | None) -> None:
        self.current_plan().sheets[sheet].role = role

    def set_header(self, sheet: int, header_row: int) -> None:
        assert self.workbook is not None
        plan = self.current_plan()
        old = plan.sheets[sheet]
        new = guess_sheet(self.workbook.visible()[sheet], old.role, header_row)
        new.include, new.role = old.include, old.role
        plan.sheets[sheet] = new

    def targets(self) -> list[tuple[str, str]]:
        return [(t.value, t.label) for t in Target]

    def columns(self, sheet: int) -> list[ColumnRow]:
        assert self.workbook is not None
        sp = self.current_plan().sheets[sheet]
        data = self.workbook.visible()[sheet].rows[sp.header_row + 1 :]
        return [
            ColumnRow(
                c.index, c.header, c.target.value if c.target else None, examples(data, c.index)
            )
            for c in sp.columns
        ]

    def set_target(self, sheet: int, row: int, target: str | None) -> list[int]:
        sp = self.current_plan().sheets[sheet]
        chosen = Target(target) if target else None
        sp.columns[row].target = chosen
        cleared = []
        if chosen is not None and chosen is not Target.PRIVATE_NOTES:
            # One column per field: the one chosen last wins.
            for other_row, other in enumerate(sp.columns):
                if other_row != row and other.target is chosen:
                    other.target = None
                    cleared.append(other_row)
        return cleared

    def columns_problem(self) -> str | None:
        for sp in self.current_plan().sheets:
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

    def save_mapping(self, path: str) -> None:
        save_mapping(self.current_plan(), path)

    def value_page(self, wizard: ImportWizard) -> ValuesPage:
        return AnswersPage(self)

    def policies(self) -> list[tuple[str, str]]:
        return [
            (wizard_tr("&Update them"), OnExisting.UPDATE.value),
            (wizard_tr("&Skip them"), OnExisting.SKIP.value),
            (wizard_tr("&Keep both apart"), OnExisting.KEEP_BOTH.value),
        ]

    def policy(self) -> str:
        return self.current_plan().on_existing.value

    def set_policy(self, value: str) -> None:
        self.current_plan().on_existing = OnExisting(value)

    def preview_model(self) -> PreviewModel:
        return self._model

    def preview(self, progress: Progress | None) -> Preview:
        assert self.workbook is not None
        result = preview(self.store, self.workbook, self.current_plan(), progress=progress)
        self._model.set_preview(result)
        return result

    def summary(self, result: Preview) -> str:
        text = result.summary()
        if result.new_levels:
            text += "\n" + wizard_tr("New career levels: %1").replace(
                "%1", ", ".join(result.new_levels)
            )
        return text

    def can_import(self, result: Preview) -> bool:
        return result.count(Action.NEW) + result.count(Action.UPDATE) > 0

    def has_rejected(self, result: Preview) -> bool:
        return bool(result.rejected)

    def write_rejected(self, result: Preview, path: Path) -> None:
        write_rejected(result, path)

    def command(self, result: Preview, file_name: str, progress: Progress | None) -> QUndoCommand:
        from .commands import ImportRoster

        return ImportRoster(self.store, result, file_name, progress)


class AnswersPage(ValuesPage):
    """Role answers and free-text capacities, each mapped once."""

    def __init__(self, target: RosterTarget) -> None:
        super().__init__()
        self.target = target
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
        return [
            (i, answer)
            for i, sp in enumerate(self.target.current_plan().sheets)
            if sp.include and any(c.target is Target.ROLE for c in sp.columns)
            for answer in sp.role_values
        ]

    def _capacity_answers(self) -> list[str]:
        assert self.target.workbook is not None
        return free_text_capacities(self.target.workbook, self.target.current_plan())

    def has_answers(self) -> bool:
        return bool(self._role_answers() or self._capacity_answers())

    def has_values(self) -> bool:
        return self.has_answers()

    def initializePage(self) -> None:
        plan = self.target.current_plan()
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
            self.roles.setItem(row, 0, Item(sp.name))
            self.roles.setItem(row, 1, Item(answer))
            self.roles.setCellWidget(row, 2, combo)
        free = self._capacity_answers()
        self.capacities.setRowCount(len(free))
        for row, answer in enumerate(free):
            spin = QSpinBox()
            spin.setRange(-1, 50)
            spin.setSpecialValueText(wizard_tr("not a number"))
            spin.setValue(plan.capacity_values.get(answer, -1))
            spin.valueChanged.connect(lambda value, a=answer: self._capacity(a, value))
            self.capacities.setItem(row, 0, Item(answer))
            self.capacities.setCellWidget(row, 1, spin)
        for widget in (self.roles_label, self.roles):
            widget.setVisible(bool(answers))
        for widget in (self.capacities_label, self.capacities):
            widget.setVisible(bool(free))

    def _capacity(self, answer: str, value: int) -> None:
        plan = self.target.current_plan()
        if value < 0:
            plan.capacity_values.pop(answer, None)
        else:
            plan.capacity_values[answer] = value
