"""Reading roster files: real survey exports, generated files of every kind, and every refusal."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import socket
import struct
import zipfile
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from mentordesk.model.errors import FileProblem
from mentordesk.model.i18n import install_translator
from mentordesk.model.sheets import (
    RosterFileProblem,
    Sheet,
    Workbook,
    _cell,
    read_csv_text,
    read_workbook,
)
from tests.real_rosters import REAL

# Read-only rosters published by other projects (see SOURCES.md there); shared/ sits beside
# the project's root.
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def refused(path: Path | str, *words: str) -> str:
    """Read ``path``, expect a RosterFileProblem naming the file and saying ``words``."""
    path = Path(path)
    with pytest.raises(RosterFileProblem) as info:
        read_workbook(path)
    message = str(info.value)
    assert f"“{path.name}”" in message
    assert info.value.path == str(path)
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and "\n" not in message
    return message


def sheet(book: Workbook, name: str) -> Sheet:
    return next(s for s in book.sheets if s.name == name)


def column(rows: Sequence[Sequence[object]], header: str) -> list[object]:
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


# --- The real rosters ----------------------------------------------------------------------


def test_msforms_export_sheets_and_hidden_metadata() -> None:
    book = read_workbook(REAL / "msforms-applications.xlsx")
    assert book.kind == "xlsx" and book.encoding is None and book.delimiter is None
    assert [s.name for s in book.visible()] == ["mentor", "mentee", "favor"]
    (hidden,) = [s for s in book.sheets if s.hidden]
    assert hidden.name.startswith("_") and hidden.rows[1] == ["Form1"]  # the veryHidden one


def test_msforms_export_values() -> None:
    rows = sheet(read_workbook(REAL / "msforms-applications.xlsx"), "mentor").rows
    assert "Which of these do you think are good at?" in rows[0]
    assert len({len(row) for row in rows}) == 1
    assert column(rows, "ID") == [1, 2, 3, 4, 5]  # whole floats become int
    assert column(rows, "Start time")[0] == dt.datetime(2019, 12, 16, 10, 0, 14)
    assert column(rows, "Which of these do you think are good at?")[:3] == [
        "Public Speaking;Managing Up;",
        "Managing Up;Large career shifts;",
        None,
    ]
    # Numbers stored as text stay text; the one typed as a number is an int.
    assert column(rows, "Years of Experience") == ["40", 20, "2", "30", "50"]
    assert column(rows, "WWID")[0] == "123456789"
    assert column(rows, "Nickname")[1] is None  # an empty answer


def test_msforms_mentee_headers_keep_line_breaks_and_answers_are_stripped() -> None:
    rows = sheet(read_workbook(REAL / "msforms-applications.xlsx"), "mentee").rows
    assert "Part 3 of 3\nWhich of these mentor skills are important to you?" in rows[0]
    wwids = column(rows, "WWIDs of Preferred Mentor")
    assert "234567891   345678912" in wwids and "234567891," in wwids


def test_msforms_extra_row_keeps_the_empty_first_row() -> None:
    book = read_workbook(REAL / "msforms-extra-row.xlsx")
    rows = sheet(book, "mentors").rows
    assert rows[0] == [None] * len(rows[1])  # kept, so row numbers match Excel's
    assert rows[1][:2] == ["ID", "Start time"]
    assert sheet(book, "mentees").rows[0][0] == "ID"


def test_msforms_wrong_sheet_name_is_just_another_sheet() -> None:
    book = read_workbook(REAL / "msforms-wrong-sheet-name.xlsx")
    assert [s.name for s in book.visible()] == ["wrong_mentors_tab_name", "mentees", "favor"]


def test_max_rows_limits_every_sheet() -> None:
    book = read_workbook(REAL / "msforms-extra-row.xlsx", max_rows=2)
    assert [len(s.rows) for s in book.sheets] == [2, 2, 2, 2]
    assert sheet(book, "mentors").rows[1][0] == "ID"


@pytest.mark.parametrize(
    ("name", "rows", "width"),
    [
        ("civil-service-small-mentors.csv", 51, 10),
        ("civil-service-small-mentees.csv", 51, 11),
        ("civil-service-large-mentors.csv", 501, 10),
        ("civil-service-large-mentees.csv", 501, 11),
    ],
)
def test_civil_service_csv(name: str, rows: int, width: int) -> None:
    book = read_workbook(REAL / name)
    assert (book.kind, book.encoding, book.delimiter) == ("csv", "utf-8", ",")
    (only,) = book.sheets
    assert only.name == name.removesuffix(".csv") and not only.hidden
    assert len(only.rows) == rows and {len(row) for row in only.rows} == {width}
    assert only.rows[0][:3] == ["first name", "last name", "email address"]
    assert only.rows[1][1] in ("00", "000")  # leading zeros: text stays text
    assert all(isinstance(c, str) or c is None for row in only.rows for c in row)
    biographies = column(only.rows, "biography")
    assert all(isinstance(b, str) and b.startswith("My name is") for b in biographies)


def test_civil_service_comma_lists_stay_in_one_cell() -> None:
    rows = read_workbook(REAL / "civil-service-small-mentors.csv").sheets[0].rows
    lists = [c for c in column(rows, "characteristics") if isinstance(c, str) and ", " in c]
    assert lists and all(len(c.split(", ")) >= 2 for c in lists)


def test_max_rows_on_a_large_csv() -> None:
    book = read_workbook(REAL / "civil-service-large-mentees.csv", max_rows=10)
    assert len(book.sheets[0].rows) == 10 and book.delimiter == ","


# --- Generated CSV ---------------------------------------------------------------------------


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


ITALIAN = "Nome;Città;Perché\nGiulia;Torino;Perché sì\nNicolò;Forlì;così\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ITALIAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ITALIAN.encode("utf-8"), "utf-8-sig"),
        (ITALIAN.encode("cp1252"), "cp1252"),
    ],
)
def test_csv_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    book = read_workbook(write(tmp_path, "iscritti.csv", data))
    assert (book.encoding, book.delimiter) == (encoding, ";")
    assert book.sheets[0].rows == [
        ["Nome", "Città", "Perché"],
        ["Giulia", "Torino", "Perché sì"],
        ["Nicolò", "Forlì", "così"],
    ]


def test_bulgarian_csv_saved_by_excel_in_cp1251(tmp_path: Path) -> None:
    text = "Име,Фамилия,Град\nИван,Петров,Пловдив\nМария,Иванова,София\n"
    book = read_workbook(write(tmp_path, "ментори.csv", text.encode("cp1251")))
    assert (book.encoding, book.delimiter) == ("cp1251", ",")
    assert book.sheets[0].rows[1] == ["Иван", "Петров", "Пловдив"]


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    text = "Name\tГрад\tCittà\r\nAnn\tСофия\tForlì\r\n"
    book = read_workbook(write(tmp_path, "roster.txt", text.encode("utf-16")))
    assert (book.encoding, book.delimiter) == ("utf-16", "\t")
    assert book.sheets[0].rows == [["Name", "Град", "Città"], ["Ann", "София", "Forlì"]]


def test_tab_delimiter_with_commas_in_text(tmp_path: Path) -> None:
    data = b"Name\tComment\nAnn\tlikes a, b\nBob\tfoo, bar, baz\n"
    book = read_workbook(write(tmp_path, "roster.tsv", data))
    assert book.delimiter == "\t"
    assert book.sheets[0].rows[2] == ["Bob", "foo, bar, baz"]


def test_quoted_cells_with_delimiters_and_line_breaks() -> None:
    data = (
        b"Nome;Competenze;Note\r\n"
        b'"Rossi; Mario";"Public Speaking;Managing Up;";"riga 1\r\nriga 2"\r\n'
        b'Bianchi;"a;b";"x ""quoted"" y"\r\n'
    )
    rows, encoding, delimiter = read_csv_text(data, "iscritti.csv")
    assert (encoding, delimiter) == ("utf-8", ";")
    assert rows == [
        ["Nome", "Competenze", "Note"],
        ["Rossi; Mario", "Public Speaking;Managing Up;", "riga 1\nriga 2"],
        ["Bianchi", "a;b", 'x "quoted" y'],
    ]


def test_italian_decimal_commas_do_not_win_over_semicolons() -> None:
    lines = ["Nome;Cognome;Ore"] + [f"P{i};Q{i};{i},5" for i in range(20)]
    rows, _, delimiter = read_csv_text("\n".join(lines).encode(), "ore.csv")
    assert delimiter == ";" and rows[1] == ["P0", "Q0", "0,5"]  # still text, not 0.5


def test_a_short_row_does_not_stop_the_split() -> None:
    rows, _, delimiter = read_csv_text(b"a;b;c\n1;2;3\n4;5;6\n7;8;9\n10;11\n")
    assert delimiter == ";"
    assert rows[-1] == ["10", "11", None]  # padded to the common width


@pytest.mark.parametrize(
    ("data", "delimiter"),
    [
        # Every row splits into two columns either way: csv.Sniffer would pick the comma.
        (b"Nome;Ore (h, decimali)\nGiulia;3,5\nMarco;2,5\n", ";"),
        (b"Name\tCity, Country\nAnn\tRome, Italy\nBob\tSofia, Bulgaria\n", "\t"),
    ],
)
def test_a_tie_goes_to_the_character_rarer_in_prose(data: bytes, delimiter: str) -> None:
    rows, _, found = read_csv_text(data)
    assert found == delimiter and {len(row) for row in rows} == {2}


def test_ragged_quoted_rows_are_left_to_the_sniffer() -> None:
    rows, _, delimiter = read_csv_text(b'"a";"b";"c"\n"1";"2"\n"3"\n"4";"5";"6";"7"\n')
    assert delimiter == ";" and rows[3] == ["4", "5", "6", "7"]


def test_csv_cells_are_stripped_text_or_none(tmp_path: Path) -> None:
    data = b"Name, Age ,Code,,\n  Ann  ,  30 ,007,,\n   ,  ,  ,,\n,,,,\n\n"
    book = read_workbook(write(tmp_path, "roster.csv", data))
    # Whitespace-only rows at the end and the empty columns on the right are trimmed.
    assert book.sheets[0].rows == [["Name", "Age", "Code"], ["Ann", "30", "007"]]


def test_blank_rows_before_the_header_are_kept(tmp_path: Path) -> None:
    data = b",,\nRoster 2025,,\nName,Email,Role\nAnn,a@x.it,mentor\n"
    rows = read_workbook(write(tmp_path, "roster.csv", data)).sheets[0].rows
    assert rows[0] == [None, None, None] and rows[2] == ["Name", "Email", "Role"]


def test_max_rows_never_refuses_a_csv_whose_data_starts_lower(tmp_path: Path) -> None:
    path = write(tmp_path, "late.csv", b"\n" * 10 + b"Name,Email\nAnn,a@x.it\n")
    assert read_workbook(path, max_rows=5).sheets[0].rows == []
    rows = read_workbook(path).sheets[0].rows
    assert len(rows) == 12 and rows[0] == [None, None] and rows[10] == ["Name", "Email"]
    assert read_csv_text(path.read_bytes(), max_rows=11)[0][-1] == ["Name", "Email"]


def test_one_line_without_delimiter_is_one_column(tmp_path: Path) -> None:
    book = read_workbook(write(tmp_path, "names.txt", b"Just one heading"))
    assert book.sheets[0].rows == [["Just one heading"]]


def test_csv_text_in_a_file_named_xlsx_is_read_as_csv(tmp_path: Path) -> None:
    book = read_workbook(write(tmp_path, "roster.xlsx", b"Name,Email\nAnn,a@x.it\n"))
    assert (book.kind, book.delimiter) == ("csv", ",")
    assert book.sheets[0].rows[1] == ["Ann", "a@x.it"]


def test_quote_never_closed(tmp_path: Path) -> None:
    data = b'Name,Note\nAnn,"starts here\n' + b"x" * 200_000
    message = refused(write(tmp_path, "broken.csv", data), "cannot be read as CSV", "quotation")
    assert "line" in message


def test_read_csv_text_names_the_file_in_its_problems() -> None:
    with pytest.raises(RosterFileProblem, match="“upload.csv” is a picture"):
        read_csv_text(b"\x89PNG\r\n\x1a\n\x00\x00", "upload.csv")
    assert read_csv_text(b"") == ([], "utf-8", ",")


# --- Generated workbooks ---------------------------------------------------------------------


def roster_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mentors"
    ws["C3"] = "  Full name \n (as on badge) "  # leading empty rows and columns
    ws["D3"], ws["E3"], ws["F3"], ws["G3"] = "Joined", "Last login", "Years", "Active"
    ws["H3"], ws["I3"], ws["J3"], ws["K3"] = "Double years", "Slot", "Length", "Code"
    ws.append([None, None, "Ann", dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 9, 30), 3.0])
    ws["G4"], ws["H4"], ws["I4"] = True, "=F4*2", dt.time(9, 30)
    ws["J4"], ws["K4"] = dt.timedelta(hours=1, minutes=30), "040"
    ws.append([None, None, "   ", dt.datetime(2024, 3, 2), None, 2.5, False])
    ws["Z40"].number_format = "0.00"  # a formatted but empty cell far away
    ws["M10"] = ""  # an empty string counts as empty
    hidden = wb.create_sheet("Lists")
    hidden.sheet_state = "hidden"
    hidden.append(["mentor", "mentee"])
    very = wb.create_sheet("Meta")
    very.sheet_state = "veryHidden"
    very.append(["form id"])
    wb.create_sheet("Notes")
    wb.save(path)
    wb.close()
    return path


EXPECTED_MENTORS = [
    [None] * 11,
    [None] * 11,
    [None, None, "Full name \n (as on badge)", "Joined", "Last login", "Years", "Active"]
    + ["Double years", "Slot", "Length", "Code"],
    [None, None, "Ann", dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 9, 30), 3, True]
    + [None, "09:30", "01:30", "040"],
    [None, None, None, dt.date(2024, 3, 2), None, 2.5, False, None, None, None, None],
]


def test_generated_xlsx(tmp_path: Path) -> None:
    book = read_workbook(roster_xlsx(tmp_path / "roster.xlsx"))
    assert book.kind == "xlsx" and book.path == tmp_path / "roster.xlsx"
    assert [(s.name, s.hidden) for s in book.sheets] == [
        ("Mentors", False),
        ("Lists", True),
        ("Meta", True),
        ("Notes", False),
    ]
    assert [s.name for s in book.visible()] == ["Mentors", "Notes"]
    rows = sheet(book, "Mentors").rows
    assert rows == EXPECTED_MENTORS
    # openpyxl writes no cached value for a formula: empty, and never the formula text.
    assert not any(isinstance(c, str) and c.startswith("=") for row in rows for c in row)
    assert sheet(book, "Notes").rows == []
    assert isinstance(rows[3][5], int) and isinstance(rows[3][6], bool)


def test_xlsx_with_cached_formula_value_gives_the_value(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsx")
    # openpyxl writes an empty value as "<v />", or "<v/>" when lxml is installed.
    for empty in (b"<v />", b"<v/>", b"<v></v>"):
        rewrite(path, "xl/worksheets/sheet1.xml", b"<f>F4*2</f>" + empty, b"<f>F4*2</f><v>6</v>")
    assert sheet(read_workbook(path), "Mentors").rows[3][7] == 6


def rewrite(path: Path, member: str, old: bytes, new: bytes, rename: str | None = None) -> None:
    """Replace bytes in one member of a zip file (and optionally rename the member)."""
    with zipfile.ZipFile(path) as src:
        items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as out:
        for name, data in items:
            if name == member:
                data = data.replace(old, new)
                name = rename or name
            out.writestr(name, data)


def move_workbook_part(path: Path) -> None:
    """Store the workbook part as xl/book.xml, as some generators do: calamine looks only
    for xl/workbook.xml, openpyxl follows the package relationships."""
    rewrite(path, "xl/workbook.xml", b"", b"", rename="xl/book.xml")
    rewrite(path, "xl/_rels/workbook.xml.rels", b"", b"", rename="xl/_rels/book.xml.rels")
    rewrite(path, "_rels/.rels", b"xl/workbook.xml", b"xl/book.xml")
    rewrite(path, "[Content_Types].xml", b"xl/workbook.xml", b"xl/book.xml")


def test_openpyxl_reads_what_calamine_refuses(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsx")
    move_workbook_part(path)
    book = read_workbook(path)
    assert [(s.name, s.hidden) for s in book.sheets] == [
        ("Mentors", False),
        ("Lists", True),
        ("Meta", True),
        ("Notes", False),
    ]
    assert sheet(book, "Mentors").rows == EXPECTED_MENTORS
    assert len(read_workbook(path, max_rows=3).sheets[0].rows) == 3


def test_openpyxl_turns_excel_errors_into_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Score", "Ratio"])
    wb.active.append(["Ann", "#N/A", "#DIV/0!"])  # openpyxl stores these as error cells
    wb.save(path)
    wb.close()
    move_workbook_part(path)
    assert read_workbook(path).sheets[0].rows == [["Name", "Score", "Ratio"], ["Ann", None, None]]


def test_chart_sheets_are_left_out(tmp_path: Path) -> None:
    from openpyxl.chart import BarChart, Reference  # type: ignore[import-untyped]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Dept", "People"])
    ws.append(["HR", 4])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=2))
    wb.create_chartsheet("Chart").add_chart(chart)
    wb.save(tmp_path / "chart.xlsx")
    wb.close()
    book = read_workbook(tmp_path / "chart.xlsx")
    assert [s.name for s in book.sheets] == ["Sheet"]


def test_xlsm_is_told_by_its_content_type(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsm")
    rewrite(
        path,
        "[Content_Types].xml",
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    book = read_workbook(path)
    assert book.kind == "xlsm" and sheet(book, "Mentors").rows == EXPECTED_MENTORS


def test_workbook_under_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsx")
    book = read_workbook(shutil.copy(path, tmp_path / "roster.csv"))
    assert book.kind == "xlsx" and book.encoding is None
    assert sheet(book, "Mentors").rows == EXPECTED_MENTORS


def test_max_rows_never_refuses_a_sheet_whose_data_starts_lower(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["B20"] = "Name"
    wb.save(tmp_path / "low.xlsx")
    wb.close()
    book = read_workbook(tmp_path / "low.xlsx", max_rows=5)
    assert book.sheets[0].rows == []
    assert read_workbook(tmp_path / "low.xlsx").sheets[0].rows[19] == [None, "Name"]


def test_max_rows_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_rows"):
        read_workbook(tmp_path / "whatever.csv", max_rows=0)


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">
<office:automatic-styles><style:style style:name="ta2" style:family="table">
<style:table-properties table:display="false"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Mentori"><table:table-row>
<table:table-cell office:value-type="string"><text:p>Nome</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Anni</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Dal</text:p></table:table-cell>
</table:table-row><table:table-row>
<table:table-cell office:value-type="string"><text:p>Giulia</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
<table:table-cell office:value-type="date" office:date-value="2024-03-01"><text:p>1/3</text:p>
</table:table-cell></table:table-row></table:table>
<table:table table:name="Nascosto" table:style-name="ta2"><table:table-row>
<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>
</table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""

ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        # calamine wants the cells of a row back to back, as LibreOffice writes them.
        z.writestr("content.xml", re.sub(r">\s+<", "><", ODS_CONTENT))
    return path


@pytest.mark.parametrize("name", ["iscritti.ods", "iscritti.xlsx"])
def test_ods(tmp_path: Path, name: str) -> None:
    book = read_workbook(ods(tmp_path / name))
    assert book.kind == "ods"
    assert [(s.name, s.hidden) for s in book.sheets] == [("Mentori", False), ("Nascosto", True)]
    assert book.sheets[0].rows == [["Nome", "Anni", "Dal"], ["Giulia", 3, dt.date(2024, 3, 1)]]


# A minimal BIFF8 workbook in an OLE compound file, as Excel 97-2003 saves it.


def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def biff8(sheets: list[tuple[str, int, list[list[object]]]], *, encrypted: bool = False) -> bytes:
    """A Workbook stream; each sheet is (name, 0 visible / 1 hidden / 2 very hidden, rows)."""
    strings: list[str] = []
    bodies = []
    for _name, _state, rows in sheets:
        body = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    strings.append(value)
                    body += _record(0x00FD, struct.pack("<HHHI", r, c, 0, len(strings) - 1))
                elif isinstance(value, int | float):
                    body += _record(0x0203, struct.pack("<HHHd", r, c, 0, value))
        bodies.append(body + _record(0x000A))
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(
        struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings
    )
    head = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    if encrypted:  # FILEPASS: RC4 encryption follows
        head += _record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
    names = [struct.pack("<BB", len(n), 0) + n.encode("latin-1") for n, _s, _r in sheets]
    offset = len(head) + sum(10 + len(n) for n in names) + 4 + len(sst) + 4
    bound = b""
    for name, (_n, state, _r), body in zip(names, sheets, bodies, strict=True):
        bound += _record(0x0085, struct.pack("<IBB", offset, state, 0) + name)
        offset += len(body)
    return head + bound + _record(0x00FC, sst) + _record(0x000A) + b"".join(bodies)


def ole(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE compound file (512-byte sectors) holding one stream of at least 4096 bytes."""
    stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\0")
    count = len(stream) // 512
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<8I", header, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<109I", header, 76, 0, *[0xFFFFFFFF] * 108)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + list(range(3, 2 + count)) + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(entry_name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = entry_name.encode("utf-16-le") + b"\0\0"
        data = bytearray(128)
        data[: len(raw)] = raw
        struct.pack_into("<HBBIII", data, 64, len(raw), kind, 1, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into("<IQ", data, 116, start, size)
        return bytes(data)

    unused = bytes(68) + struct.pack("<3I", *[0xFFFFFFFF] * 3) + bytes(48)
    directory = entry("Root Entry", 5, 1, 0xFFFFFFFE, 0)
    directory += entry(name, 2, 0xFFFFFFFF, 2, len(stream)) + unused * 2
    return bytes(header) + struct.pack("<128I", *fat) + directory + stream


OLD_EXCEL: list[tuple[str, int, list[list[object]]]] = [
    ("Mentors", 0, [["Name", "Age"], ["Anna", 30], ["  ", 2.5]]),
    ("Liste", 1, [["x"]]),
]


@pytest.mark.parametrize("name", ["old.xls", "old-renamed.xlsx"])
def test_real_old_excel_file(tmp_path: Path, name: str) -> None:
    book = read_workbook(write(tmp_path, name, ole(biff8(OLD_EXCEL))))
    assert book.kind == "xls"
    assert [(s.name, s.hidden) for s in book.sheets] == [("Mentors", False), ("Liste", True)]
    assert book.sheets[0].rows == [["Name", "Age"], ["Anna", 30], [None, 2.5]]


# --- Refusals --------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "gone.xlsx", "There is no file", str(tmp_path), "moved")


def test_folder(tmp_path: Path) -> None:
    (tmp_path / "Rosters").mkdir()
    refused(tmp_path / "Rosters", "is a folder", "choose the Excel or CSV file")


def test_empty_file(tmp_path: Path) -> None:
    refused(write(tmp_path, "roster.csv", b""), "is empty", "0 bytes", "export")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_unreadable_file_gives_its_reason(tmp_path: Path) -> None:
    # Root reads any file whatever its mode, but nobody can open() a socket as a file.
    path = tmp_path / "r.csv"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        refused(path, "MentorDesk cannot read", "No such device or address", "copy")


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root reads files of any mode")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.csv", b"a,b\n")
    path.chmod(0)
    try:
        refused(path, "MentorDesk cannot read", "Permission denied")
    finally:
        path.chmod(0o600)


def test_only_empty_sheets(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Second")
    wb.save(tmp_path / "blank.xlsx")
    wb.close()
    refused(tmp_path / "blank.xlsx", "has no rows to import", "right file")


def test_data_only_on_hidden_sheets(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Data").append(["Name"])
    wb["Data"].sheet_state = "hidden"
    wb.save(tmp_path / "hidden.xlsx")
    wb.close()
    refused(tmp_path / "hidden.xlsx", "has no rows to import", "hidden", "Unhide")


def test_csv_with_only_blanks(tmp_path: Path) -> None:
    refused(
        write(tmp_path, "blank.csv", b"\xef\xbb\xbf  \r\n \t \r\n\r\n"), "has no rows to import"
    )


def test_workbook_without_sheets(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsx")
    with zipfile.ZipFile(path) as z:
        listed = re.search(rb"<sheets>.*</sheets>", z.read("xl/workbook.xml"))
    assert listed
    rewrite(path, "xl/workbook.xml", listed.group(0), b"<sheets />")
    refused(path, "has no rows to import")


@pytest.mark.parametrize("cut", [514, 1028])
def test_truncated_xls_that_makes_calamine_panic(tmp_path: Path, cut: int) -> None:
    # python-calamine 0.9.1 (calamine 0.37) panics on these cuts: a PanicException, which
    # is a BaseException, not an Exception.
    refused(write(tmp_path, "old.xls", ole(biff8(OLD_EXCEL))[:cut]), "is damaged")


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = roster_xlsx(tmp_path / "full.xlsx").read_bytes()
    path = write(tmp_path, "cut.xlsx", data[: len(data) // 2])
    refused(path, "is damaged or not a complete workbook", "open it in Excel and save it again")


def test_xlsx_without_its_workbook_part_is_damaged_for_both_readers(tmp_path: Path) -> None:
    path = roster_xlsx(tmp_path / "roster.xlsx")
    rewrite(path, "xl/workbook.xml", b"", b"", rename="xl/lost.xml")
    refused(path, "is damaged")


def test_xlsb_stand_in_that_calamine_cannot_read_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsb"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "application/vnd.ms-excel.sheet.binary.macroEnabled")
    refused(path, "is damaged")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    # Excel encrypts an .xlsx by wrapping it in an OLE file: the header is all we need.
    path = write(tmp_path, "roster.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    refused(path, "is protected with a password", "File ▸ Info ▸ Protect Workbook")


def test_password_protected_xlsx_renamed_xls(tmp_path: Path) -> None:
    path = write(tmp_path, "roster.xls", ole(b"\x01" * 5000, name="EncryptedPackage"))
    refused(path, "is protected with a password")


def test_password_protected_xls(tmp_path: Path) -> None:
    path = write(tmp_path, "old.xls", ole(biff8(OLD_EXCEL, encrypted=True)))
    refused(path, "is protected with a password", "remove the password")


def test_damaged_xls(tmp_path: Path) -> None:
    refused(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "damaged")


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "a picture"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "a picture"),
        ("guide.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        ("export.xls", b"<html><body><table><tr><td>Ann</td></tr></table>", "a web page"),
        ("export.xml", b'\xef\xbb\xbf<?xml version="1.0"?>\n<Workbook/>', "a web page"),
        ("noise.csv", b"\x81\x98 not text in any code page", "a binary file"),
        ("odd.txt", b"\xff\xfeA", "a binary file"),  # UTF-16 cut in the middle of a letter
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    refused(write(tmp_path, name, data), what, "not an Excel workbook or a CSV file", "save it")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    refused(path, "a zip archive", "not an Excel workbook")


def test_problems_are_file_problems_and_translated(tmp_path: Path) -> None:
    install_translator(lambda context, text: f"[{context}] {text}")
    with pytest.raises(FileProblem) as info:
        read_workbook(tmp_path / "gone.csv")
    assert str(info.value).startswith("[model] There is no file “gone.csv”")


def corrupted(data: bytes, seed: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    for _ in range(40):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        yield bytes(damaged[: rng.randint(1, len(damaged))] if rng.random() < 0.3 else damaged)


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods", "csv"])
def test_corrupted_files_never_raise_anything_else(tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        data = roster_xlsx(tmp_path / "src.xlsx").read_bytes()
    elif kind == "ods":
        data = ods(tmp_path / "src.ods").read_bytes()
    elif kind == "xls":
        data = ole(biff8(OLD_EXCEL))
    else:
        data = (REAL / "civil-service-small-mentors.csv").read_bytes()
    for number, variant in enumerate(corrupted(data, seed=len(kind))):
        path = write(tmp_path, f"v{number}.{kind}", variant)
        try:
            book = read_workbook(path)
        except RosterFileProblem as problem:
            assert f"“{path.name}”" in str(problem)
        else:
            assert all(len({len(r) for r in s.rows}) <= 1 for s in book.sheets)


# --- Cell values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (True, True),
        (7, 7),
        (3.0, 3),
        (-0.0, 0),
        (2.5, 2.5),
        ("  a \r\n b  ", "a \n b"),
        (" \t\n", None),
        ("", None),
        ("40", "40"),
        (dt.datetime(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1, 0, 0, 1), dt.datetime(2024, 3, 1, 0, 0, 1)),
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.time(9, 30), "09:30"),
        (dt.time(9, 30, 15), "09:30:15"),
        (dt.timedelta(hours=26), "26:00"),
        (dt.timedelta(minutes=-90), "-01:30"),
        (Decimal("1.50"), "1.50"),
    ],
)
def test_cell_normalisation(value: object, expected: object) -> None:
    result = _cell(value)
    assert result == expected and type(result) is type(expected)
