"""The Milestones feed: completed goals, milestone steps reached, every tenth held session and
pairs closed with their goals reached, newest first, nothing after the day asked about."""

from __future__ import annotations

import datetime as dt

from mentordesk.model.domain import (
    ClosureReason,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Session,
    SessionStatus,
)
from mentordesk.model.milestones import MilestoneKind, milestone_feed
from mentordesk.model.store import Store

from .conftest import Ids

START = dt.date(2025, 2, 1)


def test_labels() -> None:
    assert [k.label for k in MilestoneKind] == [
        "Goal completed",
        "Milestone reached",
        "Sessions held",
        "Closed with goals reached",
    ]


def test_an_empty_program_has_nothing_to_celebrate(mem_store: Store) -> None:
    assert milestone_feed(mem_store, dt.date(2025, 6, 1)) == []


def test_the_feed_newest_first(populated: Store, ids: Ids) -> None:
    store = populated
    pair = ids.active_pair
    # The populated file has two held sessions (10 and 24 Feb); 18 more, one cancelled and
    # one missed that do not count, make the 10th on 19 Apr and the 20th on 28 Jun.
    for n in range(18):
        store.add_session(Session(pair, dt.date(2025, 3, 1) + dt.timedelta(days=n * 7)))
    store.add_session(Session(pair, dt.date(2025, 3, 2), status=SessionStatus.CANCELLED))
    store.add_session(Session(pair, dt.date(2025, 3, 3), status=SessionStatus.MISSED))
    done = store.add_goal(
        Goal(pair, "Give a talk", status=GoalStatus.COMPLETED, completed_date=dt.date(2025, 5, 2))
    )
    store.add_goal(
        Goal(pair, "Future", status=GoalStatus.COMPLETED, completed_date=dt.date(2026, 1, 1))
    )
    store.add_goal(Goal(pair, "Open", status=GoalStatus.ON_TRACK))
    store.add_goal_step(
        GoalStep(done, "Rehearse", done=True, done_date=dt.date(2025, 4, 24), milestone=True)
    )
    store.add_goal_step(GoalStep(done, "Slides", done=True, done_date=dt.date(2025, 4, 20)))
    store.add_goal_step(GoalStep(done, "Open milestone", milestone=True))
    closed = store.add_pair(
        Pair(
            (PairMember(ids.both, MemberRole.MENTOR), PairMember(ids.mentee, MemberRole.MENTEE)),
            status=PairStatus.CLOSED,
            name="Circle",
            start_date=START,
            end_date=dt.date(2025, 5, 2),
            closure_reason=ClosureReason.GOALS_REACHED,
        )
    )
    store.add_goal(
        Goal(closed, "Lead", status=GoalStatus.COMPLETED, completed_date=dt.date(2025, 5, 2))
    )

    feed = milestone_feed(store, dt.date(2025, 6, 1))
    assert [(m.date, m.kind, m.pair_id, m.text) for m in feed] == [
        (dt.date(2025, 5, 2), MilestoneKind.GOALS_REACHED, closed, "Closed with its goals reached"),
        (dt.date(2025, 5, 2), MilestoneKind.GOAL_COMPLETED, closed, "Goal completed: Lead"),
        (dt.date(2025, 5, 2), MilestoneKind.GOAL_COMPLETED, pair, "Goal completed: Give a talk"),
        (
            dt.date(2025, 4, 24),
            MilestoneKind.STEP_REACHED,
            pair,
            "Milestone reached: Rehearse (goal: Give a talk)",
        ),
        (dt.date(2025, 4, 19), MilestoneKind.SESSIONS, pair, "10 sessions held together"),
    ]
    assert feed[0].subject == "Circle"
    assert feed[-1].subject == "Marco & Иван"

    later = milestone_feed(store, dt.date(2025, 12, 31), limit=2)
    assert [(m.date, m.text) for m in later] == [
        (dt.date(2025, 6, 28), "20 sessions held together"),
        (dt.date(2025, 5, 2), "Closed with its goals reached"),
    ]
    assert milestone_feed(store, dt.date(2025, 12, 31), limit=0) == []
    assert milestone_feed(store, dt.date(2025, 4, 18)) == []


def test_an_unnamed_pair_is_called_by_its_members(populated: Store, ids: Ids) -> None:
    store = populated
    pair = store.add_pair(
        Pair(
            (PairMember(ids.mentor, MemberRole.MENTOR), PairMember(ids.both, MemberRole.MENTEE)),
            status=PairStatus.ACTIVE,
            start_date=START,
        )
    )
    store.add_goal(Goal(pair, "G", status=GoalStatus.COMPLETED, completed_date=START))
    [item] = milestone_feed(store, START)
    assert item.subject == "Marco Esposito & Ada Lovelace"
