"""The facts on a mentor's certificate of recognition (issue 6): the program, the mentor, how
many colleagues they mentored, the sessions they held and their hours, first and last date.

Only facts that are not confidential: no notes, no goals, no names of mentees. The UI paints
them (:mod:`mentordesk.ui.certificate`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Protocol

from .domain import Participant, Program
from .errors import ValidationError
from .i18n import tr
from .rows import date_to_text


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    program_name: str
    program_start: dt.date | None
    program_end: dt.date | None
    mentor_name: str
    pair_ids: tuple[int, ...]  # the pairs and groups they mentored
    mentees: int  # how many different colleagues they mentored
    sessions: int  # held sessions they took part in, up to the day of issue
    minutes: int
    first_date: dt.date
    last_date: dt.date
    issued: dt.date

    @property
    def hours(self) -> float:
        """The sessions' length in hours, to the nearest half hour (halves rounded up)."""
        return int(self.minutes / 30 + 0.5) / 2

    @property
    def hours_text(self) -> str:
        hours = self.hours
        shown = f"{hours:g}" if hours != int(hours) else str(int(hours))
        return tr("1 hour") if hours == 1 else tr("{n} hours").format(n=shown)


class CertificateSource(Protocol):
    """What the facts are read from: the Store."""

    conn: sqlite3.Connection

    def program(self) -> Program: ...

    def participant(self, participant_id: int) -> Participant: ...


# A group's session counts for the mentor when nobody's attendance was recorded (everyone
# came) or when the mentor is among those who came.
_SESSIONS = """
SELECT count(*), coalesce(sum(s.duration_minutes), 0), min(s.date), max(s.date)
FROM sessions s
WHERE s.status = 'held' AND s.date <= :today
  AND s.pair_id IN (SELECT value FROM json_each(:pairs))
  AND (s.attendees = '[]'
       OR EXISTS (SELECT 1 FROM json_each(s.attendees) a WHERE a.value = :mentor))
"""


def certificate_facts(
    source: CertificateSource, participant_id: int, today: dt.date
) -> CertificateFacts:
    """The certificate of one mentor as of ``today``.

    ValidationError (field ``participant_id``) with a sentence for the coordinator when the
    person is not in the program, never mentored anyone, or held no session yet.
    """
    try:
        person = source.participant(participant_id)
    except LookupError:
        raise ValidationError(
            {"participant_id": tr("This person is not in the program (any more).")}
        ) from None
    name = person.full_name
    conn = source.conn
    pair_ids = tuple(
        r[0]
        for r in conn.execute(
            "SELECT pair_id FROM pair_members WHERE participant_id = ? AND role = 'mentor' "
            "ORDER BY pair_id",
            (participant_id,),
        )
    )
    if not pair_ids:
        raise ValidationError(
            {
                "participant_id": tr(
                    "{name} has not mentored anyone in this program, so there is nothing to "
                    "certify. Certificates are for mentors of a pair or group."
                ).format(name=name)
            }
        )
    pairs_json = "[" + ",".join(map(str, pair_ids)) + "]"
    mentees = conn.execute(
        "SELECT count(DISTINCT participant_id) FROM pair_members "
        "WHERE role <> 'mentor' AND participant_id <> ? "
        "AND pair_id IN (SELECT value FROM json_each(?))",
        (participant_id, pairs_json),
    ).fetchone()[0]
    sessions, minutes, first, last = conn.execute(
        _SESSIONS, {"today": date_to_text(today), "pairs": pairs_json, "mentor": participant_id}
    ).fetchone()
    if not sessions:
        raise ValidationError(
            {
                "participant_id": tr(
                    "{name} has no held session logged yet; log their sessions first."
                ).format(name=name)
            }
        )
    program = source.program()
    return CertificateFacts(
        program_name=program.name,
        program_start=program.start_date,
        program_end=program.end_date,
        mentor_name=name,
        pair_ids=pair_ids,
        mentees=mentees,
        sessions=sessions,
        minutes=minutes,
        first_date=dt.date.fromisoformat(first),
        last_date=dt.date.fromisoformat(last),
        issued=today,
    )


def certificate_mentors(source: CertificateSource) -> list[tuple[int, str]]:
    """The people who mentored a pair or group, with their names, by last name: the choice
    offered for a certificate."""
    rows = source.conn.execute(
        "SELECT DISTINCT p.id, p.first_name || ' ' || p.last_name FROM participants p "
        "JOIN pair_members m ON m.participant_id = p.id AND m.role = 'mentor' "
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"
    )
    return [(r[0], r[1]) for r in rows]
