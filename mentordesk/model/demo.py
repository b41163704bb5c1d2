"""The built-in demo program: Northwind, a company of a few hundred people in three offices
(Tramontana in Italian, Vitosha in Bulgarian).

The people, pairs and goals are written by hand in ``resources/demo/demo_program.json``; the
months of session logs and the feedback answers are drawn from it with a fixed seed, so every
copy of the demo is the same apart from its dates, which are relative to ``today``.

Feedback answers use these keys: mentees and peers answer ``useful`` and ``supported``
(1–5) and ``recommend`` (0–10); mentors answer ``engagement`` (1–5). The coordinator's
check-ins answer ``met`` (how often they met), ``activities`` (what they did),
``relationship`` (how it feels, 1–5) and ``concern`` (any concern, or nothing).

``follow_through`` adds, per pair and after everything drawn at random (so the draws stay the
same): cancelled or missed meetings, follow-ups agreed in a session (an index into the pair's
sessions, the last by default) and the coordinator's check-ins.

The resource library and the workshops (``resources``, ``trainings``, with who attended)
are written by hand too, with skills that match what the mentees want.

The demo exists in English, Italian and Bulgarian (``demo_program.json``, ``….it.json``,
``….bg.json``): the same program with the same structure, seed and relative dates, so every
figure is the same, and every text (names, skills, notes, the e-mail domain ``email_domain``,
the feedback rounds ``feedback.rounds`` and the intake checklist ``intake``) in its language.
A file without those last three gets them in English.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any, Final

from ..resources import resource_path
from . import programfile
from .demo_intake import ENGLISH as ENGLISH_INTAKE
from .demo_intake import add_intake
from .domain import (
    CheckIn,
    CheckInChannel,
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    GoalStep,
    MeetingPlan,
    MemberRole,
    Pair,
    PairMember,
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
from .library import (
    Resource,
    ResourceFile,
    ResourceKind,
    Training,
    TrainingAudience,
    TrainingKind,
)
from .store import Store

DEMO_FILE = ("demo", "demo_program.json")
#: The languages the demo is written in, English first (the default).
DEMO_LANGUAGES: Final = ("en", "it", "bg")
# The English texts, for a demo file that does not give them.
EMAIL_DOMAIN = "northwind.example"
ROUNDS: Final = ("First month", "Midpoint")
#: When each feedback round is answered, in days after the pair started.
_ROUND_DAYS: Final = (30, 120)

_FORMATS = (
    [SessionFormat.VIDEO] * 5
    + [SessionFormat.IN_PERSON] * 3
    + [SessionFormat.PHONE, SessionFormat.CHAT]
)
_DURATIONS = (30, 45, 60, 60, 60, 90)


def demo_file(lang: str = "en") -> Path:
    """The demo program's file in ``lang`` ("en", "it" or "bg"); ValueError for another."""
    if lang not in DEMO_LANGUAGES:
        raise ValueError(
            f"There is no demo program in {lang!r}; choose one of {', '.join(DEMO_LANGUAGES)}"
        )
    if lang == "en":
        return resource_path(*DEMO_FILE)
    return resource_path("demo", f"demo_program.{lang}.json")


def demo_language(ui_language: str) -> str:
    """The demo's language for an interface language such as "it", "it_IT" or "bg-BG": the
    same language when the demo is written in it, English otherwise."""
    code = ui_language.replace("-", "_").split("_")[0].casefold()
    return code if code in DEMO_LANGUAGES else "en"


def load_demo_data(path: Path | None = None, lang: str = "en") -> dict[str, Any]:
    """The demo program as written in the resources folder in ``lang``, or in ``path``."""
    source = demo_file(lang) if path is None else path
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def demo_program(data: dict[str, Any], today: dt.date) -> Program:
    p = data["program"]
    return Program(
        name=p["name"],
        format=ProgramFormat(p["format"]),
        formal=p["formal"],
        start_date=_day(today, p["start"]),
        end_date=_day(today, p["end"]),
        cadence_days=p["cadence_days"],
        objectives=p["objectives"],
        guidelines=p["guidelines"],
        career_levels=tuple(p["career_levels"]),
    )


