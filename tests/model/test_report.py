"""What the program report says: pairs needing attention, goals completed, anonymised quotes,
and nothing confidential."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from mentordesk.model.dashboard import Period
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import (
    Feedback,
    Goal,
    GoalStatus,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Role,
    Session,
)
from mentordesk.model.report import MAX_QUOTES, anonymise, gather
from mentordesk.model.store import Store

from .conftest import person

TODAY = dt.date(2026, 6, 30)


def _program(store: Store) -> tuple[int, int, int]:
    ann = store.add_participant(
        person("Ann", "Lee", role=Role.MENTOR, private_notes="PRIVATE-ANN moved house")
    )
    bo = store.add_participant(person("Bo", "Chen", role=Role.MENTEE, email="bo@x.org"))
    quiet = store.add_pair(
        Pair(
            members=(PairMember(ann, MemberRole.MENTOR), PairMember(bo, MemberRole.MENTEE)),
            status=PairStatus.ACTIVE,
            start_date=dt.date(2025, 11, 5),
        )
    )
    store.add_session(
        Session(
            pair_id=quiet,
            date=dt.date(2026, 2, 1),
            notes="CONFIDENTIAL-SESSION about a health matter",
            confidential=True,
        )
    )
    store.add_goal(
        Goal(quiet, "Lead a meeting", status=GoalStatus.COMPLETED, completed_date=D(2026, 3, 1))
    )
    store.add_goal(
        Goal(quiet, "Old goal", status=GoalStatus.COMPLETED, completed_date=D(2025, 12, 1))
    )
    store.add_goal(Goal(quiet, "Open goal", status=GoalStatus.ON_TRACK))
    for day, comment in (
        (D(2026, 4, 1), "Ann Lee really helped me; write to bo@x.org for details."),
        (D(2026, 4, 2), "ok"),  # too short to quote
        (D(2026, 1, 20), "Our first month was a little slow to start."),
        (D(2026, 4, 3), "Ann Lee really helped me; write to bo@x.org for details."),  # again
    ):
        store.add_feedback(Feedback(bo, "Midpoint", day, {"useful": 4}, comment, quiet))
    return ann, bo, quiet


D = dt.date


def test_gathers_attention_goals_and_anonymised_quotes(mem_store: Store) -> None:
    _program(mem_store)
    data = gather(mem_store, TODAY)
    assert data.program.name == mem_store.program().name
    assert [a.pair for a in data.attention] == ["Ann Lee & Bo Chen"]
    assert data.attention[0].reason.startswith("No session for 149 days")
    assert [(g.title, g.completed) for g in data.goals_completed] == [
        ("Lead a meeting", D(2026, 3, 1)),
        ("Old goal", D(2025, 12, 1)),
    ]
    assert data.quotes == (
        "… really helped me; write to … for details.",
        "Our first month was a little slow to start.",
    )
    assert data.dashboard.satisfaction == 4.0
    assert data.period_text == "the whole program, up to 2026-06-30"


def test_a_period_keeps_what_happened_in_it(mem_store: Store) -> None:
    _program(mem_store)
    data = gather(mem_store, TODAY, Period(D(2026, 2, 1), D(2026, 3, 31)))
    assert [g.title for g in data.goals_completed] == ["Lead a meeting"]
    assert data.quotes == ()
    assert data.period_text == "2026-02-01 to 2026-03-31"
    assert gather(mem_store, TODAY, Period(None, D(2026, 1, 31))).quotes == (
        "Our first month was a little slow to start.",
    )
    assert gather(mem_store, TODAY, Period(D(2026, 4, 1), None)).period_text == "2026-04-01 to …"


def test_a_goal_completed_on_no_known_day_counts_only_without_a_period(mem_store: Store) -> None:
    _ann, _bo, quiet = _program(mem_store)
    mem_store.conn.execute(  # as an older file may hold it
        "INSERT INTO goals (pair_id, title, status) VALUES (?, 'Undated', 'completed')", (quiet,)
    )
    assert "Undated" in [g.title for g in gather(mem_store, TODAY).goals_completed]
    in_march = gather(mem_store, TODAY, Period(D(2026, 3, 1), D(2026, 3, 31)))
    assert [g.title for g in in_march.goals_completed] == ["Lead a meeting"]


def test_quotes_are_capped(mem_store: Store) -> None:
    _ann, bo, quiet = _program(mem_store)
    for n in range(MAX_QUOTES + 3):
        mem_store.add_feedback(
            Feedback(
                bo, "Closing", D(2026, 5, 1), {}, f"Comment number {n} about the program", quiet
            )
        )
    assert len(gather(mem_store, TODAY).quotes) == MAX_QUOTES


def test_anonymise_takes_out_names_in_any_case_and_addresses() -> None:
    text = "ann lee told ANN that Leeds is far; mail ann.lee@example.org"
    assert anonymise(text, ["Ann Lee", "Ann", "Lee"]) == "… told … that Leeds is far; mail …"
    assert anonymise("Nothing to hide", [" ", ""]) == "Nothing to hide"


def test_nothing_confidential_reaches_the_demo_report(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    write_demo(path, today=TODAY)
    with Store.open(path, read_only=True) as store:
        secrets = [p.private_notes for p in store.participants() if p.private_notes]
        secrets += [s.notes for s in store.sessions() if s.confidential and s.notes]
        secrets += [c.notes for c in store.checkins() if c.notes]
        emails = [p.email for p in store.participants() if p.email]
        data = gather(store, TODAY)
    assert secrets and emails
    text = repr(dataclasses.asdict(data))
    for secret in secrets:
        assert secret not in text
    for email in emails:
        assert email not in text
    assert data.quotes and data.attention and data.goals_completed
