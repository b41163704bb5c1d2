"""The Store's part for goals, their action steps and the session log (issue 5).

Every edit returns what undoing it needs: a delete returns the rows it took out (restored with
the same ids), a move the step's old place; edits that only change values return
:class:`Changes`, and undo saves the values read before the edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from .domain import Changes, Goal, GoalStatus, GoalStep, Pair, Session, SessionStatus
from .errors import ValidationError
from .i18n import tr
from .rows import (
    date_to_text,
    goal_to_row,
    row_to_goal,
    row_to_session,
    row_to_step,
    session_to_row,
    step_to_row,
)
from .store_base import Records, check

#: Rows taken out by a delete, by table, to put back exactly as they were.
GoalSnapshot = dict[str, list[dict[str, Any]]]

_GOALS = Changes(goals=True)
_SESSIONS = Changes(sessions=True)
_BOTH = Changes(goals=True, sessions=True)

#: The columns an edit of a goal or a step may change (never its pair, goal or place).
_GOAL_VALUES = (
    "participant_id",
    "title",
    "measure",
    "why",
    "target_date",
    "status",
    "completed_date",
)
_STEP_VALUES = ("text", "owner", "due_date", "milestone")
_SESSION_VALUES = (
    "date",
    "duration_minutes",
    "format",
    "topics",
    "notes",
    "confidential",
    "status",
    "attendees",
)


def _before_start(day: dt.date | None, pair: Pair) -> bool:
    return day is not None and pair.start_date is not None and day < pair.start_date


def goal_problems(goal: Goal, pair: Pair, today: dt.date | None = None) -> dict[str, str]:
    """Problems with ``goal`` of ``pair`` by field name; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not goal.title.strip():
        problems["title"] = tr("Enter a title for the goal.")
    if _before_start(goal.target_date, pair):
        problems["target_date"] = tr("The target date cannot be before the pair started.")
    if goal.participant_id is not None and goal.participant_id not in _members(pair):
        problems["participant_id"] = tr("A goal can only belong to a member of its pair.")
    if _before_start(goal.completed_date, pair):
        problems["completed_date"] = tr("A goal cannot be completed before the pair started.")
    elif today is not None and goal.completed_date is not None and goal.completed_date > today:
        problems["completed_date"] = tr("A goal cannot be completed in the future.")
    return problems


