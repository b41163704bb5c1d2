"""The Today page on the demo program, with the clock fixed: what it lists (the model's
``today_items`` for that day), the count in the navigation list, and each item's action as a
coordinator uses it, with what the file then holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from mentordesk.model.demo import write_demo
from mentordesk.model.domain import CheckInChannel, Program
from mentordesk.model.store import Store
from mentordesk.model.today import TodayKind, today_items
from mentordesk.ui.checkin_dialog import CheckInDialog
from mentordesk.ui.main_window import MainWindow, Services
from mentordesk.ui.today_page import TodayPage, TodayRow

from .conftest import DialogScript, ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton
DAY = dt.date(2026, 3, 16)


@pytest.fixture
def day_file(tmp_path: Path) -> Path:
    path = tmp_path / "Northwind.mentordesk"
    write_demo(path, today=DAY)
    return path


@pytest.fixture
def open_window(
    make_window: Callable[[], MainWindow], services: Services
) -> Callable[..., MainWindow]:
    services.today = lambda: DAY

    def open_(path: Path, read_only: bool = False) -> MainWindow:
        window = make_window()
        assert window.open_file(path, read_only=read_only)
        return window

    return open_


def show_today(window: MainWindow, qtbot: Any) -> TodayPage:
    """Show the page and wait for its rows to be laid out, as they are when a person looks."""
    assert window.view is not None
    window.view.show_page(window.view.today_page)
    page = window.view.today_page
    qtbot.waitUntil(lambda: all(r.button.height() > 0 for r in page.rows))
    return page


def on_file(path: Path) -> Store:
    return Store.open(path, read_only=True)


def expected(path: Path) -> list[tuple[TodayKind, str, str]]:
    with on_file(path) as store:
        return [(i.kind, i.subject, i.text) for i in today_items(store, store.program(), DAY)]


def shown(page: TodayPage) -> list[tuple[TodayKind, str, str]]:
    """Every item's row, after pressing "Show more" as often as it is offered."""
    while page.scroll_area.more_button.isVisible():
        page.scroll_area.show_more()
    return [(r.item.kind, r.item.subject, r.item.text) for r in page.rows]


def row_of(page: TodayPage, kind: TodayKind, **ids: int) -> TodayRow:
    shown(page)  # as far down the list as it takes
    row = next(
        r
        for r in page.rows
        if r.item.kind is kind and all(getattr(r.item, k) == v for k, v in ids.items())
    )
    return reveal(page, row)


def reveal(page: TodayPage, row: TodayRow) -> TodayRow:
    """Scroll the list to the row, as a person would before clicking it."""
    QApplication.processEvents()  # the list takes the height of the rows added
    page.scroll_area.ensureWidgetVisible(row)
    assert not row.button.visibleRegion().isEmpty()
    return row


def nav_text(window: MainWindow) -> str:
    assert window.view is not None
    return window.view.page_names()[1]


def test_lists_the_days_items_most_urgent_first(
    qtbot: Any, open_window: Callable[..., MainWindow], day_file: Path
) -> None:
    window = open_window(day_file)
    items = expected(day_file)
    assert len(items) > 10
    assert nav_text(window) == f"Today ({len(items)})"
    page = show_today(window, qtbot)
    assert shown(page) == items
    assert page.summary.text().startswith(f"{len(items)} things need you, ")
    assert not page.empty.isVisible()
    actions = {
        TodayKind.NO_SESSION: "Open pair",
        TodayKind.GOAL_OFF_TRACK: "Open pair",
        TodayKind.CHECKIN_DUE: "Log check-in…",
        TodayKind.STEP_DUE: "Mark done",
        TodayKind.PROPOSED: "Open the board",
    }
    for row in page.rows:
        assert row.tag.text() == row.item.kind.label
        if row.item.kind in actions:
            assert row.button.text() == actions[row.item.kind]
    overdue = next(r for r in page.rows if (r.item.days_overdue or 0) > 1)
    assert f"overdue by {overdue.item.days_overdue} days" in overdue.when.text()
    window.grab().save("/tmp/today_page.png")


