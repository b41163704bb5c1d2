"""The participants part of :class:`~mentordesk.model.store.Store`: listing, adding (fast,
for imports), editing, statuses, and deleting with an exact undo."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

from .domain import (
    Changes,
    ClosureReason,
    MemberRole,
    PairChange,
    PairStatus,
    Participant,
    ParticipantStatus,
)
from .errors import ValidationError
from .rows import (
    PARTICIPANT_COLUMNS,
    ListTexts,
    ListValues,
    change_to_row,
    now_text,
    participant_to_row,
    participant_values,
    row_to_participant,
)
from .store_base import Records
from .store_pairs import can_go_on
from .validation import participant_problems

#: Rows removed by a delete, by table, so the delete can be undone exactly.
Snapshot = dict[str, list[dict[str, Any]]]
#: Snapshot keys, present only when the delete closed pairs: those pairs' rows as they were,
#: and the ids of the closures it recorded in their history.
CLOSED_PAIRS = "closed_pairs"
CLOSURES = "pair_history_added"


def _left_without(members: Iterable[Mapping[str, Any]], gone: set[int]) -> list[int]:
    """The pairs (ids) among these members' that cannot go on without the people ``gone``."""
    left: dict[int, list[MemberRole]] = {}
    hit: set[int] = set()
    for m in members:
        roles = left.setdefault(m["pair_id"], [])
        if m["participant_id"] in gone:
            hit.add(m["pair_id"])
        else:
            roles.append(MemberRole(m["role"]))
    return [pid for pid in sorted(hit) if not can_go_on(left[pid])]


# The columns, the time stamps (given once for all rows: SQLite's strftime default per row
# cost a tenth of a 50,000-row import) and the id.
_WIDTH = len(PARTICIPANT_COLUMNS) + 3


def _insert_rows(count: int) -> str:
    """One INSERT of ``count`` participants, each row's values followed by its created and
    updated time stamps and its id."""
    row = f"({', '.join('?' * _WIDTH)})"
    columns = ", ".join((*PARTICIPANT_COLUMNS, "created_at", "updated_at", "id"))
    return f"INSERT INTO participants ({columns}) VALUES " + ", ".join([row] * count)


#: Participants per INSERT at most. SQLite builds the lists of the table's CHECK constraints
#: (role IN (...), status IN (...)) once per statement run: row by row (executemany) that
#: was a third of the insert's time, and 500 rows a statement take a tenth less than 50.
#: Fewer where the SQLite build allows fewer parameters (999 in older ones: 49 rows).
_CHUNK = 500
#: The connection's page cache while a large import writes (negative: in KiB): 32 MiB hold
#: the pages a 50,000-row insert changes, where with the default 2 MiB SQLite writes changed
#: pages out before the commit and reads them back (a few per cent of the insert). Memory
#: only: what the commit writes, and when, is the same.
_BULK_CACHE = -32 * 1024
_UPDATE = (
    f"UPDATE participants SET {', '.join(f'{c} = ?' for c in PARTICIPANT_COLUMNS)}, "
    "updated_at = ? WHERE id = ?"
)


