"""The import plan: sheets, header rows and columns guessed on real rosters, and saved mappings."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from mentordesk.model.domain import Program, Role
from mentordesk.model.errors import FileProblem
from mentordesk.model.roster_import import preview
from mentordesk.model.roster_plan import (
    MAPPING_VERSION,
    ImportPlan,
    OnExisting,
    SheetPlan,
    apply_mapping,
    free_text_capacities,
    guess_plan,
    guess_sheet,
    load_mapping,
    mapping_to_json,
    save_mapping,
)
from mentordesk.model.roster_vocabulary import Target
from mentordesk.model.sheets import Sheet, Workbook, read_workbook
from mentordesk.model.store import Store
from tests.real_rosters import REAL

MSFORMS = ("msforms-applications.xlsx", "msforms-extra-row.xlsx", "msforms-wrong-sheet-name.xlsx")
CAPACITY_ANSWERS = {
    "One mentee only, please!": 1,
    "I'm willing to take on two mentees.": 2,
    "I can handle this! Give me three mentees.": 3,
}


@functools.cache
def real(name: str) -> Workbook:
    """A real roster, read once (a Workbook is immutable)."""
    return read_workbook(REAL / name)


@functools.cache
def _guessed(name: str, role: Role | None) -> ImportPlan:
    return guess_plan(real(name), role)


def guessed(name: str, role: Role | None = None) -> ImportPlan:
    """The automatic plan of a real roster, guessed once; each caller gets its own copy.

    Guessing takes about half a second per file (see the report on roster_fields.fold)."""
    return copy.deepcopy(_guessed(name, role))


def targets(sp: SheetPlan) -> dict[str, Target]:
    """Header -> target of the columns the plan imports."""
    return {c.header: c.target for c in sp.columns if c.target is not None}


def xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook with one sheet per entry, rows as given."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


# -- guesses on the real Microsoft Forms exports ---------------------------------------------

MENTOR_COLUMNS = {
    "Completion time": Target.TIMESTAMP,
    "First Name": Target.FIRST_NAME,
    "Last Name": Target.LAST_NAME,
    "J&J Email Address": Target.EMAIL,
    "Department and/or job function": Target.DEPARTMENT,
    "Which is your home office?": Target.LOCATION,
    "Position Level": Target.CAREER_LEVEL,
    '"Elevator Pitch"': Target.BIO,
    "Which of these do you think are good at?": Target.SKILLS_OFFERED,
    "How many mentees are you willing to mentor?": Target.CAPACITY,
    "Comments for the mentoring committee": Target.PRIVATE_NOTES,
}
MENTEE_COLUMNS = {
    "Completion time": Target.TIMESTAMP,
    "First Name": Target.FIRST_NAME,
    "Last Name": Target.LAST_NAME,
    "J&J Email Address": Target.EMAIL,
    "Department and/or job function": Target.DEPARTMENT,
    "Which is your home office?": Target.LOCATION,
    "Position Level": Target.CAREER_LEVEL,
    "Part 3 of 3\nWhich of these mentor skills are important to you?": Target.SKILLS_WANTED,
    "Comments for the mentoring committee": Target.PRIVATE_NOTES,
}


@pytest.mark.parametrize(
    ("name", "mentor_sheet", "mentee_sheet", "mentor_header_row"),
    [
        ("msforms-applications.xlsx", "mentor", "mentee", 0),
        ("msforms-extra-row.xlsx", "mentors", "mentees", 1),
        ("msforms-wrong-sheet-name.xlsx", "wrong_mentors_tab_name", "mentees", 0),
    ],
)
def test_forms_exports_get_their_sheets_header_rows_and_columns(
    name: str, mentor_sheet: str, mentee_sheet: str, mentor_header_row: int
) -> None:
    plan = guessed(name)
    # The hidden form-metadata sheet is not offered; "favor" has no name or e-mail column.
    assert [s.name for s in plan.sheets] == [mentor_sheet, mentee_sheet, "favor"]
    assert [s.include for s in plan.sheets] == [True, True, False]
    mentors, mentees = plan.sheet(mentor_sheet), plan.sheet(mentee_sheet)
    assert (mentors.header_row, mentees.header_row) == (mentor_header_row, 0)
    assert (mentors.role, mentees.role) == (Role.MENTOR, Role.MENTEE)
    assert targets(mentors) == MENTOR_COLUMNS
    assert targets(mentees) == MENTEE_COLUMNS
    assert plan.capacity_values == CAPACITY_ANSWERS
    assert plan.on_existing is OnExisting.UPDATE


def test_the_form_owners_email_and_name_are_not_the_participants() -> None:
    """ "Email" and "Name" hold the form owner's on every row; "J&J Email Address" is theirs."""
    plan = guessed("msforms-applications.xlsx")
    for sp in plan.sheets[:2]:
        by_header = {c.header: c.target for c in sp.columns}
        assert by_header["Email"] is None
        assert by_header["Name"] is None  # first and last name columns are there
        assert by_header["J&J Email Address"] is Target.EMAIL
        assert sp.indexes(Target.EMAIL) == [10]


