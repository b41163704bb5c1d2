"""An import plan: what each sheet and column of a roster means, guessed and then corrected
by the coordinator; it can be saved as a mapping and reused for the next export of the same form.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from .domain import Role
from .errors import FileProblem
from .i18n import tr
from .roster_fields import (
    find_header_row,
    fold,
    guess_role_from_columns,
    guess_role_value,
    guess_sheet_role,
    guess_target,
)
from .roster_values import Cell, parse_count, text_of
from .roster_vocabulary import SINGLE, Target
from .sheets import Sheet, Workbook


class OnExisting(StrEnum):
    """What to do with a row whose e-mail address is already in the program."""

    UPDATE = "update"
    SKIP = "skip"
    KEEP_BOTH = "keep_both"


@dataclass
class ColumnPlan:
    index: int
    header: str
    target: Target | None
    score: float = 0.0


@dataclass
class SheetPlan:
    name: str
    include: bool
    header_row: int  # index into Sheet.rows
    role: Role | None  # everyone's role, or None: from the role column
    columns: list[ColumnPlan]
    #: Answers in the role column -> role; None means "the sheet's role" (a "no" to "both?").
    role_values: dict[str, Role | None] = field(default_factory=dict)
    #: A Participants sheet exported by MentorDesk: lists are split on ";" only, kept whole.
    own_export: bool = False

    def indexes(self, target: Target) -> list[int]:
        return [c.index for c in self.columns if c.target is target]


@dataclass
class ImportPlan:
    sheets: list[SheetPlan]
    #: Free-text capacity answers ("One mentee only, please!") -> how many mentees.
    capacity_values: dict[str, int] = field(default_factory=dict)
    on_existing: OnExisting = OnExisting.UPDATE

    def sheet(self, name: str) -> SheetPlan:
        return next(s for s in self.sheets if s.name == name)


def guess_plan(workbook: Workbook, role: Role | None = None) -> ImportPlan:
    """The automatic guesses: header rows, sheet roles, columns, role and capacity answers.

    ``role``, when given, is everyone's role on every sheet (``--role`` on the command line).
    """
    plans = [guess_sheet(sheet, role) for sheet in workbook.visible()]
    if any(p.own_export for p in plans):
        # A MentorDesk export: only its Participants sheet holds people.
        for p in plans:
            p.include = p.include and p.own_export
    capacity: dict[str, int] = {}
    for plan, sheet in zip(plans, workbook.visible(), strict=True):
        for answer in _answers(sheet, plan, Target.CAPACITY):
            if not _plain_number(answer) and (n := parse_count(answer)) is not None:
                capacity[answer] = n
    return ImportPlan(plans, capacity)


def guess_sheet(sheet: Sheet, role: Role | None, header_row: int | None = None) -> SheetPlan:
    """Guesses for one sheet; ``header_row`` when the coordinator has chosen it."""
    if header_row is None:
        header_row = find_header_row(sheet.rows)
    if header_row is None or header_row >= len(sheet.rows):
        return SheetPlan(sheet.name, False, 0, role or guess_sheet_role(sheet.name), [])
    sheet_role = role or guess_sheet_role(sheet.name)
    columns = [
        ColumnPlan(i, text_of(cell), *guess_target(text_of(cell), sheet_role))
        for i, cell in enumerate(sheet.rows[header_row])
    ]
    data = sheet.rows[header_row + 1 :]
    _keep_best_of_each(columns, data)
    targets = [c.target for c in columns]
    if Target.FIRST_NAME in targets and Target.LAST_NAME in targets:
        for c in columns:
            if c.target is Target.FULL_NAME:
                c.target = None
    has_role_column = Target.ROLE in targets
    if sheet_role is None and not has_role_column:
        sheet_role = guess_role_from_columns(targets)
    plan = SheetPlan(sheet.name, False, header_row, sheet_role, columns)
    plan.own_export = _is_own_export(columns)
    plan.role_values = {
        answer: guess_role_value(answer, sheet_role)
        for answer in _answers(sheet, plan, Target.ROLE)
    }
    named = {Target.FIRST_NAME, Target.LAST_NAME} <= set(targets) or Target.FULL_NAME in targets
    plan.include = (named or Target.EMAIL in targets) and any(any(r) for r in data)
    return plan


def _is_own_export(columns: list[ColumnPlan]) -> bool:
    from .export import PARTICIPANT_COLUMNS

    headers = {fold(c.header) for c in columns}
    own = [h for _field, h in PARTICIPANT_COLUMNS]
    mine = {fold(h) for h in own} | {fold(tr(h)) for h in own}
    return sum(1 for h in headers if h in mine) >= len(own) - 2


def _keep_best_of_each(columns: list[ColumnPlan], data: Sequence[Sequence[Cell]]) -> None:
    """One column per single-valued field. Among e-mail and name columns the one whose values
    differ most wins: a Forms export's "Email" is the form owner's, the same on every row."""
    for target in SINGLE:
        rivals = [c for c in columns if c.target is target]
        if len(rivals) > 1:
            best = max(rivals, key=partial(_rank, target=target, data=data))
            for c in rivals:
                if c is not best:
                    c.target, c.score = None, 0.0


def _rank(c: ColumnPlan, target: Target, data: Sequence[Sequence[Cell]]) -> tuple[float, float]:
    if target not in _IDENTITY:
        return 0.0, c.score
    values = [v for r in data if c.index < len(r) and (v := text_of(r[c.index]).casefold())]
    return (len(set(values)) / len(values) if values else 0.0), c.score


_IDENTITY = frozenset({Target.EMAIL, Target.FIRST_NAME, Target.LAST_NAME, Target.FULL_NAME})


def free_text_capacities(workbook: Workbook, plan: ImportPlan) -> list[str]:
    """Capacity answers that are not plain numbers, for the coordinator to map once."""
    answers: dict[str, None] = {}
    for sp, sheet in zip(plan.sheets, workbook.visible(), strict=True):
        if sp.include:
            for answer in _answers(sheet, sp, Target.CAPACITY):
                if not _plain_number(answer):
                    answers.setdefault(answer, None)
    return list(answers)


def _answers(sheet: Sheet, plan: SheetPlan, target: Target) -> list[str]:
    """The distinct answers in a sheet's columns for ``target``, in the order they appear."""
    seen: dict[str, None] = {}
    indexes = plan.indexes(target)
    if indexes:
        for row in sheet.rows[plan.header_row + 1 :]:
            for i in indexes:
                text = text_of(row[i]) if i < len(row) else ""
                if text:
                    seen.setdefault(text, None)
    return list(seen)