def step_problems(step: GoalStep, pair: Pair) -> dict[str, str]:
    """Problems with an action step of a goal of ``pair``; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not step.text.strip():
        problems["text"] = tr("Describe the step.")
    if _before_start(step.due_date, pair):
        problems["due_date"] = tr("The due date cannot be before the pair started.")
    return problems


def session_problems(session: Session, pair: Pair, today: dt.date) -> dict[str, str]:
    """Problems with a session of ``pair`` by field name; empty when it can be logged.

    Only a cancelled session may lie ahead: a held or missed one has happened by ``today``.
    """
    problems: dict[str, str] = {}
    if session.date > today and session.status is not SessionStatus.CANCELLED:
        problems["date"] = tr(
            "A session that was held or missed cannot be in the future; "
            "mark it cancelled or change the date."
        )
    elif _before_start(session.date, pair):
        problems["date"] = tr("The session cannot be before the pair started.")
    if session.duration_minutes < 0:
        problems["duration_minutes"] = tr("The duration cannot be negative.")
    if not set(session.attendees) <= _members(pair):
        problems["attendees"] = tr("Only members of the pair or group can attend its sessions.")
    return problems


def _members(pair: Pair) -> set[int]:
    return {m.participant_id for m in pair.members}


class GoalRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    # -- reading ---------------------------------------------------------------------------

    def _one(self, table: str, row_id: int) -> sqlite3.Row:
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise LookupError(f"no row {row_id} in {table}")
        return row  # type: ignore[no-any-return]

    def goal(self, goal_id: int) -> Goal:
        """One goal; LookupError when there is none."""
        return row_to_goal(self._one("goals", goal_id))

    def step(self, step_id: int) -> GoalStep:
        """One action step; LookupError when there is none."""
        return row_to_step(self._one("goal_steps", step_id))

    def session(self, session_id: int) -> Session:
        """One logged session; LookupError when there is none."""
        return row_to_session(self._one("sessions", session_id))

    def all_goal_steps(self) -> list[GoalStep]:
        """Every action step of the program, goal by goal in their order."""
        rows = self.conn.execute("SELECT * FROM goal_steps ORDER BY goal_id, position, id")
        return [row_to_step(r) for r in rows]

    def follow_ups(self, session_id: int) -> list[GoalStep]:
        """The action steps agreed in one session."""
        rows = self.conn.execute(
            "SELECT * FROM goal_steps WHERE session_id = ? ORDER BY id", (session_id,)
        )
        return [row_to_step(r) for r in rows]

    def _goal_pair(self, goal_id: int) -> Pair:
        return self.pair(self.goal(goal_id).pair_id)

    # -- goals -----------------------------------------------------------------------------

    def add_goal_with_steps(
        self, goal: Goal, steps: Sequence[GoalStep], today: dt.date
    ) -> tuple[int, list[int]]:
        """Add a goal and its first steps in one transaction (a goal from a template);
        the steps' ``goal_id`` is ignored. Returns the new goal's id and the steps' ids."""
        pair = self.pair(goal.pair_id)
        problems = goal_problems(goal, pair, today)
        for n, step in enumerate(steps):
            problems |= {f"steps.{n}": s for s in step_problems(step, pair).values()}
        check(problems)
        with self.batch(_GOALS):
            goal_id = self._insert("goals", goal_to_row(_completion(goal, None, today)))
            step_ids = [
                self._insert("goal_steps", {**step_to_row(step), "goal_id": goal_id, "position": n})
                for n, step in enumerate(steps)
            ]
        return goal_id, step_ids

    def update_goal(self, goal: Goal, today: dt.date) -> Changes:
        """Save a goal's values and status (not its pair). Completing it sets its completed
        date (``today`` unless one is given or it was already completed); any other status
        clears the date."""
        assert goal.id is not None
        old = self.goal(goal.id)
        saved = _completion(goal, old, today)
        check(goal_problems(saved, self.pair(old.pair_id), today))
        row = goal_to_row(saved)
        with self.batch(_GOALS):
            self.db.table("goals").update(goal.id, {k: row[k] for k in _GOAL_VALUES})
        return _GOALS

    def set_goal_status(self, goal_id: int, status: GoalStatus, today: dt.date) -> Changes:
        """Change only a goal's status (see :meth:`update_goal` for the completed date)."""
        return self.update_goal(dataclasses.replace(self.goal(goal_id), status=status), today)

    def delete_goal(self, goal_id: int) -> GoalSnapshot:
        """Delete a goal with its steps; return the rows for :meth:`restore_goal`."""
        snapshot = {
            "goals": [dict(self._one("goals", goal_id))],
            "goal_steps": self._rows("SELECT * FROM goal_steps WHERE goal_id = ?", goal_id),
        }
        with self.batch(_GOALS):
            self.conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
        return snapshot

    def restore_goal(self, snapshot: GoalSnapshot) -> Changes:
        """Put back a goal (and its steps) removed by :meth:`delete_goal`, with the same ids."""
        with self.batch(_GOALS):
            self._put(snapshot, "goals", "goal_steps")
        return _GOALS

    # -- action steps ----------------------------------------------------------------------

    def update_step(self, step: GoalStep) -> Changes:
        """Save a step's text, owner, due date and milestone flag (done: :meth:`set_step_done`,
        place: :meth:`move_step`)."""
        assert step.id is not None
        goal_id = self.step(step.id).goal_id
        check(step_problems(step, self._goal_pair(goal_id)))
        row = step_to_row(step)
        with self.batch(_GOALS):
            self.db.table("goal_steps").update(step.id, {k: row[k] for k in _STEP_VALUES})
        return _GOALS

    def set_step_done(self, step_id: int, done: bool, date: dt.date | None) -> Changes:
        """Tick a step done on ``date``, or untick it (which clears its done date)."""
        step = self.step(step_id)
        if done and date is None:
            raise ValidationError({"done_date": tr("Say when the step was done.")})
        if done and _before_start(date, self._goal_pair(step.goal_id)):
            raise ValidationError(
                {"done_date": tr("A step cannot be done before the pair started.")}
            )
        with self.batch(_GOALS):
            self.conn.execute(
                "UPDATE goal_steps SET done = ?, done_date = ? WHERE id = ?",
                (int(done), date_to_text(date) if done else None, step_id),
            )
        return _GOALS

    def move_step(self, step_id: int, index: int) -> int:
        """Move a step to ``index`` among its goal's steps; return its old index (for undo).

        The goal's steps keep the same set of position numbers, so moving back restores every
        row exactly.
        """
        goal_id = self.step(step_id).goal_id
        rows = self.conn.execute(
            "SELECT id, position FROM goal_steps WHERE goal_id = ? ORDER BY position, id",
            (goal_id,),
        ).fetchall()
        order = [r["id"] for r in rows]
        old = order.index(step_id)
        order.insert(max(0, min(index, len(order) - 1)), order.pop(old))
        positions = [r["position"] for r in rows]
        with self.batch(_GOALS):
            self.conn.executemany(
                "UPDATE goal_steps SET position = ? WHERE id = ?",
                zip(positions, order, strict=True),
            )
        return old

    def delete_step(self, step_id: int) -> GoalSnapshot:
        """Delete one step; return its row for :meth:`restore_step`."""
        snapshot = {"goal_steps": [dict(self._one("goal_steps", step_id))]}
        with self.batch(_GOALS):
            self.conn.execute("DELETE FROM goal_steps WHERE id = ?", (step_id,))
        return snapshot

    def restore_step(self, snapshot: GoalSnapshot) -> Changes:
        """Put back a step removed by :meth:`delete_step`, in its place and with its id."""
        with self.batch(_GOALS):
            self._put(snapshot, "goal_steps")
        return _GOALS

    # -- the session log -------------------------------------------------------------------

    def log_session(
        self, session: Session, follow_ups: Sequence[GoalStep], today: dt.date
    ) -> tuple[int, list[int]]:
        """Log a session and the follow-ups agreed in it, in one transaction.

        Each follow-up becomes an action step of one of the pair's goals, linked to the
        session; one without a due date is due at the pair's next expected meeting. Returns
        the session's id and the new steps' ids (undo: :meth:`delete_session` with them).
        """
        pair = self.pair(session.pair_id)
        problems = session_problems(session, pair, today)
        goal_ids = {
            r[0] for r in self.conn.execute("SELECT id FROM goals WHERE pair_id = ?", (pair.id,))
        }
        for n, step in enumerate(follow_ups):
            if step.goal_id not in goal_ids:
                problems[f"follow_ups.{n}"] = tr("A follow-up must belong to a goal of this pair.")
            else:
                problems |= {f"follow_ups.{n}": s for s in step_problems(step, pair).values()}
        check(problems)
        every = pair.meeting_every_days or self.program().cadence_days
        due = session.date + dt.timedelta(days=every)
        with self.batch(_BOTH if follow_ups else _SESSIONS):
            session_id = self._insert("sessions", session_to_row(session))
            step_ids = []
            for step in follow_ups:
                row = step_to_row(
                    dataclasses.replace(step, session_id=session_id, due_date=step.due_date or due)
                )
                row["position"] = self._next_position(step.goal_id)
                step_ids.append(self._insert("goal_steps", row))
        return session_id, step_ids

    def update_session(self, session: Session, today: dt.date) -> Changes:
        """Save a logged session's values (not its pair)."""
        assert session.id is not None
        pair = self.pair(self.session(session.id).pair_id)
        check(session_problems(session, pair, today))
        row = session_to_row(session)
        with self.batch(_SESSIONS):
            self.db.table("sessions").update(session.id, {k: row[k] for k in _SESSION_VALUES})
        return _SESSIONS

    def delete_session(self, session_id: int, with_follow_ups: bool = False) -> GoalSnapshot:
        """Delete a session; return what :meth:`restore_session` needs.

        Its follow-ups stay as steps of their goals, no longer linked to it, unless
        ``with_follow_ups`` (undoing :meth:`log_session`) deletes them too.
        """
        linked = "SELECT {} FROM goal_steps WHERE session_id = ?"
        snapshot = {
            "sessions": [dict(self._one("sessions", session_id))],
            "goal_steps": self._rows(linked.format("*"), session_id) if with_follow_ups else [],
            "links": [] if with_follow_ups else self._rows(linked.format("id"), session_id),
        }
        with self.batch(_BOTH):
            if with_follow_ups:
                self.conn.execute("DELETE FROM goal_steps WHERE session_id = ?", (session_id,))
            self.conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return snapshot

    def restore_session(self, snapshot: GoalSnapshot) -> Changes:
        """Put back a session removed by :meth:`delete_session`, its follow-ups linked again."""
        with self.batch(_BOTH):
            self._put(snapshot, "sessions", "goal_steps")
            [session] = snapshot["sessions"]
            self.conn.executemany(
                "UPDATE goal_steps SET session_id = ? WHERE id = ?",
                [(session["id"], link["id"]) for link in snapshot["links"]],
            )
        return _BOTH

    # -- helpers ---------------------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY rowid", params)]

    def _put(self, snapshot: GoalSnapshot, *tables: str) -> None:
        for table in tables:
            for row in snapshot.get(table, ()):
                self._insert(table, row)

    def _next_position(self, goal_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM goal_steps WHERE goal_id = ?",
                (goal_id,),
            ).fetchone()[0]
        )


def _completion(goal: Goal, old: Goal | None, today: dt.date) -> Goal:
    """``goal`` with the completed date its status implies."""
    if goal.status is not GoalStatus.COMPLETED:
        return dataclasses.replace(goal, completed_date=None)
    kept = old.completed_date if old is not None else None
    return dataclasses.replace(goal, completed_date=goal.completed_date or kept or today)
