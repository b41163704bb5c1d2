"""Writing sheets of values to one .xlsx, with XlsxWriter; and the rules for text in a cell.

XlsxWriter (pure Python, like openpyxl) writes the 10,000-participant export in about 55 % of
openpyxl's write-only time on our 2-core machine (benchmarks/README.md, "Export"). It is
imported inside :func:`write_workbook`, so the main window opens without it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

# OWASP's CSV-injection list: text starting with these runs as a formula once the cell is
# typed in again (or the sheet goes through CSV). Such text, and text a spreadsheet would
# read as an error value, is written as text marked as such.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# Control characters XML 1.0 cannot hold (openpyxl refuses them); no spreadsheet keeps them.
_CONTROL = r"[\000-\010\013\014\016-\037]"
_ILLEGAL = re.compile(_CONTROL)
_SPECIAL = re.compile(r"^[=+\-@\t\r]|" + _CONTROL)  # text that needs a closer look
_MAX_CELL = 32767  # characters in one cell, Excel's limit
_MAX_TITLE = 31  # characters in a sheet name: Excel refuses a longer one
_WIDTH_SAMPLE = 300  # rows looked at to size the columns
_PROGRESS_EVERY = 500
_HEADER = {"bold": True, "bg_color": "#DCE6F1", "pattern": 1, "bottom": 1, "valign": "vcenter"}
_DATE = "yyyy-mm-dd"


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet to write: its name, the header row, and the rows of plain values
    (text, numbers, dates, None for an empty cell)."""

    title: str
    headers: list[str]
    rows: list[list[Any]]


def write_workbook(
    stream: IO[bytes], title: str, sheets: tuple[Sheet, ...], advance: Callable[[int], None]
) -> None:
    """Write ``sheets`` as one .xlsx to ``stream``, calling ``advance(rows)`` as rows go in.

    Each sheet gets a styled, frozen header row, an autofilter and column widths; text is
    always written as text, dates as dates with a date format.
    """
    import xlsxwriter

    options = {
        # Text stays text: never a formula, never a link (write_string is explicit anyway).
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        # The parts are built in memory, no temporary files to clean up after a cancel.
        # (constant_memory was twice as slow here: it writes each string inline, escaping it
        # cell by cell, where shared strings write the many repeated values once.)
        "in_memory": True,
    }
    # The zip goes to a buffer, copied to ``stream`` once complete: XlsxWriter leaves its
    # ZipFile open when writing fails, and its __del__ would later write into our closed
    # temporary file. The buffer holds the compressed workbook (about 1 MB per 10,000 people).
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, options)
    wb.set_properties({"title": title})
    formats = _Formats(wb)
    for sheet in sheets:
        _write_sheet(wb.add_worksheet(sheet.title[:_MAX_TITLE]), sheet, formats, advance)
    wb.close()
    stream.write(buffer.getbuffer())


class _Formats:
    def __init__(self, wb: Any) -> None:
        self.header = wb.add_format(_HEADER)
        self.header_text = wb.add_format({**_HEADER, "quote_prefix": True})
        # quote_prefix keeps formula-like text as text in Excel and LibreOffice when the
        # cell is edited, with no apostrophe shown.
        self.text = wb.add_format({"quote_prefix": True})
        self.date = wb.add_format({"num_format": _DATE})


def _write_sheet(ws: Any, sheet: Sheet, formats: _Formats, advance: Callable[[int], None]) -> None:
    ws.freeze_panes(1, 0)
    for col, width in enumerate(_widths(sheet)):
        ws.set_column(col, col, width)
    ws.autofilter(0, 0, len(sheet.rows), len(sheet.headers) - 1)
    for col, header in enumerate(sheet.headers):
        header = clean_text(header)
        style = formats.header_text if looks_like_formula(header) else formats.header
        ws.write_string(0, col, header, style)

    write_string, write_datetime, write = ws.write_string, ws.write_datetime, ws.write
    text, date = formats.text, formats.date
    for row, values in enumerate(sheet.rows, 1):
        for col, value in enumerate(values):
            if isinstance(value, str):
                # One search for the common case, plain text (most cells of a large export).
                if _SPECIAL.search(value) or value in _ERROR_CODES or len(value) > _MAX_CELL:
                    value = clean_text(value)
                    if looks_like_formula(value):
                        write_string(row, col, value, text)
                        continue
                if value:  # an empty cell, not an empty string
                    write_string(row, col, value)
            elif value is None:
                continue
            elif isinstance(value, dt.date):
                write_datetime(row, col, value, date)
            else:  # numbers and booleans
                write(row, col, value)
        if row % _PROGRESS_EVERY == 0:
            advance(_PROGRESS_EVERY)
    advance(len(sheet.rows) % _PROGRESS_EVERY)


def _widths(sheet: Sheet) -> list[float]:
    """Characters wide: the header or the longest value of the first rows, within 8 to 60."""
    widths = [len(h) for h in sheet.headers]
    for row in sheet.rows[:_WIDTH_SAMPLE]:
        for n, value in enumerate(row):
            size = 10 if isinstance(value, dt.date) else len(str(value or ""))
            widths[n] = max(widths[n], size)
    return [float(min(max(w + 2, 8), 60)) for w in widths]


# -- text in a cell ----------------------------------------------------------------------


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold, cut to Excel's limit."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text[:_MAX_CELL]


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet would run as a formula (or read as an error value)."""
    return text.startswith(_FORMULA_STARTS) or text in _ERROR_CODES
