"""The Pairs page, driven as a coordinator drives it on the demo program: the search, the status
filter and the "needs attention" toggle; each test checks what the table shows and, for edits,
what the file then holds."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from mentordesk.model import followup
from mentordesk.model.domain import (
    ClosureReason,
    GoalStatus,
    MeetingPlan,
    PairStatus,
    SessionFormat,
    SessionStatus,
)
from mentordesk.model.followup import HealthState
from mentordesk.model.store import Store
from mentordesk.ui.close_pair_dialog import ClosePairDialog
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pairs_model import (
    GOALS,
    HEALTH,
    ID_ROLE,
    MEMBERS,
    SESSIONS,
    SINCE,
    STATUS,
    date_text,
)
from mentordesk.ui.pairs_page import PairsPage
from mentordesk.ui.status_change_dialog import StatusChangeDialog

from .conftest import DialogScript, ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(window: MainWindow, qtbot: Any) -> PairsPage:
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    pairs_page = window.view.pairs
    qtbot.waitUntil(lambda: pairs_page.table_model.total > 0)
    return pairs_page


def store_of(page: PairsPage) -> Store:
    return page._store


def shown_ids(page: PairsPage) -> list[int]:
    model = page.table.model()
    return [int(model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]


def cell(page: PairsPage, pair_id: int, column: int) -> str:
    model = page.table.model()
    row = shown_ids(page).index(pair_id)
    return str(model.index(row, column).data() or "")


def test_table_shows_every_pair_with_its_figures(page: PairsPage) -> None:
    store = store_of(page)
    pairs = store.pairs()
    assert sorted(shown_ids(page)) == sorted(p.id for p in pairs if p.id is not None)
    assert page.count_label.text() == f"{len(pairs)} pairs and groups"
    names = {p.id: p.full_name for p in store.participants()}
    today = dt.date.today()
    for pair in pairs:
        assert pair.id is not None
        title = cell(page, pair.id, MEMBERS)
        assert all(names[m.participant_id] in title for m in pair.members)
        assert cell(page, pair.id, STATUS) == pair.status.label
        held = [s for s in store.sessions(pair.id) if s.status is SessionStatus.HELD]
        assert cell(page, pair.id, SESSIONS) == str(len(held))
        since = str((today - max(s.date for s in held)).days) if held else ""
        assert cell(page, pair.id, SINCE) == since
        goals = Counter(g.status for g in store.goals() if g.pair_id == pair.id)
        if goals[GoalStatus.OFF_TRACK]:
            assert f"{goals[GoalStatus.OFF_TRACK]} off track" in cell(page, pair.id, GOALS)
    group = next(p for p in pairs if len(p.members) > 2)
    assert group.id is not None and cell(page, group.id, MEMBERS).startswith(group.name)


def test_sorting_by_sessions(page: PairsPage) -> None:
    page.table.sortByColumn(SESSIONS, Qt.SortOrder.DescendingOrder)
    model = page.table.model()
    counts = [int(model.index(r, SESSIONS).data()) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_filter_by_status_search_and_needs_attention(qtbot: Any, page: PairsPage) -> None:
    store = store_of(page)
    pairs = store.pairs()
    paused = {p.id for p in pairs if p.status is PairStatus.PAUSED}
    page.status_filter.setFocus()
    page.status_filter.setCurrentIndex(page.status_filter.findText("Paused"))
    assert set(shown_ids(page)) == paused
    assert page.count_label.text() == f"Showing {len(paused)} of {len(pairs)} pairs"
    assert page.clear_filters_button.isVisible()

    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(page)) == len(pairs)

    # Search by a member's name, as typed, accents and case aside.
    person = store.participants()[0]
    qtbot.keyClicks(page.search, person.last_name.upper())
    expected = {
        p.id
        for p in pairs
        if any(
            q.last_name == person.last_name
            for q in store.participants()
            if q.id in {m.participant_id for m in p.members}
        )
    }
    assert set(shown_ids(page)) == expected and expected
    page.search.clear()

    # Needs attention: the active pairs whose health (the model's rules) needs a check-in.
    healths = followup.healths(store.pair_facts(), store.program(), dt.date.today())
    wanted = {pid for pid, h in healths.items() if h.state is HealthState.NEEDS_CHECKIN}
    page.attention.click()
    assert set(shown_ids(page)) == wanted and wanted
    assert page.attention.text() == f"Needs &attention ({len(wanted)})"
    for pid in wanted:
        row = shown_ids(page).index(pid)
        assert cell(page, pid, HEALTH) == "Needs a check-in"
        tip = page.table.model().index(row, HEALTH).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.split("\n") == [healths[pid].reason, *healths[pid].also]
    page.status_filter.setCurrentIndex(page.status_filter.findText("Closed"))
    assert shown_ids(page) == []
    assert page.count_label.text() == f"Showing 0 of {len(pairs)} pairs"


def test_page_follows_changes_made_elsewhere(page: PairsPage, demo_file: Path) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE)
    assert pair.id is not None
    store.change_pair_status(pair.id, PairStatus.PAUSED, dt.date.today())
    assert cell(page, pair.id, STATUS) == "Paused"


# -- the selected pair's detail ---------------------------------------------------------------


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, so an undo can be checked to put the file back exactly."""
    tables = [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(map(tuple, store.conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def click_pair(qtbot: Any, page: PairsPage, pair_id: int) -> None:
    row = shown_ids(page).index(pair_id)
    index = page.table.model().index(row, MEMBERS)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_id() == pair_id


def visible_buttons(page: PairsPage) -> list[str]:
    detail = page.detail
    buttons = [*detail.status_buttons.values(), detail.close_button]
    return [b.text() for b in buttons if b.isVisible()]


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def answer(qtbot: Any, day: dt.date | None = None, note: str = "") -> Any:
    """A dialog step: the day (today when None) and the note typed, then Enter."""

    def step(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        if day is not None:
            dialog.date_edit.setDate(qdate(day))
        qtbot.keyClicks(dialog.note_edit, note)
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return step


def test_pause_close_reopen_each_undone(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    today = dt.date.today()
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE and p.start_date)
    assert pair.id is not None and pair.start_date is not None
    click_pair(qtbot, page, pair.id)
    detail = page.detail
    assert detail.title.text() == cell(page, pair.id, MEMBERS)
    assert detail.life.text() == f"Proposed → Active {date_text(pair.start_date)}"
    assert visible_buttons(page) == ["Pa&use", "&Close…"]
    start = dump(store)

    # Pause: the file holds the status and a history row dated today.
    dialogs.steps.append(answer(qtbot))
    qtbot.mouseClick(detail.status_buttons[PairStatus.ACTIVE, PairStatus.PAUSED], LEFT)
    assert store.pair(pair.id).status is PairStatus.PAUSED
    last = store.pair_history(pair.id)[-1]
    assert (last.status, last.date) == (PairStatus.PAUSED, today)
    assert cell(page, pair.id, STATUS) == "Paused"
    assert detail.life.text().endswith(f"→ Paused {date_text(today)}")
    assert visible_buttons(page) == ["&Resume", "&Close…"]
    assert window.undo_action.text() == "&Undo Pause pair"
    paused = dump(store)
    window.undo_action.trigger()
    assert dump(store) == start
    assert visible_buttons(page) == ["Pa&use", "&Close…"]
    window.redo_action.trigger()
    assert dump(store) == paused

    # Close through the dialog, with a reason and a note.
    def close(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClosePairDialog)
        assert dialog.date() == today
        assert dialog.date_row.sentence.text() == f"Last change: Paused {date_text(today)}."
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("Goals reached"))
        qtbot.keyClicks(dialog.note_edit, "Both goals met.")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(close)
    qtbot.mouseClick(detail.close_button, LEFT)
    closed = store.pair(pair.id)
    assert closed.status is PairStatus.CLOSED
    assert closed.closure_reason is ClosureReason.GOALS_REACHED
    assert closed.closure_note == "Both goals met."
    assert closed.end_date == today
    assert detail.life.text().endswith(
        f"→ Closed {date_text(today)} (Goals reached: Both goals met.)"
    )
    assert visible_buttons(page) == ["Re&open"]
    window.undo_action.trigger()
    assert dump(store) == paused
    window.redo_action.trigger()
    closed_dump = dump(store)

    # Reopen: active again, end and closure cleared; undo brings the closure back.
    dialogs.steps.append(answer(qtbot))
    qtbot.mouseClick(detail.status_buttons[PairStatus.CLOSED, PairStatus.ACTIVE], LEFT)
    reopened = store.pair(pair.id)
    assert reopened.status is PairStatus.ACTIVE and reopened.end_date is None
    assert reopened.closure_reason is None
    assert detail.life.text().endswith(f"→ Reopened {date_text(today)}")
    window.undo_action.trigger()
    assert dump(store) == closed_dump
    for _ in range(3):
        window.undo_action.trigger()
    assert dump(store) == start


def test_close_dialog_refuses_without_a_reason(
    qtbot: Any, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.PAUSED)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    before = dump(store)

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClosePairDialog)
        assert not dialog.ok_button.isEnabled()
        assert dialog.reason_problem.isVisible()
        assert dialog.reason_problem.text() == "Choose why the pair is closing."
        qtbot.keyClicks(dialog.note_edit, "No reason given")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("Not a good match"))
        assert dialog.ok_button.isEnabled() and not dialog.reason_problem.isVisible()
        # With a reason, a closing day in the future is refused in words too.
        today = dt.date.today()
        dialog.date_edit.setDate(QDate(today.year, today.month, today.day).addDays(1))
        assert dialog.date_row.sentence.text() == (
            f"The date cannot be in the future (today is {date_text(today)})."
        )
        assert not dialog.ok_button.isEnabled()
        dialog.date_edit.setDate(QDate(today.year, today.month, today.day))
        assert dialog.ok_button.isEnabled()
        dialog.reason_combo.setCurrentIndex(0)
        assert not dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(refuse)
    qtbot.mouseClick(page.detail.close_button, LEFT)
    assert dump(store) == before


def test_edit_agreement_and_meeting_plan(qtbot: Any, window: MainWindow, page: PairsPage) -> None:
    store = store_of(page)
    pair = next(
        p
        for p in store.pairs()
        if p.status is PairStatus.ACTIVE
        and p.meeting_plan is MeetingPlan.NONE
        and not p.expectations
    )
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    detail = page.detail
    before = dump(store)
    assert not detail.save_button.isEnabled()
    assert not detail.weekday.isEnabled()

    qtbot.keyClicks(detail.expectations, "Come prepared; one goal a month.")
    detail.every.setFocus()
    detail.every.selectAll()
    qtbot.keyClicks(detail.every, "10")
    detail.channel.setCurrentIndex(detail.channel.findText("Video"))
    qtbot.mouseClick(detail.confidential, LEFT)
    detail.confidential_date.setDate(QDate(2026, 8, 1))
    detail.plan.setCurrentIndex(detail.plan.findText("Every two weeks"))
    assert detail.weekday.isEnabled() and detail.time.isEnabled()
    detail.weekday.setCurrentIndex(2)
    detail.time.setTime(QTime(17, 30))
    assert detail.save_button.isEnabled()
    qtbot.mouseClick(detail.save_button, LEFT)

    saved = store.pair(pair.id)
    assert saved.expectations == "Come prepared; one goal a month."
    assert saved.meeting_every_days == 10
    assert saved.channel is SessionFormat.VIDEO
    assert saved.confidentiality_date == dt.date(2026, 8, 1)
    assert saved.meeting_plan is MeetingPlan.BIWEEKLY
    assert (saved.meeting_weekday, saved.meeting_time) == (2, "17:30")
    assert not detail.save_button.isEnabled()
    assert window.undo_action.text() == "&Undo Edit agreement and meeting plan"

    window.undo_action.trigger()
    assert dump(store) == before
    assert detail.expectations.toPlainText() == ""
    assert detail.plan.currentText() == "No regular meeting"
    window.redo_action.trigger()
    assert store.pair(pair.id) == saved


def test_read_only_program_cannot_be_edited(qtbot: Any, make_window: Any, demo_file: Path) -> None:
    window = make_window()
    assert window.open_file(demo_file, read_only=True)
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    page = window.view.pairs
    pair = next(p for p in store_of(page).pairs() if p.status is PairStatus.ACTIVE)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    detail = page.detail
    assert not any(b.isEnabled() for b in [*detail.status_buttons.values(), detail.close_button])
    assert not detail.expectations.isEnabled() and not detail.save_button.isEnabled()


def test_a_change_the_file_refuses_is_told_and_not_kept(
    qtbot: Any,
    window: MainWindow,
    page: PairsPage,
    prompts: ScriptedPrompts,
    dialogs: DialogScript,
) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE and p.start_date)
    assert pair.id is not None and pair.start_date is not None
    click_pair(qtbot, page, pair.id)

    def paused_elsewhere(dialog: QDialog) -> bool:
        # While the dialog is open the pair is paused by another part of the window: the store
        # refuses to pause it twice.
        assert pair.id is not None
        store.change_pair_status(pair.id, PairStatus.PAUSED, dt.date.today())
        return answer(qtbot)(dialog)

    dialogs.steps.append(paused_elsewhere)
    qtbot.mouseClick(page.detail.status_buttons[PairStatus.ACTIVE, PairStatus.PAUSED], LEFT)
    assert prompts.errors == ["A paused pair cannot become paused."]
    assert [c.status for c in store.pair_history(pair.id)] == [PairStatus.ACTIVE, PairStatus.PAUSED]
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