def test_free_text_capacities_are_listed_once_in_order() -> None:
    book = real("msforms-applications.xlsx")
    plan = guessed("msforms-applications.xlsx")
    assert free_text_capacities(book, plan) == list(CAPACITY_ANSWERS)
    plan.sheet("mentor").include = False
    assert free_text_capacities(book, plan) == []


# -- guesses on the civil-service CSV files --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("civil-service-small-mentors.csv", Role.MENTOR),
        ("civil-service-small-mentees.csv", Role.MENTEE),
        ("civil-service-large-mentors.csv", Role.MENTOR),
        ("civil-service-large-mentees.csv", Role.MENTEE),
    ],
)
def test_civil_service_files_take_their_role_from_the_file_name(name: str, role: Role) -> None:
    (sp,) = guessed(name).sheets
    assert (sp.name, sp.include, sp.header_row, sp.role) == (Path(name).stem, True, 0, role)
    assert targets(sp) == {
        "first name": Target.FIRST_NAME,
        "last name": Target.LAST_NAME,
        "email address": Target.EMAIL,
        "both mentor and mentee": Target.ROLE,
        "grade": Target.CAREER_LEVEL,
        "organisation": Target.DEPARTMENT,
        "biography": Target.BIO,
    }
    # "yes" to "both mentor and mentee?" is both; "no" is the file's role.
    assert sp.role_values == {"yes": Role.BOTH, "no": role}


def test_a_role_given_for_everyone_overrides_the_file_name() -> None:
    (sp,) = guessed("civil-service-small-mentors.csv", Role.MENTEE).sheets
    assert sp.role is Role.MENTEE
    assert sp.role_values == {"yes": Role.BOTH, "no": Role.MENTEE}


# -- guesses on generated sheets -------------------------------------------------------------


def test_italian_headers_below_a_title_and_blank_rows(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "iscrizioni.xlsx",
        {
            "Iscrizioni": [
                ["Programma di mentoring 2025"],
                [],
                [],
                ["Nome", "Cognome", "Indirizzo email", "Ruolo", "Competenze che vuoi sviluppare"],
                ["Giulia", "Bianchi", "giulia@esempio.it", "Mentore", None],
                ["Luca", "Verdi", "luca@esempio.it", "Entrambi", "Excel"],
            ]
        },
    )
    (sp,) = guess_plan(read_workbook(path)).sheets
    assert (sp.include, sp.header_row, sp.role) == (True, 3, None)
    assert list(targets(sp).values()) == [
        Target.FIRST_NAME,
        Target.LAST_NAME,
        Target.EMAIL,
        Target.ROLE,
        Target.SKILLS_WANTED,
    ]
    assert sp.role_values == {"Mentore": Role.MENTOR, "Entrambi": Role.BOTH}


def test_bulgarian_headers_below_a_blank_row(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "записване.xlsx",
        {
            "Записване": [
                [None],
                ["Име", "Фамилия", "Имейл", "Роля", "Умения, които искам да развия"],
                ["Иван", "Петров", "ivan@example.bg", "Ментор", None],
                ["Мария", "Иванова", "maria@example.bg", "Менти", "Excel"],
                ["Петър", "Георгиев", "petar@example.bg", "И двете", None],
                ["Ана", "Колева", "ana@example.bg", "Шеф", None],
            ]
        },
    )
    (sp,) = guess_plan(read_workbook(path)).sheets
    assert (sp.include, sp.header_row) == (True, 1)
    assert list(targets(sp).values()) == [
        Target.FIRST_NAME,
        Target.LAST_NAME,
        Target.EMAIL,
        Target.ROLE,
        Target.SKILLS_WANTED,
    ]
    assert sp.role_values == {
        "Ментор": Role.MENTOR,
        "Менти": Role.MENTEE,
        "И двете": Role.BOTH,
        "Шеф": None,
    }


