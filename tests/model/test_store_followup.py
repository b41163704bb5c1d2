"""The follow-up aggregates: every pair's figures read at once, checked by hand and against a
plain-Python computation on a random program."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest

from mentordesk.model.domain import (
    CheckIn,
    ClosureReason,
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
    SessionStatus,
    StepOwner,
)
from mentordesk.model.rows import goal_to_row, session_to_row, step_to_row
from mentordesk.model.store import Store
from mentordesk.model.store_followup import (
    FIRST_MONTH_DAYS,
    GoalFacts,
    PairFacts,
    StepFacts,
    pair_label,
)

from .conftest import PROGRAM, person

D = dt.date


def _people(store: Store, n: int) -> list[int]:
    return [
        store.add_participant(person(f"P{i}", f"Last{i}", role=Role.BOTH, email=f"p{i}@x.org"))
        for i in range(n)
    ]


def _pair(store: Store, people: list[int], **fields: object) -> int:
    members = tuple(
        PairMember(p, MemberRole.MENTOR if i == 0 else MemberRole.MENTEE)
        for i, p in enumerate(people)
    )
    return store.add_pair(Pair(members=members, **fields))  # type: ignore[arg-type]


def test_pair_label_names_the_pair_or_its_members() -> None:
    assert pair_label("  Circle ", ["A B"], 3) == "Circle"
    assert pair_label("", [], 3) == "Pair 3"
    assert pair_label("", ["A B"], 3) == "A B"
    assert pair_label("", ["A B", "C D"], 3) == "A B & C D"
    assert pair_label("", ["A B", "C D", "E F"], 3) == "A B, C D & E F"


def test_the_figures_of_each_open_pair_by_hand(mem_store: Store) -> None:
    s = mem_store
    a, b, c, d = _people(s, 4)
    busy = _pair(s, [a, b], status=PairStatus.ACTIVE, name="Busy", start_date=D(2025, 3, 1))
    s.update_pair(dataclasses.replace(s.pair(busy), meeting_every_days=10))
    quiet = _pair(s, [c, d], status=PairStatus.ACTIVE, start_date=D(2025, 3, 2))
    group = _pair(s, [a, c, d])
    closed = _pair(
        s,
        [b, c],
        status=PairStatus.CLOSED,
        start_date=D(2025, 2, 1),
        end_date=D(2025, 2, 20),
        closure_reason=ClosureReason.MISMATCH,
    )
    empty = _pair(s, [], status=PairStatus.ACTIVE, start_date=D(2025, 3, 3))
    s.change_pair_status(empty, PairStatus.PAUSED, D(2025, 4, 1))
    s.change_pair_status(empty, PairStatus.ACTIVE, D(2025, 5, 1))

    for day, status, minutes in (
        (D(2025, 3, 5), SessionStatus.HELD, 60),
        (D(2025, 3, 20), SessionStatus.HELD, 45),
        (D(2025, 4, 1), SessionStatus.CANCELLED, 60),
        (D(2025, 4, 2), SessionStatus.MISSED, 30),
    ):
        s.add_session(Session(busy, day, duration_minutes=minutes, status=status))
    s.add_session(Session(quiet, D(2025, 3, 9), status=SessionStatus.CANCELLED))
    s.add_session(Session(closed, D(2025, 2, 10)))
    # Before the start; the first day; the first month's last day; the day after it.
    for day in (D(2025, 2, 20), D(2025, 3, 1), D(2025, 3, 30), D(2025, 3, 31)):
        s.add_checkin(CheckIn(busy, day))
    s.add_checkin(CheckIn(closed, D(2025, 1, 25)))

    on_track = s.add_goal(
        Goal(busy, "Speak", status=GoalStatus.ON_TRACK, target_date=D(2025, 6, 30))
    )
    s.add_goal(Goal(busy, "Lead", status=GoalStatus.OFF_TRACK, target_date=D(2025, 5, 1)))
    done = s.add_goal(Goal(busy, "Read", status=GoalStatus.COMPLETED, target_date=D(2025, 3, 15)))
    s.add_goal(Goal(busy, "Someday"))
    s.add_goal_step(GoalStep(on_track, "Done already", due_date=D(2025, 3, 10), done=True))
    s.add_goal_step(GoalStep(on_track, "Rehearse", due_date=D(2025, 4, 15)))
    s.add_goal_step(GoalStep(on_track, "Whenever"))
    s.add_goal_step(GoalStep(done, "Left over", due_date=D(2025, 3, 1)))  # goal completed
    s.add_goal(Goal(closed, "Gone", status=GoalStatus.OFF_TRACK))

    facts = {f.pair_id: f for f in s.pair_facts()}
    assert list(facts) == [busy, quiet, group, empty]
    created = facts[busy].proposed_on
    assert created is not None
    assert facts[busy] == PairFacts(
        pair_id=busy,
        label="Busy",
        status=PairStatus.ACTIVE,
        start_date=D(2025, 3, 1),
        end_date=None,
        meeting_every_days=10,
        proposed_on=created,
        active_since=D(2025, 3, 1),
        sessions_held=2,
        last_held=D(2025, 3, 20),
        checkins=4,
        last_checkin=D(2025, 3, 31),
        checkins_first_month=2,
        goals=4,
        goals_by_status={
            GoalStatus.ON_TRACK: 1,
            GoalStatus.OFF_TRACK: 1,
            GoalStatus.COMPLETED: 1,
            GoalStatus.NOT_STARTED: 1,
        },
        earliest_open_target=D(2025, 5, 1),
        open_steps=2,
        earliest_open_step_due=D(2025, 4, 15),
        name="Busy",
        members=("P0 Last0", "P1 Last1"),
    )
    assert facts[busy].goals_with(GoalStatus.NOT_STARTED) == 1
    assert facts[quiet] == PairFacts(
        pair_id=quiet,
        label="P2 Last2 & P3 Last3",
        status=PairStatus.ACTIVE,
        start_date=D(2025, 3, 2),
        end_date=None,
        meeting_every_days=None,
        proposed_on=created,
        active_since=D(2025, 3, 2),
        members=("P2 Last2", "P3 Last3"),
    )
    assert facts[quiet].goals_with(GoalStatus.OFF_TRACK) == 0
    assert (facts[group].label, facts[group].status, facts[group].active_since) == (
        "P0 Last0, P2 Last2 & P3 Last3",
        PairStatus.PROPOSED,
        None,
    )
    assert (facts[empty].label, facts[empty].active_since) == (f"Pair {empty}", D(2025, 5, 1))

    everything = {f.pair_id: f for f in s.pair_facts(include_closed=True)}
    assert list(everything) == [busy, quiet, group, closed, empty]
    assert (everything[closed].sessions_held, everything[closed].checkins) == (1, 1)
    assert everything[closed].checkins_first_month == 0  # before its start
    assert everything[closed].goals_with(GoalStatus.OFF_TRACK) == 1

    rehearse = [st for st in s.open_steps_due() if st.text == "Rehearse"]
    assert rehearse == [
        StepFacts(
            rehearse[0].step_id,
            on_track,
            busy,
            "Rehearse",
            StepOwner.BOTH,
            D(2025, 4, 15),
            False,
            "Speak",
        )
    ]
    assert s.open_steps_due(D(2025, 4, 14)) == []
    assert s.open_steps_due(D(2025, 4, 15)) == rehearse
    assert [g.title for g in s.watched_goals()] == ["Speak", "Lead"]
    assert [g.title for g in s.watched_goals(include_closed=True)] == ["Speak", "Lead", "Gone"]


# -- against plain Python on a random program ------------------------------------------------


def unchecked(store: Store, item: Session | Goal | GoalStep) -> int:
    """Add a row as another tool may have written it (e.g. dated before its pair started),
    without the Store's checks: the aggregates must hold for any file."""
    table, to_row = {
        Session: ("sessions", session_to_row),
        Goal: ("goals", goal_to_row),
        GoalStep: ("goal_steps", step_to_row),
    }[type(item)]
    with store.batch():
        return store._insert(table, to_row(item))  # type: ignore[operator]


