"""The coordinator's "Today" list (issue 5): what needs them now, most urgent first.

Built on the rules of :mod:`.followup`; the day is always passed in (``today``).

**Today** lists, for active pairs: quiet pairs; open action steps of goals not completed due
within the week (today and the six days after) or overdue; goals off track or past their target
date; pairs with no goal 14 days or more after their start; check-ins due within the week or
overdue; pairs whose end date is within 14 days or past. For the program: its end date within
14 days, or past while pairs are still active or paused. And every proposed pair not yet
confirmed (due by the program's start date when the program has not started yet). Items due
within the week or overdue, and off-track goals, come first, the earliest due first; the other
proposals and end dates later than the week after them. Screening checks (a background
check) that expire within 30 days or have expired, urgent from a week before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .domain import GoalStatus, PairStatus, Program
from .followup import (
    ago_text,
    checkin_due,
    days_text,
    due_text,
    owner_text,
    rhythm,
    when_text,
)
from .i18n import tr
from .intake_figures import ExpiringCheck
from .store_followup import FollowUpFacts, GoalFacts, PairFacts, StepFacts

#: An active pair is expected to have a goal this many days after its start.
NO_GOAL_DAYS = 14
#: Pairs and programs ending within this many days are listed.
ENDING_DAYS = 14
#: Steps and check-ins due within this many days (today included) are listed.
WEEK_DAYS = 7


class TodayKind(StrEnum):
    NO_SESSION = "no_session"
    CHECKIN_DUE = "checkin_due"
    GOAL_OFF_TRACK = "goal_off_track"
    STEP_DUE = "step_due"
    NO_GOAL = "no_goal"
    ENDING = "ending"
    PROPOSED = "proposed"
    CHECK_EXPIRING = "check_expiring"

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
            TodayKind.CHECK_EXPIRING: tr("Check expiring"),
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
    participant_id: int | None = None


class FactsSource(Protocol):
    """What :func:`today_items` reads from: the Store."""

    def followup_facts(self, steps_due_by: dt.date | None = None) -> FollowUpFacts: ...


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
        participant_id: int | None = None,
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
            participant_id or 0,
        )
        overdue = (self.today - due).days if due is not None else None
        self.items.append(
            TodayItem(
                kind, subject, text, due, overdue, key, pair_id, goal_id, step_id, participant_id
            )
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
            text = tr("Planned to end {when}").format(when=when_text(left))
        else:
            text = tr("Its end date passed {ago}; close the pair or move its end date").format(
                ago=ago_text(-left)
            )
        out.add(TodayKind.ENDING, subject, text, end, pair_id=pid)


def _step_item(out: _Items, step: StepFacts, subject: str) -> None:
    text = tr("“{step}” ({owner}), for the goal “{goal}”: {due}").format(
        step=step.text,
        owner=owner_text(step.owner),
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
                text=text, when=when_text((target - today).days)
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
        text = tr("The program ends {when}").format(when=when_text(left))
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


def _check_item(out: _Items, check: ExpiringCheck) -> None:
    if check.days_left < 0:
        text = tr("{item} expired {ago}; renew it before {name} is matched again").format(
            item=check.item, ago=ago_text(-check.days_left), name=check.name
        )
    else:
        text = tr("{item} expires {when}").format(item=check.item, when=when_text(check.days_left))
    urgent = check.days_left < WEEK_DAYS
    out.add(
        TodayKind.CHECK_EXPIRING,
        check.name,
        text,
        check.expires,
        urgent=urgent,
        participant_id=check.participant_id,
    )


def today_items(
    source: FollowUpFacts | FactsSource,
    program: Program,
    today: dt.date,
    expiring: Iterable[ExpiringCheck] | None = None,
) -> list[TodayItem]:
    """Everything that needs the coordinator on ``today``, the most urgent first.

    ``source`` is the Store, or facts it read with steps due at least to the week's end.
    ``expiring``: screening checks expiring within 30 days or expired (read from the Store
    when it is the source and none are given).
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
    if expiring is None:
        read = getattr(source, "expiring_checks", None)
        expiring = read(today) if read is not None else ()
    for check in expiring:
        _check_item(out, check)
    out.items.sort(key=lambda item: item.sort_key)
    return out.items


def counts(items: Iterable[TodayItem]) -> Mapping[TodayKind, int]:
    """How many items of each kind (every kind present), for the navigation list's badge."""
    result = dict.fromkeys(TodayKind, 0)
    for item in items:
        result[item.kind] += 1
    return result
