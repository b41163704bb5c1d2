"""Conversion between domain objects and rows: dates, None, JSON lists, unicode."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from mentordesk.model import rows
from mentordesk.model.domain import (
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    Program,
    ProgramFormat,
    Session,
    SessionFormat,
    StepOwner,
)


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def as_row(conn: sqlite3.Connection, values: dict[str, Any]) -> sqlite3.Row:
    """A real ``sqlite3.Row`` holding ``values``, as the store reads it."""
    columns = ", ".join(f":{name} AS {name}" for name in values)
    row: sqlite3.Row = conn.execute(f"SELECT {columns}", values).fetchone()
    return row


def test_dates_to_text_and_back() -> None:
    day = dt.date(2025, 2, 28)
    assert rows.date_to_text(day) == "2025-02-28"
    assert rows.text_to_date("2025-02-28") == day
    assert rows.date_to_text(None) is None
    assert rows.text_to_date(None) is None
    assert rows.text_to_date("") is None


def test_lists_are_json_arrays_that_keep_unicode_readable() -> None:
    values = ("Caffè", "Публично говорене", "日本語", 'say "hi"')
    text = rows.dump_list(values)
    assert "Caffè" in text and "Публично" in text  # not \\u escapes
    assert json.loads(text) == list(values)
    assert rows.load_list(text) == values
    assert rows.dump_list(()) == "[]"
    assert rows.load_list("[]") == ()
    assert rows.load_list("[1, 2]") == ("1", "2")


def test_list_texts_and_values_are_worked_out_once_each() -> None:
    texts, values = rows.ListTexts(), rows.ListValues()
    skills = ("Caffè", 'say "hi"')
    assert texts[skills] == rows.dump_list(skills) == texts[skills]
    assert values[texts[skills]] == skills
    assert values[texts[skills]] is values[rows.dump_list(skills)]
    assert (len(texts), len(values)) == (1, 1)


def test_program_round_trip(conn: sqlite3.Connection) -> None:
    program = Program(
        name="  Programma «Sofia» ",
        format=ProgramFormat.PEER_PAIRS,
        formal=False,
        start_date=dt.date(2025, 1, 1),
        end_date=None,
        cadence_days=21,
        objectives="Обмен на опит",
        guidelines="",
        career_levels=("Junior", "Старши"),
    )
    row = rows.program_to_row(program)
    assert row["name"] == "Programma «Sofia»"
    assert row["formal"] == 0
    assert row["end_date"] is None
    back = rows.row_to_program(as_row(conn, row))
    assert back == Program(**{**_fields(program), "name": "Programma «Sofia»"})


def _fields(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in type(obj).__dataclass_fields__}


def test_participant_round_trip(conn: sqlite3.Connection, sample_participant: Participant) -> None:
    row = rows.participant_to_row(sample_participant)
    assert row["consent_date"] == "2025-02-01"
    assert json.loads(row["languages"]) == ["Italiano", "English", "Български"]
    back = rows.row_to_participant(as_row(conn, {**row, "id": 3}))
    assert back == Participant(**{**_fields(sample_participant), "id": 3})


def test_participant_row_trims_and_stores_no_email_as_null(conn: sqlite3.Connection) -> None:
    p = Participant(" Anna ", " Neri ", email="   ", department=" HR ", career_level=" Lead ")
    row = rows.participant_to_row(p)
    assert (row["first_name"], row["last_name"], row["email"]) == ("Anna", "Neri", None)
    assert (row["department"], row["career_level"]) == ("HR", "Lead")
    assert row["consent_date"] is None
    back = rows.row_to_participant(as_row(conn, {**row, "id": 1}))
    assert back.email == ""
    assert back.consent_date is None
    assert back.skills_offered == ()


def test_pair_round_trip(conn: sqlite3.Connection) -> None:
    members = (PairMember(1, MemberRole.MENTOR), PairMember(2, MemberRole.MENTEE))
    pair = Pair(
        members=members,
        status=PairStatus.CLOSED,
        name="Coppia",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 6, 1),
        closure_reason=ClosureReason.TIME_ENDED,
        closure_note="Фин",
    )
    row = rows.pair_to_row(pair)
    assert row["closure_reason"] == "time_ended"
    assert rows.row_to_pair(as_row(conn, {**row, "id": 9}), members) == Pair(
        **{**_fields(pair), "id": 9}
    )


def test_open_pair_has_no_closure_reason(conn: sqlite3.Connection) -> None:
    row = rows.pair_to_row(Pair(members=()))
    assert row["closure_reason"] is None
    assert row["start_date"] is None
    back = rows.row_to_pair(as_row(conn, {**row, "id": 1}), ())
    assert back.closure_reason is None
    assert back.status == PairStatus.PROPOSED


@pytest.mark.parametrize("participant_id", [None, 4])
def test_goal_round_trip(conn: sqlite3.Connection, participant_id: int | None) -> None:
    goal = Goal(
        pair_id=2,
        title=" Parlare in pubblico ",
        measure="Tre presentazioni",
        why="Кариера",
        target_date=dt.date(2025, 9, 30),
        status=GoalStatus.OFF_TRACK,
        completed_date=None,
        participant_id=participant_id,
    )
    row = rows.goal_to_row(goal)
    assert row["title"] == "Parlare in pubblico"
    back = rows.row_to_goal(as_row(conn, {**row, "id": 5}))
    assert back == Goal(**{**_fields(goal), "title": "Parlare in pubblico", "id": 5})


@pytest.mark.parametrize("done", [False, True])
def test_step_round_trip(conn: sqlite3.Connection, done: bool) -> None:
    step = GoalStep(
        goal_id=5,
        text=" Leggere un libro ",
        owner=StepOwner.MENTEE,
        due_date=dt.date(2025, 3, 1),
        done=done,
        done_date=dt.date(2025, 2, 27) if done else None,
    )
    row = rows.step_to_row(step)
    assert row["done"] == int(done)
    back = rows.row_to_step(as_row(conn, {**row, "id": 8}))
    assert back == GoalStep(**{**_fields(step), "text": "Leggere un libro", "id": 8})


def test_session_round_trip(conn: sqlite3.Connection) -> None:
    session = Session(
        pair_id=3,
        date=dt.date(2025, 4, 15),
        duration_minutes=0,
        format=SessionFormat.CHAT,
        topics=("Obiettivi", "Мотивация"),
        notes="Nota «riservata»",
        confidential=True,
    )
    row = rows.session_to_row(session)
    assert (row["date"], row["confidential"]) == ("2025-04-15", 1)
    assert rows.row_to_session(as_row(conn, {**row, "id": 2})) == Session(
        **{**_fields(session), "id": 2}
    )


def test_feedback_round_trip(conn: sqlite3.Connection) -> None:
    feedback = Feedback(
        participant_id=1,
        round=" Finale ",
        date=dt.date(2025, 12, 1),
        answers={"utilità": 5, "коментар": "Благодаря!"},
        comment="",
        pair_id=None,
    )
    row = rows.feedback_to_row(feedback)
    assert "utilità" in row["answers"] and "Благодаря" in row["answers"]
    assert row["pair_id"] is None
    back = rows.row_to_feedback(as_row(conn, {**row, "id": 6}))
    assert back == Feedback(**{**_fields(feedback), "round": "Finale", "id": 6})
