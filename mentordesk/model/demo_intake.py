"""The demo program's intake (issue 7): a screening checklist, everyone taking part already
screened and ready, and applicants at different stages, one background check about to expire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .intake import IntakeSettings, ScreeningItem, Stage
from .library import TrainingAudience
from .store import Store

CHECKLIST = (
    ScreeningItem("Interview held"),
    ScreeningItem("References checked", TrainingAudience.MENTOR),
    ScreeningItem("Background check", TrainingAudience.MENTOR, True, 24),
    ScreeningItem("Agreement signed"),
)
#: Applicants and the checklist items (by position) already ticked for them.
APPLICANTS = {"olivia": (0,), "petar": (0, 3), "chloe": (0, 3), "andrea": (0, 3)}
#: The mentor whose background check expires within the month.
EXPIRING = "giulia"
COORDINATOR = "Coordinator"


def add_intake(store: Store, ids: Mapping[str, int], active: list[str], today: dt.date) -> None:
    """Add the checklist, tick it for the people taking part and pin them ready."""
    store.set_intake_settings(IntakeSettings(target_mentors=22, target_mentees=30))
    store.set_screening_items(CHECKLIST)
    items = [i.id or 0 for i in store.screening_items()]
    done = today - dt.timedelta(days=120)
    checked = [ids[k] for k in active if k != EXPIRING]
    for item in items:
        store.tick(item, checked, done, COORDINATOR)
    expiring = dt.date(today.year - 2, today.month, 1) + dt.timedelta(days=today.day + 19)
    for item in items:
        store.tick(item, [ids[EXPIRING]], expiring if item == items[2] else done, COORDINATOR)
    for key, ticked in APPLICANTS.items():
        for n in ticked:
            store.tick(items[n], [ids[key]], today - dt.timedelta(days=7), COORDINATOR)
    store.move_to_stage([ids[k] for k in active], Stage.READY, done)
