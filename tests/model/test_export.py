"""The workbook export and the sign-up template, read back with openpyxl and python-calamine."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import functools
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from python_calamine import CalamineWorkbook

from mentordesk.model.demo import demo_store
from mentordesk.model.domain import (
    LIST_FIELDS,
    ClosureReason,
    Feedback,
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
from mentordesk.model.errors import FileProblem
from mentordesk.model.export import (
    LIST_SEPARATOR,
    PARTICIPANT_COLUMNS,
    ExportSummary,
    export_workbook,
)
from mentordesk.model.export_xlsx import looks_like_formula
from mentordesk.model.i18n import install_translator
from mentordesk.model.signup_template import TEMPLATE_ROWS, export_template
from mentordesk.model.store import Store

from .conftest import person

TODAY = dt.date(2026, 11, 23)
TODAY_AT_MIDNIGHT = dt.datetime.combine(TODAY, dt.time())  # how openpyxl reads a date cell
SHEETS = ["Participants", "Pairs", "Goals", "Sessions", "Feedback"]
FORMULA_LIKE = [
    '=HYPERLINK("http://x","click")',
    "+39 02 1234",
    "-5",
    "@home",
    "=1+1",
    "\tTabbed",
    "#N/A",
]
TEMPLATE_FIELDS = [f for f, _ in PARTICIPANT_COLUMNS if f not in ("id", "status", "private_notes")]


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> Iterator[Store]:
    with demo_store(TODAY) as store:
        yield store


@pytest.fixture(scope="module")
def exported(demo: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "Northwind.xlsx"
    export_workbook(demo, path)
    return path


@pytest.fixture(scope="module")
def exported_confidential(demo: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "Northwind confidential.xlsx"
    export_workbook(demo, path, include_confidential=True)
    return path


def book(path: Path) -> Any:
    """The workbook at ``path``, loaded once for as long as the file is the same."""
    stat = path.stat()
    return _load(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _load(path: Path, _mtime: int, _size: int) -> Any:
    return load_workbook(path)


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return list(book(path)[sheet].iter_rows(values_only=True))


def records(path: Path, sheet: str) -> list[dict[str, Any]]:
    header, *body = rows(path, sheet)
    return [dict(zip(header, row, strict=True)) for row in body]


def cell_texts(path: Path) -> list[str]:
    return [str(c.value) for ws in book(path) for row in ws.iter_rows() for c in row if c.value]


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def secrets(store: Store) -> list[str]:
    notes = [p.private_notes for p in store.participants() if p.private_notes]
    notes += [s.notes for s in store.sessions() if s.confidential and s.notes]
    return notes


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def no_formulas(path: Path) -> None:
    for name, xml in xml_parts(path).items():
        if name.startswith("xl/worksheets/"):
            assert "<f>" not in xml and "<f " not in xml, name
    for ws in book(path):
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row), ws.title


# -- the workbook --------------------------------------------------------------------------


def test_sheets_headers_and_row_counts_match_the_store(exported: Path, demo: Store) -> None:
    wb = book(exported)
    assert wb.sheetnames == SHEETS
    counts = demo.counts()
    expected = {
        "Participants": counts.participants,
        "Pairs": len(demo.pairs()),
        "Goals": counts.goals,
        "Sessions": counts.sessions,
        "Feedback": len(demo.feedback()),
    }
    assert {ws.title: ws.max_row - 1 for ws in wb} == expected
    assert [c.value for c in wb["Participants"][1]] == [h for _, h in PARTICIPANT_COLUMNS[:-1]]
    assert [c.value for c in wb["Pairs"][1]] == [
        "ID", "Name", "Status", "Members", "Mentors", "Mentees",
        "Start date", "End date", "Closure reason", "Closure note",
    ]  # fmt: skip
    assert [c.value for c in wb["Goals"][1]] == [
        "ID", "Pair", "Goal", "Measure", "Why", "Target date", "Status", "Completed date",
        "Steps done",
    ]  # fmt: skip
    assert [c.value for c in wb["Sessions"][1]] == [
        "ID", "Pair", "Date", "Minutes", "Format", "Topics", "Notes", "Confidential",
    ]  # fmt: skip
    # The demo's mentors answer "engagement", the others three questions: sorted keys.
    assert [c.value for c in wb["Feedback"][1]] == [
        "Participant", "Pair", "Round", "Date",
        "engagement", "gained", "recommend", "supported", "useful", "Comment",
    ]  # fmt: skip


def test_summary_counts_the_rows_of_each_sheet(demo: Store, tmp_path: Path) -> None:
    summary = export_workbook(demo, tmp_path / "out.xlsx")
    counts = demo.counts()
    assert summary == ExportSummary(
        participants=counts.participants,
        pairs=len(demo.pairs()),
        goals=counts.goals,
        sessions=counts.sessions,
        feedback=len(demo.feedback()),
    )
    assert summary.total == sum(dataclasses.astuple(summary))
    assert str(summary) == (
        f"{summary.participants} participants, {summary.pairs} pairs, {summary.goals} goals, "
        f"{summary.sessions} sessions, {summary.feedback} feedback answers"
    )


def test_every_sheet_has_a_frozen_styled_header_a_filter_and_widths(exported: Path) -> None:
    for ws in book(exported):
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        for cell in ws[1]:
            assert cell.font.b and cell.fill.fgColor.rgb.endswith("DCE6F1"), cell.coordinate
            # Stored with the cell padding Excel adds (5 pixels, 0.71 of a character): a
            # column shown 8 to 60 characters wide is stored as 8.71 to 60.71.
            width = ws.column_dimensions[cell.column_letter].width - 0.7109375
            assert 8 <= width <= 60, (ws.title, cell.value, width)
    participants = book(exported)["Participants"]
    widths = {
        c.value: participants.column_dimensions[c.column_letter].width for c in participants[1]
    }
    assert widths["Bio"] > widths["E-mail"] > widths["ID"]


def test_participants_hold_the_store_values_with_real_dates(exported: Path, demo: Store) -> None:
    by_id = {p.id: p for p in demo.participants()}
    sheet = records(exported, "Participants")
    assert [r["ID"] for r in sheet] == [p.id for p in demo.participants()]
    for r in sheet:
        p = by_id[r["ID"]]
        assert (r["First name"], r["Last name"], r["E-mail"]) == (
            p.first_name,
            p.last_name,
            p.email,
        )
        assert r["Role"] == p.role.label and r["Status"] == p.status.label
        assert r["Skills wanted"] == (LIST_SEPARATOR.join(p.skills_wanted) or None)
        assert r["Languages"] == "; ".join(p.languages)
        assert r["Capacity"] == p.capacity and isinstance(r["Capacity"], int)
        assert isinstance(r["Consent date"], dt.datetime)
        assert r["Consent date"].date() == p.consent_date
    assert any(";" in r["Languages"] for r in sheet)


def test_participants_sheet_reads_back_as_the_same_participants(
    exported_confidential: Path, demo: Store
) -> None:
    """What the importer will do: calamine, the headers of PARTICIPANT_COLUMNS, the labels."""
    table = CalamineWorkbook.from_path(str(exported_confidential))
    header, *body = table.get_sheet_by_name("Participants").to_python()
    assert header == [h for _, h in PARTICIPANT_COLUMNS]
    roles = {r.label: r for r in Role}
    statuses = {s.label: s for s in ParticipantStatus}
    back = []
    for row in body:
        values: dict[str, Any] = {}
        for (name, _), cell in zip(PARTICIPANT_COLUMNS, row, strict=True):
            if name in ("id", "capacity"):
                values[name] = int(cell)
            elif name == "role":
                values[name] = roles[cell]
            elif name == "status":
                values[name] = statuses[cell]
            elif name == "consent_date":
                values[name] = cell if cell != "" else None
            elif name in LIST_FIELDS:
                values[name] = tuple(cell.split(LIST_SEPARATOR)) if cell else ()
            else:
                values[name] = cell
        back.append(Participant(**values))
    assert back == demo.participants()


def test_pairs_goals_sessions_and_feedback_are_readable(exported: Path, demo: Store) -> None:
    names = {p.id: p.full_name for p in demo.participants()}
    pairs = {r["ID"]: r for r in records(exported, "Pairs")}
    for pair in demo.pairs():
        r = pairs[pair.id]
        assert r["Status"] == pair.status.label
        assert r["Members"] == "; ".join(names[m.participant_id] for m in pair.members)
        mentors = [names[m.participant_id] for m in pair.members if m.role is MemberRole.MENTOR]
        assert r["Mentors"] == ("; ".join(mentors) or None)
        if pair.start_date:
            assert r["Start date"] == dt.datetime.combine(pair.start_date, dt.time())
        if pair.closure_reason:
            assert r["Closure reason"] and "_" not in r["Closure reason"]
            assert r["Closure note"] == (pair.closure_note or None)
    assert any(r["Closure reason"] for r in pairs.values())

    goals = {r["ID"]: r for r in records(exported, "Goals")}
    for goal in demo.goals():
        assert goal.id is not None
        steps = demo.goal_steps(goal.id)
        done = sum(s.done for s in steps)
        assert goals[goal.id]["Steps done"] == (f"{done} of {len(steps)}" if steps else None)
        assert goals[goal.id]["Pair"].startswith(f"{goal.pair_id}: ")
        assert goals[goal.id]["Goal"] == goal.title
    assert {r["Status"] for r in goals.values()} <= {
        "Not started",
        "On track",
        "Off track",
        "Completed",
    }

    sessions = records(exported, "Sessions")
    assert all(isinstance(r["Date"], dt.datetime) for r in sessions)
    assert {r["Format"] for r in sessions} <= {"In person", "Video", "Phone", "Chat"}
    assert sum(r["Confidential"] == "Yes" for r in sessions) == sum(
        s.confidential for s in demo.sessions()
    )

    feedback = records(exported, "Feedback")
    for r, f in zip(feedback, demo.feedback(), strict=True):
        assert r["Participant"] == names[f.participant_id]
        assert r["Round"] == f.round and r["Date"].date() == f.date
        assert {k: r[k] for k in f.answers} == f.answers


def test_confidential_notes_are_left_out_of_every_cell_and_every_part(
    exported: Path, demo: Store
) -> None:
    hidden = secrets(demo)
    assert len(hidden) >= 4  # the demo has private notes and confidential sessions
    texts = "\n".join(cell_texts(exported))
    parts = "\n".join(xml_parts(exported).values())
    for secret in hidden:
        assert secret not in texts
        assert secret not in parts and escape(secret) not in parts
        assert escape(secret[:40]) not in parts  # not even cut short
    assert "Private notes" not in rows(exported, "Participants")[0]
    for r in records(exported, "Sessions"):
        if r["Confidential"] == "Yes":
            assert r["Notes"] is None


def test_confidential_notes_are_written_when_asked(
    exported_confidential: Path, demo: Store
) -> None:
    texts = cell_texts(exported_confidential)
    for secret in secrets(demo):
        assert secret in texts
    assert rows(exported_confidential, "Participants")[0][-1] == "Private notes"


def test_formula_like_text_is_written_as_the_same_text(mem_store: Store, tmp_path: Path) -> None:
    people = [
        person(
            "Ada",
            f"Row{n}",
            department=text,
            bio=text,
            location=text,
            skills_offered=(text,),
            skills_wanted=("SQL", text),
        )
        for n, text in enumerate(FORMULA_LIKE)
    ]
    ids = mem_store.add_participants(people)
    pair = mem_store.add_pair(
        Pair(
            members=(PairMember(ids[0], MemberRole.MENTOR), PairMember(ids[1], MemberRole.MENTEE)),
            status=PairStatus.CLOSED,
            name="=cmd|' /C calc'!A0",
            closure_reason=ClosureReason.OTHER,
            closure_note="-2+3",
        )
    )
    mem_store.add_session(Session(pair_id=pair, date=TODAY, topics=("@SUM(1)",), notes="+1"))
    mem_store.add_feedback(
        Feedback(ids[0], "=R1", TODAY, answers={"=q": "@a", "score": 4}, comment="-")
    )
    path = tmp_path / "formulas.xlsx"
    export_workbook(mem_store, path)

    no_formulas(path)
    wb = book(path)
    sheet = wb["Participants"]
    header = [c.value for c in sheet[1]]
    stored = mem_store.participants()
    for text, p, row in zip(FORMULA_LIKE, stored, sheet.iter_rows(min_row=2), strict=True):
        cells = {h: c for h, c in zip(header, row, strict=True)}
        assert cells["Bio"].value == cells["Skills offered"].value == text
        # The store strips the spaces and tabs around a department or a location.
        assert (cells["Department"].value, cells["Location"].value) == (p.department, p.location)
        for cell in cells.values():
            if isinstance(cell.value, str) and looks_like_formula(cell.value):
                assert cell.data_type == "s" and cell.quotePrefix, cell.value
        assert cells["Skills wanted"].value == f"SQL; {text}"
        assert not cells["Skills wanted"].quotePrefix  # only text that needs it is marked
    assert wb["Pairs"]["B2"].value == "=cmd|' /C calc'!A0"
    assert wb["Pairs"]["J2"].value == "-2+3"
    assert [c.value for c in wb["Sessions"][2]][5:7] == ["@SUM(1)", "+1"]
    assert [c.value for c in wb["Feedback"][1]][4] == "=q"
    assert [c.value for c in wb["Feedback"][2]][2:7] == ["=R1", TODAY_AT_MIDNIGHT, "@a", 4, "-"]

    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Participants")
    bios = [row[header.index("Bio")] for row in calamine.to_python()[1:]]
    assert bios == FORMULA_LIKE


def test_text_excel_cannot_hold_is_cleaned(mem_store: Store, tmp_path: Path) -> None:
    long_bio = "x" * 40_000
    mem_store.add_participants(
        [
            person("Ada", "Control", bio="a\x01b\x0bc", department="\x02=x", location="\x03"),
            person("Bo", "Long", bio=long_bio),
        ]
    )
    path = tmp_path / "clean.xlsx"
    export_workbook(mem_store, path)
    by_name = {r["Last name"]: r for r in records(path, "Participants")}
    assert by_name["Control"]["Bio"] == "abc"
    assert by_name["Control"]["Department"] == "=x"
    assert by_name["Control"]["Location"] is None
    assert by_name["Long"]["Bio"] == long_bio[:32767]
    no_formulas(path)


def test_progress_runs_from_zero_to_all_rows(mem_store: Store, tmp_path: Path) -> None:
    mem_store.add_participants(person(f"P{n}", "Many") for n in range(1100))
    calls: list[tuple[int, int]] = []
    summary = export_workbook(
        mem_store, tmp_path / "many.xlsx", progress=lambda done, total: calls.append((done, total))
    )
    assert calls[0] == (0, summary.total) and calls[-1] == (summary.total, summary.total)
    assert (500, 1100) in calls and (1000, 1100) in calls
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_an_empty_program_gives_header_rows_only(tmp_path: Path) -> None:
    with Store.in_memory(Program(name="Empty")) as store:
        summary = export_workbook(store, tmp_path / "empty.xlsx")
    assert summary.total == 0
    wb = book(tmp_path / "empty.xlsx")
    assert [ws.max_row for ws in wb] == [1] * 5
    assert wb["Feedback"].auto_filter.ref == "A1:E1"
    assert wb.properties.title == "Empty"


def test_sheet_names_headers_and_labels_are_translated(demo: Store, tmp_path: Path) -> None:
    words = {"Participants": "Partecipanti", "First name": "Nome", "Mentor": "Mentore"}
    install_translator(lambda _context, text: words.get(text, text))
    export_workbook(demo, tmp_path / "it.xlsx")
    wb = book(tmp_path / "it.xlsx")
    assert wb.sheetnames[0] == "Partecipanti"
    assert wb["Partecipanti"]["B1"].value == "Nome"
    assert "Mentore" in [c.value for c in wb["Partecipanti"]["E"]]


def test_a_sheet_name_is_cut_to_what_excel_accepts(mem_store: Store, tmp_path: Path) -> None:
    long = "Partecipanti al programma di mentoring"  # 38 characters; Excel takes 31
    install_translator(lambda _context, text: long if text == "Participants" else text)
    export_workbook(mem_store, tmp_path / "long.xlsx")
    assert book(tmp_path / "long.xlsx").sheetnames == [long[:31], *SHEETS[1:]]


def test_participant_columns_cover_every_participant_field() -> None:
    names = [f for f, _ in PARTICIPANT_COLUMNS]
    assert names[0] == "id" and len(set(names)) == len(names)
    assert set(names) == {f.name for f in dataclasses.fields(Participant)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("=x", True), ("+1", True), ("-", True), ("@a", True), ("\tx", True), ("\rx", True)]
    + [("#N/A", True), ("a=b", False), ("", False), (" =x", False), ("#hashtag", False)],
)
def test_looks_like_formula(text: str, expected: bool) -> None:
    assert looks_like_formula(text) is expected


# -- failures --------------------------------------------------------------------------------


def test_a_missing_folder_is_a_clear_problem(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "gone" / "out.xlsx"
    with pytest.raises(FileProblem, match=r"“out\.xlsx” could not be saved because the folder"):
        export_workbook(demo, target)
    assert files(tmp_path) == []


def test_a_folder_as_target_is_a_clear_problem(demo: Store, tmp_path: Path) -> None:
    folder = tmp_path / "Reports.xlsx"
    folder.mkdir()
    with pytest.raises(FileProblem, match="is a folder; choose a file name") as caught:
        export_workbook(demo, folder)
    assert caught.value.path == str(folder)
    assert files(tmp_path) == ["Reports.xlsx"] and files(folder) == []


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full; free some space"),
        (PermissionError(errno.EACCES, "Permission denied"), "close it if it is open in Excel"),
        (OSError(errno.EIO, "Input/output error"), r"\(Input/output error\); choose another"),
    ],
)
def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(
    demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    target = tmp_path / "Northwind.xlsx"
    target.write_bytes(b"the previous export")

    def refuse(_src: object, _dst: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileProblem, match=words) as caught:
        export_workbook(demo, target)
    assert "“Northwind.xlsx”" in str(caught.value)
    assert caught.value.path == str(target)
    assert target.read_bytes() == b"the previous export"
    assert files(tmp_path) == ["Northwind.xlsx"]


def test_an_error_while_writing_leaves_nothing_behind(
    demo: Store,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "Northwind.xlsx"
    target.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        if done:
            raise RuntimeError("cancelled")

    scratch = tmp_path_factory.mktemp("scratch")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where a writer keeps its parts
    with pytest.raises(RuntimeError, match="cancelled"):
        export_workbook(demo, target, progress=cancel)
    assert target.read_bytes() == b"old"
    assert files(tmp_path) == ["Northwind.xlsx"]
    assert files(scratch) == []  # no half-written sheet left in the temporary folder either


def test_a_full_disk_found_at_the_flush_is_a_clear_problem(
    demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Delayed allocation (and network drives) report a full disk only when asked to flush."""
    target = tmp_path / "Northwind.xlsx"
    target.write_bytes(b"the previous export")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileProblem, match="the disk is full; free some space"):
        export_workbook(demo, target)
    assert target.read_bytes() == b"the previous export"
    assert files(tmp_path) == ["Northwind.xlsx"]


