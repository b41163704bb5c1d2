"""The Store: opening and closing, transactions, change notification, every read and write."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model import programfile
from mentordesk.model.domain import (
    Changes,
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    ProgramFormat,
    Role,
    Session,
    SessionFormat,
    StepOwner,
)
from mentordesk.model.errors import FileProblem, ReadOnlyStore, ValidationError
from mentordesk.model.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES
from mentordesk.model.store import Store

from .conftest import PROGRAM, Ids, names, person, sha256

ALL_PEOPLE_CHANGES = Changes(
    participants=True, pairs=True, goals=True, feedback=True, matching=True
)


def raw_rows(store: Store, table: str) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]


def everything(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, to compare a program before and after."""
    return {table: raw_rows(store, table) for table in TABLES}


# -- opening and closing ---------------------------------------------------------------------


def test_create_writes_a_file_that_reopens_with_the_same_program(
    tmp_path: Path, sample_participant: Participant
) -> None:
    path = tmp_path / "nuovo.mentordesk"
    with Store.create(str(path), PROGRAM) as store:
        assert store.path == path
        assert not store.read_only
        pid = store.add_participant(sample_participant)

    with Store.open(str(path)) as again:
        assert again.program() == PROGRAM
        assert again.participant(pid) == Participant(**{**_fields(sample_participant), "id": pid})
        assert again.schema_version == SCHEMA_VERSION
        pragma = again.conn.execute
        assert pragma("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
        assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def _fields(p: Participant) -> dict[str, Any]:
    return {name: getattr(p, name) for name in Participant.__dataclass_fields__}


def test_create_refuses_an_invalid_program_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bad.mentordesk"
    with pytest.raises(ValidationError) as info:
        Store.create(path, Program(name="  ", cadence_days=0))
    assert set(info.value.problems) == {"name", "cadence_days"}
    assert not path.exists()


def test_create_replaces_an_existing_program_file(populated_path: Path) -> None:
    with Store.create(populated_path, Program(name="Fresh start")) as store:
        assert store.program().name == "Fresh start"
        assert store.participants() == []
        assert store.table_counts()["program"] == 1


def test_create_refuses_a_file_that_is_open(store: Store) -> None:
    assert store.path is not None
    with pytest.raises(FileProblem, match="already open"):
        Store.create(store.path, Program(name="Other"))
    assert store.program() == PROGRAM


def test_create_failing_to_write_releases_the_lock_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "folder.mentordesk"
    target.mkdir()  # the copy cannot replace a folder
    with pytest.raises(OSError):
        Store.create(target, PROGRAM)
    assert names(tmp_path) == [target.name]
    programfile.acquire_lock(target).release()  # the lock was released


def test_in_memory_store_has_the_schema_and_the_program(mem_store: Store) -> None:
    assert mem_store.path is None
    assert mem_store.program() == PROGRAM
    assert mem_store.schema_version == SCHEMA_VERSION
    app_id = mem_store.conn.execute("PRAGMA application_id").fetchone()[0]
    assert app_id == APPLICATION_ID
    assert mem_store.table_counts() == {table: int(table == "program") for table in TABLES}


def test_close_releases_the_lock_and_is_harmless_twice(tmp_path: Path) -> None:
    path = tmp_path / "p.mentordesk"
    first = Store.create(path, PROGRAM)
    first.close()
    first.close()
    with Store.open(path) as second:
        assert second.program() == PROGRAM


def test_context_manager_closes_the_connection(tmp_path: Path) -> None:
    with Store.create(tmp_path / "p.mentordesk", PROGRAM) as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_close_leaves_only_the_program_file(tmp_path: Path) -> None:
    path = tmp_path / "p.mentordesk"
    with Store.create(path, PROGRAM) as store:
        store.add_participant(person("Anna", "Neri"))
    # SQLite folded the write-ahead log back into the file.
    assert names(tmp_path) == ["p.mentordesk"]


# -- transactions and notification ---------------------------------------------------------


def test_exception_in_batch_writes_nothing_and_notifies_nobody(
    store: Store, events: list[Changes]
) -> None:
    before = everything(store)
    with pytest.raises(RuntimeError, match="boom"):
        with store.batch(Changes(participants=True, pairs=True)):
            pid = store.add_participant(person("Anna", "Neri"))
            store.add_pair(Pair(members=(PairMember(pid, MemberRole.PEER),)))
            store.update_program(Program(name="Renamed"))
            raise RuntimeError("boom")
    assert everything(store) == before
    assert events == []
    assert not store.conn.in_transaction

    # The changes of the failed batch are forgotten, not sent with the next one.
    store.update_program(Program(name="Renamed"))
    assert events == [Changes(program=True)]


def test_nested_batches_send_one_notification_with_all_changes(
    store: Store, events: list[Changes]
) -> None:
    with store.batch():
        pid = store.add_participant(person("Anna", "Neri"))
        store.add_pair(Pair(members=(PairMember(pid, MemberRole.PEER),)))
        assert events == []  # nothing before the commit
    assert events == [Changes(participants=True, pairs=True)]


def test_failed_inner_batch_undoes_only_its_own_writes(store: Store, events: list[Changes]) -> None:
    with store.batch():
        store.add_participant(person("Anna", "Neri"))
        with pytest.raises(ValidationError):
            with store.batch():
                store.add_participant(person("Bruno", "Verdi"))
                store.add_participant(person("", "Senza nome"))
    assert [p.full_name for p in store.participants()] == ["Anna Neri"]
    assert len(events) == 1
    assert events[0].participants


def test_batch_without_changes_sends_nothing(store: Store, events: list[Changes]) -> None:
    with store.batch():
        pass
    assert events == []


def test_unsubscribe_stops_notifications_and_ignores_unknown_listeners(
    store: Store, events: list[Changes]
) -> None:
    store.unsubscribe(events.append)
    store.unsubscribe(events.append)  # twice: harmless
    store.add_participant(person("Anna", "Neri"))
    assert events == []


def test_a_listener_may_unsubscribe_while_being_notified(store: Store) -> None:
    calls: list[str] = []

    def once(changes: Changes) -> None:
        calls.append("once")
        store.unsubscribe(once)

    store.subscribe(once)
    store.subscribe(lambda changes: calls.append("always"))
    store.add_participant(person("Anna", "Neri"))
    store.add_participant(person("Bruno", "Verdi"))
    assert calls == ["once", "always", "always"]


def _new_person(s: Store, ids: Ids) -> object:
    return s.add_participant(person("Nuovo", "Arrivato"))


def _edit_person(s: Store, ids: Ids) -> object:
    return s.update_participant(
        Participant(id=ids.both, first_name="Ada", last_name="King", role=Role.BOTH)
    )


OPERATIONS: dict[str, tuple[Callable[[Store, Ids], object], Changes]] = {
    "update_program": (lambda s, ids: s.update_program(PROGRAM), Changes(program=True)),
    "update_program with renames": (
        lambda s, ids: s.update_program(PROGRAM, {"Junior": "Associate"}),
        Changes(program=True, participants=True),
    ),
    "add_participant": (_new_person, Changes(participants=True)),
    "add_participants": (
        lambda s, ids: s.add_participants([person("A", "B"), person("C", "D")]),
        Changes(participants=True),
    ),
    "update_participant": (_edit_person, Changes(participants=True)),
    "set_statuses": (
        lambda s, ids: s.set_statuses({ids.both: ParticipantStatus.ACTIVE}),
        Changes(participants=True),
    ),
    "delete_participants": (lambda s, ids: s.delete_participants([ids.mentee]), ALL_PEOPLE_CHANGES),
    "add_pair": (
        lambda s, ids: s.add_pair(Pair(members=(PairMember(ids.both, MemberRole.PEER),))),
        Changes(pairs=True),
    ),
    "add_goal": (lambda s, ids: s.add_goal(Goal(ids.active_pair, "Nuovo")), Changes(goals=True)),
    "add_goal_step": (
        lambda s, ids: s.add_goal_step(GoalStep(ids.goal, "Passo")),
        Changes(goals=True),
    ),
    "add_session": (
        lambda s, ids: s.add_session(Session(ids.active_pair, dt.date(2025, 5, 5))),
        Changes(sessions=True),
    ),
    "add_feedback": (
        lambda s, ids: s.add_feedback(Feedback(ids.mentor, "Fine", dt.date(2025, 12, 1))),
        Changes(feedback=True),
    ),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_operation_notifies_exactly_what_it_changed(
    populated: Store, ids: Ids, name: str
) -> None:
    operation, expected = OPERATIONS[name]
    received: list[Changes] = []
    populated.subscribe(received.append)
    result = operation(populated, ids)
    assert received == [expected]
    if isinstance(result, Changes):
        assert result == expected


def test_restore_notifies_and_returns_its_changes(populated: Store, ids: Ids) -> None:
    snapshot = populated.delete_participants([ids.mentee])
    received: list[Changes] = []
    populated.subscribe(received.append)
    assert populated.restore(snapshot) == ALL_PEOPLE_CHANGES
    assert received == [ALL_PEOPLE_CHANGES]


# -- program ---------------------------------------------------------------------------------


def test_update_program_saves_every_setting(store: Store) -> None:
    new = Program(
        name="Peer-mentoring Sofia",
        format=ProgramFormat.PEER_GROUPS,
        formal=False,
        start_date=None,
        end_date=dt.date(2026, 6, 30),
        cadence_days=30,
        objectives="Споделяне на опит",
        guidelines="Riservatezza: quello che si dice nel gruppo resta nel gruppo.",
        career_levels=("Стажант", "Specialista"),
    )
    assert store.update_program(new) == Changes(program=True)
    assert store.program() == new


def test_update_program_trims_the_name(store: Store) -> None:
    store.update_program(Program(name="  Spaced  "))
    assert store.program().name == "Spaced"


def test_invalid_program_raises_and_changes_nothing(store: Store, events: list[Changes]) -> None:
    bad = Program(
        name="Ok",
        start_date=dt.date(2025, 5, 1),
        end_date=dt.date(2025, 4, 1),
        career_levels=("Senior", "senior"),
    )
    with pytest.raises(ValidationError) as info:
        store.update_program(bad)
    assert set(info.value.problems) == {"end_date", "career_levels"}
    assert "end date is before the start date" in str(info.value)
    assert store.program() == PROGRAM
    assert events == []


def test_renaming_a_career_level_moves_its_participants(store: Store) -> None:
    junior = store.add_participant(person("A", "Uno", career_level="Junior"))
    senior = store.add_participant(person("B", "Due", career_level="Senior"))
    lead = store.add_participant(person("C", "Tre", career_level="Lead"))
    none = store.add_participant(person("D", "Quattro"))
    renamed = Program(name=PROGRAM.name, career_levels=("Associate", "Senior", "Principal"))

    changes = store.update_program(renamed, {"Junior": "Associate", "Lead": "Principal"})

    assert changes == Changes(program=True, participants=True)
    assert store.program().career_levels == ("Associate", "Senior", "Principal")
    levels = {pid: store.participant(pid).career_level for pid in (junior, senior, lead, none)}
    assert levels == {junior: "Associate", senior: "Senior", lead: "Principal", none: ""}


def test_chained_level_renames_move_each_participant_one_step(store: Store) -> None:
    one = store.add_participant(person("A", "Uno", career_level="L1"))
    two = store.add_participant(person("B", "Due", career_level="L2"))
    store.update_program(Program(name="P", career_levels=("L2", "L3")), {"L1": "L2", "L2": "L3"})
    assert store.participant(one).career_level == "L2"
    assert store.participant(two).career_level == "L3"


def test_update_program_without_renames_leaves_participants(store: Store) -> None:
    pid = store.add_participant(person("A", "Uno", career_level="Junior"))
    assert store.update_program(Program(name="P"), {}) == Changes(program=True)
    assert store.participant(pid).career_level == "Junior"


# -- participants ----------------------------------------------------------------------------


def test_participant_round_trip_keeps_every_field(
    store: Store, sample_participant: Participant
) -> None:
    pid = store.add_participant(sample_participant)
    assert store.participant(pid) == Participant(**{**_fields(sample_participant), "id": pid})
    assert store.participants() == [store.participant(pid)]


def test_participant_text_is_trimmed_and_blank_email_stored_as_none(store: Store) -> None:
    pid = store.add_participant(
        person(" Anna ", " Neri ", email="  ", department=" HR ", location=" Roma ")
    )
    saved = store.participant(pid)
    assert (saved.first_name, saved.last_name, saved.email) == ("Anna", "Neri", "")
    assert (saved.department, saved.location) == ("HR", "Roma")
    assert store.conn.execute("SELECT email FROM participants").fetchone()[0] is None


def test_participants_are_listed_by_last_then_first_name(store: Store) -> None:
    for first, last in [("Zeno", "Bianchi"), ("Anna", "Rossi"), ("Aldo", "Bianchi")]:
        store.add_participant(person(first, last))
    names = [p.full_name for p in store.participants()]
    assert names == ["Aldo Bianchi", "Zeno Bianchi", "Anna Rossi"]


def test_unknown_participant_raises_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.participant(404)


def test_add_participant_keeps_a_given_id(store: Store) -> None:
    assert store.add_participant(person("Anna", "Neri", id=42)) == 42
    assert store.participant(42).full_name == "Anna Neri"
    assert store.add_participant(person("Bruno", "Verdi")) == 43


def test_add_participants_is_all_or_nothing(store: Store, events: list[Changes]) -> None:
    people = [person("Anna", "Neri", email="a@esempio.it"), person("Bruno", "Verdi")]
    assert store.add_participants(people) == [1, 2]
    with pytest.raises(ValidationError):
        store.add_participants(
            [person("Carla", "Blu"), person("Dario", "Gialli", email="A@ESEMPIO.IT")]
        )
    assert [p.first_name for p in store.participants()] == ["Anna", "Bruno"]
    assert events == [Changes(participants=True)]


def test_add_participants_checks_emails_within_the_batch(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.add_participants(
            [person("A", "Uno", email="same@example.org"), person("B", "Due", email="Same@x.org")]
            + [person("C", "Tre", email="SAME@example.org")]
        )
    assert store.participants() == []


def test_update_participant_saves_the_new_values(store: Store) -> None:
    pid = store.add_participant(person("Anna", "Neri", email="anna@esempio.it"))
    edited = person(
        "Anna",
        "Neri-Blu",
        id=pid,
        email="ANNA@esempio.it",  # her own address in other case: no conflict
        role=Role.BOTH,
        interests=("Scacchi",),
        consent_date=dt.date(2025, 3, 3),
    )
    assert store.update_participant(edited) == Changes(participants=True)
    assert store.participant(pid) == edited


def test_update_participant_sets_updated_at(store: Store) -> None:
    pid = store.add_participant(person("Anna", "Neri"))
    store.conn.execute("UPDATE participants SET updated_at = '2000-01-01T00:00:00Z'")
    store.update_participant(person("Anna", "Bianchi", id=pid))
    stamp = store.conn.execute("SELECT updated_at FROM participants").fetchone()[0]
    assert stamp > "2020"


def test_update_participant_needs_an_id(store: Store) -> None:
    with pytest.raises(ValueError, match="id"):
        store.update_participant(person("Anna", "Neri"))


def test_update_participant_to_a_taken_email_is_refused(
    store: Store, events: list[Changes]
) -> None:
    store.add_participant(person("Anna", "Neri", email="anna@esempio.it"))
    bruno = store.add_participant(person("Bruno", "Verdi", email="bruno@esempio.it"))
    events.clear()
    with pytest.raises(ValidationError) as info:
        store.update_participant(person("Bruno", "Verdi", id=bruno, email=" Anna@Esempio.IT "))
    assert info.value.problems == {"email": "Another participant already has this e-mail address."}
    assert store.participant(bruno).email == "bruno@esempio.it"
    assert events == []


def test_set_statuses_gives_each_participant_its_status(store: Store) -> None:
    a = store.add_participant(person("A", "Uno"))
    b = store.add_participant(person("B", "Due"))
    c = store.add_participant(person("C", "Tre"))
    store.set_statuses({a: ParticipantStatus.ACTIVE, c: ParticipantStatus.WITHDRAWN})
    statuses = [store.participant(pid).status for pid in (a, b, c)]
    assert statuses == [
        ParticipantStatus.ACTIVE,
        ParticipantStatus.APPLICANT,
        ParticipantStatus.WITHDRAWN,
    ]


def test_delete_removes_everything_hanging_on_a_participant(populated: Store, ids: Ids) -> None:
    populated.delete_participants([ids.mentee])
    assert ids.mentee not in {p.id for p in populated.participants()}
    active = next(p for p in populated.pairs() if p.id == ids.active_pair)
    assert active.members == (PairMember(ids.mentor, MemberRole.MENTOR),)
    assert [f.participant_id for f in populated.feedback()] == [ids.mentor]
    (goal,) = populated.goals()
    assert goal.participant_id is None  # the pair keeps its goal
    assert len(populated.sessions()) == 2


def test_delete_then_restore_gives_back_exactly_the_same_rows(populated: Store, ids: Ids) -> None:
    before = everything(populated)
    snapshot = populated.delete_participants(iter([ids.mentee, ids.withdrawn, ids.mentee]))
    assert [row["id"] for row in snapshot["participants"]] == [ids.mentee, ids.withdrawn]
    assert everything(populated) != before
    populated.restore(snapshot)
    after = everything(populated)
    for rows in (before, after):  # rows come back in key order, not in insertion order
        rows["pair_members"].sort(key=lambda r: (r["pair_id"], r["participant_id"]))
        rows["feedback"].sort(key=lambda r: r["id"])
    assert after == before
    assert populated.integrity_problems() == []


def test_restore_of_a_participant_with_nothing_attached(store: Store) -> None:
    pid = store.add_participant(person("Anna", "Neri"))
    snapshot = store.delete_participants([pid])
    assert snapshot == {
        "participants": snapshot["participants"],
        "pair_members": [],
        "feedback": [],
        "goals": [],
        "pair_rules": [],
        "training_attendance": [],
        "screening_checks": [],
        "intake": [],
    }
    store.restore(snapshot)
    assert [p.id for p in store.participants()] == [pid]


def test_delete_of_no_one_deletes_nothing(populated: Store) -> None:
    before = everything(populated)
    assert populated.delete_participants([]) == {
        "participants": [],
        "pair_members": [],
        "feedback": [],
        "goals": [],
        "pair_rules": [],
        "training_attendance": [],
        "screening_checks": [],
        "intake": [],
    }
    assert everything(populated) == before


# -- e-mail uniqueness and validation ------------------------------------------------------


@pytest.mark.parametrize(
    ("existing", "candidate"),
    [
        ("anna@esempio.it", "anna@esempio.it"),
        ("Anna.Neri@Esempio.it", "anna.neri@ESEMPIO.IT"),
        ("anna@esempio.it", "  ANNA@esempio.it  "),
        ("Ärger@beispiel.de", "ärger@BEISPIEL.de"),
        ("Иван@пример.бг", "иван@ПРИМЕР.бг"),
    ],
)
def test_email_is_unique_ignoring_case(store: Store, existing: str, candidate: str) -> None:
    first = store.add_participant(person("Prima", "Persona", email=existing))
    assert store.email_taken(candidate)
    assert not store.email_taken(candidate, exclude_id=first)
    with pytest.raises(ValidationError) as info:
        store.add_participant(person("Seconda", "Persona", email=candidate))
    assert set(info.value.problems) == {"email"}
    assert len(store.participants()) == 1


def test_email_taken_is_false_for_other_or_blank_addresses(store: Store) -> None:
    store.add_participant(person("Anna", "Neri", email="anna@esempio.it"))
    store.add_participant(person("Senza", "Email"))
    assert not store.email_taken("anna.neri@esempio.it")
    assert not store.email_taken("")
    assert not store.email_taken("   ")


def test_many_participants_may_have_no_email(store: Store) -> None:
    store.add_participants([person("A", "Uno"), person("B", "Due", email=" ")])
    assert len(store.participants()) == 2


@pytest.mark.parametrize(
    ("fields", "problem_fields"),
    [
        ({"first_name": " "}, {"first_name"}),
        ({"last_name": ""}, {"last_name"}),
        ({"email": "not-an-address"}, {"email"}),
        ({"capacity": -1}, {"capacity"}),
        ({"first_name": "", "last_name": "", "email": "a@b"}, {"first_name", "last_name", "email"}),
    ],
)
def test_invalid_participant_raises_and_writes_nothing(
    store: Store, events: list[Changes], fields: dict[str, Any], problem_fields: set[str]
) -> None:
    bad = Participant(**{"first_name": "Anna", "last_name": "Neri", **fields})
    assert set(store.participant_problems(bad)) == problem_fields
    with pytest.raises(ValidationError) as info:
        store.add_participant(bad)
    assert set(info.value.problems) == problem_fields
    assert store.participants() == []
    assert events == []


# -- pairs, goals, steps, sessions, feedback -----------------------------------------------


def test_pairs_round_trip_with_members_and_closure(store: Store) -> None:
    a, b, c = store.add_participants([person("A", "Uno"), person("B", "Due"), person("C", "Tre")])
    closed = Pair(
        members=(PairMember(a, MemberRole.MENTOR), PairMember(b, MemberRole.MENTEE)),
        status=PairStatus.CLOSED,
        name="Coppia «uno»",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 2, 1),
        closure_reason=ClosureReason.GOALS_REACHED,
        closure_note="Obiettivi raggiunti 🎉",
    )
    group = Pair(
        members=tuple(PairMember(pid, MemberRole.PEER) for pid in (a, b, c)),
        name="Група",
    )
    closed_id = store.add_pair(closed)
    group_id = store.add_pair(group)
    saved = {p.id: p for p in store.pairs()}
    assert list(saved) == [closed_id, group_id]
    for pid, original in ((closed_id, closed), (group_id, group)):
        # Members come back in the order they were added: the mentor first.
        assert saved[pid] == Pair(**{**_pair_fields(original), "id": pid})
    assert saved[group_id].status == PairStatus.PROPOSED
    assert saved[group_id].closure_reason is None


def _pair_fields(p: Pair) -> dict[str, Any]:
    fields = {name: getattr(p, name) for name in Pair.__dataclass_fields__}
    fields.pop("id")
    return fields


def test_pair_with_an_unknown_participant_is_refused_whole(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.add_pair(Pair(members=(PairMember(999, MemberRole.PEER),)))
    assert store.pairs() == []


def test_pair_without_members_is_listed_with_none(store: Store) -> None:
    pid = store.add_pair(Pair(members=()))
    assert store.pairs() == [Pair(members=(), id=pid)]


def test_goals_round_trip(populated: Store, ids: Ids) -> None:
    goal = Goal(
        pair_id=ids.active_pair,
        title="  Imparare Python  ",
        measure="Un progetto finito",
        why="Автоматизация",
        target_date=dt.date(2025, 9, 1),
        status=GoalStatus.COMPLETED,
        completed_date=dt.date(2025, 8, 20),
    )
    gid = populated.add_goal(goal)
    saved = {g.id: g for g in populated.goals()}
    assert list(saved) == [ids.goal, gid]
    assert saved[gid] == Goal(**{**_goal_fields(goal), "title": "Imparare Python", "id": gid})


def _goal_fields(g: Goal) -> dict[str, Any]:
    return {name: getattr(g, name) for name in Goal.__dataclass_fields__}


def test_goal_steps_keep_the_order_they_were_added_in(populated: Store, ids: Ids) -> None:
    other = populated.add_goal(Goal(ids.active_pair, "Altro"))
    first_other = populated.add_goal_step(GoalStep(other, "Altro passo"))
    texts = ["Due", "Tre", "Quattro"]
    for text in texts:
        populated.add_goal_step(GoalStep(ids.goal, text, owner=StepOwner.MENTOR))
    steps = populated.goal_steps(ids.goal)
    assert [s.text for s in steps] == ["Preparare un talk", *texts]
    assert [s.owner for s in steps] == [StepOwner.MENTEE] + [StepOwner.MENTOR] * 3
    positions = [
        r[0]
        for r in populated.conn.execute(
            "SELECT position FROM goal_steps WHERE goal_id = ? ORDER BY id", (ids.goal,)
        )
    ]
    assert positions == [0, 1, 2, 3]
    assert [s.id for s in populated.goal_steps(other)] == [first_other]


def test_goal_step_round_trip(mem_store: Store) -> None:
    pair = mem_store.add_pair(Pair(members=()))
    goal = mem_store.add_goal(Goal(pair, "Obiettivo"))
    step = GoalStep(
        goal_id=goal,
        text="Leggere «Il nome della rosa»",
        owner=StepOwner.BOTH,
        due_date=dt.date(2025, 4, 4),
        done=True,
        done_date=dt.date(2025, 4, 3),
    )
    sid = mem_store.add_goal_step(step)
    fields = {name: getattr(step, name) for name in GoalStep.__dataclass_fields__}
    assert mem_store.goal_steps(goal) == [GoalStep(**{**fields, "id": sid})]


def test_sessions_are_listed_by_date_and_filtered_by_pair(populated: Store, ids: Ids) -> None:
    early = Session(
        pair_id=ids.closed_pair,
        date=dt.date(2025, 2, 5),
        duration_minutes=45,
        format=SessionFormat.PHONE,
        topics=("Carriera", "Баланс"),
        notes="Riservato",
        confidential=True,
    )
    sid = populated.add_session(early)
    all_sessions = populated.sessions()
    assert [s.date for s in all_sessions] == [
        dt.date(2025, 2, 5),
        dt.date(2025, 2, 10),
        dt.date(2025, 2, 24),
    ]
    assert populated.sessions(ids.closed_pair) == [
        Session(
            pair_id=ids.closed_pair,
            date=early.date,
            duration_minutes=45,
            format=SessionFormat.PHONE,
            topics=("Carriera", "Баланс"),
            notes="Riservato",
            confidential=True,
            id=sid,
        )
    ]
    assert [s.pair_id for s in populated.sessions(ids.active_pair)] == [ids.active_pair] * 2


def test_feedback_round_trip(populated: Store, ids: Ids) -> None:
    fb = Feedback(
        participant_id=ids.both,
        round="  Finale  ",
        date=dt.date(2025, 12, 1),
        answers={"utilità": 4, "коментар": "Много полезно", "nps": 9},
        comment="Grazie!",
        pair_id=None,
    )
    fid = populated.add_feedback(fb)
    saved = populated.feedback()
    assert [f.round for f in saved] == ["Metà percorso", "Metà percorso", "Finale"]
    assert saved[-1] == Feedback(
        participant_id=ids.both,
        round="Finale",
        date=dt.date(2025, 12, 1),
        answers={"utilità": 4, "коментар": "Много полезно", "nps": 9},
        comment="Grazie!",
        pair_id=None,
        id=fid,
    )
    assert saved[0].answers == {"satisfaction": 5, "comment": "Отлично"}
    assert saved[0].pair_id == ids.active_pair


# -- overview and lookups ------------------------------------------------------------------


def test_counts_of_the_populated_program(populated: Store) -> None:
    counts = populated.counts()
    assert counts.participants == 4
    assert counts.participants_by_role == {Role.MENTOR: 1, Role.MENTEE: 2, Role.BOTH: 1}
    assert counts.participants_by_status == {
        ParticipantStatus.APPLICANT: 1,
        ParticipantStatus.ACTIVE: 2,
        ParticipantStatus.WITHDRAWN: 1,
    }
    assert counts.pairs_by_status == {
        PairStatus.PROPOSED: 0,
        PairStatus.ACTIVE: 1,
        PairStatus.PAUSED: 0,
        PairStatus.CLOSED: 1,
    }
    assert (counts.sessions, counts.goals) == (2, 1)


def test_counts_of_an_empty_program_are_all_zero(mem_store: Store) -> None:
    counts = mem_store.counts()
    assert counts.participants == counts.sessions == counts.goals == 0
    assert set(counts.participants_by_role.values()) == {0}
    assert set(counts.participants_by_status.values()) == {0}
    assert set(counts.pairs_by_status.values()) == {0}


def test_departments_are_distinct_non_empty_and_sorted_ignoring_case(populated: Store) -> None:
    assert populated.departments() == ["Engineering", "finance"]
    populated.add_participant(person("Nuova", "Persona", department="Ricerca"))
    populated.add_participant(person("Altra", "Persona", department="Engineering"))
    assert populated.departments() == ["Engineering", "finance", "Ricerca"]


def test_pair_statuses_by_participant(populated: Store, ids: Ids) -> None:
    assert populated.pair_statuses_by_participant() == {
        ids.mentor: {PairStatus.ACTIVE, PairStatus.CLOSED},
        ids.mentee: {PairStatus.ACTIVE},
        ids.withdrawn: {PairStatus.CLOSED},
    }


def test_table_counts_list_every_table_in_schema_order(populated: Store) -> None:
    assert populated.table_counts() == {
        "program": 1,
        "participants": 4,
        "pairs": 2,
        "pair_members": 4,
        "goals": 1,
        "goal_steps": 1,
        "sessions": 2,
        "feedback": 2,
        "match_settings": 0,
        "pair_rules": 0,
        "pair_history": 3,
        "checkins": 0,
        "session_totals": 1,  # kept by triggers: the pairs with a held session
        "session_months": 1,  # kept by triggers: the pairs' months with a held session
        "survey_questions": 0,
        "resources": 0,
        "trainings": 0,
        "training_attendance": 0,
        "intake_settings": 0,
        "screening_items": 0,
        "screening_checks": 0,
        "intake": 0,  # written when a stage is recorded or set by hand
    }
    assert list(populated.table_counts()) == list(TABLES)


def test_integrity_problems_empty_for_a_sound_file(populated: Store) -> None:
    assert populated.integrity_problems() == []


def test_integrity_problems_reports_a_broken_rule(populated: Store) -> None:
    populated.conn.execute("PRAGMA ignore_check_constraints = ON")
    populated.conn.execute("UPDATE participants SET capacity = -5 WHERE id = 1")
    populated.conn.execute("PRAGMA ignore_check_constraints = OFF")
    problems = populated.integrity_problems()
    assert problems and "participants" in problems[0]


# -- copies ----------------------------------------------------------------------------------


def test_save_copy_writes_a_file_that_opens_with_the_same_program(
    populated: Store, tmp_path: Path
) -> None:
    target = tmp_path / "copia di sicurezza.mentordesk"
    populated.save_copy(str(target))
    with Store.open(target, read_only=True) as copy:
        assert copy.table_counts() == populated.table_counts()
        assert copy.counts() == populated.counts()
        assert copy.participants() == populated.participants()
        assert copy.program() == populated.program()
        # Self-contained: not in WAL mode, so it needs no side files to be read.
        assert copy.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_save_copy_includes_writes_not_yet_folded_into_the_file(
    store: Store, tmp_path: Path
) -> None:
    store.add_participant(person("Anna", "Neri"))  # still in the -wal file
    target = tmp_path / "copy.mentordesk"
    store.save_copy(target)
    with Store.open(target) as copy:
        assert [p.full_name for p in copy.participants()] == ["Anna Neri"]


def test_save_copy_replaces_an_existing_file(populated: Store, tmp_path: Path) -> None:
    target = tmp_path / "old.mentordesk"
    target.write_text("old contents")
    populated.save_copy(target)
    with Store.open(target) as copy:
        assert len(copy.participants()) == 4


def test_save_copy_refuses_the_open_file_itself(populated: Store, tmp_path: Path) -> None:
    digest = sha256(tmp_path / "populated.mentordesk")
    with pytest.raises(FileProblem, match="this is the file that is open"):
        populated.save_copy(tmp_path / "." / "populated.mentordesk")
    assert sha256(tmp_path / "populated.mentordesk") == digest


def test_save_copy_to_a_missing_folder_raises_a_clear_problem(
    populated: Store, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "copy.mentordesk"
    with pytest.raises(FileProblem) as info:
        populated.save_copy(target)
    assert str(target) in str(info.value)
    assert info.value.path == str(target)
    assert not target.parent.exists()


def test_save_copy_onto_a_folder_leaves_no_temporary_file(populated: Store, tmp_path: Path) -> None:
    target = tmp_path / "a folder"
    target.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(FileProblem, match="could not be written"):
        populated.save_copy(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert target.is_dir()


def test_in_memory_store_can_be_saved_to_a_file(
    mem_store: Store, sample_participant: Participant, tmp_path: Path
) -> None:
    mem_store.add_participant(sample_participant)
    target = tmp_path / "from-memory.mentordesk"
    mem_store.save_copy(target)
    with Store.open(target) as copy:
        assert copy.participants() == mem_store.participants()


# -- read-only stores ------------------------------------------------------------------------


def _write_attempts(ids: Ids) -> dict[str, Callable[[Store], object]]:
    return {
        "batch": lambda s: s.batch().__enter__(),
        "update_program": lambda s: s.update_program(PROGRAM),
        "add_participant": lambda s: s.add_participant(person("Nuovo", "Arrivato")),
        "add_participants": lambda s: s.add_participants([person("Nuovo", "Arrivato")]),
        "update_participant": lambda s: s.update_participant(person("A", "B", id=ids.both)),
        "set_statuses": lambda s: s.set_statuses({ids.both: ParticipantStatus.ACTIVE}),
        "delete_participants": lambda s: s.delete_participants([ids.mentee]),
        "restore": lambda s: s.restore({"participants": []}),
        "add_pair": lambda s: s.add_pair(Pair(members=())),
        "add_goal": lambda s: s.add_goal(Goal(ids.active_pair, "X")),
        "add_goal_step": lambda s: s.add_goal_step(GoalStep(ids.goal, "X")),
        "add_session": lambda s: s.add_session(Session(ids.active_pair, dt.date(2025, 3, 1))),
        "add_feedback": lambda s: s.add_feedback(Feedback(ids.mentor, "R", dt.date(2025, 1, 1))),
    }


WRITES = list(_write_attempts(Ids(0, 0, 0, 0, 0, 0, 0)))


@pytest.mark.parametrize("write", WRITES)
def test_read_only_store_refuses_every_write(populated_path: Path, ids: Ids, write: str) -> None:
    digest = sha256(populated_path)
    with Store.open(populated_path, read_only=True) as store:
        assert store.read_only
        received: list[Changes] = []
        store.subscribe(received.append)
        before = everything(store)
        with pytest.raises(ReadOnlyStore, match="read-only"):
            _write_attempts(ids)[write](store)
        assert everything(store) == before
        assert received == []
    assert sha256(populated_path) == digest


def test_read_only_store_reads_everything(populated_path: Path, ids: Ids) -> None:
    with Store.open(populated_path) as writable:
        expected = (writable.participants(), writable.pairs(), writable.counts())
    with Store.open(populated_path, read_only=True) as store:
        assert (store.participants(), store.pairs(), store.counts()) == expected
        assert store.goal_steps(ids.goal)[0].text == "Preparare un talk"
        assert store.schema_version == SCHEMA_VERSION


def test_adding_people_with_their_ids_is_still_validated(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.add_participants([person("A", "Uno", email="not an address", id=77)])
    assert store.participants() == []


def test_participant_names_by_id_match_the_full_names(populated: Store) -> None:
    assert populated.participant_names() == {
        p.id: p.full_name for p in populated.participants() if p.id is not None
    }


def test_adding_goals_steps_and_sessions_checks_them_first(populated: Store, ids: Ids) -> None:
    before = {t: raw_rows(populated, t) for t in ("goals", "goal_steps", "sessions")}
    with pytest.raises(ValidationError) as info:
        populated.add_goal(Goal(ids.active_pair, " "))
    assert set(info.value.problems) == {"title"}
    with pytest.raises(ValidationError) as info:
        populated.add_goal_step(GoalStep(ids.goal, "Early", due_date=dt.date(2025, 1, 1)))
    assert set(info.value.problems) == {"due_date"}
    with pytest.raises(ValidationError):
        populated.add_session(Session(ids.active_pair, dt.date(2025, 1, 31)))
    with pytest.raises(LookupError):
        populated.add_goal_step(GoalStep(999, "Nowhere"))
    assert {t: raw_rows(populated, t) for t in before} == before
