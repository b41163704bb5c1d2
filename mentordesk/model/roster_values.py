"""Turning what people typed into a survey into participant values.

Multi-select answers ("Skill: Public Speaking;Skill: Managing Up;"), numbers stored as text,
capacities written in words ("One mentee only, please!"), dates in day-first text.
"""

from __future__ import annotations

import datetime as dt
import re

from .roster_fields import fold

Cell = str | int | float | bool | dt.date | dt.datetime | None

_STRONG = re.compile(r"[;\n\r]+")
_ANY = re.compile(r"[;,/|\n\r]+")
# "Skill: Public Speaking" — a short label and a colon before each answer of a multi-select.
_PREFIX = re.compile(r"^[^:;,\n]{1,24}:\s+")

_NUMBER_WORDS = {
    "none": 0,
    "zero": 0,
    "nessuno": 0,
    "nessuna": 0,
    "nula": 0,
    "нула": 0,
    "няма": 0,
    "one": 1,
    "a": 1,
    "single": 1,
    "uno": 1,
    "una": 1,
    "un": 1,
    "един": 1,
    "една": 1,
    "two": 2,
    "couple": 2,
    "due": 2,
    "два": 2,
    "две": 2,
    "three": 3,
    "tre": 3,
    "три": 3,
    "four": 4,
    "quattro": 4,
    "четири": 4,
    "five": 5,
    "cinque": 5,
    "пет": 5,
    "six": 6,
    "sei": 6,
    "шест": 6,
}


def text_of(cell: Cell) -> str:
    """A cell as the text a person sees (whole numbers without ".0", dates as ISO)."""
    if type(cell) is str:  # by far the most common: a fast path
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


def split_list(cell: Cell, *, own: bool = False) -> tuple[str, ...]:
    """A multi-select answer as its items: split on ";", ",", "/", "|" and line breaks,
    trimmed, empty and repeated items left out, a label before every item ("Skill: Public
    Speaking;Skill: …") dropped. ``own``: a list written by MentorDesk's export, split on ";"
    only and kept whole, so "UI/UX design" comes back as it went out."""
    text = text_of(cell)
    items = [item.strip() for item in (_STRONG if own else _ANY).split(text)]
    items = [item for item in items if item]
    if not own and items and all(":" in item for item in items):
        items = [_PREFIX.sub("", item).strip() for item in items]
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            result.append(item)
    return tuple(result)


def parse_count(cell: Cell) -> int | None:
    """A whole number from a cell: 2, 2.0, "2", "up to 3", "One mentee only, please!"."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else None
    text = text_of(cell)
    digits = re.search(r"-?\d+(?:[.,]0+)?(?!\d)", text)
    if digits:
        return int(float(digits.group().replace(",", ".")))
    for word in fold(text).split():
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    return None


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DMY = re.compile(
    r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:\.?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def parse_datetime(cell: Cell) -> dt.datetime | None:
    """A date and time from a cell or text; day-first when a text date is ambiguous
    (01/03/2025 is the 1st of March, as Italians and Bulgarians write it)."""
    if type(cell) is str and len(cell) == 19 and cell[4] == cell[7] == "-" and cell[13] == ":":
        # The usual "2026-03-15 10:23:00": the C parser is 10x faster than the patterns below
        # and gives the same moment; what it refuses (a time zone, non-ASCII digits, another
        # separator, an impossible date) goes on to the patterns.
        try:
            moment = dt.datetime.fromisoformat(cell)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None and cell[10] in " T" and cell[16] == ":":
                return moment
    if isinstance(cell, dt.datetime):
        return cell
    if isinstance(cell, dt.date):
        return dt.datetime(cell.year, cell.month, cell.day)
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    try:
        if m := _ISO.match(text):
            y, mo, d, h, mi, s = m.groups()
            return dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        if m := _DMY.match(text):
            a, b, y, h, mi, s = m.groups()
            day, month = int(a), int(b)
            if month > 12 >= day:  # 3/25/2025 can only be month-first
                day, month = month, day
            year = int(y) + (2000 if len(y) == 2 else 0)
            return dt.datetime(year, month, day, int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        return None
    return None


def parse_date(cell: Cell) -> dt.date | None:
    moment = parse_datetime(cell)
    return moment.date() if moment else None


def split_full_name(text: str) -> tuple[str, str]:
    """ "Anna Maria Rossi" -> ("Anna Maria", "Rossi"); "Rossi, Anna" -> ("Anna", "Rossi")."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return (first, last) if first else ("", last)
