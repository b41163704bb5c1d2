"""The dashboard's figures on a small program built by hand, each checked against a value
computed by hand (in the comments), with and without a date range, and on an empty program."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentordesk.model.dashboard import (
    ALL_TIME,
    Bar,
    Dashboard,
    Period,
    Subject,
    compute,
    last_months,
    month_bounds,
    this_month,
    this_year,
)
from mentordesk.model.domain import (
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    ParticipantStatus,
    Program,
    ProgramFormat,
    Role,
    Session,
    SessionStatus,
)
from mentordesk.model.store import Store
from mentordesk.model.surveys import Audience, Nps, Question, QuestionKind

from .conftest import PROGRAM, person

D = dt.date
TODAY = D(2025, 6, 15)
ACTIVE = ParticipantStatus.ACTIVE


@dataclass(frozen=True)
class People:
    m1: int
    m2: int
    e1: int
    e2: int
    e3: int
    e4: int
    b1: int
    w1: int


@dataclass(frozen=True)
class Pairs:
    a: int  # m1 + e1, active
    b: int  # m2 + e2, active, never met
    c: int  # m1 + w1, closed (someone left) on 1 March
    d: int  # m2 + b1, paused
    e: int  # m1 + e3, proposed
    g: int  # m1 + e4, closed (goals reached) on 30 April


def _pair(store: Store, mentor: int, mentee: int, **fields: object) -> int:
    members = (PairMember(mentor, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE))
    return store.add_pair(Pair(members=members, **fields))  # type: ignore[arg-type]


def _held(store: Store, pair: int, *days: dt.date) -> None:
    for day in days:
        store.add_session(Session(pair_id=pair, date=day))


def build(store: Store) -> tuple[People, Pairs]:
    s = store
    p = People(
        m1=s.add_participant(
            person(
                "Mia",
                "One",
                role=Role.MENTOR,
                status=ACTIVE,
                skills_offered=("Python", "Leadership"),
            )
        ),
        m2=s.add_participant(
            person("Max", "Two", role=Role.MENTOR, status=ACTIVE, skills_offered=("python",))
        ),
        e1=s.add_participant(
            person("Eve", "One", status=ACTIVE, skills_wanted=("Python", "Public speaking"))
        ),
        e2=s.add_participant(
            person("Eli", "Two", status=ACTIVE, skills_wanted=("Public speaking",))
        ),
        e3=s.add_participant(person("Ena", "Three", skills_wanted=("Budgeting",))),  # applicant
        e4=s.add_participant(person("Eda", "Four", status=ACTIVE)),
        b1=s.add_participant(
            person(
                "Bo",
                "Both",
                role=Role.BOTH,
                status=ACTIVE,
                skills_wanted=("Leadership",),
                skills_offered=("Budgeting",),
            )
        ),
        w1=s.add_participant(
            person("Wes", "Gone", status=ParticipantStatus.WITHDRAWN, skills_wanted=("Python",))
        ),
    )
    q = Pairs(
        a=_pair(s, p.m1, p.e1, status=PairStatus.ACTIVE, start_date=D(2025, 2, 1)),
        b=_pair(s, p.m2, p.e2, status=PairStatus.ACTIVE, start_date=D(2025, 5, 1)),
        c=_pair(
            s,
            p.m1,
            p.w1,
            status=PairStatus.CLOSED,
            start_date=D(2025, 1, 20),
            end_date=D(2025, 3, 1),
            closure_reason=ClosureReason.SOMEONE_LEFT,
        ),
        d=_pair(s, p.m2, p.b1, status=PairStatus.PAUSED, start_date=D(2025, 3, 1)),
        e=_pair(s, p.m1, p.e3),
        g=_pair(
            s,
            p.m1,
            p.e4,
            status=PairStatus.CLOSED,
            start_date=D(2025, 1, 15),
            end_date=D(2025, 4, 30),
            closure_reason=ClosureReason.GOALS_REACHED,
        ),
    )
    _held(s, q.a, D(2025, 2, 10), D(2025, 3, 5), D(2025, 6, 3))
    s.add_session(Session(pair_id=q.a, date=D(2025, 6, 10), status=SessionStatus.CANCELLED))
    _held(s, q.c, D(2025, 2, 1))
    _held(s, q.d, D(2025, 3, 20))
    _held(s, q.g, D(2025, 2, 15))

    done = GoalStatus.COMPLETED
    s.add_goal(Goal(q.a, "Talk", status=done, completed_date=D(2025, 5, 20)))
    s.add_goal(Goal(q.a, "Write", status=GoalStatus.ON_TRACK))
    s.add_goal(Goal(q.d, "Lead", status=GoalStatus.OFF_TRACK))
    s.add_goal(Goal(q.g, "Ship", status=done, completed_date=D(2025, 4, 25)))
    s.add_goal(Goal(q.b, "Plan"))

    def answers(who: int, pair: int | None, round_: str, day: dt.date, **a: int | str) -> None:
        s.add_feedback(
            Feedback(participant_id=who, pair_id=pair, round=round_, date=day, answers=a)
        )

    answers(p.e1, q.a, "First month", D(2025, 3, 1), useful=4, supported=5, recommend=9, said="ok")
    answers(p.e2, q.b, "First month", D(2025, 5, 20), useful=2, supported=3, recommend=6)
    # A mentor's answers to the mentees' questions are not the mentees' satisfaction.
    answers(p.m1, q.a, "First month", D(2025, 3, 2), engagement=5, useful=1, recommend=0)
    answers(p.b1, q.d, "Midpoint", D(2025, 6, 1), useful=5, supported=4, recommend=10)
    answers(p.e3, None, "Midpoint", D(2025, 6, 5), useful=3, recommend=8)
    # Out of the scale, and not a whole number: ignored.
    s.add_feedback(
        Feedback(
            participant_id=p.e4,
            pair_id=q.g,
            round="Midpoint",
            date=D(2025, 4, 20),
            answers={"supported": 9, "recommend": 7.5},  # type: ignore[dict-item]
        )
    )
    return p, q


@pytest.fixture
def program(mem_store: Store) -> tuple[Store, People, Pairs]:
    p, q = build(mem_store)
    return mem_store, p, q


def _counts(bars: tuple[Bar, ...]) -> dict[str, int]:
    return {b.key: b.count for b in bars}


def test_participants_by_role_and_status(program: tuple[Store, People, Pairs]) -> None:
    store, p, _ = program
    d = compute(store, TODAY)
    assert d.participants.count == 8 and not d.is_empty
    assert _counts(d.by_role) == {"mentor": 2, "mentee": 5, "both": 1}
    assert _counts(d.by_status) == {"applicant": 1, "active": 6, "withdrawn": 1}
    mentors = d.by_role[0]
    assert mentors.ids == (p.m1, p.m2) and mentors.subject is Subject.PARTICIPANTS
    assert mentors.label == "Mentor"
    assert d.by_status[2].ids == (p.w1,)


def test_match_rate_is_the_mentee_side_in_an_active_or_paused_pair(
    program: tuple[Store, People, Pairs],
) -> None:
    store, p, _ = program
    d = compute(store, TODAY)
    # Not withdrawn on the mentee side: e1, e2, e3, e4, b1; in an active or paused pair:
    # e1 (a), e2 (b), b1 (d, paused). e3 is only proposed, e4's pair has closed.
    assert d.wanting_match.ids == tuple(sorted((p.e1, p.e2, p.e3, p.e4, p.b1)))
    assert d.matched.ids == tuple(sorted((p.e1, p.e2, p.b1)))
    assert d.unmatched.ids == (p.e3, p.e4)
    assert d.match_rate == pytest.approx(3 / 5)


def test_pairs_and_sessions_tiles(program: tuple[Store, People, Pairs]) -> None:
    store, _, q = program
    d = compute(store, TODAY)
    assert d.active_pairs.ids == (q.a, q.b) and d.active_pairs.subject is Subject.PAIRS
    # June: a's session on the 3rd (the cancelled one on the 10th does not count).
    assert (d.sessions_this_month.count, d.sessions_this_month.ids) == (1, (q.a,))
    # a: 3 June -> 12 days; b never met, started 1 May -> 45 days; median 28.5.
    assert d.median_days_since_session == 28.5


def test_goals_by_status_and_completion(program: tuple[Store, People, Pairs]) -> None:
    store, _, q = program
    d = compute(store, TODAY)
    assert _counts(d.goals_by_status) == {
        "not_started": 1,
        "on_track": 1,
        "off_track": 1,
        "completed": 2,
    }
    assert d.goals_by_status[3].ids == (q.a, q.g)
    assert d.goals.count == 5 and d.goals.ids == (q.a, q.b, q.d, q.g)
    assert d.goal_completion_rate == pytest.approx(2 / 5)
    assert d.goals_completed_in_period.count == 2


def test_pairs_closed_by_reason(program: tuple[Store, People, Pairs]) -> None:
    store, _, q = program
    d = compute(store, TODAY)
    assert [(b.key, b.count, b.ids) for b in d.closed_by_reason] == [
        ("goals_reached", 1, (q.g,)),
        ("someone_left", 1, (q.c,)),
    ]
    assert d.closed_pairs == 2
    assert d.closed_by_reason[0].label == "Goals reached"


def test_satisfaction_and_nps(program: tuple[Store, People, Pairs]) -> None:
    store, p, _ = program
    d = compute(store, TODAY)
    # Mentees' 1-5 answers: e1 4, 5; e2 2, 3; b1 5, 4; e3 3 (e4's 9 is off the scale; the
    # mentor's "useful" 1 is not a mentee's) -> 26 / 7.
    assert d.satisfaction == pytest.approx(26 / 7)
    assert d.satisfaction_answers == 7
    # Recommend: e1 9, b1 10 promoters; e3 8 passive; e2 6 detractor (the mentor is not
    # asked; 7.5 is not an answer) -> (2 - 1) / 4 = 25.
    assert d.nps == Nps(promoters=2, passives=1, detractors=1)
    assert d.nps.score == 25.0
    first, mid = d.rounds
    assert (first.round, first.first_date) == ("First month", D(2025, 3, 1))
    assert first.satisfaction == 3.5 and first.satisfaction_answers == 4
    assert first.nps.score == 0.0
    assert first.participant_ids == tuple(sorted((p.e1, p.e2, p.m1)))
    assert (mid.round, mid.first_date) == ("Midpoint", D(2025, 4, 20))
    assert mid.satisfaction == 4.0 and mid.nps.score == 50.0
    assert mid.participant_ids == tuple(sorted((p.b1, p.e3, p.e4)))


def test_a_stored_questionnaire_is_used_when_given(program: tuple[Store, People, Pairs]) -> None:
    store, _, _ = program
    questions = [
        Question("engagement", Audience.MENTOR, QuestionKind.SCALE, "Engaged?"),
        Question("recommend", Audience.EVERYONE, QuestionKind.NPS, "Recommend?"),
    ]
    d = compute(store, TODAY, questions=questions)
    assert d.satisfaction is None and d.satisfaction_answers == 0  # no mentee scale question
    # Everyone is asked now: the mentor's 0 is a detractor too.
    assert d.rounds[0].nps == Nps(promoters=1, passives=0, detractors=2)
    assert d.nps == Nps(promoters=2, passives=1, detractors=2)


def test_sessions_per_month_fills_the_months_between(program: tuple[Store, People, Pairs]) -> None:
    store, _, q = program
    d = compute(store, TODAY)
    assert [(b.key, b.count, b.ids) for b in d.sessions_per_month] == [
        ("2025-02", 3, (q.a, q.c, q.g)),
        ("2025-03", 2, (q.a, q.d)),
        ("2025-04", 0, ()),
        ("2025-05", 0, ()),
        ("2025-06", 1, (q.a,)),
    ]


def test_participation_funnel(program: tuple[Store, People, Pairs]) -> None:
    store, p, _ = program
    d = compute(store, TODAY)
    signed, matched, active, completed = d.funnel
    # Signed up: the whole mentee side, withdrawn too.
    assert signed.ids == tuple(sorted((p.e1, p.e2, p.e3, p.e4, p.w1, p.b1)))
    # Matched: a pair that started (e3's is only proposed).
    assert matched.ids == tuple(sorted((p.e1, p.e2, p.e4, p.w1, p.b1)))
    # Active: that pair met (b never did).
    assert active.ids == tuple(sorted((p.e1, p.e4, p.w1, p.b1)))
    # Completed: closed with goals reached or at its planned end (c closed as someone left).
    assert completed.ids == (p.e4,)
    assert [b.label for b in d.funnel] == [
        "Signed up",
        "Matched",
        "Active (met at least once)",
        "Completed",
    ]


def test_skills_wanted_and_offered(program: tuple[Store, People, Pairs]) -> None:
    store, p, _ = program
    d = compute(store, TODAY)
    rows = [(s.skill, s.wanted_by, s.offered_by, s.shortfall) for s in d.skills]
    assert rows == [
        ("Public speaking", (p.e1, p.e2), (), 2),
        ("Budgeting", (p.e3,), (p.b1,), 0),
        ("Leadership", (p.b1,), (p.m1,), 0),
        # "python" and "Python" are one skill; the withdrawn Wes is left out.
        ("Python", (p.e1,), (p.m1, p.m2), -1),
    ]


def test_the_date_range_filters_what_is_dated(program: tuple[Store, People, Pairs]) -> None:
    store, p, q = program
    spring = Period(D(2025, 3, 1), D(2025, 5, 31))
    d = compute(store, TODAY, spring)
    assert d.period == spring
    assert [(b.key, b.count) for b in d.sessions_per_month] == [("2025-03", 2)]
    assert d.goals_completed_in_period.count == 2  # 25 April and 20 May
    assert {b.key for b in d.closed_by_reason} == {"goals_reached", "someone_left"}
    # Feedback from 1 March to 31 May: e1 (4, 5; 9), m1, e2 (2, 3; 6), e4 (nothing valid).
    assert d.satisfaction == 3.5 and d.nps == Nps(1, 0, 1)
    assert [r.round for r in d.rounds] == ["First month", "Midpoint"]
    # Not dated: the same as without a range.
    everything = compute(store, TODAY)
    assert d.by_role == everything.by_role and d.funnel == everything.funnel
    assert d.goals_by_status == everything.goals_by_status and d.skills == everything.skills
    assert d.sessions_this_month == everything.sessions_this_month

    from_april = compute(store, TODAY, Period(D(2025, 4, 1), None))
    assert [b.ids for b in from_april.closed_by_reason] == [(q.g,)]
    assert from_april.goals_completed_in_period.ids == (q.a, q.g)
    until_april = compute(store, TODAY, Period(None, D(2025, 4, 30)))
    assert until_april.goals_completed_in_period.ids == (q.g,)
    assert [b.key for b in until_april.sessions_per_month] == ["2025-02", "2025-03"]

    march = compute(store, TODAY, Period(D(2025, 3, 1), D(2025, 3, 31)))
    assert [r.round for r in march.rounds] == ["First month"]
    assert march.rounds[0].participant_ids == (p.m1, p.e1)
    assert march.satisfaction == 4.5 and march.nps.score == 100.0

    june = compute(store, TODAY, this_month(TODAY))
    assert june.goals_completed_in_period.count == 0 and june.closed_by_reason == ()
    assert june.goal_completion_rate == pytest.approx(2 / 5)  # of all goals, whatever the range


def test_a_completed_goal_without_a_date_counts_only_without_a_range(mem_store: Store) -> None:
    a, b = (
        mem_store.add_participant(person(n, "X", role=r))
        for n, r in (("A", Role.MENTOR), ("B", Role.MENTEE))
    )
    pair = _pair(mem_store, a, b, status=PairStatus.ACTIVE, start_date=D(2025, 1, 1))
    mem_store.add_goal(Goal(pair, "Done long ago", status=GoalStatus.COMPLETED))
    assert compute(mem_store, TODAY).goals_completed_in_period.count == 1
    assert compute(mem_store, TODAY, this_year(TODAY)).goals_completed_in_period.count == 0


def test_an_empty_program_has_no_figures(mem_store: Store) -> None:
    d = compute(mem_store, TODAY, this_year(TODAY))
    assert d.is_empty and d.participants.count == 0
    assert d.match_rate is None and d.goal_completion_rate is None
    assert d.median_days_since_session is None
    assert d.satisfaction is None and d.satisfaction_answers == 0
    assert d.nps.score is None and d.nps.answers == 0
    assert d.sessions_per_month == () and d.rounds == () and d.skills == ()
    assert d.closed_by_reason == () and d.closed_pairs == 0
    assert [b.count for b in d.funnel] == [0, 0, 0, 0]
    assert d.active_pairs == Bar("active", "Active pairs", 0, "", Subject.PAIRS)
    assert d.sessions_this_month.count == 0 and d.goals.count == 0


def test_days_since_the_last_session_edge_cases(mem_store: Store) -> None:
    s = mem_store
    people = [s.add_participant(person(f"P{i}", "X", role=Role.BOTH)) for i in range(6)]
    no_start = _pair(s, people[0], people[1], status=PairStatus.ACTIVE)
    ahead = _pair(s, people[2], people[3], status=PairStatus.ACTIVE, start_date=D(2025, 1, 1))
    _held(s, ahead, D(2025, 7, 1))  # logged ahead of today: 0 days, not -16
    d = compute(s, TODAY)
    assert d.active_pairs.ids == (no_start, ahead)
    assert d.median_days_since_session == 0  # the pair without a start is left out


def test_months_run_across_the_new_year(mem_store: Store) -> None:
    s = mem_store
    a, b = (s.add_participant(person(n, "X", role=Role.BOTH)) for n in "AB")
    pair = _pair(s, a, b, status=PairStatus.ACTIVE, start_date=D(2024, 11, 1))
    _held(s, pair, D(2024, 11, 30), D(2025, 2, 1))
    d = compute(s, TODAY)
    assert [b.key for b in d.sessions_per_month] == ["2024-11", "2024-12", "2025-01", "2025-02"]


def test_in_a_peer_program_everyone_wants_a_match() -> None:
    peers = Program(name="Peers", format=ProgramFormat.PEER_PAIRS)
    with Store.in_memory(peers) as s:
        a = s.add_participant(person("A", "X", role=Role.MENTOR, skills_wanted=("Go",)))
        b = s.add_participant(person("B", "X", role=Role.MENTOR, skills_offered=("Go",)))
        c = s.add_participant(person("C", "X", role=Role.MENTEE))
        s.add_pair(
            Pair(
                members=(PairMember(a, MemberRole.PEER), PairMember(b, MemberRole.PEER)),
                status=PairStatus.ACTIVE,
                start_date=D(2025, 1, 1),
            )
        )
        d = compute(s, TODAY)
    assert d.wanting_match.ids == (a, b, c) and d.matched.ids == (a, b)
    assert [(k.skill, k.wanted_by, k.offered_by) for k in d.skills] == [("Go", (a,), (b,))]


def test_date_presets() -> None:
    assert ALL_TIME.is_all and ALL_TIME.texts() == (None, None)
    assert this_month(TODAY) == Period(D(2025, 6, 1), TODAY)
    assert last_months(TODAY, 3) == Period(D(2025, 4, 1), TODAY)
    assert last_months(D(2025, 2, 10), 3) == Period(D(2024, 12, 1), D(2025, 2, 10))
    assert this_year(TODAY) == Period(D(2025, 1, 1), TODAY)
    assert not this_year(TODAY).is_all
    assert Period(D(2025, 1, 1), None).texts() == ("2025-01-01", None)
    assert month_bounds(D(2024, 12, 31)) == Period(D(2024, 12, 1), D(2024, 12, 31))
    assert month_bounds(D(2024, 2, 10)) == Period(D(2024, 2, 1), D(2024, 2, 29))


def test_the_result_is_frozen(program: tuple[Store, People, Pairs]) -> None:
    store, _, _ = program
    d = compute(store, TODAY)
    assert isinstance(d, Dashboard)
    with pytest.raises(AttributeError):
        d.today = TODAY  # type: ignore[misc]
    assert PROGRAM.format is ProgramFormat.ONE_TO_ONE


def test_a_range_that_cuts_months_counts_their_sessions_in_it(
    program: tuple[Store, People, Pairs],
) -> None:
    store, _, q = program
    days = compute(store, TODAY, Period(D(2025, 2, 5), D(2025, 2, 12)))
    assert [(b.key, b.count, b.ids) for b in days.sessions_per_month] == [("2025-02", 1, (q.a,))]
    # From 6 March (a's session on the 5th is out) to 2 June (a's on the 3rd is out).
    cut = compute(store, TODAY, Period(D(2025, 3, 6), D(2025, 6, 2)))
    assert [(b.key, b.count, b.ids) for b in cut.sessions_per_month] == [("2025-03", 1, (q.d,))]


# -- session_months, kept by triggers (schema version 4) -------------------------------------

MONTHS = (
    "SELECT substr(date, 1, 7), pair_id, count(*) FROM sessions WHERE status = 'held' "
    "GROUP BY 1, 2 ORDER BY 1, 2"
)


def _months_table(store: Store) -> list[tuple[str, int, int]]:
    return [tuple(r) for r in store.conn.execute("SELECT * FROM session_months ORDER BY 1, 2")]


def _counted(store: Store) -> list[tuple[str, int, int]]:
    return [tuple(r) for r in store.conn.execute(MONTHS)]


def test_random_edits_by_raw_sql_keep_the_months_equal_to_the_count(mem_store: Store) -> None:
    import random

    conn = mem_store.conn
    people = [mem_store.add_participant(person(f"P{i}", "X", role=Role.BOTH)) for i in range(6)]
    pairs = [_pair(mem_store, people[i], people[i + 1]) for i in range(0, 6, 2)]
    rng = random.Random(11)
    statuses = ("held", "held", "cancelled", "missed")
    for step in range(400):
        ids = [r[0] for r in conn.execute("SELECT id FROM sessions")]
        action = rng.random()
        day = (D(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 120))).isoformat()
        if action < 0.45 or not ids:
            conn.execute(
                "INSERT INTO sessions (pair_id, date, status) VALUES (?, ?, ?)",
                (rng.choice(pairs), day, rng.choice(statuses)),
            )
        elif action < 0.6:
            conn.execute("DELETE FROM sessions WHERE id = ?", (rng.choice(ids),))
        elif action < 0.75:
            conn.execute(
                "UPDATE sessions SET status = ? WHERE id = ?",
                (rng.choice(statuses), rng.choice(ids)),
            )
        elif action < 0.9:
            conn.execute("UPDATE sessions SET date = ? WHERE id = ?", (day, rng.choice(ids)))
        else:
            conn.execute(
                "UPDATE sessions SET pair_id = ? WHERE id = ?", (rng.choice(pairs), rng.choice(ids))
            )
        assert _months_table(mem_store) == _counted(mem_store), f"after step {step}"
    assert _months_table(mem_store)
    conn.execute("DELETE FROM pairs WHERE id = ?", (pairs[0],))
    assert _months_table(mem_store) == _counted(mem_store)
    assert all(pair != pairs[0] for _m, pair, _n in _months_table(mem_store))


def test_a_version_3_file_gets_its_months_from_its_sessions(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    from mentordesk.model.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "v3.mentordesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};\n"
            + "\n".join(MIGRATIONS[:3])
            + "\nPRAGMA user_version = 3;"
        )
        conn.execute("INSERT INTO program (id, name) VALUES (1, 'Tre')")
        conn.executemany("INSERT INTO pairs (id, status) VALUES (?, 'active')", [(1,), (2,)])
        conn.executemany(
            "INSERT INTO sessions (pair_id, date, status) VALUES (?, ?, ?)",
            [
                (1, "2026-01-05", "held"),
                (1, "2026-01-25", "held"),
                (1, "2026-02-05", "missed"),
                (2, "2026-01-20", "held"),
            ],
        )
        conn.commit()
    with Store.open(path) as store:
        assert _months_table(store) == [("2026-01", 1, 2), ("2026-01", 2, 1)]


def test_a_skill_listed_twice_or_blank_by_another_tool_counts_once(mem_store: Store) -> None:
    who = mem_store.add_participant(person("A", "X", status=ACTIVE))
    mem_store.conn.execute(
        "UPDATE participants SET skills_wanted = ? WHERE id = ?", ('["Go", " go ", "  "]', who)
    )
    d = compute(mem_store, TODAY)
    assert [(k.skill, k.wanted_by, k.wanted) for k in d.skills] == [("Go", (who,), 1)]


def test_reuse_keeps_skills_and_feedback_and_recounts_the_rest(
    program: tuple[Store, People, Pairs],
) -> None:
    store, _p, q = program
    before = compute(store, TODAY)
    _held(store, q.a, D(2025, 6, 12))  # a session logged: skills and feedback read none
    again = compute(store, TODAY, reuse=before)
    fresh = compute(store, TODAY)
    assert again == fresh
    assert again.sessions_per_month != before.sessions_per_month
    assert again.skills is before.skills and again.rounds is before.rounds

    # Another period: the feedback is counted again for it, the skills are kept.
    march = Period(D(2025, 3, 1), D(2025, 3, 31))
    other = compute(store, TODAY, march, reuse=before)
    assert other == compute(store, TODAY, march)
    assert other.rounds is not before.rounds and other.skills is before.skills
