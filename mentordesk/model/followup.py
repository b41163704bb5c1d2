"""Following pairs up: each active pair's health, and the coordinator's "Today" list (issue 5).

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

**Today** lists, for active pairs: quiet pairs; open action steps of goals not completed due
within the week (today and the six days after) or overdue; goals off track or past their target
date; pairs with no goal 14 days or more after their start; check-ins due within the week or
overdue; pairs whose end date is within 14 days or past. For the program: its end date within
14 days, or past while pairs are still active or paused. And every proposed pair not yet
confirmed (due by the program's start date when the program has not started yet). Items due
within the week or overdue, and off-track goals, come first, the earliest due first; the other
proposals and end dates later than the week after them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .domain import GoalStatus, PairStatus, Program, StepOwner
from .i18n import tr
from .store_followup import (
    FIRST_MONTH_DAYS,
    FollowUpFacts,
    GoalFacts,
    PairFacts,
    StepFacts,
)

#: Steps and check-ins due within this many days (today included) are listed.
WEEK_DAYS = 7
#: An active pair is expected to have a goal this many days after its start.
NO_GOAL_DAYS = 14
#: Pairs and programs ending within this many days are listed.
ENDING_DAYS = 14

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


class TodayKind(StrEnum):
    NO_SESSION = "no_session"
    CHECKIN_DUE = "checkin_due"
    GOAL_OFF_TRACK = "goal_off_track"
    STEP_DUE = "step_due"
    NO_GOAL = "no_goal"
    ENDING = "ending"
    PROPOSED = "proposed"

    @property
    def label(self) -> str:
        return {
            TodayKind.NO_SESSION: tr("No recent session"),
            TodayKind.CHECKIN_DUE: tr("Check-in due"),
            TodayKind.GOAL_OFF_TRACK: tr("Goal off track"),
            TodayKind.STEP_DUE: tr("Action step due"),
            TodayKind.NO_GOAL: tr("No goal yet"),
            TodayKind.ENDING: tr("Ending"),
            TodayKind.PROPOSED: tr("Not yet confirmed"),
        }[self]


_RANK = {kind: n for n, kind in enumerate(TodayKind)}


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One thing that needs the coordinator. ``days_overdue`` is ``today - due`` in days
    (negative: days left); ``sort_key`` orders the most urgent first."""

    kind: TodayKind
    subject: str  # the pair's label, or the program's name
    text: str
    due: dt.date | None
    days_overdue: int | None
    sort_key: tuple[int, ...]
    pair_id: int | None = None
    goal_id: int | None = None
    step_id: int | None = None


class FactsSource(Protocol):
    """What :func:`today_items` reads from: the Store."""

    def followup_facts(self, steps_due_by: dt.date | None = None) -> FollowUpFacts: ...


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


def _when_text(days_left: int) -> str:
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


def _owner_text(owner: StepOwner) -> str:
    return {
        StepOwner.MENTOR: tr("mentor"),
        StepOwner.MENTEE: tr("mentee"),
        StepOwner.BOTH: tr("both"),
    }[owner]


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
            tr("Starts {when}").format(when=_when_text((pair.start_date - today).days)),
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


# -- the Today list --------------------------------------------------------------------------


