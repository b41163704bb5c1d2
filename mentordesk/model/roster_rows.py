"""Reading a roster's rows: each non-empty data row of the included sheets as a candidate
participant, with the problems of its cells placed where the coordinator can find them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import methodcaller, ne
from typing import Any

from .domain import Participant, ParticipantStatus, Role
from .i18n import tr
from .roster_columns import (
    CAPACITY,
    CONSENT,
    FULL_NAME,
    LIST,
    NOTES,
    ROLE,
    STATUS,
    TEXT,
    YES,
    ColumnReader,
    status_of,
)
from .roster_fields import fold, guess_role_value
from .roster_plan import ImportPlan, SheetPlan
from .roster_values import (
    Cell,
    parse_count,
    parse_date,
    parse_datetime,
    split_full_name,
    split_list,
    text_of,
)
from .roster_vocabulary import Target
from .sheets import Workbook
from .sheets import paused_gc as paused_gc  # re-exported: the importers pause it too
from .validation import participant_problems

Progress = Callable[[int, int], None]
_count_none = methodcaller("count", None)

_LISTS = frozenset(
    {
        Target.SKILLS_OFFERED,
        Target.SKILLS_WANTED,
        Target.INTERESTS,
        Target.LANGUAGES,
        Target.AVAILABILITY,
    }
)
_TEXTS = frozenset(
    {Target.DEPARTMENT, Target.CAREER_LEVEL, Target.LOCATION, Target.BIO, Target.PRIVATE_NOTES}
)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one cell (or one row), said so the coordinator can find it."""

    sheet: str
    row: int  # as Excel numbers it
    column: str  # as Excel letters it, "" for the whole row
    message: str
    field: str = ""  # the participant field it is about, "" for the whole row

    def __str__(self) -> str:
        where = tr("sheet “{sheet}”, row {row}").format(sheet=self.sheet, row=self.row)
        return f"{where}, {self.short()}" if self.column else f"{where}: {self.message}"

    def short(self) -> str:
        """The problem without its row, for where the row is already shown."""
        if self.column:
            return tr("column {column}: {message}").format(column=self.column, message=self.message)
        return self.message


@dataclass(slots=True)
class Candidate:
    """One row of the roster as it would be stored."""

    sheet: str
    row: int
    participant: Participant
    given: frozenset[str]  # participant fields the row has a value for
    timestamp: dt.datetime | None = None
    problems: list[Problem] = field(default_factory=list)
    order: int = 0


