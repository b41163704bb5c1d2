"""Reading a roster's rows: values read (roles, lists, counts, dates, statuses), problems placed
at their cell, excluded sheets skipped, progress reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model import roster_import, roster_rows
from mentordesk.model.domain import Participant, ParticipantStatus, Program, Role
from mentordesk.model.roster_import import Action, Preview, preview
from mentordesk.model.roster_plan import ImportPlan, guess_plan
from mentordesk.model.roster_rows import Problem, column_letter, read_candidates
from mentordesk.model.sheets import Sheet, Workbook, read_workbook
from mentordesk.model.store import Store

from .test_roster_plan import xlsx


def book(*rows: list[Any], name: str = "Roster", **sheets: list[list[Any]]) -> Workbook:
    """A workbook in memory: ``rows`` on sheet ``name``, or one sheet per keyword."""
    made = [Sheet(title, content) for title, content in ({name: list(rows)} | sheets).items()]
    return Workbook(Path(f"{name}.xlsx"), "xlsx", tuple(s for s in made if s.rows))


def preview_of(
    workbook: Workbook, plan: ImportPlan | None = None, people: Sequence[Participant] = ()
) -> Preview:
    """The preview against a program holding ``people`` (none by default)."""
    with Store.in_memory(Program(name="Test")) as s:
        s.add_participants(people)
        return preview(s, workbook, plan or guess_plan(workbook))


def imported(workbook: Workbook, plan: ImportPlan | None = None) -> dict[str, Participant]:
    """E-mail (or name) -> participant the import would store, for rows that import."""
    result = preview_of(workbook, plan)
    return {
        (o.result.email or o.result.full_name): o.result
        for o in result.outcomes
        if o.result is not None
    }


def one(workbook: Workbook, plan: ImportPlan | None = None) -> Participant:
    (p,) = imported(workbook, plan).values()
    return p


# -- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Mentor", Role.MENTOR),
        ("Mentore", Role.MENTOR),
        ("Ментор", Role.MENTOR),
        ("Mentee", Role.MENTEE),
        ("Менти", Role.MENTEE),
        ("Entrambi", Role.BOTH),
        ("И двете", Role.BOTH),
        ("Mentor and mentee", Role.BOTH),
    ],
)
def test_role_answers(answer: str, role: Role) -> None:
    workbook = book(["Nome", "Cognome", "Ruolo"], ["Anna", "Rossi", answer], name="Iscrizioni")
    assert one(workbook).role is role


def test_a_role_answer_the_coordinator_explained_is_used() -> None:
    workbook = book(["Име", "Фамилия", "Роля"], ["Иван", "Петров", "Шеф"], name="Записване")
    plan = guess_plan(workbook)
    assert preview_of(workbook, plan).count(Action.REJECT) == 1
    plan.sheets[0].role_values["Шеф"] = Role.MENTOR
    assert one(workbook, plan).role is Role.MENTOR


def test_multi_select_answers_are_split_and_prefixes_dropped() -> None:
    workbook = book(
        ["First name", "Last name", "Skills offered", "Skills wanted", "Languages"],
        [
            "Anna",
            "Rossi",
            "Skill: Public Speaking;Skill: Managing Up;",
            "Excel, Python / SQL\nLeadership;; excel",
            "Italiano|English",
        ],
        name="mentors",
    )
    p = one(workbook)
    assert p.skills_offered == ("Public Speaking", "Managing Up")
    assert p.skills_wanted == ("Excel", "Python", "SQL", "Leadership")
    assert p.languages == ("Italiano", "English")


@pytest.mark.parametrize(
    ("cell", "capacity"),
    [("2", 2), ("2.0", 2), (" 3 ", 3), ("3,0", 3), (2.0, 2), (4, 4), ("up to 2", 2), (None, 1)],
)
def test_capacities_stored_as_text_are_numbers(cell: Any, capacity: int) -> None:
    workbook = book(
        ["Name", "E-mail", "Capacity"], ["Anna Rossi", "a@example.org", cell], name="mentors"
    )
    assert one(workbook).capacity == capacity


def test_repeated_answers_are_read_alike_but_a_number_is_not_its_text() -> None:
    # Each distinct answer is worked out once per sheet; without the plan's word for it, 2.5
    # typed as text reads as 2 and the number 2.5 is no count of mentees, whichever is first.
    workbook = book(
        ["Name", "E-mail", "Role", "Capacity", "Status"],
        ["Anna Rossi", "a@example.org", "Mentor", "2.5", "Attivo"],
        ["Bruno Bianchi", "b@example.org", "Mentor", 2.5, "Attivo"],
        ["Carla Verdi", "c@example.org", "Mentor", "2.5", "Attivo"],
        ["Dario Neri", "d@example.org", "Mentor", 2.5, "maybe"],
        ["Elena Blu", "e@example.org", "Mentor", 2, "maybe"],
    )
    plan = guess_plan(workbook)
    plan.capacity_values.clear()
    result = preview_of(workbook, plan)
    assert [o.action for o in result.outcomes] == [
        Action.NEW,
        Action.REJECT,
        Action.NEW,
        Action.REJECT,
        Action.REJECT,
    ]
    assert [o.result.capacity for o in result.outcomes if o.result] == [2, 2]
    assert [(p.row, p.field) for o in result.rejected for p in o.candidate.problems] == [
        (3, "capacity"),
        (5, "capacity"),
        (5, "status"),
        (6, "status"),
    ]


def test_free_text_capacities_use_the_plan_and_the_coordinator_wins() -> None:
    workbook = book(
        ["Name", "How many mentees are you willing to mentor?"],
        ["Anna Rossi", "One mentee only, please!"],
        ["Bruno Bianchi", "As many as you like"],
        name="mentors",
    )
    plan = guess_plan(workbook)
    assert plan.capacity_values == {"One mentee only, please!": 1}
    result = preview_of(workbook, plan)
    assert [o.action for o in result.outcomes] == [Action.NEW, Action.REJECT]
    assert result.rejected[0].candidate.problems[0].message == (
        "“As many as you like” is not a number of mentees."
    )
    plan.capacity_values.update({"One mentee only, please!": 2, "As many as you like": 4})
    people = imported(workbook, plan)
    assert [p.capacity for p in people.values()] == [2, 4]


def test_dates_in_text_are_day_first_and_a_ticked_consent_takes_the_submission_date() -> None:
    workbook = book(
        ["Informazioni cronologiche", "Nome", "Cognome", "Ruolo", "Consenso privacy"],
        ["05/02/2025 10:00:00", "Anna", "Rossi", "Mentee", "01/03/2025"],
        ["05/02/2025 10:00:00", "Bruno", "Bianchi", "Mentee", "Sì"],
        [dt.datetime(2025, 4, 7, 9, 30), "Carla", "Neri", "Mentee", "Yes"],
        ["05/02/2025", "Dario", "Verdi", "Mentee", "No"],
        [None, "Elena", "Galli", "Mentee", dt.date(2024, 12, 31)],
        name="Iscrizioni",
    )
    consent = {p.first_name: p.consent_date for p in imported(workbook).values()}
    assert consent == {
        "Anna": dt.date(2025, 3, 1),
        "Bruno": dt.date(2025, 2, 5),
        "Carla": dt.date(2025, 4, 7),
        "Dario": None,
        "Elena": dt.date(2024, 12, 31),
    }


def test_a_ticked_consent_without_a_submission_time_is_today() -> None:
    workbook = book(["Name", "Consent"], ["Anna Rossi", "Yes"], name="mentees")
    before = dt.date.today()
    consent = one(workbook).consent_date
    assert consent is not None and before <= consent <= dt.date.today()


def test_statuses_notes_and_full_names() -> None:
    workbook = book(
        ["Full name", "Stato", "Note", "Comments for the coordinator", "Bio"],
        ["Rossi, Anna Maria", "Attiva", "Prefers Turin", "Starts in March", "Line one\nLine two"],
        ["Петров", "оттеглен", "", "   ", None],  # blank text, as another reader may give
        name="mentees",
    )
    people = imported(workbook)
    anna = people["Anna Maria Rossi"]
    assert (anna.first_name, anna.last_name, anna.status) == (
        "Anna Maria",
        "Rossi",
        ParticipantStatus.ACTIVE,
    )
    assert anna.private_notes == "Prefers Turin\nStarts in March"
    assert anna.bio == "Line one\nLine two"
    assert list(people) == ["Anna Maria Rossi"]  # "Петров" alone has no first name


# -- problems, at their cell -----------------------------------------------------------------

ITALIAN_HEADER = [
    "Nome",
    "Cognome",
    "Indirizzo email",
    "Ruolo",
    "Quanti mentee puoi seguire?",
    "Stato",
    "Competenze che vuoi sviluppare",
]


def italian_roster(folder: Path) -> Workbook:
    """A form export with a title row and blank rows above the header (header on row 4)."""
    return read_workbook(
        xlsx(
            folder / "iscrizioni.xlsx",
            {
                "Iscrizioni": [
                    ["Programma di mentoring 2025"],
                    [],
                    [],
                    ITALIAN_HEADER,
                    ["Giulia", "Bianchi", "giulia@esempio.it", "Mentore", "2", "Attiva", None],
                    ["Luca", "Verdi", "luca@esempio", "Mentee", None, None, "Excel"],
                    [],
                    ["Sara", "Neri", "sara@esempio.it", "Capo", None, None, None],
                    ["Marta", "Galli", "marta@esempio.it", "Mentore", "tanti", None, None],
                    ["Paolo", "Russo", "paolo@esempio.it", "Mentore", "-2", "Forse", None],
                    ["Giulia", "Bianchi", "GIULIA@esempio.it ", "Mentore", "1", None, None],
                ]
            },
        )
    )


@pytest.fixture
def italian(tmp_path: Path) -> Workbook:
    return italian_roster(tmp_path)


def problems(result: Preview) -> list[tuple[int, str, str, str]]:
    return [
        (p.row, p.column, p.field, p.message) for o in result.rejected for p in o.candidate.problems
    ]


def test_problems_are_placed_at_their_cell_with_a_reason(italian: Workbook) -> None:
    result = preview_of(italian)
    assert problems(result) == [
        (6, "C", "email", "This is not a valid e-mail address (like name@example.org)."),
        (8, "D", "role", "“Capo” is not a role; say which role it means in the wizard "
         "(mentor, mentee or both)."),
        (8, "", "", "The role is unknown: choose the role of sheet “Iscrizioni” in the wizard "
         "(or --role on the command line)."),
        (9, "E", "capacity", "“tanti” is not a number of mentees."),
        (10, "E", "capacity", "“-2” is not a number of mentees."),
        (10, "F", "status", "“Forse” is not a status (applicant, active or withdrawn)."),
    ]  # fmt: skip
    # The blank row 7 is no one; the same address again (trimmed, any case) is a duplicate.
    assert [(o.candidate.row, o.action) for o in result.outcomes] == [
        (5, Action.REJECT),
        (6, Action.REJECT),
        (8, Action.REJECT),
        (9, Action.REJECT),
        (10, Action.REJECT),
        (11, Action.NEW),
    ]
    assert result.outcomes[0].reasons == [
        "A newer answer with the same e-mail (sheet “Iscrizioni”, row 11) is imported instead."
    ]
    assert result.summary() == "1 new, 0 updated, 0 unchanged, 5 rejected"
    assert str(result.rejected[1].candidate.problems[0]) == (
        "sheet “Iscrizioni”, row 6, column C: This is not a valid e-mail address "
        "(like name@example.org)."
    )


def test_bulgarian_problems_and_column_letters_past_z(tmp_path: Path) -> None:
    header = ["Име", "Фамилия", "Роля"] + [f"Въпрос {n}" for n in range(24)] + ["Имейл"]
    rows: list[list[Any]] = [
        [None],
        header,
        ["Иван", "Петров", "Ментор"] + [None] * 24 + ["ivan@@example.bg"],
    ]
    result = preview_of(read_workbook(xlsx(tmp_path / "bg.xlsx", {"Записване": rows})))
    assert problems(result) == [
        (3, "AB", "email", "This is not a valid e-mail address (like name@example.org).")
    ]


def test_a_missing_name_is_placed_at_the_empty_name_cell() -> None:
    workbook = book(ITALIAN_HEADER, [None, "Verdi", "luca@esempio.it", "Mentee"], name="Iscr")
    (problem,) = preview_of(workbook).rejected[0].candidate.problems
    assert (problem.row, problem.column, problem.field) == (2, "A", "first_name")


def test_a_missing_last_name_is_placed_at_its_cell() -> None:
    workbook = book(ITALIAN_HEADER, ["Luca", None, "luca@esempio.it", "Mentee"], name="Iscr")
    (problem,) = preview_of(workbook).rejected[0].candidate.problems
    assert (problem.row, problem.column, problem.field, problem.message) == (
        2,
        "B",
        "last_name",
        "Enter a last name.",
    )


def test_a_missing_name_rejects_the_row() -> None:
    workbook = book(ITALIAN_HEADER, [None, "Verdi", "luca@esempio.it", "Mentee"], name="Iscr")
    (problem,) = preview_of(workbook).rejected[0].candidate.problems
    assert (problem.row, problem.field, problem.message) == (2, "first_name", "Enter a first name.")


def test_a_sheet_without_any_role_rejects_every_row() -> None:
    workbook = book(["First name", "Last name"], ["Anna", "Rossi"], name="Sheet1")
    (outcome,) = preview_of(workbook).rejected
    assert (outcome.candidate.sheet, outcome.candidate.row) == ("Sheet1", 2)
    assert outcome.reasons == [
        "The role is unknown: choose the role of sheet “Sheet1” in the wizard (or --role on "
        "the command line)."
    ]
    assert one(workbook, guess_plan(workbook, Role.MENTEE)).role is Role.MENTEE


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")],
)
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_a_problem_for_the_whole_row_names_no_column() -> None:
    assert str(Problem("mentors", 7, "", "Enter a first name.")) == (
        "sheet “mentors”, row 7: Enter a first name."
    )


def test_excluded_and_unplanned_sheets_are_not_read() -> None:
    workbook = book(
        name="x",
        mentors=[["Name"], ["Anna Rossi"]],
        mentees=[["Name"], ["Bruno Bianchi"]],
    )
    plan = guess_plan(workbook)
    plan.sheets[0].include = False
    del plan.sheets[1]
    assert read_candidates(workbook, plan) == []


def test_a_long_preview_reports_its_progress() -> None:
    rows = [[f"F{i}", f"L{i}", f"p{i}@example.org"] for i in range(2500)]
    workbook = book(["First name", "Last name", "E-mail"], *rows, name="mentees")
    seen: list[tuple[int, int]] = []
    with Store.in_memory(Program(name="Test")) as s:
        result = preview(
            s, workbook, guess_plan(workbook), progress=lambda d, t: seen.append((d, t))
        )
    assert seen == [(1000, 2500), (2000, 2500)]
    assert result.count(Action.NEW) == 2500


def test_the_row_reader_is_still_importable_from_roster_import() -> None:
    for name in ("Candidate", "Problem", "Progress", "column_letter", "read_candidates"):
        assert getattr(roster_import, name) is getattr(roster_rows, name)