def _plain_number(text: str) -> bool:
    return text.strip().removesuffix(".0").isdigit()


# -- saved mappings ---------------------------------------------------------------------------

MAPPING_VERSION = 1


def mapping_to_json(plan: ImportPlan) -> dict[str, Any]:
    """The coordinator's choices, keyed by sheet name and header text (not by position), so
    they fit the next export of the same form even if columns moved."""
    return {
        "mentordesk_mapping": MAPPING_VERSION,
        "on_existing": plan.on_existing.value,
        "capacity_values": plan.capacity_values,
        "sheets": [
            {
                "name": s.name,
                "include": s.include,
                "header_row": s.header_row + 1,
                "role": s.role.value if s.role else None,
                "columns": {c.header: c.target.value if c.target else None for c in s.columns},
                "role_values": {k: v.value if v else None for k, v in s.role_values.items()},
            }
            for s in plan.sheets
        ],
    }


def save_mapping(plan: ImportPlan, path: str | Path) -> None:
    text = json.dumps(mapping_to_json(plan), ensure_ascii=False, indent=2)
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise FileProblem(
            tr("The mapping could not be saved to {path} ({reason}).").format(
                path=path, reason=exc.strerror or exc
            ),
            str(path),
        ) from None


def load_mapping(path: str | Path) -> dict[str, Any]:
    """A saved mapping, checked enough to apply it; a clear sentence if it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise FileProblem(
            tr("“{name}” is not a MentorDesk import mapping ({reason}).").format(
                name=path.name, reason=reason
            ),
            str(path),
        ) from None
    if not isinstance(data, dict) or data.get("mentordesk_mapping") != MAPPING_VERSION:
        raise FileProblem(
            tr("“{name}” is not a MentorDesk import mapping.").format(name=path.name), str(path)
        )
    return data


def apply_mapping(plan: ImportPlan, workbook: Workbook, mapping: dict[str, Any]) -> ImportPlan:
    """``plan`` (the automatic guesses) with a saved mapping's choices wherever they fit:
    a sheet by its name, else the saved sheet sharing most headers; a column by its header."""
    saved = [s for s in mapping.get("sheets", []) if isinstance(s, dict)]
    try:
        plan.on_existing = OnExisting(mapping.get("on_existing", plan.on_existing))
        plan.capacity_values.update(
            {str(k): int(v) for k, v in dict(mapping.get("capacity_values", {})).items()}
        )
        for sp, sheet in zip(plan.sheets, workbook.visible(), strict=True):
            match = _matching_sheet(sp, sheet, saved)
            if match is not None:
                guessed_role = sp.role
                _apply_sheet(sp, sheet, match)
                if match.get("name") != sheet.name and guessed_role is not None:
                    # Matched by its titles only: the sheet's own name says more about its role.
                    sp.role = guessed_role
    except (TypeError, ValueError, KeyError) as exc:
        raise FileProblem(
            tr(
                "The saved mapping does not fit this file ({reason}); map the columns again."
            ).format(reason=exc)
        ) from None
    return plan


def _matching_sheet(
    sp: SheetPlan, sheet: Sheet, saved: list[dict[str, Any]]
) -> dict[str, Any] | None:
    for s in saved:
        if s.get("name") == sheet.name:
            return s
    headers = {c.header for c in sp.columns}
    best, overlap = None, 0.0
    for s in saved:
        theirs = set(s.get("columns", {}))
        share = len(headers & theirs) / max(1, len(theirs))
        if share > overlap:
            best, overlap = s, share
    return best if overlap >= 0.5 else None


def _apply_sheet(sp: SheetPlan, sheet: Sheet, saved: dict[str, Any]) -> None:
    targets = saved.get("columns", {})
    row = int(saved.get("header_row", sp.header_row + 1)) - 1

    def fit(index: int) -> int:
        return sum(1 for cell in sheet.rows[index] if text_of(cell) in targets)

    # Another export of the same form may have its titles lower down (an extra row above):
    # move to the saved row only where its titles fit the mapping better.
    if 0 <= row < len(sheet.rows) and row != sp.header_row and fit(row) > fit(sp.header_row):
        sp.header_row = row
        sp.columns = [ColumnPlan(i, text_of(cell), None) for i, cell in enumerate(sheet.rows[row])]
    for c in sp.columns:
        if c.header in targets:
            value = targets[c.header]
            c.target, c.score = (Target(value), 1.0) if value else (None, 0.0)
    sp.include = bool(saved.get("include", sp.include))
    sp.role = Role(saved["role"]) if saved.get("role") else None
    for answer, value in dict(saved.get("role_values", {})).items():
        sp.role_values[str(answer)] = Role(value) if value else None