def build_demo(store: Store, data: dict[str, Any], today: dt.date) -> None:
    """Fill an empty ``store`` (whose program came from :func:`demo_program`) in one transaction."""
    rng = random.Random(data["seed"])
    program = store.program()
    assert program.start_date is not None
    with store.batch():
        ids = _add_people(store, data, program.start_date, today, rng)
        for spec in data["pairs"]:
            _add_pair(store, data, spec, ids, program.cadence_days, today, rng)
        _add_library(store, data, ids, today)
        active = [d["key"] for d in data["participants"] if d.get("status", "active") == "active"]
        add_intake(store, ids, active, today, data.get("intake", ENGLISH_INTAKE))


def demo_store(
    today: dt.date | None = None, data: dict[str, Any] | None = None, lang: str = "en"
) -> Store:
    """The demo program in memory, in ``lang`` unless ``data`` is given."""
    today = today or dt.date.today()
    source = demo_file(lang)  # an unknown language fails even with data
    data = data or load_demo_data(source)
    store = Store.in_memory(demo_program(data, today))
    try:
        build_demo(store, data, today)
    except BaseException:
        store.close()
        raise
    return store


def write_demo(path: str | Path, today: dt.date | None = None, lang: str = "en") -> None:
    """Write a fresh demo program in ``lang`` ("en", "it" or "bg") to ``path``, replacing the
    file there.

    Raises ValueError for another language (before touching ``path``) and
    :class:`~mentordesk.model.errors.FileInUse` when ``path`` is open elsewhere.
    """
    path = Path(path)
    data = load_demo_data(lang=lang)
    lock = programfile.acquire_lock(path)
    try:
        with demo_store(today, data, lang) as store:
            programfile.backup_copy(store.conn, path)
    finally:
        lock.release()


def _day(today: dt.date, offset: int | None) -> dt.date | None:
    return None if offset is None else today + dt.timedelta(days=offset)


def _add_people(
    store: Store, data: dict[str, Any], start: dt.date, today: dt.date, rng: random.Random
) -> dict[str, int]:
    people = []
    domain = data.get("email_domain", EMAIL_DOMAIN)
    for d in data["participants"]:
        status = ParticipantStatus(d.get("status", "active"))
        consent = (
            _day(today, d["consent"])
            if "consent" in d
            else start - dt.timedelta(rng.randint(5, 25))
        )
        local = d.get("email") or f"{d['first']}.{d['last']}".lower()
        people.append(
            Participant(
                first_name=d["first"],
                last_name=d["last"],
                email=f"{local}@{domain}",
                role=Role(d["role"]),
                department=d["dept"],
                career_level=d["level"],
                skills_offered=tuple(d["offers"]),
                skills_wanted=tuple(d["wants"]),
                interests=tuple(d["interests"]),
                languages=tuple(d["languages"]),
                location=d["location"],
                availability=tuple(d["availability"]),
                capacity=d.get("capacity", 0),
                bio=d["bio"],
                status=status,
                consent_date=consent,
                private_notes=d.get("private_notes", ""),
            )
        )
    new_ids = store.add_participants(people)
    return {d["key"]: i for d, i in zip(data["participants"], new_ids, strict=True)}