def column_letter(index: int) -> str:
    """0 -> "A", 26 -> "AA", as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@paused_gc()
def read_candidates(
    workbook: Workbook,
    plan: ImportPlan,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> list[Candidate]:
    """Every non-empty data row of the included sheets, with its problems;
    ``progress(done, total)`` every 1,000 rows."""
    now = now or dt.datetime.now()
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
        reader = _SheetReader(sheet.name, sp, plan, now)
        timestamps = sp.indexes(Target.TIMESTAMP)
        stamp = timestamps[0] if timestamps else None
        data = sheet.rows[sp.header_row + 1 :]
        start = 0
        while start < len(data):
            # A block of rows up to the next thousandth, reported before it as row by row.
            if progress and (done + 1) % 1000 == 0:
                progress(done + 1, total)
            block = data[start : start + 1000 - (done + 1) % 1000]
            first = sp.header_row + start + 2
            numbers: Sequence[int] = range(first, first + len(block))
            start += len(block)
            done += len(block)
            # The reader turns blank cells into None: blank rows are left out.
            filled = list(map(ne, map(_count_none, block), map(len, block)))
            if not all(filled):
                numbers = list(compress(numbers, filled))
                block = list(compress(block, filled))
            if block:
                result += reader.candidates(numbers, block, stamp, len(result))
    return result


_KINDS: dict[Target, int] = {
    **dict.fromkeys(
        (Target.FIRST_NAME, Target.LAST_NAME, Target.EMAIL, *_TEXTS - {Target.PRIVATE_NOTES}),
        TEXT,
    ),
    Target.PRIVATE_NOTES: NOTES,
    **dict.fromkeys(_LISTS, LIST),
    Target.FULL_NAME: FULL_NAME,
    Target.ROLE: ROLE,
    Target.CAPACITY: CAPACITY,
    Target.STATUS: STATUS,
    Target.CONSENT_DATE: CONSENT,
}


class _SheetReader:
    """The rows of one sheet as candidates. Survey answers repeat (a few roles, skills and
    capacities over thousands of rows), so each distinct answer is worked out once."""

    def __init__(self, sheet: str, sp: SheetPlan, plan: ImportPlan, now: dt.datetime) -> None:
        self.sheet = sheet
        self.sp = sp
        self.plan = plan
        self.now = now
        mapped = [(c.index, c.target, column_letter(c.index)) for c in sp.columns if c.target]
        columns = [
            (index, _KINDS[target], target.value, letter)
            for index, target, letter in mapped
            if target in _KINDS
        ]
        self.width = 1 + max((c[0] for c in columns), default=-1)
        # Text and multi-select columns each set only their own field, so they go first, in
        # loops of their own (most columns are these); but a full-name column sets the first
        # and last names too, so with one the text columns keep their place among the others.
        apart = all(kind != FULL_NAME for _i, kind, _n, _l in columns)
        self.texts = [(i, name) for i, kind, name, _l in columns if apart and kind == TEXT]
        self.multi = [(i, name) for i, kind, name, _l in columns if kind == LIST]
        self.others = [c for c in columns if c[1] != LIST and not (apart and c[1] == TEXT)]
        # field -> column letter, to place problems (a missing name at the empty name cell)
        self.where: dict[str, str] = {}
        for _index, target, letter in mapped:
            if target is Target.FULL_NAME:
                self.where.setdefault("first_name", letter)
                self.where.setdefault("last_name", letter)
            self.where.setdefault(target.value, letter)
        self.lists: dict[str, tuple[str, ...]] = {}
        self.roles: dict[str, Role | None] = {}
        self.counts: dict[str, int | None] = {}
        self.statuses: dict[str, ParticipantStatus | None] = {}
        # Rows with the same fields given share one set (memory: 10,000 rows, 10,000 sets).
        self.givens: dict[tuple[object, ...], frozenset[str]] = {}
        self.columns = ColumnReader(sp, plan, now, [(i, kind, n) for i, kind, n, _l in columns])

    def candidates(
        self, numbers: Sequence[int], rows: Sequence[Sequence[Cell]], stamp: int | None, order: int
    ) -> list[Candidate]:
        """Non-blank rows (with their numbers) as candidates, ordered from ``order`` on: most
        a column at a time, those with a problem (and any the columns cannot do) one by one."""
        if stamp is None:
            moments: list[dt.datetime | None] = [None] * len(rows)
        else:
            moments = [parse_datetime(r[stamp]) if stamp < len(r) else None for r in rows]
        good, people, givens = self.columns.read(rows, moments)
        orders = range(order, order + len(rows))
        if all(good):
            fresh: list[list[Problem]] = [[] for _row in rows]  # each its own list
            sheet = repeat(self.sheet)
            return list(map(Candidate, sheet, numbers, people, givens, moments, fresh, orders))
        read = iter(zip(people, givens, strict=True))
        result = []
        for number, row, moment, ok, place in zip(
            numbers, rows, moments, good, orders, strict=True
        ):
            if ok:
                person, given = next(read)
                result.append(Candidate(self.sheet, number, person, given, moment, [], place))
            else:
                candidate = self.candidate(number, row, moment)
                candidate.order = place
                result.append(candidate)
        return result

    def candidate(
        self, number: int, row: Sequence[Cell], timestamp: dt.datetime | None
    ) -> Candidate:
        sheet, sp = self.sheet, self.sp
        if len(row) < self.width:  # a short row (a sheet built in code): the rest is empty
            row = [*row, *[None] * (self.width - len(row))]
        values: dict[str, Any] = {}
        for index, name in self.texts:
            cell = row[index]
            if cell is not None:
                text = cell.strip() if type(cell) is str else text_of(cell)
                if text:
                    values[name] = text
        lists = self.lists
        for index, name in self.multi:
            cell = row[index]
            if cell is not None:
                text = cell.strip() if type(cell) is str else text_of(cell)
                if text:
                    items = lists.get(text)
                    if items is None:
                        items = lists[text] = split_list(cell, own=sp.own_export)
                    values[name] = values[name] + items if name in values else items
        role_given = False
        problems: list[Problem] = []
        role = sp.role
        for index, kind, name, letter in self.others:
            cell = row[index]
            if cell is None:
                continue
            text = cell.strip() if type(cell) is str else text_of(cell)
            if not text:
                continue
            message = None
            if kind == TEXT:
                values[name] = text
            elif kind == FULL_NAME:
                values["first_name"], values["last_name"] = split_full_name(text)
            elif kind == ROLE:
                if text in self.roles:
                    answer = self.roles[text]
                else:
                    answer = self.roles[text] = (
                        sp.role_values[text]
                        if text in sp.role_values
                        else guess_role_value(text, sp.role)
                    )
                if answer is None and sp.role is None:
                    message = tr(
                        "“{answer}” is not a role; say which role it means in the wizard "
                        "(mentor, mentee or both)."
                    ).format(answer=text)
                role = answer or sp.role
                role_given = True
            elif kind == CAPACITY:
                count = self.plan.capacity_values.get(text)
                if count is None:
                    count = self._count(cell, text)
                if count is None or count < 0:
                    message = tr("“{answer}” is not a number of mentees.").format(answer=text)
                else:
                    values[name] = count
            elif kind == STATUS:
                if text in self.statuses:
                    status = self.statuses[text]
                else:
                    status = self.statuses[text] = status_of(text)
                if status is None:
                    message = tr(
                        "“{answer}” is not a status (applicant, active or withdrawn)."
                    ).format(answer=text)
                else:
                    values[name] = status
            elif kind == CONSENT:
                consent = parse_date(cell)
                if consent is None and fold(text) in YES:  # a ticked box: given on submitting
                    consent = (timestamp or self.now).date()
                if consent is not None:
                    values[name] = consent
            else:  # NOTES
                values[name] = values[name] + "\n" + text if name in values else text
            if message:
                problems.append(Problem(sheet, number, letter, message, name))
        if role is None:
            problems.append(
                Problem(
                    sheet,
                    number,
                    "",
                    tr(
                        "The role is unknown: choose the role of sheet “{sheet}” in the wizard "
                        "(or --role on the command line)."
                    ).format(sheet=sheet),
                )
            )
            role = Role.MENTEE
        values["role"] = role
        # A role that only the sheet's name gives does not overwrite a program's "both".
        shape = (role_given, *values)
        given = self.givens.get(shape)
        if given is None:
            keys = set(values) | {"first_name", "last_name"}
            if not role_given:
                keys.discard("role")
            given = self.givens[shape] = frozenset(keys)
        if role is not Role.MENTEE and "capacity" not in values:
            values["capacity"] = 1  # a mentor who did not say takes one mentee (kept on update)
        if "first_name" not in values:
            values["first_name"] = ""
        if "last_name" not in values:
            values["last_name"] = ""
        person = Participant(**values)
        for field_name, message in participant_problems(person, _never_taken).items():
            problems.append(
                Problem(sheet, number, self.where.get(field_name, ""), message, field_name)
            )
        return Candidate(sheet, number, person, given, timestamp, problems)

    def _count(self, cell: Cell, text: str) -> int | None:
        if type(cell) is not str:  # 2.5 is no count, "2.5" is read as 2: only text is shared
            return parse_count(cell)
        if text not in self.counts:
            self.counts[text] = parse_count(cell)
        return self.counts[text]


def _never_taken(_email: str, _exclude: int | None) -> bool:
    return False
