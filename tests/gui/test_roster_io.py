"""Importing a roster and exporting the program, driven as a coordinator does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QMessageBox, QSpinBox, QWizard

from mentordesk.model.domain import Role
from mentordesk.model.store import Store
from mentordesk.ui.import_wizard import ImportWizard
from mentordesk.ui.main_window import MainWindow
from tests.real_rosters import REAL


def people(path: Path) -> dict[str, object]:
    with Store.open(path, read_only=True) as store:
        return {p.email.casefold(): p for p in store.participants() if p.email}


def click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled on page {wizard.currentId()}"
    button.click()


def test_import_a_forms_export_and_undo_it(
    qtbot,
    window: MainWindow,
    dialogs,
    prompts,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    before = people(demo_file)
    seen: dict[str, object] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        prompts.paths.append(str(REAL / "msforms-applications.xlsx"))
        qtbot.mouseClick(dialog.file_page.browse, Qt.MouseButton.LeftButton)
        click(dialog, QWizard.WizardButton.NextButton)
        sheets = dialog.sheets_page.table
        names = [sheets.item(r, 1).text() for r in range(sheets.rowCount())]
        assert names == ["mentor", "mentee", "favor"]
        included = [dialog.sheets_page.widget(r, 0).isChecked() for r in range(3)]  # type: ignore[attr-defined]
        assert included == [True, True, False]
        role = dialog.sheets_page.widget(0, 3)
        assert isinstance(role, QComboBox) and role.currentText() == Role.MENTOR.label
        click(dialog, QWizard.WizardButton.NextButton)
        columns = dialog.columns_page.table
        fields = {
            columns.item(r, 1).text(): columns.cellWidget(r, 3).currentText()  # type: ignore[union-attr]
            for r in range(columns.rowCount())
        }
        seen["fields"] = fields
        click(dialog, QWizard.WizardButton.NextButton)
        assert dialog.currentId() == ImportWizard.ANSWERS
        capacities = dialog.answers_page.capacities
        assert capacities.item(0, 0).text() == "One mentee only, please!"
        spin = capacities.cellWidget(0, 1)
        assert isinstance(spin, QSpinBox) and spin.value() == 1
        click(dialog, QWizard.WizardButton.NextButton)
        seen["summary"] = dialog.preview_page.summary.text()
        click(dialog, QWizard.WizardButton.FinishButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(run)
    window.roster.import_action.trigger()
    fields = seen["fields"]
    assert fields["J&J Email Address"] == "E-mail"  # type: ignore[index]
    assert fields["Email"] == "Ignore", "the form owner's address, the same on every row"  # type: ignore[index]
    after = people(demo_file)
    added = {k: v for k, v in after.items() if k not in before}
    assert "aarand@its.jnj.com" in added
    abby = added["aarand@its.jnj.com"]
    assert (abby.first_name, abby.last_name, abby.role, abby.capacity) == (
        "Abby",
        "Arand",
        Role.MENTOR,
        1,
    )  # type: ignore[attr-defined]
    assert abby.skills_offered == ("Public Speaking", "Managing Up")  # type: ignore[attr-defined]
    assert "new" in str(seen["summary"])
    window.undo_action.trigger()
    assert people(demo_file).keys() == before.keys()
    window.redo_action.trigger()
    assert people(demo_file).keys() == after.keys()


def test_a_file_that_is_not_a_roster_is_refused_at_the_first_step(
    qtbot,
    window: MainWindow,
    dialogs,
    tmp_path: Path,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    picture = tmp_path / "photo.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    before = people(demo_file)
    seen: dict[str, str] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(picture))
        dialog.button(QWizard.WizardButton.NextButton).click()
        assert dialog.currentId() == ImportWizard.FILE
        seen["error"] = dialog.file_page.error.text()
        assert dialog.file_page.error.isVisible()
        dialog.reject()
        return False

    dialogs.steps.append(run)
    window.roster.import_action.trigger()
    assert "photo.xlsx" in seen["error"]
    assert people(demo_file).keys() == before.keys()


def test_a_sheet_nothing_was_recognised_on_says_why_next_is_greyed_out(
    qtbot,
    window: MainWindow,
    dialogs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("Meeting;Room\nKick-off;B12\nReview;C3\n", encoding="utf-8")
    seen: dict[str, object] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(notes))
        next_button = dialog.button(QWizard.WizardButton.NextButton)
        next_button.click()
        page = dialog.currentPage()
        note = page.findChild(QLabel, "nothingTicked")
        seen["said"] = note.text()
        seen["before"] = (note.isVisible(), next_button.isEnabled())
        page.widget(0, page.INCLUDE).setChecked(True)  # the coordinator ticks it anyway
        seen["after"] = (note.isVisible(), next_button.isEnabled())
        dialog.reject()
        return False

    dialogs.steps.append(run)
    window.roster.import_action.trigger()
    assert "No sheet was ticked" in str(seen["said"])
    assert seen["before"] == (True, False)
    assert seen["after"] == (False, True)


@pytest.mark.parametrize("include", [False, True])
def test_export_workbook_leaves_private_notes_out_unless_asked(
    window: MainWindow,
    dialogs,
    prompts,
    tmp_path: Path,
    demo_file: Path,
    include: bool,  # type: ignore[no-untyped-def]
) -> None:
    import openpyxl

    out = tmp_path / "Northwind.xlsx"
    prompts.paths.append(str(out))

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, QMessageBox)
        box = dialog.checkBox()
        assert isinstance(box, QCheckBox) and not box.isChecked()
        box.setChecked(include)
        export = next(b for b in dialog.buttons() if b.text() == "Export")
        export.click()
        return True

    dialogs.steps.append(answer)
    window.roster.export_action.trigger()
    with Store.open(demo_file, read_only=True) as store:
        notes = [p.private_notes for p in store.participants() if p.private_notes]
        count = store.counts().participants
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        text = " ".join(
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v
        )
        assert len(list(book["Participants"].iter_rows(values_only=True))) == count + 1
    finally:
        book.close()
    assert all((note in text) is include for note in notes)


def test_export_the_sign_up_template(window: MainWindow, prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    out = tmp_path / "sign-up.xlsx"
    prompts.paths.append(str(out))
    window.roster.template_action.trigger()
    book = openpyxl.load_workbook(out)
    try:
        assert book["Lists"].sheet_state == "hidden"
        rules = book.worksheets[0].data_validations.dataValidation
        assert any(rule.type == "list" for rule in rules)
    finally:
        book.close()


def test_save_the_mapping_from_the_wizard_and_use_it_again(
    qtbot,
    window: MainWindow,
    dialogs,
    prompts,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    import json

    mapping = tmp_path / "forms mapping.json"

    def first(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(REAL / "msforms-applications.xlsx"))
        click(dialog, QWizard.WizardButton.NextButton)
        click(dialog, QWizard.WizardButton.NextButton)
        table = dialog.columns_page.table
        row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Nickname")
        combo = table.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText("First name"))
        prompts.paths.append(str(mapping))
        save = next(
            b
            for b in dialog.columns_page.findChildren(type(dialog.file_page.browse))
            if "mapping" in b.text()
        )
        save.click()
        dialog.reject()
        return False

    def second(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(REAL / "msforms-applications.xlsx"))
        prompts.paths.append(str(mapping))
        dialog.file_page.mapping_button.click()
        assert dialog.file_page.mapping_label.text() == mapping.name
        click(dialog, QWizard.WizardButton.NextButton)
        click(dialog, QWizard.WizardButton.NextButton)
        table = dialog.columns_page.table
        chosen = {
            table.item(r, 1).text(): table.cellWidget(r, 3).currentText()  # type: ignore[union-attr]
            for r in range(table.rowCount())
        }
        assert chosen["Nickname"] == "First name"
        assert chosen["First Name"] == "Ignore", "one column per field: the last choice wins"
        dialog.reject()
        return False

    dialogs.steps += [first, second]
    window.roster.import_action.trigger()
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["mentordesk_mapping"] == 1
    window.roster.import_action.trigger()
