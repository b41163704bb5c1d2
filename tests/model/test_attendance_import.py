"""Importing a training's attendance from a sign-in sheet (a Forms check-in export, a CSV, a
list typed in Excel) on the roster import's engine: the guesses, the matching by e-mail or by
name, the rows rejected with sheet, row and column, and one transaction."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook as XlsxWorkbook

from mentordesk.model.attendance_import import (
    ATTENDED,
    EMAIL,
    FIRST_NAME,
    FULL_NAME,
    LAST_NAME,
    TARGETS,
    Action,
    AttendanceColumn,
    AttendancePlan,
    find_attendance_header,
    guess_attendance_plan,
    guess_column,
    in_audience,
    parse_attended,
    preview_attendance,
    target_label,
    write_rejected_rows,
)
from mentordesk.model.domain import Role
from mentordesk.model.library import Training, TrainingAudience
from mentordesk.model.sheets import Sheet, Workbook, read_workbook
from mentordesk.model.store import Store

from .conftest import person


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    """Mentors and mentees, two of them with the same name and one without e-mail."""
    ids = {}
    for key, p in {
        "anna": person("Anna", "Rossi", email="Anna.Rossi@example.org", role=Role.MENTOR),
        "bo": person("Bo", "Ivanov", email="bo@example.org", role=Role.MENTEE),
        "both": person("Cleo", "Marr", email="cleo@example.org", role=Role.BOTH),
        "sam1": person("Sam", "Lee", email="sam.lee@example.org", role=Role.MENTOR),
        "sam2": person("Sam", "Lee", email="sam.lee2@example.org", role=Role.MENTOR),
        "nomail": person("Dario", "Fò", role=Role.MENTOR),
    }.items():
        ids[key] = store.add_participant(p)
    return ids


def training(store: Store, audience: TrainingAudience) -> int:
    return store.add_training(Training("Orientation", dt.date(2025, 3, 1), audience=audience))


def book(*sheets: Sheet) -> Workbook:
    return Workbook(Path("sign-in.xlsx"), "xlsx", sheets)


def test_labels_and_audiences() -> None:
    assert [target_label(t) for t in TARGETS] == [
        "E-mail",
        "First name",
        "Last name",
        "Full name",
        "Came (yes or no)",
    ]
    assert in_audience(Role.MENTEE, TrainingAudience.EVERYONE)
    assert in_audience(Role.BOTH, TrainingAudience.MENTEE)
    assert in_audience(Role.MENTOR, TrainingAudience.MENTOR)
    assert not in_audience(Role.MENTOR, TrainingAudience.MENTEE)
    assert not in_audience(Role.MENTEE, TrainingAudience.MENTOR)


@pytest.mark.parametrize(
    ("cell", "came"),
    [
        (None, True),
        ("", True),
        ("Yes", True),
        ("x", True),
        ("✓", True),
        ("✔", True),
        (1.0, True),
        (True, True),
        ("Sì", True),
        ("no", False),
        (0, False),
        ("Absent", False),
        (False, False),
        ("maybe", None),
    ],
)
def test_the_came_column_reads_yes_and_no(cell: object, came: bool | None) -> None:
    assert parse_attended(cell) is came  # type: ignore[arg-type]


def test_headers_are_guessed() -> None:
    assert guess_column("Email address") == EMAIL
    assert guess_column("Your name") == FULL_NAME
    assert guess_column("First name") == FIRST_NAME
    assert guess_column("Surname") == LAST_NAME
    assert guess_column("Attended?") == ATTENDED
    assert guess_column("Presente") == ATTENDED
    assert guess_column("Signature") is None
    assert guess_column("  ") is None


def test_the_header_is_found_below_a_title_and_name_next_to_surname_is_the_first_name() -> None:
    sheet = Sheet(
        "Sign-in",
        [
            ["Orientation, 1 March", None, None, None],
            ["Name", "Surname", "E-mail", "E-mail"],
            ["Anna", "Rossi", "anna.rossi@example.org", "boss@example.org"],
        ],
    )
    assert find_attendance_header(sheet) == 1
    plan = guess_attendance_plan(book(Sheet("Notes", [["Bring a pen"]]), sheet))
    assert plan.sheet == "Sign-in" and plan.header_row == 1
    assert [c.target for c in plan.columns] == [FIRST_NAME, LAST_NAME, EMAIL, None]
    assert plan.index(ATTENDED) is None and not plan.by_name and plan.problem() is None
    # The coordinator's own header row, past the end of the sheet: no columns.
    assert guess_attendance_plan(book(sheet), "Sign-in", 9).columns == []


def test_a_plan_needs_an_email_or_a_name() -> None:
    plan = AttendancePlan("S", 0, [AttendanceColumn(0, "Who", None)])
    assert plan.by_name
    assert "e-mail addresses, or the columns with the first and last names" in (
        plan.problem() or ""
    )
    plan.columns[0].target = FIRST_NAME
    assert plan.problem() is not None, "a first name alone is not enough"
    plan.columns.append(AttendanceColumn(1, "Last", LAST_NAME))
    assert plan.problem() is None
    assert AttendancePlan("S", 0, [AttendanceColumn(0, "N", FULL_NAME)]).problem() is None


def test_a_forms_check_in_matched_by_email_previewed_and_written_at_once(
    store: Store, people: dict[str, int], tmp_path: Path
) -> None:
    training_id = training(store, TrainingAudience.MENTOR)
    store.set_attendance(training_id, [people["sam1"]])
    ws_book = XlsxWorkbook()
    ws = ws_book.active
    ws.title = "Form1"
    ws.append([])
    ws.append(["ID", "Start time", "Email", "Name", "Attended"])
    ws.append([1, "2025-03-01 09:00", "  ANNA.ROSSI@example.org ", "Anna", "✓"])
    ws.append([2, "2025-03-01 09:01", "stranger@example.org", "Who", "yes"])
    ws.append([3, "2025-03-01 09:02", "bo@example.org", "Bo", ""])  # a mentee
    ws.append([])
    ws.append([4, "2025-03-01 09:03", "cleo@example.org", "Cleo", "maybe"])
    ws.append([5, "2025-03-01 09:04", "sam.lee@example.org", "Sam", "no"])
    ws.append([6, "2025-03-01 09:05", "", "", ""])  # an e-mail column, a blank e-mail
    path = tmp_path / "Check-in.xlsx"
    ws_book.save(path)
    workbook = read_workbook(path)
    plan = guess_attendance_plan(workbook)
    assert (plan.header_row, plan.index(EMAIL), plan.index(ATTENDED)) == (1, 2, 4)
    assert plan.index(FULL_NAME) == 3

    result = preview_attendance(store, workbook, plan, training_id)
    by_row = {o.row: o for o in result.outcomes}
    assert by_row[3].action is Action.CAME and by_row[3].participant_id == people["anna"]
    assert by_row[3].name == "Anna Rossi" and by_row[3].reasons == []
    assert [str(p) for p in by_row[4].problems] == [
        "sheet “Form1”, row 4, column C: No participant has the e-mail address "
        "stranger@example.org."
    ]
    assert by_row[5].reasons == ["Bo Ivanov is a mentee; this training is for mentors."]
    assert by_row[7].reasons == ["column E: “maybe” is neither yes nor no."]
    assert by_row[8].action is Action.ABSENT and by_row[8].participant_id == people["sam1"]
    assert by_row[9].reasons == ["column C: No e-mail address or name."]
    assert 6 not in by_row, "blank rows are skipped"
    assert result.count(Action.REJECT) == 4 and len(result.rejected) == 4
    assert result.before == {people["sam1"]}
    assert result.after == {people["anna"]}
    assert result.changed
    assert result.summary() == "1 came (1 not ticked yet), 1 did not come, 4 rejected"
    assert store.attendance(training_id) == {people["sam1"]}, "a preview writes nothing"

    rejected = tmp_path / "rejected.csv"
    write_rejected_rows(result, rejected)
    with rejected.open(encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Sheet", "Row", "Who", "Column", "Reason"]
    assert ["Form1", "4", "stranger@example.org", "C"] == lines[1][:4]
    assert len(lines) == 5

    before = store.replace_attendance(training_id, result.after)
    assert before == {people["sam1"]} and store.attendance(training_id) == {people["anna"]}


def test_a_typed_list_matched_by_name(store: Store, people: dict[str, int]) -> None:
    training_id = training(store, TrainingAudience.EVERYONE)
    sheet = Sheet(
        "Sheet1",
        [
            ["Full name", "Present"],
            ["Rossi, Anna", "x"],
            ["dario fo", "1"],  # accents and case do not matter
            ["Sam Lee", "x"],
            ["Nobody Here", "x"],
            [None, "x"],
            ["Anna Rossi", "no"],  # lower down: signed out, this row counts
            ["Bo Ivanov"],  # a short row: no "came" cell, so came
        ],
    )
    plan = guess_attendance_plan(book(sheet))
    assert plan.by_name and plan.problem() is None
    result = preview_attendance(store, book(sheet), plan, training_id)
    outcomes = result.outcomes
    assert outcomes[0].action is Action.REJECT
    assert outcomes[0].reasons == ["Anna Rossi is also on row 7, which counts instead."]
    assert outcomes[0].participant_id is None
    assert outcomes[1].participant_id == people["nomail"] and outcomes[1].who == "dario fo"
    assert outcomes[2].reasons == [
        "column A: 2 participants are called Sam Lee: add their e-mail addresses to the sheet."
    ]
    assert outcomes[3].reasons == ["column A: No participant is called Nobody Here."]
    assert outcomes[4].reasons == ["column A: No name."]
    assert outcomes[5].action is Action.ABSENT and outcomes[5].participant_id == people["anna"]
    assert outcomes[6].action is Action.CAME and outcomes[6].participant_id == people["bo"]
    assert result.after == {people["nomail"], people["bo"]}


def test_first_and_last_names_and_an_email_column_left_blank(
    store: Store, people: dict[str, int]
) -> None:
    training_id = training(store, TrainingAudience.EVERYONE)
    store.set_attendance(training_id, [people["bo"]])
    columns = [
        AttendanceColumn(0, "E-mail", EMAIL),
        AttendanceColumn(1, "First", FIRST_NAME),
        AttendanceColumn(2, "Last", LAST_NAME),
    ]
    sheet = Sheet(
        "S",
        [
            ["E-mail", "First", "Last"],
            ["", "Cleo", "Marr"],  # no e-mail: found by name
            ["", "", "Ivanov"],  # a last name alone names nobody
            ["", "", ""],
            ["bo@example.org", "", ""],
        ],
    )
    result = preview_attendance(store, book(sheet), AttendancePlan("S", 0, columns), training_id)
    assert result.outcomes[0].participant_id == people["both"]
    assert result.outcomes[1].reasons == ["column C: No participant is called Ivanov."]
    assert result.outcomes[2].action is Action.CAME, "blank rows are skipped"
    assert result.outcomes[2].row == 5
    assert result.after == {people["both"], people["bo"]}

    # Only an e-mail column, left blank.
    only_email = Sheet("S", [["E-mail", "Note"], [None, "late"], ["bo@example.org", ""]])
    plan = AttendancePlan("S", 0, [AttendanceColumn(0, "E-mail", EMAIL)])
    result = preview_attendance(store, book(only_email), plan, training_id)
    assert [str(p) for p in result.outcomes[0].problems] == [
        "sheet “S”, row 2, column A: No e-mail address."
    ]
    assert not result.changed, "Bo was already ticked"
    assert result.summary() == "1 came (0 not ticked yet), 0 did not come, 1 rejected"
