"""Each pair's health and the "Today" list: every rule at its boundaries, with a fixed day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from mentordesk.model.domain import (
    CheckIn,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Program,
    Role,
    Session,
    StepOwner,
)
from mentordesk.model.followup import (
    Health,
    HealthState,
    ago_text,
    checkin_due,
    days_text,
    due_text,
    health,
    healths,
    rhythm,
)
from mentordesk.model.i18n import install_translator
from mentordesk.model.store import Store
from mentordesk.model.store_followup import FollowUpFacts, GoalFacts, PairFacts, StepFacts
from mentordesk.model.today import TodayItem, TodayKind, counts, today_items

from .conftest import person

TODAY = dt.date(2026, 3, 16)  # a Monday
PROGRAM = Program(
    name="Spring 2026",
    cadence_days=14,
    grace_days=7,
    checkin_first_days=14,
    checkins_first_month=2,
    checkin_every_days=30,
)
EXPECT = "the program expects one every 14 days plus 7 days' grace"
ON_TRACK_CHECKINS = "Last check-in today; the program asks for one every 30 days"


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def later(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def facts(**fields: Any) -> PairFacts:
    """An active pair started 100 days ago, met 3 days ago, contacted as the schedule wants."""
    values: dict[str, Any] = {
        "pair_id": 1,
        "label": "Ann Lee & Bo Chen",
        "status": PairStatus.ACTIVE,
        "start_date": ago(100),
        "end_date": None,
        "meeting_every_days": None,
        "proposed_on": None,
        "active_since": ago(100),
        "sessions_held": 5,
        "last_held": ago(3),
        "checkins": 3,
        "checkins_first_month": 2,
        "last_checkin": TODAY,
        "goals": 1,
        "goals_by_status": {GoalStatus.ON_TRACK: 1},
    }
    values.update(fields)
    return PairFacts(**values)


def state(pair: PairFacts, program: Program = PROGRAM) -> tuple[HealthState, str]:
    result = health(pair, program, TODAY)
    assert result is not None
    return result.state, result.reason


def items(*pairs: PairFacts, program: Program = PROGRAM, **extra: Any) -> list[TodayItem]:
    source = FollowUpFacts(
        pairs=pairs,
        steps=tuple(extra.get("steps", ())),
        goals=tuple(extra.get("goals", ())),
        steps_due_by=extra.get("steps_due_by"),
    )
    return today_items(source, program, TODAY)


def texts(found: list[TodayItem], kind: TodayKind | None = None) -> list[str]:
    return [i.text for i in found if kind is None or i.kind is kind]


@pytest.fixture
def shouting() -> Iterator[None]:
    install_translator(lambda context, text: text.upper())
    yield
    install_translator(None)


# -- words -----------------------------------------------------------------------------------


def test_days_in_words() -> None:
    assert [days_text(n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert [ago_text(n) for n in (0, 1, 5)] == ["today", "yesterday", "5 days ago"]
    assert [due_text(n) for n in (3, 1, 0, -1, -4)] == [
        "due in 3 days",
        "due tomorrow",
        "due today",
        "overdue by 1 day",
        "overdue by 4 days",
    ]


def test_labels_go_through_the_translation_function(shouting: None) -> None:
    assert [s.label for s in HealthState] == ["ON TRACK", "NEEDS A CHECK-IN", "TOO EARLY TO TELL"]
    assert TodayKind.NO_SESSION.label == "NO RECENT SESSION"
    assert [k.label for k in TodayKind][1:] == [
        "CHECK-IN DUE",
        "GOAL OFF TRACK",
        "ACTION STEP DUE",
        "NO GOAL YET",
        "ENDING",
        "NOT YET CONFIRMED",
        "CHECK EXPIRING",
    ]


# -- health: meeting rhythm ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (20, (HealthState.ON_TRACK, f"Last session 20 days ago; {EXPECT}")),
        (21, (HealthState.ON_TRACK, f"Last session 21 days ago; {EXPECT}")),
        (22, (HealthState.NEEDS_CHECKIN, f"No session for 22 days; {EXPECT}")),
    ],
)
def test_a_pair_is_quiet_after_the_cadence_plus_the_grace(
    days: int, expected: tuple[HealthState, str]
) -> None:
    assert state(facts(last_held=ago(days))) == expected


def test_the_sentence_says_today_and_yesterday() -> None:
    assert state(facts(last_held=TODAY))[1] == f"Last session today; {EXPECT}"
    assert state(facts(last_held=ago(1)))[1] == f"Last session yesterday; {EXPECT}"
    assert state(facts(last_held=later(2)))[1] == f"Last session today; {EXPECT}"  # logged ahead


def test_the_pair_s_own_meeting_frequency_replaces_the_cadence() -> None:
    agreed = "the pair agreed to meet every 10 days plus 7 days' grace"
    assert state(facts(meeting_every_days=10, last_held=ago(17))) == (
        HealthState.ON_TRACK,
        f"Last session 17 days ago; {agreed}",
    )
    assert state(facts(meeting_every_days=10, last_held=ago(18))) == (
        HealthState.NEEDS_CHECKIN,
        f"No session for 18 days; {agreed}",
    )


def test_the_grace_period_in_words() -> None:
    one = dataclasses.replace(PROGRAM, grace_days=1)
    none = dataclasses.replace(PROGRAM, grace_days=0, cadence_days=1)
    assert state(facts(last_held=ago(16)), one)[1] == (
        "No session for 16 days; the program expects one every 14 days plus 1 day's grace"
    )
    assert state(facts(last_held=ago(2)), none)[1] == (
        "No session for 2 days; the program expects one every 1 day"
    )


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, (HealthState.TOO_EARLY, f"Started today, no session yet; {EXPECT}")),
        (5, (HealthState.TOO_EARLY, f"Started 5 days ago, no session yet; {EXPECT}")),
        (21, (HealthState.TOO_EARLY, f"Started 21 days ago, no session yet; {EXPECT}")),
        (
            22,
            (HealthState.NEEDS_CHECKIN, f"No session since the pair started 22 days ago; {EXPECT}"),
        ),
    ],
)
def test_a_new_pair_is_too_early_to_tell_until_it_should_have_met(
    days: int, expected: tuple[HealthState, str]
) -> None:
    pair = facts(
        start_date=ago(days),
        active_since=ago(days),
        sessions_held=0,
        last_held=None,
        checkins_first_month=2,
        last_checkin=ago(days),
    )
    assert state(pair) == expected


def test_a_session_before_the_pair_became_active_again_does_not_count() -> None:
    resumed = facts(active_since=ago(5), last_held=ago(60))
    assert state(resumed) == (
        HealthState.TOO_EARLY,
        f"Active again since 5 days ago, no session yet; {EXPECT}",
    )
    assert state(dataclasses.replace(resumed, active_since=ago(22))) == (
        HealthState.NEEDS_CHECKIN,
        f"No session since the pair became active again 22 days ago; {EXPECT}",
    )
    # A session on the day it resumed counts.
    assert state(facts(active_since=ago(5), last_held=ago(5)))[0] is HealthState.ON_TRACK
    assert state(facts(active_since=None))[0] is HealthState.ON_TRACK


def test_no_start_date_or_a_later_start_is_too_early() -> None:
    assert state(facts(start_date=None)) == (HealthState.TOO_EARLY, "No start date recorded")
    assert state(facts(start_date=later(1), last_held=None)) == (
        HealthState.TOO_EARLY,
        "Starts tomorrow",
    )
    assert state(facts(start_date=later(9))) == (HealthState.TOO_EARLY, "Starts in 9 days")


@pytest.mark.parametrize("status", [PairStatus.PROPOSED, PairStatus.PAUSED, PairStatus.CLOSED])
def test_only_active_pairs_have_a_health(status: PairStatus) -> None:
    assert health(facts(status=status, last_held=None), PROGRAM, TODAY) is None


# -- health: goals and check-ins -------------------------------------------------------------


def test_goals_off_track_or_past_their_target_need_a_check_in() -> None:
    assert state(facts(goals_by_status={GoalStatus.OFF_TRACK: 1})) == (
        HealthState.NEEDS_CHECKIN,
        "1 goal is off track",
    )
    assert state(facts(goals_by_status={GoalStatus.OFF_TRACK: 2}))[1] == "2 goals are off track"
    assert state(facts(earliest_open_target=TODAY))[0] is HealthState.ON_TRACK
    assert state(facts(earliest_open_target=ago(1))) == (
        HealthState.NEEDS_CHECKIN,
        "A goal not completed passed its target date yesterday",
    )


def test_every_reason_is_kept_the_first_deciding() -> None:
    pair = facts(
        last_held=ago(30),
        goals_by_status={GoalStatus.OFF_TRACK: 1},
        earliest_open_target=ago(3),
        last_checkin=ago(31),
    )
    assert health(pair, PROGRAM, TODAY) == Health(
        HealthState.NEEDS_CHECKIN,
        f"No session for 30 days; {EXPECT}",
        (
            "1 goal is off track",
            "A goal not completed passed its target date 3 days ago",
            "Last check-in 31 days ago; the program asks for one every 30 days; overdue by 1 day",
        ),
    )


def _new(days: int, **fields: Any) -> PairFacts:
    """A pair started ``days`` ago that met yesterday."""
    values = {
        "start_date": ago(days),
        "active_since": ago(days),
        "last_held": ago(1),
        "checkins_first_month": 0,
        "last_checkin": None,
        "checkins": 0,
    }
    return facts(**(values | fields))


FIRST = "No check-in yet; the program asks for the first within 14 days of the start"


@pytest.mark.parametrize(
    ("days", "due", "listed", "needs"),
    [
        (7, later(7), False, False),
        (8, later(6), True, False),
        (14, TODAY, True, False),
        (15, ago(1), True, True),
    ],
)
def test_the_first_check_in_is_due_within_the_first_days(
    days: int, due: dt.date, listed: bool, needs: bool
) -> None:
    pair = _new(days)
    assert checkin_due(pair, PROGRAM, TODAY) is not None
    assert checkin_due(pair, PROGRAM, TODAY).due == due  # type: ignore[union-attr]
    found = texts(items(pair), TodayKind.CHECKIN_DUE)
    assert found == ([f"{FIRST}; {due_text((due - TODAY).days)}"] if listed else [])
    assert (state(pair)[0] is HealthState.NEEDS_CHECKIN) is needs
    if needs:
        assert state(pair)[1] == f"{FIRST}; overdue by 1 day"


@pytest.mark.parametrize(
    ("days", "listed", "needs"),
    [(22, False, False), (23, True, False), (29, True, False), (30, True, True)],
)
def test_the_first_month_wants_its_check_ins_by_its_last_day(
    days: int, listed: bool, needs: bool
) -> None:
    pair = _new(
        days,
        last_checkin=ago(days - 3),
        checkins=1,
        checkins_first_month=1,
    )
    due = ago(days) + dt.timedelta(days=29)
    expected_due = checkin_due(pair, PROGRAM, TODAY)
    assert expected_due is not None and expected_due.due == due
    found = items(pair)
    expected = f"1 of 2 check-ins in the first month so far; {due_text((due - TODAY).days)}"
    assert texts(found, TodayKind.CHECKIN_DUE) == ([expected] if listed else [])
    assert (state(pair)[0] is HealthState.NEEDS_CHECKIN) is needs


def test_after_the_first_month_a_check_in_every_n_days() -> None:
    # The first month fell short, but a check-in since then restarts the monthly rhythm.
    after = _new(60, last_checkin=ago(20), checkins=2, checkins_first_month=1)
    due = checkin_due(after, PROGRAM, TODAY)
    assert due is not None
    assert (due.due, due.why) == (
        later(10),
        "Last check-in 20 days ago; the program asks for one every 30 days",
    )
    # A rhythm tighter than the first month's last day wins.
    weekly = dataclasses.replace(PROGRAM, checkin_every_days=7)
    tight = _new(10, last_checkin=ago(9), checkins=1, checkins_first_month=1)
    due = checkin_due(tight, weekly, TODAY)
    assert due is not None
    assert (due.due, due.why) == (
        ago(2),
        "Last check-in 9 days ago; the program asks for one every 7 days",
    )
    for days, needs in ((30, False), (31, True)):
        pair = facts(last_checkin=ago(days))
        assert (state(pair)[0] is HealthState.NEEDS_CHECKIN) is needs
    assert checkin_due(facts(start_date=None), PROGRAM, TODAY) is None
    # A contact before the pair started (while proposed) is not its first check-in.
    before = checkin_due(_new(20, last_checkin=ago(25), checkins=1), PROGRAM, TODAY)
    assert before is not None
    assert (before.due, before.why) == (ago(6), FIRST)


# -- Today -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "listed"), [(20, False), (21, False), (22, True)])
def test_today_lists_quiet_pairs(days: int, listed: bool) -> None:
    found = items(facts(last_held=ago(days)))
    quiet = [i for i in found if i.kind is TodayKind.NO_SESSION]
    if not listed:
        assert quiet == []
        return
    [item] = quiet
    assert (item.subject, item.text, item.due, item.days_overdue, item.pair_id) == (
        "Ann Lee & Bo Chen",
        f"No session for 22 days; {EXPECT}",
        ago(8),  # the session expected 14 days after the last one
        8,
        1,
    )


@pytest.mark.parametrize(
    ("due", "text"),
    [
        (ago(2), "overdue by 2 days"),
        (TODAY, "due today"),
        (later(1), "due tomorrow"),
        (later(6), "due in 6 days"),
        (later(7), None),
    ],
)
def test_today_lists_steps_due_this_week_or_overdue(due: dt.date, text: str | None) -> None:
    step = StepFacts(7, 3, 1, "Rehearse the talk", StepOwner.MENTEE, due, False, "Speak up")
    found = texts(items(facts(), steps=[step]), TodayKind.STEP_DUE)
    assert found == (
        [f"“Rehearse the talk” (mentee), for the goal “Speak up”: {text}"] if text else []
    )


def test_step_owners_in_words_and_only_active_pairs_steps() -> None:
    steps = [
        StepFacts(n, 3, pair_id, f"Step {n}", owner, TODAY, False, "G")
        for n, (pair_id, owner) in enumerate(
            ((1, StepOwner.MENTOR), (1, StepOwner.BOTH), (2, StepOwner.MENTEE)), 1
        )
    ]
    found = items(facts(), facts(pair_id=2, status=PairStatus.PAUSED), steps=steps)
    due = [i for i in found if i.kind is TodayKind.STEP_DUE]
    assert [(i.text, i.pair_id, i.goal_id, i.step_id) for i in due] == [
        ("“Step 1” (mentor), for the goal “G”: due today", 1, 3, 1),
        ("“Step 2” (both), for the goal “G”: due today", 1, 3, 2),
    ]


def test_today_refuses_facts_that_miss_part_of_the_week() -> None:
    with pytest.raises(ValueError, match="not the whole week"):
        items(facts(), steps_due_by=later(5))
    assert items(facts(), steps_due_by=later(6)) == []
    assert items(facts(), steps_due_by=None) == []


def test_today_lists_goals_off_track_or_past_their_target() -> None:
    goals = [
        GoalFacts(1, 1, "Lead", GoalStatus.OFF_TRACK, None),
        GoalFacts(2, 1, "Speak", GoalStatus.OFF_TRACK, later(10)),
        GoalFacts(3, 1, "Write", GoalStatus.ON_TRACK, ago(1)),
        GoalFacts(4, 1, "Read", GoalStatus.NOT_STARTED, TODAY),  # not yet past
        GoalFacts(5, 2, "Elsewhere", GoalStatus.OFF_TRACK, None),  # a proposed pair's
    ]
    found = items(facts(), facts(pair_id=2, status=PairStatus.PROPOSED), goals=goals)
    off = [i for i in found if i.kind is TodayKind.GOAL_OFF_TRACK]
    assert [(i.text, i.goal_id, i.due) for i in off] == [
        ("Goal “Write” is not completed and its target date passed yesterday", 3, ago(1)),
        ("Goal “Lead” is off track", 1, None),
        ("Goal “Speak” is off track; its target date is in 10 days", 2, later(10)),
    ]
    assert off[1].days_overdue is None


@pytest.mark.parametrize(("days", "listed"), [(13, False), (14, True), (15, True)])
def test_today_lists_active_pairs_with_no_goal_two_weeks_after_starting(
    days: int, listed: bool
) -> None:
    pair = _new(
        days,
        goals=0,
        goals_by_status={},
        last_checkin=TODAY,
        checkins_first_month=2,
    )
    found = [i for i in items(pair) if i.kind is TodayKind.NO_GOAL]
    assert [(i.text, i.due) for i in found] == (
        [(f"No goal yet, {days} days after starting", ago(days - 14))] if listed else []
    )
    assert [i.kind for i in items(dataclasses.replace(pair, goals=1))] == []
    assert items(dataclasses.replace(pair, start_date=None)) == []


def test_today_lists_proposed_pairs_not_yet_confirmed() -> None:
    old = facts(pair_id=2, status=PairStatus.PROPOSED, proposed_on=ago(3), label="A & B")
    new = facts(pair_id=3, status=PairStatus.PROPOSED, proposed_on=later(1), label="C & D")
    unknown = facts(pair_id=4, status=PairStatus.PROPOSED, label="E & F")
    found = items(old, new, unknown)
    assert [(i.kind, i.subject, i.text, i.due) for i in found] == [
        (TodayKind.PROPOSED, "A & B", "Proposed 3 days ago, not yet confirmed", None),
        (TodayKind.PROPOSED, "C & D", "Proposed today, not yet confirmed", None),
        (TodayKind.PROPOSED, "E & F", "Proposed, not yet confirmed", None),
    ]
    starting = dataclasses.replace(PROGRAM, start_date=later(3))
    [item] = items(old, program=starting)
    assert (item.due, item.days_overdue, item.sort_key[0]) == (later(3), -3, 0)
    started = dataclasses.replace(PROGRAM, start_date=ago(3))
    assert items(old, program=started)[0].due is None


@pytest.mark.parametrize(
    ("left", "text"),
    [
        (15, None),
        (14, "Planned to end in 14 days"),
        (1, "Planned to end tomorrow"),
        (0, "Planned to end today"),
        (-1, "Its end date passed yesterday; close the pair or move its end date"),
    ],
)
def test_today_lists_pairs_reaching_their_end_date(left: int, text: str | None) -> None:
    found = items(facts(end_date=later(left)))
    assert texts(found, TodayKind.ENDING) == ([text] if text else [])
    paused = facts(end_date=later(left), status=PairStatus.PAUSED)
    assert items(paused) == []


@pytest.mark.parametrize(
    ("left", "running", "text"),
    [
        (15, 1, None),
        (14, 0, "The program ends in 14 days"),
        (0, 0, "The program ends today"),
        (-1, 1, "The program ended yesterday; 1 pair is still running"),
        (-9, 2, "The program ended 9 days ago; 2 pairs are still running"),
        (-1, 0, None),
    ],
)
def test_today_lists_the_program_reaching_its_end_date(
    left: int, running: int, text: str | None
) -> None:
    program = dataclasses.replace(PROGRAM, end_date=later(left))
    pairs = [facts(pair_id=n, status=PairStatus.PAUSED) for n in range(running)]
    pairs.append(facts(pair_id=9, status=PairStatus.PROPOSED))  # not running
    found = [i for i in items(*pairs, program=program) if i.kind is TodayKind.ENDING]
    assert [(i.subject, i.text, i.pair_id) for i in found] == (
        [("Spring 2026", text, None)] if text else []
    )


def test_a_pair_in_good_shape_needs_nothing_today() -> None:
    assert items(facts()) == []
    assert items(facts(status=PairStatus.CLOSED, last_held=None)) == []


def test_the_most_urgent_comes_first_and_counts_by_kind() -> None:
    program = dataclasses.replace(PROGRAM, end_date=later(10))
    pairs = (
        facts(pair_id=1, last_held=ago(40), label="Quiet"),  # due 26 days ago
        facts(pair_id=2, last_checkin=ago(33), label="Uncontacted"),  # overdue by 3 days
        facts(pair_id=3, status=PairStatus.PROPOSED, label="Proposed"),
        facts(pair_id=4, end_date=later(12), label="Ending"),
    )
    steps = [StepFacts(1, 1, 2, "Call", StepOwner.BOTH, later(2), False, "G")]
    goals = [GoalFacts(5, 4, "Far off", GoalStatus.OFF_TRACK, later(100))]
    found = items(*pairs, program=program, steps=steps, goals=goals)
    assert [(i.kind, i.subject) for i in found] == [
        (TodayKind.NO_SESSION, "Quiet"),
        (TodayKind.CHECKIN_DUE, "Uncontacted"),
        (TodayKind.GOAL_OFF_TRACK, "Ending"),  # off track: now, whatever its target date
        (TodayKind.STEP_DUE, "Uncontacted"),
        (TodayKind.PROPOSED, "Proposed"),  # no date: after the week's items
        (TodayKind.ENDING, "Spring 2026"),
        (TodayKind.ENDING, "Ending"),
    ]
    assert counts(found) == {
        TodayKind.NO_SESSION: 1,
        TodayKind.CHECKIN_DUE: 1,
        TodayKind.GOAL_OFF_TRACK: 1,
        TodayKind.STEP_DUE: 1,
        TodayKind.NO_GOAL: 0,
        TodayKind.ENDING: 2,
        TodayKind.PROPOSED: 1,
        TodayKind.CHECK_EXPIRING: 0,
    }
    assert counts([]) == dict.fromkeys(TodayKind, 0)


def test_healths_of_the_active_pairs() -> None:
    pairs = [facts(), facts(pair_id=2, status=PairStatus.PAUSED), facts(pair_id=3, start_date=None)]
    assert {k: v.state for k, v in healths(pairs, PROGRAM, TODAY).items()} == {
        1: HealthState.ON_TRACK,
        3: HealthState.TOO_EARLY,
    }
    beat = rhythm(facts(), PROGRAM, TODAY)
    assert beat is not None
    assert (beat.since, beat.days, beat.due, beat.quiet) == (ago(3), 3, later(11), False)


# -- from a Store ----------------------------------------------------------------------------


def test_today_from_a_store_reads_the_facts_it_needs() -> None:
    program = dataclasses.replace(PROGRAM, end_date=later(40))
    with Store.in_memory(program) as store:
        a, b, c = (
            store.add_participant(person(n, "Lee", role=Role.BOTH, email=f"{n}@x.org"))
            for n in ("Ann", "Bo", "Cy")
        )
        members = (PairMember(a, MemberRole.MENTOR), PairMember(b, MemberRole.MENTEE))
        pair = store.add_pair(Pair(members, PairStatus.ACTIVE, start_date=ago(60)))
        store.add_session(Session(pair, ago(30)))
        store.add_checkin(CheckIn(pair, ago(58)))
        store.add_checkin(CheckIn(pair, ago(40)))
        goal = store.add_goal(Goal(pair, "Speak up", status=GoalStatus.ON_TRACK))
        store.add_goal_step(GoalStep(goal, "Rehearse", due_date=later(6)))
        store.add_goal_step(GoalStep(goal, "Present", due_date=later(7)))
        proposal = store.add_pair(Pair((PairMember(c, MemberRole.MENTEE),)))
        store.conn.execute(
            "UPDATE pairs SET created_at = ? WHERE id = ?", (f"{ago(2)}T09:00:00Z", proposal)
        )
        found = today_items(store, store.program(), TODAY)
        facts_read = store.followup_facts(later(6))
    assert [(i.kind, i.subject, i.text) for i in found] == [
        (
            TodayKind.NO_SESSION,
            "Ann Lee & Bo Lee",
            f"No session for 30 days; {EXPECT}",
        ),
        (
            TodayKind.CHECKIN_DUE,
            "Ann Lee & Bo Lee",
            "Last check-in 40 days ago; the program asks for one every 30 days; overdue by 10 days",
        ),
        (
            TodayKind.STEP_DUE,
            "Ann Lee & Bo Lee",
            "“Rehearse” (both), for the goal “Speak up”: due in 6 days",
        ),
        (TodayKind.PROPOSED, "Cy Lee", "Proposed 2 days ago, not yet confirmed"),
    ]
    assert [(i.kind, i.text) for i in today_items(facts_read, program, TODAY)][:3] == [
        (i.kind, i.text) for i in found
    ][:3]
