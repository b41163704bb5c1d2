"""Intake figures (issue 7): checks about to expire, recruitment against the targets, and
who the matching board leaves out. Plain Python over :mod:`.intake`'s statuses."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .domain import Participant, Role
from .i18n import tr
from .intake import (
    EXPIRY_WARNING_DAYS,
    Check,
    IntakeSettings,
    IntakeStatus,
    ScreeningItem,
    Stage,
)


@dataclass(frozen=True, slots=True)
class ExpiringCheck:
    participant_id: int
    name: str  # the participant's
    item: str
    expires: dt.date
    days_left: int  # negative: expired that many days ago


@dataclass(frozen=True, slots=True)
class Recruitment:
    """Targets against the people at each stage, and the skills no ready mentor offers."""

    target_mentors: int
    target_mentees: int
    mentors: Mapping[Stage, int]
    mentees: Mapping[Stage, int]
    skills_to_recruit: tuple[str, ...] = field(default=())
    participants: Mapping[Stage, int] = field(default_factory=dict)  # a "both" counts once

    @property
    def ready_mentors(self) -> int:
        return self.mentors[Stage.READY]

    @property
    def ready_mentees(self) -> int:
        return self.mentees[Stage.READY]


def expiring_checks(
    items: Iterable[ScreeningItem],
    checks: Iterable[Check],
    names: Mapping[int, str],
    today: dt.date,
    within: int = EXPIRY_WARNING_DAYS,
) -> list[ExpiringCheck]:
    """Checks that expire within ``within`` days or have expired, the soonest first
    (``names``: the participants still taking part)."""
    by_id = {item.id: item for item in items}
    found = []
    for check in checks:
        item = by_id.get(check.item_id)
        if item is None or check.participant_id not in names:
            continue
        expires = item.expires(check.date)
        if expires is None:
            continue
        left = (expires - today).days
        if left <= within:
            found.append(
                ExpiringCheck(
                    check.participant_id, names[check.participant_id], item.name, expires, left
                )
            )
    found.sort(key=lambda e: (e.expires, e.name, e.item))
    return found


def recruitment(
    people: Iterable[Participant],
    statuses: Mapping[int, IntakeStatus],
    settings: IntakeSettings,
) -> Recruitment:
    """Counts per stage for mentors and mentees (a "both" counts as each), against the
    targets; and the skills still-taking-part mentees want that no ready mentor offers,
    the most wanted first."""
    mentors = dict.fromkeys(Stage, 0)
    mentees = dict.fromkeys(Stage, 0)
    everyone = dict.fromkeys(Stage, 0)
    offered: set[str] = set()
    wanted: dict[str, dict[str, int]] = {}
    for p in people:
        status = statuses[p.id or 0]
        everyone[status.stage] += 1
        if p.role is not Role.MENTEE:
            mentors[status.stage] += 1
            if status.ready:
                offered.update(s.strip().casefold() for s in p.skills_offered)
        if p.role is not Role.MENTOR:
            mentees[status.stage] += 1
            if not status.stage.closed:
                for skill in p.skills_wanted:
                    spellings = wanted.setdefault(skill.strip().casefold(), {})
                    spellings[skill.strip()] = spellings.get(skill.strip(), 0) + 1
    missing = [(key, s) for key, s in wanted.items() if key and key not in offered]
    missing.sort(key=lambda ks: (-sum(ks[1].values()), ks[0]))
    skills = tuple(max(s, key=lambda k: (s[k], k)) for _key, s in missing)
    return Recruitment(
        settings.target_mentors, settings.target_mentees, mentors, mentees, skills, everyone
    )


def waiting_summary(waiting: Sequence[tuple[Participant, IntakeStatus]]) -> str:
    """A count of people not ready yet with why, e.g. "3 not ready yet: screening incomplete"."""
    if not waiting:
        return ""
    why = Counter(status.blocker.label for _p, status in waiting if status.blocker)
    parts = [
        reason if len(why) == 1 else tr("{n} {reason}").format(n=n, reason=reason)
        for reason, n in sorted(why.items(), key=lambda rn: (-rn[1], rn[0]))
    ]
    return tr("{n} not ready yet: {why}").format(n=len(waiting), why=", ".join(parts))


def waiting_lines(waiting: Sequence[tuple[Participant, IntakeStatus]]) -> str:
    """One line per person not ready yet, by name, with their role and why."""
    ordered = sorted(waiting, key=lambda ps: (ps[0].last_name.casefold(), ps[0].first_name))
    return "\n".join(
        tr("{name} ({role}): {why}").format(
            name=p.full_name, role=p.role.label.lower(), why=status.why
        )
        for p, status in ordered
    )
