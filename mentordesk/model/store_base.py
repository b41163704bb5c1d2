"""What each part of the :class:`~mentordesk.model.store.Store` can count on: the connection,
and (for the type checker) the methods the Store itself or another part provides."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from .errors import ValidationError

if TYPE_CHECKING:
    import sqlite_utils

    from .domain import Changes, Pair, Participant, Program


class Records:
    """The base of every ``…Records`` part mixed into the Store."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        @property
        def db(self) -> sqlite_utils.Database: ...

        def batch(self, changes: Changes = ...) -> AbstractContextManager[Any]: ...

        def _insert(self, table: str, row: dict[str, Any]) -> int: ...

        def pair(self, pair_id: int) -> Pair: ...

        def participant(self, participant_id: int) -> Participant: ...

        def program(self) -> Program: ...


def check(problems: dict[str, str]) -> None:
    """Refuse a write with every problem found, by field (nothing is written)."""
    if problems:
        raise ValidationError(problems)
