"""Resources ▸ Import Sign-In Sheet… runs the roster's import wizard with a training's attendance
as the target, driven as a coordinator drives it: the pages that apply, the preview, what the
file then holds, and Edit ▸ Undo taking the import back as one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QRadioButton, QWizard

from mentordesk.model.domain import Participant, Role
from mentordesk.model.store import Store
from mentordesk.ui.attendance_target import ACTION, WHO, AttendancePreviewModel
from mentordesk.ui.import_wizard import ImportWizard
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.resources_page import ATTENDED, ResourcesPage

from .conftest import DialogScript
from .test_resources_page import click_row, items

LEFT = Qt.MouseButton.LeftButton
RED = (255, 205, 210)
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def attendance(path: Path, training_id: int) -> frozenset[int]:
    with Store.open(path, read_only=True) as store:
        return store.attendance(training_id)


def click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled on page {wizard.currentId()}"
    button.click()


def resources_page(window: MainWindow) -> ResourcesPage:
    view = window.view
    assert view is not None
    view.nav.setCurrentRow(view.page_names().index("Resources"))
    assert view.resources.isVisible()
    return view.resources


def test_a_sign_in_sheet_matched_by_name_imported_and_undone(
    qtbot: Any, window: MainWindow, dialogs: DialogScript, demo_file: Path, tmp_path: Path
) -> None:
    with Store.open(demo_file, read_only=True) as store:
        orientation = next(t for t in store.trainings() if t.title == "Mentor orientation")
        assert orientation.id is not None
        training_id = orientation.id
        before = store.attendance(training_id)
        everyone = store.participants()
    mentors = [p for p in everyone if p.role is Role.MENTOR]
    newcomer = next(p for p in mentors if p.id not in before)
    leaver = next(p for p in mentors if p.id in before)
    mentee = next(p for p in everyone if p.role is Role.MENTEE)

    def line(p: Participant, came: str) -> str:
        return f"{p.first_name.upper()};{p.last_name};{came}"

    path = tmp_path / "Orientation sign-in.csv"
    path.write_text(
        "Mentor orientation, sign-in\n"
        "First name;Last name;Attended\n"
        f"{line(newcomer, '✓')}\n{line(leaver, 'no')}\n{line(mentee, 'x')}\nNo;Body;x\n",
        encoding="utf-8",
    )
    seen: dict[str, Any] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        wizard = dialog
        assert wizard.windowTitle() == "Import sign-in sheet: Mentor orientation"
        assert not wizard.file_page.mapping_button.isVisible()
        qtbot.keyClicks(wizard.file_page.path, str(path))
        click(wizard, NEXT)

        sheets = wizard.sheets_page
        assert sheets.table.isColumnHidden(sheets.ROLE)
        chosen = sheets.widget(0, sheets.INCLUDE)
        assert isinstance(chosen, QRadioButton) and chosen.isChecked()
        rows = sheets.table.item(0, sheets.ROWS)
        assert rows is not None and rows.text() == "4", "the title row is skipped"
        click(wizard, NEXT)

        table = wizard.columns_page.table
        seen["columns"] = [
            wizard.columns_page.target_combo(r).currentText() for r in range(table.rowCount())
        ]
        click(wizard, NEXT)
        assert wizard.currentId() == ImportWizard.PREVIEW, "no page of values for a sign-in"

        preview = wizard.preview_page
        seen["summary"] = preview.summary.text()
        model = preview.model
        assert isinstance(model, AttendancePreviewModel)
        rejected = {model.outcome(r).who: r for r in range(model.rowCount())}
        stranger = model.index(rejected["No Body"], WHO)
        seen["stranger"] = model.data(stranger, Qt.ItemDataRole.ToolTipRole)
        seen["colour"] = model.data(stranger, Qt.ItemDataRole.BackgroundRole).getRgb()[:3]
        audience = model.index(rejected[f"{mentee.first_name.upper()} {mentee.last_name}"], ACTION)
        seen["mentee"] = model.data(audience, Qt.ItemDataRole.ToolTipRole)
        assert preview.export_button.isEnabled()
        wizard.grab().save("/tmp/attendance_wizard_preview.png")
        click(wizard, FINISH)
        return wizard.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(run)
    page = resources_page(window)
    assert not page.import_attendance_button.isEnabled(), "no training chosen yet"
    item = click_row(qtbot, page.training_tree, training_id)
    assert page.import_attendance_button.isEnabled()
    qtbot.mouseClick(page.import_attendance_button, LEFT)

    assert seen["columns"] == ["First name", "Last name", "Came (yes or no)"]
    assert seen["summary"] == "1 came (1 not ticked yet), 1 did not come, 2 rejected"
    assert seen["stranger"] == "No participant is called No Body."
    assert seen["colour"] == RED
    assert seen["mentee"] == (f"{mentee.full_name} is a mentee; this training is for mentors.")
    after = (before | {newcomer.id}) - {leaver.id}
    assert attendance(demo_file, training_id) == after
    item = next(
        i for i in items(page.training_tree) if i.data(0, Qt.ItemDataRole.UserRole) == training_id
    )
    assert item.text(ATTENDED) == str(len(after))

    window.undo_action.trigger()
    assert attendance(demo_file, training_id) == before, "Edit ▸ Undo takes it all back"
    item = next(
        i for i in items(page.training_tree) if i.data(0, Qt.ItemDataRole.UserRole) == training_id
    )
    assert item.text(ATTENDED) == str(len(before))
    window.redo_action.trigger()
    assert attendance(demo_file, training_id) == after
