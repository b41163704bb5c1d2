"""Conversion between domain dataclasses and rows of the program file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

from .domain import (
    LIST_FIELDS,
    CheckIn,
    CheckInChannel,
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    GoalStep,
    MeetingPlan,
    Pair,
    PairChange,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    ProgramFormat,
    Role,
    Session,
    SessionFormat,
    SessionStatus,
    StepOwner,
)

Row = dict[str, Any]


def date_to_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def text_to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def dump_list(values: tuple[str, ...]) -> str:
    # The C string encoder directly: json.dumps costs 7 µs a list, this a fraction of it.
    return "[" + ",".join(map(encode_basestring, values)) + "]" if values else "[]"


_decode = json.JSONDecoder().decode


def load_list(text: str) -> tuple[str, ...]:
    if text == "[]":  # most list fields of most people: skip the decoder
        return ()
    return tuple(map(str, _decode(text)))


def program_to_row(p: Program) -> Row:
    return {
        "name": p.name.strip(),
        "format": p.format.value,
        "formal": int(p.formal),
        "start_date": date_to_text(p.start_date),
        "end_date": date_to_text(p.end_date),
        "cadence_days": p.cadence_days,
        "objectives": p.objectives,
        "guidelines": p.guidelines,
        "career_levels": dump_list(p.career_levels),
        "grace_days": p.grace_days,
        "checkin_first_days": p.checkin_first_days,
        "checkins_first_month": p.checkins_first_month,
        "checkin_every_days": p.checkin_every_days,
    }


def row_to_program(r: sqlite3.Row) -> Program:
    return Program(
        name=r["name"],
        format=ProgramFormat(r["format"]),
        formal=bool(r["formal"]),
        start_date=text_to_date(r["start_date"]),
        end_date=text_to_date(r["end_date"]),
        cadence_days=r["cadence_days"],
        objectives=r["objectives"],
        guidelines=r["guidelines"],
        career_levels=load_list(r["career_levels"]),
        grace_days=r["grace_days"],
        checkin_first_days=r["checkin_first_days"],
        checkins_first_month=r["checkins_first_month"],
        checkin_every_days=r["checkin_every_days"],
    )


#: The participant columns written by :func:`participant_values`, in its order.
PARTICIPANT_COLUMNS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "email",
    "role",
    "department",
    "career_level",
    "location",
    "capacity",
    "bio",
    "status",
    "consent_date",
    "private_notes",
    *LIST_FIELDS,
)


class ListTexts(dict[tuple[str, ...], str]):
    """``dump_list`` remembered: an import's people share a few hundred distinct lists, and
    looking one up costs a tenth of encoding it again. Use ``ListTexts().__getitem__``."""

    def __missing__(self, values: tuple[str, ...]) -> str:
        text = self[values] = dump_list(values)
        return text


def participant_values(
    p: Participant, dump: Callable[[tuple[str, ...]], str] = dump_list
) -> tuple[Any, ...]:
    """A participant's column values in :data:`PARTICIPANT_COLUMNS` order (the fast path of
    a 10,000-row import; pass ``ListTexts().__getitem__`` as ``dump`` for many people)."""
    return (
        p.first_name.strip(),
        p.last_name.strip(),
        p.email.strip() or None,
        p.role.value,
        p.department.strip(),
        p.career_level.strip(),
        p.location.strip(),
        p.capacity,
        p.bio,
        p.status.value,
        date_to_text(p.consent_date),
        p.private_notes,
        dump(p.skills_offered),
        dump(p.skills_wanted),
        dump(p.interests),
        dump(p.languages),
        dump(p.availability),
    )


def participant_to_row(p: Participant) -> Row:
    return dict(zip(PARTICIPANT_COLUMNS, participant_values(p), strict=True))


class ListValues(dict[str, tuple[str, ...]]):
    """``load_list`` remembered, for reading many people at once (their lists repeat; a
    lookup costs a fiftieth of decoding). Use ``ListValues().__getitem__``."""

    def __missing__(self, text: str) -> tuple[str, ...]:
        values = self[text] = load_list(text)
        return values


def row_to_participant(
    r: sqlite3.Row, load: Callable[[str], tuple[str, ...]] = load_list
) -> Participant:
    return Participant(
        id=r["id"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        email=r["email"] or "",
        role=Role(r["role"]),
        department=r["department"],
        career_level=r["career_level"],
        skills_offered=load(r["skills_offered"]),
        skills_wanted=load(r["skills_wanted"]),
        interests=load(r["interests"]),
        languages=load(r["languages"]),
        location=r["location"],
        availability=load(r["availability"]),
        capacity=r["capacity"],
        bio=r["bio"],
        status=ParticipantStatus(r["status"]),
        consent_date=text_to_date(r["consent_date"]),
        private_notes=r["private_notes"],
    )


def pair_to_row(p: Pair) -> Row:
    return {
        "name": p.name,
        "status": p.status.value,
        "start_date": date_to_text(p.start_date),
        "end_date": date_to_text(p.end_date),
        "closure_reason": p.closure_reason.value if p.closure_reason else None,
        "closure_note": p.closure_note,
        "locked": int(p.locked),
        "rotation_round": p.rotation_round,
        "expectations": p.expectations,
        "meeting_every_days": p.meeting_every_days,
        "channel": p.channel.value if p.channel else "",
        "confidentiality_date": date_to_text(p.confidentiality_date),
        "meeting_plan": p.meeting_plan.value,
        "meeting_weekday": p.meeting_weekday,
        "meeting_time": p.meeting_time,
    }


def row_to_pair(r: sqlite3.Row, members: tuple[Any, ...]) -> Pair:
    return Pair(
        id=r["id"],
        members=members,
        name=r["name"],
        status=PairStatus(r["status"]),
        start_date=text_to_date(r["start_date"]),
        end_date=text_to_date(r["end_date"]),
        closure_reason=ClosureReason(r["closure_reason"]) if r["closure_reason"] else None,
        closure_note=r["closure_note"],
        locked=bool(r["locked"]),
        rotation_round=r["rotation_round"],
        expectations=r["expectations"],
        meeting_every_days=r["meeting_every_days"],
        channel=SessionFormat(r["channel"]) if r["channel"] else None,
        confidentiality_date=text_to_date(r["confidentiality_date"]),
        meeting_plan=MeetingPlan(r["meeting_plan"]),
        meeting_weekday=r["meeting_weekday"],
        meeting_time=r["meeting_time"],
    )


def change_to_row(c: PairChange) -> Row:
    return {
        "pair_id": c.pair_id,
        "date": c.date.isoformat(),
        "status": c.status.value,
        "closure_reason": c.closure_reason.value if c.closure_reason else None,
        "note": c.note,
    }


def row_to_change(r: sqlite3.Row) -> PairChange:
    return PairChange(
        id=r["id"],
        pair_id=r["pair_id"],
        date=dt.date.fromisoformat(r["date"]),
        status=PairStatus(r["status"]),
        closure_reason=ClosureReason(r["closure_reason"]) if r["closure_reason"] else None,
        note=r["note"],
    )


def checkin_to_row(c: CheckIn) -> Row:
    return {
        "pair_id": c.pair_id,
        "participant_id": c.participant_id,
        "date": c.date.isoformat(),
        "channel": c.channel.value,
        "answers": json.dumps(c.answers, ensure_ascii=False),
        "notes": c.notes,
        "confidential": int(c.confidential),
    }


def row_to_checkin(r: sqlite3.Row) -> CheckIn:
    return CheckIn(
        id=r["id"],
        pair_id=r["pair_id"],
        participant_id=r["participant_id"],
        date=dt.date.fromisoformat(r["date"]),
        channel=CheckInChannel(r["channel"]),
        answers=json.loads(r["answers"]),
        notes=r["notes"],
        confidential=bool(r["confidential"]),
    )


def goal_to_row(g: Goal) -> Row:
    return {
        "pair_id": g.pair_id,
        "participant_id": g.participant_id,
        "title": g.title.strip(),
        "measure": g.measure,
        "why": g.why,
        "target_date": date_to_text(g.target_date),
        "status": g.status.value,
        "completed_date": date_to_text(g.completed_date),
    }


def row_to_goal(r: sqlite3.Row) -> Goal:
    return Goal(
        id=r["id"],
        pair_id=r["pair_id"],
        participant_id=r["participant_id"],
        title=r["title"],
        measure=r["measure"],
        why=r["why"],
        target_date=text_to_date(r["target_date"]),
        status=GoalStatus(r["status"]),
        completed_date=text_to_date(r["completed_date"]),
    )


def step_to_row(s: GoalStep) -> Row:
    return {
        "goal_id": s.goal_id,
        "text": s.text.strip(),
        "owner": s.owner.value,
        "due_date": date_to_text(s.due_date),
        "done": int(s.done),
        "done_date": date_to_text(s.done_date),
        "milestone": int(s.milestone),
        "session_id": s.session_id,
    }


def row_to_step(r: sqlite3.Row) -> GoalStep:
    return GoalStep(
        id=r["id"],
        goal_id=r["goal_id"],
        text=r["text"],
        owner=StepOwner(r["owner"]),
        due_date=text_to_date(r["due_date"]),
        done=bool(r["done"]),
        done_date=text_to_date(r["done_date"]),
        milestone=bool(r["milestone"]),
        session_id=r["session_id"],
    )


def session_to_row(s: Session) -> Row:
    return {
        "pair_id": s.pair_id,
        "date": s.date.isoformat(),
        "duration_minutes": s.duration_minutes,
        "format": s.format.value,
        "topics": dump_list(s.topics),
        "notes": s.notes,
        "confidential": int(s.confidential),
        "status": s.status.value,
        "attendees": json.dumps(list(s.attendees)),
    }


def row_to_session(r: sqlite3.Row) -> Session:
    return Session(
        id=r["id"],
        pair_id=r["pair_id"],
        date=dt.date.fromisoformat(r["date"]),
        duration_minutes=r["duration_minutes"],
        format=SessionFormat(r["format"]),
        topics=load_list(r["topics"]),
        notes=r["notes"],
        confidential=bool(r["confidential"]),
        status=SessionStatus(r["status"]),
        attendees=tuple(json.loads(r["attendees"])),
    )


def feedback_to_row(f: Feedback) -> Row:
    return {
        "participant_id": f.participant_id,
        "pair_id": f.pair_id,
        "round": f.round.strip(),
        "date": f.date.isoformat(),
        "answers": json.dumps(f.answers, ensure_ascii=False),
        "comment": f.comment,
    }


def row_to_feedback(r: sqlite3.Row) -> Feedback:
    return Feedback(
        id=r["id"],
        participant_id=r["participant_id"],
        pair_id=r["pair_id"],
        round=r["round"],
        date=dt.date.fromisoformat(r["date"]),
        answers=dict(json.loads(r["answers"])),
        comment=r["comment"],
    )


def now_text() -> str:
    """The moment, as the file's ``created_at`` / ``updated_at`` columns write it (UTC)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
