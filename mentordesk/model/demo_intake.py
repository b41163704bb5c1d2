"""The demo program's intake (issue 7): a screening checklist, everyone taking part already
screened and ready, and applicants at different stages, one background check about to expire.

The checklist's names and who ticked it come from the demo's JSON file (``intake``), in the
demo's language; what each item applies to and when it expires is the same in every language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Final

from .intake import IntakeSettings, ScreeningItem, Stage
from .library import TrainingAudience
from .store import Store

#: Each checklist item's audience, whether it has a date and after how many months it
#: expires, in the order of the names in the JSON file.
_RULES: Final = (
    (TrainingAudience.EVERYONE, False, None),
    (TrainingAudience.MENTOR, False, None),
    (TrainingAudience.MENTOR, True, 24),  # the background check
    (TrainingAudience.EVERYONE, False, None),
)
_BACKGROUND_CHECK: Final = 2
#: The English texts, for a demo file that does not name them (written before they moved there).
ENGLISH: Final[Mapping[str, Any]] = {
    "checklist": ["Interview held", "References checked", "Background check", "Agreement signed"],
    "checked_by": "Coordinator",
}
#: Applicants and the checklist items (by position) already ticked for them.
APPLICANTS = {"olivia": (0,), "petar": (0, 3), "chloe": (0, 3), "andrea": (0, 3)}
#: The mentor whose background check expires within the month.
EXPIRING = "giulia"


def checklist(names: Sequence[str]) -> tuple[ScreeningItem, ...]:
    """The demo's screening checklist with these names, one per item in order."""
    if len(names) != len(_RULES):
        raise ValueError(f"The demo's checklist has {len(_RULES)} items, not {len(names)}")
    return tuple(
        ScreeningItem(name, audience, dated, months)
        for name, (audience, dated, months) in zip(names, _RULES, strict=True)
    )


def add_intake(
    store: Store,
    ids: Mapping[str, int],
    active: list[str],
    today: dt.date,
    texts: Mapping[str, Any] = ENGLISH,
) -> None:
    """Add the checklist named in ``texts``, tick it for the people taking part and pin them
    ready."""
    store.set_intake_settings(IntakeSettings(target_mentors=22, target_mentees=30))
    store.set_screening_items(checklist(texts["checklist"]))
    checked_by: str = texts["checked_by"]
    items = [i.id or 0 for i in store.screening_items()]
    done = today - dt.timedelta(days=120)
    checked = [ids[k] for k in active if k != EXPIRING]
    for item in items:
        store.tick(item, checked, done, checked_by)
    expiring = dt.date(today.year - 2, today.month, 1) + dt.timedelta(days=today.day + 19)
    for item in items:
        day = expiring if item == items[_BACKGROUND_CHECK] else done
        store.tick(item, [ids[EXPIRING]], day, checked_by)
    for key, ticked in APPLICANTS.items():
        for n in ticked:
            store.tick(items[n], [ids[key]], today - dt.timedelta(days=7), checked_by)
    store.move_to_stage([ids[k] for k in active], Stage.READY, done)