def test_open_pair_and_open_the_board(
    qtbot: Any, open_window: Callable[..., MainWindow], day_file: Path
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    page = show_today(window, qtbot)
    quiet = row_of(page, TodayKind.NO_SESSION)
    pair_id = quiet.item.pair_id
    qtbot.mouseClick(quiet.button, LEFT)
    assert window.view.pages.currentWidget() is window.view.pairs
    assert window.view.pairs.selected_id() == pair_id
    assert window.view.pairs.detail.title.text().startswith(quiet.item.subject.split(" & ")[0])

    page = show_today(window, qtbot)
    proposed = row_of(page, TodayKind.PROPOSED)
    proposed.button.setFocus()
    qtbot.keyClick(proposed.button, Qt.Key.Key_Space)
    assert window.view.pages.currentWidget() is window.view.board


def test_log_checkin_writes_it_and_undo_brings_the_item_back(
    qtbot: Any,
    open_window: Callable[..., MainWindow],
    day_file: Path,
    dialogs: DialogScript,
) -> None:
    window = open_window(day_file)
    page = show_today(window, qtbot)
    before = shown(page)
    with on_file(day_file) as store:
        # A pair past its first month, so one check-in puts it right for 30 days.
        row = next(
            r
            for r in page.rows
            if r.item.kind is TodayKind.CHECKIN_DUE and "Last check-in" in r.item.text
        )
        reveal(page, row)
        pair_id = row.item.pair_id
        assert pair_id is not None
        pair = store.pair(pair_id)
        member = pair.members[1].participant_id
        member_name = store.participant(member).full_name
        earlier = len(store.checkins(pair_id))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckInDialog)
        assert dialog.date_edit.date() == QDate(DAY.year, DAY.month, DAY.day)
        assert dialog.ok_button.isEnabled()
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findText("Video call"))
        dialog.with_combo.setCurrentIndex(dialog.with_combo.findText(f"Only {member_name}"))
        dialog.met_spin.setFocus()
        qtbot.keyClick(dialog.met_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.met_spin, "3")
        qtbot.keyClicks(dialog.activities_edit, "Rehearsed the migration review")
        dialog.relationship_combo.setCurrentIndex(4)
        qtbot.keyClicks(dialog.concern_edit, "Little time before the release")
        qtbot.keyClicks(dialog.notes_edit, "Call again after the release.")
        qtbot.mouseClick(dialog.confidential_box, LEFT)
        dialog.grab().save("/tmp/checkin_dialog.png")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(fill)
    qtbot.mouseClick(row.button, LEFT)
    with on_file(day_file) as store:
        checkins = store.checkins(pair_id)
    assert len(checkins) == earlier + 1
    logged = checkins[-1]
    assert (logged.date, logged.channel, logged.participant_id) == (
        DAY,
        CheckInChannel.VIDEO,
        member,
    )
    assert logged.answers == {
        "met": 3,
        "activities": "Rehearsed the migration review",
        "relationship": 4,
        "concern": "Little time before the release",
    }
    assert logged.notes == "Call again after the release." and logged.confidential
    gone = (TodayKind.CHECKIN_DUE, row.item.subject, row.item.text)
    assert gone not in shown(page) and shown(page) == expected(day_file)
    assert nav_text(window) == f"Today ({len(before) - 1})"

    window.undo_action.trigger()
    with on_file(day_file) as store:
        assert len(store.checkins(pair_id)) == earlier
    assert shown(page) == before and nav_text(window) == f"Today ({len(before)})"
    window.redo_action.trigger()
    with on_file(day_file) as store:
        assert store.checkins(pair_id)[-1] == logged
    assert gone not in shown(page)


