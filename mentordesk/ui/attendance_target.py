"""The import wizard bringing in a training's attendance from a sign-in sheet (Resources ▸
Import Sign-In Sheet…): e-mail or name, and whether the person came; one sheet; no page of
values. All decisions live in an AttendancePlan (model), on the roster import's engine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QUndoCommand

from ..model.attendance_import import (
    TARGETS,
    Action,
    AttendancePlan,
    AttendancePreview,
    find_attendance_header,
    guess_attendance_plan,
    preview_attendance,
    target_label,
    write_rejected_rows,
)
from ..model.sheets import read_workbook
from ..model.store import Store
from .import_kind import (
    OneSheetTarget,
    Progress,
    ValuesPage,
    Wording,
    wizard_tr,
)
from .table_model import AnyIndex, OutcomesModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

SIGN_IN_FILTER = str(
    QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Sign-in sheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)",
    )
)
ROW, ACTION, NOTES, NAME, WHO = range(5)
_PROBLEM = QColor(255, 205, 210)
_ABSENT = QColor(235, 235, 235)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendancePreviewModel", text)


def action_label(action: Action) -> str:
    return {
        Action.CAME: _tr("Came"),
        Action.ABSENT: _tr("Did not come"),
        Action.REJECT: _tr("Rejected"),
    }[action]


class AttendancePreviewModel(OutcomesModel):
    """Each row of the sign-in sheet: who it is and whether they came, or why it is rejected."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = [
            _tr("Row"),
            _tr("What happens"),
            _tr("Why"),
            _tr("Participant"),
            _tr("E-mail or name in the file"),
        ]

    def set_preview(self, result: AttendancePreview) -> None:
        self.beginResetModel()
        self._keep(result.outcomes, Action.REJECT)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._outcomes[index.row()]
        col = index.column()
        text = {
            ROW: f"{o.sheet} {o.row}",
            ACTION: action_label(o.action),
            NOTES: " ".join(o.reasons),
            NAME: o.name,
            WHO: o.who,
        }[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if o.problems and col in (ACTION, NOTES, WHO):
                return "\n".join(p.message for p in o.problems)
            return text or None
        if role == Qt.ItemDataRole.BackgroundRole and col in (ACTION, WHO):
            if o.action is Action.REJECT:
                return _PROBLEM
            if o.action is Action.ABSENT and col == ACTION:
                return _ABSENT
        return None


class AttendanceTarget(OneSheetTarget[AttendancePreview]):
    def __init__(self, store: Store, training_id: int) -> None:
        super().__init__(store)
        self.training_id = training_id
        self.training = store.training(training_id)
        self.plan: AttendancePlan | None = None
        self._model = AttendancePreviewModel()
        self.wording = Wording(
            window_title=wizard_tr("Import sign-in sheet: %1").replace("%1", self.training.title),
            file_title=wizard_tr("Choose the sign-in sheet"),
            file_subtitle=wizard_tr(
                "The list of people who came: a Microsoft Forms or Google Forms check-in export, "
                "or a sheet typed in Excel (.xlsx or .csv), one person a row. Each person is "
                "found by e-mail, or by name when there is no e-mail column. Nothing is "
                "imported until the last step."
            ),
            placeholder=wizard_tr("Choose a .xlsx or .csv file with the people who came…"),
            file_filter=wizard_tr(SIGN_IN_FILTER),
            sheets_subtitle=wizard_tr(
                "Choose the sheet with the people who came, and on which row the column titles "
                "are (rows above it are skipped)."
            ),
            columns_subtitle=wizard_tr(
                "What each column holds: the e-mail address, or the first and last name (or the "
                "full name), and, if the sheet has one, whether the person came (yes, no, x, ✓, "
                "1 or 0; a row without it counts as someone who came). MentorDesk guessed from "
                "the titles; change any guess, or choose “Ignore”."
            ),
            preview_subtitle=wizard_tr(
                "Each person on the sheet, matched to a participant; point at a red cell to see "
                "what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it "
                "all back."
            ),
            nothing=wizard_tr(
                "Nothing to import: everyone who came is already ticked, or every row was rejected."
            ),
        )

    def current_plan(self) -> AttendancePlan:
        assert self.plan is not None
        return self.plan

    def read(self, path: Path, mapping: Path | None) -> None:
        workbook = read_workbook(path)
        plan = guess_attendance_plan(workbook)
        self.headers = [
            plan.header_row if s.name == plan.sheet else find_attendance_header(s)
            for s in workbook.visible()
        ]
        self.workbook, self.plan = workbook, plan

    def _replan(self, sheet: int) -> None:
        assert self.workbook is not None
        name = self._visible()[sheet].name
        self.plan = guess_attendance_plan(self.workbook, name, self.headers[sheet])

    def targets(self) -> list[tuple[str, str]]:
        return [(t, target_label(t)) for t in TARGETS]

    def columns_problem(self) -> str | None:
        return self.current_plan().problem()

    def value_page(self, wizard: ImportWizard) -> ValuesPage:
        return _NoValues()

    def preview_model(self) -> AttendancePreviewModel:
        return self._model

    def preview(self, progress: Progress | None) -> AttendancePreview:
        assert self.workbook is not None
        result = preview_attendance(
            self.store, self.workbook, self.current_plan(), self.training_id
        )
        self._model.set_preview(result)
        return result

    def summary(self, result: AttendancePreview) -> str:
        return result.summary()

    def can_import(self, result: AttendancePreview) -> bool:
        return result.changed

    def has_rejected(self, result: AttendancePreview) -> bool:
        return bool(result.rejected)

    def write_rejected(self, result: AttendancePreview, path: Path) -> None:
        write_rejected_rows(result, path)

    def command(
        self, result: AttendancePreview, file_name: str, progress: Progress | None
    ) -> QUndoCommand:
        from .resource_commands import SetAttendance

        command = SetAttendance(self.store, result.training_id, result.after)
        command.setText(wizard_tr("Import sign-in sheet %1").replace("%1", file_name))
        return command


class _NoValues(ValuesPage):
    """A sign-in sheet has no answers to read: the wizard skips this page."""

    def has_values(self) -> bool:
        return False
