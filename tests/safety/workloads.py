"""Program files and operations for the kill harness and the soak run: a roster workbook, a
version-1 file, a 600 x 600 program to match, and a deterministic stream of ordinary edits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from mentordesk.model.domain import (
    ClosureReason,
    Goal,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    Role,
    Session,
)
from mentordesk.model.schema import APPLICATION_ID, MIGRATIONS, TABLES
from mentordesk.model.store import Store

LEVELS = ("Junior", "Senior", "Lead")
SKILLS = ("Python", "Leadership", "Public speaking", "Finance", "Design", "Sales", "Negotiation")
DEPARTMENTS = ("R&D", "Sales", "HR", "Finance", "Legal")
TODAY = dt.date(2025, 6, 1)
BASE = dt.date(2025, 1, 1)


def person(i: int, role: Role, **fields: object) -> Participant:
    rng = random.Random(i)
    values: dict[str, object] = {
        "first_name": f"Nome{i}",
        "last_name": f"Cognome{i}",
        "email": f"p{i}@example.org",
        "role": role,
        "department": rng.choice(DEPARTMENTS),
        "career_level": rng.choice(LEVELS),
        "skills_offered": tuple(rng.sample(SKILLS, 2)),
        "skills_wanted": tuple(rng.sample(SKILLS, 2)),
        "languages": ("English",),
        "capacity": 1 if role is not Role.MENTEE else 0,
        "status": ParticipantStatus.ACTIVE,
    }
    values.update(fields)
    return Participant(**values)  # type: ignore[arg-type]


def program() -> Program:
    return Program(name="Kill harness", career_levels=LEVELS, start_date=BASE)


# -- roster import -------------------------------------------------------------------------------

IMPORT_EXISTING = 200


def build_import(folder: Path, rows: int = 5000) -> tuple[Path, Path]:
    """A program with 200 people and a workbook of ``rows`` rows: 200 of them updated, the
    others new."""
    from openpyxl import Workbook

    db = folder / "import.mentordesk"
    with Store.create(db, program()) as store:
        store.add_participants(person(i, Role.MENTEE) for i in range(IMPORT_EXISTING))
    book = Workbook(write_only=True)
    ws = book.create_sheet("Sign-ups")
    ws.append(["First name", "Last name", "Email", "Role", "Department", "Career level",
               "Skills offered", "Capacity"])  # fmt: skip
    for i in range(rows):
        role = "Mentor" if i % 2 else "Mentee"
        ws.append([f"Nome{i}", f"Cognome{i}", f"p{i}@example.org", role, "Imported",
                   LEVELS[i % 3], "Python; Design", 1 if i % 2 else None])  # fmt: skip
    workbook = folder / "roster.xlsx"
    book.save(workbook)
    return db, workbook


def import_state(conn: sqlite3.Connection) -> tuple[int, int]:
    """(participants, participants whose department the import set)."""
    row = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE department = 'Imported') FROM participants"
    ).fetchone()
    return int(row[0]), int(row[1])


# -- migration -----------------------------------------------------------------------------------


def build_v1(folder: Path, people: int = 20000) -> Path:
    """A version-1 file as the first MentorDesk wrote it (raw SQL, as in test_programfile), with
    many people, pairs and sessions so that the steps take a measurable time."""
    path = folder / "old.mentordesk"
    pairs = people // 4
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};\n{MIGRATIONS[0]}\n"
            "PRAGMA user_version = 1;\nPRAGMA journal_mode = WAL;"
        )
        conn.execute("INSERT INTO program (id, name, career_levels) VALUES (1, 'Old', '[]')")
        conn.executemany(
            "INSERT INTO participants (id, first_name, last_name, email, role, bio, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'active')",
            [
                (i, f"Nome{i}", f"Cognome{i}", f"p{i}@example.org",
                 "mentor" if i % 2 else "mentee", "x" * 200)
                for i in range(1, people + 1)
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO pairs (id, status, start_date) VALUES (?, 'active', '2024-01-01')",
            [(i,) for i in range(1, pairs + 1)],
        )
        conn.executemany(
            "INSERT INTO pair_members (pair_id, participant_id, role) VALUES (?, ?, ?)",
            [(i, 2 * i - 1, "mentor") for i in range(1, pairs + 1)]
            + [(i, 2 * i, "mentee") for i in range(1, pairs + 1)],
        )
        conn.executemany(
            "INSERT INTO sessions (pair_id, date, notes) VALUES (?, ?, 'n')",
            [(1 + i % pairs, f"2024-{1 + i % 12:02d}-15") for i in range(4 * pairs)],
        )
        conn.commit()
    return path


# -- automatic matching --------------------------------------------------------------------------


def build_match(folder: Path, side: int = 600) -> Path:
    """``side`` mentors with one place each and as many mentees, everyone active."""
    db = folder / "match.mentordesk"
    with Store.create(db, program()) as store:
        store.add_participants(
            [person(i, Role.MENTOR) for i in range(side)]
            + [person(i, Role.MENTEE) for i in range(side, 2 * side)]
        )
    return db


def proposed(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(proposed pairs, their members, their history rows)."""
    one = conn.execute
    return (
        one("SELECT count(*) FROM pairs WHERE status = 'proposed'").fetchone()[0],
        one("SELECT count(*) FROM pair_members JOIN pairs ON pairs.id = pair_id "
            "WHERE status = 'proposed'").fetchone()[0],
        one("SELECT count(*) FROM pair_history WHERE status = 'proposed'").fetchone()[0],
    )  # fmt: skip


