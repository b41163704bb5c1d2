"""The Store's read-only aggregates behind the dashboard (issue 6).

Each method is one ``GROUP BY`` query returning plain tuples; the ids behind a figure come back
as a ``group_concat`` string. The figures and their definitions are in
:mod:`mentordesk.model.dashboard`, which is the only caller.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any


def _last_day(month: str) -> str:
    """The last day of ``month`` ("YYYY-MM"), as a day of the month ("28" to "31")."""
    following = dt.date(int(month[:4]), int(month[5:7]), 28) + dt.timedelta(days=4)
    return f"{(following - dt.timedelta(days=following.day)).day:02d}"


def _in_range(column: str, start: str | None, end: str | None) -> str:
    """The condition that ``column`` is in the range (a bound that is None: no limit).

    Written out rather than ``(:start IS NULL OR col >= :start)``, which no index can answer.
    """
    parts = [f"{column} >= :start" if start else "", f"{column} <= :end" if end else ""]
    return " AND ".join(p for p in parts if p) or "1"


# From the index participants_role_status alone.
_PEOPLE = "SELECT role, status, count(*), group_concat(id) FROM participants GROUP BY 1, 2"

# The skills wanted by the mentee side (1) and offered by mentors (0), people not withdrawn.
_SKILLS = """
SELECT 1, s.value, count(*), group_concat(p.id)
FROM participants p, json_each(p.skills_wanted) s
WHERE p.status <> 'withdrawn' AND (:everyone OR p.role <> 'mentor')
GROUP BY s.value
UNION ALL
SELECT 0, s.value, count(*), group_concat(p.id)
FROM participants p, json_each(p.skills_offered) s
WHERE p.status <> 'withdrawn' AND (:everyone OR p.role <> 'mentee')
GROUP BY s.value
"""

# The mentee side of each pair (its mentees or peers), grouped by what the pair tells about
# them: its status, whether it closed as completed (goals reached or at its planned end), and
# whether it held a session. Per pair rather than per person: a third of the time.
_MEMBERSHIPS = """
SELECT p.status,
    p.status = 'closed' AND p.closure_reason IN ('goals_reached', 'time_ended'),
    t.pair_id IS NOT NULL,
    group_concat(m.participant_id)
FROM pairs p
JOIN pair_members m ON m.pair_id = p.id
LEFT JOIN session_totals t ON t.pair_id = p.id
WHERE m.role IN ('mentee', 'peer')
GROUP BY 1, 2, 3
"""

# Days from the last held session (or, for a pair that has not met, its start) to today.
_ACTIVE_PAIRS = """
SELECT p.id,
    CAST(julianday(:today) - julianday(coalesce(t.last_held, p.start_date)) AS INTEGER)
FROM pairs p LEFT JOIN session_totals t ON t.pair_id = p.id
WHERE p.status = 'active' ORDER BY p.id
"""

# Whole months are read from session_months (kept by triggers): one row per pair and month.
_MONTHS = """
SELECT month, sum(held), group_concat(pair_id) FROM session_months
WHERE {where} GROUP BY month ORDER BY month
"""

# Part of a month: the pairs first, so each reads its range of sessions_pair_date_status.
_HELD_BETWEEN = """
SELECT sum(n), group_concat(pair_id) FROM (
    SELECT p.id AS pair_id, count(*) AS n
    FROM pairs p CROSS JOIN sessions s ON s.pair_id = p.id
        AND s.date >= :start AND s.date <= :end AND s.status = 'held'
    GROUP BY p.id
)
"""

_GOALS = "SELECT status, count(*), group_concat(DISTINCT pair_id) FROM goals GROUP BY status"

_GOALS_COMPLETED = """
SELECT count(*), group_concat(DISTINCT pair_id) FROM goals
WHERE status = 'completed' AND {where}
"""

# A closed pair's closing day: its latest change to "closed", else its end date.
_CLOSED = """
WITH closed AS (
    SELECT p.id, p.closure_reason AS reason, coalesce(
        (SELECT max(h.date) FROM pair_history h WHERE h.pair_id = p.id AND h.status = 'closed'),
        p.end_date) AS day
    FROM pairs p WHERE p.status = 'closed'
)
SELECT coalesce(reason, 'other'), count(*), group_concat(id) FROM closed
WHERE {where}
GROUP BY coalesce(reason, 'other')
"""

# The answerer's role: theirs in the pair the answers are about, else from their own role
# (someone who is both mentor and mentee answers like a peer: every question). Identical
# answers come in one row, with who gave them and the earliest day; Python reads their JSON
# (json_each took three times as long). Ids may repeat: someone who answered twice.
_ANSWERS = """
SELECT f.round,
    coalesce(m.role, (
        SELECT CASE pa.role WHEN 'mentor' THEN 'mentor' WHEN 'mentee' THEN 'mentee' ELSE 'peer' END
        FROM participants pa WHERE pa.id = f.participant_id)),
    f.answers, count(*), min(f.date), group_concat(f.participant_id)
