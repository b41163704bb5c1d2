"""Confidentiality sweep (issue 8): nothing confidential of the demo program reaches any file,
printout or log MentorDesk writes, unless the coordinator asks for it.

The confidential texts, found in the demo program file (``docs/file-format.md`` marks them;
:func:`test_the_sweep_knows_every_confidential_column_the_file_format_names` keeps the two in
step):

- ``participants.private_notes``: the coordinator's private notes (never exported or printed);
- ``sessions.notes`` of sessions marked confidential;
- ``checkins.notes`` (the coordinator's notes of every check-in) and every free-text answer
  of a check-in marked confidential (its concern, what the pair did).

Feedback comments are personal data too, but the export's Feedback sheet holds them by
design and the report quotes them anonymised (tests/model/test_report.py), so they are not
swept here.

Every output, as a user or a script makes it (the menus and buttons of ``mentordesk/ui`` and
each subcommand of ``mentordesk/cli.py``):

- File ▸ Export Workbook… / ``mentordesk export`` (without ``--include-confidential``);
- File ▸ Export Sign-up Template…;
- Feedback ▸ Export Blank Survey… (no round, and each built-in round);
- File ▸ Export Calendar…, the Calendar page's Export Calendar (.ics)…, a pair's Add to
  Calendar (.ics)… / ``mentordesk calendar`` (every pair, and each pair alone, with the
  sentence printed when a pair has no plan);
- File ▸ Write Program Report (PDF)… / ``mentordesk report`` (all time and a period): its text
  (``pdftotext``) and its metadata (``pdfinfo``);
- Program ▸ Mentor Certificate… ▸ Save as PDF… for every mentor (or the sentence saying why
  there is none);
- Dashboard ▸ Save as… of every chart, as SVG (text kept as text to be read);
- the import wizard's Save rejected rows… of a roster, of survey answers and of workshop
  attendance, and its Save this mapping…; ``mentordesk import`` (a dry run, and a real one);
- ``mentordesk match`` in each mode, with ``--scores`` (its CSV) and ``--apply``;
- ``mentordesk new``, ``demo`` and ``check`` (what they print);
- Resources ▸ Save File… of every file kept in the program;
- the log file (``mentordesk.log``, as the app sets it up) and any other log record written
  while doing all of it.

Not swept: File ▸ Save a Copy As… and the backups, which are the program file itself.

Each is read whole: workbooks with openpyxl (every sheet, cell and comment, data-validation
lists and messages, defined names, headers and footers, document properties) and as the raw
XML of every part; CSV, JSON, .ics (unfolded, unescaped) and SVG as text. No confidential text
may appear in any of them, nor any 20-character slice of one that appears nowhere else in the
program. The crash path (the exception hook and its dialog) is swept too.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import html
import io
import json
import logging
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mentordesk import cli
from mentordesk.model.attendance_import import (
    guess_attendance_plan,
    preview_attendance,
    write_rejected_rows,
)
from mentordesk.model.certificate import certificate_mentors
from mentordesk.model.dashboard import ALL_TIME, compute
from mentordesk.model.errors import MentorDeskError
from mentordesk.model.export import export_workbook
from mentordesk.model.roster_apply import write_rejected
from mentordesk.model.roster_import import preview
from mentordesk.model.roster_plan import guess_plan, save_mapping
from mentordesk.model.sheets import read_workbook
from mentordesk.model.signup_template import export_template
from mentordesk.model.store import Store
from mentordesk.model.survey_import import guess_survey_plan, preview_survey
from mentordesk.model.survey_results import write_rejected_answers
from mentordesk.model.survey_sheet import export_blank_survey
from mentordesk.model.surveys import built_in_rounds

pytestmark = pytest.mark.safety

#: A slice of a confidential text this long, found in an output, is a leak.
SLICE = 20
#: poppler-utils' text extractor, which reads the PDFs (without it they are not swept).
PDFTOTEXT = shutil.which("pdftotext")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normal(text: str) -> str:
    """Text as compared: one space for any whitespace, typographic quotes plain, any case."""
    return " ".join(text.translate(_QUOTES).casefold().split())


# -- what is confidential --------------------------------------------------------------------


@dataclass
class Secrets:
    """The confidential texts of a program, by where they come from."""

    by_source: dict[str, list[str]]
    public: str  # every other text of the program, normalised
    slices: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, store: Store) -> Secrets:
        checkins = store.checkins()
        by_source: dict[str, list[str]] = {
            "private note": [p.private_notes for p in store.participants() if p.private_notes],
            "confidential session note": [
                s.notes for s in store.sessions() if s.confidential and s.notes
            ],
            "check-in note": [c.notes for c in checkins if c.notes],
            "confidential check-in answer": [
                v
                for c in checkins
                if c.confidential
                for v in c.answers.values()
                if isinstance(v, str) and v.strip()
            ],
        }
        found = cls(by_source, " | ".join(normal(t) for t in _public_texts(store)))
        for texts in by_source.values():
            for text in texts:
                found.slices[text] = found._distinctive(normal(text))
        return found

    def _distinctive(self, text: str) -> set[str]:
        """The text itself and its slices that no other text of the program holds."""
        windows = {text[i : i + SLICE] for i in range(max(1, len(text) - SLICE + 1))}
        return {text} | {w for w in windows if w not in self.public}

    def found(self, output: str) -> dict[str, str]:
        """Each confidential text with a piece of it in ``output``, with the piece found."""
        seen = normal(output)
        hits = {}
        for text, pieces in self.slices.items():
            hit = next((p for p in sorted(pieces, key=len, reverse=True) if p in seen), None)
            if hit is not None:
                hits[text] = hit
        return hits

    def leaks(self, output: str) -> list[str]:
        """What :meth:`found`, in words for an assertion's message."""
        return [f"{text[:40]!r}… (as {hit!r})" for text, hit in self.found(output).items()]


