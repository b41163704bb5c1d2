"""Goals and the session log in a pair's detail, driven as a coordinator drives them on the demo
program: each test checks what the detail shows and what the file then holds, and that undo
puts the file back exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem

from mentordesk.model.domain import GoalStatus, MemberRole, Pair, PairStatus, SessionStatus
from mentordesk.model.goals import templates_for
from mentordesk.model.store import Store
from mentordesk.ui.goal_dialog import DONE, TEXT, GoalDialog, OptionalDate
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pair_goals_sessions import ID_ROLE, GoalsSection, SessionsSection
from mentordesk.ui.pairs_page import PairsPage
from mentordesk.ui.session_dialog import DUE, SessionDialog

from .conftest import DialogScript
from .test_pairs_page import click_pair, dump, store_of

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(window: MainWindow, qtbot: Any) -> PairsPage:
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    pairs_page = window.view.pairs
    qtbot.waitUntil(lambda: pairs_page.table_model.total > 0)
    return pairs_page


def mentored_pair(store: Store) -> Pair:
    """An active pair whose mentee wants skills (so the templates are made for them)."""
    for pair in store.pairs():
        mentees = [m for m in pair.members if m.role is MemberRole.MENTEE]
        if pair.status is PairStatus.ACTIVE and pair.start_date and mentees:
            if store.participant(mentees[0].participant_id).skills_wanted:
                return pair
    raise AssertionError("the demo has no active pair with a mentee who wants skills")


def goals_box(page: PairsPage) -> GoalsSection:
    return page.detail.goals


def sessions_box(page: PairsPage) -> SessionsSection:
    return page.detail.sessions


def goal_item(box: GoalsSection, goal_id: int) -> QTreeWidgetItem:
    for n in range(box.tree.topLevelItemCount()):
        item = box.tree.topLevelItem(n)
        if item is not None and item.data(0, ID_ROLE) == goal_id:
            return item
    raise AssertionError(f"goal {goal_id} not listed")


def select(qtbot: Any, tree: Any, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    assert tree.currentItem() is item


def test_goal_from_a_template_edited_ticked_and_completed_each_undone(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    today = dt.date.today()
    pair = mentored_pair(store)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    box = goals_box(page)
    start = dump(store)
    mentee = next(m.participant_id for m in pair.members if m.role is MemberRole.MENTEE)
    draft = templates_for(store.participant(mentee), today)[0]

    def from_template(dialog: QDialog) -> bool:
        assert isinstance(dialog, GoalDialog)
        assert not dialog.ok_button.isEnabled()  # blank: no title yet
        dialog.template.setCurrentIndex(1)
        assert dialog.title.text() == draft.title and draft.skill in draft.title
        assert dialog.target.day() == draft.target_date
        assert dialog.table.rowCount() == len(draft.steps)
        assert [s.text for s in dialog.steps()] == [s.text for s in draft.steps]
        assert dialog.ok_button.isEnabled()
        assert "SMART" in dialog.hints.text()
        dialog.layout().activate()
        assert dialog.grab().save("/tmp/goal_dialog.png")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(from_template)
    qtbot.mouseClick(box.add_button, LEFT)
    goal = next(g for g in store.goals() if g.pair_id == pair.id and g.title == draft.title)
    assert goal.id is not None and goal.participant_id == mentee
    assert goal.target_date == draft.target_date and goal.status is GoalStatus.NOT_STARTED
    steps = store.goal_steps(goal.id)
    assert [(s.text, s.owner, s.due_date, s.milestone) for s in steps] == [
        (s.text, s.owner, s.due_date, s.milestone) for s in draft.steps
    ]
    item = goal_item(box, goal.id)
    assert item.text(2) == f"0 of {len(steps)} steps" and item.text(1) == "Not started"
    assert window.undo_action.text() == "&Undo Add goal"
    added = dump(store)
    window.undo_action.trigger()
    assert dump(store) == start
    window.redo_action.trigger()
    assert dump(store) == added

    # Edit: a clearer title, the first step ticked done, a new step moved to the top.
    select(qtbot, box.tree, goal_item(box, goal.id))

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, GoalDialog)
        assert dialog.template.isHidden()
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Run the weekly team meeting")
        dialog.table.item(0, DONE).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.add_step_button, LEFT)
        assert not dialog.ok_button.isEnabled()
        assert dialog.steps_problem.text() == f"Step {len(steps) + 1}: Describe the step."
        dialog.table.item(len(steps), TEXT).setText("Watch a meeting the mentor runs")
        for _ in range(len(steps)):
            qtbot.mouseClick(dialog.up_button, LEFT)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(edit)
    qtbot.mouseClick(box.edit_button, LEFT)
    edited = store.goal_steps(goal.id)
    assert store.goal(goal.id).title == "Run the weekly team meeting"
    assert [s.text for s in edited] == ["Watch a meeting the mentor runs", *[s.text for s in steps]]
    assert edited[1].done and edited[1].done_date == today and not edited[0].done
    assert goal_item(box, goal.id).text(2) == f"1 of {len(steps) + 1} steps"
    assert window.undo_action.text() == "&Undo Edit goal"
    window.undo_action.trigger()
    assert dump(store) == added
    window.redo_action.trigger()
    edited_dump = dump(store)

    # Tick a step done in the list.
    child = goal_item(box, goal.id).child(2)
    assert child is not None and child.checkState(0) == Qt.CheckState.Unchecked
    child.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: store.goal_steps(goal.id)[2].done)
    assert store.goal_steps(goal.id)[2].done_date == today
    assert goal_item(box, goal.id).text(2) == f"2 of {len(steps) + 1} steps"
    assert window.undo_action.text() == "&Undo Mark step done"
    window.undo_action.trigger()
    assert dump(store) == edited_dump
    window.redo_action.trigger()
    ticked = dump(store)

    # Complete the goal with the quick status change: the file dates it.
    select(qtbot, box.tree, goal_item(box, goal.id))
    completed = box.status.findText("Completed")
    box.status.setCurrentIndex(completed)
    box.status.activated.emit(completed)
    done_goal = store.goal(goal.id)
    assert done_goal.status is GoalStatus.COMPLETED and done_goal.completed_date == today
    assert goal_item(box, goal.id).text(1) == "Completed"
    assert window.undo_action.text() == "&Undo Complete goal"
    window.undo_action.trigger()
    assert dump(store) == ticked
    for _ in range(3):
        window.undo_action.trigger()
    assert dump(store) == start


def test_log_a_session_with_a_follow_up_and_a_confidential_note(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    today = dt.date.today()
    pair = mentored_pair(store)
    assert pair.id is not None
    goal = next(g for g in store.goals() if g.pair_id == pair.id)
    click_pair(qtbot, page, pair.id)
    box = sessions_box(page)
    before = store.sessions(pair.id)
    fmt = pair.channel or before[-1].format
    start = dump(store)
    due = today + dt.timedelta(days=10)

    def log(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionDialog)
        # Prefilled: a few seconds to log.
        assert dialog.session().date == today
        assert dialog.session().duration_minutes == 60
        assert dialog.session().format is fmt
        assert dialog.session().status is SessionStatus.HELD
        qtbot.keyClicks(dialog.topics, "Feedback, Next role")
        qtbot.keyClicks(dialog.notes, "Worried about the reorganisation.")
        dialog.confidential.setFocus()
        qtbot.keyClick(dialog.confidential, Qt.Key.Key_Space)
        assert dialog.confidential.isChecked()
        qtbot.mouseClick(dialog.add_button, LEFT)
        assert not dialog.ok_button.isEnabled()
        assert dialog.follow_problem.text() == "Follow-up 1: Describe the step."
        dialog.table.item(0, 0).setText("Ask HR about the new team")
        date_edit = dialog.table.cellWidget(0, DUE)
        assert isinstance(date_edit, OptionalDate) and date_edit.day() is None
        date_edit.set_day(due)
        assert dialog.ok_button.isEnabled()
        dialog.layout().activate()
        assert dialog.grab().save("/tmp/session_dialog.png")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(log)
    qtbot.mouseClick(box.log_button, LEFT)
    [session] = [s for s in store.sessions(pair.id) if s not in before]
    assert session.id is not None and session.date == today and session.confidential
    assert session.topics == ("Feedback", "Next role")
    assert session.notes == "Worried about the reorganisation."
    [follow_up] = store.follow_ups(session.id)
    assert (follow_up.goal_id, follow_up.text) == (goal.id, "Ask HR about the new team")
    assert follow_up.session_id == session.id and follow_up.due_date == due
    assert window.undo_action.text() == "&Undo Log session"

    # The newest session comes first; its confidential note only after Show Notes.
    first = box.tree.topLevelItem(0)
    assert first is not None and first.data(0, ID_ROLE) == session.id
    assert "Worried" not in first.text(4)
    assert first.text(4).startswith("[Confidential notes hidden]")
    assert box.notes_button.isVisible() and box.notes_button.text() == "Show Notes"
    qtbot.mouseClick(box.notes_button, LEFT)
    first = box.tree.topLevelItem(0)
    assert first is not None and "Worried about the reorganisation." in first.text(4)
    qtbot.mouseClick(box.notes_button, LEFT)
    first = box.tree.topLevelItem(0)
    assert first is not None and "Worried" not in first.text(4)

    logged = dump(store)
    window.undo_action.trigger()
    assert dump(store) == start
    window.redo_action.trigger()
    assert dump(store) == logged
    assert box.tree.topLevelItem(0).data(0, ID_ROLE) == session.id  # type: ignore[union-attr]

    # Choosing another pair hides the notes again.
    other = next(p for p in store.pairs() if p.id != pair.id and p.status is PairStatus.ACTIVE)
    assert other.id is not None
    click_pair(qtbot, page, other.id)
    click_pair(qtbot, page, pair.id)
    assert not box.revealed


def test_edit_and_delete_a_session_and_delete_a_goal_each_undone(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    pair = mentored_pair(store)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    start = dump(store)
    box = sessions_box(page)
    item = box.tree.topLevelItem(0)
    assert item is not None
    session_id = int(item.data(0, ID_ROLE))
    select(qtbot, box.tree, item)

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionDialog)
        assert dialog.windowTitle() == "Edit session"
        dialog.duration.setValue(45)
        dialog.status.setCurrentIndex(dialog.status.findText("Missed"))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(edit)
    qtbot.mouseClick(box.edit_button, LEFT)
    saved = store.session(session_id)
    assert (saved.duration_minutes, saved.status) == (45, SessionStatus.MISSED)
    window.undo_action.trigger()
    assert dump(store) == start
    window.redo_action.trigger()
    edited = dump(store)

    select(qtbot, box.tree, box.tree.topLevelItem(0))  # type: ignore[arg-type]
    qtbot.mouseClick(box.delete_button, LEFT)
    assert session_id not in {s.id for s in store.sessions(pair.id)}
    window.undo_action.trigger()
    assert dump(store) == edited

    goals = goals_box(page)
    goal = next(g for g in store.goals() if g.pair_id == pair.id)
    assert goal.id is not None
    select(qtbot, goals.tree, goal_item(goals, goal.id))
    qtbot.mouseClick(goals.delete_button, LEFT)
    assert goal.id not in {g.id for g in store.goals()}
    assert window.undo_action.text() == "&Undo Delete goal"
    window.undo_action.trigger()
    assert dump(store) == edited
    window.undo_action.trigger()
    assert dump(store) == start


def test_the_dialogs_refuse_invalid_input_with_the_reason_shown(
    qtbot: Any, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    today = dt.date.today()
    pair = mentored_pair(store)
    assert pair.id is not None and pair.start_date is not None
    click_pair(qtbot, page, pair.id)
    before = dump(store)
    early = pair.start_date - dt.timedelta(days=3)

    def bad_goal(dialog: QDialog) -> bool:
        assert isinstance(dialog, GoalDialog)
        assert not dialog.ok_button.isEnabled()
        assert dialog.errors["title"].isVisible()
        assert dialog.errors["title"].text() == "Enter a title for the goal."
        assert "Say how you will measure it" in dialog.hints.text()
        qtbot.keyClicks(dialog.title, "Speak up in meetings")
        assert dialog.ok_button.isEnabled() and not dialog.errors["title"].isVisible()
        dialog.target.set_day(early)
        assert dialog.errors["target_date"].text() == (
            "The target date cannot be before the pair started."
        )
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    def bad_session(dialog: QDialog) -> bool:
        assert isinstance(dialog, SessionDialog)
        assert dialog.ok_button.isEnabled()
        dialog.date.setDate(QDate(today.year, today.month, today.day).addDays(7))
        assert not dialog.ok_button.isEnabled()
        assert dialog.errors["date"].isVisible()
        assert dialog.errors["date"].text().startswith("A session that was held or missed")
        dialog.status.setCurrentIndex(dialog.status.findText("Cancelled"))
        assert dialog.ok_button.isEnabled() and not dialog.errors["date"].isVisible()
        dialog.date.setDate(QDate(early.year, early.month, early.day))
        assert dialog.errors["date"].text() == "The session cannot be before the pair started."
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps += [bad_goal, bad_session]
    qtbot.mouseClick(goals_box(page).add_button, LEFT)
    qtbot.mouseClick(sessions_box(page).log_button, LEFT)
    assert dump(store) == before


def test_read_only_program_shows_goals_and_sessions_without_editing(
    qtbot: Any, make_window: Any, demo_file: Path
) -> None:
    window = make_window()
    assert window.open_file(demo_file, read_only=True)
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    page = window.view.pairs
    pair = mentored_pair(store_of(page))
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    goals, sessions = goals_box(page), sessions_box(page)
    assert goals.tree.topLevelItemCount() > 0 and sessions.tree.topLevelItemCount() > 0
    select(qtbot, goals.tree, goals.tree.topLevelItem(0))  # type: ignore[arg-type]
    select(qtbot, sessions.tree, sessions.tree.topLevelItem(0))  # type: ignore[arg-type]
    buttons = [goals.add_button, goals.edit_button, goals.delete_button, goals.status]
    buttons += [sessions.log_button, sessions.edit_button, sessions.delete_button]
    assert not any(b.isEnabled() for b in buttons)
    step = goals.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert step is not None and not step.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_screenshot_of_the_detail(qtbot: Any, window: MainWindow, page: PairsPage) -> None:
    """Saves the Pairs page with a pair's goals and sessions for a person to look at."""
    store = store_of(page)
    pair = next(
        p
        for p in store.pairs()
        if p.id is not None and any(s.confidential for s in store.sessions(p.id))
    )
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    window.resize(1366, 900)
    qtbot.wait(50)
    assert window.grab().save("/tmp/pair_detail_goals.png")


def test_goals_from_the_keyboard(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    """Space ticks the current step; Enter on a goal opens it for editing."""
    store = store_of(page)
    pair = mentored_pair(store)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    box = goals_box(page)
    goal = next(
        g
        for g in store.goals()
        if g.pair_id == pair.id
        and g.id is not None
        and any(not s.done for s in store.goal_steps(g.id))
    )
    assert goal.id is not None
    before = dump(store)
    item = goal_item(box, goal.id)
    item.setExpanded(True)
    row = next(n for n, s in enumerate(store.goal_steps(goal.id)) if not s.done)
    step = store.goal_steps(goal.id)[row]
    box.tree.setFocus()
    box.tree.setCurrentItem(item.child(row))
    qtbot.keyClick(box.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: store.step(step.id).done)  # type: ignore[arg-type]
    window.undo_action.trigger()
    assert dump(store) == before

    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, GoalDialog) and dialog.title.text() == goal.title
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(cancel)
    box.tree.setFocus()
    box.tree.setCurrentItem(goal_item(box, goal.id))
    qtbot.keyClick(box.tree, Qt.Key.Key_Return)
    assert not dialogs.steps and dump(store) == before
