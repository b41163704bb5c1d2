"""The Store's read-only queries for following pairs up: the figures behind the health of each
pair and the "Today" list, as aggregates the database answers at once (issue 5).

Each table is read by one ``GROUP BY`` query for every pair together (never one query per
pair); the sessions' is answered from the covering index ``sessions_pair_date_status``. The
rules that judge these figures are in :mod:`mentordesk.model.followup`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .domain import GoalStatus, PairStatus, StepOwner
from .i18n import tr

#: A pair's first month, for the coordinator's check-in schedule: its start and 29 days more.
FIRST_MONTH_DAYS = 30

_FROM = dt.date.fromisoformat


# Plain dict look-ups: calling an enum class costs a few microseconds per value.
_PAIR_STATUS = {s.value: s for s in PairStatus}
_GOAL_STATUS = {s.value: s for s in GoalStatus}
_OWNER = {s.value: s for s in StepOwner}


_NOTHING = (0, None)  # no rows: a count of 0 and no date


def _date(text: str | None) -> dt.date | None:
    return _FROM(text) if text else None


# The facts are read-only by convention, not frozen: a frozen dataclass sets each field
# through object.__setattr__, which made building 2,000 of them take 5x longer.


@dataclass(slots=True)
class PairFacts:
    """What the follow-up rules need to know about one pair, read for all pairs at once."""

    pair_id: int
    label: str  # the pair's name, or its members' names ("Ann Lee & Bo Chen")
    status: PairStatus
    start_date: dt.date | None
    end_date: dt.date | None
    meeting_every_days: int | None  # the pair's agreed frequency; None = the program's cadence
    proposed_on: dt.date | None  # the day the row was written (UTC), for proposals
    active_since: dt.date | None = None  # the latest day it became active (started, resumed)
    sessions_held: int = 0  # cancelled and missed ones are not counted
    last_held: dt.date | None = None
    checkins: int = 0
    last_checkin: dt.date | None = None
    checkins_first_month: int = 0  # on or after the start, before FIRST_MONTH_DAYS after it
    goals: int = 0
    goals_by_status: Mapping[GoalStatus, int] = field(default_factory=dict)
    earliest_open_target: dt.date | None = None  # of the goals not completed
    open_steps: int = 0  # steps not done, of goals not completed
    earliest_open_step_due: dt.date | None = None
    name: str = ""  # the pair's or group's own name, if it has one
    members: tuple[str, ...] = ()  # the members' names, mentor first

    def goals_with(self, status: GoalStatus) -> int:
        return self.goals_by_status.get(status, 0)


@dataclass(slots=True)
class StepFacts:
    """An action step not done yet, of a goal not completed, with a due date."""

    step_id: int
    goal_id: int
    pair_id: int
    text: str
    owner: StepOwner
    due_date: dt.date
    milestone: bool
    goal_title: str


@dataclass(slots=True)
class GoalFacts:
    """A goal not completed that is off track or has a target date."""

    goal_id: int
    pair_id: int
    title: str
    status: GoalStatus
    target_date: dt.date | None


@dataclass(frozen=True, slots=True)
class FollowUpFacts:
    """Everything the "Today" list is computed from.

    ``steps`` holds the open steps due on or before ``steps_due_by`` (all of them when None).
    """

    pairs: tuple[PairFacts, ...]
    steps: tuple[StepFacts, ...]
    goals: tuple[GoalFacts, ...]
    steps_due_by: dt.date | None


def pair_label(name: str, members: Sequence[str], pair_id: int) -> str:
    """A pair's name if it has one, else its members' names ("A & B", "A, B & C")."""
    if name.strip():
        return name.strip()
    if not members:
        return tr("Pair {id}").format(id=pair_id)
    if len(members) == 1:
        return members[0]
    return tr("{first} & {last}").format(first=", ".join(members[:-1]), last=members[-1])


# Pairs in scope: the open ones (not closed), or every one when :closed is 1. Queries on the
# big tables read all pairs and drop the closed ones in Python when that is faster.
_SCOPE = "(p.status <> 'closed' OR :closed)"

_PAIRS = f"""
SELECT p.id, p.name, p.status, p.start_date, p.end_date, p.meeting_every_days,
    date(p.created_at) AS proposed_on
FROM pairs p WHERE {_SCOPE} ORDER BY p.id
"""

# In insertion order, so members come in their order (mentor first), without a sort.
_MEMBERS = """
SELECT m.pair_id, pa.first_name, pa.last_name
FROM pair_members m JOIN participants pa ON pa.id = m.participant_id ORDER BY m.rowid
"""

_ACTIVE_SINCE = f"""
SELECT h.pair_id, max(h.date)
FROM pairs p JOIN pair_history h ON h.pair_id = p.id
WHERE {_SCOPE} AND h.status = 'active' GROUP BY h.pair_id
"""

# Kept by triggers (schema version 4): counting the sessions themselves took 50 ms on 100,000.
_SESSIONS = "SELECT pair_id, held, last_held FROM session_totals"

_CHECKINS = "SELECT pair_id, count(*), max(date) FROM checkins GROUP BY pair_id"

# The pairs first, so each reads its first month as one range of the index.
_CHECKINS_FIRST_MONTH = f"""
SELECT p.id, count(*)
FROM pairs p CROSS JOIN checkins c ON c.pair_id = p.id AND c.date >= p.start_date
    AND c.date < date(p.start_date, '+{FIRST_MONTH_DAYS} days')
