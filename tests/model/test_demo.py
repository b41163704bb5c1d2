"""The demo program is realistic enough for every screen to have something true to show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.model.demo import demo_store, load_demo_data, write_demo
from mentordesk.model.domain import (
    ClosureReason,
    GoalStatus,
    MemberRole,
    PairStatus,
    ParticipantStatus,
    Role,
    SessionStatus,
)
from mentordesk.model.errors import FileInUse
from mentordesk.model.goals import MilestoneKind, milestones
from mentordesk.model.store import Store

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo() -> Iterator[Store]:
    with demo_store(TODAY) as store:
        yield store


def test_about_forty_people_in_every_role_and_status(demo: Store) -> None:
    counts = demo.counts()
    assert 35 <= counts.participants <= 45
    assert all(n > 0 for n in counts.participants_by_role.values())
    assert all(n > 0 for n in counts.participants_by_status.values())


def test_people_are_consistent(demo: Store) -> None:
    people = demo.participants()
    levels = demo.program().career_levels
    assert len({p.email.casefold() for p in people}) == len(people)
    assert all(p.career_level in levels for p in people)
    assert all(p.consent_date is not None and p.consent_date <= TODAY for p in people)
    assert all(demo.participant_problems(p) == {} for p in people)
    mentors = [p for p in people if p.role is not Role.MENTEE]
    assert all(p.capacity >= 1 and p.skills_offered for p in mentors)
    assert all(p.skills_wanted for p in people if p.role is not Role.MENTOR)
    assert len(demo.departments()) >= 6
    assert any(p.private_notes for p in people)


def test_pairs_in_every_status_with_every_closure_reason_but_one(demo: Store) -> None:
    pairs = demo.pairs()
    assert {p.status for p in pairs} == set(PairStatus)
    closed = [p for p in pairs if p.status is PairStatus.CLOSED]
    assert all(p.closure_reason and p.closure_note and p.end_date for p in closed)
    assert len({p.closure_reason for p in closed}) >= 4
    assert ClosureReason.GOALS_REACHED in {p.closure_reason for p in closed}
    proposed = [p for p in pairs if p.status is PairStatus.PROPOSED]
    assert all(p.start_date is None for p in proposed)
    groups = [p for p in pairs if len(p.members) > 2]
    assert groups and all(m.role is MemberRole.PEER for g in groups for m in g.members)


def test_members_of_pairs_respect_mentor_capacity(demo: Store) -> None:
    people = {p.id: p for p in demo.participants()}
    load: dict[int, int] = {}
    for pair in demo.pairs():
        if pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.PROPOSED):
            for m in pair.members:
                if m.role is MemberRole.MENTOR:
                    load[m.participant_id] = load.get(m.participant_id, 0) + 1
    assert all(n <= people[pid].capacity for pid, n in load.items())
    withdrawn = {pid for pid, p in people.items() if p.status is ParticipantStatus.WITHDRAWN}
    for pair in demo.pairs():
        if pair.status is not PairStatus.CLOSED:
            assert not {m.participant_id for m in pair.members} & withdrawn


def test_goals_in_every_status_with_steps(demo: Store) -> None:
    goals = demo.goals()
    assert {g.status for g in goals} == set(GoalStatus)
    completed = [g for g in goals if g.status is GoalStatus.COMPLETED]
    assert all(g.completed_date and g.completed_date < TODAY for g in completed)
    steps = [s for g in goals for s in demo.goal_steps(g.id or 0)]
    assert len(steps) > 30
    assert any(s.done for s in steps) and any(not s.done for s in steps)
    assert all(s.done_date is not None and s.done_date < TODAY for s in steps if s.done)


def test_months_of_sessions_never_in_the_future(demo: Store) -> None:
    sessions = demo.sessions()
    program = demo.program()
    assert len(sessions) > 100
    assert program.start_date is not None
    assert all(program.start_date <= s.date < TODAY for s in sessions)
    months = {(s.date.year, s.date.month) for s in sessions}
    assert len(months) >= 4
    assert 1 <= sum(s.confidential for s in sessions) <= 5


def test_every_running_pair_has_met_and_one_has_gone_quiet(demo: Store) -> None:
    quiet = []
    for pair in demo.pairs():
        sessions = demo.sessions(pair.id)
        if pair.status is PairStatus.PROPOSED:
            assert not sessions
            continue
        assert sessions, pair
        assert pair.start_date is not None
        assert all(s.date >= pair.start_date for s in sessions)
        if pair.end_date:
            assert all(s.date <= pair.end_date for s in sessions)
        held = [s for s in sessions if s.status is SessionStatus.HELD]
        # A cancelled meeting does not end a quiet spell (the quiet pair has one).
        if pair.status is PairStatus.ACTIVE and (TODAY - held[-1].date).days > 42:
            quiet.append(pair)
    assert len(quiet) == 1


def test_cancelled_and_missed_meetings_take_no_time(demo: Store) -> None:
    sessions = demo.sessions()
    others = [s for s in sessions if s.status is not SessionStatus.HELD]
    assert {s.status for s in others} == {SessionStatus.CANCELLED, SessionStatus.MISSED}
    assert 4 <= len(others) <= 8
    assert all(s.duration_minutes == 0 and s.notes for s in others)


def test_follow_ups_from_sessions_and_milestone_steps(demo: Store) -> None:
    steps = demo.all_goal_steps()
    follow_ups = [s for s in steps if s.session_id is not None]
    assert 5 <= len(follow_ups) <= 10
    goals = {g.id: g for g in demo.goals()}
    for step in follow_ups:
        session = demo.session(step.session_id or 0)
        assert session.pair_id == goals[step.goal_id].pair_id
        assert step.due_date is not None and step.due_date > session.date
    assert any(s.due_date and s.due_date < TODAY for s in follow_ups)  # one overdue
    reached = [s for s in steps if s.milestone and s.done]
    assert len(reached) >= 3 and any(s.milestone and not s.done for s in steps)
    found = milestones(demo.goals(), steps, demo.sessions(), demo.pairs())
    assert {m.kind for m in found} == set(MilestoneKind)
    assert all(m.date < TODAY for m in found)


def test_the_coordinator_checked_in_on_some_pairs(demo: Store) -> None:
    checkins = demo.checkins()
    assert 25 <= len(checkins) <= 40
    pairs = {p.id: p for p in demo.pairs()}
    assert len({c.pair_id for c in checkins}) >= 8
    for c in checkins:
        pair = pairs[c.pair_id]
        assert pair.start_date is not None and pair.start_date <= c.date < TODAY
        assert c.participant_id is None or c.participant_id in {
            m.participant_id for m in pair.members
        }
        assert set(c.answers) == {"met", "activities", "relationship", "concern"}
        assert c.answers["relationship"] in range(1, 6)
        assert isinstance(c.answers["met"], int) and c.answers["met"] >= 0  # as the dialog
    assert any(c.participant_id for c in checkins)
    assert sum(c.confidential for c in checkins) == 1
    assert sum(bool(c.answers["concern"]) for c in checkins) >= 3


def test_feedback_rounds_have_answers_in_range(demo: Store) -> None:
    feedback = demo.feedback()
    assert {f.round for f in feedback} == {"First month", "Midpoint"}
    for f in feedback:
        assert f.date <= TODAY
        for key, value in f.answers.items():
            assert isinstance(value, int)
            assert 0 <= value <= (10 if key == "recommend" else 5)


def test_dates_follow_today() -> None:
    later = TODAY + dt.timedelta(days=100)
    with demo_store(later) as store:
        program = store.program()
        assert program.start_date == later - dt.timedelta(days=150)
        assert max(s.date for s in store.sessions()) < later


def test_the_same_demo_every_time(demo: Store) -> None:
    with demo_store(TODAY) as again:
        assert again.sessions() == demo.sessions()
        assert again.feedback() == demo.feedback()
        assert again.all_goal_steps() == demo.all_goal_steps()
        assert again.checkins() == demo.checkins()


def test_write_demo_replaces_a_file_and_opens(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    path.write_bytes(b"an old file")
    write_demo(path, TODAY)
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.counts().participants == len(load_demo_data()["participants"])
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_demo_refuses_a_file_open_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    write_demo(path, TODAY)
    with Store.open(path) as store:
        inode = path.stat().st_ino
        with pytest.raises(FileInUse):
            write_demo(path, TODAY)
        assert path.stat().st_ino == inode
        assert store.integrity_problems() == []


def test_load_demo_data_from_another_file(tmp_path: Path) -> None:
    data = load_demo_data()
    data["program"]["name"] = "Copia"
    source = tmp_path / "copy.json"
    import json

    source.write_text(json.dumps(data), encoding="utf-8")
    assert load_demo_data(source)["program"]["name"] == "Copia"


def test_a_broken_demo_leaves_nothing_open() -> None:
    data = load_demo_data()
    data["pairs"][0]["mentor"] = "nobody"
    with pytest.raises(KeyError):
        demo_store(TODAY, data).close()