def _add_pair(
    store: Store,
    data: dict[str, Any],
    spec: dict[str, Any],
    ids: dict[str, int],
    cadence: int,
    today: dt.date,
    rng: random.Random,
) -> None:
    if "peers" in spec:
        members = tuple(PairMember(ids[k], MemberRole.PEER) for k in spec["peers"])
    else:
        members = (
            PairMember(ids[spec["mentor"]], MemberRole.MENTOR),
            PairMember(ids[spec["mentee"]], MemberRole.MENTEE),
        )
    status = PairStatus(spec["status"])
    start = _day(today, spec.get("start"))
    end = _day(today, spec.get("end"))
    agreed = data.get("agreements", {}).get(spec["key"], {})
    pair_id = store.add_pair(
        Pair(
            members=members,
            status=status,
            name=spec.get("name", ""),
            start_date=start,
            end_date=end,
            closure_reason=ClosureReason(spec["reason"]) if "reason" in spec else None,
            closure_note=spec.get("note", ""),
            expectations=agreed.get("expectations", ""),
            meeting_every_days=agreed.get("every"),
            channel=SessionFormat(agreed["channel"]) if "channel" in agreed else None,
            confidentiality_date=_day(today, agreed.get("agreed")),
            meeting_plan=MeetingPlan(agreed.get("plan", "")),
            meeting_weekday=agreed.get("weekday"),
            meeting_time=agreed.get("time"),
        )
    )
    goal_ids = [_add_goal(store, pair_id, g, today) for g in spec["goals"]]
    if start is None:
        return
    last = _day(today, spec.get("last_session")) or end or today - dt.timedelta(days=1)
    wanted = _wanted_skills(data, spec)
    sessions = _session_dates(start, last, spec.get("cadence_days", cadence), rng)
    secret = data["confidential_sessions"].get(spec["key"])
    secret_at = len(sessions) // 2 if secret else -1
    session_ids = []
    for n, day in enumerate(sessions):
        topics = rng.sample(wanted, min(len(wanted), rng.randint(0, 2)))
        topics.append(rng.choice(data["session_topics"]))
        session_id = store.add_session(
            Session(
                pair_id=pair_id,
                date=day,
                duration_minutes=rng.choice(_DURATIONS),
                format=rng.choice(_FORMATS),
                topics=tuple(dict.fromkeys(topics)),
                notes=secret if n == secret_at else rng.choice(data["session_notes"]),
                confidential=n == secret_at,
            )
        )
        session_ids.append(session_id)
    _add_feedback(store, data, spec, pair_id, members, start, end or today, rng)
    follow = data.get("follow_through", {}).get(spec["key"], {})
    _add_follow_through(store, follow, pair_id, goal_ids, session_ids, ids, today)


def _add_goal(store: Store, pair_id: int, g: dict[str, Any], today: dt.date) -> int:
    goal_id = store.add_goal(
        Goal(
            pair_id=pair_id,
            title=g["title"],
            measure=g["measure"],
            why=g["why"],
            target_date=_day(today, g["target"]),
            status=GoalStatus(g["status"]),
            completed_date=_day(today, g.get("completed")),
        )
    )
    yesterday = today - dt.timedelta(days=1)
    for s in g["steps"]:
        due = _day(today, s["due"])
        assert due is not None
        store.add_goal_step(
            GoalStep(
                goal_id=goal_id,
                text=s["text"],
                owner=StepOwner(s["owner"]),
                due_date=due,
                done=s["done"],
                done_date=min(due, yesterday) if s["done"] else None,
                milestone=s.get("milestone", False),
            )
        )
    return goal_id


def _add_follow_through(
    store: Store,
    follow: dict[str, Any],
    pair_id: int,
    goal_ids: list[int],
    session_ids: list[int],
    ids: dict[str, int],
    today: dt.date,
) -> None:
    for c in follow.get("cancelled", ()):
        store.add_session(
            Session(
                pair_id=pair_id,
                date=today + dt.timedelta(days=c["day"]),
                duration_minutes=0,
                notes=c["note"],
                status=SessionStatus(c.get("status", "cancelled")),
            )
        )
    for f in follow.get("follow_ups", ()):
        store.add_goal_step(
            GoalStep(
                goal_id=goal_ids[f["goal"]],
                text=f["text"],
                owner=StepOwner(f["owner"]),
                due_date=today + dt.timedelta(days=f["due"]),
                session_id=session_ids[f.get("session", -1)],
            )
        )
    for c in follow.get("checkins", ()):
        answers = {k: c[k] for k in ("met", "activities", "relationship", "concern")}
        store.add_checkin(
            CheckIn(
                pair_id=pair_id,
                date=today + dt.timedelta(days=c["day"]),
                channel=CheckInChannel(c["channel"]),
                participant_id=ids[c["with"]] if "with" in c else None,
                answers=answers,
                notes=c.get("notes", ""),
                confidential=c.get("confidential", False),
            )
        )


