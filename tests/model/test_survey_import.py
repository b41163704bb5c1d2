"""Importing a survey export (an MS-Forms-like workbook, a CSV, the blank survey sheet filled in)
on the roster import's engine, and writing the blank survey sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from mentordesk.model.domain import Participant, ParticipantStatus, Role
from mentordesk.model.errors import ValidationError
from mentordesk.model.sheets import RosterFileProblem, Sheet, read_workbook
from mentordesk.model.store import Store
from mentordesk.model.survey_import import (
    COMMENT,
    DATE,
    EMAIL,
    QUESTION,
    ROUND,
    Action,
    SurveyPlan,
    find_survey_header,
    guess_column,
    guess_survey_plan,
    parse_answer,
    preview_survey,
    target_label,
    targets,
)
from mentordesk.model.survey_sheet import export_blank_survey, people_to_ask
from mentordesk.model.surveys import QuestionKind, built_in_questions

from .conftest import PROGRAM, Ids, sha256

TODAY = dt.date(2025, 6, 1)
QUESTIONS = built_in_questions()
LONG_USEFUL = "How useful is the program for your growth? (1 = not at all, 5 = very much)"
HEADERS = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    LONG_USEFUL,
    "How supported do you feel by your mentor?\n",
    "How likely are you to recommend the program to a colleague?",
    "How well does your mentee use the opportunities the program offers?",
    "Which feedback round is this?",
    "Anything else you would like to tell us?",
]


def forms_export(path: Path, rows: list[list[object]]) -> Path:
    """A Microsoft Forms export: an empty row above the titles, long question titles."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([])
    ws.append(HEADERS)
    for n, row in enumerate(rows, 1):
        ws.append([n, dt.datetime(2025, 5, 1, 9), *row])
    wb.save(path)
    return path


def answers(email: str, *values: object, when: object = None) -> list[object]:
    """Completion time, e-mail, name, useful, supported, recommend, engagement, round, comment."""
    return [when or dt.datetime(2025, 5, 20, 10, 5), email, "x", *values]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return forms_export(
        tmp_path / "Feedback.xlsx",
        [
            answers(" IVAN@example.bg ", "4 - Agree", 5, "9", None, "Midpoint", "Grazie!"),
            answers("marco@esempio.it", None, None, None, "4", "Midpoint", ""),
            answers("nobody@example.org", 4, 4, 8, None, "Midpoint", ""),
            answers("ivan@example.bg", 7, 3, 10, None, "Closing", ""),
            answers("ivan@example.bg", "lots", None, None, None, "First month", ""),
            answers("marco@esempio.it", 5, None, None, None, "Closing", ""),
            answers("", 4, None, None, None, "Midpoint", ""),
            answers("ivan@example.bg", 3, None, None, None, "", "", when="2099-01-01"),
            answers("ivan@example.bg", None, None, None, None, "Final", ""),
            answers("ivan@example.bg", None, None, None, None, "Final", "", when="soon"),
        ],
    )


def test_an_ms_forms_export_is_mapped_by_its_titles(export: Path) -> None:
    plan = guess_survey_plan(read_workbook(export), QUESTIONS)
    assert plan.header_row == 1  # the empty row above is skipped
    assert {c.header: c.target for c in plan.columns if c.target} == {
        "Completion time": DATE,
        "Email": EMAIL,
        LONG_USEFUL: QUESTION + "useful",
        "How supported do you feel by your mentor?": QUESTION + "supported",
        "How likely are you to recommend the program to a colleague?": QUESTION + "recommend",
        "How well does your mentee use the opportunities the program offers?": QUESTION
        + "engagement",
        "Which feedback round is this?": ROUND,
        "Anything else you would like to tell us?": COMMENT,
    }
    assert plan.problem() is None


def test_every_row_becomes_an_answer_or_a_reason_naming_row_and_column(
    populated: Store, ids: Ids, export: Path
) -> None:
    plan = guess_survey_plan(read_workbook(export), QUESTIONS)
    result = preview_survey(populated, read_workbook(export), plan, TODAY)
    by_row = {o.row: o for o in result.outcomes}
    first = by_row[3]
    assert first.action is Action.NEW and first.name == "Иван Петров"
    assert first.feedback is not None
    assert first.feedback.answers == {"useful": 4, "supported": 5, "recommend": 9}
    assert first.feedback.pair_id == ids.active_pair
    assert first.feedback.date == dt.date(2025, 5, 20)
    assert first.feedback.comment == "Grazie!"
    assert by_row[4].action is Action.NEW  # a mentor's answer
    reasons = {row: o.reasons for row, o in by_row.items() if o.action is Action.REJECT}
    assert reasons == {
        5: ["column D: No participant has the e-mail address nobody@example.org."],
        6: ["column F: “7”: 7 is not between 1 and 5."],
        7: ["column F: “lots”: The answer must be a whole number from 1 to 5."],
        8: ["column F: This question is not put to a mentor."],
        9: ["column D: No e-mail address."],
        10: ["column C: The date 2099-01-01 is in the future.", "column J: No round."],
        11: ["Nothing was answered."],
        12: ["column C: “soon” is not a date."],
    }
    assert str(by_row[6].problems[0]).startswith("sheet “Sheet1”, row 6, column F")
    assert result.summary() == "2 to import, 0 already in the program, 8 rejected"
    assert [o.row for o in result.rejected] == [5, 6, 7, 8, 9, 10, 11, 12]


