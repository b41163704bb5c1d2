"""Feedback ▸ Import Survey Export… runs the roster's import wizard with the survey's targets,
driven as a coordinator drives it: each test checks what the pages show, what the file then
holds, and that Edit ▸ Undo takes the import back as one step."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QRadioButton, QSpinBox, QWizard

from mentordesk.model.domain import Feedback, MemberRole, Participant
from mentordesk.model.store import Store
from mentordesk.ui.feedback_page import FeedbackPage
from mentordesk.ui.import_wizard import ImportWizard
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.survey_preview_model import EMAIL_COL, SurveyPreviewModel

from .conftest import DialogScript, ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton
RED = (255, 205, 210)
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton
RECOMMEND = "Answer: How likely are you to recommend the program to a colleague?"


def feedback(path: Path) -> list[Feedback]:
    with Store.open(path, read_only=True) as store:
        return store.feedback()


def mentees(path: Path, count: int) -> list[Participant]:
    with Store.open(path, read_only=True) as store:
        return [
            store.participant(m.participant_id)
            for p in store.pairs()
            if p.status.value == "active"
            for m in p.members
            if m.role is MemberRole.MENTEE
        ][:count]


def feedback_page(window: MainWindow) -> FeedbackPage:
    view = window.view
    assert view is not None
    view.nav.setCurrentRow(view.page_names().index("Feedback"))
    assert view.feedback.isVisible()
    return view.feedback


def click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled on page {wizard.currentId()}"
    button.click()


def columns_of(wizard: ImportWizard) -> dict[str, str]:
    table = wizard.columns_page.table
    return {
        table.item(r, 1).text(): wizard.columns_page.target_combo(r).currentText()
        for r in range(table.rowCount())
    }


def forms_export(path: Path, emails: list[str]) -> Path:
    """A Microsoft Forms export: an empty row above the titles, a title MentorDesk cannot
    guess ("Net score"), a scale answered "4 - Agree"."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form1"
    ws.append([])
    ws.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "How useful is the program for your growth? (1 = not at all, 5 = very much)",
            "Net score",
            "Anything else you would like to tell us?",
        ]
    )
    day = dt.datetime.combine(dt.date.today(), dt.time(9)) - dt.timedelta(days=1)
    for n, email in enumerate(emails, 1):
        ws.append([n, day, day, email, "", "4 - Agree", "9", "Good so far"])
    ws.append([99, day, day, "stranger@example.org", "", "5", "10", ""])
    ws.append([100, day, day, emails[0].lower(), "", "8", "", ""])
    wb.save(path)
    return path


