"""The fast paths of the roster import give what the plain ones give: rows read a column at a
time (with answers remembered per cell) are the candidates the row-by-row reader makes,
participants built field by field equal constructed ones, duplicates are grouped as before,
and the store's bulk insert writes the same rows in any statement size and restores its cache.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.model import roster_columns, roster_import, roster_rows
from mentordesk.model.domain import Participant, ParticipantStatus, Program, Role
from mentordesk.model.errors import ValidationError
from mentordesk.model.roster_apply import apply
from mentordesk.model.roster_import import Action, preview
from mentordesk.model.roster_plan import ColumnPlan, ImportPlan, SheetPlan
from mentordesk.model.roster_rows import Candidate, Progress, read_candidates
from mentordesk.model.roster_values import parse_datetime
from mentordesk.model.roster_vocabulary import Target
from mentordesk.model.sheets import Sheet, Workbook
from mentordesk.model.store import Store

from .conftest import person

NOW = dt.datetime(2026, 3, 15, 9, 30)
EXAMPLES = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
)


# -- the reference: the row-by-row reader, as read_candidates ran it before ------------------


def reference_candidates(
    workbook: Workbook, plan: ImportPlan, now: dt.datetime, progress: Progress | None = None
) -> list[Candidate]:
    """Every row through ``_SheetReader.candidate``, one at a time (the old loop)."""
    result: list[Candidate] = []
    total = sum(
        max(0, len(sheet.rows) - sp.header_row - 1)
        for sheet, sp in zip(workbook.visible(), plan.sheets, strict=False)
        if sp.include
    )
    done = 0
    for sheet in workbook.visible():
        sp = next((s for s in plan.sheets if s.name == sheet.name), None)
        if sp is None or not sp.include:
            continue
        reader = roster_rows._SheetReader(sheet.name, sp, plan, now)
        timestamps = sp.indexes(Target.TIMESTAMP)
        for offset, row in enumerate(sheet.rows[sp.header_row + 1 :]):
            done += 1
            if progress and done % 1000 == 0:
                progress(done, total)
            if row.count(None) < len(row):
                number = sp.header_row + offset + 2
                stamp = timestamps[0] if timestamps and timestamps[0] < len(row) else None
                moment = parse_datetime(row[stamp]) if stamp is not None else None
                candidate = reader.candidate(number, row, moment)
                candidate.order = len(result)
                result.append(candidate)
    return result


def old_by_email(candidates: list[Candidate]) -> dict[str, list[Candidate]]:
    """Duplicates grouped as the preview grouped them before (every address, then sorted)."""
    groups: dict[str, list[Candidate]] = {}
    for c in candidates:
        key = c.participant.email.strip().casefold()
        if key and not c.problems:
            groups.setdefault(key, []).append(c)
    for group in groups.values():
        group.sort(key=lambda c: (c.timestamp or dt.datetime.min, c.order))
    return {key: group for key, group in groups.items() if len(group) > 1}


# -- random rosters and plans -----------------------------------------------------------------

WORDS = [
    "Mentor", "mentee", "Both", "Entrambi", "Ментор", "yes", "no", "Sì", "maybe", "2", " 3 ",
    "-1", "0", "2.0", "2,5", "One mentee only, please!", "up to 4", "many",
    "anna@example.org", "ANNA@example.org ", " bob@example.it", "bob@example", "x@y",
    "Python; SQL;", "Skill: Public Speaking;Skill: Managing Up;", "UI/UX design", ";", ",",
    "Anna Maria Rossi", "Rossi, Anna", "Anna", "  Zoë  ", "Иван Петров", "2026-03-01 10:20:00",
    "2026-02-30 10:20:00", "01/03/2025", "2025-03-01", "active", "Ritirata", "applicant",
    "I agree", "accetto", "true", "", "   ", "a\nb", "x",
]  # fmt: skip
CELL = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.integers(-2, 5),
    st.sampled_from([1.0, 2.5, -1.0, 3.0]),
    st.booleans(),
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.text(max_size=8),
)
TARGETS = st.one_of(st.none(), st.sampled_from(list(Target)))
ROLES = st.one_of(st.none(), st.sampled_from(list(Role)))
#: Answers that fit each kind of column, so that most rows are read without a problem.
FITTING: dict[Target | None, st.SearchStrategy[Any]] = {
    Target.FIRST_NAME: st.sampled_from(["Anna", " Zoë ", "Иван", "Anna Maria"]),
    Target.LAST_NAME: st.sampled_from(["Rossi", "Петров", "O'Neil", "De Luca "]),
    Target.FULL_NAME: st.sampled_from(["Anna Rossi", "Rossi, Anna", "Иван  Петров"]),
    Target.EMAIL: st.builds("p{}@example.org".format, st.integers(0, 9)),
    Target.ROLE: st.sampled_from(["Mentor", "mentee", "Both", "Mentore", "Ментор", "yes"]),
    Target.CAPACITY: st.sampled_from([1, 2, "2", "One mentee only, please!", 3.0]),
    Target.STATUS: st.sampled_from(["active", "Ritirata", "applicant"]),
    Target.CONSENT_DATE: st.sampled_from(["yes", "I agree", dt.date(2025, 1, 2), "01/03/2025"]),
    Target.TIMESTAMP: st.sampled_from(["2026-03-01 10:20:00", dt.datetime(2026, 1, 2, 3, 4)]),
}
LISTS = st.sampled_from(["Python; SQL;", "Skill: A;Skill: B;", "UI/UX design", "x", ";"])


@st.composite
def columns(draw: st.DrawFn) -> list[Target | None]:
    """Column meanings: mostly one column per field with a name among them (what the fast
    path reads), sometimes anything at all (two columns for one field, no name…)."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.lists(TARGETS, min_size=1, max_size=7))
    names = draw(st.sampled_from([[Target.FIRST_NAME, Target.LAST_NAME], [Target.FULL_NAME], []]))
    others = draw(st.lists(st.sampled_from(list(Target)), unique=True, max_size=6))
    chosen: list[Target | None] = [*names, *(t for t in others if t not in names)]
    chosen += draw(st.lists(st.none(), max_size=1))
    return draw(st.permutations(chosen))


