"""Intake (issue 7): recruitment, screening and training before anyone is matched.

Plain rules over plain facts; the Store reads the facts (:mod:`.store_intake`) and the day is
always passed in. A participant goes applied → screened → trained → ready, or leaves as
withdrawn / not accepted (with a reason):

- every checklist item for their role ticked (and not expired) → **screened**;
- every required training for their role attended → **trained**;
- both → **ready**. With an empty checklist and no required training, everyone is ready.

A stage set by hand (``by_hand``) is kept as it is until it is set again; the program's
:class:`ReadyStage` says which stages are offered to matching.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .domain import Participant, ParticipantStatus, Role
from .i18n import tr
from .library import Training, TrainingAudience

#: A check expiring within this many days (or expired) is listed on the Today page.
EXPIRY_WARNING_DAYS = 30


class Stage(StrEnum):
    APPLIED = "applied"
    SCREENED = "screened"
    TRAINED = "trained"
    READY = "ready"
    WITHDRAWN = "withdrawn"
    NOT_ACCEPTED = "not_accepted"

    @property
    def label(self) -> str:
        return {
            Stage.APPLIED: tr("Applied"),
            Stage.SCREENED: tr("Screened"),
            Stage.TRAINED: tr("Trained"),
            Stage.READY: tr("Ready"),
            Stage.WITHDRAWN: tr("Withdrawn"),
            Stage.NOT_ACCEPTED: tr("Not accepted"),
        }[self]

    @property
    def closed(self) -> bool:
        """Out of the pipeline for good (until set again by hand)."""
        return self in (Stage.WITHDRAWN, Stage.NOT_ACCEPTED)


class ReadyStage(StrEnum):
    """Which participants a program offers to matching."""

    ANY = "any"
    SCREENED = "screened"
    TRAINED = "trained"
    READY = "ready"

    @property
    def label(self) -> str:
        return {
            ReadyStage.ANY: tr("Anyone still taking part"),
            ReadyStage.SCREENED: tr("Screened (checklist complete)"),
            ReadyStage.TRAINED: tr("Trained (required trainings attended)"),
            ReadyStage.READY: tr("Ready (screened and trained)"),
        }[self]


class Blocker(StrEnum):
    """Why someone is not offered to matching."""

    SCREENING = "screening"
    TRAINING = "training"
    WITHDRAWN = "withdrawn"
    NOT_ACCEPTED = "not_accepted"

    @property
    def label(self) -> str:
        return {
            Blocker.SCREENING: tr("screening incomplete"),
            Blocker.TRAINING: tr("training incomplete"),
            Blocker.WITHDRAWN: tr("withdrawn"),
            Blocker.NOT_ACCEPTED: tr("not accepted"),
        }[self]


@dataclass(frozen=True, slots=True)
class IntakeSettings:
    ready_stage: ReadyStage = ReadyStage.READY
    target_mentors: int = 0
    target_mentees: int = 0


@dataclass(frozen=True, slots=True)
class ScreeningItem:
    """One line of the screening checklist, e.g. "Background check, expires after 24 months"."""

    name: str
    audience: TrainingAudience = TrainingAudience.EVERYONE
    has_date: bool = False
    expires_months: int | None = None
    id: int | None = None

    def applies_to(self, role: Role) -> bool:
        return applies(self.audience, role)

    def expires(self, done: dt.date) -> dt.date | None:
        """When a check done on ``done`` stops counting; None when it never does."""
        return None if self.expires_months is None else add_months(done, self.expires_months)


@dataclass(frozen=True, slots=True)
class Check:
    """A ticked checklist item: when it was done and who checked it."""

    item_id: int
    participant_id: int
    date: dt.date
    checked_by: str = ""


@dataclass(frozen=True, slots=True)
class StageRecord:
    """A participant's stage as stored: since when, why (for closed stages), set by hand?"""

    stage: Stage
    since: dt.date
    reason: str = ""
    by_hand: bool = False


@dataclass(frozen=True, slots=True)
class IntakeStatus:
    """Where one participant is, and whether (or why not) they are offered to matching."""

    participant_id: int
    stage: Stage
    since: dt.date | None
    reason: str
    by_hand: bool
    missing_items: tuple[str, ...]
    missing_trainings: tuple[str, ...]
    blocker: Blocker | None

    @property
    def ready(self) -> bool:
        return self.blocker is None

    @property
    def why(self) -> str:
        """Why not ready, in words ('' when ready)."""
        if self.blocker is None:
            return ""
        if self.blocker is Blocker.NOT_ACCEPTED and self.reason:
            return tr("not accepted: {reason}").format(reason=self.reason)
        missing = {
            Blocker.SCREENING: self.missing_items,
            Blocker.TRAINING: self.missing_trainings,
        }.get(self.blocker, ())
        if missing:
            return tr("{what} ({missing})").format(
                what=self.blocker.label, missing=", ".join(missing)
            )
        return self.blocker.label


