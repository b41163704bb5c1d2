"""Following pairs up: each active pair's meeting rhythm, check-in schedule and health (issue 5).

Pure functions over the figures :class:`~mentordesk.model.store_followup.FollowUpRecords`
reads; the day is always passed in (``today``), never read from the clock.

**Meeting rhythm.** A pair is expected to meet every ``meeting_every_days`` it agreed on, else
every ``program.cadence_days``; it is *quiet* when more than that plus ``program.grace_days``
days have passed since the latest of: its last held session (cancelled and missed ones do not
count), the day it started, the day it last became active again (resumed or reopened).

**Coordinator check-ins** (MENTOR's Elements of Effective Practice; the program sets the
numbers). Counted from the pair's start date, its first month being that day and the next 29:

1. the first check-in is due ``checkin_first_days`` after the start (a contact before the
   start, while the pair was proposed, does not count);
2. while the first month has had fewer than ``checkins_first_month`` and no check-in was made
   after it, the next is due on the first month's last day (or earlier by rule 3);
3. otherwise the next is due ``checkin_every_days`` after the last one.

**Health** of an active pair, the first of these that applies:

1. *Too early to tell* when it has no start date or starts later;
2. *Needs a check-in* when it is quiet, a goal is off track, a goal not completed is past its
   target date, or a check-in is overdue (past its due day); every such reason is kept, the
   first in this order deciding the sentence;
3. *Too early to tell* when it has had no session since it started (or became active again),
   as it is not quiet yet;
4. *On track* otherwise: it met recently enough, and nothing above is wrong.

Proposed, paused and closed pairs have no health (``None``).

The coordinator's "Today" list built on these rules is in :mod:`.today`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .domain import GoalStatus, PairStatus, Program, StepOwner
from .i18n import tr
from .store_followup import (
    FIRST_MONTH_DAYS,
    PairFacts,
)

_DAY = dt.timedelta(days=1)


class HealthState(StrEnum):
    ON_TRACK = "on_track"
    NEEDS_CHECKIN = "needs_checkin"
    TOO_EARLY = "too_early"

    @property
    def label(self) -> str:
        return {
            HealthState.ON_TRACK: tr("On track"),
            HealthState.NEEDS_CHECKIN: tr("Needs a check-in"),
            HealthState.TOO_EARLY: tr("Too early to tell"),
        }[self]


@dataclass(frozen=True, slots=True)
class Health:
    """An active pair's state and the rule that decided it (``also``: further reasons)."""

    state: HealthState
    reason: str
    also: tuple[str, ...] = ()


# -- words ---------------------------------------------------------------------------------


def days_text(n: int) -> str:
    return tr("1 day") if n == 1 else tr("{n} days").format(n=n)


def ago_text(days: int) -> str:
    """``days`` ago in words: "today", "yesterday", "5 days ago"."""
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    return tr("{days} ago").format(days=days_text(days))


def due_text(days_left: int) -> str:
    """Days left in words: "due in 3 days", "due tomorrow", "due today", "overdue by 2 days"."""
    if days_left > 1:
        return tr("due in {days}").format(days=days_text(days_left))
    if days_left == 1:
        return tr("due tomorrow")
    if days_left == 0:
        return tr("due today")
    return tr("overdue by {days}").format(days=days_text(-days_left))


def when_text(days_left: int) -> str:
    if days_left > 1:
        return tr("in {days}").format(days=days_text(days_left))
    if days_left == 1:
        return tr("tomorrow")
    return ago_text(-days_left)


def _grace_text(grace: int) -> str:
    if grace == 0:
        return ""
    if grace == 1:
        return tr(" plus 1 day's grace")
    return tr(" plus {n} days' grace").format(n=grace)


def owner_text(owner: StepOwner) -> str:
    return owner.label.lower()


# -- the rules -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rhythm:
    """How long an active pair has gone without meeting, against what is expected of it.

    Its sentences are made only when asked for: most pairs need none on the Today list.
    """

    since: dt.date  # the last held session, the start, or the day it became active again
    since_session: bool  # ``since`` is a held session
    resumed: bool  # ``since`` is the day it became active again after a pause or closure
    days: int
    every: int
    grace: int
    agreed: bool  # ``every`` is the pair's own meeting frequency, not the program's cadence

    @property
    def quiet(self) -> bool:
        return self.days > self.every + self.grace

    @property
    def due(self) -> dt.date:
        """The day the next session was expected."""
        return self.since + dt.timedelta(days=self.every)

    @property
    def expectation(self) -> str:
        """In words: "the program expects one every 14 days plus 7 days' grace"."""
        text = (
            tr("the pair agreed to meet every {every}{grace}")
            if self.agreed
            else tr("the program expects one every {every}{grace}")
        )
        return text.format(every=days_text(self.every), grace=_grace_text(self.grace))

    def quiet_text(self) -> str:
        if self.since_session:
            text = tr("No session for {days}; {expectation}")
        elif self.resumed:
            text = tr("No session since the pair became active again {ago}; {expectation}")
        else:
            text = tr("No session since the pair started {ago}; {expectation}")
        return text.format(
            days=days_text(self.days), ago=ago_text(self.days), expectation=self.expectation
        )


