"""Rules a participant or a program must satisfy, as field -> sentence maps.

The dialogs call these as the coordinator types; the store calls them again before writing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .domain import Participant, Program
from .i18n import tr

# Deliberately permissive: one @, something on each side, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def is_valid_email(text: str) -> bool:
    """True for a plausible e-mail address (``name@example.org``)."""
    return bool(_EMAIL.match(text.strip()))


def participant_problems(
    p: Participant, email_taken: Callable[[str, int | None], bool]
) -> dict[str, str]:
    """Problems with ``p`` by field name; empty when it can be saved.

    ``email_taken(email, exclude_id)`` tells whether another participant has that address.
    """
    problems: dict[str, str] = {}
    if not p.first_name.strip():
        problems["first_name"] = tr("Enter a first name.")
    if not p.last_name.strip():
        problems["last_name"] = tr("Enter a last name.")
    email = p.email.strip()
    if email:
        if not is_valid_email(email):
            problems["email"] = tr("This is not a valid e-mail address (like name@example.org).")
        elif email_taken(email, p.id):
            problems["email"] = tr("Another participant already has this e-mail address.")
    if p.capacity < 0:
        problems["capacity"] = tr("Capacity cannot be negative.")
    return problems


def program_problems(p: Program) -> dict[str, str]:
    """Problems with the program settings by field name; empty when they can be saved."""
    problems: dict[str, str] = {}
    if not p.name.strip():
        problems["name"] = tr("Enter a name for the program.")
    if p.start_date and p.end_date and p.end_date < p.start_date:
        problems["end_date"] = tr("The end date is before the start date.")
    if p.cadence_days < 1:
        problems["cadence_days"] = tr("Meetings must be expected at least every day (1 or more).")
    if p.grace_days < 0:
        problems["grace_days"] = tr("The grace period cannot be negative.")
    if p.checkin_first_days < 1 or p.checkin_every_days < 1:
        problems["checkins"] = tr("Check-ins must be due at least a day apart (1 or more).")
    if p.checkins_first_month < 0:
        problems["checkins"] = tr("The check-ins of the first month cannot be negative.")
    levels = [level.strip() for level in p.career_levels]
    if any(not level for level in levels):
        problems["career_levels"] = tr("A career level has no name.")
    elif len({level.casefold() for level in levels}) != len(levels):
        problems["career_levels"] = tr("Each career level must have a different name.")
    return problems
