"""Soak run: thousands of random edits through the Store with undo and redo, made by the UI's
own QUndoCommands on a QUndoStack (offscreen), with the program's invariants checked after
every step.

    python3 tests/safety/soak.py --steps 10000      # the long run (README.md)

At the end everything is undone (the file must be as it began) and redone (as it ended).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack  # noqa: E402

from mentordesk.model.board import POOL, Board, Verdict  # noqa: E402
from mentordesk.model.domain import (  # noqa: E402
    ClosureReason,
    Goal,
    GoalStep,
    PairStatus,
    ParticipantStatus,
    Role,
    Session,
    SessionStatus,
)
from mentordesk.model.store import Store  # noqa: E402
from mentordesk.ui import goal_commands, pair_commands  # noqa: E402
from mentordesk.ui.commands import (  # noqa: E402
    AddParticipant,
    BoardEdit,
    DeleteParticipants,
    EditParticipant,
    SetStatuses,
)
from tests.safety import workloads as w  # noqa: E402

TODAY = dt.date(2025, 12, 31)


@dataclass
class Report:
    steps: int = 0
    done: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    checks: int = 0
    violations: list[str] = field(default_factory=list)
    #: Pairs a delete closed because it left them without a mentor and a mentee.
    closed_by_deletes: int = 0


# -- invariants ----------------------------------------------------------------------------------

#: (mentor, their capacity, mentee) for each mentee in the mentor's active and proposed pairs.
#: Mentees and pairs count the same here: no open pair is left without its mentee (see
#: ``_INCOMPLETE``).
_MENTEES = (
    "SELECT lead.participant_id AS mentor, p.capacity AS capacity, m.participant_id "
    "FROM pair_members lead JOIN participants p ON p.id = lead.participant_id "
    "JOIN pairs ON pairs.id = lead.pair_id AND pairs.status IN ('active', 'proposed') "
    "JOIN pair_members m ON m.pair_id = lead.pair_id AND m.role = 'mentee' "
    "WHERE lead.role = 'mentor'"
)

#: Open pairs that nobody can meet in: fewer than two members, or a mentor without a mentee
#: (or a mentee without a mentor). Deleting a participant closes such pairs (issue 8).
_INCOMPLETE = (
    "SELECT p.id, p.status, count(m.pair_id), "
    "coalesce(group_concat(m.role, '+'), '') FROM pairs p "
    "LEFT JOIN pair_members m ON m.pair_id = p.id WHERE p.status <> 'closed' GROUP BY p.id "
    "HAVING count(m.pair_id) < 2 OR (sum(m.role IN ('mentor', 'mentee')) > 0 AND "
    "(sum(m.role = 'mentor') = 0 OR sum(m.role = 'mentee') = 0))"
)


def violations(store: Store) -> list[str]:
    """Everything wrong with the file's consistency now."""
    one = store.conn.execute
    found: list[str] = []
    over = one(
        f"SELECT mentor, capacity, count(*) FROM ({_MENTEES}) GROUP BY mentor "
        "HAVING count(*) > capacity"
    ).fetchall()
    if over:
        found.append(f"capacity exceeded (mentor, capacity, mentees): {[tuple(r) for r in over]}")
    incomplete = one(_INCOMPLETE).fetchall()
    if incomplete:
        found.append(
            "open pairs without a mentor and a mentee (id, status, members, roles): "
            f"{[tuple(r) for r in incomplete[:5]]}"
        )
    orphans = one("PRAGMA foreign_key_check").fetchall()
    if orphans:
        found.append(f"foreign_key_check: {[tuple(r) for r in orphans[:5]]}")
    totals = one("SELECT pair_id, held, last_held FROM session_totals ORDER BY pair_id")
    counted = one(
        "SELECT pair_id, count(*), max(date) FROM sessions WHERE status = 'held' "
        "GROUP BY pair_id ORDER BY pair_id"
    )
    if [tuple(r) for r in totals] != [tuple(r) for r in counted]:
        found.append("session_totals differ from the sessions")
    months = one("SELECT month, pair_id, held FROM session_months ORDER BY 1, 2")
    counted = one(
        "SELECT substr(date, 1, 7), pair_id, count(*) FROM sessions WHERE status = 'held' "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    if [tuple(r) for r in months] != [tuple(r) for r in counted]:
        found.append("session_months differ from the sessions")
    counts = store.counts()
    tables = store.table_counts()
    if counts.participants != tables["participants"]:
        found.append("counts().participants differs from the table")
    if counts.sessions != tables["sessions"] or counts.goals != tables["goals"]:
        found.append("counts() sessions or goals differ from the tables")
    if sum(counts.pairs_by_status.values()) != tables["pairs"]:
        found.append("counts() pairs differ from the table")
    by_role = dict(one("SELECT role, count(*) FROM participants GROUP BY role").fetchall())
    if {r.value: n for r, n in counts.participants_by_role.items() if n} != by_role:
        found.append("counts() by role differ from the table")
    return found


# -- random steps, each a command of the UI ------------------------------------------------------


def _load(store: Store) -> dict[int, int]:
    """Places taken per mentor: mentees in active and proposed pairs."""
    rows = store.conn.execute(f"SELECT mentor, count(*) FROM ({_MENTEES}) GROUP BY mentor")
    return dict(rows.fetchall())


def _pick(store: Store, rng: random.Random, sql: str) -> Any:
    rows = [r[0] for r in store.conn.execute(sql)]
    return rng.choice(rows) if rows else None


def make_command(store: Store, rng: random.Random, n: int) -> tuple[str, QUndoCommand | None]:
    """One random edit, as the UI would push it; None when there is nothing to do it to."""
    kind = rng.choices(
        ("add", "edit", "statuses", "delete", "drop", "auto", "confirm", "clear", "status",
         "session", "delete_session", "goal"),
        weights=(8, 10, 5, 3, 12, 2, 2, 2, 10, 14, 4, 4),
    )[0]  # fmt: skip
    day = TODAY - dt.timedelta(days=rng.randint(0, 30))
    if kind == "add":
        role = rng.choice(list(Role))
        p = w.person(200000 + n, role, email=f"soak{n}@example.org", capacity=rng.randint(0, 3))
        return kind, AddParticipant(store, p)
    if kind == "edit":
        pid = _pick(store, rng, "SELECT id FROM participants")
        if pid is None:
            return kind, None
        old = store.participant(pid)
        taken = _load(store).get(pid, 0)
        # As a coordinator would: never fewer places than the mentees already placed.
        capacity = max(taken, rng.randint(0, 3)) if old.role is not Role.MENTEE else 0
        new = dataclasses.replace(old, bio=f"soak {n}", capacity=capacity)
        return kind, EditParticipant(store, old, new)
    if kind == "statuses":
        ids = [r[0] for r in store.conn.execute("SELECT id FROM participants")]
        chosen = rng.sample(ids, min(len(ids), rng.randint(1, 4)))
        before = {i: store.participant(i).status for i in chosen}
        return kind, SetStatuses(store, before, rng.choice(list(ParticipantStatus)))
    if kind == "delete":
        # The Participants page deletes anyone; the open pairs they leave without a mentor
        # and a mentee are closed with the delete (``_INCOMPLETE`` checks it).
        pid = _pick(store, rng, "SELECT id FROM participants")
        return kind, DeleteParticipants(store, [pid], "Delete") if pid else None
    if kind in ("drop", "auto", "confirm", "clear"):
        board = Board(store, TODAY)
        if kind == "auto":
            return kind, BoardEdit(store, board.auto_match()[0])
        if kind == "confirm":
            return kind, BoardEdit(store, board.confirm())
        if kind == "clear":
            return kind, BoardEdit(store, board.clear())
        pool = [p.id for p in board.pool if p.id is not None]
        proposals = [i for i, (_k, pl) in board.placed.items() if pl.status is PairStatus.PROPOSED]
        cards = pool if pool and (rng.random() < 0.7 or not proposals) else proposals
        if not cards or not board.columns:
            return kind, None
        card = rng.choice(cards)
        # Mostly where a coordinator would drop: on a mentor with a place left.
        open_ = [c.key for c in board.columns if c.places_left > 0] or [POOL]
        target = rng.choice([POOL, *rng.sample(open_, min(3, len(open_)))])
        if board.judge(card, target).verdict is not Verdict.OK:
            return "drop refused by the board", None
        return kind, BoardEdit(store, board.drop(card, target))
    if kind == "status":
        rows = store.conn.execute("SELECT id, status FROM pairs ORDER BY id").fetchall()
        if not rows:
            return kind, None
        pair_id, old = rng.choice(rows)
        old = PairStatus(old)
        date = max(day, _last_change(store, pair_id))
        choices = {
            PairStatus.PROPOSED: [PairStatus.ACTIVE],
            PairStatus.ACTIVE: [PairStatus.PAUSED, PairStatus.CLOSED],
            PairStatus.PAUSED: [PairStatus.ACTIVE, PairStatus.CLOSED],
            PairStatus.CLOSED: [PairStatus.ACTIVE],
        }[old]
        new = rng.choice(choices)
        if new is PairStatus.ACTIVE and old in (PairStatus.PAUSED, PairStatus.CLOSED):
            # Resuming or reopening takes a place again: only when the mentor has one.
            mentor = store.conn.execute(
                "SELECT p.id, p.capacity FROM pair_members m JOIN participants p "
                "ON p.id = m.participant_id WHERE m.pair_id = ? AND m.role = 'mentor'",
                (pair_id,),
            ).fetchone()
            if mentor and _load(store).get(mentor[0], 0) >= mentor[1]:
                return "reopen with no place left", None
        reason = ClosureReason.MISMATCH if new is PairStatus.CLOSED else None
        return kind, pair_commands.change_status(store, pair_id, old, new, date, reason, "n")
    if kind == "goal":
        pair_id = _pick(store, rng, "SELECT id FROM pairs WHERE status <> 'closed'")
        if pair_id is None:
            return kind, None
        steps = [GoalStep(0, f"step {n}.{k}") for k in range(rng.randint(0, 3))]
        return kind, goal_commands.AddGoal(store, Goal(pair_id, f"goal {n}"), steps, TODAY)
    if kind == "delete_session":
        sid = _pick(store, rng, "SELECT id FROM sessions")
        return kind, goal_commands.DeleteSession(store, sid) if sid else None
    pair_id = _pick(store, rng, "SELECT id FROM pairs WHERE status IN ('active', 'paused')")
    if pair_id is None:
        return kind, None
    goals = [r[0] for r in store.conn.execute("SELECT id FROM goals WHERE pair_id = ?", (pair_id,))]
    count = rng.randint(0, 2) if goals else 0
    follow_ups = [GoalStep(rng.choice(goals), f"follow-up {n}") for _ in range(count)]
    status = rng.choice([SessionStatus.HELD] * 4 + [SessionStatus.MISSED, SessionStatus.CANCELLED])
    session = Session(pair_id, day, notes=f"s{n}", status=status)
    return kind, goal_commands.LogSession(store, session, follow_ups, TODAY)


def _closures(store: Store) -> int:
    """Pairs closed so far because someone left (only deletes close them so in this run)."""
    sql = "SELECT count(*) FROM pair_history WHERE closure_reason = 'someone_left'"
    return int(store.conn.execute(sql).fetchone()[0])


def _last_change(store: Store, pair_id: int) -> dt.date:
    row = store.conn.execute(
        "SELECT max(date) FROM pair_history WHERE pair_id = ?", (pair_id,)
    ).fetchone()
    start = store.pair(pair_id).start_date
    dates = [d for d in (row[0] and dt.date.fromisoformat(row[0]), start) if d]
    return max(dates, default=w.BASE)


# -- the run -------------------------------------------------------------------------------------


def soak(steps: int, seed: int = 0, folder: Path | None = None) -> Report:
    app = QGuiApplication.instance() or QGuiApplication([])
    assert app is not None
    rng = random.Random(seed)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="mentordesk-soak-") as tmp:
        path = (folder or Path(tmp)) / "soak.mentordesk"
        with Store.create(path, w.program()) as store:
            w.populate_edits(store)
            start = w.digest(store.conn)
            stack = QUndoStack()
            n = -1
            # Tries that do nothing (no one to do it to, refused) are not steps.
            while report.steps < steps and n < 3 * steps:
                n += 1
                roll = rng.random()
                if roll < 0.2 and stack.canUndo():
                    stack.undo()
                    what = "undo"
                elif roll < 0.3 and stack.canRedo():
                    stack.redo()
                    what = "redo"
                else:
                    what, command = make_command(store, rng, n)
                    if command is None:
                        report.refused[what] += 1
                        continue
                    left = _closures(store)
                    stack.push(command)
                    report.closed_by_deletes += _closures(store) - left
                    if getattr(command, "error", None):
                        report.refused[f"{what}: {command.error}"] += 1  # type: ignore[attr-defined]
                        continue
                report.done[what] += 1
                report.steps += 1
                found = violations(store)
                report.checks += 1
                if report.steps % 1000 == 0 and store.integrity_problems():
                    found.append(f"integrity_check: {store.integrity_problems()[:3]}")
                if found:
                    report.violations.append(f"step {n} ({what}): {'; '.join(found)}")
                    if len(report.violations) > 20:
                        break
            while stack.canRedo():  # the run may end after some undos
                stack.redo()
            end = w.digest(store.conn)
            # Everything undone: the file as it began; everything redone: as it ended.
            while stack.canUndo():
                stack.undo()
            if w.digest(store.conn) != start:
                report.violations.append("undoing every step did not give back the first file")
            report.violations += [f"after undoing all: {v}" for v in violations(store)]
            while stack.canRedo():
                stack.redo()
            if w.digest(store.conn) != end:
                report.violations.append("redoing every step did not give back the last file")
            report.done["undo all + redo all"] = stack.count()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report = soak(args.steps, args.seed)
    print(
        f"{report.steps} steps checked in {time.perf_counter() - started:.0f} s (seed {args.seed})"
    )
    for what, n in report.done.most_common():
        print(f"  {what:<24} {n:>6}")
    print("not done (nothing to do it to, or refused with a message):")
    for what, n in report.refused.most_common(12):
        print(f"  {n:>6}  {what[:90]}")
    print(f"open pairs closed by deletes (someone left): {report.closed_by_deletes}")
    print(f"invariant violations: {len(report.violations)}")
    for v in report.violations:
        print(f"  ! {v[:300]}")
    return 1 if report.violations else 0


if __name__ == "__main__":
    sys.exit(main())
