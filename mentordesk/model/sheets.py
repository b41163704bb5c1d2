"""Reading a roster file (Excel, OpenDocument or CSV) into plain rows of cell values.

The first layer of the roster import: it knows file formats, not rosters. A file it cannot
read becomes one :class:`RosterFileProblem` sentence naming the file and what to do.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import FileProblem
from .i18n import tr

Cell = str | int | float | bool | dt.date | dt.datetime | None

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE file holding this stream; its name is stored in UTF-16.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DELIMITERS = (",", ";", "\t")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_LINES = 100
# Cells a formula could not compute; calamine already reads them as empty, openpyxl as text.
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


class RosterFileProblem(FileProblem):
    """A roster file cannot be read as it is; ``str(error)`` says why and what to do."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: rows padded to one width, trailing empty rows and columns trimmed."""

    name: str
    rows: list[list[Cell]]
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Workbook:
    """Every sheet of a roster file, with how a CSV file was decoded."""

    path: Path
    kind: str
    sheets: tuple[Sheet, ...]
    encoding: str | None = None
    delimiter: str | None = None

    def visible(self) -> tuple[Sheet, ...]:
        """The sheets the import offers (hidden and veryHidden ones left out)."""
        return tuple(sheet for sheet in self.sheets if not sheet.hidden)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused for a heavy phase of an import, then restored.

    Reading rows, the preview and the writes make hundreds of thousands of small containers
    that all live until the import ends, and the collector, set off by their number, scans the
    growing heap again and again for cycles that are not there (0.35 s of a 50,000-row
    preview). Whatever the phase drops is still freed at once, by reference counting. A no-op
    where the collector is already off; used as a decorator by ``read_workbook``,
    ``read_candidates``, ``preview`` and ``apply``, so nested phases pause it once.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@paused_gc()
def read_workbook(path: str | Path, *, max_rows: int | None = None) -> Workbook:
    """Read every sheet of ``path`` (at most ``max_rows`` rows each), or raise RosterFileProblem."""
    if max_rows is not None and max_rows < 1:
        raise ValueError("max_rows must be at least 1")
    path = Path(path)
    head = _read_head(path)
    if head.startswith((_ZIP, _OLE)):
        kind = _zip_kind(path) if head.startswith(_ZIP) else "xls"
        sheets, complete = _read_spreadsheet(path, kind, max_rows)
        book = Workbook(path, kind, sheets)
    else:
        rows, encoding, delimiter, complete = _parse_text(path.read_bytes(), path, max_rows)
        book = Workbook(path, "csv", (Sheet(path.stem, rows),), encoding, delimiter)
    # With max_rows a sheet whose data starts further down looks empty: refuse only when sure.
    if complete and not any(sheet.rows for sheet in book.visible()):
        if any(sheet.rows for sheet in book.sheets):
            raise _problem(
                path,
                tr(
                    "“{name}” has no rows to import: the only sheets with data are hidden; in "
                    "Excel right-click a sheet tab, choose Unhide, and save the file again."
                ),
            )
        raise _problem(
            path,
            tr(
                "“{name}” has no rows to import; check that you chose the right file and that "
                "the roster was saved in it."
            ),
        )
    return book


def read_csv_text(
    text_bytes: bytes, name: str = "roster", *, max_rows: int | None = None
) -> tuple[list[list[Cell]], str, str]:
    """Decode and split the bytes of a CSV file: (rows, encoding, delimiter)."""
    return _parse_text(text_bytes, Path(name), max_rows)[:3]


def _problem(path: Path, message: str, **fields: str) -> RosterFileProblem:
    return RosterFileProblem(message.format(name=path.name, **fields), str(path))


def _read_head(path: Path) -> bytes:
    """The first bytes of ``path``, after refusing a missing, unreadable or empty file."""
    try:
        if path.is_dir():
            raise _problem(path, tr("“{name}” is a folder; choose the Excel or CSV file in it."))
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        message = tr(
            "There is no file “{name}” in {folder}; it may have been moved: choose it again."
        )
        raise _problem(path, message, folder=str(path.parent)) from None
    except OSError as exc:
        message = tr(
            "MentorDesk cannot read “{name}” ({reason}); copy it to your Documents folder and "
            "import the copy."
        )
        raise _problem(path, message, reason=str(exc.strerror or exc)) from None
    if not head:
        raise _problem(
            path, tr("“{name}” is empty (0 bytes); export the roster again and import that file.")
        )
    return head