def test_the_import_writes_all_at_once_and_a_second_import_skips(
    populated: Store, export: Path
) -> None:
    workbook = read_workbook(export)
    plan = guess_survey_plan(workbook, QUESTIONS)
    result = preview_survey(populated, workbook, plan, TODAY)
    before = len(populated.feedback())
    ids = populated.import_answers(result.entries, TODAY)
    assert len(populated.feedback()) == before + len(ids) == before + 2
    again = preview_survey(populated, workbook, plan, TODAY)
    assert again.count(Action.SKIP) == 2 and again.entries == []
    assert "Already answered round “Midpoint” on 2025-05-20" in again.outcomes[0].reasons[0]


def test_the_newest_answers_of_a_person_to_a_round_win(populated: Store, tmp_path: Path) -> None:
    path = forms_export(
        tmp_path / "twice.xlsx",
        [
            answers("ivan@example.bg", 2, None, None, None, "Midpoint", "", when="2025-05-22"),
            answers("ivan@example.bg", 4, None, None, None, "Midpoint", "", when="2025-05-21"),
            answers("ivan@example.bg", 5, None, None, None, "midpoint", "", when="2025-05-23"),
        ],
    )
    workbook = read_workbook(path)
    result = preview_survey(populated, workbook, guess_survey_plan(workbook, QUESTIONS), TODAY)
    assert [o.action for o in result.outcomes] == [Action.REJECT, Action.REJECT, Action.NEW]
    assert "row 5" in result.outcomes[0].reasons[0]
    assert [e.answers for e in result.entries] == [{"useful": 5}]