def test_a_new_export_replaces_the_old_file(demo: Store, tmp_path: Path) -> None:
    target = tmp_path / "Northwind.xlsx"
    target.write_bytes(b"old")
    export_workbook(demo, target)
    assert book(target).sheetnames == SHEETS
    assert files(tmp_path) == ["Northwind.xlsx"]


# -- the sign-up template --------------------------------------------------------------------


def validations(path: Path) -> dict[str, Any]:
    """The data validation of each sign-up column, by header."""
    sheet = book(path)["Sign-up"]
    header = {c.column_letter: c.value for c in sheet[1]}
    found = {}
    for rule in sheet.data_validations.dataValidation:
        for letter, name in header.items():
            if f"{letter}2" in rule.sqref:
                assert f"{letter}{TEMPLATE_ROWS + 1}" in rule.sqref
                found[name] = rule
    return found


def listed(path: Path, formula: str) -> list[str]:
    """The values a list rule's ``'Sheet'!$A$1:$A$3`` points at."""
    match = re.fullmatch(r"'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", formula)
    assert match, formula
    sheet, first, top, last, bottom = match.groups()
    assert first == last and top == "1"
    cells = book(path)[sheet][f"{first}1:{last}{bottom}"]
    return [row[0].value for row in cells]


@pytest.fixture(scope="module")
def template(demo: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "Sign-up.xlsx"
    export_template(demo, path)
    return path


def test_template_has_the_sheets_headers_and_a_hidden_list_sheet(template: Path) -> None:
    wb = book(template)
    assert wb.sheetnames == ["Sign-up", "Instructions", "Lists"]
    assert wb.active.title == "Sign-up"
    assert wb["Lists"].sheet_state == "hidden"
    assert wb["Sign-up"].freeze_panes == "A2"
    headers = [c.value for c in wb["Sign-up"][1]]
    assert headers == [h for f, h in PARTICIPANT_COLUMNS if f in TEMPLATE_FIELDS]
    assert wb["Sign-up"].max_row == 1
    assert all(c.font.b for c in wb["Sign-up"][1])


def test_template_offers_the_roles_levels_and_known_skills(template: Path, demo: Store) -> None:
    rules = validations(template)
    assert set(rules) == {
        "Role",
        "Career level",
        "Skills offered",
        "Skills wanted",
        "Capacity",
        "Consent date",
    }
    assert rules["Role"].type == "list" and rules["Role"].showErrorMessage
    assert listed(template, rules["Role"].formula1) == ["Mentor", "Mentee", "Mentor and mentee"]
    assert listed(template, rules["Career level"].formula1) == list(demo.program().career_levels)
    skills = {s for p in demo.participants() for s in (*p.skills_offered, *p.skills_wanted)}
    for column in ("Skills offered", "Skills wanted"):
        # Several skills fit in one cell, so the list helps without refusing anything.
        assert not rules[column].showErrorMessage
        assert listed(template, rules[column].formula1) == sorted(skills, key=str.casefold)
    assert rules["Consent date"].type == "date"
    assert rules["Capacity"].type == "whole" and rules["Capacity"].formula1 == "0"


def test_template_instructions_name_the_program_and_its_dates(template: Path, demo: Store) -> None:
    program = demo.program()
    lines = [row[0] for row in rows(template, "Instructions")]
    assert lines[0] == f"Sign-up for {program.name}"
    assert f"from {program.start_date} to {program.end_date}" in lines[1]
    text = " ".join(lines)
    assert "one row per person" in text and "separated by “;”" in text
    assert "; ".join(program.career_levels) in text


def test_template_of_a_bare_program_offers_roles_only(tmp_path: Path) -> None:
    path = tmp_path / "bare.xlsx"
    with Store.in_memory(Program(name="=Bare", start_date=TODAY)) as store:
        export_template(store, path)
    assert set(validations(path)) == {"Role", "Capacity", "Consent date"}
    lines = [row[0] for row in rows(path, "Instructions")]
    assert lines[0] == "Sign-up for =Bare"
    assert not any("Career level:" in line or "runs from" in line for line in lines)
    no_formulas(path)


def test_template_writes_formula_like_headers_as_text(demo: Store, tmp_path: Path) -> None:
    install_translator(lambda _context, text: "=Nome" if text == "First name" else text)
    path = tmp_path / "headers.xlsx"
    export_template(demo, path)
    first = book(path)["Sign-up"]["A1"]
    assert first.value == "=Nome" and first.data_type == "s" and first.quotePrefix
    assert first.font.b
    no_formulas(path)


def test_template_writes_formula_like_skills_as_text(mem_store: Store, tmp_path: Path) -> None:
    mem_store.add_participant(person("Ada", "L", skills_offered=("=SUM(A1)", "@x", "Python")))
    path = tmp_path / "skills.xlsx"
    export_template(mem_store, path)
    rule = validations(path)["Skills offered"]
    assert listed(path, rule.formula1) == ["=SUM(A1)", "@x", "Python"]
    no_formulas(path)


def test_template_failure_is_a_clear_problem(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="does not exist"):
        export_template(demo, tmp_path / "missing" / "Sign-up.xlsx")
    assert files(tmp_path) == []
