"""Meeting plans: the Upcoming list on fixed days, and the .ics export read back with icalendar.

The export is checked against :func:`upcoming` by expanding each event's RRULE with
python-dateutil (as a calendar app does): both must give exactly the same meetings.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from mentordesk.model.calendar import (
    LAST,
    NothingToExport,
    meeting_title,
    pair_uid,
    series,
    upcoming,
    why_no_meetings,
    write_ics,
)
from mentordesk.model.domain import (
    ClosureReason,
    MeetingPlan,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Program,
)
from mentordesk.model.errors import FileProblem

from .conftest import names, person

D = dt.date
WEEKLY, BIWEEKLY, MONTHLY = MeetingPlan.WEEKLY, MeetingPlan.BIWEEKLY, MeetingPlan.MONTHLY
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

PEOPLE = [
    person("Ada", "Lovelace", id=1, email="ada@example.org", private_notes="SECRET-NOTE-1"),
    person("Grace", "Hopper", id=2, bio="SECRET-BIO-2"),
    person("Alan", "Turing", id=3),
    person("Katherine", "Johnson", id=4),
    person("Edsger", "Dijkstra", id=5),
]
START = D(2025, 1, 15)  # a Wednesday
OPEN = Program("Spring 2025")  # no dates: only the pairs' dates bound the meetings


def pair(
    pair_id: int | None = 1,
    plan: MeetingPlan = WEEKLY,
    weekday: int | None = WED,
    time: str | None = "17:00",
    *,
    start: D | None = START,
    end: D | None = None,
    status: PairStatus = PairStatus.ACTIVE,
    members: tuple[int, ...] = (1, 2),
    **fields: Any,
) -> Pair:
    roles = (MemberRole.MENTOR, MemberRole.MENTEE) if len(members) == 2 else (MemberRole.PEER,)
    return Pair(
        members=tuple(PairMember(m, roles[min(i, len(roles) - 1)]) for i, m in enumerate(members)),
        status=status,
        start_date=start,
        end_date=end,
        meeting_plan=plan,
        meeting_weekday=weekday,
        meeting_time=time,
        id=pair_id,
        **fields,
    )


def days(pairs: list[Pair], today: D, n: int = 28, program: Program = OPEN) -> list[str]:
    """The upcoming meetings as 'pair id: YYYY-MM-DD HH:MM', easy to read in a failure."""
    return [
        f"{m.pair_id}: {m.start:%Y-%m-%d %H:%M}"
        for m in upcoming(pairs, PEOPLE, today, n, program=program)
    ]


# -- Upcoming ----------------------------------------------------------------------------------


def test_weekly_meetings_cross_the_month_end() -> None:
    # Monday 27 January: the Wednesdays of the next four weeks.
    assert days([pair()], D(2025, 1, 27)) == [
        "1: 2025-01-29 17:00",
        "1: 2025-02-05 17:00",
        "1: 2025-02-12 17:00",
        "1: 2025-02-19 17:00",
    ]


def test_the_window_holds_today_and_not_the_day_after_its_end() -> None:
    assert days([pair()], D(2025, 1, 29)) == [
        "1: 2025-01-29 17:00",
        "1: 2025-02-05 17:00",
        "1: 2025-02-12 17:00",
        "1: 2025-02-19 17:00",
    ]
    assert days([pair()], D(2025, 1, 29), n=1) == ["1: 2025-01-29 17:00"]
    assert days([pair()], D(2025, 1, 30), n=6) == []


def test_every_two_weeks_counts_from_the_first_meeting() -> None:
    # Started on Wednesday 15 January: the 15th, 29th, 12 February, 26 February…
    assert days([pair(plan=BIWEEKLY)], D(2025, 1, 27)) == [
        "1: 2025-01-29 17:00",
        "1: 2025-02-12 17:00",
    ]
    assert days([pair(plan=BIWEEKLY)], D(2025, 1, 30)) == [
        "1: 2025-02-12 17:00",
        "1: 2025-02-26 17:00",
    ]


def test_monthly_is_the_same_nth_weekday_as_the_first_meeting() -> None:
    # Started Friday 10 January; first Tuesday after is the 14th, the 2nd Tuesday.
    p = pair(plan=MONTHLY, weekday=TUE, start=D(2025, 1, 10))
    assert series(p, OPEN, D(2025, 1, 1)) is not None
    assert days([p], D(2025, 1, 31), n=120) == [
        "1: 2025-02-11 17:00",
        "1: 2025-03-11 17:00",
        "1: 2025-04-08 17:00",  # 1 April is a Tuesday
        "1: 2025-05-13 17:00",
    ]


def test_monthly_from_a_fifth_weekday_is_the_last_one_of_every_month() -> None:
    p = pair(plan=MONTHLY, weekday=THU, start=D(2025, 1, 29))  # Thursday 30 January: 5th
    found = series(p, OPEN, D(2025, 1, 1))
    assert found is not None and found.nth == LAST
    assert days([p], D(2025, 1, 30), n=120) == [
        "1: 2025-01-30 17:00",
        "1: 2025-02-27 17:00",
        "1: 2025-03-27 17:00",
        "1: 2025-04-24 17:00",
        "1: 2025-05-29 17:00",
    ]


def test_monthly_crosses_the_year_end() -> None:
    last_sunday = pair(plan=MONTHLY, weekday=SUN, start=D(2025, 11, 30), time="10:30")
    first_monday = pair(2, MONTHLY, MON, "09:00", start=D(2025, 10, 1))
    assert days([last_sunday, first_monday], D(2025, 12, 20), n=60) == [
        "1: 2025-12-28 10:30",
        "2: 2026-01-05 09:00",
        "1: 2026-01-25 10:30",
        "2: 2026-02-02 09:00",
    ]


def test_no_meeting_before_the_pair_or_the_program_starts() -> None:
    # The pair starts on a Wednesday: its first meeting is that day.
    assert days([pair(start=D(2025, 2, 5))], D(2025, 1, 27))[0] == "1: 2025-02-05 17:00"
    # The program starts later than the pair: the first meeting waits for it.
    late = Program("Late", start_date=D(2025, 2, 6))
    assert days([pair(start=D(2025, 1, 1))], D(2025, 1, 27), program=late) == [
        "1: 2025-02-12 17:00",
        "1: 2025-02-19 17:00",
    ]


def test_no_meeting_after_the_pair_or_the_program_ends() -> None:
    ends_on_a_meeting = pair(end=D(2025, 2, 5))
    assert days([ends_on_a_meeting], D(2025, 1, 27)) == [
        "1: 2025-01-29 17:00",
        "1: 2025-02-05 17:00",
    ]
    short = Program("Short", end_date=D(2025, 2, 4))
    assert days([pair(end=D(2025, 6, 1))], D(2025, 1, 27), program=short) == ["1: 2025-01-29 17:00"]
    assert days([pair(end=D(2025, 1, 20))], D(2025, 1, 27)) == []


def test_only_active_pairs_with_a_whole_plan_have_meetings() -> None:
    left_out = [
        pair(1, status=PairStatus.PAUSED),
        pair(2, status=PairStatus.CLOSED, closure_reason=ClosureReason.OTHER),
        pair(3, status=PairStatus.PROPOSED),
        pair(4, plan=MeetingPlan.NONE),
        pair(5, weekday=None),
        pair(6, time=None),
        pair(7, time=""),
        pair(None),  # not saved yet
    ]
    assert days([*left_out, pair(8)], D(2025, 1, 27), n=7) == ["8: 2025-01-29 17:00"]


def test_meetings_of_all_pairs_come_in_date_and_time_order() -> None:
    pairs = [
        pair(1, WEEKLY, FRI, "08:00", members=(1, 2)),
        pair(2, WEEKLY, WED, "18:00", members=(3, 4)),
        pair(3, BIWEEKLY, WED, "09:15", members=(5, 2)),
        pair(4, WEEKLY, WED, "18:00", members=(1, 4)),
    ]
    meetings = upcoming(pairs, PEOPLE, D(2025, 1, 27), 7, program=OPEN)
    assert [(m.pair_id, f"{m.start:%a %H:%M}") for m in meetings] == [
        (3, "Wed 09:15"),
        (2, "Wed 18:00"),
        (4, "Wed 18:00"),
        (1, "Fri 08:00"),
    ]
    assert meetings[0].title == "Mentoring: Edsger Dijkstra and Grace Hopper"
    assert meetings[0].end - meetings[0].start == dt.timedelta(minutes=60)


def test_without_any_start_date_the_plan_starts_today() -> None:
    p = pair(plan=MONTHLY, weekday=MON, start=None)
    # Monday 10 February 2025 is its month's 2nd Monday.
    assert days([p], D(2025, 2, 10), n=40) == ["1: 2025-02-10 17:00", "1: 2025-03-10 17:00"]
    assert upcoming([p], PEOPLE, D(2025, 2, 10))[0].start == dt.datetime(2025, 2, 10, 17)


def test_titles_name_the_members_and_the_group() -> None:
    who = {p.id: p.full_name for p in PEOPLE}
    assert meeting_title(pair(members=(1, 2)), who) == "Mentoring: Ada Lovelace and Grace Hopper"
    group = pair(members=(3, 4, 5), name="Circle A")
    assert meeting_title(group, who) == (
        "Circle A: Alan Turing, Katherine Johnson and Edsger Dijkstra"
    )
    assert meeting_title(pair(members=(1, 99)), who) == "Mentoring: Ada Lovelace"


def test_why_a_pair_has_no_meetings_is_one_sentence() -> None:
    today = D(2025, 1, 27)
    assert why_no_meetings(pair(), OPEN, today) is None
    assert why_no_meetings(pair(status=PairStatus.PAUSED), OPEN, today) == (
        "Pair 1 is paused; only active pairs have planned meetings."
    )
    assert why_no_meetings(pair(plan=MeetingPlan.NONE), OPEN, today) == (
        "Pair 1 has no meeting plan with a day and a time; set one in MentorDesk first."
    )
    # Ends on the Tuesday before its first Wednesday.
    ended = pair(start=D(2025, 1, 16), end=D(2025, 1, 21))
    assert why_no_meetings(ended, OPEN, today) == (
        "Pair 1 has no planned meeting before its end date."
    )
    assert series(ended, OPEN, today) is None


# -- the .ics file -----------------------------------------------------------------------------


def read_events(path: Path) -> dict[str, Any]:
    """The file's events by UID, parsed back with icalendar."""
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["VERSION"]) == "2.0" and str(cal["METHOD"]) == "PUBLISH"
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def expand(event: Any, start: D, stop: D) -> list[dt.datetime]:
    """The event's occurrences from ``start`` to ``stop`` (included), as a calendar app reads
    them: the RRULE from DTSTART."""
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
    return list(rule.between(dt.datetime.combine(start, dt.time()), _end_of(stop), inc=True))