def cell_for(draw: st.DrawFn, target: Target | None) -> Any:
    chance = draw(st.integers(0, 19))
    if chance == 0:
        return draw(CELL)
    if chance == 1:
        return None
    return draw(FITTING.get(target, LISTS if target else st.text(max_size=6)))


@st.composite
def rosters(draw: st.DrawFn) -> tuple[Workbook, ImportPlan]:
    """One or two sheets of rows that mostly fit their columns (blank and ragged rows among
    them), with random role and capacity answers in the plan."""
    sheets, plans = [], []
    for number in range(draw(st.integers(1, 2))):
        targets = draw(columns())
        width = len(targets)
        header = [f"Column {i}" for i in range(width)]
        rows: list[list[Any]] = [header]
        for _ in range(draw(st.integers(0, 30))):
            if draw(st.integers(0, 8)) == 0:
                rows.append([None] * width)
                continue
            row = [cell_for(draw, target) for target in targets]
            cut = draw(st.sampled_from([0, 0, 0, 0, 1, 2, -1]))
            rows.append(row[: width - cut] if cut >= 0 else [*row, draw(CELL)])
        name = f"Sheet {number}"
        answers = draw(st.lists(st.sampled_from(WORDS), max_size=4))
        sheet_plan = SheetPlan(
            name,
            True,
            0,
            draw(st.one_of(st.sampled_from(list(Role)), ROLES)),
            [ColumnPlan(i, header[i], target) for i, target in enumerate(targets)],
            role_values={answer.strip(): draw(ROLES) for answer in answers if answer.strip()},
            own_export=draw(st.booleans()),
        )
        sheets.append(Sheet(name, rows))
        plans.append(sheet_plan)
    capacities = draw(st.dictionaries(st.sampled_from(WORDS), st.integers(-1, 4), max_size=3))
    plan = ImportPlan(plans, {k.strip(): v for k, v in capacities.items() if k.strip()})
    return Workbook(Path("random.xlsx"), "xlsx", tuple(sheets)), plan


