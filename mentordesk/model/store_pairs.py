"""The Store's part for running relationships: a pair's dated life (active, paused, closed with
a reason, reopened), its agreement and meeting plan, and the coordinator's check-ins.

Undo of any of these goes through :meth:`MatchRecords.pair_rows` / ``swap_pairs``, which
carry a pair's history and check-ins with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .domain import (
    Changes,
    CheckIn,
    ClosureReason,
    MemberRole,
    Pair,
    PairChange,
    PairMember,
    PairStatus,
)
from .errors import ValidationError
from .i18n import tr
from .rows import (
    change_to_row,
    checkin_to_row,
    date_to_text,
    pair_to_row,
    row_to_change,
    row_to_checkin,
    row_to_pair,
)
from .store_base import Records

#: Where a pair may go from each status. Closed pairs can be reopened (made active again).
NEXT_STATUS: dict[PairStatus, tuple[PairStatus, ...]] = {
    PairStatus.PROPOSED: (PairStatus.ACTIVE, PairStatus.CLOSED),
    PairStatus.ACTIVE: (PairStatus.PAUSED, PairStatus.CLOSED),
    PairStatus.PAUSED: (PairStatus.ACTIVE, PairStatus.CLOSED),
    PairStatus.CLOSED: (PairStatus.ACTIVE,),
}

_PAIRS = Changes(pairs=True)
_LED = frozenset((MemberRole.MENTOR, MemberRole.MENTEE))


def can_go_on(roles: Iterable[MemberRole]) -> bool:
    """Whether a pair or group with members in these roles can still meet: two people at
    least, and both a mentor and a mentee when it has either (peers need only each other)."""
    roles = list(roles)
    led = _LED.intersection(roles)
    return len(roles) >= 2 and (not led or led == _LED)


def initial_history(pair_id: int, pair: Pair) -> list[PairChange]:
    """The history a pair stored with a status and dates already has (as the demo, an import
    or a version 2 file): started on its start date, then paused or closed on its end date."""
    changes = []
    if pair.start_date is not None and pair.status is not PairStatus.PROPOSED:
        changes.append(PairChange(pair_id, pair.start_date, PairStatus.ACTIVE))
    if pair.status in (PairStatus.PAUSED, PairStatus.CLOSED):
        when = pair.end_date or pair.start_date
        if when is not None:
            changes.append(
                PairChange(pair_id, when, pair.status, pair.closure_reason, pair.closure_note)
            )
    return changes


class PairRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    def pair(self, pair_id: int) -> Pair:
        """One pair or group with its members; LookupError when there is none."""
        row = self.conn.execute("SELECT * FROM pairs WHERE id = ?", (pair_id,)).fetchone()
        if row is None:
            raise LookupError(f"no pair {pair_id}")
        members = tuple(
            PairMember(r["participant_id"], MemberRole(r["role"]))
            for r in self.conn.execute(
                "SELECT * FROM pair_members WHERE pair_id = ? ORDER BY rowid", (pair_id,)
            )
        )
        return row_to_pair(row, members)

    def pair_history(self, pair_id: int | None = None) -> list[PairChange]:
        """The dated changes of one pair (or of all), oldest first."""
        if pair_id is None:
            rows = self.conn.execute("SELECT * FROM pair_history ORDER BY date, id")
        else:
            rows = self.conn.execute(
                "SELECT * FROM pair_history WHERE pair_id = ? ORDER BY date, id", (pair_id,)
            )
        return [row_to_change(r) for r in rows]

    def change_pair_status(
        self,
        pair_id: int,
        status: PairStatus,
        date: dt.date,
        reason: ClosureReason | None = None,
        note: str = "",
    ) -> Changes:
        """Move a pair on in its life and record the change with its date.

        Closing needs a reason (and takes the note as the closure note); reopening a closed
        pair clears its end and closure. Starting sets the start date the first time.
        """
        pair = self.pair(pair_id)
        if status not in NEXT_STATUS[pair.status]:
            raise ValidationError(
                {
                    "status": tr("A {old} pair cannot become {new}.").format(
                        old=pair.status.label.lower(), new=status.label.lower()
                    )
                }
            )
        if (status is PairStatus.CLOSED) != (reason is not None):
            raise ValidationError({"closure_reason": tr("Say why the pair is closing.")})
        if (
            status is PairStatus.ACTIVE
            and pair.status is PairStatus.CLOSED
            and not can_go_on(m.role for m in pair.members)
        ):
            # Closed when someone left (or never complete): reopened, nobody could meet in it.
            raise ValidationError(
                {
                    "status": tr(
                        "This pair cannot be reopened: it no longer has both a mentor and a "
                        "mentee (a group, two people). Make a new pair on the Matching board."
                    )
                }
            )
        if pair.start_date is not None and date < pair.start_date:
            raise ValidationError({"date": tr("The date cannot be before the pair started.")})
        last = self.conn.execute(
            "SELECT max(date) FROM pair_history WHERE pair_id = ?", (pair_id,)
        ).fetchone()[0]
        if last is not None and date.isoformat() < last:
            raise ValidationError({"date": tr("The date cannot be before the pair's last change.")})
        values: dict[str, Any] = {"status": status.value}
        if status is PairStatus.ACTIVE and pair.start_date is None:
            values["start_date"] = date.isoformat()
        if status is PairStatus.CLOSED:
            values |= {
                "end_date": date.isoformat(),
                "closure_reason": reason.value if reason else None,
                "closure_note": note,
                "start_date": date_to_text(pair.start_date or date),
            }
        elif pair.status is PairStatus.CLOSED:  # reopened
            values |= {"end_date": None, "closure_reason": None, "closure_note": ""}
        with self.batch(_PAIRS):
            self.db.table("pairs").update(pair_id, values)
            self._insert(
                "pair_history", change_to_row(PairChange(pair_id, date, status, reason, note))
            )
        return _PAIRS

    def update_pair(self, pair: Pair) -> Changes:
        """Save a pair's name, agreement and meeting plan (not its status or members)."""
        assert pair.id is not None
        row = pair_to_row(pair)
        keep = (
            "name",
            "expectations",
            "meeting_every_days",
            "channel",
            "confidentiality_date",
            "meeting_plan",
            "meeting_weekday",
            "meeting_time",
        )
        with self.batch(_PAIRS):
            self.db.table("pairs").update(pair.id, {k: row[k] for k in keep})
        return _PAIRS

    # -- check-ins -------------------------------------------------------------------------

    def add_checkin(self, checkin: CheckIn) -> int:
        with self.batch(Changes(checkins=True)):
            return self._insert("checkins", checkin_to_row(checkin))

    def checkins(self, pair_id: int | None = None) -> list[CheckIn]:
        if pair_id is None:
            rows = self.conn.execute("SELECT * FROM checkins ORDER BY date, id")
        else:
            rows = self.conn.execute(
                "SELECT * FROM checkins WHERE pair_id = ? ORDER BY date, id", (pair_id,)
            )
        return [row_to_checkin(r) for r in rows]

    def delete_checkin(self, checkin_id: int) -> CheckIn:
        """Remove a check-in; return it so undo can add it back (with the same id)."""
        row = self.conn.execute("SELECT * FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
        if row is None:
            raise LookupError(f"no check-in {checkin_id}")
        with self.batch(Changes(checkins=True)):
            self.conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
        return row_to_checkin(row)

    def restore_checkin(self, checkin: CheckIn) -> Changes:
        with self.batch(Changes(checkins=True)):
            self._insert("checkins", {"id": checkin.id, **checkin_to_row(checkin)})
        return Changes(checkins=True)
