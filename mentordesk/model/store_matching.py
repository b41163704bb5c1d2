"""The Store's matching part: match settings, pair rules, and the pair edits of the board.

Every edit returns what undoing it needs (ids and old values), so the UI's undo commands stay
thin: they hold those values and call the inverse method.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from .domain import Changes, MemberRole, Pair, PairStatus
from .match_settings import Balance, BalanceBy, Criterion, DepartmentRule, MatchSettings, Rules
from .rows import change_to_row, date_to_text, pair_to_row, text_to_date
from .store_base import Records
from .store_pairs import initial_history

#: Rows taken out by :meth:`MatchRecords.delete_pairs`, by table, to put back as they were.
PairSnapshot = dict[str, list[dict[str, Any]]]
#: A pair's status and start date, as confirming changes them and undoing puts them back.
PairState = tuple[PairStatus, dt.date | None]

_CHANGED = Changes(pairs=True)
#: "Among these ids", with the ids as one JSON parameter (see :func:`_json_ids`).
_IN = "IN (SELECT value FROM json_each(?))"


def _json_ids(ids: Iterable[int]) -> tuple[str]:
    """The one parameter for :data:`_IN`: however many ids, SQLite's limit on parameters
    (32,766 in python.org's builds, 999 in old ones) is never reached."""
    return (json.dumps(sorted(set(ids))),)


class RuleKind(StrEnum):
    NEVER = "never"  # these two are never paired (either way round)
    PREFER = "prefer"  # the first asked for the second


class MatchRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    # -- settings and rules -------------------------------------------------------------------

    def match_settings(self) -> MatchSettings:
        """The program's matching settings; the defaults until the coordinator changes them."""
        r = self.conn.execute("SELECT * FROM match_settings WHERE id = 1").fetchone()
        if r is None:
            return MatchSettings()
        known = {c.value for c in Criterion}
        weights = {
            Criterion(k): float(v) for k, v in json.loads(r["weights"]).items() if k in known
        }
        return MatchSettings(
            weights=weights,
            level_gap=(r["level_gap_low"], r["level_gap_high"]),
            department=DepartmentRule(r["department"]),
            forbid_same_department=bool(r["forbid_same_department"]),
            require_shared_language=bool(r["require_shared_language"]),
            require_mentor_above=bool(r["require_mentor_above"]),
            require_level_gap=bool(r["require_level_gap"]),
            most_matched_first=bool(r["most_matched_first"]),
            group_size=r["group_size"],
            balance=Balance(r["balance"]),
            balance_by=BalanceBy(r["balance_by"]),
        )

    def set_match_settings(self, s: MatchSettings) -> Changes:
        changes = Changes(matching=True)
        row = {
            "id": 1,
            "weights": json.dumps({c.value: float(w) for c, w in s.weights.items()}),
            "level_gap_low": s.level_gap[0],
            "level_gap_high": s.level_gap[1],
            "department": s.department.value,
            "forbid_same_department": int(s.forbid_same_department),
            "require_shared_language": int(s.require_shared_language),
            "require_mentor_above": int(s.require_mentor_above),
            "require_level_gap": int(s.require_level_gap),
            "most_matched_first": int(s.most_matched_first),
            "group_size": s.group_size,
            "balance": s.balance.value,
            "balance_by": s.balance_by.value,
        }
        with self.batch(changes):
            self.conn.execute("DELETE FROM match_settings")
            self._insert("match_settings", row)
        return changes

    def pair_rules(self) -> Rules:
        """ "Never pair" and preferred partners (``Rules.load`` is left empty)."""
        never: set[frozenset[int]] = set()
        prefer: set[tuple[int, int]] = set()
        for a, b, kind in self.conn.execute(
            "SELECT participant_id, other_id, kind FROM pair_rules"
        ):
            if kind == RuleKind.NEVER:
                never.add(frozenset((a, b)))
            else:
                prefer.add((a, b))
        return Rules(never=frozenset(never), prefer=frozenset(prefer))

    def set_pair_rule(self, who: int, other: int, kind: RuleKind, present: bool) -> Changes:
        """Add (``present``) or remove a rule; "never" holds either way round."""
        if who == other:
            raise ValueError("a pair rule needs two different participants")
        if kind is RuleKind.NEVER:
            who, other = sorted((who, other))
        changes = Changes(matching=True)
        with self.batch(changes):
            if present:
                self.conn.execute(
                    "INSERT OR IGNORE INTO pair_rules VALUES (?, ?, ?)", (who, other, kind.value)
                )
            else:
                self.conn.execute(
                    "DELETE FROM pair_rules WHERE participant_id = ? AND other_id = ? AND kind = ?",
                    (who, other, kind.value),
                )
        return changes

    # -- the board's pair edits -----------------------------------------------------------------

    def add_pairs(self, pairs: Sequence[Pair]) -> list[int]:
        """Store several pairs or groups in one transaction; their new ids in the same order."""
        ids = []
        with self.batch(_CHANGED):
            for pair in pairs:
                pair_id = self._insert("pairs", pair_to_row(pair))
                self.conn.executemany(
                    "INSERT INTO pair_members (pair_id, participant_id, role) VALUES (?, ?, ?)",
                    [(pair_id, m.participant_id, m.role.value) for m in pair.members],
                )
                for change in initial_history(pair_id, pair):
                    self._insert("pair_history", change_to_row(change))
                ids.append(pair_id)
        return ids

    def pair_rows(self, ids: Iterable[int]) -> PairSnapshot:
        """Every row of these pairs (members, goals, steps, sessions, feedback links)."""
        chosen = _json_ids(ids)
        snapshot: PairSnapshot = {}
        for table, column in (
            ("pairs", "id"),
            ("pair_members", "pair_id"),
            ("goals", "pair_id"),
            ("sessions", "pair_id"),
            ("pair_history", "pair_id"),
            ("checkins", "pair_id"),
        ):
            # In insertion order, so members come back in their order (mentor first).
            rows = self.conn.execute(
                f"SELECT * FROM {table} WHERE {column} {_IN} ORDER BY rowid", chosen
            )
            snapshot[table] = [dict(r) for r in rows]
        goal_ids = [g["id"] for g in snapshot["goals"]]
        steps = self.conn.execute(
            f"SELECT * FROM goal_steps WHERE goal_id {_IN} ORDER BY rowid", _json_ids(goal_ids)
        )
        snapshot["goal_steps"] = [dict(r) for r in steps]
        feedback = self.conn.execute(
            f"SELECT id, pair_id FROM feedback WHERE pair_id {_IN} ORDER BY id", chosen
        )
        snapshot["feedback_pairs"] = [dict(r) for r in feedback]
        return snapshot

    def delete_pairs(self, ids: Iterable[int]) -> PairSnapshot:
        """Delete pairs with their members (and anything logged on them); return the rows."""
        snapshot = self.pair_rows(ids)
        self.swap_pairs([p["id"] for p in snapshot["pairs"]], {})
        return snapshot

    def restore_pairs(self, snapshot: PairSnapshot) -> Changes:
        """Put back pairs removed by :meth:`delete_pairs`, with the same ids."""
        return self.swap_pairs((), snapshot)

    def swap_pairs(self, remove: Iterable[int], put: PairSnapshot) -> Changes:
        """Delete the pairs ``remove`` and insert the rows ``put``, in one transaction.

        Undo and redo of any board edit: the rows of the touched pairs before and after it.
        """
        changes = Changes(pairs=True, goals=True, sessions=True, feedback=True, checkins=True)
        with self.batch(changes):
            self.conn.execute(f"DELETE FROM pairs WHERE id {_IN}", _json_ids(remove))
            tables = ("pairs", "pair_members", "goals", "sessions", "goal_steps")
            for table in (*tables, "pair_history", "checkins"):
                if put.get(table):
                    self.db.table(table).insert_all(put[table])
            self.conn.executemany(
                "UPDATE feedback SET pair_id = :pair_id WHERE id = :id",
                put.get("feedback_pairs", []),
            )
        return changes

    def add_member(self, pair_id: int, participant_id: int, role: MemberRole) -> Changes:
        """Put someone into an existing pair or group (a peer dropped onto a group)."""
        with self.batch(_CHANGED):
            self.conn.execute(
                "INSERT INTO pair_members (pair_id, participant_id, role) VALUES (?, ?, ?)",
                (pair_id, participant_id, role.value),
            )
        return _CHANGED

    def remove_member(self, pair_id: int, participant_id: int) -> Changes:
        """Take someone out of a pair or group; a group left with nobody is deleted."""
        with self.batch(_CHANGED):
            self.conn.execute(
                "DELETE FROM pair_members WHERE pair_id = ? AND participant_id = ?",
                (pair_id, participant_id),
            )
            self.conn.execute(
                "DELETE FROM pairs WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM pair_members WHERE pair_id = ?)",
                (pair_id, pair_id),
            )
        return _CHANGED

    def replace_member(self, pair_id: int, old: int, new: int) -> Changes:
        """Put participant ``new`` in ``old``'s place in a pair (a mentee moved to a mentor)."""
        with self.batch(_CHANGED):
            cursor = self.conn.execute(
                "UPDATE pair_members SET participant_id = ? WHERE pair_id = ? "
                "AND participant_id = ?",
                (new, pair_id, old),
            )
            if cursor.rowcount != 1:
                raise LookupError(f"participant {old} is not in pair {pair_id}")
        return _CHANGED

    def set_pairs_locked(self, ids: Iterable[int], locked: bool) -> Changes:
        with self.batch(_CHANGED):
            self.conn.executemany(
                "UPDATE pairs SET locked = ? WHERE id = ?", [(int(locked), i) for i in ids]
            )
        return _CHANGED

    def close_pairs(self, ids: Iterable[int], today: dt.date) -> Changes:
        """End pairs because their time is over (a rotation round ends)."""
        with self.batch(_CHANGED):
            self.conn.executemany(
                "UPDATE pairs SET status = 'closed', closure_reason = 'time_ended', "
                "end_date = ?, start_date = coalesce(start_date, ?) WHERE id = ?",
                [(today.isoformat(), today.isoformat(), i) for i in ids],
            )
            self.conn.executemany(
                "INSERT INTO pair_history (pair_id, date, status, closure_reason) "
                "VALUES (?, ?, 'closed', 'time_ended')",
                [(i, today.isoformat()) for i in ids],
            )
        return _CHANGED

    def pair_states(self, ids: Iterable[int]) -> dict[int, PairState]:
        rows = self.conn.execute(
            f"SELECT id, status, start_date FROM pairs WHERE id {_IN}", _json_ids(ids)
        )
        return {r[0]: (PairStatus(r[1]), text_to_date(r[2])) for r in rows}

    def set_pair_states(self, states: Mapping[int, PairState]) -> Changes:
        """Set status and start date of pairs (confirming proposals); each dated change is
        recorded in the pair's history."""
        with self.batch(_CHANGED):
            self.conn.executemany(
                "UPDATE pairs SET status = ?, start_date = ? WHERE id = ?",
                [(s.value, date_to_text(d), i) for i, (s, d) in states.items()],
            )
            self.conn.executemany(
                "INSERT INTO pair_history (pair_id, date, status) VALUES (?, ?, ?)",
                [(i, d.isoformat(), s.value) for i, (s, d) in states.items() if d is not None],
            )
        return _CHANGED