def _end_of(day: D) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def test_the_file_parses_back_to_one_event_per_planned_pair(tmp_path: Path) -> None:
    program = Program("Spring 2025", end_date=D(2025, 6, 30))
    pairs = [
        pair(1, WEEKLY, WED, "17:00"),
        pair(2, BIWEEKLY, FRI, "08:30", members=(3, 4), end=D(2025, 3, 31)),
        pair(3, MONTHLY, TUE, "12:00", start=D(2025, 1, 10), members=(5, 1)),
        pair(4, MONTHLY, THU, "23:30", start=D(2025, 1, 29), members=(3, 4, 5), name="Circle"),
        pair(5, status=PairStatus.PAUSED),
    ]
    path = tmp_path / "meetings.ics"
    assert write_ics(path, pairs, PEOPLE, program, D(2025, 1, 27)) == 4
    events = read_events(path)
    assert set(events) == {pair_uid(p, program) for p in pairs[:4]}
    got = {
        str(e["UID"]): (
            str(e["SUMMARY"]),
            e.decoded("DTSTART"),
            e.decoded("DTEND"),
            e["RRULE"].to_ical().decode(),
        )
        for e in events.values()
    }
    uid = {p.id: pair_uid(p, program) for p in pairs}
    assert got == {
        uid[1]: (
            "Mentoring: Ada Lovelace and Grace Hopper",
            dt.datetime(2025, 1, 15, 17),
            dt.datetime(2025, 1, 15, 18),
            "FREQ=WEEKLY;UNTIL=20250630T235959;BYDAY=WE",
        ),
        uid[2]: (
            "Mentoring: Alan Turing and Katherine Johnson",
            dt.datetime(2025, 1, 17, 8, 30),
            dt.datetime(2025, 1, 17, 9, 30),
            "FREQ=WEEKLY;UNTIL=20250331T235959;INTERVAL=2;BYDAY=FR",
        ),
        uid[3]: (
            "Mentoring: Edsger Dijkstra and Ada Lovelace",
            dt.datetime(2025, 1, 14, 12),
            dt.datetime(2025, 1, 14, 13),
            "FREQ=MONTHLY;UNTIL=20250630T235959;BYDAY=2TU",
        ),
        uid[4]: (
            "Circle: Alan Turing, Katherine Johnson and Edsger Dijkstra",
            dt.datetime(2025, 1, 30, 23, 30),
            dt.datetime(2025, 1, 31, 0, 30),  # past midnight
            "FREQ=MONTHLY;UNTIL=20250630T235959;BYDAY=-1TH",
        ),
    }
    descriptions = sorted(str(e["DESCRIPTION"]) for e in events.values())
    assert descriptions == [
        "Every Wednesday at 17:00. Mentoring program “Spring 2025”.",
        "Every two weeks on Friday at 08:30. Mentoring program “Spring 2025”.",
        "The 2nd Tuesday of every month at 12:00. Mentoring program “Spring 2025”.",
        "The last Thursday of every month at 23:30. Mentoring program “Spring 2025”.",
    ]


