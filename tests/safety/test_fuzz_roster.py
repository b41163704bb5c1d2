"""Property tests of the roster import with random workbooks and CSV files: every file either
imports or is refused with a sentence (FileProblem, ValidationError), never another exception,
and a refused import leaves the participants and the program exactly as they were.

CI runs a few examples; set ``MENTORDESK_FUZZ_EXAMPLES=10000`` for the long run (README.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mentordesk.model.domain import Participant, Program, Role
from mentordesk.model.errors import FileProblem, ValidationError
from mentordesk.model.roster_apply import apply
from mentordesk.model.roster_import import Action, preview
from mentordesk.model.roster_plan import OnExisting, guess_plan
from mentordesk.model.sheets import read_workbook
from mentordesk.model.store import Store

pytestmark = pytest.mark.safety

EXAMPLES = int(os.environ.get("MENTORDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize="MENTORDESK_FUZZ_EXAMPLES" not in os.environ,
    database=None,  # nothing written into the shared checkout
)

HEADERS = [
    "First name", "Last name", "Name", "Full name", "Email", "E-mail address", "Role",
    "Are you a mentor or mentee?", "Department", "Career level", "Skills you can offer",
    "Skills you want", "Interests", "Languages", "Location", "Availability", "Capacity",
    "How many mentees?", "Bio", "Status", "Consent", "Timestamp", "Private notes", "Nome",
    "Cognome", "Имейл", "Роля",
]  # fmt: skip
WORDS = [
    "mentor", "mentee", "both", "Mentor", "yes", "no", "Sì", "ментор", "2", "0", "-1", "one",
    "Engineering", "Junior", "Senior", "Python; Leadership", "English, Italiano", "Mon AM",
    "anna@example.org", "ANNA@example.org", "bob@example", "@", "=1+1", "=SUM(A1:A3)",
    "carla@example.org", "dan.zoe@example.it", "eva+tag@example.bg",
    "+39 011", "-x", "@cmd", "=HYPERLINK(\"http://x\")", "#N/A", "#REF!", "2025-02-01",
    "01/02/2025", "31/02/2025", "TRUE", "\u00a0", "\r\n", "Città Perché", "Zoë", "",
]  # fmt: skip
# Text a sheet cell can hold (no control characters openpyxl refuses, no surrogates).
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), max_size=40
)
HUGE = st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", "Щ", "a;"]), st.integers(1, 20000))
CELL = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    TEXT,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    HUGE,
)


#: The columns a roster needs for rows to import, with answers that mostly fit them.
PLAUSIBLE = (
    ("First name", st.one_of(st.sampled_from(["Anna", "Zoë", "Иван", "=Bob"]), CELL)),
    ("Last name", st.one_of(st.sampled_from(["Rossi", "Петров", "O'Neil"]), CELL)),
    ("Email", st.one_of(st.builds("p{}@example.org".format, st.integers(0, 30)), CELL)),
    ("Role", st.one_of(st.sampled_from(["Mentor", "mentee", "Both", "ментор"]), CELL)),
)


@st.composite
def tables(draw: st.DrawFn) -> list[list[Any]]:
    """A header row (known and random headers), rows of random cells, blank rows between;
    half the time the first columns are those a roster needs, with mostly fitting answers, so
    that rows get imported (and the apply runs)."""
    width = draw(st.integers(0, 10))
    header = draw(
        st.lists(st.one_of(st.sampled_from(HEADERS), TEXT, st.none()), min_size=width,
                 max_size=width)
    )  # fmt: skip
    fitting = draw(st.booleans())
    if fitting:
        header = [name for name, _values in PLAUSIBLE] + header
    rows = [header]
    for _ in range(draw(st.integers(0, 25))):
        if draw(st.integers(0, 9)) == 0:
            rows.append([None] * len(header))  # a blank row, as merged cells leave them
            continue
        size = draw(st.integers(0, width + 2))
        row = [draw(values) for _name, values in PLAUSIBLE] if fitting else []
        rows.append(row + draw(st.lists(CELL, min_size=size, max_size=size)))
    if draw(st.booleans()):
        rows.insert(0, [draw(TEXT)])  # a title line above the header
    return rows


def _text(value: Any, comma: bool) -> str:
    """A cell as a spreadsheet saves it in CSV (Italian Excel: "3,5")."""
    if value is None:
        return ""
    if isinstance(value, float) and comma:
        return str(value).replace(".", ",")
    return str(value)


def write_csv(
    path: Path, rows: list[list[Any]], encoding: str, delimiter: str, comma: bool
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([[_text(v, comma) for v in r] for r in rows])
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))


def write_xlsx(path: Path, sheets: list[tuple[str, list[list[Any]], bool]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for index, (title, rows, hidden) in enumerate(sheets):
        ws = book.create_sheet(title=f"{index}{title}"[:31] or str(index))
        for row in rows:
            ws.append(row)
        if hidden and index:
            ws.sheet_state = "hidden"
    book.save(path)


SHEET_TITLE = st.text(st.characters(whitelist_categories=("L", "N")), max_size=12)
FILES = st.one_of(
    st.tuples(
        st.just("csv"),
        tables(),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "cp1251"]),
        st.sampled_from([",", ";", "\t"]),
    ),
    st.tuples(
        st.just("xlsx"),
        st.lists(st.tuples(SHEET_TITLE, tables(), st.booleans()), min_size=1, max_size=3),
        st.none(),
        st.none(),
    ),
    st.tuples(st.just("bytes"), st.binary(max_size=300), st.none(), st.none()),
)

EXISTING = (
    Participant(first_name="Anna", last_name="Rossi", email="anna@example.org", role=Role.MENTOR,
                capacity=2, career_level="Junior"),
    Participant(first_name="Bob", last_name="Ivanov", email="bob@example.org"),
)  # fmt: skip


def snapshot(store: Store) -> tuple[Any, ...]:
    return (tuple(store.participants()), store.program())


def import_file(path: Path, on_existing: OnExisting, race: bool = False) -> str:
    """Import ``path`` into a fresh program; what happened (for statistics).

    ``race``: someone else adds the last new person's address between the preview and the
    apply, so the apply fails after writing some rows, and must take them all back.
    """
    with Store.in_memory(Program(name="Fuzz", career_levels=("Junior", "Senior"))) as store:
        store.add_participants(EXISTING)
        before = snapshot(store)
        try:
            book = read_workbook(path)
            plan = guess_plan(book)
            plan.on_existing = on_existing
            result = preview(store, book, plan, now=dt.datetime(2025, 3, 1, 12))
        except (FileProblem, ValidationError) as exc:
            assert str(exc).strip(), "a refusal must say why"
            assert snapshot(store) == before
            return "refused"
        assert snapshot(store) == before, "the preview wrote"
        new = [o.result for o in result.outcomes if o.action is Action.NEW and o.result]
        if race and any(p.email for p in new):
            email = [p.email for p in new if p.email][-1]
            store.add_participant(Participant(first_name="Race", last_name="R", email=email))
            before = snapshot(store)
        try:
            done = apply(store, result)
        except (FileProblem, ValidationError) as exc:
            assert str(exc).strip()
            assert snapshot(store) == before, "a refused import half-wrote"
            return "refused at apply"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert len(store.participants()) == len(EXISTING) + len(done.added_ids)
        return "imported"


@FUZZ
@given(FILES, st.sampled_from(list(OnExisting)), st.booleans(), st.integers(0, 9))
def test_a_random_roster_imports_or_is_refused_with_a_sentence(
    file: tuple[str, Any, Any, Any], on_existing: OnExisting, comma: bool, race: int
) -> None:
    kind, content, encoding, delimiter = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"roster.{'xlsx' if kind == 'xlsx' else 'csv'}"
        if kind == "csv":
            write_csv(path, content, encoding, delimiter, comma)
        elif kind == "xlsx":
            write_xlsx(path, content)
        else:
            path.write_bytes(content)
        event(f"{kind}: {import_file(path, on_existing, race=race == 0)}")
