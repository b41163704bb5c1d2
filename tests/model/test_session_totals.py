"""``session_totals`` (schema version 4): each pair's held sessions and last one, kept by
triggers. Whatever changes the sessions, through the Store or by raw SQL as another tool
would, the table equals the count it stands for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
from contextlib import closing
from pathlib import Path

from mentordesk.model.domain import MemberRole, Pair, PairMember, Role, Session, SessionStatus
from mentordesk.model.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from mentordesk.model.store import Store

from .conftest import person

COUNTED = (
    "SELECT pair_id, count(*), max(date) FROM sessions WHERE status = 'held' "
    "GROUP BY pair_id ORDER BY pair_id"
)


def totals(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM session_totals ORDER BY pair_id")]


def counted(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in conn.execute(COUNTED)]


def _pairs(store: Store, n: int) -> list[int]:
    ids = []
    for i in range(n):
        a = store.add_participant(person(f"A{i}", "X", role=Role.MENTOR, email=f"a{i}@x.org"))
        b = store.add_participant(person(f"B{i}", "Y", role=Role.MENTEE, email=f"b{i}@x.org"))
        members = (PairMember(a, MemberRole.MENTOR), PairMember(b, MemberRole.MENTEE))
        ids.append(store.add_pair(Pair(members=members)))
    return ids


def test_random_edits_by_raw_sql_keep_the_totals_equal_to_the_count(mem_store: Store) -> None:
    conn = mem_store.conn
    pairs = _pairs(mem_store, 4)
    rng = random.Random(7)
    statuses = ("held", "held", "cancelled", "missed")
    for step in range(400):
        ids = [r[0] for r in conn.execute("SELECT id FROM sessions")]
        action = rng.random()
        day = (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))).isoformat()
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
        assert totals(conn) == counted(conn), f"after step {step}"
    assert totals(conn), "the edits left some held sessions"


def test_store_edits_undo_and_a_deleted_pair_keep_the_totals(mem_store: Store) -> None:
    conn = mem_store.conn
    first, second = _pairs(mem_store, 2)
    day, today = dt.date(2026, 3, 2), dt.date(2026, 4, 1)
    for n in range(3):
        held = Session(pair_id=first, date=day + dt.timedelta(days=7 * n))
        mem_store.log_session(held, (), today)
    cancelled = Session(pair_id=second, date=day, status=SessionStatus.CANCELLED)
    mem_store.log_session(cancelled, (), today)
    assert totals(conn) == [(first, 3, "2026-03-16")]

    last = max(mem_store.sessions(first), key=lambda s: s.date)
    snapshot = mem_store.delete_session(last.id or 0)
    assert totals(conn) == [(first, 2, "2026-03-09")]
    mem_store.restore_session(snapshot)
    assert totals(conn) == [(first, 3, "2026-03-16")] == counted(conn)

    latest = max(mem_store.sessions(first), key=lambda s: s.date)
    mem_store.update_session(dataclasses.replace(latest, date=dt.date(2026, 3, 10)), today)
    assert totals(conn) == counted(conn) == [(first, 3, "2026-03-10")]
    mem_store.update_session(dataclasses.replace(latest, status=SessionStatus.MISSED), today)
    assert totals(conn) == counted(conn) == [(first, 2, "2026-03-09")]

    mem_store.log_session(Session(pair_id=second, date=day), (), today)
    gone = mem_store.delete_pairs([first])
    assert totals(conn) == counted(conn) == [(second, 1, "2026-03-02")]
    mem_store.restore_pairs(gone)
    assert totals(conn) == counted(conn) == [(first, 2, "2026-03-09"), (second, 1, "2026-03-02")]
    assert mem_store.integrity_problems() == []


def test_a_version_3_file_gets_its_totals_from_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "v3.mentordesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};\n"
            + "\n".join(MIGRATIONS[:3])
            + "\nPRAGMA user_version = 3;"
        )
        conn.execute("INSERT INTO program (id, name) VALUES (1, 'Tre')")
        conn.executemany("INSERT INTO pairs (id, status) VALUES (?, 'active')", [(1,), (2,), (3,)])
        conn.executemany(
            "INSERT INTO sessions (pair_id, date, status) VALUES (?, ?, ?)",
            [
                (1, "2026-01-05", "held"),
                (1, "2026-02-05", "held"),
                (1, "2026-03-05", "missed"),
                (2, "2026-01-20", "cancelled"),
                (3, "2026-04-01", "held"),
            ],
        )
        conn.commit()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert totals(store.conn) == [(1, 2, "2026-02-05"), (3, 1, "2026-04-01")]
