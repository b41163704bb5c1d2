"""The pairs' recurring meeting plans: the next meetings ("Upcoming") and the .ics export.

The rules, which :func:`upcoming` computes and the exported RRULE states, so that both agree:

- Only an *active* pair whose plan has a kind, a weekday and a time has meetings.
- The first meeting is the first planned weekday on or after the pair's start date (or the
  program's, whichever is later; today when neither is known).
- Weekly: every 7 days from the first meeting; every two weeks: every 14 days.
- Monthly: the same n-th weekday of each month as the first meeting ("the 2nd Tuesday"), as a
  coordinator says it and as Outlook, Google Calendar and Thunderbird offer it. A first meeting
  in the fifth week of its month means the *last* such weekday of every month, since most
  months have no fifth one. (Not "every 4 weeks", which drifts through the month.)
- The last meeting is on or before the pair's end date and the program's end date.

Times are floating local times (no time zone): the plan's "Tuesday 17:00" is a wall-clock time
that the file does not record a zone for, and Outlook, Google Calendar and Thunderbird all place
a floating time in the zone of the calendar it is imported into, so a weekly 17:00 stays 17:00
across daylight-saving changes. A fixed zone would need the system's IANA zone name (Windows has
none to give) and a VTIMEZONE block Outlook and Google read differently; UTC would move the
meeting by an hour twice a year.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .domain import MeetingPlan, Pair, PairStatus, Participant, Program
from .errors import MentorDeskError
from .i18n import tr

if TYPE_CHECKING:
    from icalendar import Event

#: Length of every planned meeting in the calendar.
MEETING_MINUTES = 60
#: Monthly plans whose first meeting is in the fifth week use the last weekday of each month.
LAST = -1
_STEP_DAYS = {MeetingPlan.WEEKLY: 7, MeetingPlan.BIWEEKLY: 14}
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: SEQUENCE counts days from here, so a later export is a newer version of each event.
_SEQUENCE_EPOCH = dt.date(2000, 1, 1)


class NothingToExport(MentorDeskError):
    """No pair given to :func:`write_ics` has a meeting to put in a calendar."""


@dataclass(frozen=True, slots=True)
class Meeting:
    """One planned meeting of a pair, at a floating local time."""

    pair_id: int
    start: dt.datetime
    title: str
    minutes: int = MEETING_MINUTES

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.minutes)


@dataclass(frozen=True, slots=True)
class Series:
    """A pair's planned meetings: from ``first`` to ``last`` (inclusive) under ``plan``."""

    plan: MeetingPlan
    first: dt.date
    last: dt.date | None
    time: dt.time
    nth: int  # monthly plans: the n-th weekday of the month (1–4) or LAST

    @property
    def weekday(self) -> int:
        return self.first.weekday()

    def dates(self, start: dt.date, stop: dt.date) -> Iterator[dt.date]:
        """The meeting days from ``start`` to ``stop`` (both included), in order."""
        stop = stop if self.last is None else min(stop, self.last)
        start = max(start, self.first)
        if self.plan is MeetingPlan.MONTHLY:
            year, month = start.year, start.month
            while (day := _nth_weekday(year, month, self.weekday, self.nth)) <= stop:
                if day >= start:
                    yield day
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return
        step = _STEP_DAYS[self.plan]
        day = self.first + dt.timedelta(days=-(-(start - self.first).days // step) * step)
        while day <= stop:
            yield day
            day += dt.timedelta(days=step)


def series(pair: Pair, program: Program | None, today: dt.date) -> Series | None:
    """The pair's planned meetings, or None when it has none (see :func:`why_no_meetings`)."""
    if why_no_meetings(pair, program, today) is not None:
        return None
    return _series(pair, program, today)


def why_no_meetings(pair: Pair, program: Program | None, today: dt.date) -> str | None:
    """One sentence saying why the pair has no planned meetings, or None when it has some."""
    if pair.status is not PairStatus.ACTIVE:
        return tr("Pair {id} is {status}; only active pairs have planned meetings.").format(
            id=pair.id, status=pair.status.label.lower()
        )
    if (
        pair.meeting_plan is MeetingPlan.NONE
        or pair.meeting_weekday is None
        or not pair.meeting_time
    ):
        return tr(
            "Pair {id} has no meeting plan with a day and a time; set one in MentorDesk first."
        ).format(id=pair.id)
    found = _series(pair, program, today)
    if found.last is not None and found.first > found.last:
        return tr("Pair {id} has no planned meeting before its end date.").format(id=pair.id)
    return None


def _series(pair: Pair, program: Program | None, today: dt.date) -> Series:
    assert pair.meeting_weekday is not None and pair.meeting_time
    starts = [pair.start_date, program.start_date if program else None]
    ends = [pair.end_date, program.end_date if program else None]
    begin = max((d for d in starts if d is not None), default=today)
    last = min((d for d in ends if d is not None), default=None)
    first = begin + dt.timedelta(days=(pair.meeting_weekday - begin.weekday()) % 7)
    nth = (first.day - 1) // 7 + 1
    return Series(
        plan=pair.meeting_plan,
        first=first,
        last=last,
        time=dt.time.fromisoformat(pair.meeting_time),
        nth=LAST if nth == 5 else nth,
    )


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` (1–4, or LAST) ``weekday`` (0 = Monday) of a month."""
    if nth == LAST:
        after = dt.date(year + month // 12, month % 12 + 1, 1)
        last = after - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    day1 = dt.date(year, month, 1)
    return day1 + dt.timedelta(days=(weekday - day1.weekday()) % 7 + 7 * (nth - 1))


# -- Upcoming --------------------------------------------------------------------------------


def upcoming(
    pairs: Iterable[Pair],
    people: Iterable[Participant],
    today: dt.date,
    days: int = 28,
    *,
    program: Program | None = None,
) -> list[Meeting]:
    """The planned meetings of every active pair from ``today`` for ``days`` days, in order.

    Pass ``program`` so that no meeting falls outside the program's dates.
    """
    names = {p.id: p.full_name for p in people}
    stop = today + dt.timedelta(days=days - 1)
    meetings = []
    for pair in pairs:
        found = series(pair, program, today)
        if found is None or pair.id is None:
            continue
        title = meeting_title(pair, names)
        meetings += [
            Meeting(pair.id, dt.datetime.combine(day, found.time), title)
            for day in found.dates(today, stop)
        ]
    meetings.sort(key=lambda m: (m.start, m.pair_id))
    return meetings


def meeting_title(pair: Pair, names: dict[int | None, str]) -> str:
    """What the calendar calls a pair's meetings: the members' names, and the group's name."""
    members = [names[m.participant_id] for m in pair.members if m.participant_id in names]
    listed = (
        tr("{names} and {last}").format(names=", ".join(members[:-1]), last=members[-1])
        if len(members) > 1
        else "".join(members)
    )
    if pair.name:
        return tr("{group}: {names}").format(group=pair.name, names=listed)
    return tr("Mentoring: {names}").format(names=listed)


# -- the .ics file ---------------------------------------------------------------------------


def write_ics(
    path: str | Path,
    pairs: Iterable[Pair],
    people: Iterable[Participant],
    program: Program,
    today: dt.date,
) -> int:
    """Write the meeting plans of ``pairs`` (one pair, or the whole program) to an .ics file.

    One recurring event per pair; only names and the plan, never notes. Returns the number of
    events; raises :class:`NothingToExport` or :class:`~.errors.FileProblem` with a sentence.
    """
    from icalendar import Calendar

    from .. import __version__
    from .export import save_atomically

    pairs = list(pairs)
    names = {p.id: p.full_name for p in people}
    cal = Calendar()
    cal.add("prodid", f"-//MentorDesk//MentorDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # PUBLISH: a copy of the events to add, not an invitation to answer (Outlook).
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", program.name)
    for pair in pairs:
        found = series(pair, program, today)
        if found is not None and pair.id is not None:
            cal.add_component(_event(pair, found, meeting_title(pair, names), program, today))
    count = len(cal.subcomponents)
    if not count:
        reason = why_no_meetings(pairs[0], program, today) if len(pairs) == 1 else None
        raise NothingToExport(
            reason
            or tr(
                "No active pair has a meeting plan with a day and a time, so no calendar was "
                "written."
            )
        )
    data = cal.to_ical()

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    save_atomically(Path(path), write)
    return count


def _event(pair: Pair, found: Series, title: str, program: Program, today: dt.date) -> Event:
    from icalendar import Event

    start = dt.datetime.combine(found.first, found.time)  # naive: floating local time
    rule: dict[str, object] = {"FREQ": "WEEKLY", "BYDAY": _ICAL_DAYS[found.weekday]}
    if found.plan is MeetingPlan.BIWEEKLY:
        rule["INTERVAL"] = 2
    elif found.plan is MeetingPlan.MONTHLY:
        rule = {"FREQ": "MONTHLY", "BYDAY": f"{found.nth}{_ICAL_DAYS[found.weekday]}"}
    if found.last is not None:
        # Floating like DTSTART (RFC 5545 asks for the same kind); the whole last day counts.
        rule["UNTIL"] = dt.datetime.combine(found.last, dt.time(23, 59, 59))
    event = Event()
    event.add("uid", pair_uid(pair, program))
    event.add("dtstamp", dt.datetime.combine(today, dt.time(0), tzinfo=dt.UTC))
    # Higher in a later export, so Outlook and Thunderbird take it as the newer version.
    event.add("sequence", max(0, (today - _SEQUENCE_EPOCH).days))
    event.add("summary", title)
    event.add("description", _plan_text(found, program))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=MEETING_MINUTES))
    event.add("rrule", rule)
    return event


def pair_uid(pair: Pair, program: Program) -> str:
    """The same for a pair in every export of its program, so a re-import updates its event.

    The program's name keeps pair 1 of two programs apart in one calendar.
    """
    key = hashlib.sha256(program.name.encode("utf-8")).hexdigest()[:12]
    return f"pair-{pair.id}-{key}@mentordesk"


def _plan_text(found: Series, program: Program) -> str:
    day = _weekday_names()[found.weekday]
    time = found.time.strftime("%H:%M")
    if found.plan is MeetingPlan.WEEKLY:
        plan = tr("Every {day} at {time}").format(day=day, time=time)
    elif found.plan is MeetingPlan.BIWEEKLY:
        plan = tr("Every two weeks on {day} at {time}").format(day=day, time=time)
    elif found.nth == LAST:
        plan = tr("The last {day} of every month at {time}").format(day=day, time=time)
    else:
        plan = tr("The {nth} {day} of every month at {time}").format(
            nth=(tr("1st"), tr("2nd"), tr("3rd"), tr("4th"))[found.nth - 1], day=day, time=time
        )
    return tr("{plan}. Mentoring program “{program}”.").format(plan=plan, program=program.name)


def _weekday_names() -> tuple[str, ...]:
    return (
        tr("Monday"),
        tr("Tuesday"),
        tr("Wednesday"),
        tr("Thursday"),
        tr("Friday"),
        tr("Saturday"),
        tr("Sunday"),
    )