def random_program(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    people = _people(store, 30)
    day0 = D(2025, 1, 1)

    def day(lo: int, hi: int) -> dt.date:
        return day0 + dt.timedelta(days=rng.randint(lo, hi))

    pair_ids = []
    for n in range(40):
        status = rng.choice(list(PairStatus))
        start = None if status is PairStatus.PROPOSED or rng.random() < 0.1 else day(0, 200)
        end = None
        reason = None
        if status is PairStatus.CLOSED:
            reason = ClosureReason.OTHER
            start = start or day0
            end = start + dt.timedelta(days=rng.randint(0, 100))
        members = rng.sample(people, rng.choice((0, 2, 2, 2, 3)))
        pid = _pair(
            store,
            members,
            status=status,
            start_date=start,
            end_date=end,
            closure_reason=reason,
            name=rng.choice(("", "", "Named")) + ("" if n % 2 else " "),
            meeting_every_days=rng.choice((None, 7, 21)),
        )
        if status is PairStatus.ACTIVE and start is not None and rng.random() < 0.4:
            store.change_pair_status(pid, PairStatus.PAUSED, start + dt.timedelta(days=20))
            store.change_pair_status(pid, PairStatus.ACTIVE, start + dt.timedelta(days=40))
        pair_ids.append(pid)
    for _ in range(600):
        unchecked(
            store,
            Session(
                rng.choice(pair_ids),
                day(-30, 300),
                duration_minutes=rng.choice((0, 30, 60)),
                status=rng.choice((SessionStatus.HELD,) * 3 + tuple(SessionStatus)),
            ),
        )
    for _ in range(150):
        store.add_checkin(CheckIn(rng.choice(pair_ids), day(-30, 300)))
    goal_ids = [
        unchecked(
            store,
            Goal(
                rng.choice(pair_ids),
                f"Goal {g}",
                status=rng.choice(list(GoalStatus)),
                target_date=rng.choice((None, day(0, 400))),
            ),
        )
        for g in range(80)
    ]
    for n in range(250):
        unchecked(
            store,
            GoalStep(
                rng.choice(goal_ids),
                f"Step {n}",
                owner=rng.choice(list(StepOwner)),
                due_date=rng.choice((None, day(0, 400))),
                done=rng.random() < 0.3,
                milestone=rng.random() < 0.2,
            ),
        )


def expected_facts(store: Store, include_closed: bool) -> list[PairFacts]:
    """The same figures, from the Store's plain record reads and Python."""
    names = {p.id: p.full_name for p in store.participants()}
    created = dict(store.conn.execute("SELECT id, date(created_at) FROM pairs").fetchall())
    goals = store.goals()
    result = []
    for pair in store.pairs():
        if pair.status is PairStatus.CLOSED and not include_closed:
            continue
        assert pair.id is not None
        start = pair.start_date
        sessions = store.sessions(pair.id)
        held = [x for x in sessions if x.status is SessionStatus.HELD]
        checkins = [c.date for c in store.checkins(pair.id)]
        since = [c for c in checkins if start is not None and c >= start]
        month = [c for c in since if start and c < start + dt.timedelta(days=FIRST_MONTH_DAYS)]
        actives = [h.date for h in store.pair_history(pair.id) if h.status is PairStatus.ACTIVE]
        mine = [g for g in goals if g.pair_id == pair.id]
        open_goals = [g for g in mine if g.status is not GoalStatus.COMPLETED]
        steps = [st for g in open_goals for st in store.goal_steps(g.id or 0) if not st.done]
        targets = [g.target_date for g in open_goals if g.target_date]
        dues = [st.due_date for st in steps if st.due_date]
        result.append(
            PairFacts(
                pair_id=pair.id,
                label=pair_label(
                    pair.name, [names[m.participant_id] for m in pair.members], pair.id
                ),
                status=pair.status,
                start_date=start,
                end_date=pair.end_date,
                meeting_every_days=pair.meeting_every_days,
                proposed_on=D.fromisoformat(created[pair.id]),
                active_since=max(actives, default=None),
                sessions_held=len(held),
                last_held=max((x.date for x in held), default=None),
                checkins=len(checkins),
                last_checkin=max(checkins, default=None),
                checkins_first_month=len(month),
                goals=len(mine),
                goals_by_status=dict(Counter(g.status for g in mine)),
                earliest_open_target=min(targets, default=None),
                open_steps=len(steps),
                earliest_open_step_due=min(dues, default=None),
                name=pair.name,
                members=tuple(names[m.participant_id] for m in pair.members),
            )
        )
    return result


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_aggregates_agree_with_plain_python_on_a_random_program(
    mem_store: Store, seed: int
) -> None:
    random_program(mem_store, seed)
    for include_closed in (False, True):
        assert mem_store.pair_facts(include_closed=include_closed) == expected_facts(
            mem_store, include_closed
        )
    open_ids = {p.id for p in mem_store.pairs() if p.status is not PairStatus.CLOSED}
    goals = {g.id: g for g in mem_store.goals()}
    expected_steps = sorted(
        (
            StepFacts(
                st.id or 0,
                g.id or 0,
                g.pair_id,
                st.text,
                st.owner,
                st.due_date,
                st.milestone,
                g.title,
            )
            for g in goals.values()
            if g.pair_id in open_ids and g.status is not GoalStatus.COMPLETED
            for st in mem_store.goal_steps(g.id or 0)
            if not st.done and st.due_date is not None
        ),
        key=lambda st: (st.due_date, st.step_id),
    )
    assert mem_store.open_steps_due() == expected_steps
    cut = D(2025, 6, 1)
    assert mem_store.open_steps_due(cut) == [st for st in expected_steps if st.due_date <= cut]
    assert mem_store.watched_goals() == [
        GoalFacts(g.id or 0, g.pair_id, g.title, g.status, g.target_date)
        for g in goals.values()
        if g.pair_id in open_ids
        and g.status is not GoalStatus.COMPLETED
        and (g.status is GoalStatus.OFF_TRACK or g.target_date is not None)
    ]


def _statements(store: Store, read: object) -> int:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        assert callable(read)
        read()
    finally:
        store.conn.set_trace_callback(None)
    return len(seen)


def test_the_number_of_queries_does_not_grow_with_the_pairs() -> None:
    counts = []
    for seed in (1, 4):
        with Store.in_memory(Program(name="Count")) as store:
            if seed == 4:
                random_program(store, seed)
            counts.append(_statements(store, lambda s=store: s.followup_facts(D(2025, 6, 1))))
    assert counts[0] == counts[1] <= 12


def test_the_facts_are_read_in_one_transaction(populated: Store, tmp_path: Path) -> None:
    facts = populated.followup_facts()
    assert facts.steps_due_by is None
    assert not populated.conn.in_transaction
    assert [p.label for p in facts.pairs] == ["Marco & Иван"]
    assert [st.text for st in facts.steps] == []  # its step has no due date
    assert [g.title for g in facts.goals] == ["Parlare in pubblico"]
    populated.conn.execute("BEGIN")
    assert populated.followup_facts(D(2025, 1, 1)).pairs == facts.pairs
    assert populated.conn.in_transaction  # the caller's transaction is left to the caller
    populated.conn.execute("COMMIT")
    path = populated.path
    assert path is not None
    populated.close()
    with Store.open(path, read_only=True) as reader:
        assert reader.followup_facts() == facts


def test_an_empty_program_has_no_facts() -> None:
    with Store.in_memory(PROGRAM) as store:
        facts = store.followup_facts(D(2025, 1, 1))
    assert (facts.pairs, facts.steps, facts.goals) == ((), (), ())
    assert facts.steps_due_by == D(2025, 1, 1)