def test_checkin_dialog_refuses_a_future_date(
    qtbot: Any, open_window: Callable[..., MainWindow], day_file: Path, dialogs: DialogScript
) -> None:
    window = open_window(day_file)
    page = show_today(window, qtbot)
    row = row_of(page, TodayKind.CHECKIN_DUE)

    def future(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckInDialog)
        tomorrow = DAY + dt.timedelta(days=1)
        dialog.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        assert not dialog.ok_button.isEnabled()
        assert dialog.date_problem.isVisible()
        assert dialog.date_problem.text() == "A check-in cannot be in the future."
        dialog.grab().save("/tmp/checkin_future.png")
        dialog.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day - 3))
        assert dialog.ok_button.isEnabled() and not dialog.date_problem.isVisible()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)
        return False

    dialogs.steps.append(future)
    before = shown(page)
    qtbot.mouseClick(row.button, LEFT)
    assert not dialogs.steps and shown(page) == before


def test_mark_step_done_and_undo(
    qtbot: Any, open_window: Callable[..., MainWindow], day_file: Path
) -> None:
    window = open_window(day_file)
    page = show_today(window, qtbot)
    row = row_of(page, TodayKind.STEP_DUE)
    index = page.rows.index(row)
    step_id = row.item.step_id
    assert step_id is not None
    row.button.setFocus()
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    with on_file(day_file) as store:
        step = store.step(step_id)
    assert step.done and step.done_date == DAY
    assert all(r.item.step_id != step_id for r in page.rows)
    assert page.focusWidget() is page.rows[index].button, "the focus stays on the same line"
    window.undo_action.trigger()
    with on_file(day_file) as store:
        step = store.step(step_id)
    assert not step.done and step.done_date is None
    assert row_of(page, TodayKind.STEP_DUE, step_id=step_id)


def test_read_only_program_disables_the_writing_actions(
    qtbot: Any, open_window: Callable[..., MainWindow], day_file: Path
) -> None:
    window = open_window(day_file, read_only=True)
    page = show_today(window, qtbot)
    for row in page.rows:
        writes = row.item.kind in (TodayKind.CHECKIN_DUE, TodayKind.STEP_DUE)
        assert row.button.isEnabled() is not writes


def test_nothing_to_do_is_said_in_words(
    qtbot: Any, open_window: Callable[..., MainWindow], tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    path = tmp_path / "Empty.mentordesk"
    Store.create(path, Program(name="Empty")).close()
    window = open_window(path)
    assert nav_text(window) == "Today"
    page = show_today(window, qtbot)
    assert page.rows == [] and page.empty.isVisible() and not page.summary.isVisible()
    assert page.empty.text().startswith("Nothing needs your attention today.")


def test_a_long_list_shows_its_first_rows_and_more_on_request_or_when_scrolled(
    qtbot: Any,
    open_window: Callable[..., MainWindow],
    day_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentordesk.ui import row_list

    monkeypatch.setattr(row_list, "FIRST_ROWS", 2)
    monkeypatch.setattr(row_list, "MORE_ROWS", 2)
    page = show_today(open_window(day_file), qtbot)
    total = len(expected(day_file))
    assert total > 6, "the test needs a list longer than three batches"
    assert len(page.rows) == 2
    more = page.scroll_area.more_button
    assert more.isVisible() and more.text() == f"Show more (2 of {total} shown)"

    # From the keyboard: the button builds two more rows and the focus goes to the first.
    more.setFocus()
    qtbot.keyClick(more, Qt.Key.Key_Space)
    assert len(page.rows) == 4 and page.focusWidget() is page.rows[2].button
    assert more.text() == f"Show more (4 of {total} shown)"

    # Scrolling to the end builds the next batch by itself.
    page.scroll_area.resize(page.scroll_area.width(), 120)  # short enough to scroll
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(page.rows) == 6)

    while more.isVisible():
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert shown(page) == expected(day_file)
