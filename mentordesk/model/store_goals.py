"""The Store's part for goals, their action steps and the session log (issue 5)."""

from __future__ import annotations

import sqlite3


class GoalRecords:
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    conn: sqlite3.Connection