def test_times_are_floating_local_times(tmp_path: Path) -> None:
    path = tmp_path / "meetings.ics"
    write_ics(path, [pair()], PEOPLE, OPEN, D(2025, 1, 27))
    text = path.read_bytes().decode("utf-8")  # lines end in CRLF, as RFC 5545 asks
    assert "DTSTART:20250115T170000\r\n" in text and "DTEND:20250115T180000\r\n" in text
    assert "TZID" not in text and "VTIMEZONE" not in text
    assert "RRULE:FREQ=WEEKLY;BYDAY=WE\r\n" in text  # no end: no UNTIL
    (event,) = read_events(path).values()
    assert event.decoded("DTSTART").tzinfo is None
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 1, 27, tzinfo=dt.UTC)


def test_expanding_the_rules_gives_exactly_the_upcoming_meetings(tmp_path: Path) -> None:
    """Many plans, starts and ends; many days: the RRULE and upcoming() always agree."""
    program = Program("Whole year", start_date=D(2025, 1, 6), end_date=D(2026, 3, 31))
    pairs = []
    for n in range(120):
        plan = (WEEKLY, BIWEEKLY, MONTHLY)[n % 3]
        start = D(2024, 12, 1) + dt.timedelta(days=5 * n + n % 7)
        end = start + dt.timedelta(days=40 + 7 * n) if n % 4 else None
        time = f"{(7 + n) % 24:02d}:{(n * 5) % 60:02d}"
        pairs.append(pair(n + 1, plan, (n * 3) % 7, time, start=start, end=end))
    path = tmp_path / "year.ics"
    write_ics(path, pairs, PEOPLE, program, D(2025, 1, 1))
    events = read_events(path)
    assert any("BYDAY=-1" in e["RRULE"].to_ical().decode() for e in events.values())
    # Every occurrence of each event, expanded once; then compared window by window.
    expanded = {uid: expand(e, D(2024, 1, 1), D(2026, 6, 30)) for uid, e in events.items()}
    every = {p.id: expanded.get(pair_uid(p, program), []) for p in pairs}
    assert 0 < len(expanded) < len(pairs)  # some series end before they begin
    checked = 0
    for today in (D(2024, 12, 20) + dt.timedelta(days=k) for k in range(0, 500, 9)):
        meetings = upcoming(pairs, PEOPLE, today, 35, program=program)
        since, until = dt.datetime.combine(today, dt.time()), _end_of(today + dt.timedelta(34))
        for p in pairs:
            expected = [m.start for m in meetings if m.pair_id == p.id]
            assert [t for t in every[p.id] if since <= t <= until] == expected, (p, today)
            checked += len(expected)
    assert checked > 1000