def test_a_full_name_column_is_kept_without_first_and_last_name_columns() -> None:
    sheet = Sheet("Roster", [["Name", "E-mail"], ["Anna Rossi", "anna@example.org"]])
    sp = guess_sheet(sheet, None)
    assert targets(sp) == {"Name": Target.FULL_NAME, "E-mail": Target.EMAIL}
    assert sp.include and sp.role is None


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Skills offered", Role.MENTOR),
        ("How many mentees can you take?", Role.MENTOR),
        ("Skills wanted", Role.MENTEE),
        ("Interests", None),
    ],
)
def test_a_sheet_without_a_role_gets_one_from_its_columns(header: str, role: Role | None) -> None:
    sheet = Sheet("Sheet1", [["First name", "Last name", header], ["Anna", "Rossi", "2"]])
    assert guess_sheet(sheet, None).role is role


def test_a_role_column_leaves_the_sheet_role_open() -> None:
    sheet = Sheet("Sheet1", [["First name", "Last name", "Role", "Skills offered"]])
    sp = guess_sheet(sheet, None)
    assert sp.role is None
    assert not sp.include  # a header without data is nothing to import


def test_a_sheet_without_a_header_is_not_included() -> None:
    sheet = Sheet("Numbers", [[1, 2, 3], [4, 5, 6]])
    sp = guess_sheet(sheet, None)
    assert (sp.include, sp.columns, sp.header_row) == (False, [], 0)
    assert guess_sheet(Sheet("mentees", [[1, 2]]), None).role is Role.MENTEE


def test_a_header_row_chosen_past_the_end_gives_an_empty_plan() -> None:
    sheet = Sheet("mentors", [["First name", "Last name"], ["Anna", "Rossi"]])
    sp = guess_sheet(sheet, None, header_row=5)
    assert (sp.include, sp.columns, sp.role) == (False, [], Role.MENTOR)
    chosen = guess_sheet(sheet, None, header_row=0)
    assert chosen.include and chosen.header_row == 0


# -- saved mappings --------------------------------------------------------------------------


def corrected_forms_plan() -> tuple[Workbook, ImportPlan]:
    """The applications export with a coordinator's corrections: people go by their nickname,
    the comments for the committee stay out, "One mentee only" means two, and people already
    in the program are left alone."""
    book = real("msforms-applications.xlsx")
    plan = guessed("msforms-applications.xlsx")
    for c in plan.sheet("mentor").columns:
        if c.header == "Nickname":
            c.target = Target.FIRST_NAME
        elif c.header in ("First Name", "Comments for the mentoring committee"):
            c.target = None
    for c in plan.sheet("mentee").columns:
        if c.header == "Which is your home office?":
            c.target = None
    plan.capacity_values["One mentee only, please!"] = 2
    plan.on_existing = OnExisting.SKIP
    return book, plan


def test_a_mapping_is_keyed_by_sheet_name_and_header_text(tmp_path: Path) -> None:
    _book, plan = corrected_forms_plan()
    data = mapping_to_json(plan)
    assert data["mentordesk_mapping"] == MAPPING_VERSION
    assert data["on_existing"] == "skip"
    assert data["capacity_values"]["One mentee only, please!"] == 2
    mentor = data["sheets"][0]
    assert (mentor["name"], mentor["include"], mentor["header_row"], mentor["role"]) == (
        "mentor",
        True,
        1,  # as a spreadsheet numbers rows
        "mentor",
    )
    assert mentor["columns"]["Nickname"] == "first_name"
    assert mentor["columns"]["First Name"] is None
    assert mentor["columns"]["Comments for the mentoring committee"] is None
    assert mentor["columns"]["J&J Email Address"] == "email"

    path = tmp_path / "forms.mapping.json"
    save_mapping(plan, path)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert load_mapping(path) == data