# -- a stream of ordinary edits ------------------------------------------------------------------

EDIT_PEOPLE = 300
EDIT_PAIRS = 100


def build_edits(folder: Path) -> Path:
    """300 people, 100 active pairs with one goal each."""
    db = folder / "edits.mentordesk"
    with Store.create(db, program()) as store:
        populate_edits(store)
    return db


def populate_edits(store: Store) -> None:
    people = [person(i, Role.MENTOR, capacity=2) for i in range(EDIT_PEOPLE // 2)]
    people += [person(i, Role.MENTEE) for i in range(EDIT_PEOPLE // 2, EDIT_PEOPLE)]
    ids = store.add_participants(people)
    mentors, mentees = ids[: EDIT_PEOPLE // 2], ids[EDIT_PEOPLE // 2 :]
    pairs = [
        Pair(
            (PairMember(mentors[i], MemberRole.MENTOR), PairMember(mentees[i], MemberRole.MENTEE)),
            status=PairStatus.ACTIVE,
            start_date=BASE,
        )
        for i in range(EDIT_PAIRS)
    ]
    for pair_id in store.add_pairs(pairs):
        store.add_goal(Goal(pair_id, f"Goal of pair {pair_id}"))


Edit = Callable[[Store], object]


def next_edit(store: Store, rng: random.Random, n: int) -> tuple[str, Edit]:
    """Edit number ``n`` of the stream: chosen by ``rng`` from what the file holds now, so the
    same seed on the same file gives the same edits in any process."""
    day = BASE + dt.timedelta(days=1 + n // 4)
    kind = rng.choice(("add", "update", "session", "status", "statuses", "delete"))
    ids = [r[0] for r in store.conn.execute("SELECT id FROM participants ORDER BY id")]
    if kind == "add":
        p = person(100000 + n, rng.choice(list(Role)), email=f"new{n}@example.org")
        return kind, lambda s: s.add_participant(p)
    if kind == "update":
        old = store.participant(rng.choice(ids))
        new = dataclasses.replace(old, bio=f"edit {n}", department=rng.choice(DEPARTMENTS))
        return kind, lambda s: s.update_participant(new)
    if kind == "statuses":
        chosen = rng.sample(ids, min(5, len(ids)))
        status = rng.choice(list(ParticipantStatus))
        return kind, lambda s: s.set_statuses({i: status for i in chosen})
    if kind == "delete":
        free = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM participants WHERE id NOT IN (SELECT participant_id FROM "
                "pair_members) ORDER BY id"
            )
        ]
        if free:
            victim = rng.choice(free)
            return kind, lambda s: s.delete_participants([victim])
    pairs = [
        (r[0], PairStatus(r[1]))
        for r in store.conn.execute(
            "SELECT id, status FROM pairs WHERE status IN ('active', 'paused') ORDER BY id"
        )
    ]
    if not pairs:
        return "none", lambda s: None
    pair_id, status = rng.choice(pairs)
    if kind == "status":
        if status is PairStatus.PAUSED:
            target, reason = PairStatus.ACTIVE, None
        elif rng.random() < 0.8:
            target, reason = PairStatus.PAUSED, None
        else:
            target, reason = PairStatus.CLOSED, ClosureReason.GOALS_REACHED
        return kind, lambda s: s.change_pair_status(pair_id, target, day, reason, f"edit {n}")
    goal = store.conn.execute("SELECT id FROM goals WHERE pair_id = ?", (pair_id,)).fetchone()
    follow_ups = [GoalStep(goal[0], f"follow-up {n}.{k}") for k in range(2)] if goal else []
    session = Session(pair_id, day, notes=f"session {n}")
    return "session", lambda s: s.log_session(session, follow_ups, TODAY)


def run_edits(
    store: Store, seed: int, count: int, committed: Callable[[int], None] = lambda n: None
) -> None:
    """Make ``count`` edits of the stream ``seed``, calling ``committed(n)`` after each."""
    rng = random.Random(seed)
    for n in range(count):
        _kind, edit = next_edit(store, rng, n)
        edit(store)
        committed(n + 1)


def digest(conn: sqlite3.Connection) -> str:
    """A digest of every row of every table, without the time stamps (``*_at`` columns)."""
    h = hashlib.sha256()
    for table in TABLES:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        keep = ", ".join(f'"{c}"' for c in columns if not c.endswith("_at"))
        if not keep:
            continue
        # Rows in their meaning's order, not their rowids': an undo puts back the rows of a
        # table without an id (say session_months) under new rowids. A pair's members keep
        # their order (mentor first), which pairs() reads by rowid.
        order = {"pair_members": "pair_id, rowid"}.get(table, "rowid" if "id" in columns else keep)
        for row in conn.execute(f'SELECT {keep} FROM "{table}" ORDER BY {order}'):
            h.update(repr(tuple(row)).encode())
        h.update(table.encode())
    return h.hexdigest()