def _add_library(store: Store, data: dict[str, Any], ids: dict[str, int], today: dt.date) -> None:
    """The resource library and the workshops, with who attended (no random draws)."""
    resource_ids = {}
    for r in data.get("resources", ()):
        file = r.get("file")
        resource_ids[r["key"]] = store.add_resource(
            Resource(
                title=r["title"],
                kind=ResourceKind(r["kind"]),
                link=r.get("link", ""),
                skills=tuple(r["skills"]),
                description=r["description"],
            ),
            ResourceFile(file["name"], file["text"].encode()) if file else None,
        )
    for t in data.get("trainings", ()):
        training_id = store.add_training(
            Training(
                title=t["title"],
                date=today + dt.timedelta(days=t["day"]),
                kind=TrainingKind(t["kind"]),
                audience=TrainingAudience(t["audience"]),
                required=t.get("required", False),
                resource_id=resource_ids[t["resource"]] if "resource" in t else None,
                notes=t.get("notes", ""),
            )
        )
        store.set_attendance(training_id, [ids[k] for k in t["attended"]])


def _wanted_skills(data: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    keys = spec.get("peers") or [spec["mentee"]]
    by_key = {d["key"]: d for d in data["participants"]}
    return sorted({skill for k in keys for skill in by_key[k]["wants"]})


def _session_dates(
    start: dt.date, last: dt.date, cadence: int, rng: random.Random
) -> list[dt.date]:
    """Meetings about every ``cadence`` days from a few days after ``start``, ending on ``last``.

    Now and then a meeting is skipped, as happens in real programs.
    """
    days: list[dt.date] = []
    day = start + dt.timedelta(days=rng.randint(2, 6))
    while day < last:
        if rng.random() > 0.12:
            days.append(day)
        day += dt.timedelta(days=cadence + rng.randint(-3, 3))
    days.append(last)
    return days


def _add_feedback(
    store: Store,
    data: dict[str, Any],
    spec: dict[str, Any],
    pair_id: int,
    members: tuple[PairMember, ...],
    start: dt.date,
    until: dt.date,
    rng: random.Random,
) -> None:
    # A quiet or mismatched pair answers less warmly: the dashboard should show it.
    low = spec.get("reason") == "mismatch" or "last_session" in spec and spec["status"] == "active"
    comments = data["feedback"]
    rounds = comments.get("rounds", ROUNDS)
    for round_name, offset in zip(rounds, _ROUND_DAYS, strict=True):
        day = start + dt.timedelta(days=offset)
        if day > until:
            continue
        for member in members:
            if member.role is MemberRole.MENTOR:
                engagement = rng.randint(2, 3) if low else rng.randint(4, 5)
                # Derived, not drawn: a new draw would change every answer after it.
                answers: dict[str, int | str] = {
                    "engagement": engagement,
                    "gained": min(5, engagement + (0 if low else 1)) if engagement > 2 else 3,
                }
                comment = rng.choice(comments["mentor_comments"])
            else:
                answers = {
                    "useful": rng.randint(2, 3) if low else rng.randint(3, 5),
                    "supported": rng.randint(2, 4) if low else rng.randint(4, 5),
                    "recommend": rng.randint(3, 6) if low else rng.randint(7, 10),
                }
                comment = rng.choice(comments["mentee_comments"])
            store.add_feedback(
                Feedback(
                    participant_id=member.participant_id,
                    round=round_name,
                    date=min(day + dt.timedelta(days=rng.randint(0, 5)), until),
                    answers=answers,
                    comment=comment,
                    pair_id=pair_id,
                )
            )