def _not_a_spreadsheet(path: Path, what: str) -> RosterFileProblem:
    message = tr(
        "“{name}” is {what}, not an Excel workbook or a CSV file; open the roster in the "
        "program that made it and save it as an Excel workbook (.xlsx) or as CSV."
    )
    return _problem(path, message, what=what)


def _damaged(path: Path) -> RosterFileProblem:
    message = tr(
        "“{name}” is damaged or not a complete workbook; open it in Excel and save it again."
    )
    return _problem(path, message)


def _password(path: Path) -> RosterFileProblem:
    message = tr(
        "“{name}” is protected with a password; open it in Excel, remove the password "
        "(File ▸ Info ▸ Protect Workbook) and save a copy."
    )
    return _problem(path, message)


def _zip_kind(path: Path) -> str:
    """Tell an Excel or OpenDocument workbook from other zip files by what it holds."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mime = archive.read("mimetype") if "mimetype" in names else b""
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except Exception:  # zipfile raises many types (BadZipFile, EOFError, zlib.error…) on a cut file
        raise _damaged(path) from None
    if b"opendocument.spreadsheet" in mime:
        return "ods"
    if b"sheet.binary" in types:
        return "xlsb"
    if b"ms-excel.sheet.macroEnabled" in types:
        return "xlsm"
    if b"spreadsheetml" in types or any(name.startswith("xl/") for name in names):
        return "xlsx"
    raise _not_a_spreadsheet(path, tr("a zip archive or another kind of document"))


def _read_spreadsheet(
    path: Path, kind: str, max_rows: int | None
) -> tuple[tuple[Sheet, ...], bool]:
    """(sheets, whether every sheet was read to its end) with calamine, else openpyxl."""
    from python_calamine import (
        CalamineWorkbook,
        PasswordError,
        SheetTypeEnum,
        SheetVisibleEnum,
    )

    sheets: list[Sheet] = []
    complete = True
    try:
        # from_path trusts a known suffix; a renamed file is read by content instead.
        if path.suffix.lower() == f".{kind}":
            book = CalamineWorkbook.from_path(path)
        else:
            book = CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        with book:
            if not book.sheets_metadata:  # calamine passes over a lost workbook part in silence
                raise ValueError("no sheets")
            for meta in book.sheets_metadata:
                if meta.typ != SheetTypeEnum.WorkSheet:
                    continue  # chart, macro and dialog sheets hold no cells
                raw = book.get_sheet_by_name(meta.name).to_python(
                    skip_empty_area=False, nrows=max_rows
                )
                complete = complete and (max_rows is None or len(raw) < max_rows)
                hidden = meta.visible != SheetVisibleEnum.Visible
                sheets.append(Sheet(meta.name, _tidy(raw), hidden))
        return tuple(sheets), complete
    except PasswordError:
        raise _password(path) from None
    except Exception:  # calamine's errors, and OSError/ValueError from odd input: try openpyxl
        pass
    except BaseException as exc:  # a Rust panic on a damaged file arrives as pyo3's PanicException
        if type(exc).__name__ != "PanicException":
            raise  # pragma: no cover (Ctrl+C or exit during a read; only a fake calamine could)
    if kind == "xls":
        if path.suffix.lower() in (".xlsx", ".xlsm") or _ENCRYPTED_PACKAGE in path.read_bytes():
            raise _password(path)
        raise _damaged(path)
    if kind in ("xlsx", "xlsm"):
        try:
            return _read_openpyxl(path, max_rows)
        except Exception:  # openpyxl raises KeyError, XML and zip errors alike on a bad file
            pass
    raise _damaged(path)


def _read_openpyxl(path: Path, max_rows: int | None) -> tuple[tuple[Sheet, ...], bool]:
    """Sheets of an .xlsx that calamine refused (say, parts stored under unusual names)."""
    import warnings

    from openpyxl import load_workbook

    sheets: list[Sheet] = []
    complete = True
    with warnings.catch_warnings():
        # Warnings about styles or extensions say nothing about the values we read.
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            for ws in book.worksheets:
                ws.reset_dimensions()  # a stale <dimension> would cut columns and rows off
                raw = [
                    [None if v in _EXCEL_ERRORS else v for v in row]
                    for row in ws.iter_rows(max_row=max_rows, values_only=True)
                ]
                complete = complete and (max_rows is None or len(raw) < max_rows)
                sheets.append(Sheet(ws.title, _tidy(raw), ws.sheet_state != "visible"))
        finally:
            book.close()
    return tuple(sheets), complete


def _cell(value: object) -> Cell:
    """One value as the later layers expect it."""
    # Text and numbers first: this runs once per cell and they are nearly every cell.
    if isinstance(value, str):
        text = value.strip()
        return (text.replace("\r\n", "\n") if "\r" in text else text) or None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, dt.datetime):
        # Excel has no date type: a date is a datetime at midnight.
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time):
        return _clock(value.hour * 3600 + value.minute * 60 + value.second)
    if isinstance(value, dt.timedelta):
        return _clock(round(value.total_seconds()))
    return str(value)


def _clock(seconds: int) -> str:
    """A time of day or a duration as text ("09:30"), which Cell can hold."""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")
    return "-" + text if seconds < 0 else text


def _tidy(raw: Iterable[Sequence[object]]) -> list[list[Cell]]:
    """Normalise cells, trim trailing empty rows and columns, pad rows to one width."""
    cell = _cell
    # Text without a carriage return is nearly every cell: handled here without a call.
    rows = [
        [(v.strip() or None) if type(v) is str and "\r" not in v else cell(v) for v in row]
        for row in raw
    ]
    while rows and all(value is None for value in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for index in range(len(row) - 1, width - 1, -1):
            if row[index] is not None:
                width = index + 1
                break
    return [row if len(row) == width else row[:width] + [None] * (width - len(row)) for row in rows]


def _parse_text(
    data: bytes, path: Path, max_rows: int | None
) -> tuple[list[list[Cell]], str, str, bool]:
    """(rows, encoding, delimiter, whether the whole text was read)."""
    text, encoding = _decode(data, path)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw: list[list[str]] = []
    try:
        for row in reader:
            raw.append(row)
            if max_rows is not None and len(raw) >= max_rows:
                break
    except csv.Error as exc:
        message = tr(
            "“{name}” cannot be read as CSV near line {line} ({detail}); open it in a text "
            "editor, close the quotation mark left open and save it again."
        )
        raise _problem(path, message, line=str(reader.line_num), detail=str(exc)) from None
    return _tidy(raw), encoding, delimiter, max_rows is None or len(raw) < max_rows


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """Text and encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows."""
    if data.startswith(b"%PDF"):
        raise _not_a_spreadsheet(path, tr("a PDF document"))
    if not data.startswith(_UTF16_BOMS) and b"\x00" in data[:4096]:
        raise _not_a_spreadsheet(path, tr("a picture or another binary file"))
    for encoding in _encodings(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text[:1024].lstrip().lower().startswith(("<html", "<!doctype html", "<?xml", "<table")):
            raise _not_a_spreadsheet(path, tr("a web page or an XML file"))
        return text, encoding
    raise _not_a_spreadsheet(path, tr("a binary file"))


def _encodings(data: bytes) -> Iterator[str]:
    """Encodings to try in turn, the likeliest first."""
    if data.startswith(_UTF16_BOMS):
        yield "utf-16"  # Excel's “Unicode Text”, the one text export that keeps every letter
        return
    yield "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    # Excel saves CSV in the Windows code page: 1251 in Bulgaria, 1252 in Italy. Both put
    # letters at 0xC0-0xFF; Cyrillic words are runs of them, Italian accents stand alone
    # between ASCII letters ("Perché", "Città").
    sample = data[:_SAMPLE_CHARS]
    letters = len(re.findall(rb"[\xc0-\xff]", sample))
    in_runs = sum(len(run) for run in re.findall(rb"[\xc0-\xff]{2,}", sample))
    yield from ("cp1251", "cp1252") if in_runs * 2 > letters else ("cp1252", "cp1251")


def _delimiter(text: str) -> str:
    """The delimiter giving the most consistent column count > 1, else csv.Sniffer's guess."""
    sample = "\n".join(text[:_SAMPLE_CHARS].splitlines()[:_SAMPLE_LINES])
    scores = {delimiter: _consistency(sample, delimiter) for delimiter in _DELIMITERS}
    # On a tie the character rarer in prose wins (max keeps the first): csv.Sniffer prefers
    # the comma and so splits "Rome, Italy" in a tab file or "3,5" in an Italian one.
    best = max(("\t", ";", ","), key=lambda delimiter: scores[delimiter])
    if scores[best][1]:
        return best
    try:  # no consistent split: the Sniffer may still spot "a";"b" quoting in ragged rows
        return csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with the usual width, that width), or (0, 0) if not a column split."""
    # The sample is shorter than csv's field size limit, so the reader cannot fail here.
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths = Counter(len(row) for row in reader if any(cell.strip() for cell in row))
    if not widths:
        return 0.0, 0
    width, count = widths.most_common(1)[0]
    share = count / sum(widths.values())
    return (share, width) if width > 1 and share >= 0.8 else (0.0, 0)