FROM feedback f NOT INDEXED
LEFT JOIN pair_members m ON m.pair_id = f.pair_id AND m.participant_id = f.participant_id
WHERE {where}
GROUP BY 1, 2, 3
"""


class DashboardRecords:
    """Mixed into :class:`~mentordesk.model.store.Store`. Dates are ISO texts; a bound that
    is None sets no limit on that side."""

    conn: sqlite3.Connection

    def _dashboard_rows(
        self, sql: str, params: dict[str, Any] | None = None, range_of: str = ""
    ) -> list[Any]:
        params = params or {}
        if range_of:
            sql = sql.format(where=_in_range(range_of, params["start"], params["end"]))
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples
        return cursor.execute(sql, params).fetchall()

    def dashboard_people(self) -> list[tuple[str, str, int, str]]:
        """(role, status, count, ids) for each role and status."""
        return self._dashboard_rows(_PEOPLE)

    def dashboard_skills(self, *, everyone: bool) -> list[tuple[int, str, int, str]]:
        """(1 wanted by the mentee side / 0 offered by mentors, skill, people, their ids)
        (everyone: a peer program, where everyone may want or offer)."""
        return self._dashboard_rows(_SKILLS, {"everyone": int(everyone)})

    def dashboard_memberships(self) -> list[tuple[str, int, int, str]]:
        """(pair status, closed as completed, met, ids of its mentees or peers) in groups."""
        return self._dashboard_rows(_MEMBERSHIPS)

    def dashboard_active_pairs(self, today: str) -> list[tuple[int, int | None]]:
        """(pair id, days since its last held session or its start; None: neither) of each
        active pair."""
        return self._dashboard_rows(_ACTIVE_PAIRS, {"today": today})

    def dashboard_months(self, start: str | None, end: str | None) -> list[tuple[str, int, str]]:
        """("YYYY-MM", held sessions, pair ids) per month with a held session in the range.

        Whole months come from ``session_months``; a month the range cuts (the range's first
        or last) is counted from its sessions in the range.
        """
        first, last = (start[:7] if start else None), (end[:7] if end else None)
        cut = set()
        if start and first and start[8:] != "01":
            cut.add(first)
        if end and last and end[8:] != _last_day(last):
            cut.add(last)
        rows: list[tuple[str, int, str]] = [
            row
            for row in self._dashboard_rows(_MONTHS, {"start": first, "end": last}, "month")
            if row[0] not in cut
        ]
        for month in cut:
            low, high = max(start or "", f"{month}-01"), min(end or "9", f"{month}-31")
            n, ids = self._dashboard_rows(_HELD_BETWEEN, {"start": low, "end": high})[0]
            if n:
                rows.append((month, n, ids))
        return sorted(rows)

    def dashboard_goals(self) -> list[tuple[str, int, str]]:
        """(status, goals, pair ids) for each goal status."""
        return self._dashboard_rows(_GOALS)

    def dashboard_goals_completed(
        self, start: str | None, end: str | None
    ) -> tuple[int, str | None]:
        """(completed goals, pair ids) completed in the range (all of them without a range)."""
        row: tuple[int, str | None] = self._dashboard_rows(
            _GOALS_COMPLETED, {"start": start, "end": end}, "completed_date"
        )[0]
        return row

    def dashboard_closed(self, start: str | None, end: str | None) -> list[tuple[str, int, str]]:
        """(closure reason, pairs, pair ids) of the pairs closed in the range."""
        return self._dashboard_rows(_CLOSED, {"start": start, "end": end}, "day")

    def dashboard_answers(
        self, start: str | None, end: str | None
    ) -> list[tuple[str, str, str, int, str, str]]:
        """(round, answerer's member role, answers (JSON), how many gave them, the earliest
        day, who gave them) for the feedback in the range."""
        return self._dashboard_rows(_ANSWERS, {"start": start, "end": end}, "f.date")
