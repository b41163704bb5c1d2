"""The intake rules (issue 7): what moves a participant, what keeps them out of matching, the
expiring checks and the recruitment figures. Plain values, no Store."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.model.domain import ParticipantStatus, Role
from mentordesk.model.intake import (
    Blocker,
    Check,
    IntakeSettings,
    IntakeStatus,
    ReadyStage,
    ScreeningItem,
    Stage,
    StageRecord,
    add_months,
    applies,
    blocker,
    check_counts,
    checklist_problems,
    derived_stage,
    intake_status,
    item_problems,
    settings_problems,
)
from mentordesk.model.intake_figures import (
    expiring_checks,
    recruitment,
    waiting_lines,
    waiting_summary,
)
from mentordesk.model.library import Training, TrainingAudience

from .conftest import person

TODAY = dt.date(2026, 3, 2)
MENTORS = TrainingAudience.MENTOR
INTERVIEW = ScreeningItem("Interview held", id=1)
BACKGROUND = ScreeningItem("Background check", MENTORS, True, 24, id=2)
ORIENTATION = Training("Mentor orientation", TODAY, audience=MENTORS, required=True, id=7)
OPTIONAL = Training("Feedback workshop", TODAY, id=8)


def ticks(*items: ScreeningItem, day: dt.date = TODAY) -> dict[int, Check]:
    return {i.id or 0: Check(i.id or 0, 1, day, "Ana") for i in items}


def status(stage: Stage, blocked: Blocker | None = None, **kw: object) -> IntakeStatus:
    fields: dict[str, object] = {
        "since": None,
        "reason": "",
        "by_hand": False,
        "missing_items": (),
        "missing_trainings": (),
    }
    fields.update(kw)
    return IntakeStatus(1, stage, blocker=blocked, **fields)  # type: ignore[arg-type]


# -- words and small rules -------------------------------------------------------------------


def test_labels_and_closed_stages() -> None:
    assert [s.label for s in Stage] == [
        "Applied",
        "Screened",
        "Trained",
        "Ready",
        "Withdrawn",
        "Not accepted",
    ]
    assert [s for s in Stage if s.closed] == [Stage.WITHDRAWN, Stage.NOT_ACCEPTED]
    assert ReadyStage.ANY.label == "Anyone still taking part"
    assert "screened and trained" in ReadyStage.READY.label
    assert ReadyStage.SCREENED.label.startswith("Screened")
    assert ReadyStage.TRAINED.label.startswith("Trained")
    assert [b.label for b in Blocker] == [
        "screening incomplete",
        "training incomplete",
        "withdrawn",
        "not accepted",
    ]


def test_who_an_item_or_training_applies_to() -> None:
    assert applies(TrainingAudience.EVERYONE, Role.MENTEE)
    assert applies(MENTORS, Role.MENTOR) and applies(MENTORS, Role.BOTH)
    assert not applies(MENTORS, Role.MENTEE)
    assert applies(TrainingAudience.MENTEE, Role.MENTEE)
    assert BACKGROUND.applies_to(Role.BOTH) and not BACKGROUND.applies_to(Role.MENTEE)


def test_months_are_added_on_the_last_day_of_a_shorter_month() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 11, 15), 2) == dt.date(2026, 1, 15)
    assert add_months(dt.date(2024, 3, 1), 24) == dt.date(2026, 3, 1)
    assert BACKGROUND.expires(dt.date(2024, 3, 1)) == dt.date(2026, 3, 1)
    assert INTERVIEW.expires(dt.date(2024, 3, 1)) is None


def test_problems_of_items_checklists_and_settings() -> None:
    assert set(item_problems(ScreeningItem("  "))) == {"name"}
    assert set(item_problems(ScreeningItem("X", expires_months=0))) == {"expires_months"}
    assert item_problems(BACKGROUND) == {}
    assert checklist_problems([INTERVIEW, ScreeningItem(" interview HELD ")]) == {
        "name": "Two checklist items have the same name."
    }
    assert set(checklist_problems([INTERVIEW, ScreeningItem("")])) == {"name"}
    assert checklist_problems([INTERVIEW, BACKGROUND]) == {}
    assert set(settings_problems(IntakeSettings(target_mentors=-1, target_mentees=-2))) == {
        "target_mentors",
        "target_mentees",
    }
    assert settings_problems(IntakeSettings()) == {}


def test_a_tick_counts_until_it_expires() -> None:
    done = dt.date(2024, 3, 5)
    assert not check_counts(BACKGROUND, None, TODAY)
    assert check_counts(BACKGROUND, Check(2, 1, done), TODAY)  # expires 2026-03-05
    assert not check_counts(BACKGROUND, Check(2, 1, done), dt.date(2026, 3, 5))
    assert check_counts(INTERVIEW, Check(1, 1, dt.date(2000, 1, 1)), TODAY)


# -- the stage the rules give ------------------------------------------------------------------


def test_nothing_asked_means_ready() -> None:
    assert derived_stage(Role.MENTEE, [], {}, [OPTIONAL], frozenset(), TODAY) == (
        Stage.READY,
        (),
        (),
    )


@pytest.mark.parametrize(
    ("checked", "attended", "stage"),
    [
        ((), (), Stage.APPLIED),
        ((INTERVIEW,), (), Stage.APPLIED),
        ((INTERVIEW, BACKGROUND), (), Stage.SCREENED),
        ((INTERVIEW,), (7,), Stage.TRAINED),
        ((INTERVIEW, BACKGROUND), (7,), Stage.READY),
    ],
)
def test_checklist_and_trainings_move_a_mentor(
    checked: tuple[ScreeningItem, ...], attended: tuple[int, ...], stage: Stage
) -> None:
    found = derived_stage(
        Role.MENTOR,
        [INTERVIEW, BACKGROUND],
        ticks(*checked),
        [ORIENTATION, OPTIONAL],
        frozenset(attended),
        TODAY,
    )
    assert found[0] is stage
    assert ("Mentor orientation" in found[2]) == (7 not in attended)


def test_a_mentee_needs_only_what_is_for_mentees() -> None:
    stage, items, trainings = derived_stage(
        Role.MENTEE, [INTERVIEW, BACKGROUND], {}, [ORIENTATION], frozenset(), TODAY
    )
    assert (stage, items, trainings) == (Stage.APPLIED, ("Interview held",), ())
    # Nobody is "trained" with no training to attend: the checklist decides alone.
    stage, *_ = derived_stage(
        Role.MENTEE, [INTERVIEW], ticks(INTERVIEW), [ORIENTATION], frozenset(), TODAY
    )
    assert stage is Stage.READY


def test_an_expired_background_check_takes_a_mentor_back_out() -> None:
    old = ticks(INTERVIEW, BACKGROUND, day=dt.date(2024, 1, 10))
    stage, missing, _ = derived_stage(
        Role.MENTOR, [INTERVIEW, BACKGROUND], old, [], frozenset(), TODAY
    )
    assert (stage, missing) == (Stage.APPLIED, ("Background check",))


# -- what keeps someone out of matching --------------------------------------------------------


def test_blockers_by_setting() -> None:
    assert blocker(Stage.WITHDRAWN, ReadyStage.ANY) is Blocker.WITHDRAWN
    assert blocker(Stage.NOT_ACCEPTED, ReadyStage.ANY) is Blocker.NOT_ACCEPTED
    assert blocker(Stage.APPLIED, ReadyStage.ANY) is None
    assert blocker(Stage.APPLIED, ReadyStage.SCREENED) is Blocker.SCREENING
    assert blocker(Stage.TRAINED, ReadyStage.SCREENED) is Blocker.SCREENING
    assert blocker(Stage.SCREENED, ReadyStage.SCREENED) is None
    assert blocker(Stage.SCREENED, ReadyStage.TRAINED) is Blocker.TRAINING
    assert blocker(Stage.TRAINED, ReadyStage.TRAINED) is None
    assert blocker(Stage.SCREENED, ReadyStage.READY) is Blocker.TRAINING
    assert blocker(Stage.READY, ReadyStage.READY) is None
    # The facts decide when given: an applicant with nothing to attend is trained enough.
    assert blocker(Stage.APPLIED, ReadyStage.TRAINED, False, True) is None


def test_status_follows_the_rules_a_stage_set_by_hand_or_the_withdrawal() -> None:
    p = person("Ana", "Lima", id=1, role=Role.MENTOR)
    derived = (Stage.SCREENED, (), ("Mentor orientation",))
    s = intake_status(p, None, derived, ReadyStage.READY)
    assert (s.stage, s.since, s.ready, s.blocker) == (Stage.SCREENED, None, False, Blocker.TRAINING)
    assert s.why == "training incomplete (Mentor orientation)"
    assert intake_status(p, None, derived, ReadyStage.SCREENED).ready

    recorded = StageRecord(Stage.SCREENED, TODAY)
    assert intake_status(p, recorded, derived, ReadyStage.READY).since == TODAY
    moved_on = StageRecord(Stage.APPLIED, TODAY)  # the rules moved on since it was recorded
    s = intake_status(p, moved_on, derived, ReadyStage.READY)
    assert (s.stage, s.since) == (Stage.SCREENED, None)

    by_hand = StageRecord(Stage.READY, TODAY, by_hand=True)
    s = intake_status(p, by_hand, derived, ReadyStage.READY)
    assert (s.stage, s.by_hand, s.ready, s.since, s.why) == (Stage.READY, True, True, TODAY, "")

    refused = StageRecord(Stage.NOT_ACCEPTED, TODAY, "No references")
    s = intake_status(p, refused, derived, ReadyStage.ANY)
    assert (s.stage, s.reason, s.why) == (
        Stage.NOT_ACCEPTED,
        "No references",
        "not accepted: No references",
    )

    gone = person("Ana", "Lima", id=1, status=ParticipantStatus.WITHDRAWN)
    s = intake_status(gone, by_hand, derived, ReadyStage.ANY)
    assert (s.stage, s.blocker, s.why, s.reason) == (
        Stage.WITHDRAWN,
        Blocker.WITHDRAWN,
        "withdrawn",
        "",
    )


def test_why_without_a_list_or_a_reason() -> None:
    assert status(Stage.APPLIED, Blocker.SCREENING, by_hand=True).why == "screening incomplete"
    assert status(Stage.NOT_ACCEPTED, Blocker.NOT_ACCEPTED).why == "not accepted"
    assert status(Stage.READY).why == ""


# -- figures ---------------------------------------------------------------------------------


def test_expiring_checks_within_thirty_days_or_expired_soonest_first() -> None:
    items = [INTERVIEW, BACKGROUND]
    checks = [
        Check(2, 1, dt.date(2024, 3, 20)),  # expires in 18 days
        Check(2, 2, dt.date(2024, 2, 1)),  # expired a month ago
        Check(2, 3, dt.date(2024, 5, 1)),  # expires in two months: not yet
        Check(1, 1, dt.date(2020, 1, 1)),  # never expires
        Check(2, 4, dt.date(2024, 3, 3)),  # someone no longer taking part
        Check(9, 1, dt.date(2024, 3, 3)),  # an item since removed
    ]
    names = {1: "Ana Lima", 2: "Bo Chen", 3: "Cy Diaz"}
    found = expiring_checks(items, checks, names, TODAY)
    assert [(e.name, e.item, e.expires, e.days_left) for e in found] == [
        ("Bo Chen", "Background check", dt.date(2026, 2, 1), -29),
        ("Ana Lima", "Background check", dt.date(2026, 3, 20), 18),
    ]
    assert expiring_checks(items, checks, names, TODAY, within=60)[-1].name == "Cy Diaz"


def test_recruitment_counts_each_role_per_stage_and_the_skills_nobody_ready_offers() -> None:
    people = [
        person("M", "Ready", id=1, role=Role.MENTOR, skills_offered=("Python",)),
        person("M", "Waiting", id=2, role=Role.MENTOR, skills_offered=("SQL",)),
        person(
            "B", "Both", id=3, role=Role.BOTH, skills_offered=("Design",), skills_wanted=("Go",)
        ),
        person("E", "One", id=4, role=Role.MENTEE, skills_wanted=("python", "SQL", "Go", " ")),
        person("E", "Two", id=5, role=Role.MENTEE, skills_wanted=("Sql", "sql ")),
        person("E", "Gone", id=6, role=Role.MENTEE, skills_wanted=("Rust",)),
    ]
    statuses = {
        1: status(Stage.READY),
        2: status(Stage.SCREENED, Blocker.TRAINING),
        3: status(Stage.READY),
        4: status(Stage.APPLIED, Blocker.SCREENING),
        5: status(Stage.READY),
        6: status(Stage.NOT_ACCEPTED, Blocker.NOT_ACCEPTED),
    }
    figures = recruitment(people, statuses, IntakeSettings(target_mentors=5, target_mentees=8))
    assert (figures.target_mentors, figures.target_mentees) == (5, 8)
    assert (figures.ready_mentors, figures.ready_mentees) == (2, 2)
    assert figures.mentors[Stage.SCREENED] == 1
    assert figures.participants[Stage.READY] == 3  # the "both" once
    assert figures.mentees[Stage.APPLIED] == 1 and figures.mentees[Stage.NOT_ACCEPTED] == 1
    # SQL: three wishes (spelled "sql" most often); Go: two; Python is offered (any case).
    assert figures.skills_to_recruit == ("sql", "Go")


def test_waiting_summary_and_list() -> None:
    ana = person("Ana", "Lima", role=Role.MENTOR)
    bo = person("Bo", "Chen", role=Role.MENTEE)
    cy = person("Cy", "Diaz", role=Role.MENTEE)
    screening = status(Stage.APPLIED, Blocker.SCREENING, missing_items=("Interview held",))
    training = status(Stage.SCREENED, Blocker.TRAINING)
    assert waiting_summary([]) == ""
    assert waiting_summary([(bo, screening)]) == "1 not ready yet: screening incomplete"
    both = [(ana, training), (bo, screening), (cy, screening)]
    assert waiting_summary(both) == (
        "3 not ready yet: 2 screening incomplete, 1 training incomplete"
    )
    assert waiting_lines(both).splitlines() == [
        "Bo Chen (mentee): screening incomplete (Interview held)",
        "Cy Diaz (mentee): screening incomplete (Interview held)",
        "Ana Lima (mentor): training incomplete",
    ]