def test_uids_stay_the_same_across_exports_and_differ_between_programs(tmp_path: Path) -> None:
    first, later = tmp_path / "january.ics", tmp_path / "march.ics"
    write_ics(first, [pair(1), pair(2)], PEOPLE, OPEN, D(2025, 1, 27))
    write_ics(later, [pair(2), pair(1)], PEOPLE, OPEN, D(2025, 3, 3))
    january, march = read_events(first), read_events(later)
    assert set(january) == set(march) and len(january) == 2
    for uid in january:
        # A later export is a newer version of the same event.
        assert int(march[uid]["SEQUENCE"]) > int(january[uid]["SEQUENCE"])
        assert march[uid].decoded("DTSTART") == january[uid].decoded("DTSTART")
    assert pair_uid(pair(1), Program("Autumn 2025")) != pair_uid(pair(1), OPEN)
    assert pair_uid(pair(1), OPEN) != pair_uid(pair(2), OPEN)


def test_no_private_or_confidential_text_is_ever_written(tmp_path: Path) -> None:
    secret = pair(
        closure_note="SECRET-CLOSURE",
        expectations="SECRET-EXPECTATIONS",
    )
    program = Program("P", objectives="SECRET-OBJECTIVES", guidelines="SECRET-GUIDELINES")
    path = tmp_path / "meetings.ics"
    write_ics(path, [secret], PEOPLE, program, D(2025, 1, 27))
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")  # unfolded
    assert "SECRET" not in text and "@example.org" not in text
    assert "Ada Lovelace" in text