def rhythm(pair: PairFacts, program: Program, today: dt.date) -> Rhythm | None:
    """The pair's meeting rhythm; None when it has no start date."""
    if pair.start_date is None:
        return None
    since, since_session, resumed = pair.start_date, False, False
    if pair.active_since is not None and pair.active_since > since:
        since, resumed = pair.active_since, True
    if pair.last_held is not None and pair.last_held >= since:
        since, since_session, resumed = pair.last_held, True, False
    agreed = pair.meeting_every_days is not None
    every = pair.meeting_every_days or program.cadence_days
    # A session logged ahead of its day counts as today's.
    days = max(0, (today - since).days)
    return Rhythm(since, since_session, resumed, days, every, program.grace_days, agreed)


class CheckInRule(StrEnum):
    """The rule of the check-in schedule that sets the next due day."""

    FIRST = "first"
    FIRST_MONTH = "first_month"
    EVERY = "every"


@dataclass(frozen=True, slots=True)
class CheckInDue:
    """When the coordinator's next check-in with a pair is due, and by which rule."""

    due: dt.date
    rule: CheckInRule
    program: Program
    done: int  # check-ins in the first month
    last_days: int  # days since the last check-in (0 when none)

    @property
    def why(self) -> str:
        program = self.program
        if self.rule is CheckInRule.FIRST:
            return tr(
                "No check-in yet; the program asks for the first within {days} of the start"
            ).format(days=days_text(program.checkin_first_days))
        if self.rule is CheckInRule.FIRST_MONTH:
            return tr("{done} of {wanted} check-ins in the first month so far").format(
                done=self.done, wanted=program.checkins_first_month
            )
        return tr("Last check-in {ago}; the program asks for one every {days}").format(
            ago=ago_text(self.last_days), days=days_text(program.checkin_every_days)
        )

    def text(self, today: dt.date) -> str:
        """The rule and how the due day stands: "…; overdue by 3 days"."""
        return tr("{why}; {due}").format(why=self.why, due=due_text((self.due - today).days))


def checkin_due(pair: PairFacts, program: Program, today: dt.date) -> CheckInDue | None:
    """The pair's next check-in by the program's schedule; None when it has no start date."""
    start, last = pair.start_date, pair.last_checkin
    if start is None:
        return None
    done = pair.checkins_first_month
    if last is None or last < start:
        due = start + dt.timedelta(days=program.checkin_first_days)
        return CheckInDue(due, CheckInRule.FIRST, program, done, 0)
    last_days = (today - last).days
    regular = last + dt.timedelta(days=program.checkin_every_days)
    month_end = start + dt.timedelta(days=FIRST_MONTH_DAYS)
    if done < program.checkins_first_month and last < month_end:
        due = month_end - _DAY
        if due < regular:
            return CheckInDue(due, CheckInRule.FIRST_MONTH, program, done, last_days)
    return CheckInDue(regular, CheckInRule.EVERY, program, done, last_days)


def _goal_reasons(pair: PairFacts, today: dt.date) -> list[str]:
    reasons = []
    off = pair.goals_with(GoalStatus.OFF_TRACK)
    if off:
        reasons.append(
            tr("1 goal is off track") if off == 1 else tr("{n} goals are off track").format(n=off)
        )
    target = pair.earliest_open_target
    if target is not None and target < today:
        reasons.append(
            tr("A goal not completed passed its target date {ago}").format(
                ago=ago_text((today - target).days)
            )
        )
    return reasons


def health(pair: PairFacts, program: Program, today: dt.date) -> Health | None:
    """An active pair's health and the rule that decided it; None for other pairs."""
    if pair.status is not PairStatus.ACTIVE:
        return None
    beat = rhythm(pair, program, today)
    if beat is None:
        return Health(HealthState.TOO_EARLY, tr("No start date recorded"))
    assert pair.start_date is not None  # as the rhythm has one
    if pair.start_date > today:
        return Health(
            HealthState.TOO_EARLY,
            tr("Starts {when}").format(when=when_text((pair.start_date - today).days)),
        )
    reasons = [beat.quiet_text()] if beat.quiet else []
    reasons += _goal_reasons(pair, today)
    checkin = checkin_due(pair, program, today)
    assert checkin is not None  # a start date, as the rhythm has one
    if checkin.due < today:
        reasons.append(checkin.text(today))
    if reasons:
        return Health(HealthState.NEEDS_CHECKIN, reasons[0], tuple(reasons[1:]))
    if not beat.since_session:
        started = (
            tr("Active again since {ago}, no session yet; {expectation}")
            if beat.resumed
            else tr("Started {ago}, no session yet; {expectation}")
        )
        return Health(
            HealthState.TOO_EARLY,
            started.format(ago=ago_text(beat.days), expectation=beat.expectation),
        )
    return Health(
        HealthState.ON_TRACK,
        tr("Last session {ago}; {expectation}").format(
            ago=ago_text(beat.days), expectation=beat.expectation
        ),
    )


def healths(pairs: Iterable[PairFacts], program: Program, today: dt.date) -> dict[int, Health]:
    """The health of every active pair among ``pairs``, by pair id."""
    result = {}
    for pair in pairs:
        state = health(pair, program, today)
        if state is not None:
            result[pair.pair_id] = state
    return result