def test_pause_on_an_earlier_day_with_a_note(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE and p.start_date)
    assert pair.id is not None and pair.start_date is not None
    click_pair(qtbot, page, pair.id)
    detail = page.detail
    start = dump(store)
    day = pair.start_date + dt.timedelta(days=3)
    note = "Exams until the end of February"

    def pause(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        assert dialog.windowTitle() == f"Pause {detail.title.text()}"
        assert dialog.date() == dt.date.today() and dialog.ok_button.isEnabled()
        assert dialog.date_row.sentence.text() == (
            f"The pair started on {date_text(pair.start_date)}."
        )
        assert dialog.note_edit.placeholderText() == f"e.g. {note}"
        # From the keyboard: the date first, Tab to the note; Alt+O and Alt+N go to each.
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert QApplication.focusWidget() is dialog.date_edit
        dialog.date_edit.setDate(qdate(day))
        for _ in range(3):  # Tab goes through day, month and year first
            qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.note_edit
        qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.date_edit
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.note_edit
        return bool(answer(qtbot, note=note)(dialog))

    dialogs.steps.append(pause)
    qtbot.mouseClick(detail.status_buttons[PairStatus.ACTIVE, PairStatus.PAUSED], LEFT)
    last = store.pair_history(pair.id)[-1]
    assert (last.status, last.date, last.note) == (PairStatus.PAUSED, day, note)
    assert store.pair(pair.id).status is PairStatus.PAUSED
    assert detail.life.text() == (
        f"Proposed → Active {date_text(pair.start_date)} → Paused {date_text(day)} ({note})"
    )
    assert cell(page, pair.id, STATUS) == "Paused"
    paused = dump(store)
    window.undo_action.trigger()
    assert dump(store) == start
    assert detail.life.text() == f"Proposed → Active {date_text(pair.start_date)}"
    window.redo_action.trigger()
    assert dump(store) == paused

    # Resuming before the pause is refused in words, as the life line would go backwards.
    def too_early(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        assert dialog.windowTitle() == f"Resume {detail.title.text()}"
        dialog.date_edit.setDate(qdate(day - dt.timedelta(days=1)))
        assert dialog.date_row.sentence.text() == (
            f"The date cannot be before the last change (Paused {date_text(day)})."
        )
        assert not dialog.ok_button.isEnabled()
        return bool(answer(qtbot, day=day, note="Back after the exams")(dialog))

    dialogs.steps.append(too_early)
    qtbot.mouseClick(detail.status_buttons[PairStatus.PAUSED, PairStatus.ACTIVE], LEFT)
    assert detail.life.text().endswith(
        f"→ Paused {date_text(day)} ({note}) → Resumed {date_text(day)} (Back after the exams)"
    )
    for _ in range(2):
        window.undo_action.trigger()
    assert dump(store) == start


def test_a_day_before_the_start_or_in_the_future_is_refused(
    qtbot: Any, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE and p.start_date)
    assert pair.id is not None and pair.start_date is not None
    click_pair(qtbot, page, pair.id)
    before = dump(store)
    today = dt.date.today()

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        assert pair.start_date is not None
        sentence = dialog.date_row.sentence
        dialog.date_edit.setDate(qdate(pair.start_date - dt.timedelta(days=1)))
        assert sentence.isVisible() and sentence.text() == (
            f"The date cannot be before the pair started ({date_text(pair.start_date)})."
        )
        assert not dialog.ok_button.isEnabled()
        assert dialog.ok_button.toolTip() == sentence.text()
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

        dialog.date_edit.setDate(qdate(today + dt.timedelta(days=1)))
        assert sentence.text() == f"The date cannot be in the future (today is {date_text(today)})."
        assert not dialog.ok_button.isEnabled()
        dialog.date_edit.setDate(qdate(pair.start_date))
        assert dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(refuse)
    qtbot.mouseClick(page.detail.status_buttons[PairStatus.ACTIVE, PairStatus.PAUSED], LEFT)
    assert dump(store) == before


def test_screenshots(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    """Saves the page and the close dialog for a person to look at (not compared)."""
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.PAUSED)
    assert pair.id is not None
    click_pair(qtbot, page, pair.id)
    assert window.grab().save("/tmp/pairs_page.png")

    def shoot(dialog: QDialog) -> bool:
        assert dialog.grab().save("/tmp/close_dialog.png")
        return False

    dialogs.steps.append(shoot)
    qtbot.mouseClick(page.detail.close_button, LEFT)

    def shoot_status(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        qtbot.keyClicks(dialog.note_edit, "Exams until the end of February")
        assert dialog.grab().save("/tmp/status_dialog.png")
        assert active.start_date is not None
        dialog.date_edit.setDate(qdate(active.start_date - dt.timedelta(days=1)))
        assert dialog.grab().save("/tmp/status_dialog_refused.png")
        return False

    active = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE and p.start_date)
    assert active.id is not None
    click_pair(qtbot, page, active.id)
    dialogs.steps.append(shoot_status)
    qtbot.mouseClick(page.detail.status_buttons[PairStatus.ACTIVE, PairStatus.PAUSED], LEFT)


def test_start_a_proposed_pair_from_the_keyboard(
    qtbot: Any, window: MainWindow, page: PairsPage, dialogs: DialogScript
) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.PROPOSED)
    assert pair.id is not None
    before = dump(store)
    page.status_filter.setCurrentIndex(page.status_filter.findText("Proposed"))
    click_pair(qtbot, page, pair.id)
    assert visible_buttons(page) == ["&Start", "&Close…"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()

    def start(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusChangeDialog)
        assert dialog.date_row.sentence.text() == ""  # a proposed pair has no start yet
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(start)
    # Through the window, as a real key press goes: Qt 6 matches shortcuts there.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # A mnemonic animates the click: the button is pressed for a moment first.
    qtbot.waitUntil(lambda: store.pair(pair.id).status is not PairStatus.PROPOSED)
    started = store.pair(pair.id)
    assert started.status is PairStatus.ACTIVE and started.start_date == dt.date.today()
    # The filter shows proposed pairs only: the started pair leaves the list.
    assert pair.id not in shown_ids(page)
    window.undo_action.trigger()
    assert dump(store) == before
    window.activateWindow()  # as when a modal dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_checkins_of_the_pair_show_in_its_detail_and_can_be_logged_there(
    window: MainWindow, dialogs: Any, qtbot: Any
) -> None:
    from mentordesk.model.domain import CheckInChannel
    from mentordesk.ui.checkin_dialog import CheckInDialog

    assert window.view is not None
    store = window.view.store
    page = window.view.pairs
    window.view.show_page(page)
    [secret] = [c for c in store.checkins() if c.confidential and c.notes]  # the demo's one
    pair_id = secret.pair_id
    page.select_id(pair_id)
    section = page.detail.checkins
    assert section.tree.topLevelItemCount() == len(store.checkins(pair_id))
    shown = [section.tree.topLevelItem(i).text(3) for i in range(len(store.checkins(pair_id)))]
    assert not any(secret.notes in text for text in shown)  # hidden until asked for
    concern = str(secret.answers.get("concern", ""))
    assert not concern or not any(concern in text for text in shown)
    qtbot.mouseClick(section.notes_button, Qt.MouseButton.LeftButton)
    shown = [section.tree.topLevelItem(i).text(3) for i in range(len(store.checkins(pair_id)))]
    assert any(secret.notes in text for text in shown)

    def log(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckInDialog)
        return True

    dialogs.steps.append(log)
    before = len(store.checkins(pair_id))
    qtbot.mouseClick(section.log_button, Qt.MouseButton.LeftButton)
    assert len(store.checkins(pair_id)) == before + 1
    assert section.tree.topLevelItemCount() == before + 1
    assert store.checkins(pair_id)[-1].channel in CheckInChannel
    window.undo_action.trigger()
    assert section.tree.topLevelItemCount() == before
