"""Nothing MentorDesk writes to a workbook or a CSV file runs as a formula in Excel or
LibreOffice, even when every name, note and label of the program starts with "=", "+", "-"
or "@": no formula cell in a workbook, and every such CSV cell prefixed with an apostrophe."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.model.domain import (
    Feedback,
    Goal,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    Role,
    Session,
)
from mentordesk.model.export import export_workbook
from mentordesk.model.export_xlsx import looks_like_formula
from mentordesk.model.roster_apply import write_rejected
from mentordesk.model.roster_import import preview
from mentordesk.model.roster_plan import guess_plan
from mentordesk.model.sheets import read_workbook
from mentordesk.model.signup_template import export_template
from mentordesk.model.store import Store
from mentordesk.model.survey_sheet import export_blank_survey
from mentordesk.model.surveys import Audience, Question, QuestionKind

pytestmark = pytest.mark.safety

STARTS = ("=", "+", "-", "@")
CALC = "cmd|' /C calc'!A0"


def evil(n: int, text: str) -> str:
    """``text`` behind one of the characters that start a formula."""
    return f"{STARTS[n % len(STARTS)]}{text}"


@pytest.fixture(scope="module")
def program_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("evil") / "evil.mentordesk"
    levels = tuple(evil(n, f"Level {n}") for n in range(4))
    program = Program(
        name='=HYPERLINK("http://example.org","Click")',
        start_date=dt.date(2025, 1, 1),
        objectives="-objectives",
        guidelines="@guidelines",
        career_levels=levels,
    )
    with Store.create(path, program) as store:
        people = [
            Participant(
                first_name=evil(n, CALC),
                last_name=evil(n + 1, "SUM(1+1)*cmd|' /C calc'!A0"),
                email=f"{'+-'[n % 2]}p{n}@example.org",
                role=Role.MENTOR if n % 2 else Role.MENTEE,
                department=evil(n + 2, "Dept"),
                career_level=levels[n % len(levels)],
                skills_offered=(evil(n, "skill"), evil(n + 1, "Python")),
                skills_wanted=(evil(n + 3, "talk"),),
                interests=(evil(n, "1+1"),),
                languages=(evil(n, "lang"),),
                location=evil(n + 1, "A1"),
                availability=(evil(n, "Mon AM"),),
                capacity=2 if n % 2 else 0,
                bio=evil(n + 2, "bio"),
                status=ParticipantStatus.ACTIVE,
                private_notes=evil(n + 3, "private"),
            )
            for n in range(8)
        ]
        ids = store.add_participants(people)
        mentors, mentees = ids[1::2], ids[0::2]
        pair_ids = store.add_pairs(
            [
                Pair(
                    (PairMember(m, MemberRole.MENTOR), PairMember(e, MemberRole.MENTEE)),
                    status=PairStatus.ACTIVE,
                    start_date=dt.date(2025, 1, 10),
                    name=evil(n, "pair"),
                    expectations=evil(n + 1, "expect"),
                )
                for n, (m, e) in enumerate(zip(mentors[:2], mentees[:2], strict=True))
            ]
        )
        for n, pair_id in enumerate(pair_ids):
            goal = store.add_goal(
                Goal(pair_id, evil(n, "goal"), measure=evil(n + 1, "m"), why=evil(n + 2, "w"))
            )
            store.add_goal_step(GoalStep(goal, evil(n + 3, "step")))
            store.add_session(
                Session(
                    pair_id,
                    dt.date(2025, 2, 1),
                    topics=(evil(n, "topic"),),
                    notes=evil(n + 1, "notes"),
                    confidential=bool(n % 2),
                )
            )
            store.add_feedback(
                Feedback(ids[n], evil(n, "round"), dt.date(2025, 3, 1), comment=evil(n, "c"))
            )
        store.set_survey_questions(
            [
                Question(f"q{n}", Audience.EVERYONE, kind, evil(n, f"question {n}?"))
                for n, kind in enumerate(QuestionKind)
            ]
        )
    yield path


def workbook_formulas(path: Path) -> list[str]:
    """Every formula cell of ``path``, as openpyxl reads it and in the sheet XML."""
    from openpyxl import load_workbook

    found = []
    book = load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            found += [f"{ws.title}!{c.coordinate}: {c.value}" for c in row if c.data_type == "f"]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and b"<f>" in archive.read(name):
                found.append(f"{name} holds an <f> element")
    return found


def csv_formulas(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert any(cell.startswith("'") for cell in cells), "the file has no dangerous cell"
    return [cell for cell in cells if looks_like_formula(cell)]


@pytest.mark.parametrize("confidential", [False, True])
def test_the_exported_workbook_holds_no_formula(
    program_file: Path, tmp_path: Path, confidential: bool
) -> None:
    out = tmp_path / "export.xlsx"
    with Store.open(program_file, read_only=True) as store:
        export_workbook(store, out, include_confidential=confidential)
    assert workbook_formulas(out) == []
    from openpyxl import load_workbook

    values = [c.value for ws in load_workbook(out).worksheets for r in ws.iter_rows() for c in r]
    assert f"={CALC}" in values, "the text is kept, as text"


def test_the_signup_template_and_the_survey_sheet_hold_no_formula(
    program_file: Path, tmp_path: Path
) -> None:
    with Store.open(program_file, read_only=True) as store:
        export_template(store, tmp_path / "signup.xlsx")
        export_blank_survey(store, tmp_path / "survey.xlsx", round_name="=round")
    assert workbook_formulas(tmp_path / "signup.xlsx") == []
    assert workbook_formulas(tmp_path / "survey.xlsx") == []


def test_the_match_scores_csv_holds_no_formula(program_file: Path, tmp_path: Path) -> None:
    scores = tmp_path / "scores.csv"
    code = cli.run(
        ["match", "--db", str(program_file), "--scores", str(scores)],
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert code == 0
    assert csv_formulas(scores) == []


def test_the_rejected_rows_csv_holds_no_formula(program_file: Path, tmp_path: Path) -> None:
    roster = tmp_path / "=roster.csv"
    roster.write_text(
        "First name,Last name,E-mail,Role,Capacity\n"
        f"={CALC},+x,=not an address,@mentor,-3\n"
        "-Anna,,@@,=both,=1+1\n",
        encoding="utf-8",
    )
    book = read_workbook(roster)
    with Store.open(program_file, read_only=True) as store:
        result = preview(store, book, guess_plan(book))
    assert result.rejected
    out = tmp_path / "rejected.csv"
    write_rejected(result, out)
    assert csv_formulas(out) == []