def test_a_forms_export_mapped_previewed_imported_and_undone(
    qtbot: Any,
    window: MainWindow,
    dialogs: DialogScript,
    prompts: ScriptedPrompts,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    before = feedback(demo_file)
    people = mentees(demo_file, 3)
    path = forms_export(tmp_path / "Feedback form.xlsx", [p.email.upper() for p in people])
    rejected_csv = tmp_path / "rejected.csv"
    prompts.paths += [str(tmp_path / "missing.xlsx"), str(path), str(rejected_csv)]
    seen: dict[str, Any] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        wizard = dialog
        assert wizard.windowTitle() == "Import survey answers"
        assert not wizard.file_page.mapping_button.isVisible(), "no saved mappings for surveys"
        qtbot.mouseClick(wizard.file_page.browse, LEFT)  # a file that is not there
        click(wizard, NEXT)
        assert wizard.currentId() == ImportWizard.FILE
        seen["missing"] = wizard.file_page.error.text()
        qtbot.mouseClick(wizard.file_page.browse, LEFT)
        wizard.grab().save("/tmp/survey_wizard_1.png")
        click(wizard, NEXT)

        sheets = wizard.sheets_page
        assert sheets.table.isColumnHidden(sheets.ROLE), "no mentor / mentee role for answers"
        assert sheets.table.item(0, sheets.NAME).text() == "Form1"
        chosen = sheets.widget(0, sheets.INCLUDE)
        assert isinstance(chosen, QRadioButton) and chosen.isChecked()
        header = sheets.widget(0, sheets.HEADER)
        assert isinstance(header, QSpinBox) and header.value() == 2  # the blank row skipped
        assert sheets.table.item(0, sheets.ROWS).text() == "5"
        wizard.grab().save("/tmp/survey_wizard_2.png")
        click(wizard, NEXT)

        guessed = columns_of(wizard)
        seen["guessed"] = guessed
        row = list(guessed).index("Net score")
        combo = wizard.columns_page.target_combo(row)
        combo.setCurrentIndex(combo.findText(RECOMMEND))
        assert columns_of(wizard)["Net score"] == RECOMMEND
        wizard.grab().save("/tmp/survey_wizard_3.png")
        click(wizard, NEXT)

        assert wizard.currentId() == ImportWizard.ANSWERS
        page = wizard.answers_page
        seen["explained"] = page.explained.text()  # type: ignore[attr-defined]
        assert not wizard.button(NEXT).isEnabled(), "the round is still to be chosen"
        round_box = page.round  # type: ignore[attr-defined]
        assert isinstance(round_box, QComboBox)
        qtbot.keyClicks(round_box.lineEdit(), "Closing")
        words = page.words  # type: ignore[attr-defined]
        seen["words"] = {
            words.item(r, 0).text(): words.item(r, 1).text() for r in range(words.rowCount())
        }
        wizard.grab().save("/tmp/survey_wizard_4.png")
        click(wizard, NEXT)

        preview = wizard.preview_page
        seen["summary"] = preview.summary.text()
        model = preview.model
        assert isinstance(model, SurveyPreviewModel)
        stranger = next(
            r for r in range(model.rowCount()) if model.outcome(r).email == "stranger@example.org"
        )
        cell = model.index(stranger, EMAIL_COL)
        seen["stranger"] = model.data(cell, Qt.ItemDataRole.ToolTipRole)
        seen["stranger colour"] = model.data(cell, Qt.ItemDataRole.BackgroundRole).getRgb()[:3]
        useful = next(
            c
            for c in range(model.columnCount())
            if model.headerData(c, Qt.Orientation.Horizontal) == "Useful"
        )
        twice = next(
            r
            for r in range(model.rowCount())
            if model.outcome(r).row == 7  # the second answer sheet of the first mentee
        )
        seen["eight"] = (
            model.data(model.index(twice, useful)),
            model.data(model.index(twice, useful), Qt.ItemDataRole.ToolTipRole),
        )
        wizard.grab().save("/tmp/survey_wizard_5.png")
        bar = preview.table.horizontalScrollBar()
        bar.setValue(bar.maximum())  # the answers, one column per question
        wizard.grab().save("/tmp/survey_wizard_6.png")
        qtbot.mouseClick(preview.export_button, LEFT)
        click(wizard, FINISH)
        return wizard.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(run)
    page = feedback_page(window)
    qtbot.mouseClick(page.import_button, LEFT)

    assert "There is no file “missing.xlsx”" in seen["missing"]
    guessed = seen["guessed"]
    assert guessed["Email"] == "E-mail"
    assert guessed["Completion time"] == "Date (or submitted at)"
    assert guessed["Start time"] == "Ignore"
    assert guessed["Net score"] == "Ignore", "nothing in the title says which question"
    assert guessed["Anything else you would like to tell us?"] == "Comment"
    assert guessed[
        "How useful is the program for your growth? (1 = not at all, 5 = very much)"
    ].startswith("Answer: How useful")
    assert "no column naming the round" in seen["explained"]
    assert seen["words"] == {"4 - Agree": "4"}
    assert seen["summary"] == f"{len(people)} to import, 0 already in the program, 2 rejected"
    assert seen["stranger"] == "No participant has the e-mail address stranger@example.org."
    assert seen["stranger colour"] == RED
    assert seen["eight"][0] == "8" and "“8”" in seen["eight"][1]

    with rejected_csv.open(encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Sheet", "Row", "E-mail", "Column", "Reason"]
    assert ["Form1", "6", "stranger@example.org", "D"] in [line[:4] for line in lines]
    assert len(lines) == 3

    after = feedback(demo_file)
    new = [f for f in after if f not in before]
    assert sorted(f.participant_id for f in new) == sorted(p.id for p in people)  # type: ignore[type-var]
    assert {f.round for f in new} == {"Closing"}
    assert all(f.answers == {"useful": 4, "recommend": 9} for f in new)
    assert all(f.comment == "Good so far" for f in new)
    assert page.table_model.rowCount() == len(after)

    window.undo_action.trigger()
    assert feedback(demo_file) == before, "Edit ▸ Undo takes the whole import back"
    window.redo_action.trigger()
    assert len(feedback(demo_file)) == len(before) + len(people)


def test_a_round_column_read_and_a_second_import_skipped(
    qtbot: Any,
    window: MainWindow,
    dialogs: DialogScript,
    prompts: ScriptedPrompts,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    (mentee,) = mentees(demo_file, 1)
    path = tmp_path / "answers.csv"
    path.write_text(f"Who;Q1;Round\n{mentee.email};5;Midpoint 2\n", encoding="utf-8")
    seen: dict[str, Any] = {}

    def first(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(path))
        click(dialog, NEXT)
        click(dialog, NEXT)
        assert not dialog.button(NEXT).isEnabled()
        seen["warning"] = dialog.columns_page.warning.text()
        who = dialog.columns_page.target_combo(0)
        who.setCurrentIndex(who.findData("email"))
        q1 = dialog.columns_page.target_combo(1)
        q1.setCurrentIndex(q1.findData("q:useful"))
        assert columns_of(dialog)["Round"] == "Round"
        click(dialog, NEXT)
        seen["explained"] = dialog.answers_page.explained.text()  # type: ignore[attr-defined]
        assert dialog.button(NEXT).isEnabled(), "the round comes from its column"
        click(dialog, NEXT)
        seen["summary"] = dialog.preview_page.summary.text()
        click(dialog, FINISH)
        return dialog.result() == QDialog.DialogCode.Accepted

    def again(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(path))
        click(dialog, NEXT)
        click(dialog, NEXT)
        for row, target in ((0, "email"), (1, "q:useful")):
            combo = dialog.columns_page.target_combo(row)
            combo.setCurrentIndex(combo.findData(target))
        click(dialog, NEXT)
        click(dialog, NEXT)
        seen["again"] = dialog.preview_page.summary.text()
        assert not dialog.button(FINISH).isEnabled()
        assert not dialog.preview_page.export_button.isEnabled()
        dialog.reject()
        return False

    dialogs.steps += [first, again]
    page = feedback_page(window)
    qtbot.mouseClick(page.import_button, LEFT)
    assert "Choose the column with the e-mail addresses." in seen["warning"]
    assert (
        "Column C (“Round”) names the round of each answer: Midpoint 2 (1)." in (seen["explained"])
    )
    assert seen["summary"] == "1 to import, 0 already in the program, 0 rejected"
    stored = feedback(demo_file)[-1]
    assert (stored.participant_id, stored.round, stored.answers) == (
        mentee.id,
        "Midpoint 2",
        {"useful": 5},
    )
    assert page.round_filter.findData("Midpoint 2") >= 0
    count = len(feedback(demo_file))
    qtbot.mouseClick(page.import_button, LEFT)
    assert seen["again"].startswith("0 to import, 1 already in the program, 0 rejected")
    assert len(feedback(demo_file)) == count


def test_the_sheet_with_the_answers_chosen_over_an_instructions_sheet(
    qtbot: Any,
    window: MainWindow,
    dialogs: DialogScript,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    (mentee,) = mentees(demo_file, 1)
    wb = Workbook()
    notes = wb.active
    notes.title = "Instructions"
    notes.append(["Fill in one row per person."])
    answers = wb.create_sheet("Answers")
    answers.append(["Feedback survey, spring"])
    answers.append([])
    answers.append(["E-mail", "Round", "How useful is the program for your growth?"])
    answers.append([mentee.email, "Spring check-in", 3])
    path = tmp_path / "filled in.xlsx"
    wb.save(path)
    seen: dict[str, Any] = {}

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportWizard)
        qtbot.keyClicks(dialog.file_page.path, str(path))
        click(dialog, NEXT)
        sheets = dialog.sheets_page
        ticks = [sheets.widget(r, sheets.INCLUDE).isChecked() for r in range(2)]  # type: ignore[attr-defined]
        seen["ticks"] = ticks
        seen["header"] = sheets.widget(1, sheets.HEADER).value()  # type: ignore[attr-defined]
        # Choosing the other sheet unticks this one (one sheet at a time) and back again.
        sheets.widget(0, sheets.INCLUDE).click()  # type: ignore[attr-defined]
        assert [sheets.widget(r, sheets.INCLUDE).isChecked() for r in range(2)] == [True, False]  # type: ignore[attr-defined]
        sheets.widget(1, sheets.INCLUDE).click()  # type: ignore[attr-defined]
        click(dialog, NEXT)
        seen["columns"] = columns_of(dialog)
        click(dialog, NEXT)
        click(dialog, NEXT)
        seen["summary"] = dialog.preview_page.summary.text()
        dialog.reject()
        return False

    dialogs.steps.append(run)
    qtbot.mouseClick(feedback_page(window).import_button, LEFT)
    assert seen["ticks"] == [False, True]
    assert seen["header"] == 3
    assert seen["columns"]["E-mail"] == "E-mail"
    assert seen["summary"].startswith("1 to import")