@EXAMPLES
@given(rosters())
def test_rows_read_a_column_at_a_time_are_the_rows_read_one_by_one(
    roster: tuple[Workbook, ImportPlan],
) -> None:
    workbook, plan = roster
    candidates = read_candidates(workbook, plan, NOW)
    assert candidates == reference_candidates(workbook, plan, NOW)
    # and the answers given twice are grouped as the preview grouped them before
    keys = [c.participant.email.strip().casefold() for c in candidates]
    assert roster_import._by_email(candidates, keys) == old_by_email(candidates)


def survey(rows: int, bad_every: int = 0) -> Workbook:
    """A survey export of ``rows`` answers; every ``bad_every``-th row has a problem."""
    header = ["Timestamp", "First name", "Last name", "Email", "Role", "Skills", "Capacity"]
    data: list[list[Any]] = [header]
    for i in range(rows):
        bad = bad_every and i % bad_every == 0
        data.append(
            [
                f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d}:00",
                "" if bad else f"F{i}",
                f"L{i}",
                f"p{i % (rows - 7)}@example.org",  # a few people answered twice
                ("Mentor", "Mentee", "Both", "Mentore")[i % 4],
                "Python; SQL;" if i % 3 else None,
                ("2", "One mentee only, please!", None, "lots")[i % 4],
            ]
        )
    return Workbook(Path("survey.xlsx"), "xlsx", (Sheet("Form responses", data),))


def survey_plan(workbook: Workbook) -> ImportPlan:
    from mentordesk.model.roster_plan import guess_plan

    return guess_plan(workbook)


@pytest.mark.parametrize("bad_every", [0, 7, 999, 1000])
def test_a_long_roster_reads_as_row_by_row_across_blocks(bad_every: int) -> None:
    workbook = survey(2600, bad_every)
    plan = survey_plan(workbook)
    fast = read_candidates(workbook, plan, NOW)
    assert fast == reference_candidates(workbook, plan, NOW)
    assert [c.order for c in fast] == list(range(len(fast)))
    assert any(c.problems for c in fast)  # "lots" is no number of mentees


def test_progress_is_reported_as_row_by_row_over_several_sheets() -> None:
    rows = [["First name", "Last name"]] + [[f"F{i}", "L"] for i in range(1500)]
    blank = [[None, None]] * 30
    workbook = Workbook(
        Path("two.xlsx"),
        "xlsx",
        (Sheet("mentors", rows + blank), Sheet("mentees", rows[:1] + blank + rows[1:])),
    )
    plan = survey_plan(workbook)
    seen: list[tuple[int, int]] = []
    expected: list[tuple[int, int]] = []
    fast = read_candidates(workbook, plan, NOW, lambda d, t: seen.append((d, t)))
    slow = reference_candidates(workbook, plan, NOW, lambda d, t: expected.append((d, t)))
    assert fast == slow
    assert seen == expected == [(1000, 3060), (2000, 3060), (3000, 3060)]


# -- answers remembered per cell --------------------------------------------------------------


