"""The Milestones feed on the Overview (issue 6): what the coordinator can celebrate.

A goal completed (``goals.completed_date``), a milestone step reached (``goal_steps.milestone``
done on its ``done_date``), every tenth session a pair held (the 10th, the 20th…) and a pair
closed with its goals reached (``pair_history``). Newest first; the day is passed in, and
nothing after it is listed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .i18n import tr
from .rows import date_to_text
from .store_followup import pair_label

#: Every this many held sessions of a pair is a milestone.
SESSION_STEP = 10


class MilestoneKind(StrEnum):
    GOAL_COMPLETED = "goal_completed"
    STEP_REACHED = "step_reached"
    SESSIONS = "sessions"
    GOALS_REACHED = "goals_reached"

    @property
    def label(self) -> str:
        return {
            MilestoneKind.GOAL_COMPLETED: tr("Goal completed"),
            MilestoneKind.STEP_REACHED: tr("Milestone reached"),
            MilestoneKind.SESSIONS: tr("Sessions held"),
            MilestoneKind.GOALS_REACHED: tr("Closed with goals reached"),
        }[self]


# The same day: a pair's closure first, then goals, milestone steps, session counts.
_RANK = {
    MilestoneKind.GOALS_REACHED: 0,
    MilestoneKind.GOAL_COMPLETED: 1,
    MilestoneKind.STEP_REACHED: 2,
    MilestoneKind.SESSIONS: 3,
}


@dataclass(frozen=True, slots=True)
class Milestone:
    """One thing to celebrate: when, what, which pair (``subject`` is its label)."""

    date: dt.date
    kind: MilestoneKind
    pair_id: int
    subject: str
    text: str
    count: int = 0  # the number of sessions, for a session milestone


class ConnectionSource(Protocol):
    """What the feed reads from: the Store."""

    conn: sqlite3.Connection


_GOALS = """
SELECT g.pair_id, g.completed_date AS day, g.title, g.id
FROM goals g
WHERE g.status = 'completed' AND g.completed_date IS NOT NULL AND g.completed_date <= :today
"""

_STEPS = """
SELECT g.pair_id, s.done_date AS day, s.text, g.title AS goal, s.id
FROM goal_steps s JOIN goals g ON g.id = s.goal_id
WHERE s.milestone = 1 AND s.done = 1 AND s.done_date IS NOT NULL AND s.done_date <= :today
"""

_SESSIONS = """
SELECT pair_id, day, n, id FROM (
    SELECT pair_id, date AS day, id,
        row_number() OVER (PARTITION BY pair_id ORDER BY date, id) AS n
    FROM sessions WHERE status = 'held' AND date <= :today
) WHERE n % :step = 0
"""

_CLOSED = """
SELECT pair_id, date AS day, id FROM pair_history
WHERE status = 'closed' AND closure_reason = 'goals_reached' AND date <= :today
"""

_MEMBERS = """
SELECT m.pair_id, p.first_name || ' ' || p.last_name AS name
FROM pair_members m JOIN participants p ON p.id = m.participant_id
ORDER BY m.pair_id, m.rowid
"""


def _labels(conn: sqlite3.Connection) -> dict[int, str]:
    members: dict[int, list[str]] = {}
    for pair_id, name in conn.execute(_MEMBERS):
        members.setdefault(pair_id, []).append(name)
    return {
        pair_id: pair_label(name, members.get(pair_id, []), pair_id)
        for pair_id, name in conn.execute("SELECT id, name FROM pairs")
    }


def milestone_feed(source: ConnectionSource, today: dt.date, limit: int = 12) -> list[Milestone]:
    """The ``limit`` latest milestones on or before ``today``, newest first."""
    conn = source.conn
    params = {"today": date_to_text(today), "step": SESSION_STEP}
    found: list[tuple[tuple[object, ...], MilestoneKind, int, str, str, int]] = []

    def add(
        kind: MilestoneKind, pair_id: int, day: str, row_id: int, text: str, count: int = 0
    ) -> None:
        key = (day, -_RANK[kind], row_id)
        found.append((key, kind, pair_id, day, text, count))

    for pair_id, day, title, row_id in conn.execute(_GOALS, params):
        add(
            MilestoneKind.GOAL_COMPLETED,
            pair_id,
            day,
            row_id,
            tr("Goal completed: {title}").format(title=title),
        )
    for pair_id, day, text, goal, row_id in conn.execute(_STEPS, params):
        add(
            MilestoneKind.STEP_REACHED,
            pair_id,
            day,
            row_id,
            tr("Milestone reached: {step} (goal: {goal})").format(step=text, goal=goal),
        )
    for pair_id, day, n, row_id in conn.execute(_SESSIONS, params):
        add(
            MilestoneKind.SESSIONS,
            pair_id,
            day,
            row_id,
            tr("{n} sessions held together").format(n=n),
            n,
        )
    for pair_id, day, row_id in conn.execute(_CLOSED, params):
        add(MilestoneKind.GOALS_REACHED, pair_id, day, row_id, tr("Closed with its goals reached"))
    found.sort(key=lambda f: f[0], reverse=True)
    labels = _labels(conn) if found else {}
    return [
        Milestone(dt.date.fromisoformat(day), kind, pair_id, labels.get(pair_id, ""), text, count)
        for _key, kind, pair_id, day, text, count in found[: max(0, limit)]
    ]