def _is_secret(table: str, row: sqlite3.Row, column: str) -> bool:
    """Whether this cell holds a confidential text (the docstring's list)."""
    if table == "participants":
        return column == "private_notes"
    if table == "sessions":
        return column == "notes" and bool(row["confidential"])
    if table == "checkins":
        return column == "notes" or (column == "answers" and bool(row["confidential"]))
    return False


def _public_texts(store: Store) -> Iterator[str]:
    """Every other text in the program file, whatever its table (JSON lists and objects
    also value by value, as exports show them)."""
    tables = store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
    for (table,) in tables.fetchall():
        for row in store.conn.execute(f'SELECT * FROM "{table}"'):
            for column in row.keys():
                value = row[column]
                if _is_secret(table, row, column):
                    continue
                if isinstance(value, bytes):
                    yield value.decode("utf-8", "replace")
                elif isinstance(value, str):
                    yield value
                    yield from _json_texts(value)


def _json_texts(text: str) -> list[str]:
    if not text.startswith(("[", "{")):
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    items = value.values() if isinstance(value, dict) else value
    return [v for v in items if isinstance(v, str)] if isinstance(items, Iterable) else []


# -- reading outputs -------------------------------------------------------------------------


def xlsx_text(path: Path) -> str:
    """Everything a workbook holds as text, read with openpyxl and from its raw parts."""
    from openpyxl import load_workbook

    parts: list[str] = []
    wb = load_workbook(path)
    props = wb.properties
    parts += [str(getattr(props, a) or "") for a in ("title", "subject", "creator", "keywords")]
    parts += [str(getattr(props, a) or "") for a in ("description", "category", "lastModifiedBy")]
    for name, defined in wb.defined_names.items():
        parts += [name, str(defined.attr_text)]
    for ws in wb.worksheets:
        parts.append(ws.title)
        for name, defined in ws.defined_names.items():
            parts += [name, str(defined.attr_text)]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    parts.append(str(cell.value))
                if cell.comment is not None:
                    parts.append(cell.comment.text)
                if cell.hyperlink is not None:
                    parts.append(str(cell.hyperlink.target or ""))
        for dv in ws.data_validations.dataValidation:
            parts += [str(dv.formula1 or ""), str(dv.formula2 or "")]
            parts += [str(dv.prompt or ""), str(dv.promptTitle or "")]
            parts += [str(dv.error or ""), str(dv.errorTitle or "")]
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
            parts += [str(p.text or "") for p in (hf.left, hf.center, hf.right)]
        for hf in (ws.firstHeader, ws.firstFooter):
            parts += [str(p.text or "") for p in (hf.left, hf.center, hf.right)]
    wb.close()
    with zipfile.ZipFile(path) as raw:
        for name in raw.namelist():
            parts.append(html.unescape(raw.read(name).decode("utf-8", "replace")))
    return "\n".join(parts)


def csv_text(path: Path) -> str:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    return "\n".join(" | ".join(row) for row in rows)