def test_a_mapping_applies_to_the_next_export_of_the_same_file(tmp_path: Path) -> None:
    _book, plan = corrected_forms_plan()
    path = tmp_path / "forms.json"
    save_mapping(plan, path)
    again = real("msforms-applications.xlsx")
    applied = apply_mapping(guessed(again.path.name), again, load_mapping(path))
    assert targets(applied.sheet("mentor")) == targets(plan.sheet("mentor"))
    assert targets(applied.sheet("mentee")) == targets(plan.sheet("mentee"))
    assert applied.on_existing is OnExisting.SKIP
    assert applied.capacity_values["One mentee only, please!"] == 2
    with Store.in_memory(Program(name="Forms")) as store:
        people = {
            o.result.email: o.result for o in preview(store, again, applied).outcomes if o.result
        }
    abby = people["aarand@its.jnj.com"]
    assert (abby.first_name, abby.capacity, abby.private_notes) == ("Abs", 2, "")
    assert people["zzabrosk@its.jnj.com"].location == ""


def test_a_mapping_follows_a_renamed_sheet_by_its_headers(tmp_path: Path) -> None:
    """msforms-extra-row.xlsx calls the mentee sheet "mentees": matched by its headers."""
    _book, plan = corrected_forms_plan()
    path = tmp_path / "forms.json"
    save_mapping(plan, path)
    other = real("msforms-extra-row.xlsx")
    applied = apply_mapping(guessed(other.path.name), other, load_mapping(path))
    mentees = applied.sheet("mentees")
    assert mentees.header_row == 0 and mentees.include and mentees.role is Role.MENTEE
    assert "Which is your home office?" not in targets(mentees)
    assert targets(mentees)["J&J Email Address"] is Target.EMAIL


def test_a_mapping_carries_over_to_the_export_with_an_extra_row(tmp_path: Path) -> None:
    _book, plan = corrected_forms_plan()
    path = tmp_path / "forms.json"
    save_mapping(plan, path)
    other = real("msforms-extra-row.xlsx")
    applied = apply_mapping(guessed(other.path.name), other, load_mapping(path))
    mentors = applied.sheet("mentors")
    assert mentors.header_row == 1
    assert targets(mentors)["Nickname"] is Target.FIRST_NAME
    assert "First Name" not in targets(mentors)
    assert "Comments for the mentoring committee" not in targets(mentors)
    with Store.in_memory(Program(name="Forms")) as store:
        result = preview(store, other, applied)
    people = {o.result.email: o.result for o in result.outcomes if o.result}
    abby = people["aarand@its.jnj.com"]
    assert (abby.first_name, abby.capacity, abby.private_notes) == ("Abs", 2, "")


def test_a_header_row_the_coordinator_chose_is_kept_by_the_mapping(tmp_path: Path) -> None:
    """The English labels are guessed as the header; the coordinator picked the Italian row."""
    rows: list[list[Any]] = [
        ["First name", "Last name", "E-mail"],
        ["Nome", "Cognome", "Posta"],
        ["Anna", "Rossi", "anna@esempio.it"],
    ]
    book = read_workbook(xlsx(tmp_path / "a.xlsx", {"mentori": rows}))
    plan = guess_plan(book)
    assert plan.sheets[0].header_row == 0
    plan.sheets[0] = guess_sheet(book.sheets[0], None, header_row=1)
    plan.sheets[0].columns[2].target = Target.EMAIL
    save_mapping(plan, tmp_path / "m.json")

    again = read_workbook(xlsx(tmp_path / "b.xlsx", {"mentori": rows}))
    applied = apply_mapping(guess_plan(again), again, load_mapping(tmp_path / "m.json"))
    sp = applied.sheets[0]
    assert sp.header_row == 1
    assert targets(sp) == {
        "Nome": Target.FIRST_NAME,
        "Cognome": Target.LAST_NAME,
        "Posta": Target.EMAIL,
    }
    assert sp.role is Role.MENTOR


