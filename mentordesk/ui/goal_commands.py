"""Undoable edits of a pair's goals, action steps and session log. Thin, as in
:mod:`.pair_commands`: each holds ids and calls the store; undo calls the store's inverse
(a delete's rows restored with the same ids), so an undo puts the file back exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model.domain import Changes, Goal, GoalStatus, GoalStep, Session
from ..model.errors import MentorDeskError
from ..model.store import Store
from ..model.store_goals import GoalSnapshot

_GOALS = Changes(goals=True)


def _tr(text: str) -> str:
    return QCoreApplication.translate("goal_commands", text)


class StoreCommand(QUndoCommand):
    """A command whose first :meth:`redo` may be refused by the store.

    The refusal's sentence goes to :attr:`error` and the command is marked obsolete, so the
    undo stack drops it (as :class:`.pair_commands.PairEdit` does).
    """

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._done = False
        self.error: str | None = None

    def redo(self) -> None:
        if self._done:
            self._again()
            return
        try:
            self._first()
        except MentorDeskError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        self._done = True

    def _first(self) -> None:
        raise NotImplementedError

    def _again(self) -> None:
        raise NotImplementedError


class AddGoal(StoreCommand):
    """A new goal with its first steps; undo deletes it, redo puts the same rows back."""

    def __init__(self, store: Store, goal: Goal, steps: Sequence[GoalStep], today: dt.date):
        super().__init__(store, _tr("Add goal"))
        self._goal, self._steps, self._today = goal, list(steps), today
        self.goal_id: int | None = None
        self._rows: GoalSnapshot = {}

    def _first(self) -> None:
        self.goal_id, _ = self._store.add_goal_with_steps(self._goal, self._steps, self._today)

    def _again(self) -> None:
        self._store.restore_goal(self._rows)

    def undo(self) -> None:
        assert self.goal_id is not None
        self._rows = self._store.delete_goal(self.goal_id)


class DeleteGoal(StoreCommand):
    def __init__(self, store: Store, goal_id: int) -> None:
        super().__init__(store, _tr("Delete goal"))
        self._goal_id = goal_id
        self._rows: GoalSnapshot = {}

    def _first(self) -> None:
        self._rows = self._store.delete_goal(self._goal_id)

    _again = _first

    def undo(self) -> None:
        self._store.restore_goal(self._rows)


def goal_rows(store: Store, goal_id: int) -> GoalSnapshot:
    """The rows of one goal and its steps, as :meth:`Store.delete_goal` returns them."""
    rows = store.pair_rows([store.goal(goal_id).pair_id])
    return {
        "goals": [r for r in rows["goals"] if r["id"] == goal_id],
        "goal_steps": [r for r in rows["goal_steps"] if r["goal_id"] == goal_id],
    }


class EditGoal(StoreCommand):
    """Any change of one goal and its steps made by ``change(store)``, in one transaction.

    Undo and redo put back the goal's rows read before and after, so a change of many steps
    (edited, added, removed, reordered, ticked) is one step in the Edit menu.
    """

    def __init__(
        self, store: Store, goal_id: int, text: str, change: Callable[[Store], object]
    ) -> None:
        super().__init__(store, text)
        self._goal_id, self._change = goal_id, change
        self._before: GoalSnapshot = {}
        self._after: GoalSnapshot = {}

    def _first(self) -> None:
        self._before = goal_rows(self._store, self._goal_id)
        with self._store.batch(_GOALS):
            self._change(self._store)
        self._after = goal_rows(self._store, self._goal_id)

    def _put(self, rows: GoalSnapshot) -> None:
        with self._store.batch(_GOALS):
            self._store.delete_goal(self._goal_id)
            self._store.restore_goal(rows)

    def _again(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


def save_goal_edit(store: Store, goal: Goal, steps: Sequence[GoalStep], today: dt.date) -> None:
    """Make the file hold ``goal`` with exactly ``steps``, in this order (store calls only).

    Steps with an id are updated (and ticked or unticked), steps without one added, the
    goal's other steps deleted.
    """
    assert goal.id is not None
    old = {s.id: s for s in store.goal_steps(goal.id)}
    store.update_goal(goal, today)
    kept = {s.id for s in steps if s.id is not None}
    for step_id in old:
        if step_id is not None and step_id not in kept:
            store.delete_step(step_id)
    order: list[int] = []
    for step in steps:
        if step.id is None:
            done_date = (step.done_date or today) if step.done else None
            step_id = store.add_goal_step(
                dataclasses.replace(step, goal_id=goal.id, done_date=done_date)
            )
        else:
            step_id = step.id
            store.update_step(step)
            before = old[step_id]
            if step.done != before.done:
                store.set_step_done(step_id, step.done, step.done_date or today)
        order.append(step_id)
    for index, step_id in enumerate(order):
        store.move_step(step_id, index)


def edit_goal(store: Store, goal: Goal, steps: Sequence[GoalStep], today: dt.date) -> EditGoal:
    assert goal.id is not None
    return EditGoal(
        store, goal.id, _tr("Edit goal"), lambda s: save_goal_edit(s, goal, steps, today)
    )


def set_goal_status(store: Store, goal_id: int, status: GoalStatus, today: dt.date) -> EditGoal:
    text = _tr("Complete goal") if status is GoalStatus.COMPLETED else _tr("Change goal status")
    return EditGoal(store, goal_id, text, lambda s: s.set_goal_status(goal_id, status, today))


def set_step_done(store: Store, step_id: int, done: bool, today: dt.date) -> EditGoal:
    text = _tr("Mark step done") if done else _tr("Mark step not done")
    return EditGoal(
        store,
        store.step(step_id).goal_id,
        text,
        lambda s: s.set_step_done(step_id, done, today if done else None),
    )


# -- sessions --------------------------------------------------------------------------------


class LogSession(StoreCommand):
    """A session with its follow-ups (new action steps); undo deletes both."""

    def __init__(
        self, store: Store, session: Session, follow_ups: Sequence[GoalStep], today: dt.date
    ) -> None:
        super().__init__(store, _tr("Log session"))
        self._session, self._follow_ups, self._today = session, list(follow_ups), today
        self.session_id: int | None = None
        self._rows: GoalSnapshot = {}

    def _first(self) -> None:
        self.session_id, _ = self._store.log_session(self._session, self._follow_ups, self._today)

    def _again(self) -> None:
        self._store.restore_session(self._rows)

    def undo(self) -> None:
        assert self.session_id is not None
        self._rows = self._store.delete_session(self.session_id, with_follow_ups=True)


class EditSession(StoreCommand):
    """Save a logged session's values; undo and redo put its row back as read before and
    after (not through validation: undo must work even when the calendar has moved on)."""

    def __init__(self, store: Store, session: Session, today: dt.date) -> None:
        super().__init__(store, _tr("Edit session"))
        assert session.id is not None
        self._session, self._session_id, self._today = session, session.id, today
        self._before: list[dict[str, Any]] = []
        self._after: list[dict[str, Any]] = []

    def _row(self) -> list[dict[str, Any]]:
        rows = self._store.pair_rows([self._session.pair_id])["sessions"]
        return [r for r in rows if r["id"] == self._session_id]

    def _first(self) -> None:
        self._before = self._row()
        self._store.update_session(self._session, self._today)
        self._after = self._row()

    def _put(self, rows: list[dict[str, Any]]) -> None:
        with self._store.batch(Changes(sessions=True)):
            snapshot = self._store.delete_session(self._session_id)
            self._store.restore_session({**snapshot, "sessions": rows})

    def _again(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class DeleteSession(StoreCommand):
    """Delete a logged session; its follow-ups stay as steps, unlinked until undo."""

    def __init__(self, store: Store, session_id: int) -> None:
        super().__init__(store, _tr("Delete session"))
        self._session_id = session_id
        self._rows: GoalSnapshot = {}

    def _first(self) -> None:
        self._rows = self._store.delete_session(self._session_id)

    _again = _first

    def undo(self) -> None:
        self._store.restore_session(self._rows)