def ics_text(path: Path) -> str:
    """The calendar's text as a calendar app reads it: lines unfolded, escapes undone."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    for escaped, plain in (("\\n", " "), ("\\N", " "), ("\\,", ","), ("\\;", ";")):
        text = text.replace(escaped, plain)
    return text.replace("\\\\", "\\")


def pdf_text(path: Path) -> str:
    """The PDF's text (``pdftotext``) and its metadata (``pdfinfo``), from poppler-utils."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True)
    return text + "\n" + info.stdout.decode("utf-8", "replace")


# -- making every output ---------------------------------------------------------------------


@dataclass
class Sweep:
    folder: Path
    program: Path  # the demo program file
    secrets: Secrets
    outputs: dict[str, str] = field(default_factory=dict)
    sessions_notes: list[str] = field(default_factory=list)
    checkin_texts: list[str] = field(default_factory=list)
    mentors: dict[int, str] = field(default_factory=dict)
    unread_pdfs: list[str] = field(default_factory=list)  # without pdftotext

    def pdf(self, name: str, path: Path) -> None:
        assert path.read_bytes().startswith(b"%PDF-")
        if PDFTOTEXT is None:
            self.unread_pdfs.append(name)
        else:
            self.outputs[name] = pdf_text(path)

    def cli(self, name: str, *argv: str) -> int:
        out, err = io.StringIO(), io.StringIO()
        status = cli.run(list(argv), stdout=out, stderr=err)
        self.outputs[f"{name} (printed)"] = out.getvalue() + "\n" + err.getvalue()
        return status