def test_a_mapping_from_another_form_is_ignored_sheet_by_sheet(tmp_path: Path) -> None:
    forms_book, forms_plan = corrected_forms_plan()
    path = tmp_path / "forms.json"
    save_mapping(forms_plan, path)
    mentor_rows = forms_book.sheets[0].rows
    italian = [
        ["Nome", "Cognome", "Indirizzo email", "Ruolo"],
        ["Giulia", "Bianchi", "giulia@esempio.it", "Mentore"],
    ]
    book = read_workbook(
        xlsx(tmp_path / "two.xlsx", {"mentor": mentor_rows, "Iscrizioni": italian})
    )
    applied = apply_mapping(guess_plan(book), book, load_mapping(path))
    assert targets(applied.sheet("mentor")) == targets(forms_plan.sheet("mentor"))
    # The Italian sheet shares no headers with the saved ones: it keeps its own guesses.
    assert applied.sheet("Iscrizioni") == guess_plan(book).sheet("Iscrizioni")

    civil = real("civil-service-small-mentors.csv")
    civil_plan = guessed(civil.path.name)
    # Sheet by sheet: the program-wide choices (capacity answers, on-existing) still apply.
    assert (
        apply_mapping(civil_plan, civil, load_mapping(path)).sheets
        == guessed(civil.path.name).sheets
    )


def test_a_mapping_carries_the_meaning_of_role_answers(tmp_path: Path) -> None:
    """This coordinator decided that "yes, both" still means mentor only in this round."""
    name = "civil-service-small-mentors.csv"
    plan = guessed(name)
    plan.sheets[0].role_values["yes"] = Role.MENTOR
    save_mapping(plan, tmp_path / "m.json")
    data = load_mapping(tmp_path / "m.json")
    assert data["sheets"][0]["role_values"] == {"yes": "mentor", "no": "mentor"}
    data["sheets"][0]["role_values"]["no"] = None  # "the sheet's role"
    applied = apply_mapping(guessed(name), real(name), data)
    assert applied.sheets[0].role_values == {"yes": Role.MENTOR, "no": None}
    with Store.in_memory(Program(name="Civil")) as store:
        result = preview(store, real(name), applied)
    assert {o.result.role for o in result.outcomes if o.result} == {Role.MENTOR}


def test_an_empty_mapping_changes_nothing() -> None:
    book = real("civil-service-small-mentees.csv")
    applied = apply_mapping(guessed(book.path.name), book, {"mentordesk_mapping": 1})
    assert applied == guessed(book.path.name)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[1, 2, 3]",
        b'{"mentordesk_mapping": 99, "sheets": []}',
        b'{"sheets": []}',
        b"\xff\xfe\x00binary",
    ],
    ids=["not-json", "not-an-object", "newer-version", "no-version", "not-text"],
)
def test_a_broken_mapping_file_is_one_clear_sentence(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as info:
        load_mapping(path)
    assert str(info.value).startswith("“broken.json” is not a MentorDesk import mapping")
    assert info.value.path == str(path)


def test_a_missing_mapping_file_is_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="“gone.json” is not a MentorDesk import mapping"):
        load_mapping(tmp_path / "gone.json")


@pytest.mark.parametrize(
    "change",
    [
        {"capacity_values": {"One mentee only, please!": "lots"}},
        {"on_existing": "merge"},
        {"sheets": [{"name": "mentor", "columns": {"Email": "phone_number"}}]},
        {"sheets": [{"name": "mentor", "role": "boss"}]},
        {"sheets": [{"name": "mentor", "header_row": "top"}]},
        {"sheets": [{"name": "mentor", "role_values": ["mentor"]}]},
    ],
    ids=["capacity", "on-existing", "target", "role", "header-row", "role-values"],
)
def test_a_mapping_that_does_not_fit_is_one_clear_sentence(change: dict[str, Any]) -> None:
    book = real("msforms-applications.xlsx")
    with pytest.raises(FileProblem, match="^The saved mapping does not fit this file"):
        apply_mapping(guessed(book.path.name), book, {"mentordesk_mapping": 1, **change})


def test_a_mapping_that_cannot_be_saved_is_one_clear_sentence(tmp_path: Path) -> None:
    _book, plan = corrected_forms_plan()
    target = tmp_path / "no such folder" / "m.json"
    with pytest.raises(FileProblem, match="could not be saved") as info:
        save_mapping(plan, target)
    assert info.value.path == str(target)
    assert not target.parent.exists()
