"""The Calendar page on the demo program, with the clock fixed: the meetings it lists (the
model's ``upcoming`` for that day) week by week, "Open pair", the .ics export from the page and
from the File menu read back with icalendar, a path that cannot be written, and the empty state."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from mentordesk.model.calendar import Meeting, upcoming, write_ics
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import MeetingPlan, PairStatus
from mentordesk.model.errors import FileProblem
from mentordesk.model.store import Store
from mentordesk.ui.calendar_page import CalendarPage
from mentordesk.ui.main_window import MainWindow, Services

from .conftest import ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton
DAY = dt.date(2026, 3, 16)  # a Monday
TUE, WED, THU = 1, 2, 3


@pytest.fixture
def shipped_demo(tmp_path: Path) -> Path:
    path = tmp_path / "Northwind.mentordesk"
    write_demo(path, today=DAY)
    return path


@pytest.fixture
def day_file(shipped_demo: Path) -> Path:
    """The demo with no meeting plan, so each test sets the plans it counts on."""
    with Store.open(shipped_demo) as store:
        for pair in store.pairs():
            if pair.meeting_plan is not MeetingPlan.NONE:
                store.update_pair(
                    dataclasses.replace(
                        pair, meeting_plan=MeetingPlan.NONE, meeting_weekday=None, meeting_time=None
                    )
                )
    return shipped_demo


def test_the_demo_comes_with_meetings_planned(
    qtbot: Any, open_window: Callable[[Path], MainWindow], shipped_demo: Path
) -> None:
    page = show_calendar(open_window(shipped_demo), qtbot)
    assert len({r.meeting.pair_id for r in page.rows}) == 5
    assert {r.plan.text() for r in page.rows} >= {"Weekly", "Every two weeks"}
    assert not page.empty.isVisible()


def plan(store: Store, pair_id: int, kind: MeetingPlan, weekday: int, time: str) -> None:
    pair = store.pair(pair_id)
    store.update_pair(
        dataclasses.replace(pair, meeting_plan=kind, meeting_weekday=weekday, meeting_time=time)
    )


def active_ids(path: Path) -> list[int]:
    with Store.open(path, read_only=True) as store:
        return [p.id for p in store.pairs() if p.status is PairStatus.ACTIVE and p.id is not None]


@pytest.fixture
def planned(day_file: Path) -> list[int]:
    """Two active pairs of the demo with a plan: weekly on Tuesday, every two weeks Thursday."""
    ids = active_ids(day_file)[:2]
    with Store.open(day_file) as store:
        plan(store, ids[0], MeetingPlan.WEEKLY, TUE, "17:30")
        plan(store, ids[1], MeetingPlan.BIWEEKLY, THU, "09:00")
    return ids


@pytest.fixture
def open_window(
    make_window: Callable[[], MainWindow], services: Services
) -> Callable[[Path], MainWindow]:
    services.today = lambda: DAY

    def open_(path: Path) -> MainWindow:
        window = make_window()
        assert window.open_file(path)
        return window

    return open_


def show_calendar(window: MainWindow, qtbot: Any) -> CalendarPage:
    """Show the page and wait for its rows to be laid out, as they are when a person looks."""
    assert window.view is not None
    window.view.show_page(window.view.calendar)
    page = window.view.calendar
    qtbot.waitUntil(lambda: all(r.height() >= r.minimumSizeHint().height() for r in page.rows))
    return page


def expected(store: Store) -> list[Meeting]:
    return upcoming(store.pairs(), store.participants(), DAY, 28, program=store.program())


def test_lists_the_upcoming_meetings_week_by_week(
    qtbot: Any, open_window: Callable[[Path], MainWindow], day_file: Path, planned: list[int]
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    assert window.view.page_names()[4:6] == ["Pairs", "Calendar"]
    page = show_calendar(window, qtbot)
    meetings = expected(window.view.store)
    assert [r.meeting for r in page.rows] == meetings
    assert len(meetings) == 4 + 2  # four Tuesdays, every other Thursday
    assert {m.pair_id for m in meetings} == set(planned)
    assert not page.empty_box.isVisible() and page.scroll_area.isVisible()
    assert page.summary.text().startswith("6 meetings of 2 pairs from 16 Mar 2026 to 12 Apr 2026. ")

    first = page.rows[0]
    assert (first.day.text(), first.time.text()) == ("Tue 17 Mar", "17:30")
    assert first.plan.text() == "Weekly"
    pair = window.view.store.pair(planned[0])
    names = window.view.store.participant_names()
    for member in pair.members:
        assert names[member.participant_id] in first.names.text()
    thursday = next(r for r in page.rows if r.meeting.pair_id == planned[1])
    assert thursday.day.text().startswith("Thu ") and thursday.time.text() == "09:00"
    assert thursday.plan.text() == "Every two weeks"
    assert all(r.button.text() == "Open pair" for r in page.rows)
    weeks = [h.text() for h in page._headers]
    assert weeks == [
        "This week · 16 Mar 2026 to 22 Mar 2026",
        "Next week · 23 Mar 2026 to 29 Mar 2026",
        "In 2 weeks · 30 Mar 2026 to 5 Apr 2026",
        "In 3 weeks · 6 Apr 2026 to 12 Apr 2026",
    ]


def test_open_pair_by_click_and_by_key(
    qtbot: Any, open_window: Callable[[Path], MainWindow], day_file: Path, planned: list[int]
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    page = show_calendar(window, qtbot)
    window.activateWindow()
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Tab)  # from the export to the first row
    assert page.focusWidget() is page.rows[0].button
    qtbot.mouseClick(page.rows[0].button, LEFT)
    assert window.view.pages.currentWidget() is window.view.pairs
    assert window.view.pairs.selected_id() == planned[0]

    page = show_calendar(window, qtbot)
    button = next(r.button for r in page.rows if r.meeting.pair_id == planned[1])
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.view.pages.currentWidget() is window.view.pairs
    assert window.view.pairs.selected_id() == planned[1]


def test_a_new_plan_shows_up_at_once_or_when_shown_again(
    qtbot: Any, open_window: Callable[[Path], MainWindow], day_file: Path, planned: list[int]
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    store = window.view.store
    page = show_calendar(window, qtbot)
    group = active_ids(day_file)[-1]  # four peers since Monday 5 Jan 2026
    assert len(store.pair(group).members) == 4
    plan(store, group, MeetingPlan.MONTHLY, WED, "12:00")  # from 7 Jan: the 1st Wednesday
    assert [r.meeting for r in page.rows] == expected(store)
    qtbot.waitUntil(lambda: all(r.height() >= r.minimumSizeHint().height() for r in page.rows))
    assert [(r.day.text(), r.plan.text()) for r in page.rows if r.meeting.pair_id == group] == [
        ("Wed 1 Apr", "Monthly, the 1st Wednesday")
    ]
    window.grab().save("/tmp/calendar_page.png")

    window.view.show_page(window.view.overview)
    plan(store, group, MeetingPlan.NONE, WED, "12:00")
    page = show_calendar(window, qtbot)
    assert [r.meeting for r in page.rows] == expected(store)
    assert {r.meeting.pair_id for r in page.rows} == set(planned)


def read_events(path: Path) -> list[Any]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def rrules(events: list[Any]) -> list[Any]:
    return [e["RRULE"] for e in events]


def test_export_writes_one_event_per_planned_pair(
    qtbot: Any,
    open_window: Callable[[Path], MainWindow],
    day_file: Path,
    planned: list[int],
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    window = open_window(day_file)
    page = show_calendar(window, qtbot)
    target = tmp_path / "meetings.ics"
    prompts.paths.append(str(target))
    qtbot.mouseClick(page.export_button, LEFT)
    assert prompts.errors == []
    events = read_events(target)
    assert len(events) == 2
    rules = {(r["FREQ"][0], r.get("INTERVAL", [1])[0], r["BYDAY"][0]) for r in rrules(events)}
    assert rules == {("WEEKLY", 1, "TU"), ("WEEKLY", 2, "TH")}
    assert {int(str(e["UID"]).split("-")[1]) for e in events} == set(planned)
    assert page.status.isVisible()
    assert page.status.text() == f"Saved 2 pairs' meeting plans to {target}"
    window.grab().save("/tmp/calendar_exported.png")

    # The File menu does the same from any page, and says so in the status bar.
    assert window.view is not None
    window.view.show_page(window.view.overview)
    again = tmp_path / "again.ics"
    prompts.paths.append(str(again))
    assert window.calendar_action.isEnabled()
    window.calendar_action.trigger()
    assert len(read_events(again)) == 2
    assert window.statusBar().currentMessage() == f"Saved 2 pairs' meeting plans to {again}"


def test_a_path_that_cannot_be_written_says_why_and_leaves_nothing(
    qtbot: Any,
    open_window: Callable[[Path], MainWindow],
    day_file: Path,
    planned: list[int],
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    page = show_calendar(window, qtbot)
    target = tmp_path / "no such folder" / "meetings.ics"
    store = window.view.store
    with pytest.raises(FileProblem) as problem:
        write_ics(target, store.pairs(), store.participants(), store.program(), DAY)
    before = sorted(tmp_path.rglob("*"))
    prompts.paths.append(str(target))
    qtbot.mouseClick(page.export_button, LEFT)
    assert prompts.errors == [str(problem.value)]
    assert sorted(tmp_path.rglob("*")) == before
    assert not page.status.isVisible()

    prompts.paths.append(None)  # cancelled: nothing said, nothing written
    qtbot.mouseClick(page.export_button, LEFT)
    assert prompts.errors == [str(problem.value)]
    assert sorted(tmp_path.rglob("*")) == before


def test_empty_state_says_why_and_leads_to_the_pairs_page(
    qtbot: Any,
    open_window: Callable[[Path], MainWindow],
    day_file: Path,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    page = show_calendar(window, qtbot)
    assert page.rows == []
    assert page.empty_box.isVisible() and not page.scroll_area.isVisible()
    assert page.empty.text().startswith("No active pair has a meeting plan with a day and a time")
    assert "on the Pairs page" in page.empty.text()
    assert page.summary.text() == "No meetings from 16 Mar 2026 to 12 Apr 2026."
    window.grab().save("/tmp/calendar_empty.png")

    prompts.paths.append(str(tmp_path / "meetings.ics"))
    window.calendar_action.trigger()
    assert prompts.errors == [
        "No active pair has a meeting plan with a day and a time, so no calendar was written."
    ]
    assert not (tmp_path / "meetings.ics").exists()

    page.pairs_button.setFocus()
    qtbot.keyClick(page.pairs_button, Qt.Key.Key_Space)
    assert window.view.pages.currentWidget() is window.view.pairs


def test_export_needs_an_open_program(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert not window.calendar_action.isEnabled()


def test_plans_with_no_meeting_in_the_four_weeks_say_so(
    qtbot: Any,
    open_window: Callable[[Path], MainWindow],
    services: Services,
    day_file: Path,
    planned: list[int],
) -> None:
    services.today = lambda: dt.date(2026, 11, 2)  # after the program's end, 17 Oct 2026
    window = open_window(day_file)
    page = show_calendar(window, qtbot)
    assert page.rows == [] and page.empty_box.isVisible()
    assert page.empty.text() == (
        "None of the 2 pairs with a meeting plan meets in these four weeks: they start later, "
        "or they or the program end before."
    )


def test_one_pairs_plan_exports_from_its_detail(
    qtbot: Any,
    open_window: Callable[[Path], MainWindow],
    day_file: Path,
    planned: list[int],
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    window = open_window(day_file)
    assert window.view is not None
    pairs = window.view.pairs
    window.view.show_page(pairs)
    unplanned = next(i for i in active_ids(day_file) if i not in planned)
    pairs.select_id(unplanned)
    assert not pairs.detail.export_button.isEnabled()  # no plan, nothing to export
    pairs.select_id(planned[0])
    assert pairs.detail.export_button.isEnabled()
    target = tmp_path / "one pair.ics"
    prompts.paths.append(str(target))
    qtbot.mouseClick(pairs.detail.export_button, LEFT)
    assert prompts.errors == []
    events = read_events(target)
    assert [int(str(e["UID"]).split("-")[1]) for e in events] == [planned[0]]