def test_one_pair_is_exported_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "ada.ics"
    assert write_ics(path, [pair(3, MONTHLY, FRI)], PEOPLE, OPEN, D(2025, 1, 27)) == 1
    (event,) = read_events(path).values()
    assert expand(event, D(2025, 1, 1), D(2025, 3, 31)) == [
        dt.datetime(2025, 1, 17, 17),
        dt.datetime(2025, 2, 21, 17),
        dt.datetime(2025, 3, 21, 17),
    ]


def test_nothing_to_export_is_a_sentence_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "none.ics"
    with pytest.raises(NothingToExport) as caught:
        write_ics(path, [pair(1, plan=MeetingPlan.NONE), pair(None)], PEOPLE, OPEN, D(2025, 1, 27))
    assert str(caught.value) == (
        "No active pair has a meeting plan with a day and a time, so no calendar was written."
    )
    with pytest.raises(NothingToExport, match="^Pair 4 is closed; only active pairs"):
        write_ics(path, [pair(4, status=PairStatus.CLOSED)], PEOPLE, OPEN, D(2025, 1, 27))
    with pytest.raises(NothingToExport, match="^No active pair"):
        write_ics(path, [], PEOPLE, OPEN, D(2025, 1, 27))
    assert names(tmp_path) == []


def test_an_unwritable_place_is_one_sentence_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as caught:
        write_ics(tmp_path / "gone" / "m.ics", [pair()], PEOPLE, OPEN, D(2025, 1, 27))
    assert str(caught.value) == (
        f"“m.ics” could not be saved because the folder {tmp_path / 'gone'} does not exist; "
        "choose another folder."
    )
    (tmp_path / "folder.ics").mkdir()
    with pytest.raises(FileProblem, match="is a folder; choose a file name"):
        write_ics(tmp_path / "folder.ics", [pair()], PEOPLE, OPEN, D(2025, 1, 27))
    assert names(tmp_path) == ["folder.ics"]
    assert list((tmp_path / "folder.ics").iterdir()) == []


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "meetings.ics"
    path.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(FileProblem, match="could not be saved: close it if it is open"):
        write_ics(path, [pair()], PEOPLE, OPEN, D(2025, 1, 27))
    assert path.read_bytes() == b"old"
    assert names(tmp_path) == ["meetings.ics"]


def test_the_module_loads_icalendar_only_when_it_writes() -> None:
    code = (
        "import sys, mentordesk.model.calendar\n"
        "print('icalendar' in sys.modules, 'dateutil' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
