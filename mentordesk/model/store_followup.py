"""The Store's read-only queries for following pairs up: the figures behind the health of each
pair and the "Today" list, as aggregates the database answers at once (issue 5)."""

from __future__ import annotations

import sqlite3


class FollowUpRecords:
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    conn: sqlite3.Connection