def applies(audience: TrainingAudience, role: Role) -> bool:
    """Whether something for ``audience`` concerns someone of ``role``."""
    if audience is TrainingAudience.EVERYONE or role is Role.BOTH:
        return True
    return audience.value == role.value


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` later, on the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def item_problems(item: ScreeningItem) -> dict[str, str]:
    """What is wrong with a checklist item, by field."""
    problems: dict[str, str] = {}
    if not item.name.strip():
        problems["name"] = tr("A checklist item needs a name.")
    if item.expires_months is not None and item.expires_months < 1:
        problems["expires_months"] = tr("A check expires after one month or more.")
    return problems


def checklist_problems(items: Sequence[ScreeningItem]) -> dict[str, str]:
    """Problems of a whole checklist: each item's, and names used twice."""
    for item in items:
        if problems := item_problems(item):
            return problems
    names = [item.name.strip().casefold() for item in items]
    if len(set(names)) != len(names):
        return {"name": tr("Two checklist items have the same name.")}
    return {}


def settings_problems(settings: IntakeSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if settings.target_mentors < 0:
        problems["target_mentors"] = tr("A target cannot be negative.")
    if settings.target_mentees < 0:
        problems["target_mentees"] = tr("A target cannot be negative.")
    return problems


def check_counts(item: ScreeningItem, check: Check | None, today: dt.date) -> bool:
    """A tick counts when there is one and it has not expired by ``today``."""
    if check is None:
        return False
    expires = item.expires(check.date)
    return expires is None or expires > today


def derived_stage(
    role: Role,
    items: Iterable[ScreeningItem],
    checks: Mapping[int, Check],
    trainings: Iterable[Training],
    attended: frozenset[int],
    today: dt.date,
) -> tuple[Stage, tuple[str, ...], tuple[str, ...]]:
    """The stage the rules give someone, with the checklist items and required trainings
    they still miss (``checks`` by item id, ``attended`` training ids)."""
    missing_items = tuple(
        item.name
        for item in items
        if item.applies_to(role) and not check_counts(item, checks.get(item.id or 0), today)
    )
    required = [t for t in trainings if t.required and applies(t.audience, role)]
    missing_trainings = tuple(t.title for t in required if t.id not in attended)
    screened, trained = not missing_items, not missing_trainings
    if screened and trained:
        stage = Stage.READY
    elif screened:
        stage = Stage.SCREENED
    elif trained and required:  # someone with no training to attend has not been trained
        stage = Stage.TRAINED
    else:
        stage = Stage.APPLIED
    return stage, missing_items, missing_trainings


def blocker(
    stage: Stage,
    ready_stage: ReadyStage,
    screened: bool | None = None,
    trained: bool | None = None,
) -> Blocker | None:
    """What keeps someone at ``stage`` from matching under the program's setting. The facts
    (``screened``, ``trained``) decide when given; else the stage does (a stage set by hand)."""
    if stage is Stage.WITHDRAWN:
        return Blocker.WITHDRAWN
    if stage is Stage.NOT_ACCEPTED:
        return Blocker.NOT_ACCEPTED
    if screened is None:
        screened = stage in (Stage.SCREENED, Stage.READY)
    if trained is None:
        trained = stage in (Stage.TRAINED, Stage.READY)
    if ready_stage in (ReadyStage.SCREENED, ReadyStage.READY) and not screened:
        return Blocker.SCREENING
    if ready_stage in (ReadyStage.TRAINED, ReadyStage.READY) and not trained:
        return Blocker.TRAINING
    return None


def intake_status(
    person: Participant,
    record: StageRecord | None,
    derived: tuple[Stage, tuple[str, ...], tuple[str, ...]],
    ready_stage: ReadyStage,
) -> IntakeStatus:
    """Someone's stage: withdrawn when their status is; else the stage set by hand (or
    closed); else the rules' (dated when it was recorded at that stage)."""
    stage, missing_items, missing_trainings = derived
    since = None
    reason = ""
    by_hand = False
    if record is not None:
        reason = record.reason
        if record.by_hand or record.stage.closed:
            stage, by_hand = record.stage, record.by_hand
        if record.stage is stage:
            since = record.since
    if person.status is ParticipantStatus.WITHDRAWN:
        stage = Stage.WITHDRAWN
    if by_hand or stage.closed:
        stopped = blocker(stage, ready_stage)
    else:
        stopped = blocker(stage, ready_stage, not missing_items, not missing_trainings)
    assert person.id is not None
    return IntakeStatus(
        person.id,
        stage,
        since,
        reason if stage.closed else "",
        by_hand,
        missing_items,
        missing_trainings,
        stopped,
    )
