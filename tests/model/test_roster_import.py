"""Roster import: real rosters imported, duplicates resolved, people already in the program
updated, one transaction applied and undone, rejected rows written out, an export imported back.
Reading the values of each row and placing its problems: ``test_roster_rows``."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model.demo import demo_store
from mentordesk.model.domain import (
    Changes,
    Participant,
    ParticipantStatus,
    Program,
    Role,
)
from mentordesk.model.errors import FileProblem, ValidationError
from mentordesk.model.export import export_workbook
from mentordesk.model.roster_apply import apply, redo_import, undo_import, write_rejected
from mentordesk.model.roster_import import Action, Preview, preview
from mentordesk.model.roster_plan import OnExisting, guess_plan
from mentordesk.model.roster_vocabulary import Target
from mentordesk.model.sheets import Workbook, read_workbook
from mentordesk.model.store import Store

from .conftest import person, sha256
from .test_roster_plan import REAL, guessed, real
from .test_roster_rows import book, italian_roster, one, preview_of

LEVELS = (
    "Professional Level 20-29",
    "Manager Level 30-39",
    "Director Level 40-49",
    "Vice President Level 50-59",
    "President Level 60-69",
)
PUBLIC, UP, SHIFTS = "Public Speaking", "Managing Up", "Large career shifts"


def without_id(p: Participant) -> Participant:
    return dataclasses.replace(p, id=None)


@pytest.fixture
def mem() -> Iterator[Store]:
    with Store.in_memory(Program(name="Test", career_levels=("Junior", "Senior"))) as s:
        yield s


# -- the real rosters ------------------------------------------------------------------------

# The applicants of the Forms exports, by the local part of their address at its.jnj.com.
WHO = {
    "aarand": ("Abby", "Arand", Role.MENTOR, 1),  # "One mentee only, please!"
    "bballard": ("Binh", "Ballard", Role.MENTOR, 1),
    "ccalbrai": ("Candince", "Calbraith", Role.MENTOR, 2),  # "…take on two mentees."
    "ddeat": ("Dallas", "Deatrich", Role.MENTOR, 1),
    "eeldritc": ("Effie", "Eldritch", Role.MENTOR, 3),  # "…Give me three mentees."
    "zzabrosk": ("Zarek", "Zabroski", Role.MENTEE, 0),
    "yyalda": ("Yngvar", "Yalda", Role.MENTEE, 0),
    "xxanders": ("Xavier", "Xanders", Role.MENTEE, 0),
    "wwickers": ("Wednesday", "Wickers", Role.MENTEE, 0),
    "vvuitton": ("Vivian", "Vuitton", Role.MENTEE, 0),
    # Ursula Upton (row 7) and Tina Travis (row 8) give the same address and no time: the
    # lower row wins.
    "uupton": ("Tina", "Travis", Role.MENTEE, 0),
}
# (skills offered, skills wanted, department, index into LEVELS, home office)
PROFILE = {
    "aarand": ((PUBLIC, UP), (), "The World", 4, "Horsham"),
    "bballard": ((UP, SHIFTS), (), "front end", 1, "Malvern"),
    "ccalbrai": ((), (), "manufacturing", 0, "Fort Washington"),
    "ddeat": ((PUBLIC, UP, SHIFTS), (), "engineering", 2, "Spring House"),
    "eeldritc": ((PUBLIC, SHIFTS), (), "The whole company", 3, "West Chester"),
    "zzabrosk": ((), (PUBLIC, UP), "Small Molecule", 0, "Fort Washington"),
    "yyalda": ((), (), "Plates and Screws", 1, "Malvern"),
    "xxanders": ((), (UP, SHIFTS), "marketing", 2, "Spring House"),
    "wwickers": ((), (PUBLIC, UP, SHIFTS), "Science Stuff", 3, "West Chester"),
    "vvuitton": ((), (PUBLIC,), "Pharma", 4, "Horsham"),
    "uupton": ((), (PUBLIC, UP), "Small Molecule", 0, "Fort Washington"),
}


@pytest.mark.parametrize(
    ("name", "mentee_sheet"),
    [
        ("msforms-applications.xlsx", "mentee"),
        ("msforms-extra-row.xlsx", "mentees"),  # empty first row above the mentor header
        ("msforms-wrong-sheet-name.xlsx", "mentees"),  # mentor sheet "wrong_mentors_tab_name"
    ],
)
def test_forms_exports_import_every_applicant(name: str, mentee_sheet: str) -> None:
    with Store.in_memory(Program(name="J&J mentoring")) as store:
        result = preview(store, real(name), guessed(name))
        assert result.summary() == "11 new, 0 updated, 0 unchanged, 1 rejected"
        assert result.new_levels == LEVELS  # by the numbers in them, lowest first
        (ursula,) = result.rejected
        assert (ursula.candidate.sheet, ursula.candidate.row) == (mentee_sheet, 7)
        assert ursula.candidate.participant.full_name == "Ursula Upton"
        assert ursula.reasons == [
            f"A newer answer with the same e-mail (sheet “{mentee_sheet}”, row 8) is "
            "imported instead."
        ]
        apply(store, result)
        people = store.participants()
        assert store.program().career_levels == LEVELS
    by_user = {p.email.removesuffix("@its.jnj.com"): p for p in people}
    assert {u: (p.first_name, p.last_name, p.role, p.capacity) for u, p in by_user.items()} == WHO
    assert {
        u: (p.skills_offered, p.skills_wanted, p.department, LEVELS.index(p.career_level))
        + (p.location,)
        for u, p in by_user.items()
    } == PROFILE
    assert all(p.status is ParticipantStatus.APPLICANT for p in people)
    abby = next(p for p in people if p.first_name == "Abby")
    assert abby.bio == "I'm simply awesome!"
    assert abby.private_notes == "Nope, you're doing great!"
    assert abby.consent_date is None


def civil_rows(name: str) -> list[dict[str, str]]:
    with (REAL / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_civil(name: str, role: Role) -> set[tuple[Any, ...]]:
    """What each row of a civil-service file should become, read with the csv module."""
    result = set()
    for r in civil_rows(name):
        both = {"yes": True, "no": False}[r["both mentor and mentee"]]
        who = Role.BOTH if both else role
        result.add(
            (r["first name"], r["last name"], r["email address"], who)
            + (0 if who is Role.MENTEE else 1, r["grade"], r["organisation"])
            + (r["biography"].strip(),)
        )
    return result


@pytest.mark.parametrize(("size", "count"), [("small", 50), ("large", 500)])
def test_civil_service_mentors_and_mentees_import_into_one_program(size: str, count: int) -> None:
    mentors, mentees = f"civil-service-{size}-mentors.csv", f"civil-service-{size}-mentees.csv"
    expected = expected_civil(mentors, Role.MENTOR) | expected_civil(mentees, Role.MENTEE)
    grades = [r["grade"] for name in (mentors, mentees) for r in civil_rows(name)]
    with Store.in_memory(Program(name="LGBTQ+ mentoring")) as store:
        for name in (mentors, mentees):
            result = preview(store, real(name), guessed(name))
            assert result.summary() == f"{count} new, 0 updated, 0 unchanged, 0 rejected"
            apply(store, result)
        people = store.participants()
        levels = store.program().career_levels
    assert len(people) == 2 * count
    assert {
        (p.first_name, p.last_name, p.email, p.role, p.capacity, p.career_level, p.department)
        + (p.bio,)
        for p in people
    } == expected
    # Grades have no numbers to sort by: they are added as they first appear.
    assert levels == tuple(dict.fromkeys(grades))


def test_civil_service_roles_follow_the_both_answer() -> None:
    name = "civil-service-small-mentees.csv"
    answers = [r["both mentor and mentee"] for r in civil_rows(name)]
    roles = [o.result.role for o in preview_of(real(name), guessed(name)).outcomes if o.result]
    assert roles == [Role.BOTH if a == "yes" else Role.MENTEE for a in answers]
    assert 0 < answers.count("yes") < len(answers)


# -- duplicates ------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["Completion time", "Informazioni cronologiche", "Timestamp"])
def test_the_latest_submission_wins(header: str) -> None:
    workbook = book(
        [header, "Name", "E-mail", "Department"],
        ["02/03/2025 10:00:00", "Anna Rossi", "anna@example.org", "Newer"],
        ["01/03/2025 18:00:00", "Anna Rossi", " ANNA@Example.org", "Older"],
        ["02/03/2025 09:00:00", "Anna Rossi", "anna@example.org", "Earlier that day"],
        name="mentees",
    )
    result = preview_of(workbook)
    assert [o.action for o in result.outcomes] == [Action.NEW, Action.REJECT, Action.REJECT]
    assert result.outcomes[0].result is not None
    assert result.outcomes[0].result.department == "Newer"
    assert {r for o in result.rejected for r in o.reasons} == {
        "A newer answer with the same e-mail (sheet “mentees”, row 2) is imported instead."
    }


def test_without_a_timestamp_the_lower_row_wins() -> None:
    workbook = book(
        ["Name", "E-mail", "Department"],
        ["Anna Rossi", "anna@example.org", "Upper"],
        ["Anna Rossi", "Anna@Example.ORG ", "Lower"],
        name="mentees",
    )
    assert one(workbook).department == "Lower"


def test_a_changed_role_answer_on_the_same_sheet_is_the_newest_answer() -> None:
    workbook = book(
        ["Informazioni cronologiche", "Nome", "Cognome", "Indirizzo email", "Ruolo"],
        ["01/03/2025 10:00", "Anna", "Rossi", "anna@esempio.it", "Entrambi"],
        ["02/03/2025 10:00", "Anna", "Rossi", "anna@esempio.it", "Mentee"],
        name="Iscrizioni",
    )
    result = preview_of(workbook)
    assert [o.action for o in result.outcomes] == [Action.REJECT, Action.NEW]
    assert one(workbook).role is Role.MENTEE


def two_sheets(mentor_time: str = "01/03/2025", mentee_time: str = "02/03/2025") -> Workbook:
    return book(
        name="x",
        Mentors=[
            ["Completion time", "Name", "Email", "Capacity", "Skills offered", "Department"],
            [mentor_time, "Anna Rossi", "anna@example.org", 2, "Python; SQL", "R&D"],
            [mentor_time, "Bruno Bianchi", "bruno@example.org", 1, "Excel", "Sales"],
        ],
        Mentees=[
            ["Completion time", "Name", "Email", "Skills wanted"],
            [mentee_time, "Anna Rossi", " ANNA@example.org", "Leadership"],
        ],
    )  # fmt: skip


@pytest.mark.parametrize("mentor_first", [True, False])
def test_a_mentor_who_is_also_a_mentee_is_merged_into_one_participant(mentor_first: bool) -> None:
    early, late = "01/03/2025", "02/03/2025"
    workbook = two_sheets(*((early, late) if mentor_first else (late, early)))
    result = preview_of(workbook)
    assert result.summary() == (
        "2 new, 0 updated, 0 unchanged, 0 rejected, 1 merged (signed up twice)"
    )
    (merged,) = [o for o in result.outcomes if o.action is Action.MERGED]
    (anna,) = [o.result for o in result.outcomes if o.result and o.result.first_name == "Anna"]
    assert anna.role is Role.BOTH
    assert set(anna.skills_offered) == {"Python", "SQL"}
    assert anna.skills_wanted == ("Leadership",)
    other = "mentee" if mentor_first else "mentor"
    assert merged.reasons[0].startswith(f"Also signed up as {other} (sheet ")
    assert merged.reasons[0].endswith("): imported once, as mentor and mentee.")


def test_a_merged_participant_keeps_the_capacity_from_the_mentor_sheet() -> None:
    result = preview_of(two_sheets("01/03/2025", "02/03/2025"))
    (anna,) = [o.result for o in result.outcomes if o.result and o.result.first_name == "Anna"]
    assert anna.role is Role.BOTH
    assert anna.capacity == 2
    assert anna.department == "R&D"


def test_a_merged_update_keeps_the_skills_of_both_sheets() -> None:
    existing = person("Anna", "Rossi", email="anna@example.org", role=Role.MENTEE)
    result = preview_of(two_sheets("01/03/2025", "02/03/2025"), people=[existing])
    (anna,) = [o.result for o in result.outcomes if o.result and o.result.first_name == "Anna"]
    assert anna.role is Role.BOTH
    assert set(anna.skills_offered) == {"Python", "SQL"}


# -- against the people already in the program -----------------------------------------------

ANNA = person(
    "Anna",
    "Rossi",
    email="anna@example.org",
    role=Role.MENTOR,
    department="Sales",
    career_level="Senior",
    interests=("Hiking",),
    capacity=3,
    bio="Old bio",
    status=ParticipantStatus.ACTIVE,
    private_notes="Met at the kick-off.",
)
BRUNO = person("Bruno", "Bianchi", email="bruno@example.org", role=Role.MENTOR, capacity=1)

EXISTING_ROSTER: list[list[Any]] = [
    ["E-mail", "First name", "Last name", "Department", "Bio", "Private notes"],
    [" Anna@Example.org", "Anna", "Rossi", None, "New bio", "Prefers mornings."],
    ["bruno@example.org", "Bruno", "Bianchi", None, None, None],
    ["carla@example.org", "Carla", "Neri", "Legal", None, None],
]


def test_update_changes_only_what_the_roster_gives(mem: Store) -> None:
    mem.add_participants([ANNA, BRUNO])
    before = {p.email: p for p in mem.participants()}
    result = preview(
        mem,
        book(*EXISTING_ROSTER, name="mentors"),
        guess_plan(book(*EXISTING_ROSTER, name="mentors")),
    )
    assert result.summary() == "1 new, 1 updated, 1 unchanged, 0 rejected"
    anna, bruno, carla = result.outcomes
    assert (anna.action, bruno.action, carla.action) == (
        Action.UPDATE,
        Action.UNCHANGED,
        Action.NEW,
    )
    assert anna.existing == before["anna@example.org"]
    assert anna.result == dataclasses.replace(
        before["anna@example.org"],
        email="Anna@Example.org",
        bio="New bio",
        private_notes="Met at the kick-off.\nPrefers mornings.",
    )
    apply(mem, result)
    after = {p.email.casefold(): p for p in mem.participants()}
    assert after["anna@example.org"] == anna.result
    assert after["bruno@example.org"] == before["bruno@example.org"]
    assert after["carla@example.org"].capacity == 1  # a new mentor who did not say
    # The same roster again changes nothing more.
    again = preview(
        mem,
        book(*EXISTING_ROSTER, name="mentors"),
        guess_plan(book(*EXISTING_ROSTER, name="mentors")),
    )
    assert again.summary() == "0 new, 0 updated, 3 unchanged, 0 rejected"


def test_skip_leaves_people_already_in_the_program_alone(mem: Store) -> None:
    mem.add_participants([ANNA, BRUNO])
    workbook = book(*EXISTING_ROSTER, name="mentors")
    plan = guess_plan(workbook)
    plan.on_existing = OnExisting.SKIP
    result = preview(mem, workbook, plan)
    assert result.summary() == "1 new, 0 updated, 2 unchanged, 0 rejected"
    assert result.outcomes[0].reasons == ["Already in the program; left as it is."]
    before = mem.participants()
    apply(mem, result)
    assert [p for p in mem.participants() if p.first_name != "Carla"] == before


def test_keep_both_adds_a_second_participant_without_the_address(mem: Store) -> None:
    (anna_id,) = mem.add_participants([ANNA])
    workbook = book(*EXISTING_ROSTER[:2], name="mentors")
    plan = guess_plan(workbook)
    plan.on_existing = OnExisting.KEEP_BOTH
    result = preview(mem, workbook, plan)
    assert result.summary() == "1 new, 0 updated, 0 unchanged, 0 rejected"
    apply(mem, result)
    old, new = sorted(mem.participants(), key=lambda p: p.id or 0)
    assert old == dataclasses.replace(ANNA, id=anna_id)
    assert (new.first_name, new.last_name, new.email, new.bio) == ("Anna", "Rossi", "", "New bio")
    assert new.private_notes == (
        "Prefers mornings.\nImported from sheet “mentors”, row 2; Anna@Example.org belongs "
        "to Anna Rossi."
    )


def test_a_large_update_is_one_pass_in_order_and_all_or_nothing(mem: Store) -> None:
    people = [person(f"P{n}", "Many", email=f"p{n}@example.org") for n in range(1200)]
    ids = mem.add_participants(people)
    stored = {p.id: p for p in mem.participants()}
    edited = [dataclasses.replace(stored[i], bio=f"Bio {i}") for i in ids]
    # The last one moves to an address the first one gives up earlier in the same batch.
    edited[0] = dataclasses.replace(edited[0], email="new@example.org")
    edited[-1] = dataclasses.replace(edited[-1], email="P0@example.org")
    calls: list[int] = []
    assert mem.update_participants(edited, calls.append) == Changes(participants=True)
    assert calls == [500, 1000]
    assert {p.id: p for p in mem.participants()} == {p.id: p for p in edited}
    # In the other order the address is still taken when it is asked for: nothing is saved.
    before = snapshot(mem)
    swap = [
        dataclasses.replace(edited[1], email="NEW@example.org"),
        dataclasses.replace(edited[0], email="other@example.org"),
    ]
    with pytest.raises(ValidationError) as refused:
        mem.update_participants(swap)
    assert refused.value.problems == {
        "email": "Another participant already has this e-mail address."
    }
    assert snapshot(mem) == before
    mem.update_participants(swap[::-1])
    assert mem.participant(ids[1]).email == "NEW@example.org"


def test_an_update_of_someone_not_there_saves_nothing(mem: Store) -> None:
    (anna_id,) = mem.add_participants([ANNA])
    before = snapshot(mem)
    changed = dataclasses.replace(ANNA, id=anna_id, bio="Changed")
    with pytest.raises(KeyError, match="404"):
        mem.update_participants([changed, dataclasses.replace(BRUNO, id=404)])
    with pytest.raises(ValueError, match="with an id"):
        mem.update_participants([changed, BRUNO])
    assert snapshot(mem) == before


def test_addresses_equal_only_when_folded_are_still_refused_in_an_update(mem: Store) -> None:
    # SQLite's NOCASE folds ASCII only, so the file can hold both; the check folds them all.
    first, second = mem.add_participants(
        [person("Ärger", "Uno", email="ärger@example.org"), person("B", "Due", email="b@x.org")]
    )
    mem.conn.execute("UPDATE participants SET email = 'ÄRGER@example.org' WHERE id = ?", (second,))
    with pytest.raises(ValidationError):
        mem.update_participants([dataclasses.replace(mem.participant(first), bio="New")])
    mem.update_participants([dataclasses.replace(mem.participant(second), email="b@x.org")])
    mem.update_participants([dataclasses.replace(mem.participant(first), bio="New")])
    assert mem.participant(first).bio == "New"


# -- preview, apply, undo, redo --------------------------------------------------------------

ROSTER: list[list[Any]] = [
    ["Completion time", "Name", "E-mail", "Position Level", "How many mentees?"],
    ["01/03/2025 09:00", "Anna Rossi", "anna@example.org", "Senior", "2"],
    ["01/03/2025 09:05", "Carla Neri", "carla@example.org", "Level 3", "1"],
    ["01/03/2025 09:10", "Dario Verdi", "dario@example.org", "Level 1", "1"],
    ["01/03/2025 09:15", "Elena Galli", "not an address", "Junior", "1"],
]


@pytest.fixture
def program_path(tmp_path: Path) -> Path:
    path = tmp_path / "program.mentordesk"
    with Store.create(path, Program(name="Spring", career_levels=("Junior", "Senior"))) as s:
        s.add_participants([ANNA, BRUNO])
    return path


def snapshot(store: Store) -> tuple[list[Participant], Program]:
    return store.participants(), store.program()


def test_the_preview_writes_nothing(program_path: Path) -> None:
    digest = sha256(program_path)
    workbook = book(*ROSTER, name="mentors")
    with Store.open(program_path) as store:
        changes = store.conn.total_changes
        before = snapshot(store)
        result = preview(store, workbook, guess_plan(workbook))
        assert store.conn.total_changes == changes
        assert snapshot(store) == before
    assert result.summary() == "2 new, 1 updated, 0 unchanged, 1 rejected"
    assert result.new_levels == ("Level 1", "Level 3")
    assert sha256(program_path) == digest


def test_apply_writes_everything_in_one_step(program_path: Path) -> None:
    workbook = book(*ROSTER, name="mentors")
    seen: list[Changes] = []
    with Store.open(program_path) as store:
        store.subscribe(seen.append)
        result = apply(store, preview(store, workbook, guess_plan(workbook)))
        assert seen == [Changes(participants=True, program=True)]
    with Store.open(program_path, read_only=True) as store:
        people = {p.email: p for p in store.participants()}
        assert store.program().career_levels == ("Junior", "Senior", "Level 1", "Level 3")
    assert set(people) == {
        "anna@example.org",
        "bruno@example.org",
        "carla@example.org",
        "dario@example.org",
    }
    assert people["anna@example.org"].capacity == 2
    assert [p.email for p in result.added] == ["carla@example.org", "dario@example.org"]
    assert all(without_id(people[p.email]) == without_id(p) for p in result.added)
    assert [p.capacity for p in result.before] == [3]
    assert result.after == (people["anna@example.org"],)
    assert (result.levels_before, result.levels_after) == (
        ("Junior", "Senior"),
        ("Junior", "Senior", "Level 1", "Level 3"),
    )


def test_an_import_right_after_its_preview_is_not_checked_twice(
    program_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.model import store_participants

    workbook = book(*ROSTER, name="mentors")
    with Store.open(program_path) as store:
        result = preview(store, workbook, guess_plan(workbook))
        assert result.writes == store.writes
        calls: list[object] = []
        checker = store_participants.participant_problems
        monkeypatch.setattr(
            store_participants,
            "participant_problems",
            lambda *a: calls.append(a) or checker(*a),  # type: ignore[func-returns-value]
        )
        done = apply(store, result)
        assert done.added_ids and calls == []  # the preview's checks stood


def test_a_write_between_preview_and_import_makes_it_check_everything(
    program_path: Path,
) -> None:
    workbook = book(*ROSTER, name="mentors")
    with Store.open(program_path) as store:
        result = preview(store, workbook, guess_plan(workbook))
        new = next(o.result for o in result.outcomes if o.action is Action.NEW and o.result)
        # Someone with the same address is added after the preview: the import must see it.
        store.add_participant(person("Early", "Bird", email=new.email))
        before = snapshot(store)
        with pytest.raises(ValidationError, match="already has this e-mail"):
            apply(store, result)
        assert snapshot(store) == before and not store.conn.in_transaction


def test_a_failure_halfway_writes_nothing_at_all(
    program_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = book(*ROSTER, name="mentors")
    digest = sha256(program_path)

    def fail(self: Store, people: Any, progress: Any = None, **_flags: Any) -> Changes:
        raise OSError(28, "No space left on device")

    seen: list[Changes] = []
    with Store.open(program_path) as store:
        store.subscribe(seen.append)
        before = snapshot(store)
        result = preview(store, workbook, guess_plan(workbook))
        monkeypatch.setattr(Store, "update_participants", fail)
        with pytest.raises(OSError, match="No space left"):
            apply(store, result)  # the new people and levels were added before the update
        assert not store.conn.in_transaction
        assert snapshot(store) == before
        assert seen == []
    monkeypatch.undo()
    with Store.open(program_path, read_only=True) as store:
        assert snapshot(store) == before
    assert sha256(program_path) == digest


def large_preview(store: Store) -> Preview:
    """Both large civil-service files in one preview: 1,000 new people."""
    names = ("civil-service-large-mentors.csv", "civil-service-large-mentees.csv")
    mentors, mentees = (preview(store, real(n), guessed(n)) for n in names)
    levels = tuple(dict.fromkeys(mentors.new_levels + mentees.new_levels))
    return Preview(mentors.outcomes + mentees.outcomes, levels)


def test_stopping_during_the_adds_writes_nothing(mem: Store) -> None:
    before = snapshot(mem)
    result = large_preview(mem)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done < total:
            raise KeyboardInterrupt  # the coordinator pressed Cancel

    with pytest.raises(KeyboardInterrupt):
        apply(mem, result, progress)
    ((done, total),) = calls
    assert 0 < done < total == 1000
    assert snapshot(mem) == before


def test_progress_counts_up_to_the_total(mem: Store) -> None:
    small = "civil-service-small-mentors.csv"
    mem.add_participants(
        [
            person(r["first name"], r["last name"], email=r["email address"])
            for r in civil_rows(small)
        ]
    )
    result = large_preview(mem)
    updates = preview(mem, real(small), guessed(small))
    result.outcomes += updates.outcomes
    assert (result.count(Action.NEW), result.count(Action.UPDATE)) == (1000, 50)
    calls: list[tuple[int, int]] = []
    apply(mem, result, lambda done, total: calls.append((done, total)))
    assert {total for _done, total in calls} == {1050}
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)
    assert calls[0][0] < 1050 and calls[-1] == (1050, 1050)
    assert len(mem.participants()) == 1050


@pytest.mark.parametrize("bad", [0, 49, 50, 122])
def test_many_new_people_are_written_in_order_or_not_at_all(mem: Store, bad: int) -> None:
    people = [person(f"P{n}", "Many", email=f"p{n}@example.org") for n in range(123)]
    mem.add_participant(person("Anna", "First"))
    assert mem.add_participants(people) == list(range(2, 125))
    stored = {p.id: p.email for p in mem.participants()}
    assert stored == {1: "", **{n + 2: f"p{n}@example.org" for n in range(123)}}
    before = snapshot(mem)
    again = [person(f"Q{n}", "More", email=f"q{n}@example.org") for n in range(123)]
    again[bad] = dataclasses.replace(again[bad], email="P7@EXAMPLE.ORG")
    with pytest.raises(ValidationError):
        mem.add_participants(again)
    assert snapshot(mem) == before


def test_people_added_with_and_without_ids_get_the_ids_sqlite_would_give(mem: Store) -> None:
    mem.add_participant(person("Anna", "First"))
    people = [person("B", "Due"), person("C", "Tre", id=10), person("D", "Quattro")]
    assert mem.add_participants(people) == [2, 10, 11]
    assert {p.id: p.first_name for p in mem.participants()} == {1: "Anna", 2: "B", 10: "C", 11: "D"}
    assert mem.add_participant(person("E", "Cinque")) == 12


def test_undo_restores_exactly_the_state_before_and_redo_the_same_ids(program_path: Path) -> None:
    workbook = book(*ROSTER, name="mentors")
    with Store.open(program_path) as store:
        before = snapshot(store)
        result = apply(store, preview(store, workbook, guess_plan(workbook)))
        after = snapshot(store)
        assert after != before
        undo_import(store, result)
        assert snapshot(store) == before
        redo_import(store, result)
        assert snapshot(store) == after  # the same ids as the first time
        undo_import(store, result)
        assert snapshot(store) == before
    with Store.open(program_path, read_only=True) as store:
        assert snapshot(store) == before


def test_undo_of_an_import_without_new_levels_leaves_the_program(mem: Store) -> None:
    workbook = book(["Name", "E-mail"], ["Zed Zulu", "zed@example.org"], name="mentees")
    program = mem.program()
    result = apply(mem, preview(mem, workbook, guess_plan(workbook)))
    assert result.levels_before == result.levels_after == program.career_levels
    undo_import(mem, result)
    assert mem.participants() == [] and mem.program() == program
    redo_import(mem, result)
    assert [without_id(p) for p in mem.participants()] == [without_id(result.added[0])]


# -- the rejected rows, written out ----------------------------------------------------------


def test_rejected_rows_are_written_with_sheet_row_column_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    write_rejected(preview_of(italian_roster(tmp_path)), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Sheet", "Row", "Column", "Reason"]
    assert rows[1] == [
        "Iscrizioni",
        "5",
        "",
        "A newer answer with the same e-mail (sheet “Iscrizioni”, row 11) is imported instead.",
    ]
    assert rows[2] == [
        "Iscrizioni",
        "6",
        "C",
        "This is not a valid e-mail address (like name@example.org).",
    ]
    assert [r[:3] for r in rows[3:]] == [
        ["Iscrizioni", "8", "D"],
        ["Iscrizioni", "8", ""],
        ["Iscrizioni", "9", "E"],
        ["Iscrizioni", "10", "E"],
        ["Iscrizioni", "10", "F"],
    ]


@pytest.mark.parametrize("sheet", ["=cmd|' /C calc'!A0", "+cmd", "-2+3", "@SUM(A1)"])
def test_formula_like_text_is_written_so_it_does_not_run(sheet: str, tmp_path: Path) -> None:
    workbook = book(["Name", "E-mail"], ["=cmd", "=cmd"], name=sheet)
    path = tmp_path / "rejected.csv"
    result = preview_of(workbook, guess_plan(workbook, Role.MENTEE))
    assert [p.field for p in result.rejected[0].candidate.problems] == ["first_name", "email"]
    write_rejected(result, path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["'" + sheet] * 2
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_rejected_rows_that_cannot_be_written_are_one_clear_sentence(tmp_path: Path) -> None:
    target = tmp_path / "missing folder" / "rejected.csv"
    with pytest.raises(FileProblem, match="folder .*missing folder does not exist") as info:
        write_rejected(Preview([], ()), target)
    assert info.value.path == str(target)
    assert list(tmp_path.iterdir()) == []  # nothing half-written anywhere


# -- an exported Participants sheet imports back ---------------------------------------------

FIELDS = [f.name for f in dataclasses.fields(Participant) if f.name != "id"]


def round_trip(
    source: Store, tmp_path: Path, sheet: str = "Participants"
) -> tuple[list[Participant], Preview, Program]:
    path = tmp_path / "export.xlsx"
    export_workbook(source, path, include_confidential=True)
    workbook = read_workbook(path)
    plan = guess_plan(workbook)
    for sp in plan.sheets:
        sp.include = sp.name == sheet
    with Store.in_memory(Program(name="Copy")) as target:
        result = preview(target, workbook, plan)
        apply(target, result)
        return target.participants(), result, target.program()


def by_address(people: list[Participant]) -> dict[str, Participant]:
    return {p.email or p.full_name: p for p in people}


def test_the_demo_program_survives_export_and_import(tmp_path: Path) -> None:
    with demo_store(dt.date(2025, 6, 1)) as demo:
        original = demo.participants()
        levels = demo.program().career_levels
        people, result, program = round_trip(demo, tmp_path)
    assert result.summary() == f"{len(original)} new, 0 updated, 0 unchanged, 0 rejected"
    assert set(program.career_levels) == set(levels)
    before, after = by_address(original), by_address(people)
    assert set(before) == set(after)
    for key, p in before.items():
        for name in FIELDS:
            assert getattr(after[key], name) == getattr(p, name), (key, name)
    # The demo uses every field somewhere, so the comparison above means something.
    for name in FIELDS:
        assert len({repr(getattr(p, name)) for p in original}) > 1, name


TRICKY = [
    person(
        "=cmd",
        "D'Amico",
        email="Zoe.DAmico@Example.IT",
        role=Role.MENTOR,
        department="R&D; Sales",
        career_level="12",
        capacity=0,
        bio="=SUM(A1) first line\nsecond line",
        status=ParticipantStatus.WITHDRAWN,
        consent_date=dt.date(2025, 3, 1),
        private_notes="line 1\nline 2",
    ),
    person(
        "Иван",
        "Петров",
        email="ivan@example.bg",
        role=Role.BOTH,
        capacity=3,
        skills_wanted=("Публично говорене",),
        languages=("Български", "English"),
        location="София",
        availability=("Mon AM", "Thu PM"),
        status=ParticipantStatus.ACTIVE,
    ),
    person("Jo", "007", department="+44 team", location="-", bio="@home"),
]


def test_awkward_values_survive_export_and_import(tmp_path: Path) -> None:
    with Store.in_memory(Program(name="Tricky")) as source:
        source.add_participants(TRICKY)
        original = source.participants()
        people, result, _ = round_trip(source, tmp_path)
    assert result.count(Action.NEW) == 3
    assert [without_id(p) for p in people] == [without_id(p) for p in original]


@pytest.mark.parametrize(
    ("field", "items"),
    [("skills_offered", ("UI/UX design", "Python")), ("interests", ("Music: jazz", "Chess"))],
)
def test_list_items_with_a_slash_or_a_colon_survive_export_and_import(
    field: str, items: tuple[str, ...], tmp_path: Path
) -> None:
    with Store.in_memory(Program(name="Lists")) as source:
        source.add_participant(person("Anna", "Rossi", role=Role.MENTOR, **{field: items}))
        people, _result, _ = round_trip(source, tmp_path)
    assert getattr(people[0], field) == items


def test_targets_cover_every_participant_field() -> None:
    """Every field but the id has a column to import it from, so nothing is lost by design."""
    names = {t.value for t in Target} - {"full_name", "timestamp"}
    assert names == set(FIELDS)


@pytest.mark.parametrize("lang", ["it", "bg"])
def test_a_workbook_exported_in_italian_or_bulgarian_imports_back(
    lang: str, tmp_path: Path
) -> None:
    """Headers, roles and statuses are written in the interface's language and read back."""
    from mentordesk.i18n_catalog import read_ts, ts_path
    from mentordesk.model.i18n import install_translator

    table = {
        (key.context, key.source): entry.translation
        for key, entry in read_ts(ts_path(lang)).items()
        if entry.finished and not entry.numerus
    }
    install_translator(lambda context, text: table.get((context, text), text))
    try:
        with demo_store(dt.date(2025, 6, 1), lang=lang) as demo:
            original = demo.participants()
            people, result, _program = round_trip(demo, tmp_path, table["model", "Participants"])
    finally:
        install_translator(None)
    assert result.summary().startswith(f"{len(original)} ")
    assert not result.rejected
    before, after = by_address(original), by_address(people)
    for key, p in before.items():
        for name in FIELDS:
            assert getattr(after[key], name) == getattr(p, name), (key, name)
