"""Importing feedback answers from a survey export (Microsoft Forms, Google Forms, or the blank
survey sheet filled in), on the roster import's engine.

The same layers as the roster import: :func:`~.sheets.read_workbook` reads the file (CSV
delimiter and encoding detected), a plan says which row holds the titles and what each column
means (guessed, then corrected by the coordinator), a preview says what each row becomes or why
it is rejected, naming row and column as :class:`~.roster_rows.Problem` does, and one
transaction writes it (:meth:`~.store_surveys.SurveyRecords.import_answers`). The targets
differ: e-mail, round, date, comment and one per question, matched to participants by e-mail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum

from .domain import Feedback
from .i18n import date_text, tr
from .roster_fields import HEADER_SEARCH_ROWS, fold, guess_target
from .roster_rows import Problem, column_letter
from .roster_values import Cell, parse_datetime, text_of
from .roster_vocabulary import Target
from .sheets import Sheet, Workbook, paused_gc
from .store import Store
from .store_surveys import answer_problem
from .surveys import Question, QuestionKind

#: What a column of a survey export holds: one of these, or ``"q:KEY"`` for a question.
EMAIL, ROUND, DATE, COMMENT = "email", "round", "date", "comment"
QUESTION = "q:"

_ROUND_PHRASES = ("round", "survey round", "feedback round", "which survey", "giro", "fase")
_COMMENT_PHRASES = (
    "comment",
    "comments",
    "anything else",
    "other feedback",
    "remarks",
    "free text",
    "tell us more",
    "commento",
    "commenti",
    "коментар",
)
_DATE_PHRASES = ("date", "data", "дата")
#: Scale answers written in words, when the form gives no number ("Agree", "Molto").
_LIKERT = {
    "strongly disagree": 1,
    "disagree": 2,
    "neutral": 3,
    "neither agree nor disagree": 3,
    "agree": 4,
    "strongly agree": 5,
    "not at all": 1,
    "a little": 2,
    "somewhat": 3,
    "very much": 5,
}
_LEADING_NUMBER = re.compile(r"^\s*(-?\d+)(?:[.,]0+)?(?!\d|[.,]\d)")


def target_label(target: str, questions: Sequence[Question]) -> str:
    """What a target means, as the coordinator reads it."""
    fixed = {
        EMAIL: tr("E-mail"),
        ROUND: tr("Round"),
        DATE: tr("Date (or submitted at)"),
        COMMENT: tr("Comment"),
    }
    if target in fixed:
        return fixed[target]
    key = target.removeprefix(QUESTION)
    text = next((q.text for q in questions if q.key == key), key)
    return tr("Answer: {question}").format(question=text)


def targets(questions: Sequence[Question]) -> list[str]:
    """Every target a column may have, in the order the wizard lists them."""
    return [EMAIL, ROUND, DATE, COMMENT] + [QUESTION + q.key for q in questions]


@dataclass
class SurveyColumn:
    index: int
    header: str
    target: str | None


@dataclass
class SurveyPlan:
    sheet: str
    header_row: int  # index into Sheet.rows
    columns: list[SurveyColumn]
    #: Everyone's round, used where there is no round column (or its cell is blank).
    round: str = ""

    def index(self, target: str) -> int | None:
        return next((c.index for c in self.columns if c.target == target), None)

    def problem(self) -> str | None:
        """What the plan still needs before a preview makes sense, or None."""
        if self.index(EMAIL) is None:
            return tr("Choose the column with the e-mail addresses.")
        if self.index(ROUND) is None and not self.round.strip():
            return tr("Choose the round of these answers, or the column that names it.")
        if not any(c.target and c.target.startswith(QUESTION) for c in self.columns):
            if self.index(COMMENT) is None:
                return tr("Choose at least one column with answers.")
        return None


# -- guessing ---------------------------------------------------------------------------------


def guess_column(header: str, questions: Sequence[Question]) -> str | None:
    """The target a survey header most likely means (None: ignore the column)."""
    folded = fold(header)
    if not folded:
        return None
    best, score = None, 0.0
    for q in questions:
        text = fold(q.text)
        if folded in (text, fold(q.key)):
            return QUESTION + q.key
        ratio = SequenceMatcher(None, folded, text).ratio()
        if text and (text in folded or folded in text) and len(folded) >= 8:
            ratio = max(ratio, 0.9)
        if ratio > score:
            best, score = QUESTION + q.key, ratio
    if score >= 0.75:
        return best
    target, sure = guess_target(header)
    if target is Target.EMAIL and sure >= 0.6:
        return EMAIL
    if target is Target.TIMESTAMP and sure >= 0.6:
        return DATE
    padded = f" {folded} "
    if folded in _ROUND_PHRASES or any(f" {p} " in padded for p in _ROUND_PHRASES[1:4]):
        return ROUND
    if folded in _DATE_PHRASES:
        return DATE
    if any(f" {p} " in padded for p in _COMMENT_PHRASES):
        return COMMENT
    return None


def _header_score(row: Sequence[Cell], questions: Sequence[Question]) -> int:
    texts = [c for c in row if isinstance(c, str) and c.strip()]
    if len(texts) < 2:
        return 0
    return sum(1 for t in texts if guess_column(t, questions))


def _sheet_score(sheet: Sheet, questions: Sequence[Question]) -> int:
    return max((_header_score(r, questions) for r in sheet.rows[:HEADER_SEARCH_ROWS]), default=0)


def find_survey_header(sheet: Sheet, questions: Sequence[Question]) -> int:
    """The row whose titles mean most targets (title rows and blank rows above are skipped)."""
    best, best_score = 0, 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = _header_score(row, questions)
        if score > best_score:
            best, best_score = index, score
    return best


def guess_survey_plan(
    workbook: Workbook,
    questions: Sequence[Question],
    sheet: str | None = None,
    header_row: int | None = None,
) -> SurveyPlan:
    """The automatic guesses for one sheet (the first with rows, unless named)."""
    visible = workbook.visible()
    named = [s for s in visible if s.name == sheet]
    # Unless named: the sheet whose titles mean most (not an instructions sheet before it).
    chosen = named[0] if named else max(visible, key=lambda s: _sheet_score(s, questions))
    if header_row is None:
        header_row = find_survey_header(chosen, questions)
    header = chosen.rows[header_row] if header_row < len(chosen.rows) else []
    columns = [
        SurveyColumn(i, text_of(cell), guess_column(text_of(cell), questions))
        for i, cell in enumerate(header)
    ]
    _one_of_each(columns, chosen.rows[header_row + 1 :])
    return SurveyPlan(chosen.name, header_row, columns)


def _one_of_each(columns: list[SurveyColumn], data: Sequence[Sequence[Cell]]) -> None:
    """One column per target. Among e-mail columns the one whose values differ most wins
    (a Forms export's "Email" may be the form owner's); else the first one."""
    for target in {c.target for c in columns if c.target}:
        rivals = [c for c in columns if c.target == target]
        if len(rivals) < 2:
            continue
        keep = rivals[0]
        if target == EMAIL:
            keep = max(rivals, key=lambda c: _distinct(c.index, data))
        elif target == DATE:
            # "Completion time" rather than "Start time": the moment the answers were sent.
            keep = next((c for c in rivals if "complet" in fold(c.header)), rivals[-1])
        for c in rivals:
            if c is not keep:
                c.target = None


def _distinct(index: int, data: Sequence[Sequence[Cell]]) -> float:
    values = [v for r in data if index < len(r) and (v := text_of(r[index]).casefold())]
    return len(set(values)) / len(values) if values else 0.0


# -- values -----------------------------------------------------------------------------------


def parse_answer(cell: Cell, kind: QuestionKind) -> int | str | None:
    """An answer as stored: a number for a scale ("4 - Agree", "9", 4.0, "Agree"), the text
    for free text; None for an empty cell. A value that is no number stays text (refused)."""
    text = text_of(cell)
    if not text:
        return None
    if kind is QuestionKind.TEXT:
        return text
    if isinstance(cell, bool):
        return text
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else text
    if m := _LEADING_NUMBER.match(text):
        return int(m.group(1))
    if kind is QuestionKind.SCALE and (n := _LIKERT.get(fold(text))) is not None:
        return n
    return text


# -- the preview ------------------------------------------------------------------------------


class Action(StrEnum):
    NEW = "new"
    SKIP = "skip"  # answers of this person to this round are already in the program
    REJECT = "reject"


@dataclass(slots=True)
class Outcome:
    """What the import will do with one row."""

    sheet: str
    row: int  # as the spreadsheet numbers it
    email: str
    action: Action
    feedback: Feedback | None = None
    name: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [p.short() for p in self.problems]


@dataclass
class SurveyPreview:
    outcomes: list[Outcome]

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action is action)

    @property
    def rejected(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.action is Action.REJECT]

    @property
    def entries(self) -> list[Feedback]:
        """The answers to write."""
        return [o.feedback for o in self.outcomes if o.action is Action.NEW and o.feedback]

    def summary(self) -> str:
        return tr("{new} to import, {skipped} already in the program, {rejected} rejected").format(
            new=self.count(Action.NEW),
            skipped=self.count(Action.SKIP),
            rejected=self.count(Action.REJECT),
        )


@paused_gc()
def preview_survey(
    store: Store, workbook: Workbook, plan: SurveyPlan, today: dt.date
) -> SurveyPreview:
    """What importing the plan's sheet would do; nothing is written."""
    sheet = next(s for s in workbook.visible() if s.name == plan.sheet)
    questions = {q.key: q for q in store.survey_questions()}
    people = {p.email.strip().casefold(): p for p in store.participants() if p.email.strip()}
    already = {(f.participant_id, f.round.strip().casefold()): f.date for f in store.feedback()}
    email_at, round_at, date_at, comment_at = (plan.index(t) for t in (EMAIL, ROUND, DATE, COMMENT))
    answer_columns = [
        (c.index, questions[c.target.removeprefix(QUESTION)])
        for c in plan.columns
        if c.target and c.target.startswith(QUESTION) and c.target[2:] in questions
    ]
    outcomes: list[Outcome] = []
    in_file: dict[tuple[int, str], Outcome] = {}
    for offset, row in enumerate(sheet.rows[plan.header_row + 1 :]):
        if all(text_of(c) == "" for c in row):
            continue
        number = plan.header_row + offset + 2

        def cell(index: int | None, row: Sequence[Cell] = row) -> Cell:
            return row[index] if index is not None and index < len(row) else None

        problems: list[Problem] = []

        def refuse(
            index: int | None,
            message: str,
            number: int = number,
            problems: list[Problem] = problems,
        ) -> None:
            letter = column_letter(index) if index is not None else ""
            problems.append(Problem(plan.sheet, number, letter, message))

        email = text_of(cell(email_at))
        person = people.get(email.casefold())
        if not email:
            refuse(email_at, tr("No e-mail address."))
        elif person is None:
            refuse(
                email_at, tr("No participant has the e-mail address {email}.").format(email=email)
            )
        round_name = text_of(cell(round_at)) or plan.round.strip()
        if not round_name:
            refuse(round_at, tr("No round."))
        day = today
        if text_of(cell(date_at)):
            moment = parse_datetime(cell(date_at))
            if moment is None:
                refuse(date_at, tr("“{text}” is not a date.").format(text=text_of(cell(date_at))))
            elif moment.date() > today:
                refuse(
                    date_at,
                    tr("The date {date} is in the future.").format(date=date_text(moment.date())),
                )
            else:
                day = moment.date()
        role = store.survey_role(person.id) if person and person.id is not None else None
        answers: dict[str, int | str] = {}
        for index, q in answer_columns:
            value = parse_answer(cell(index), q.kind)
            if value is None:
                continue
            if role is not None and not q.audience.asks(role):
                refuse(
                    index,
                    tr("This question is not put to a {role}.").format(role=role.label.lower()),
                )
            elif (problem := answer_problem(q, value)) is not None:
                refuse(
                    index,
                    tr("“{text}”: {problem}").format(text=text_of(cell(index)), problem=problem),
                )
            else:
                answers[q.key] = value
        comment = text_of(cell(comment_at))
        if not problems and not answers and not comment:
            refuse(None, tr("Nothing was answered."))
        name = person.full_name if person else ""
        problems.sort(key=lambda p: (len(p.column), p.column))  # left to right
        if problems or person is None or person.id is None:
            outcomes.append(Outcome(plan.sheet, number, email, Action.REJECT, None, name, problems))
            continue
        feedback = Feedback(
            participant_id=person.id,
            round=round_name,
            date=day,
            answers=answers,
            comment=comment,
            pair_id=store.open_pair_of(person.id),
        )
        key = (person.id, round_name.casefold())
        if key in already:
            outcomes.append(
                Outcome(
                    plan.sheet,
                    number,
                    email,
                    Action.SKIP,
                    feedback,
                    name,
                    [
                        Problem(
                            plan.sheet,
                            number,
                            "",
                            tr("Already answered round “{round}” on {date}; left as it is.").format(
                                round=round_name, date=date_text(already[key])
                            ),
                        )
                    ],
                )
            )
            continue
        outcome = Outcome(plan.sheet, number, email, Action.NEW, feedback, name)
        earlier = in_file.get(key)
        if earlier is not None and earlier.feedback is not None:
            # The same person answered the same round twice: the newest answers win.
            older, newer = sorted((earlier, outcome), key=_when)
            older.action = Action.REJECT
            older.problems = [
                Problem(
                    plan.sheet,
                    older.row,
                    "",
                    tr(
                        "Newer answers of the same person to this round (row {row}) are imported "
                        "instead."
                    ).format(row=newer.row),
                )
            ]
            in_file[key] = newer
        else:
            in_file[key] = outcome
        outcomes.append(outcome)
    return SurveyPreview(outcomes)


def _when(o: Outcome) -> tuple[dt.date, int]:
    return (o.feedback.date if o.feedback else dt.date.min), o.row
