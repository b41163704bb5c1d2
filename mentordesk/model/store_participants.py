"""The participants part of :class:`~mentordesk.model.store.Store`: listing, adding (fast,
for imports), editing, statuses, and deleting with an exact undo."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .domain import Changes, PairStatus, Participant, ParticipantStatus
from .errors import ValidationError
from .rows import (
    PARTICIPANT_COLUMNS,
    ListTexts,
    ListValues,
    now_text,
    participant_to_row,
    participant_values,
    row_to_participant,
)
from .store_base import Records
from .validation import participant_problems

#: Rows removed by a delete, by table, so the delete can be undone exactly.
Snapshot = dict[str, list[dict[str, Any]]]


# The columns, the time stamps (given once for all rows: SQLite's strftime default per row
# cost a tenth of a 50,000-row import) and the id.
_WIDTH = len(PARTICIPANT_COLUMNS) + 3


def _insert_rows(count: int) -> str:
    """One INSERT of ``count`` participants, each row's values followed by its created and
    updated time stamps and its id."""
    row = f"({', '.join('?' * _WIDTH)})"
    columns = ", ".join((*PARTICIPANT_COLUMNS, "created_at", "updated_at", "id"))
    return f"INSERT INTO participants ({columns}) VALUES " + ", ".join([row] * count)


#: Participants per INSERT. SQLite builds the lists of the table's CHECK constraints
#: (role IN (...), status IN (...)) once per statement run: row by row (executemany) that
#: was a third of the insert's time. 50 rows x 18 values stay under the 999 parameters
#: that older SQLite builds allow.
_CHUNK = 50
_INSERT_CHUNK = _insert_rows(_CHUNK)
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
        # One pass over the addresses already stored, not one per new participant.
        taken = {
            r[1].casefold(): r[0]
            for r in self.conn.execute("SELECT id, email FROM participants WHERE email IS NOT NULL")
        }

        def email_taken(email: str, exclude_id: int | None) -> bool:
            owner = taken.get(email.strip().casefold())
            return owner is not None and owner != exclude_id

        people = list(people)
        dump = ListTexts().__getitem__
        ids: list[int] = []
        stamp = now_text()
        with self.batch(Changes(participants=True)):
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
                top = max(top, new_id)
                ids.append(new_id)
                if p.email.strip():
                    taken[p.email.strip().casefold()] = new_id
                values += participant_values(p, dump)
                values += (stamp, stamp, new_id)
                if done % _CHUNK == 0:
                    self.conn.execute(_INSERT_CHUNK, values)
                    values = []
                    if progress and done % 500 == 0:
                        progress(done)
            if values:
                self.conn.execute(_insert_rows(len(values) // _WIDTH), values)
        return ids

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
        # people are checked in turn: one pass over the file, not one per person.
        owners: dict[str, set[int]] = {}
        emails: dict[int, str] = {}
        for pid, email in self.conn.execute(
            "SELECT id, email FROM participants WHERE email IS NOT NULL"
        ):
            emails[pid] = email.casefold()
            owners.setdefault(emails[pid], set()).add(pid)

        def email_taken(email: str, exclude_id: int | None) -> bool:
            return any(pid != exclude_id for pid in owners.get(email.strip().casefold(), ()))

        dump = ListTexts().__getitem__
        stamp = now_text()

        def rows() -> Iterator[tuple[Any, ...]]:
            for done, (p, pid) in enumerate(zip(people, ids, strict=True), start=1):
                if not checked and (problems := participant_problems(p, email_taken)):
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

    def delete_participants(self, ids: Iterable[int]) -> Snapshot:
        """Delete participants with everything that hangs on them; return what to restore."""
        # One JSON parameter, not one per id: undoing a large import stays within SQLite's
        # parameter limit (32,766 in the builds python.org ships).
        chosen_ids = {"ids": json.dumps(sorted(set(ids)))}
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
        deleted = Changes(participants=True, pairs=True, goals=True, feedback=True, matching=True)
        with self.batch(deleted):
            self.conn.execute(f"DELETE FROM participants WHERE id {chosen}", chosen_ids)
        return snapshot

    def restore(self, snapshot: Snapshot) -> Changes:
        """Put back rows removed by :meth:`delete_participants`."""
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