class ParticipantRecords(Records):
    """Mixed into :class:`Store`, which provides the connection and the transactions."""

    def participants(self) -> list[Participant]:
        rows = self.conn.execute("SELECT * FROM participants ORDER BY last_name, first_name, id")
        load = ListValues().__getitem__
        return [row_to_participant(r, load) for r in rows]

    def participant_names(self) -> dict[int, str]:
        """Every participant's full name by id: what lists of pairs need, without reading and
        decoding whole participants (2,000 pairs' names in a few milliseconds)."""
        rows = self.conn.execute(
            "SELECT id, trim(first_name || ' ' || last_name) FROM participants"
        )
        return dict(rows.fetchall())

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
        self,
        people: Iterable[Participant],
        progress: Callable[[int], None] | None = None,
        *,
        checked: bool = False,
    ) -> list[int]:
        """Insert many participants in one transaction (all or none); ``progress(done)`` is
        called every 500 people. ``checked``: the caller has just checked every person
        against the file as it is (an import's preview, when nothing was written since), so
        they are not checked again; the file's own constraints still hold."""
        # One pass over the addresses already stored, not one per new participant (and
        # none when nobody is checked: only the check asks who has an address).
        taken: dict[str, int] = {}
        if not checked:
            taken = {
                r[1].casefold(): r[0]
                for r in self.conn.execute(
                    "SELECT id, email FROM participants WHERE email IS NOT NULL"
                )
            }

        def email_taken(email: str, exclude_id: int | None) -> bool:
            owner = taken.get(email.strip().casefold())
            return owner is not None and owner != exclude_id

        people = list(people)
        dump = ListTexts().__getitem__
        ids: list[int] = []
        stamp = now_text()
        chunk = self._rows_per_insert()
        insert = _insert_rows(chunk)
        with self._bulk_cache(len(people)), self.batch(Changes(participants=True)):
            # Each row is given the id SQLite would give it (max(id) + 1, or the id it had
            # when a redo puts it back), so the ids are known without asking row by row; a
            # few rows per statement is what makes a 10,000-row import fast.
            last = self.conn.execute("SELECT coalesce(max(id), 0) FROM participants")
            top = int(last.fetchone()[0])
            values: list[Any] = []
            for done, p in enumerate(people, start=1):
                if not checked and (problems := participant_problems(p, email_taken)):
                    raise ValidationError(problems)
                new_id = top + 1 if p.id is None else p.id
                if new_id > top:
                    top = new_id
                ids.append(new_id)
                if not checked and (email := p.email.strip()):
                    taken[email.casefold()] = new_id
                values += participant_values(p, dump)
                values += (stamp, stamp, new_id)
                if done % chunk == 0:
                    self.conn.execute(insert, values)
                    values = []
                if progress and done % 500 == 0:
                    progress(done)
            if values:
                self.conn.execute(_insert_rows(len(values) // _WIDTH), values)
        return ids

    def _rows_per_insert(self) -> int:
        """Participants per INSERT: :data:`_CHUNK`, or fewer where this SQLite build allows
        fewer parameters in one statement."""
        limit = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        return max(1, min(_CHUNK, limit // _WIDTH))

    @contextmanager
    def _bulk_cache(self, rows: int) -> Iterator[None]:
        """A larger page cache while many rows are written, then the one there was."""
        if rows < 1000:
            yield
            return
        before = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {_BULK_CACHE}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):  # never hide why the import stopped
                self.conn.execute(f"PRAGMA cache_size = {before}")

    def update_participant(self, p: Participant) -> Changes:
        if p.id is None:
            raise ValueError("update_participant needs a participant with an id")
        self._require_valid(p)
        changes = Changes(participants=True)
        with self.batch(changes):
            row = participant_to_row(p)
            row["updated_at"] = now_text()
            self.db.table("participants").update(p.id, row)
        return changes

    def update_participants(
        self,
        people: Iterable[Participant],
        progress: Callable[[int], None] | None = None,
        *,
        checked: bool = False,
    ) -> Changes:
        """Save many edited participants in one transaction (all or none), each checked as
        :meth:`update_participant` checks one; ``progress(done)`` every 500 people."""
        people = list(people)
        ids = [p.id for p in people if p.id is not None]
        if len(ids) != len(people):
            raise ValueError("update_participants needs participants with an id")
        # Who has each address (folded as email_taken folds it), kept up to date as the
        # people are checked in turn: one pass over the file, not one per person; none when
        # nobody is checked (an import's preview checked them: 0.3 s for 50,000 stored).
        owners: dict[str, set[int]] = {}
        emails: dict[int, str] = {}
        for pid, email in (
            ()
            if checked or not people
            else self.conn.execute("SELECT id, email FROM participants WHERE email IS NOT NULL")
        ):
            emails[pid] = email.casefold()
            owners.setdefault(emails[pid], set()).add(pid)

        def email_taken(email: str, exclude_id: int | None) -> bool:
            return any(pid != exclude_id for pid in owners.get(email.strip().casefold(), ()))

        dump = ListTexts().__getitem__
        stamp = now_text()

        def rows() -> Iterator[tuple[Any, ...]]:
            for done, (p, pid) in enumerate(zip(people, ids, strict=True), start=1):
                if not checked:
                    if problems := participant_problems(p, email_taken):
                        raise ValidationError(problems)
                    if (old := emails.pop(pid, None)) is not None:
                        owners[old].discard(pid)
                    if new := p.email.strip().casefold():
                        emails[pid] = new
                        owners.setdefault(new, set()).add(pid)
                if progress and done % 500 == 0:
                    progress(done)
                yield (*participant_values(p, dump), stamp, pid)

        changes = Changes(participants=True)
        with self.batch(changes):
            updated = self.conn.executemany(_UPDATE, rows()).rowcount
            if updated != len(people):
                stored = {r[0] for r in self.conn.execute("SELECT id FROM participants")}
                raise KeyError(sorted(set(ids) - stored))
        return changes

    def set_statuses(self, statuses: dict[int, ParticipantStatus]) -> Changes:
        """Give each participant id its status (one undoable step in the UI)."""
        changes = Changes(participants=True)
        with self.batch(changes):
            self.conn.executemany(
                "UPDATE participants SET status = ?, updated_at = ? WHERE id = ?",
                [(status.value, now_text(), pid) for pid, status in statuses.items()],
            )
        return changes

    def delete_participants(self, ids: Iterable[int], today: dt.date | None = None) -> Snapshot:
        """Delete participants with everything that hangs on them; return what to restore.

        Each open pair or group they leave without two people (or without a mentor and a
        mentee) is closed as "someone left the program" on ``today`` (or its last change, if
        later): see :meth:`pairs_closed_by_deleting`. A group that can go on stays open.
        """
        gone = sorted(set(ids))
        # One JSON parameter, not one per id: undoing a large import stays within SQLite's
        # parameter limit (32,766 in the builds python.org ships).
        chosen_ids = {"ids": json.dumps(gone)}
        chosen = "IN (SELECT value FROM json_each(:ids))"
        snapshot: Snapshot = {}
        for table, where in (
            ("participants", f"id {chosen}"),
            # Every member of their pairs, in order: restore puts the pair back as it was,
            # the mentor first, not with the deleted members after the others.
            (
                "pair_members",
                f"pair_id IN (SELECT pair_id FROM pair_members WHERE participant_id {chosen}) "
                "ORDER BY pair_id, rowid",
            ),
            ("feedback", f"participant_id {chosen}"),
            ("goals", f"participant_id {chosen}"),
            ("pair_rules", f"participant_id {chosen} OR other_id {chosen}"),
            ("training_attendance", f"participant_id {chosen}"),
            ("screening_checks", f"participant_id {chosen}"),
            ("intake", f"participant_id {chosen}"),
        ):
            rows = self.conn.execute(f"SELECT * FROM {table} WHERE {where}", chosen_ids)
            snapshot[table] = [dict(r) for r in rows]
        closing = self._open_pairs(_left_without(snapshot["pair_members"], set(gone)))
        deleted = Changes(participants=True, pairs=True, goals=True, feedback=True, matching=True)
        with self.batch(deleted):
            self.conn.execute(f"DELETE FROM participants WHERE id {chosen}", chosen_ids)
            history = self._close_left_pairs(closing, today or dt.date.today())
        if closing:  # only then, so a delete that closes nothing keeps its familiar snapshot
            snapshot[CLOSED_PAIRS] = closing
            snapshot[CLOSURES] = [{"id": i} for i in history]
        return snapshot

    def pairs_closed_by_deleting(self, ids: Iterable[int]) -> list[int]:
        """The open pairs and groups that deleting these participants would close, by id: for
        the confirmation the coordinator reads before a delete."""
        gone = set(ids)
        rows = self.conn.execute(
            "SELECT pair_id, participant_id, role FROM pair_members WHERE pair_id IN "
            "(SELECT pair_id FROM pair_members WHERE participant_id IN "
            "(SELECT value FROM json_each(?))) ORDER BY pair_id, rowid",
            (json.dumps(sorted(gone)),),
        )
        return [r["id"] for r in self._open_pairs(_left_without(rows, gone))]

    def _open_pairs(self, pair_ids: Iterable[int]) -> list[dict[str, Any]]:
        """The rows of those of these pairs that are not closed, by id."""
        rows = self.conn.execute(
            "SELECT * FROM pairs WHERE status <> 'closed' AND id IN "
            "(SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(sorted(set(pair_ids))),),
        )
        return [dict(r) for r in rows]

    def _close_left_pairs(self, pairs: list[dict[str, Any]], today: dt.date) -> list[int]:
        """Close these pairs as "someone left" (inside the caller's batch); the ids of the
        history rows recorded, for the undo to take out."""
        if not pairs:
            return []
        last = dict(
            self.conn.execute(
                "SELECT pair_id, max(date) FROM pair_history WHERE pair_id IN "
                "(SELECT value FROM json_each(?)) GROUP BY pair_id",
                (json.dumps([p["id"] for p in pairs]),),
            ).fetchall()
        )
        added = []
        for pair in pairs:
            # Never before the pair's start or its last dated change (a pair planned to
            # start later, a change recorded ahead): the file's dates stay in order.
            dates = (today.isoformat(), pair["start_date"], last.get(pair["id"]))
            day = dt.date.fromisoformat(max(d for d in dates if d))
            self.conn.execute(
                "UPDATE pairs SET status = 'closed', end_date = :day, "
                "start_date = coalesce(start_date, :day), closure_reason = :reason, "
                "closure_note = '' WHERE id = :id",
                {
                    "day": day.isoformat(),
                    "reason": ClosureReason.SOMEONE_LEFT.value,
                    "id": pair["id"],
                },
            )
            change = PairChange(pair["id"], day, PairStatus.CLOSED, ClosureReason.SOMEONE_LEFT)
            added.append(self._insert("pair_history", change_to_row(change)))
        return added

    def restore(self, snapshot: Snapshot) -> Changes:
        """Put back rows removed by :meth:`delete_participants`, and the pairs it closed as
        they were (status, dates, closure), without the closures in their history."""
        changes = Changes(participants=True, pairs=True, goals=True, feedback=True, matching=True)
        with self.batch(changes):
            members = snapshot.get("pair_members") or []
            self.conn.execute(
                "DELETE FROM pair_members WHERE pair_id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({m["pair_id"] for m in members})),),
            )
            for table in (
                "participants",
                "pair_members",
                "feedback",
                "pair_rules",
                "training_attendance",
                "screening_checks",
                "intake",
            ):
                if snapshot.get(table):
                    self.db.table(table).insert_all(snapshot[table])
            for goal in snapshot.get("goals", []):
                self.conn.execute(
                    "UPDATE goals SET participant_id = ? WHERE id = ?",
                    (goal["participant_id"], goal["id"]),
                )
            self.conn.execute(
                "DELETE FROM pair_history WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([h["id"] for h in snapshot.get(CLOSURES, [])]),),
            )
            for pair in snapshot.get(CLOSED_PAIRS, []):
                # Every column as it was (the row itself stays: its sessions hang on it).
                columns = ", ".join(f'"{c}" = :{c}' for c in pair if c != "id")
                self.conn.execute(f"UPDATE pairs SET {columns} WHERE id = :id", pair)
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

    def _require_valid(self, p: Participant) -> None:
        problems = self.participant_problems(p)
        if problems:
            raise ValidationError(problems)