WHERE {_SCOPE} GROUP BY p.id
"""

_GOALS = f"""
SELECT g.pair_id, g.status, count(*), min(CASE WHEN g.status <> 'completed' THEN g.target_date END)
FROM pairs p JOIN goals g ON g.pair_id = p.id
WHERE {_SCOPE} GROUP BY g.pair_id, g.status
"""

_STEPS = f"""
SELECT g.pair_id, count(*), min(s.due_date)
FROM pairs p JOIN goals g ON g.pair_id = p.id JOIN goal_steps s ON s.goal_id = g.id
WHERE {_SCOPE} AND g.status <> 'completed' AND NOT s.done GROUP BY g.pair_id
"""

_DUE_STEPS = f"""
SELECT s.id, s.goal_id, g.pair_id, s.text, s.owner, s.due_date, s.milestone, g.title
FROM pairs p JOIN goals g ON g.pair_id = p.id JOIN goal_steps s ON s.goal_id = g.id
WHERE {_SCOPE} AND g.status <> 'completed' AND NOT s.done AND s.due_date IS NOT NULL
    AND (:due_by IS NULL OR s.due_date <= :due_by)
ORDER BY s.due_date, s.id
"""

_WATCHED_GOALS = f"""
SELECT g.id, g.pair_id, g.title, g.status, g.target_date
FROM pairs p JOIN goals g ON g.pair_id = p.id
WHERE {_SCOPE} AND g.status <> 'completed'
    AND (g.status = 'off_track' OR g.target_date IS NOT NULL)
ORDER BY g.id
"""


class FollowUpRecords:
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    conn: sqlite3.Connection

    def pair_facts(self, *, include_closed: bool = False) -> list[PairFacts]:
        """The follow-up figures of every open pair (or every pair), in id order."""
        scope = {"closed": int(include_closed)}
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row costs more than it gives here
        run = cursor.execute
        pairs = run(_PAIRS, scope).fetchall()
        members: dict[int, tuple[str, ...]] = {}
        for pair_id, first, last in run(_MEMBERS):
            members[pair_id] = (*members.get(pair_id, ()), f"{first} {last}")
        active_since = dict(run(_ACTIVE_SINCE, scope).fetchall())
        held = {pair_id: (n, last) for pair_id, n, last in run(_SESSIONS)}
        checkins = {pair_id: (n, last) for pair_id, n, last in run(_CHECKINS)}
        first_month = dict(run(_CHECKINS_FIRST_MONTH, scope).fetchall())
        goals: dict[int, dict[GoalStatus, int]] = {}
        targets: dict[int, str] = {}
        for pair_id, status, count, target in run(_GOALS, scope):
            goals.setdefault(pair_id, {})[_GOAL_STATUS[status]] = count
            if target is not None and (pair_id not in targets or target < targets[pair_id]):
                targets[pair_id] = target  # ISO dates compare as text
        steps = {pair_id: (n, due) for pair_id, n, due in run(_STEPS, scope)}
        result = []
        for pair_id, name, status, start, end, every, created in pairs:
            who = members.get(pair_id, ())
            n_held, last_held = held.get(pair_id, _NOTHING)
            n_checkins, last_checkin = checkins.get(pair_id, _NOTHING)
            n_steps, step_due = steps.get(pair_id, _NOTHING)
            by_status = goals.get(pair_id, {})
            result.append(
                PairFacts(
                    pair_id=pair_id,
                    label=pair_label(name, who, pair_id),
                    status=_PAIR_STATUS[status],
                    start_date=_date(start),
                    end_date=_date(end),
                    meeting_every_days=every,
                    proposed_on=_date(created),
                    active_since=_date(active_since.get(pair_id)),
                    sessions_held=n_held,
                    last_held=_date(last_held),
                    checkins=n_checkins,
                    last_checkin=_date(last_checkin),
                    checkins_first_month=first_month.get(pair_id, 0),
                    goals=sum(by_status.values()),
                    goals_by_status=by_status,
                    earliest_open_target=_date(targets.get(pair_id)),
                    open_steps=n_steps,
                    earliest_open_step_due=_date(step_due),
                    name=name,
                    members=who,
                )
            )
        return result

    def open_steps_due(
        self, due_by: dt.date | None = None, *, include_closed: bool = False
    ) -> list[StepFacts]:
        """Open steps with a due date (on or before ``due_by``), earliest first."""
        params = {
            "closed": int(include_closed),
            "due_by": due_by.isoformat() if due_by is not None else None,
        }
        return [
            StepFacts(
                step_id=r[0],
                goal_id=r[1],
                pair_id=r[2],
                text=r[3],
                owner=_OWNER[r[4]],
                due_date=_FROM(r[5]),
                milestone=bool(r[6]),
                goal_title=r[7],
            )
            for r in self.conn.execute(_DUE_STEPS, params)
        ]

    def watched_goals(self, *, include_closed: bool = False) -> list[GoalFacts]:
        """Goals not completed that are off track or have a target date, in id order."""
        return [
            GoalFacts(r[0], r[1], r[2], _GOAL_STATUS[r[3]], _date(r[4]))
            for r in self.conn.execute(_WATCHED_GOALS, {"closed": int(include_closed)})
        ]

    def followup_facts(self, steps_due_by: dt.date | None = None) -> FollowUpFacts:
        """Everything the "Today" list needs about the open pairs, in one read transaction."""
        # One read transaction, so a write between the queries cannot mix two states.
        outermost = not self.conn.in_transaction
        if outermost:
            self.conn.execute("BEGIN")
        try:
            return FollowUpFacts(
                pairs=tuple(self.pair_facts()),
                steps=tuple(self.open_steps_due(steps_due_by)),
                goals=tuple(self.watched_goals()),
                steps_due_by=steps_due_by,
            )
        finally:
            if outermost:
                self.conn.execute("COMMIT")