def test_equal_cells_of_different_types_are_not_taken_for_one_another() -> None:
    # True == 1 == 1.0 in Python: one remembered answer for them would turn True into 1.
    cells: list[Any] = [1, True, 1.0, "1", 2, 2.0, False, "yes", 0, 0.0]
    rows = [["Name", "Capacity", "Skills"]] + [[f"A B{i}", c, c] for i, c in enumerate(cells)]
    rows += rows[1:] * 150  # past a block, so both blocks' remembered answers are used
    workbook = Workbook(Path("types.xlsx"), "xlsx", (Sheet("mentors", rows),))
    plan = survey_plan(workbook)
    assert plan.sheets[0].indexes(Target.CAPACITY) == [1]
    plan.sheets[0].columns[2].target = Target.SKILLS_OFFERED
    fast = read_candidates(workbook, plan, NOW)
    assert fast == reference_candidates(workbook, plan, NOW)
    first = fast[: len(cells)]
    assert [c.participant.capacity for c in first if not c.problems] == [1, 1, 1, 2, 2, 0, 0]
    assert [c.participant.skills_offered for c in first] == [
        ("1",), ("yes",), ("1",), ("1",), ("2",), ("2",), ("no",), ("yes",), ("0",), ("0",)
    ]  # fmt: skip


def test_remembered_answers_follow_the_plan_of_each_preview() -> None:
    workbook = survey(50)  # rows 5, 9, 13…: "Mentore", capacity "lots"
    plan = survey_plan(workbook)
    with Store.in_memory(Program(name="Test")) as store:
        before = preview(store, workbook, plan, NOW)
        plan.capacity_values["lots"] = 5
        plan.sheets[0].role_values["Mentore"] = Role.MENTEE
        after = preview(store, workbook, plan, NOW)

    def lots(result: roster_import.Preview) -> list[roster_import.Outcome]:
        return [o for o in result.outcomes if o.candidate.row % 4 == 1]

    assert lots(before) and all(o.action is Action.REJECT for o in lots(before))
    people = [o.result for o in lots(after) if o.result]
    assert people and all(p.role is Role.MENTEE and p.capacity == 5 for p in people)
    assert read_candidates(workbook, plan, NOW) == reference_candidates(workbook, plan, NOW)


def test_cells_remembered_in_one_block_are_not_reused_for_another_type() -> None:
    # The first block holds whole numbers only, the next booleans only: True must not get
    # the answer remembered for 1.
    rows: list[list[Any]] = [["Name", "Capacity", "Skills"]]
    rows += [[f"A B{i}", 1, 1] for i in range(1200)] + [[f"C D{i}", True, True] for i in range(5)]
    workbook = Workbook(Path("types.xlsx"), "xlsx", (Sheet("mentors", rows),))
    plan = survey_plan(workbook)
    plan.sheets[0].columns[2].target = Target.SKILLS_OFFERED
    fast = read_candidates(workbook, plan, NOW)
    assert fast == reference_candidates(workbook, plan, NOW)
    assert {c.participant.skills_offered for c in fast[-5:]} == {("yes",)}
    assert all(c.problems for c in fast[-5:]) and not any(c.problems for c in fast[:-5])


# -- participants built field by field ---------------------------------------------------------

PEOPLE = st.builds(
    Participant,
    first_name=st.text(max_size=5),
    last_name=st.text(max_size=5),
    email=st.text(max_size=5),
    role=st.sampled_from(list(Role)),
    skills_offered=st.lists(st.text(max_size=3), max_size=2).map(tuple),
    capacity=st.integers(0, 3),
    status=st.sampled_from(list(ParticipantStatus)),
    consent_date=st.one_of(st.none(), st.dates()),
)


@EXAMPLES
@given(st.lists(PEOPLE, max_size=5))
def test_participants_built_field_by_field_equal_constructed_ones(
    people: list[Participant],
) -> None:
    names = [f.name for f in dataclasses.fields(Participant) if f.name != "id"]
    columns = [[getattr(p, name) for p in people] for name in names]
    built = roster_columns.build_participants(columns, len(people))
    assert built == people
    assert [repr(p) for p in built] == [repr(p) for p in people]
    assert [hash(p) for p in built] == [hash(p) for p in people]
    assert all(type(p) is Participant and p.id is None for p in built)


# -- the store's bulk insert ------------------------------------------------------------------


@pytest.fixture
def mem() -> Iterator[Store]:
    with Store.in_memory(Program(name="Test")) as s:
        yield s


