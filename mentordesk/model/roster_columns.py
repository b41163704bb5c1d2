"""Reading a block of roster rows a column at a time: the fast path of the row reader.

A survey export repeats a few answers (roles, skill lists, capacities) over thousands of rows,
and most rows are fine. Worked out column by column, each distinct answer is turned into a
value once and the per-row work is a few list operations in C; every row with anything to
report, and every sheet shaped unusually, is left to the row-by-row reader in ``roster_rows``,
which stays the reference: for the rows this module builds, it builds the same participant
with the same fields given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import and_, itemgetter
from typing import Any

from .domain import Participant, ParticipantStatus, Role
from .roster_fields import fold, guess_role_value
from .roster_plan import ImportPlan, SheetPlan
from .roster_values import Cell, parse_count, parse_date, split_full_name, split_list, text_of
from .validation import is_valid_email

# What a column does with its text, by target (the timestamp column only orders the rows).
TEXT, NOTES, LIST, FULL_NAME, ROLE, CAPACITY, STATUS, CONSENT = range(8)

STATUS_WORDS = {
    ParticipantStatus.ACTIVE: ("active", "attivo", "attiva", "активен", "активна"),
    ParticipantStatus.WITHDRAWN: (
        "withdrawn",
        "ritirato",
        "ritirata",
        "оттеглен",
        "оттеглена",
        "оттеглил се",
        "оттеглила се",
    ),
    ParticipantStatus.APPLICANT: ("applicant", "candidato", "candidata", "кандидат"),
}
YES = ("yes", "si", "true", "agree", "accetto", "acconsento", "да", "съгласен", "съгласна")


def status_of(text: str) -> ParticipantStatus | None:
    """The status a cell names, in English, Italian or Bulgarian or as the interface calls it
    (an exported workbook's own words)."""
    folded = fold(text)
    for status, words in STATUS_WORDS.items():
        if folded in words or folded == fold(status.label):
            return status
    return None


class _Mark:
    """A cell with no value for its field, or one the row reader must explain."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name  # for a debugger


ABSENT = _Mark("ABSENT")  # empty: the field keeps its default and is not given
BAD = _Mark("BAD")  # the row has a problem here: the row reader says which
TICKED = _Mark("TICKED")  # a consent box ticked: dated by the row's timestamp, else now

#: Cell types whose values can key one cache: no two of them compare equal across types
#: (True == 1 == 1.0 would share an entry, and "yes" is not "1").
_MEMO_SAFE = frozenset({str, int, type(None)})
_TEXTS = frozenset({str, type(None)})
_NONE = type(None)
#: The fields of a participant in the order its constructor takes them, with their defaults.
_FIELDS = tuple((f.name, f.default) for f in dataclasses.fields(Participant) if f.name != "id")
_NAMES = frozenset({"first_name", "last_name"})


def _text(cell: Cell) -> str | None:
    """A cell's text as the row reader reads it; None when it is empty."""
    if type(cell) is str:
        return cell.strip() or None
    if cell is None:
        return None
    return text_of(cell) or None


class _Memo(dict[Any, object]):
    """One column's converter, remembered by cell."""

    def __init__(self, convert: Callable[[Cell], object]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, cell: Cell) -> object:
        value = self[cell] = self.convert(cell)
        return value


class ColumnReader:
    """The rows of one sheet as participants, a block of rows at a time; ``usable`` is False
    when the sheet's columns need the row reader (two columns for one field, say)."""

    def __init__(
        self,
        sp: SheetPlan,
        plan: ImportPlan,
        now: dt.datetime,
        columns: Sequence[tuple[int, int, str]],
    ) -> None:
        self.sp = sp
        self.plan = plan
        self.now = now
        self.columns = list(columns)
        sets: list[str] = []
        for _index, kind, name in self.columns:
            sets += ("first_name", "last_name") if kind == FULL_NAME else (name,)
        self.usable = len(sets) == len(set(sets)) and (
            sp.role is not None or any(kind == ROLE for _i, kind, _n in self.columns)
        )
        self.width = 1 + max((index for index, _k, _n in self.columns), default=-1)
        self.pick = itemgetter(*(index for index, _k, _n in self.columns)) if self.columns else None
        converters: dict[int, Callable[[Cell], object]] = {
            TEXT: self._plain,
            NOTES: self._plain,
            LIST: self._list,
            FULL_NAME: self._full_name,
            ROLE: self._role,
            CAPACITY: self._capacity,
            STATUS: self._status,
            CONSENT: self._consent,
        }
        self.converters = [converters[kind] for _index, kind, _name in self.columns]
        # Names and e-mails are different on each row: remembering them would only cost.
        self.memos = [
            None if kind in (TEXT, NOTES, FULL_NAME) else _Memo(converters[kind])
            for _index, kind, _name in self.columns
        ]
        self.givens: dict[frozenset[str], frozenset[str]] = {}

    # -- one cell ------------------------------------------------------------------------

    @staticmethod
    def _plain(cell: Cell) -> object:
        text = _text(cell)
        return ABSENT if text is None else text

    def _list(self, cell: Cell) -> object:
        return ABSENT if _text(cell) is None else split_list(cell, own=self.sp.own_export)

    @staticmethod
    def _full_name(cell: Cell) -> object:
        text = _text(cell)
        if text is None:
            return ABSENT
        first, last = split_full_name(text)
        return (first, last) if first.strip() and last.strip() else BAD

    def _role(self, cell: Cell) -> object:
        text = _text(cell)
        if text is None:
            return ABSENT
        sp = self.sp
        answer = sp.role_values[text] if text in sp.role_values else guess_role_value(text, sp.role)
        if answer is None and sp.role is None:
            return BAD
        return answer or sp.role

    def _capacity(self, cell: Cell) -> object:
        text = _text(cell)
        if text is None:
            return ABSENT
        count = self.plan.capacity_values.get(text)
        if count is None:
            count = parse_count(cell)
        return BAD if count is None or count < 0 else count

    @staticmethod
    def _status(cell: Cell) -> object:
        text = _text(cell)
        if text is None:
            return ABSENT
        status = status_of(text)
        return BAD if status is None else status

    @staticmethod
    def _consent(cell: Cell) -> object:
        text = _text(cell)
        if text is None:
            return ABSENT
        consent = parse_date(cell)
        if consent is None:
            return TICKED if fold(text) in YES else ABSENT
        return consent

    # -- a block of rows -----------------------------------------------------------------

    def read(
        self, rows: Sequence[Sequence[Cell]], moments: Sequence[dt.datetime | None]
    ) -> tuple[list[bool], list[Participant], list[frozenset[str]]]:
        """Which rows this reader has read (the others, short or with a problem to place at
        its cell, are the row reader's), and for those in order: each participant and the
        fields its row gives."""
        if not self.usable or self.pick is None:
            return [False] * len(rows), [], []
        long = [len(row) >= self.width for row in rows]
        if not all(long):
            rows = list(compress(rows, long))
            moments = list(compress(moments, long))
        n = len(rows)
        picked = list(map(self.pick, rows))
        if len(self.columns) == 1:  # itemgetter of one index gives the cell, not a tuple
            cells: list[Sequence[Any]] = [picked]
        else:
            cells = list(zip(*picked, strict=True)) if picked else [() for _c in self.columns]
        good = [True] * n
        fields: dict[str, list[Any]] = {}
        present: list[tuple[str, list[Any]]] = []  # fields some rows leave empty
        role_column: list[Any] | None = None
        for (_index, kind, name), convert, memo, column in zip(
            self.columns, self.converters, self.memos, cells, strict=True
        ):
            types = set(map(type, column))
            if memo is None and kind != FULL_NAME and types <= _TEXTS:
                # Names, e-mails, notes: the row reader's text, without a call per cell.
                if _NONE not in types:
                    values: list[Any] = list(map(str.strip, column))
                    if "" in values:
                        values = [v or ABSENT for v in values]
                else:
                    values = [ABSENT if c is None else (c.strip() or ABSENT) for c in column]
            elif memo is not None and types <= _MEMO_SAFE:
                values = list(map(memo.__getitem__, column))
            else:
                values = list(map(convert, column))
            if BAD in values:
                good = [ok and v is not BAD for ok, v in zip(good, values, strict=True)]
            if kind == ROLE:
                role_column = values
            elif kind == FULL_NAME:
                fields["first_name"] = [v if v is ABSENT or v is BAD else v[0] for v in values]
                fields["last_name"] = [v if v is ABSENT or v is BAD else v[1] for v in values]
            else:
                fields[name] = values
                present.append((name, values))
        # The role: the column's answer, else the sheet's; given only by the column.
        sheet_role = self.sp.role
        if role_column is None:
            roles: list[Any] = [sheet_role] * n
        else:
            roles = [sheet_role if v is ABSENT else v for v in role_column]
            present.append(("role", role_column))
        if sheet_role is None:
            good = [ok and role is not None for ok, role in zip(good, roles, strict=True)]
        # Names must be there; an e-mail, when there, must look like one.
        for name in ("first_name", "last_name"):
            names = fields.get(name)
            if names is None:
                return [False] * len(long), [], []
            if ABSENT in names:
                good = [ok and v is not ABSENT for ok, v in zip(good, names, strict=True)]
        emails = fields.get("email")
        if emails is not None:
            if ABSENT in emails:
                valid = [v is ABSENT or is_valid_email(v) for v in emails]
            else:
                valid = list(map(is_valid_email, emails))
            if not all(valid):
                good = list(map(and_, good, valid))
        if "consent_date" in fields:  # a ticked box: given on submitting (or now)
            fields["consent_date"] = [
                (when or self.now).date() if v is TICKED else v
                for v, when in zip(fields["consent_date"], moments, strict=True)
            ]
        # A mentor who did not say takes one mentee (kept on update).
        capacities = fields.get("capacity")
        if capacities is not None:
            fields["capacity"] = [
                (0 if role is Role.MENTEE else 1) if v is ABSENT else v
                for v, role in zip(capacities, roles, strict=True)
            ]
        else:
            fields["capacity"] = [0 if role is Role.MENTEE else 1 for role in roles]
        fields["role"] = roles
        people = self._participants(fields, good)
        givens = self._given(present, good)
        if len(good) < len(long):  # the short rows are the row reader's
            flags = iter(good)
            good = [next(flags) if is_long else False for is_long in long]
        return good, people, givens

    def _given(
        self, present: list[tuple[str, list[Any]]], good: list[bool]
    ) -> list[frozenset[str]]:
        """The fields each good row gives, one shared set per shape of row: the names always,
        a field when its cell is not empty, the role only when a role column says it."""
        always = {name for name, values in present if ABSENT not in values} | _NAMES
        sometimes = [(name, values) for name, values in present if name not in always]
        every = all(good)
        if not sometimes:
            return [self._shared(frozenset(always))] * (len(good) if every else sum(good))
        names = [name for name, _values in sometimes]
        flags = [[v is not ABSENT for v in values] for _name, values in sometimes]
        shapes = zip(*flags, strict=True)
        found: dict[tuple[bool, ...], frozenset[str]] = {}
        result = []
        for shape in shapes if every else compress(shapes, good):
            given = found.get(shape)
            if given is None:
                keys = {name for name, there in zip(names, shape, strict=True) if there}
                given = found[shape] = self._shared(frozenset(always | keys))
            result.append(given)
        return result

    def _shared(self, given: frozenset[str]) -> frozenset[str]:
        """One set for all rows giving the same fields (memory: 50,000 rows, a few sets)."""
        return self.givens.setdefault(given, given)

    @staticmethod
    def _participants(fields: dict[str, list[Any]], good: list[bool]) -> list[Participant]:
        """The participants of the good rows, built a column at a time."""
        every = all(good)
        count = len(good) if every else sum(good)
        arguments: list[Iterable[Any]] = []
        for name, default in _FIELDS:
            column = fields.get(name)
            if column is None:
                arguments.append(repeat(default, count))
                continue
            if ABSENT in column:
                column = [default if v is ABSENT else v for v in column]
            arguments.append(column if every else compress(column, good))
        return build_participants(arguments, count)


def build_participants(arguments: Sequence[Iterable[Any]], count: int) -> list[Participant]:
    """``count`` participants from one iterable of values per field (without ``id``), in the
    constructor's order."""
    people = list(map(Participant, *arguments))
    assert len(people) == count
    return people
