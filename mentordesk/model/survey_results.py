"""What the import wizard shows and saves about a survey export besides the preview itself:
the rounds its round column names, the answers written in words and how they are read, and the
rejected rows with their reasons as a CSV (as the roster import saves its own)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .export import save_csv
from .i18n import tr
from .roster_values import text_of
from .sheets import Workbook
from .survey_import import QUESTION, ROUND, SurveyPlan, SurveyPreview, parse_answer
from .surveys import Question, QuestionKind


def rounds_named(workbook: Workbook, plan: SurveyPlan) -> dict[str, int]:
    """The rounds the plan's round column names, each with how many rows name it."""
    index = plan.index(ROUND)
    counts: dict[str, int] = {}
    if index is None:
        return counts
    sheet = next(s for s in workbook.visible() if s.name == plan.sheet)
    for row in sheet.rows[plan.header_row + 1 :]:
        if index < len(row) and (name := text_of(row[index])):
            counts[name] = counts.get(name, 0) + 1
    return counts


def answers_in_words(
    workbook: Workbook, plan: SurveyPlan, questions: Sequence[Question]
) -> list[tuple[str, int | None]]:
    """Distinct answers to scale and 0–10 questions that are not plain numbers ("4 - Agree",
    "Agree"), each with the number it is read as (None: refused)."""
    kinds = {q.key: q.kind for q in questions}
    columns = [
        (c.index, kinds[key])
        for c in plan.columns
        if c.target
        and c.target.startswith(QUESTION)
        and (key := c.target.removeprefix(QUESTION)) in kinds
        and kinds[key] is not QuestionKind.TEXT
    ]
    sheet = next(s for s in workbook.visible() if s.name == plan.sheet)
    seen: dict[str, int | None] = {}
    for row in sheet.rows[plan.header_row + 1 :]:
        for index, kind in columns:
            cell = row[index] if index < len(row) else None
            text = text_of(cell)
            if not text or text in seen or text.removesuffix(".0").lstrip("-").isdigit():
                continue
            value = parse_answer(cell, kind)
            seen[text] = value if isinstance(value, int) else None
    return list(seen.items())


def write_rejected_answers(result: SurveyPreview, path: Path) -> None:
    """The rejected rows and why, as a CSV the coordinator can fix and import again."""
    lines = [[tr("Sheet"), tr("Row"), tr("E-mail"), tr("Column"), tr("Reason")]]
    for o in result.rejected:
        lines += [[p.sheet, str(p.row), o.email, p.column, p.message] for p in o.problems]
    save_csv(path, lines)
