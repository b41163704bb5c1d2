"""The one owner of a program file: every read and write of the UI goes through :class:`Store`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import programfile
from .domain import (
    Changes,
    Feedback,
    Goal,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    ProgramCounts,
    Role,
    Session,
)
from .errors import FileProblem, ReadOnlyStore, ValidationError
from .i18n import tr
from .rows import (
    feedback_to_row,
    goal_to_row,
    pair_to_row,
    participant_to_row,
    program_to_row,
    row_to_feedback,
    row_to_goal,
    row_to_pair,
    row_to_participant,
    row_to_program,
    row_to_session,
    row_to_step,
    session_to_row,
    step_to_row,
)
from .schema import SCHEMA_VERSION
from .validation import participant_problems, program_problems

if TYPE_CHECKING:
    import sqlite_utils
    from filelock import FileLock

Listener = Callable[[Changes], None]
#: Rows removed by a delete, by table, so the delete can be undone exactly.
Snapshot = dict[str, list[dict[str, Any]]]


_PARTICIPANT_COLUMNS = tuple(participant_to_row(Participant("x", "y")))
_PARTICIPANT_INSERT = (
    f"INSERT INTO participants ({', '.join(_PARTICIPANT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_PARTICIPANT_COLUMNS))})"
)


class Store:
    """An open program file. Create with :meth:`open` or :meth:`create`; close when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        read_only: bool = False,
        lock: FileLock | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._db: sqlite_utils.Database | None = None
        self._listeners: list[Listener] = []
        self._pending = Changes()

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open an existing program file, migrating it if it is older.

        Raises a :class:`~mentordesk.model.errors.FileProblem` subclass with a clear sentence.
        """
        path = Path(path)
        programfile.check_header(path)
        lock = None if read_only else programfile.acquire_lock(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = programfile.connect(path, read_only=read_only)
            version = programfile.inspect(conn, path)
            if not read_only:
                programfile.start_writing(conn)
            if version < SCHEMA_VERSION:
                if read_only:
                    raise FileProblem(
                        tr(
                            "“{name}” was saved by an older MentorDesk and must be updated "
                            "before it can be read; open it normally."
                        ).format(name=path.name),
                        str(path),
                    )
                programfile.migrate(conn, path, version)
        except sqlite3.OperationalError as exc:
            cls._abandon(conn, lock)
            raise FileProblem(
                tr(
                    "MentorDesk cannot open “{name}” ({reason}). If the file is read-only or on "
                    "a full disk, open it read-only or copy it elsewhere."
                ).format(name=path.name, reason=exc),
                str(path),
            ) from None
        except BaseException:
            cls._abandon(conn, lock)
            raise
        return cls(conn, path, read_only=read_only, lock=lock)

    @staticmethod
    def _abandon(conn: sqlite3.Connection | None, lock: FileLock | None) -> None:
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.release()

    @classmethod
    def create(cls, path: str | Path, program: Program) -> Store:
        """Write a new, empty program file at ``path`` (replacing one there) and open it."""
        path = Path(path)
        problems = program_problems(program)
        if problems:
            raise ValidationError(problems)
        lock = programfile.acquire_lock(path)
        try:
            build = cls.in_memory(program)
            try:
                programfile.backup_copy(build.conn, path)
            finally:
                build.close()
            conn = programfile.connect(path, read_only=False)
            programfile.start_writing(conn)
        except BaseException:
            lock.release()
            raise
        return cls(conn, path, lock=lock)

    @classmethod
    def in_memory(cls, program: Program) -> Store:
        """A program held in memory only (tests, building files before writing them)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        programfile.migrate(conn, None, 0)
        store = cls(conn, None)
        store.db.table("program").insert({"id": 1, **program_to_row(program)})
        return store

    def close(self) -> None:
        """Close the file (SQLite folds the journal back into it) and release the lock."""
        with suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and change notification ----------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, imported on first write (it is slow to load)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every committed write."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with suppress(ValueError):
            self._listeners.remove(listener)

    @contextmanager
    def batch(self, changes: Changes = Changes()) -> Iterator[Store]:  # noqa: B008
        """Group writes into one transaction and one notification; nests as savepoints."""
        if self.read_only:
            raise ReadOnlyStore(tr("This program is open read-only; changes cannot be saved."))
        outermost = not self.conn.in_transaction
        try:
            with self.db.atomic():
                self._pending |= changes
                yield self
        except BaseException:
            if outermost:
                self._pending = Changes()
            raise
        if outermost:
            done, self._pending = self._pending, Changes()
            if done:
                for listener in list(self._listeners):
                    listener(done)

    # -- file-level facts ------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        """``PRAGMA integrity_check`` findings; empty when the file is sound."""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def table_counts(self) -> dict[str, int]:
        """Rows per table, for ``mentordesk check`` and reports."""
        names = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        return {n: self.conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent, self-contained copy of the program to ``target``."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise FileProblem(tr("Choose another name: this is the file that is open."))
        try:
            programfile.backup_copy(self.conn, target)
        except (OSError, sqlite3.Error) as exc:
            raise FileProblem(
                tr(
                    "The copy could not be written to {path} ({reason}). Nothing was changed; "
                    "choose another folder or free some disk space."
                ).format(path=target, reason=exc),
                str(target),
            ) from None

    # -- program ---------------------------------------------------------------------------

    def program(self) -> Program:
        return row_to_program(self.conn.execute("SELECT * FROM program WHERE id = 1").fetchone())

    def update_program(
        self, program: Program, level_renames: dict[str, str] | None = None
    ) -> Changes:
        """Save the program settings; ``level_renames`` moves participants to renamed levels."""
        problems = program_problems(program)
        if problems:
            raise ValidationError(problems)
        changes = Changes(program=True, participants=bool(level_renames))
        with self.batch(changes):
            self.db.table("program").update(1, program_to_row(program))
            if level_renames:
                # One statement, so chained renames (L1 -> L2, L2 -> L3) each move only the
                # participants who had the old name before the change.
                self.conn.execute(
                    "UPDATE participants SET career_level = "
                    "(SELECT value FROM json_each(:renames) WHERE key = career_level) "
                    "WHERE career_level IN (SELECT key FROM json_each(:renames))",
                    {"renames": json.dumps(level_renames)},
                )
        return changes

    # -- participants ----------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        rows = self.conn.execute("SELECT * FROM participants ORDER BY last_name, first_name, id")
        return [row_to_participant(r) for r in rows]

    def participant(self, participant_id: int) -> Participant:
        row = self.conn.execute(
            "SELECT * FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        if row is None:
            raise KeyError(participant_id)
        return row_to_participant(row)

    def email_taken(self, email: str, exclude_id: int | None = None) -> bool:
        """True when another participant uses ``email`` (compared case-insensitively)."""
        wanted = email.strip().casefold()
        if not wanted:
            return False
        # SQLite's NOCASE and lower() fold only ASCII letters, so "Ärger@…" and "ärger@…" (or
        # Cyrillic addresses) must be compared here, in Python, over every address.
        rows = self.conn.execute("SELECT id, email FROM participants WHERE email IS NOT NULL")
        return any(r["id"] != exclude_id and r["email"].casefold() == wanted for r in rows)

    def participant_problems(self, p: Participant) -> dict[str, str]:
        return participant_problems(p, self.email_taken)

    def add_participant(self, p: Participant) -> int:
        """Insert a participant and return its id (``p.id`` is kept when given, for redo)."""
        return self.add_participants([p])[0]

    def add_participants(
        self, people: Iterable[Participant], progress: Callable[[int], None] | None = None
    ) -> list[int]:
        """Insert many participants in one transaction (all or none); ``progress(done)`` is
        called every 500 people."""
        # One pass over the addresses already stored, not one per new participant.
        taken = {
            r[1].casefold(): r[0]
            for r in self.conn.execute("SELECT id, email FROM participants WHERE email IS NOT NULL")
        }

        def email_taken(email: str, exclude_id: int | None) -> bool:
            owner = taken.get(email.strip().casefold())
            return owner is not None and owner != exclude_id

        people = list(people)
        if any(p.id is not None for p in people):  # redo of an undone add: keep the ids
            return self._add_with_ids(people, email_taken, taken)

        def rows() -> Iterator[tuple[Any, ...]]:
            for done, p in enumerate(people, start=1):
                problems = participant_problems(p, email_taken)
                if problems:
                    raise ValidationError(problems)
                if p.email.strip():
                    taken[p.email.strip().casefold()] = 0
                if progress and done % 500 == 0:
                    progress(done)
                yield tuple(participant_to_row(p).values())

        with self.batch(Changes(participants=True)):
            # SQLite gives each new row max(id) + 1, so the ids are known without asking
            # row by row; executemany is what makes a 10,000-row import fast.
            first = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM participants")
            start = int(first.fetchone()[0])
            self.conn.executemany(_PARTICIPANT_INSERT, rows())
            last = int(
                self.conn.execute("SELECT coalesce(max(id), 0) FROM participants").fetchone()[0]
            )
            assert last == start + len(people) - 1, "participant ids were not given in order"
        return list(range(start, start + len(people)))

    def _add_with_ids(
        self,
        people: list[Participant],
        email_taken: Callable[[str, int | None], bool],
        taken: dict[str, int],
    ) -> list[int]:
        ids: list[int] = []
        with self.batch(Changes(participants=True)):
            for p in people:
                problems = participant_problems(p, email_taken)
                if problems:
                    raise ValidationError(problems)
                row = participant_to_row(p)
                if p.id is not None:
                    row["id"] = p.id
                new_id = self._insert("participants", row)
                if p.email.strip():
                    taken[p.email.strip().casefold()] = new_id
                ids.append(new_id)
        return ids

    def update_participant(self, p: Participant) -> Changes:
        if p.id is None:
            raise ValueError("update_participant needs a participant with an id")
        self._require_valid(p)
        changes = Changes(participants=True)
        with self.batch(changes):
            row = participant_to_row(p)
            row["updated_at"] = _now()
            self.db.table("participants").update(p.id, row)
        return changes

    def set_statuses(self, statuses: dict[int, ParticipantStatus]) -> Changes:
        """Give each participant id its status (one undoable step in the UI)."""
        changes = Changes(participants=True)
        with self.batch(changes):
            self.conn.executemany(
                "UPDATE participants SET status = ?, updated_at = ? WHERE id = ?",
                [(status.value, _now(), pid) for pid, status in statuses.items()],
            )
        return changes

    def delete_participants(self, ids: Iterable[int]) -> Snapshot:
        """Delete participants with everything that hangs on them; return what to restore."""
        ids = sorted(set(ids))
        marks = ",".join("?" * len(ids))
        snapshot: Snapshot = {}
        for table, where in (
            ("participants", f"id IN ({marks})"),
            ("pair_members", f"participant_id IN ({marks})"),
            ("feedback", f"participant_id IN ({marks})"),
            ("goals", f"participant_id IN ({marks})"),
        ):
            rows = self.conn.execute(f"SELECT * FROM {table} WHERE {where}", ids)
            snapshot[table] = [dict(r) for r in rows]
        with self.batch(Changes(participants=True, pairs=True, goals=True, feedback=True)):
            self.conn.execute(f"DELETE FROM participants WHERE id IN ({marks})", ids)
        return snapshot

    def restore(self, snapshot: Snapshot) -> Changes:
        """Put back rows removed by :meth:`delete_participants`."""
        changes = Changes(participants=True, pairs=True, goals=True, feedback=True)
        with self.batch(changes):
            for table in ("participants", "pair_members", "feedback"):
                if snapshot.get(table):
                    self.db.table(table).insert_all(snapshot[table])
            for goal in snapshot.get("goals", []):
                self.conn.execute(
                    "UPDATE goals SET participant_id = ? WHERE id = ?",
                    (goal["participant_id"], goal["id"]),
                )
        return changes

    def departments(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT department FROM participants WHERE department <> '' "
            "ORDER BY department COLLATE NOCASE"
        )
        return [r[0] for r in rows]

    def pair_statuses_by_participant(self) -> dict[int, set[PairStatus]]:
        """For each participant in any pair, the statuses of their pairs."""
        result: dict[int, set[PairStatus]] = {}
        for r in self.conn.execute(
            "SELECT m.participant_id, p.status FROM pair_members m JOIN pairs p ON p.id = m.pair_id"
        ):
            result.setdefault(r[0], set()).add(PairStatus(r[1]))
        return result

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row (inside the caller's batch) and return its id.

        Plain SQL rather than sqlite-utils' ``insert``, which inspects the table on every call
        (10,000 participants: 0.1 s instead of 2.7 s).
        """
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(row.values())
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _require_valid(self, p: Participant) -> None:
        problems = self.participant_problems(p)
        if problems:
            raise ValidationError(problems)

    # -- pairs, goals, sessions, feedback --------------------------------------------------

    def add_pair(self, pair: Pair) -> int:
        with self.batch(Changes(pairs=True)):
            pair_id = self._insert("pairs", pair_to_row(pair))
            self.db.table("pair_members").insert_all(
                {"pair_id": pair_id, "participant_id": m.participant_id, "role": m.role.value}
                for m in pair.members
            )
        return pair_id

    def pairs(self) -> list[Pair]:
        members: dict[int, list[PairMember]] = {}
        for r in self.conn.execute("SELECT * FROM pair_members ORDER BY pair_id, rowid"):
            members.setdefault(r["pair_id"], []).append(
                PairMember(r["participant_id"], MemberRole(r["role"]))
            )
        return [
            row_to_pair(r, tuple(members.get(r["id"], ())))
            for r in self.conn.execute("SELECT * FROM pairs ORDER BY id")
        ]

    def add_goal(self, goal: Goal) -> int:
        with self.batch(Changes(goals=True)):
            return self._insert("goals", goal_to_row(goal))

    def goals(self) -> list[Goal]:
        return [row_to_goal(r) for r in self.conn.execute("SELECT * FROM goals ORDER BY id")]

    def add_goal_step(self, step: GoalStep) -> int:
        with self.batch(Changes(goals=True)):
            row = step_to_row(step)
            row["position"] = self.conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM goal_steps WHERE goal_id = ?",
                (step.goal_id,),
            ).fetchone()[0]
            return self._insert("goal_steps", row)

    def goal_steps(self, goal_id: int) -> list[GoalStep]:
        rows = self.conn.execute(
            "SELECT * FROM goal_steps WHERE goal_id = ? ORDER BY position", (goal_id,)
        )
        return [row_to_step(r) for r in rows]

    def add_session(self, session: Session) -> int:
        with self.batch(Changes(sessions=True)):
            return self._insert("sessions", session_to_row(session))

    def sessions(self, pair_id: int | None = None) -> list[Session]:
        if pair_id is None:
            rows = self.conn.execute("SELECT * FROM sessions ORDER BY date, id")
        else:
            rows = self.conn.execute(
                "SELECT * FROM sessions WHERE pair_id = ? ORDER BY date, id", (pair_id,)
            )
        return [row_to_session(r) for r in rows]

    def add_feedback(self, feedback: Feedback) -> int:
        with self.batch(Changes(feedback=True)):
            return self._insert("feedback", feedback_to_row(feedback))

    def feedback(self) -> list[Feedback]:
        return [row_to_feedback(r) for r in self.conn.execute("SELECT * FROM feedback ORDER BY id")]

    # -- overview --------------------------------------------------------------------------

    def counts(self) -> ProgramCounts:
        by_role = {role: 0 for role in Role}
        by_status = {status: 0 for status in ParticipantStatus}
        for role, status, n in self.conn.execute(
            "SELECT role, status, count(*) FROM participants GROUP BY role, status"
        ):
            by_role[Role(role)] += n
            by_status[ParticipantStatus(status)] += n
        pairs = {status: 0 for status in PairStatus}
        for status, n in self.conn.execute("SELECT status, count(*) FROM pairs GROUP BY status"):
            pairs[PairStatus(status)] = n
        one = self.conn.execute
        return ProgramCounts(
            participants_by_role=by_role,
            participants_by_status=by_status,
            pairs_by_status=pairs,
            participants=sum(by_role.values()),
            sessions=one("SELECT count(*) FROM sessions").fetchone()[0],
            goals=one("SELECT count(*) FROM goals").fetchone()[0],
        )


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
