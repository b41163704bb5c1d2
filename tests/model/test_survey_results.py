"""What the import wizard shows and saves about a survey export besides its preview: the rounds
its round column names, answers in words and how they are read, the rejected rows as a CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mentordesk.model.sheets import read_workbook
from mentordesk.model.store import Store
from mentordesk.model.survey_import import ROUND, guess_survey_plan, preview_survey
from mentordesk.model.survey_results import (
    answers_in_words,
    rounds_named,
    write_rejected_answers,
)

from .test_survey_import import QUESTIONS, TODAY, answers, forms_export


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return forms_export(
        tmp_path / "Feedback.xlsx",
        [
            answers(" IVAN@example.bg ", "4 - Agree", 5, "9", None, "Midpoint", "Grazie!"),
            answers("nobody@example.org", 4, 4, 8, None, "Midpoint", ""),
            answers("ivan@example.bg", "lots", None, None, None, "First month", ""),
            answers("marco@esempio.it", 5, None, None, None, "Closing", ""),
            answers("ivan@example.bg", None, None, None, None, "Final", ""),
            answers("ivan@example.bg", "4 - Agree", None, None, None, "", "", when="soon"),
        ],
    )


def test_the_rounds_the_round_column_names(export: Path) -> None:
    workbook = read_workbook(export)
    plan = guess_survey_plan(workbook, QUESTIONS)
    assert rounds_named(workbook, plan) == {
        "Midpoint": 2,
        "First month": 1,
        "Closing": 1,
        "Final": 1,
    }
    for column in plan.columns:
        if column.target == ROUND:
            column.target = None
    assert rounds_named(workbook, plan) == {}


def test_answers_in_words_and_what_they_are_read_as(export: Path) -> None:
    workbook = read_workbook(export)
    plan = guess_survey_plan(workbook, QUESTIONS)
    # Plain numbers ("9", "4", 5) are not listed; free text and comments are not scales.
    assert answers_in_words(workbook, plan, QUESTIONS) == [("4 - Agree", 4), ("lots", None)]


def test_the_rejected_rows_saved_with_their_reasons(
    populated: Store, export: Path, tmp_path: Path
) -> None:
    workbook = read_workbook(export)
    result = preview_survey(populated, workbook, guess_survey_plan(workbook, QUESTIONS), TODAY)
    out = tmp_path / "rejected.csv"
    write_rejected_answers(result, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Sheet", "Row", "E-mail", "Column", "Reason"]
    assert ["Sheet1", "4", "nobody@example.org", "D"] == lines[1][:4]
    assert lines[1][4] == "No participant has the e-mail address nobody@example.org."
    assert ["Sheet1", "7", "ivan@example.bg", "", "Nothing was answered."] in lines
    # One line per problem: row 8 has two (no date, no round).
    assert [line[1] for line in lines[1:]].count("8") == 2
    assert len(lines) == 1 + 6