class _Items:
    """Collects the items of one day, each with its sort key."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.week_end = today + dt.timedelta(days=WEEK_DAYS - 1)
        self.items: list[TodayItem] = []

    def add(
        self,
        kind: TodayKind,
        subject: str,
        text: str,
        due: dt.date | None,
        *,
        urgent: bool | None = None,
        pair_id: int | None = None,
        goal_id: int | None = None,
        step_id: int | None = None,
    ) -> None:
        if urgent is None:
            urgent = due is not None and due <= self.week_end
        when = due or self.today
        if kind is TodayKind.GOAL_OFF_TRACK:  # a problem now, however far its target date
            when = min(when, self.today)
        key = (
            0 if urgent else 1,
            when.toordinal(),
            _RANK[kind],
            pair_id or 0,
            goal_id or 0,
            step_id or 0,
        )
        overdue = (self.today - due).days if due is not None else None
        self.items.append(
            TodayItem(kind, subject, text, due, overdue, key, pair_id, goal_id, step_id)
        )


def _pair_items(out: _Items, pair: PairFacts, program: Program) -> None:
    today, subject, pid = out.today, pair.label, pair.pair_id
    beat = rhythm(pair, program, today)
    if beat is not None and beat.quiet:
        out.add(TodayKind.NO_SESSION, subject, beat.quiet_text(), beat.due, pair_id=pid)
    checkin = checkin_due(pair, program, today)
    if checkin is not None and checkin.due <= out.week_end:
        out.add(TodayKind.CHECKIN_DUE, subject, checkin.text(today), checkin.due, pair_id=pid)
    if pair.start_date is not None and pair.goals == 0:
        due = pair.start_date + dt.timedelta(days=NO_GOAL_DAYS)
        if due <= today:
            text = tr("No goal yet, {days} after starting").format(
                days=days_text((today - pair.start_date).days)
            )
            out.add(TodayKind.NO_GOAL, subject, text, due, pair_id=pid)
    end = pair.end_date
    if end is not None and (end - today).days <= ENDING_DAYS:
        left = (end - today).days
        if left >= 0:
            text = tr("Planned to end {when}").format(when=_when_text(left))
        else:
            text = tr("Its end date passed {ago}; close the pair or move its end date").format(
                ago=ago_text(-left)
            )
        out.add(TodayKind.ENDING, subject, text, end, pair_id=pid)


def _step_item(out: _Items, step: StepFacts, subject: str) -> None:
    text = tr("“{step}” ({owner}), for the goal “{goal}”: {due}").format(
        step=step.text,
        owner=_owner_text(step.owner),
        goal=step.goal_title,
        due=due_text((step.due_date - out.today).days),
    )
    out.add(
        TodayKind.STEP_DUE,
        subject,
        text,
        step.due_date,
        pair_id=step.pair_id,
        goal_id=step.goal_id,
        step_id=step.step_id,
    )


def _goal_item(out: _Items, goal: GoalFacts, subject: str) -> None:
    target, today = goal.target_date, out.today
    if goal.status is GoalStatus.OFF_TRACK:
        text = tr("Goal “{title}” is off track").format(title=goal.title)
        if target is not None:
            text = tr("{text}; its target date is {when}").format(
                text=text, when=_when_text((target - today).days)
            )
    elif target is not None and target < today:
        text = tr("Goal “{title}” is not completed and its target date passed {ago}").format(
            title=goal.title, ago=ago_text((today - target).days)
        )
    else:
        return
    out.add(
        TodayKind.GOAL_OFF_TRACK,
        subject,
        text,
        target,
        urgent=True,
        pair_id=goal.pair_id,
        goal_id=goal.goal_id,
    )


def _program_item(out: _Items, program: Program, running: int) -> None:
    end = program.end_date
    if end is None:
        return
    left = (end - out.today).days
    if 0 <= left <= ENDING_DAYS:
        text = tr("The program ends {when}").format(when=_when_text(left))
    elif left < 0 and running:
        still = (
            tr("1 pair is still running")
            if running == 1
            else tr("{n} pairs are still running").format(n=running)
        )
        text = tr("The program ended {ago}; {still}").format(ago=ago_text(-left), still=still)
    else:
        return
    out.add(TodayKind.ENDING, program.name, text, end)


def today_items(
    source: FollowUpFacts | FactsSource, program: Program, today: dt.date
) -> list[TodayItem]:
    """Everything that needs the coordinator on ``today``, the most urgent first.

    ``source`` is the Store, or facts it read with steps due at least to the week's end.
    """
    out = _Items(today)
    if isinstance(source, FollowUpFacts):
        facts = source
    else:
        facts = source.followup_facts(out.week_end)
    if facts.steps_due_by is not None and facts.steps_due_by < out.week_end:
        raise ValueError(f"the facts hold steps due by {facts.steps_due_by}, not the whole week")
    active: dict[int, str] = {}
    running = 0
    for pair in facts.pairs:
        if pair.status is PairStatus.ACTIVE:
            active[pair.pair_id] = pair.label
            _pair_items(out, pair, program)
        elif pair.status is PairStatus.PROPOSED:
            text = (
                tr("Proposed {ago}, not yet confirmed").format(
                    ago=ago_text(max(0, (today - pair.proposed_on).days))
                )
                if pair.proposed_on is not None
                else tr("Proposed, not yet confirmed")
            )
            starts = program.start_date
            due = starts if starts is not None and starts >= today else None
            out.add(TodayKind.PROPOSED, pair.label, text, due, pair_id=pair.pair_id)
        if pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            running += 1
    for step in facts.steps:
        if step.pair_id in active and step.due_date <= out.week_end:
            _step_item(out, step, active[step.pair_id])
    for goal in facts.goals:
        if goal.pair_id in active:
            _goal_item(out, goal, active[goal.pair_id])
    _program_item(out, program, running)
    out.items.sort(key=lambda item: item.sort_key)
    return out.items


def counts(items: Iterable[TodayItem]) -> Mapping[TodayKind, int]:
    """How many items of each kind (every kind present), for the navigation list's badge."""
    result = dict.fromkeys(TodayKind, 0)
    for item in items:
        result[item.kind] += 1
    return result
