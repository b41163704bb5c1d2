"""The Store's intake part (issue 7): settings and targets, the screening checklist, ticks,
stages, and what they mean for matching.

Every write returns the intake rows as they were before it (:data:`IntakeSnapshot`), which
:meth:`IntakeRecords.restore_intake` puts back: the UI's undo commands hold that and nothing
else. The rules are :mod:`.intake`'s; the day is always passed in.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .domain import Changes, Participant
from .intake import (
    Check,
    IntakeSettings,
    IntakeStatus,
    ReadyStage,
    ScreeningItem,
    Stage,
    StageRecord,
    checklist_problems,
    derived_stage,
    intake_status,
    settings_problems,
)
from .intake_figures import ExpiringCheck, Recruitment, expiring_checks, recruitment
from .library import Training, TrainingAudience
from .rows import text_to_date
from .store_base import Records, check

#: Every intake row, by table, as it was before a write.
IntakeSnapshot = dict[str, list[dict[str, Any]]]

_TABLES = ("intake_settings", "screening_items", "screening_checks", "intake")
_PEOPLE = Changes(participants=True)
_SETTINGS = Changes(program=True, participants=True)
_IN = "IN (SELECT value FROM json_each(?))"


def _row_to_item(r: sqlite3.Row) -> ScreeningItem:
    return ScreeningItem(
        name=r["name"],
        audience=TrainingAudience(r["audience"]),
        has_date=bool(r["has_date"]),
        expires_months=r["expires_months"],
        id=r["id"],
    )


def _row_to_check(r: sqlite3.Row) -> Check:
    day = text_to_date(r["date"])
    assert day is not None
    return Check(r["item_id"], r["participant_id"], day, r["checked_by"])


class IntakeRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    if TYPE_CHECKING:  # provided by the other parts

        def participants(self) -> list[Participant]: ...

        def trainings(self) -> list[Training]: ...

    # -- settings and checklist ------------------------------------------------------------

    def intake_settings(self) -> IntakeSettings:
        """The program's intake settings; the defaults until the coordinator changes them."""
        r = self.conn.execute("SELECT * FROM intake_settings WHERE id = 1").fetchone()
        if r is None:
            return IntakeSettings()
        return IntakeSettings(
            ReadyStage(r["ready_stage"]), r["target_mentors"], r["target_mentees"]
        )

    def set_intake_settings(self, settings: IntakeSettings) -> IntakeSnapshot:
        """Save which stage is ready to match and the recruitment targets."""
        check(settings_problems(settings))
        before = self.intake_rows()
        with self.batch(_SETTINGS):
            self.conn.execute(
                "INSERT INTO intake_settings (id, ready_stage, target_mentors, target_mentees) "
                "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET ready_stage = "
                "excluded.ready_stage, target_mentors = excluded.target_mentors, "
                "target_mentees = excluded.target_mentees",
                (settings.ready_stage.value, settings.target_mentors, settings.target_mentees),
            )
        return before

    def screening_items(self) -> list[ScreeningItem]:
        """The screening checklist, in its order."""
        rows = self.conn.execute("SELECT * FROM screening_items ORDER BY position, id")
        return [_row_to_item(r) for r in rows]

    def set_screening_items(self, items: Sequence[ScreeningItem]) -> IntakeSnapshot:
        """Make the checklist exactly ``items``, in this order: items with an id keep their
        ticks, new ones are added, the others are removed with their ticks."""
        items = [
            ScreeningItem(
                i.name.strip(),
                i.audience,
                i.has_date or i.expires_months is not None,
                i.expires_months,
                i.id,
            )
            for i in items
        ]
        check(checklist_problems(items))
        before = self.intake_rows()
        kept = [i.id for i in items if i.id is not None]
        with self.batch(_SETTINGS):
            self.conn.execute(
                f"DELETE FROM screening_items WHERE id NOT {_IN}", (json.dumps(kept),)
            )
            for position, item in enumerate(items):
                row = {
                    "name": item.name,
                    "audience": item.audience.value,
                    "has_date": int(item.has_date),
                    "expires_months": item.expires_months,
                    "position": position,
                }
                if item.id is None:
                    self._insert("screening_items", row)
                else:
                    self.db.table("screening_items").update(item.id, row)
        return before

    # -- ticks and stages --------------------------------------------------------------------

    def screening_checks(self, participant_id: int | None = None) -> list[Check]:
        """The ticked items (of one participant, or everyone's)."""
        if participant_id is None:
            rows = self.conn.execute("SELECT * FROM screening_checks ORDER BY rowid")
        else:
            rows = self.conn.execute(
                "SELECT * FROM screening_checks WHERE participant_id = ? ORDER BY rowid",
                (participant_id,),
            )
        return [_row_to_check(r) for r in rows]

    def tick(
        self,
        item_id: int,
        participant_ids: Iterable[int],
        day: dt.date,
        checked_by: str = "",
        *,
        ticked: bool = True,
    ) -> IntakeSnapshot:
        """Tick (done on ``day``, checked by ``checked_by``) or untick one item for many; the
        stages the rules give them are recorded, dated ``day``."""
        ids = sorted(set(participant_ids))
        if not any(i.id == item_id for i in self.screening_items()):
            raise LookupError(f"no checklist item {item_id}")
        before = self.intake_rows()
        with self.batch(_PEOPLE):
            if ticked:
                self.conn.executemany(
                    "INSERT INTO screening_checks (item_id, participant_id, date, checked_by) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET date = excluded.date, "
                    "checked_by = excluded.checked_by",
                    [(item_id, pid, day.isoformat(), checked_by.strip()) for pid in ids],
                )
            else:
                self.conn.execute(
                    f"DELETE FROM screening_checks WHERE item_id = ? AND participant_id {_IN}",
                    (item_id, json.dumps(ids)),
                )
            self.record_stages(ids, day)
        return before

    def move_to_stage(
        self, participant_ids: Iterable[int], stage: Stage, today: dt.date, reason: str = ""
    ) -> IntakeSnapshot:
        """Set many participants' stage by hand (``reason`` for withdrawn / not accepted).

        Moving someone to the stage the rules give them lets the rules move them again.
        """
        ids = sorted(set(participant_ids))
        before = self.intake_rows()
        derived = {s.participant_id: s for s in self._statuses(today, rules_only=True)}
        with self.batch(_PEOPLE):
            self.conn.executemany(
                "INSERT OR REPLACE INTO intake (participant_id, stage, since, reason, by_hand) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        pid,
                        stage.value,
                        today.isoformat(),
                        reason.strip() if stage.closed else "",
                        int(pid not in derived or derived[pid].stage is not stage),
                    )
                    for pid in ids
                ],
            )
        return before

    def follow_rules(self, participant_ids: Iterable[int], today: dt.date) -> IntakeSnapshot:
        """Let the rules decide these participants' stage again (a stage set by hand, or
        withdrawn / not accepted, is dropped); the stage they give is recorded, dated."""
        ids = sorted(set(participant_ids))
        before = self.intake_rows()
        with self.batch(_PEOPLE):
            self.conn.execute(f"DELETE FROM intake WHERE participant_id {_IN}", (json.dumps(ids),))
            self.record_stages(ids, today)
        return before

    def record_stages(self, participant_ids: Iterable[int], today: dt.date) -> None:
        """Store, dated ``today``, the stage the rules now give these participants (those not
        set by hand), where it changed. Runs inside the caller's batch."""
        wanted = set(participant_ids)
        records = self._records()
        rows = []
        for status in self._statuses(today, rules_only=True):
            pid = status.participant_id
            record = records.get(pid)
            if pid not in wanted or status.stage.closed or (record and record.by_hand):
                continue
            if record is None or record.stage is not status.stage:
                rows.append((pid, status.stage.value, today.isoformat()))
        self.conn.executemany(
            "INSERT OR REPLACE INTO intake (participant_id, stage, since, reason, by_hand) "
            "VALUES (?, ?, ?, '', 0)",
            rows,
        )

    # -- reading what it means ---------------------------------------------------------------

    def intake_statuses(self, today: dt.date) -> dict[int, IntakeStatus]:
        """Every participant's stage and whether they are offered to matching, by id."""
        return {s.participant_id: s for s in self._statuses(today)}

    def intake_status(self, participant_id: int, today: dt.date) -> IntakeStatus:
        return self.intake_statuses(today)[participant_id]

    def expiring_checks(self, today: dt.date) -> list[ExpiringCheck]:
        """Checks of people still taking part that expire within 30 days or have expired."""
        items, checks = self.screening_items(), self.screening_checks()
        anyone = {c.participant_id: "" for c in checks}
        if not expiring_checks(items, checks, anyone, today):
            # The usual case, and Today asks on every refresh: nobody's stage is needed.
            return []
        people = self.participants()
        statuses = {s.participant_id: s for s in self._statuses(today, people=people)}
        names = {
            p.id: p.full_name
            for p in people
            if p.id is not None and not statuses[p.id].stage.closed
        }
        return expiring_checks(items, checks, names, today)

    def recruitment(self, today: dt.date) -> Recruitment:
        """Targets against counts per stage, and the skills to recruit mentors for."""
        return recruitment(self.participants(), self.intake_statuses(today), self.intake_settings())

    # -- undo ------------------------------------------------------------------------------

    def intake_rows(self) -> IntakeSnapshot:
        """Every intake row as it is, for :meth:`restore_intake`."""
        return {
            t: [dict(r) for r in self.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in _TABLES
        }

    def restore_intake(self, snapshot: IntakeSnapshot) -> Changes:
        """Put every intake row back as ``snapshot`` holds it."""
        with self.batch(_SETTINGS):
            for table in reversed(_TABLES):
                self.conn.execute(f"DELETE FROM {table}")
            for table in _TABLES:
                for row in snapshot.get(table, ()):
                    self._insert(table, row)
        return _SETTINGS

    # -- helpers ---------------------------------------------------------------------------

    def _records(self) -> dict[int, StageRecord]:
        records = {}
        for r in self.conn.execute("SELECT * FROM intake"):
            since = text_to_date(r["since"])
            assert since is not None
            records[r["participant_id"]] = StageRecord(
                Stage(r["stage"]), since, r["reason"], bool(r["by_hand"])
            )
        return records

    def _statuses(
        self,
        today: dt.date,
        *,
        rules_only: bool = False,
        people: Sequence[Participant] | None = None,
    ) -> list[IntakeStatus]:
        items = self.screening_items()
        trainings = [t for t in self.trainings() if t.required]
        checks: dict[int, dict[int, Check]] = {}
        for c in self.screening_checks():
            checks.setdefault(c.participant_id, {})[c.item_id] = c
        attended: dict[int, set[int]] = {}
        for tid, pid in self.conn.execute(
            "SELECT training_id, participant_id FROM training_attendance"
        ):
            attended.setdefault(pid, set()).add(tid)
        records = {} if rules_only else self._records()
        ready_stage = self.intake_settings().ready_stage
        result = []
        for p in self.participants() if people is None else people:
            pid = p.id or 0
            derived = derived_stage(
                p.role,
                items,
                checks.get(pid, {}),
                trainings,
                frozenset(attended.get(pid, ())),
                today,
            )
            result.append(intake_status(p, records.get(pid), derived, ready_stage))
        return result
