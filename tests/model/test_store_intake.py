"""The Store's intake part: settings, checklist, ticks and stages with exact undo; what the board,
automatic matching and the Today list make of it; the version 4 migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from mentordesk.model.board import Board
from mentordesk.model.domain import Changes, ParticipantStatus, Program, Role
from mentordesk.model.errors import ValidationError
from mentordesk.model.intake import IntakeSettings, ReadyStage, ScreeningItem, Stage
from mentordesk.model.library import Training, TrainingAudience
from mentordesk.model.schema import MIGRATIONS
from mentordesk.model.store import Store
from mentordesk.model.today import TodayKind, today_items

from .conftest import person
from .test_board import TODAY, add, apply_checked, mentoring

MENTORS = TrainingAudience.MENTOR
CHECKLIST = (
    ScreeningItem("Interview held"),
    ScreeningItem("Background check", MENTORS, expires_months=24),
)


def rows(store: Store) -> dict[str, Any]:
    return store.intake_rows()


def checklist(store: Store) -> list[int]:
    store.set_screening_items(CHECKLIST)
    return [i.id or 0 for i in store.screening_items()]


def stage(store: Store, pid: int, day: dt.date = TODAY) -> Stage:
    return store.intake_status(pid, day).stage


def test_settings_default_save_refuse_and_undo(mem_store: Store) -> None:
    assert mem_store.intake_settings() == IntakeSettings()
    events: list[Changes] = []
    mem_store.subscribe(events.append)
    wanted = IntakeSettings(ReadyStage.SCREENED, 10, 12)
    before = mem_store.set_intake_settings(wanted)
    assert mem_store.intake_settings() == wanted
    assert events == [Changes(program=True, participants=True)]
    mem_store.set_intake_settings(IntakeSettings(ReadyStage.ANY))  # the row is updated
    assert mem_store.intake_settings().ready_stage is ReadyStage.ANY
    with pytest.raises(ValidationError):
        mem_store.set_intake_settings(IntakeSettings(target_mentors=-1))
    mem_store.restore_intake(before)
    assert mem_store.intake_settings() == IntakeSettings()


def test_checklist_keeps_ticks_of_kept_items_and_drops_the_others(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima", role=Role.MENTOR))
    interview, background = checklist(mem_store)
    items = mem_store.screening_items()
    assert items[1].has_date  # an expiry needs the day it was done
    mem_store.tick(interview, [ids["Ana"]], TODAY, "Coordinator")
    mem_store.tick(background, [ids["Ana"]], TODAY)
    before = rows(mem_store)
    renamed = ScreeningItem(" Interview ", id=interview)
    mem_store.set_screening_items([ScreeningItem("Agreement signed"), renamed])
    assert [i.name for i in mem_store.screening_items()] == ["Agreement signed", "Interview"]
    assert [c.item_id for c in mem_store.screening_checks(ids["Ana"])] == [interview]
    with pytest.raises(ValidationError):
        mem_store.set_screening_items([ScreeningItem("A"), ScreeningItem("a")])
    mem_store.restore_intake(before)
    assert rows(mem_store) == before


def test_ticking_many_moves_them_on_dated_and_undo_puts_every_row_back(mem_store: Store) -> None:
    ids = add(
        mem_store,
        person("Ana", "Lima", role=Role.MENTOR),
        person("Bo", "Chen", role=Role.MENTEE),
        person("Cy", "Diaz", role=Role.MENTEE),
    )
    interview, background = checklist(mem_store)
    assert {stage(mem_store, i) for i in ids.values()} == {Stage.APPLIED}
    before = rows(mem_store)
    undo = mem_store.tick(interview, ids.values(), TODAY, " Coordinator ")
    assert undo == before
    assert stage(mem_store, ids["Bo"]) is Stage.READY  # mentees need the interview only
    assert mem_store.intake_status(ids["Bo"], TODAY).since == TODAY
    assert stage(mem_store, ids["Ana"]) is Stage.APPLIED
    [check] = mem_store.screening_checks(ids["Ana"])
    assert (check.date, check.checked_by) == (TODAY, "Coordinator")
    assert len(mem_store.screening_checks()) == 3
    later = TODAY + dt.timedelta(days=3)
    mem_store.tick(background, [ids["Ana"]], later)
    assert mem_store.intake_status(ids["Ana"], later).since == later
    mem_store.tick(interview, [ids["Cy"]], later, ticked=False)
    assert stage(mem_store, ids["Cy"]) is Stage.APPLIED
    mem_store.restore_intake(undo)
    assert rows(mem_store) == before
    with pytest.raises(LookupError):
        mem_store.tick(99, [ids["Ana"]], TODAY)


def test_a_stage_set_by_hand_stays_until_set_again(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima"), person("Bo", "Chen"))
    interview, _ = checklist(mem_store)
    mem_store.move_to_stage([ids["Ana"]], Stage.READY, TODAY, reason="ignored")
    status = mem_store.intake_status(ids["Ana"], TODAY)
    assert (status.stage, status.by_hand, status.reason, status.ready) == (
        Stage.READY,
        True,
        "",
        True,
    )
    mem_store.tick(interview, [ids["Ana"]], TODAY, ticked=False)
    assert stage(mem_store, ids["Ana"]) is Stage.READY
    mem_store.move_to_stage(ids.values(), Stage.NOT_ACCEPTED, TODAY, " No references ")
    refused = mem_store.intake_status(ids["Bo"], TODAY)
    assert (refused.stage, refused.reason, refused.ready) == (
        Stage.NOT_ACCEPTED,
        "No references",
        False,
    )
    # Back to the stage the rules give: the rules move them again.
    mem_store.move_to_stage([ids["Bo"]], Stage.APPLIED, TODAY)
    assert not mem_store.intake_status(ids["Bo"], TODAY).by_hand
    mem_store.tick(interview, [ids["Bo"]], TODAY)
    assert stage(mem_store, ids["Bo"]) is Stage.READY


def test_withdrawn_people_are_withdrawn_and_not_recorded(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima", status=ParticipantStatus.WITHDRAWN))
    interview, _ = checklist(mem_store)
    mem_store.tick(interview, [ids["Ana"]], TODAY)
    assert rows(mem_store)["intake"] == []
    assert stage(mem_store, ids["Ana"]) is Stage.WITHDRAWN


def test_required_trainings_for_their_role_make_them_trained(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima", role=Role.BOTH), person("Bo", "Chen"))
    orientation = mem_store.add_training(
        Training("Orientation", TODAY, audience=MENTORS, required=True)
    )
    assert stage(mem_store, ids["Ana"]) is Stage.SCREENED  # empty checklist: screened
    assert mem_store.intake_status(ids["Ana"], TODAY).why == "training incomplete (Orientation)"
    assert stage(mem_store, ids["Bo"]) is Stage.READY
    mem_store.set_attendance(orientation, [ids["Ana"]])
    assert stage(mem_store, ids["Ana"]) is Stage.READY


def test_expiring_checks_and_recruitment_from_the_store(mem_store: Store) -> None:
    ids = add(
        mem_store,
        person("Ana", "Lima", role=Role.MENTOR, skills_offered=("Python",)),
        person("Bo", "Chen", role=Role.MENTOR),
        person("Cy", "Diaz", skills_wanted=("Python", "Go")),
    )
    _, background = checklist(mem_store)
    old = dt.date(2024, 3, 20)
    mem_store.tick(background, [ids["Ana"], ids["Bo"]], old)
    mem_store.move_to_stage([ids["Bo"]], Stage.WITHDRAWN, TODAY, "Moved away")
    [expiring] = mem_store.expiring_checks(TODAY)
    assert (expiring.name, expiring.days_left) == ("Ana Lima", 18)
    mem_store.move_to_stage([ids["Ana"]], Stage.READY, TODAY)
    mem_store.set_intake_settings(IntakeSettings(target_mentors=4, target_mentees=3))
    figures = mem_store.recruitment(TODAY)
    assert (figures.target_mentors, figures.ready_mentors) == (4, 1)
    assert figures.mentors[Stage.WITHDRAWN] == 1
    assert figures.skills_to_recruit == ("Go",)


def test_no_check_expiring_soon_gives_an_empty_list(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima", role=Role.MENTOR))
    _, background = checklist(mem_store)
    assert mem_store.expiring_checks(TODAY) == []  # nothing ticked yet
    mem_store.tick(background, [ids["Ana"]], TODAY)  # ticked today: expires in two years
    assert mem_store.expiring_checks(TODAY) == []
    assert len(mem_store.expiring_checks(TODAY + dt.timedelta(days=2 * 365))) == 1


def test_deleting_someone_takes_their_ticks_and_stage_and_undo_brings_them_back(
    mem_store: Store,
) -> None:
    ids = add(mem_store, person("Ana", "Lima"))
    interview, _ = checklist(mem_store)
    mem_store.tick(interview, [ids["Ana"]], TODAY)
    before = rows(mem_store)
    snapshot = mem_store.delete_participants([ids["Ana"]])
    assert rows(mem_store)["screening_checks"] == [] and rows(mem_store)["intake"] == []
    mem_store.restore(snapshot)
    assert rows(mem_store) == before


# -- matching honours it ---------------------------------------------------------------------


def test_a_not_ready_mentee_is_never_auto_matched(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    interview, _ = checklist(mem_store)
    everyone = [p.id or 0 for p in mem_store.participants()]
    mem_store.tick(interview, [i for i in everyone if i != ids["Anna"]], TODAY)
    mem_store.move_to_stage([ids["Marco"], ids["Giulia"], ids["Ada"]], Stage.READY, TODAY)
    board = Board(mem_store, TODAY)
    assert ids["Anna"] not in [p.id for p in board.pool]
    assert board.waiting_text() == "1 not ready yet: screening incomplete"
    assert board.waiting_list() == "Anna Bianchi (mentee): screening incomplete (Interview held)"
    edit, proposals = board.auto_match()
    assert proposals and all(m.participant_id != ids["Anna"] for p in proposals for m in p.members)
    apply_checked(mem_store, edit)
    assert ids["Anna"] not in {m.participant_id for p in mem_store.pairs() for m in p.members}
    again = Board(mem_store, TODAY, reuse=board)
    assert again.waiting == board.waiting
    # Once screened she is offered.
    mem_store.tick(interview, [ids["Anna"]], TODAY)
    assert ids["Anna"] in [p.id for p in Board(mem_store, TODAY).pool]


def test_a_mentor_not_ready_has_no_column_unless_the_program_offers_anyone(
    mem_store: Store,
) -> None:
    ids = mentoring(mem_store)
    checklist(mem_store)
    board = Board(mem_store, TODAY)
    assert board.columns == [] and board.pool == []
    assert board.waiting_text().startswith(f"{len(board.waiting)} not ready yet")
    mem_store.set_intake_settings(IntakeSettings(ReadyStage.ANY))
    board = Board(mem_store, TODAY)
    assert ids["Marco"] in [c.key for c in board.columns] and board.waiting == []


# -- Today -------------------------------------------------------------------------------------


def test_expiring_background_checks_are_on_the_today_list(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima", role=Role.MENTOR), person("Bo", "Chen"))
    _, background = checklist(mem_store)
    mem_store.tick(background, [ids["Ana"]], dt.date(2024, 3, 20))
    mem_store.tick(background, [ids["Bo"]], dt.date(2024, 2, 1))
    found = [i for i in today_items(mem_store, mem_store.program(), TODAY)]
    checks = [i for i in found if i.kind is TodayKind.CHECK_EXPIRING]
    assert [(i.subject, i.text, i.participant_id) for i in checks] == [
        (
            "Bo Chen",
            "Background check expired 29 days ago; renew it before Bo Chen is matched again",
            ids["Bo"],
        ),
        ("Ana Lima", "Background check expires in 18 days", ids["Ana"]),
    ]
    assert checks[0].sort_key[0] == 0 and checks[1].sort_key[0] == 1  # overdue is urgent
    assert today_items(mem_store, mem_store.program(), TODAY, expiring=()) == [
        i for i in found if i.kind is not TodayKind.CHECK_EXPIRING
    ]
    facts = mem_store.followup_facts(TODAY + dt.timedelta(days=6))
    assert all(
        i.kind is not TodayKind.CHECK_EXPIRING
        for i in today_items(facts, mem_store.program(), TODAY)
    )


# -- the version 4 migration ---------------------------------------------------------------------


def test_version_4_makes_everyone_active_ready_to_match() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    for step in MIGRATIONS[:3]:
        conn.executescript(step)
    conn.execute("INSERT INTO program (id, name) VALUES (1, 'Old')")
    conn.executemany(
        "INSERT INTO participants (first_name, last_name, role, status) VALUES (?, ?, ?, ?)",
        [("A", "A", "mentor", "active"), ("B", "B", "mentee", "applicant")],
    )
    conn.executescript(MIGRATIONS[3])
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    store = Store(conn, None)
    store.set_screening_items([ScreeningItem("Interview held")])
    statuses = store.intake_statuses(TODAY)
    assert [(s.stage, s.by_hand, s.ready) for s in statuses.values()] == [
        (Stage.READY, True, True),
        (Stage.APPLIED, False, False),
    ]
    assert Store.in_memory(Program(name="New")).intake_rows()["intake"] == []


def test_following_the_rules_again_drops_a_stage_set_by_hand(mem_store: Store) -> None:
    ids = add(mem_store, person("Ana", "Lima"), person("Bo", "Chen"))
    interview, _ = checklist(mem_store)
    mem_store.tick(interview, [ids["Ana"]], TODAY)
    mem_store.move_to_stage(ids.values(), Stage.NOT_ACCEPTED, TODAY, "Late")
    before = rows(mem_store)
    assert mem_store.follow_rules(ids.values(), TODAY) == before
    assert stage(mem_store, ids["Ana"]) is Stage.READY
    status = mem_store.intake_status(ids["Bo"], TODAY)
    assert (status.stage, status.by_hand, status.reason) == (Stage.APPLIED, False, "")