def many(count: int, prefix: str = "p") -> list[Participant]:
    return [
        person(f"F{n}", "Many", email=f"{prefix}{n}@example.org", skills_offered=("SQL",))
        for n in range(count)
    ]


@pytest.mark.parametrize("limit", [999, 100, 20, 32766])
def test_a_small_parameter_limit_writes_the_same_rows(mem: Store, limit: int) -> None:
    mem.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    people = many(1234)
    ids = mem.add_participants(people)
    assert ids == list(range(1, 1235))
    stored = sorted(mem.participants(), key=lambda p: p.id or 0)
    assert [dataclasses.replace(p, id=None) for p in stored] == people


def test_checked_people_are_written_without_reading_the_addresses(mem: Store) -> None:
    mem.add_participants(many(3, "old"))
    statements: list[str] = []
    mem.conn.set_trace_callback(statements.append)
    mem.add_participants(many(5), checked=True)
    mem.update_participants(
        [dataclasses.replace(p, bio="Updated") for p in mem.participants()[:2]], checked=True
    )
    mem.conn.set_trace_callback(None)
    assert not any("SELECT id, email" in s for s in statements)
    assert len(mem.participants()) == 8
    assert sum(p.bio == "Updated" for p in mem.participants()) == 2


def test_unchecked_people_are_still_checked(mem: Store) -> None:
    mem.add_participants(many(3))
    with pytest.raises(ValidationError):
        mem.add_participants(many(1))  # p0@example.org is taken
    with pytest.raises(ValidationError):
        mem.add_participants([*many(2, "q"), person("A", "B", email="Q1@EXAMPLE.ORG")])
    one, two = mem.participants()[:2]
    with pytest.raises(ValidationError):
        mem.update_participants([dataclasses.replace(one, email=two.email)])
    assert len(mem.participants()) == 3


def test_nothing_to_update_reads_and_writes_nothing(mem: Store) -> None:
    mem.add_participants(many(3))
    statements: list[str] = []
    mem.conn.set_trace_callback(statements.append)
    writes = mem.writes
    mem.update_participants([])
    mem.conn.set_trace_callback(None)
    assert mem.writes == writes
    assert not any(s.startswith(("SELECT", "UPDATE")) for s in statements)


def cache_size(store: Store) -> int:
    return int(store.conn.execute("PRAGMA cache_size").fetchone()[0])


def test_a_large_insert_has_a_larger_cache_and_gives_it_back(mem: Store) -> None:
    before = cache_size(mem)
    sizes: list[int] = []
    mem.add_participants(many(1500), progress=lambda _done: sizes.append(cache_size(mem)))
    assert sizes and all(size < before for size in sizes)  # negative: more KiB
    assert cache_size(mem) == before
    mem.add_participants(many(10, "small"), progress=lambda _done: sizes.append(0))
    assert cache_size(mem) == before


def test_the_cache_is_given_back_when_a_large_insert_fails(mem: Store) -> None:
    before = cache_size(mem)
    people = many(1500)
    people[1200] = dataclasses.replace(people[1200], email=people[3].email)
    with pytest.raises(ValidationError):
        mem.add_participants(people)
    with pytest.raises(sqlite3.IntegrityError):
        mem.add_participants(people, checked=True)  # the file's own constraint still holds
    assert cache_size(mem) == before
    assert mem.participants() == []


def test_a_whole_import_of_a_long_survey_is_the_same_as_row_by_row(
    mem: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = survey(2600, 7)
    plan = survey_plan(workbook)
    result = preview(mem, workbook, plan, NOW)
    monkeypatch.setattr(roster_import, "read_candidates", reference_candidates)
    slow = preview(mem, workbook, plan, NOW)
    monkeypatch.undo()
    assert result.outcomes == slow.outcomes and result.new_levels == slow.new_levels
    apply(mem, result)
    assert len(mem.participants()) == result.count(Action.NEW)
