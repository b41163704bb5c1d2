"""The Feedback page on a copy of the demo program, driven as a coordinator drives it: each test
checks what the page shows and what the file then holds, and that undo puts it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from mentordesk.model.domain import MemberRole
from mentordesk.model.store import Store
from mentordesk.ui.feedback_dialogs import AnswersDialog, AnswerSpin, QuestionsDialog
from mentordesk.ui.feedback_page import FeedbackPage

from .conftest import DialogScript, ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/tmp")


@pytest.fixture
def store(demo_file: Path) -> Iterator[Store]:
    with Store.open(demo_file) as s:
        yield s


@pytest.fixture
def page(
    qtbot: Any, store: Store, prompts: ScriptedPrompts, dialogs: DialogScript
) -> Iterator[FeedbackPage]:
    undo = QUndoStack()
    widget = FeedbackPage(store, undo, prompts, dialogs, dt.date.today)
    widget.undo_stack = undo  # type: ignore[attr-defined]
    store.subscribe(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1280, 640)
    widget.show()
    yield widget
    widget.close()


def undo_of(page: FeedbackPage) -> QUndoStack:
    return page.undo_stack  # type: ignore[attr-defined, no-any-return]


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def shown_rows(page: FeedbackPage) -> int:
    return page.table_model.rowCount()


def test_the_answers_are_listed_and_filtered_by_round(
    qtbot: Any, page: FeedbackPage, store: Store
) -> None:
    everything = store.feedback()
    assert shown_rows(page) == len(everything) > 0
    assert page.count_label.text() == f"{len(everything)} answer sheets"
    headers = [page.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Participant",
        "Pair",
        "Round",
        "Date",
        "Useful",
        "Supported",
        "Recommend",
        "Engagement",
        "Gained",
        "Comment",
    ]
    page.round_filter.setCurrentIndex(page.round_filter.findData("Midpoint"))
    midpoint = [f for f in everything if f.round == "Midpoint"]
    assert shown_rows(page) == len(midpoint)
    assert "Net Promoter Score" in page.scores.text()
    assert "Mentees' average rating" in page.scores.text()
    page.round_filter.setCurrentIndex(0)
    page.grab().save(str(SHOTS / "feedback_page.png"))


def test_answers_added_by_hand_checked_then_saved_and_undone(
    qtbot: Any, page: FeedbackPage, store: Store, dialogs: DialogScript
) -> None:
    before = store.feedback()
    mentee = next(
        m.participant_id
        for p in store.pairs()
        if p.status.value == "active"
        for m in p.members
        if m.role is MemberRole.MENTEE
    )
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswersDialog)
        dialog.person.setCurrentIndex(dialog.person.findData(mentee))
        assert sorted(dialog._inputs) == ["recommend", "supported", "useful"]
        dialog.round.setCurrentText("")
        useful = dialog.input("useful")
        assert isinstance(useful, AnswerSpin) and useful.text() == "—"
        useful.setFocus()
        useful.selectAll()
        qtbot.keyClicks(useful.lineEdit(), "4")
        assert useful.answer() == 4
        dialog.input("recommend").setValue(9)  # type: ignore[union-attr]
        qtbot.keyClicks(dialog.comment, "Feeling more confident.")
        qtbot.mouseClick(save_button(dialog), LEFT)  # refused: no round
        seen["error"] = dialog.error.text()
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        dialog.round.setCurrentText("Closing")
        qtbot.wait(20)  # the new answer fields are shown by a queued event
        dialog.grab().save(str(SHOTS / "feedback_add_dialog.png"))
        qtbot.mouseClick(save_button(dialog), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(fill)
    click(qtbot, page.add_button)
    assert "Name the round" in seen["error"]
    [new] = [f for f in store.feedback() if f not in before]
    assert (new.participant_id, new.round, new.date) == (mentee, "Closing", dt.date.today())
    assert new.answers == {"recommend": 9, "useful": 4}
    assert new.comment == "Feeling more confident."
    assert new.pair_id == store.open_pair_of(mentee)
    assert shown_rows(page) == len(before) + 1
    assert page.selected_ids() == [new.id]
    undo_of(page).undo()
    assert store.feedback() == before
    undo_of(page).redo()
    assert store.feedback_entry(new.id or 0) == new


def test_answers_edited_and_deleted_each_undone(
    qtbot: Any, page: FeedbackPage, store: Store, dialogs: DialogScript, prompts: ScriptedPrompts
) -> None:
    before = store.feedback()
    page.table.selectRow(0)
    [chosen] = page.selected_ids()

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswersDialog)
        assert not dialog.person.isEnabled()
        dialog.comment.setPlainText("Edited")
        qtbot.mouseClick(save_button(dialog), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(edit)
    click(qtbot, page.edit_button)
    assert store.feedback_entry(chosen).comment == "Edited"
    undo_of(page).undo()
    assert store.feedback() == before

    page.table.selectRow(0)
    prompts.confirm_answers.append(True)
    click(qtbot, page.delete_button)
    assert "Delete this answer sheet?" in prompts.asked[-1]
    assert len(store.feedback()) == len(before) - 1
    undo_of(page).undo()
    assert store.feedback() == before


def test_questions_edited_added_and_reordered_then_undone(
    qtbot: Any, page: FeedbackPage, store: Store, dialogs: DialogScript
) -> None:
    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionsDialog)
        assert dialog.table.rowCount() == 5
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.mouseClick(save_button(dialog), LEFT)  # refused: the new question is empty
        assert "Question 6: Write the question." in dialog.error.text()
        item = dialog.table.item(5, dialog.TEXT)
        assert item is not None
        item.setText("What was the most useful session?")
        dialog.combo(5, dialog.KIND).setCurrentIndex(2)  # free text
        dialog.combo(5, dialog.AUDIENCE).setCurrentIndex(0)  # mentees
        dialog.table.setCurrentCell(5, 0)
        qtbot.mouseClick(dialog.up_button, LEFT)
        dialog.table.setCurrentCell(0, 0)
        qtbot.mouseClick(dialog.remove_button, LEFT)
        dialog.grab().save(str(SHOTS / "feedback_questions_dialog.png"))
        qtbot.mouseClick(save_button(dialog), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(edit)
    click(qtbot, page.questions_button)
    keys = [q.key for q in store.stored_survey_questions()]
    assert keys == ["supported", "recommend", "engagement", "what_was_the_most", "gained"]
    assert page.table_model.headerData(7, Qt.Orientation.Horizontal) == "What was the most"
    undo_of(page).undo()
    assert store.stored_survey_questions() == []


def test_a_blank_survey_exported(
    qtbot: Any, page: FeedbackPage, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    page.round_filter.setCurrentIndex(page.round_filter.findData("Midpoint"))
    prompts.paths.append(str(tmp_path / "blank.xlsx"))
    click(qtbot, page.export_button)
    ws = load_workbook(tmp_path / "blank.xlsx")["Answers"]
    assert ws.cell(row=2, column=4).value == "Midpoint"
    assert ws.max_row > 2
    prompts.paths.append(str(tmp_path))  # a folder: refused with a sentence
    click(qtbot, page.export_button)
    assert "is a folder" in prompts.errors[-1]
