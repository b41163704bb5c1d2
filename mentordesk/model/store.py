"""The one owner of a program file: every read and write of the UI goes through :class:`Store`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
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
    ParticipantStatus,
    Program,
    ProgramCounts,
    Role,
    Session,
)
from .errors import FileProblem, ReadOnlyStore, ValidationError
from .i18n import tr
from .rows import (
    change_to_row,
    feedback_to_row,
    goal_to_row,
    pair_to_row,
    program_to_row,
    row_to_feedback,
    row_to_goal,
    row_to_pair,
    row_to_program,
    row_to_session,
    row_to_step,
    session_to_row,
    step_to_row,
)
from .schema import SCHEMA_VERSION
from .store_dashboard import DashboardRecords
from .store_followup import FollowUpRecords
from .store_goals import GoalRecords, goal_problems, session_problems, step_problems
from .store_intake import IntakeRecords
from .store_matching import MatchRecords
from .store_pairs import PairRecords, initial_history
from .store_participants import ParticipantRecords
from .store_participants import Snapshot as Snapshot
from .store_resources import ResourceRecords
from .store_surveys import SurveyRecords
from .validation import program_problems

if TYPE_CHECKING:
    import sqlite_utils
    from filelock import FileLock

Listener = Callable[[Changes], None]


class Store(
    DashboardRecords,
    FollowUpRecords,
    GoalRecords,
    IntakeRecords,
    PairRecords,
    MatchRecords,
    ParticipantRecords,
    ResourceRecords,
    SurveyRecords,
):
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
        except (sqlite3.DatabaseError, OSError) as exc:
            cls._abandon(conn, lock)
            raise programfile.open_problem(path, exc) from None
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
    def writes(self) -> int:
        """Rows written through this store so far (any insert, update or delete, also one
        rolled back): an unchanged count means an unchanged file, as no one else may write."""
        return int(self.conn.total_changes)

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

    # -- pairs, goals, sessions, feedback --------------------------------------------------

    def add_pair(self, pair: Pair) -> int:
        with self.batch(Changes(pairs=True)):
            pair_id = self._insert("pairs", pair_to_row(pair))
            self.db.table("pair_members").insert_all(
                {"pair_id": pair_id, "participant_id": m.participant_id, "role": m.role.value}
                for m in pair.members
            )
            for change in initial_history(pair_id, pair):
                self._insert("pair_history", change_to_row(change))
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

    # The adds below check what does not depend on the day (blank texts, dates before the pair
    # started, members of another pair); the dialogs and store_goals' methods check the day too.

    def add_goal(self, goal: Goal) -> int:
        _refuse(goal_problems(goal, self.pair(goal.pair_id)))
        with self.batch(Changes(goals=True)):
            return self._insert("goals", goal_to_row(goal))

    def goals(self) -> list[Goal]:
        return [row_to_goal(r) for r in self.conn.execute("SELECT * FROM goals ORDER BY id")]

    def add_goal_step(self, step: GoalStep) -> int:
        pair_id = self.conn.execute(
            "SELECT pair_id FROM goals WHERE id = ?", (step.goal_id,)
        ).fetchone()
        if pair_id is None:
            raise LookupError(f"no goal {step.goal_id}")
        _refuse(step_problems(step, self.pair(pair_id[0])))
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
        _refuse(session_problems(session, self.pair(session.pair_id), dt.date.max))
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


def _refuse(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