def test_a_csv_export_with_one_round_for_the_whole_file(populated: Store, tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(
        "Timestamp;Email address;How useful is the program for your growth?;Comments\n"
        ";;;\n"
        '2025-05-20 10:00:00;ivan@example.bg;Agree;=HYPERLINK("x")\n',
        encoding="utf-8-sig",
    )
    workbook = read_workbook(path)
    plan = guess_survey_plan(workbook, QUESTIONS)
    assert plan.problem() == "Choose the round of these answers, or the column that names it."
    plan.round = "Closing"
    [entry] = preview_survey(populated, workbook, plan, TODAY).entries
    assert entry.round == "Closing" and entry.answers == {"useful": 4}
    assert entry.comment == '=HYPERLINK("x")'  # kept as text, never run


def test_what_a_plan_still_needs() -> None:
    plan = SurveyPlan("S", 0, [])
    assert plan.problem() == "Choose the column with the e-mail addresses."
    plan.columns = [
        guess_column_plan(0, "Email"),
        guess_column_plan(1, "Round"),
    ]
    assert plan.problem() == "Choose at least one column with answers."
    plan.columns.append(guess_column_plan(2, "Comment"))
    assert plan.problem() is None


def guess_column_plan(index: int, header: str):  # type: ignore[no-untyped-def]
    from mentordesk.model.survey_import import SurveyColumn

    return SurveyColumn(index, header, guess_column(header, QUESTIONS))


def test_guesses_for_single_headers() -> None:
    assert guess_column("", QUESTIONS) is None
    assert guess_column("useful", QUESTIONS) == QUESTION + "useful"
    assert guess_column("Date", QUESTIONS) == DATE
    assert guess_column("Survey round", QUESTIONS) == ROUND
    assert guess_column("Favourite colour", QUESTIONS) is None
    assert target_label(EMAIL, QUESTIONS) == "E-mail"
    assert target_label(QUESTION + "gained", QUESTIONS).startswith("Answer: How much")
    assert target_label(QUESTION + "gone", QUESTIONS) == "Answer: gone"
    assert targets(QUESTIONS)[:4] == [EMAIL, ROUND, DATE, COMMENT]
    assert find_survey_header(Sheet("S", [["Title"], [None]]), QUESTIONS) == 0


def test_two_email_columns_keep_the_one_that_differs(populated: Store, tmp_path: Path) -> None:
    path = tmp_path / "owner.csv"
    path.write_text(
        "Email,E-mail address,Date,Completion time,Round,useful\n"
        "owner@x.org,ivan@example.bg,2025-05-01,2025-05-02,Midpoint,4\n"
        "owner@x.org,marco@esempio.it,2025-05-01,2025-05-02,Midpoint,\n",
        encoding="utf-8",
    )
    plan = guess_survey_plan(read_workbook(path), QUESTIONS)
    assert [c.header for c in plan.columns if c.target == EMAIL] == ["E-mail address"]
    assert [c.header for c in plan.columns if c.target == DATE] == ["Completion time"]


@pytest.mark.parametrize(
    ("cell", "kind", "value"),
    [
        (None, QuestionKind.SCALE, None),
        ("  ", QuestionKind.SCALE, None),
        ("4 - Agree", QuestionKind.SCALE, 4),
        ("9", QuestionKind.NPS, 9),
        ("10.0", QuestionKind.NPS, 10),
        (4.0, QuestionKind.SCALE, 4),
        (4.5, QuestionKind.SCALE, "4.5"),
        ("4.5", QuestionKind.SCALE, "4.5"),
        (3, QuestionKind.SCALE, 3),
        (True, QuestionKind.SCALE, "yes"),
        ("Strongly agree", QuestionKind.SCALE, 5),
        ("Strongly agree", QuestionKind.NPS, "Strongly agree"),
        ("A lot", QuestionKind.TEXT, "A lot"),
    ],
)
def test_answers_parsed_from_what_people_typed(
    cell: object, kind: QuestionKind, value: object
) -> None:
    assert parse_answer(cell, kind) == value  # type: ignore[arg-type]


def test_a_broken_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(RosterFileProblem) as error:
        read_workbook(path)
    assert "broken.xlsx" in str(error.value)


def test_a_refused_import_leaves_the_file_unchanged(populated_path: Path, export: Path) -> None:
    with Store.open(populated_path) as store:
        workbook = read_workbook(export)
        result = preview_survey(store, workbook, guess_survey_plan(workbook, QUESTIONS), TODAY)
        # Someone edits the questionnaire between the preview and the import: refused whole.
        store.restore_survey_questions(QUESTIONS[3:])
    before = sha256(populated_path)
    with Store.open(populated_path) as store:
        with pytest.raises(ValidationError) as error:
            store.import_answers(result.entries, TODAY)
        assert "0.answers.useful" in error.value.problems
    assert sha256(populated_path) == before


# -- the blank survey sheet -------------------------------------------------------------------


def test_the_blank_survey_asks_everyone_in_an_open_pair(
    populated: Store, ids: Ids, tmp_path: Path
) -> None:
    mentee = populated.participant(ids.mentee)
    populated.update_participant(dataclasses.replace(mentee, first_name="=cmd|' /C calc'!A0"))
    path = tmp_path / "blank.xlsx"
    assert export_blank_survey(populated, path, "Midpoint") == 2
    wb = load_workbook(path)
    assert wb.sheetnames == ["Instructions", "Answers", "Lists"]
    assert wb["Lists"].sheet_state == "hidden"
    ws = wb["Answers"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["Name", "E-mail", "Role", "Round", "Date"]
    assert header[5:-1] == [q.text for q in QUESTIONS] and header[-1] == "Comment"
    names = {ws.cell(row=r, column=1).value: r for r in (2, 3)}
    evil = names["=cmd|' /C calc'!A0 Петров"]
    assert ws.cell(row=evil, column=1).data_type == "s"
    assert ws.cell(row=evil, column=1).quotePrefix
    assert ws.cell(row=evil, column=4).value == "Midpoint"
    # A mentee is not asked the mentors' questions: those cells are grey.
    assert ws.cell(row=evil, column=9).fill.fgColor.rgb.endswith("EEEEEE")
    assert ws.cell(row=evil, column=6).fill.fgColor.rgb in (None, "00000000")
    rules = {
        str(dv.sqref): (dv.type, dv.formula1, dv.formula2)
        for dv in ws.data_validations.dataValidation
    }
    assert rules["F2:F3"] == ("whole", "1", "5")
    assert rules["H2:H3"] == ("whole", "0", "10")
    assert rules["D2:D3"][0] == "list" and rules["E2:E3"][0] == "date"
    assert "matched to participants by e-mail" in " ".join(
        str(c.value) for c in wb["Instructions"]["A"]
    )
    # Filled in and imported again: the titles map by themselves.
    ws.cell(row=evil, column=6, value=5)
    ws.cell(row=evil, column=8, value=10)
    wb.save(path)
    workbook = read_workbook(path)
    plan = guess_survey_plan(workbook, QUESTIONS)
    assert plan.sheet == "Answers"
    result = preview_survey(populated, workbook, plan, TODAY)
    [entry] = result.entries
    assert entry.answers == {"useful": 5, "recommend": 10} and entry.round == "Midpoint"
    assert result.count(Action.REJECT) == 1  # the mentor's empty row: nothing answered


def test_without_open_pairs_every_active_participant_is_asked(tmp_path: Path) -> None:
    with Store.in_memory(PROGRAM) as store:
        store.add_participant(
            Participant(
                "Ada",
                "Lovelace",
                email="ada@x.org",
                role=Role.BOTH,
                status=ParticipantStatus.ACTIVE,
            )
        )
        store.add_participant(Participant("Bo", "Applicant", role=Role.MENTEE))
        assert [(n, r.value) for n, _e, r in people_to_ask(store)] == [("Ada Lovelace", "peer")]
        assert export_blank_survey(store, tmp_path / "blank.xlsx") == 1
        empty = Store.in_memory(PROGRAM)
        assert export_blank_survey(empty, tmp_path / "nobody.xlsx") == 0
        empty.close()