@pytest.fixture(scope="module")
def sweep(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sweep]:
    """The demo program, its confidential texts, and every output made from it."""
    from mentordesk.ui.app import setup_logging

    folder = tmp_path_factory.mktemp("sweep")
    app_log = logging.getLogger("mentordesk")
    handlers = list(app_log.handlers)
    log_path = setup_logging(folder / "logs")
    # Any other record (a library's) goes to a second file, swept too.
    everything = logging.FileHandler(folder / "logs" / "all.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(everything)
    root.setLevel(logging.INFO)
    try:
        made = _make_outputs(folder)
    finally:
        root.removeHandler(everything)
        root.setLevel(old_level)
        everything.close()
        for handler in app_log.handlers:
            if handler not in handlers:
                app_log.removeHandler(handler)
                handler.close()
    made.outputs["log: mentordesk.log"] = log_path.read_text(encoding="utf-8")
    made.outputs["log: every logger"] = (folder / "logs" / "all.log").read_text(encoding="utf-8")
    yield made


def _make_outputs(folder: Path) -> Sweep:
    program = folder / "Northwind.mentordesk"
    out = folder / "out"
    out.mkdir()
    today = dt.date.today()
    printed, errors = io.StringIO(), io.StringIO()
    assert cli.run(["demo", str(program)], stdout=printed, stderr=errors) == 0
    with Store.open(program, read_only=True) as store:
        s = Sweep(folder, program, Secrets.of(store))
        s.outputs["demo (printed)"] = printed.getvalue() + "\n" + errors.getvalue()
        s.sessions_notes = [x.notes for x in store.sessions() if x.notes]
        s.checkin_texts = [c.notes for c in store.checkins() if c.notes] + [
            str(v) for c in store.checkins() for v in c.answers.values() if isinstance(v, str)
        ]
        pair_ids = [p.id for p in store.pairs() if p.id is not None]
        s.mentors = dict(certificate_mentors(store))
        resources = [(r.id, store.resource_file(r.id or 0)) for r in store.resources()]
        trainings = [t.id for t in store.trainings() if t.id is not None]
    s.cli("new", "new", str(out / "empty.mentordesk"), "--name", "Empty")
    s.cli("demo", "demo", str(out / "again.mentordesk"))
    s.cli("check", "check", str(program))

    # The export workbook, as the CLI and File ▸ Export Workbook… write it.
    assert s.cli("export", "export", str(out / "export.xlsx"), "--db", str(program)) == 0
    s.outputs["export workbook"] = xlsx_text(out / "export.xlsx")
    with Store.open(program, read_only=True) as store:
        export_workbook(store, out / "export-model.xlsx")
        s.outputs["export workbook (model)"] = xlsx_text(out / "export-model.xlsx")
        export_template(store, out / "template.xlsx")
        s.outputs["sign-up template"] = xlsx_text(out / "template.xlsx")
        for n, round_name in enumerate(["", *built_in_rounds()]):
            export_blank_survey(store, out / f"survey{n}.xlsx", round_name)
            s.outputs[f"blank survey {round_name or '(no round)'}"] = xlsx_text(
                out / f"survey{n}.xlsx"
            )
        _rejected_rows(s, store, out, today, trainings[0])
        _charts(s, store, out, today)
        for rid, file in resources:  # as Resources ▸ Save File… writes them
            if file is not None:
                (out / f"resource{rid}").write_bytes(file.data)
                text = (out / f"resource{rid}").read_bytes().decode("utf-8", "replace")
                s.outputs[f"resource file {rid}"] = text

    # Calendars: every pair, then each pair alone (a sentence when it has no plan).
    assert s.cli("calendar", "calendar", str(out / "all.ics"), "--db", str(program)) == 0
    s.outputs["calendar (every pair)"] = ics_text(out / "all.ics")
    for pid in pair_ids:
        target = out / f"pair{pid}.ics"
        argv = ["calendar", str(target), "--db", str(program), "--pair", str(pid)]
        s.cli(f"calendar --pair {pid}", *argv)
        if target.exists():
            s.outputs[f"calendar pair {pid}"] = ics_text(target)

    # The program report: all time, and the last three months.
    assert s.cli("report", "report", str(out / "report.pdf"), "--db", str(program)) == 0
    s.pdf("report (all time)", out / "report.pdf")
    start = (today - dt.timedelta(days=90)).isoformat()
    argv = ["report", str(out / "quarter.pdf"), "--db", str(program), "--from", start]
    assert s.cli("report --from --to", *argv, "--to", today.isoformat()) == 0
    s.pdf("report (three months)", out / "quarter.pdf")

    # Certificates of every mentor (or the sentence why one cannot have one).
    from mentordesk.ui.certificate import write_certificate

    with Store.open(program, read_only=True) as store:
        for pid in s.mentors:
            target = out / f"certificate{pid}.pdf"
            try:
                write_certificate(store, pid, target, today)
            except MentorDeskError as exc:
                s.outputs[f"certificate {pid} (refused)"] = str(exc)
            else:
                s.pdf(f"certificate {pid}", target)

    # Matching, in each mode, with every score; then stored (on a copy).
    argv = ["match", "--db", str(program), "--scores", str(out / "scores.csv")]
    assert s.cli("match", *argv) == 0
    s.outputs["match scores"] = csv_text(out / "scores.csv")
    for mode in ("peer-pairs", "peer-groups"):
        argv = ["match", "--db", str(program), "--mode", mode, "--scores", str(out / f"{mode}.csv")]
        assert s.cli(f"match --mode {mode}", *argv) == 0
        s.outputs[f"match scores {mode}"] = csv_text(out / f"{mode}.csv")
    copy = out / "copy.mentordesk"
    shutil.copyfile(program, copy)
    s.cli("match --apply", "match", "--db", str(copy), "--apply")

    # The roster import, as the command line runs it.
    roster = out / "roster.csv"
    argv = ["import", str(roster), "--db", str(program), "--dry-run"]
    s.cli("import --dry-run", *argv)
    s.cli("import", "import", str(roster), "--db", str(copy), "--on-existing", "update")
    return s


def _roster(store: Store, path: Path) -> None:
    """A roster to import, with rows that fail for people already in the program (those with
    private notes among them) and for new people."""
    with_notes = [p for p in store.participants() if p.private_notes]
    lines = [["First name", "Last name", "E-mail", "Role", "Capacity", "Consent date"]]
    for p in with_notes:
        lines.append([p.first_name, p.last_name, p.email, "wizard", "-3", "31/31/2020"])
        lines.append([p.first_name, "", p.email.upper(), "mentor", "many", ""])
    lines += [
        ["Nuovo", "Arrivo", "not-an-address", "mentee", "", ""],
        ["", "", "", "mentor", "2", ""],
        ["Fresh", "Face", "fresh.face@example.org", "mentee", "", ""],
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(lines)


def _rejected_rows(s: Sweep, store: Store, out: Path, today: dt.date, training: int) -> None:
    """The import wizard's Save rejected rows… (roster, survey answers, attendance) and its
    Save this mapping…."""
    roster = out / "roster.csv"
    _roster(store, roster)
    workbook = read_workbook(roster)
    plan = guess_plan(workbook)
    result = preview(store, workbook, plan)
    assert result.rejected
    write_rejected(result, out / "rejected roster.csv")
    s.outputs["rejected roster rows"] = csv_text(out / "rejected roster.csv")
    save_mapping(plan, out / "mapping.json")
    s.outputs["roster mapping"] = (out / "mapping.json").read_text(encoding="utf-8")

    # Survey answers: the blank survey filled in, with answers out of range and strangers.
    from openpyxl import load_workbook

    export_blank_survey(store, out / "answers.xlsx", "Midpoint")
    wb = load_workbook(out / "answers.xlsx")
    ws = wb[wb.sheetnames[1]]
    ws.append(["Someone Else", "stranger@example.org", "Mentee", "Midpoint", today, 9, 99, 3])
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row - 1):
        row[4].value = today
        for cell in row[5:]:
            cell.value = 42
    wb.save(out / "answers.xlsx")
    answers = read_workbook(out / "answers.xlsx")
    survey_plan = guess_survey_plan(answers, store.survey_questions())
    survey = preview_survey(store, answers, survey_plan, today)
    assert survey.rejected
    write_rejected_answers(survey, out / "rejected answers.csv")
    s.outputs["rejected survey answers"] = csv_text(out / "rejected answers.csv")

    # Workshop attendance: people the program does not know, or knows twice.
    people = store.participants()
    lines = [["Name", "E-mail", "Attended"]]
    lines += [[p.full_name, "", "yes"] for p in people if p.private_notes]
    lines += [["Nobody Known", "nobody@example.org", "yes"], [people[0].full_name, "", "perhaps"]]
    sheet = out / "attendance.csv"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(lines)
    came = read_workbook(sheet)
    attendance = preview_attendance(store, came, guess_attendance_plan(came), training)
    assert attendance.rejected
    write_rejected_rows(attendance, out / "rejected attendance.csv")
    s.outputs["rejected attendance rows"] = csv_text(out / "rejected attendance.csv")


def _charts(s: Sweep, store: Store, out: Path, today: dt.date) -> None:
    """Dashboard ▸ Save as… of every chart, as SVG with its text kept as text."""
    import matplotlib

    from mentordesk.ui.charts import ChartView
    from mentordesk.ui.dashboard_charts import draw_charts

    views: list[ChartView] = []

    def chart_for(_key: str, title: str, description: str, _subject: object) -> ChartView:
        views.append(ChartView(title, description))
        return views[-1]

    draw_charts(chart_for, compute(store, today, ALL_TIME, store.survey_questions()))
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        for n, view in enumerate(views):
            view.save(out / f"chart{n}.svg")
            s.outputs[f"chart {n} (SVG)"] = html.unescape((out / f"chart{n}.svg").read_text())
            view.deleteLater()


# -- the tests -------------------------------------------------------------------------------

#: Text each output must hold, to show it was read (a sweep of an unread file proves nothing).
READABLE = {
    "export workbook": "Participants",
    "sign-up template": "Sign-up",
    "calendar (every pair)": "BEGIN:VEVENT",
    "match scores": "@northwind.example",
    "rejected roster rows": "Reason",
    "rejected survey answers": "stranger@example.org",
    "rejected attendance rows": "nobody@example.org",
    "chart 0 (SVG)": "<svg",
}


def test_every_output_is_made_and_read(sweep: Sweep) -> None:
    for name, text in READABLE.items():
        assert text.casefold() in sweep.outputs[name].casefold(), name
    assert len([n for n in sweep.outputs if n.startswith("calendar pair ")]) >= 2
    assert len([n for n in sweep.outputs if n.startswith("chart ")]) >= 5
    assert any(n.startswith("resource file") for n in sweep.outputs)


def test_every_subcommand_is_swept(sweep: Sweep) -> None:
    """A new subcommand of ``mentordesk`` must be added to the sweep."""
    printed = {name.split()[0] for name in sweep.outputs if name.endswith("(printed)")}
    assert set(cli.SUBCOMMANDS) <= printed


def test_the_pdfs_are_read(sweep: Sweep) -> None:
    if PDFTOTEXT is None:
        pytest.skip(f"pdftotext (poppler-utils) is not installed: {sweep.unread_pdfs} unread")
    assert "Northwind" in sweep.outputs["report (all time)"]
    # Each certificate's text is read: the mentor's name is on it.
    printed = {pid: sweep.outputs.get(f"certificate {pid}") for pid in sweep.mentors}
    assert any(printed.values())
    for pid, text in printed.items():
        assert text is None or normal(sweep.mentors[pid]) in normal(text)


def test_the_demo_has_confidential_texts_of_every_kind(sweep: Sweep) -> None:
    counts = {k: len(v) for k, v in sweep.secrets.by_source.items()}
    assert all(counts.values()), counts
    # Each has slices of its own to look for, not only words other texts share.
    assert all(len(p) > 3 for p in sweep.secrets.slices.values())


def test_no_output_holds_a_confidential_text(sweep: Sweep) -> None:
    leaks = {
        name: found for name, text in sweep.outputs.items() if (found := sweep.secrets.leaks(text))
    }
    assert leaks == {}


def test_the_report_holds_no_note_of_any_session_or_check_in(sweep: Sweep) -> None:
    """The report reads no notes at all (model/report.py), confidential or not."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    texts = {normal(t) for t in sweep.sessions_notes + sweep.checkin_texts if len(t) >= SLICE}
    for name in ("report (all time)", "report (three months)"):
        report = normal(sweep.outputs[name])
        assert [t for t in texts if t in report] == [], name


def test_with_include_confidential_the_export_holds_them(sweep: Sweep) -> None:
    """The same reading finds them when the coordinator asks for them (so the sweep can fail)."""
    target = sweep.folder / "with notes.xlsx"
    argv = ["export", str(target), "--db", str(sweep.program), "--include-confidential"]
    assert cli.run(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    found = sweep.secrets.found(xlsx_text(target))
    wanted = [
        *sweep.secrets.by_source["private note"],
        *sweep.secrets.by_source["confidential session note"],
    ]
    # Whole, not in pieces; and check-ins are never exported at all.
    assert found == {text: normal(text) for text in wanted}


# -- the docs and the sweep agree ------------------------------------------------------------

#: Columns the sweep reads confidential texts from (or whose flag it honours).
SWEPT = {
    ("participants", "private_notes"),
    ("sessions", "notes"),
    ("sessions", "confidential"),
    ("checkins", "notes"),
    ("checkins", "confidential"),
    ("checkins", "answers"),
}
#: Columns the file format calls private or confidential that hold no confidential text.
NOT_SECRET = {("pairs", "confidentiality_date")}  # the day a pair agreed to confidentiality


def test_the_sweep_knows_every_confidential_column_the_file_format_names() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
    table = ""
    named = set()
    for line in doc.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"### `(\w+)`", line):
            table = heading.group(1)
        elif column := re.match(r"\| `(\w+)` \|", line):
            meaning = line.rsplit("|", 2)[-2].casefold()
            if re.search(r"confidential|private|never exported|left out of exports", meaning):
                named.add((table, column.group(1)))
    assert named - SWEPT - NOT_SECRET == set()
    assert ("participants", "private_notes") in named


# -- a crash ---------------------------------------------------------------------------------


def _save(text: str) -> None:
    raise RuntimeError(f"could not save {text}")


@pytest.mark.parametrize("disk_full", [False, True])
def test_a_crash_logs_and_says_nothing_personal(
    qapp: Any, tmp_path: Path, sweep: Sweep, disk_full: bool
) -> None:
    """The exception hook logs the trace and the error's type only, and the dialog says a
    plain sentence: an error's message may quote a private note, a name or an address."""
    from mentordesk.ui.app import make_excepthook, setup_logging

    note = sweep.secrets.by_source["private note"][0]
    name = next(iter(sweep.mentors.values()))
    email = "someone.private@northwind.example"
    app_log = logging.getLogger("mentordesk")
    handlers = list(app_log.handlers)
    log_path = setup_logging(tmp_path / "logs")
    told: list[str] = []
    hook = make_excepthook(log_path, lambda title, text: told.extend((title, text)))
    try:
        try:
            if disk_full:
                raise OSError(errno.ENOSPC, f"No space left for {note}", email)
            _save(f"{note} for {name} <{email}>")
        except (RuntimeError, OSError):
            hook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        for handler in app_log.handlers:
            if handler not in handlers:
                app_log.removeHandler(handler)
                handler.close()
    logged = log_path.read_text(encoding="utf-8")
    assert "Unexpected" in logged and ("OSError" if disk_full else "RuntimeError") in logged
    assert "_save" in logged or disk_full  # the trace is there
    for text in (logged, *told):
        assert sweep.secrets.leaks(text) == []
        assert email not in text and name not in text
    if disk_full:
        assert "disk is full" in told[1]
    else:
        assert str(log_path) in told[1]
