"""File ▸ Export Sign-up Template…: a blank roster with the program's fields, drop-down lists
for role, career level and skills, and an instructions sheet, to send to participants.

Written with openpyxl (imported inside the functions): a small workbook, where speed does not
matter, and its data validation reads back in the tests as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .domain import Program, Role
from .export import LIST_SEPARATOR, PARTICIPANT_COLUMNS, save_atomically
from .export_xlsx import clean_text, looks_like_formula
from .i18n import tr
from .store import Store

#: Rows of the sign-up sheet that get the drop-down lists.
TEMPLATE_ROWS = 1000


def export_template(store: Store, path: str | Path) -> None:
    """Write a blank sign-up workbook (drop-down lists, instructions) to ``path``."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter, quote_sheetname

    program = store.program()
    people = store.participants()
    skills = sorted(
        {s for p in people for s in p.skills_offered + p.skills_wanted}, key=str.casefold
    )
    columns = [c for c in PARTICIPANT_COLUMNS if c[0] not in ("id", "status", "private_notes")]
    fields = [name for name, _ in columns]

    def cells(field: str) -> str:
        letter = get_column_letter(fields.index(field) + 1)
        return f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"

    wb = Workbook()
    signup = wb.active
    signup.title = tr("Sign-up")
    signup.freeze_panes = "A2"
    style = header_style()
    for n, (_, header) in enumerate(columns, 1):
        styled(_put(signup, 1, n, tr(header)), style)
        signup.column_dimensions[get_column_letter(n)].width = max(len(tr(header)) + 4, 14)
    _fill_instructions(wb.create_sheet(tr("Instructions")), program)
    lists = wb.create_sheet(tr("Lists"))
    lists.sheet_state = "hidden"
    # The lists are on a sheet, not in the rules: a list inside a rule is limited to 255
    # characters, which a program's skills soon pass.
    sources = (
        (("role",), [r.label for r in Role], True),
        (("career_level",), list(program.career_levels), True),
        (("skills_offered", "skills_wanted"), skills, False),
    )
    column = 0
    for targets, values, strict in (s for s in sources if s[1]):
        column += 1
        for row, value in enumerate(values, 1):
            _put(lists, row, column, value)
        letter = get_column_letter(column)
        ref = f"{quote_sheetname(lists.title)}!${letter}$1:${letter}${len(values)}"
        for field in targets:
            signup.add_data_validation(_list_rule(cells(field), ref, strict))
    limits = {"operator": "between", "formula2": "DATE(9999,12,31)"}
    date_rule = _rule(cells("consent_date"), "date", "DATE(1900,1,1)", **limits)
    date_rule.error = tr("Type the date you agreed to take part, for example 2026-01-31.")
    capacity_rule = _rule(cells("capacity"), "whole", "0", operator="greaterThanOrEqual")
    capacity_rule.error = tr("Type a whole number: how many people you can mentor (0 if none).")
    for rule in (date_rule, capacity_rule):
        signup.add_data_validation(rule)
    save_atomically(Path(path), wb.save)


def _rule(cells: str, kind: str, formula: str, **options: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    rule = DataValidation(type=kind, formula1=formula, allow_blank=True, **options)
    rule.showErrorMessage = True
    rule.errorTitle = tr("Check this value")
    rule.add(cells)
    return rule


def _list_rule(cells: str, ref: str, strict: bool) -> Any:
    rule = _rule(cells, "list", ref)
    rule.showInputMessage = True
    if strict:
        rule.prompt = rule.error = tr("Choose a value from the drop-down list.")
    else:
        # Several skills go in one cell ("Python; SQL"), which a strict list would refuse:
        # this list is a help, not a rule.
        rule.showErrorMessage = False
        rule.prompt = tr("Pick a skill from the list, or type several separated by “;”.")
    return rule


def _fill_instructions(ws: Any, program: Program) -> None:
    from openpyxl.styles import Alignment, Font

    start, end = program.start_date, program.end_date
    levels = LIST_SEPARATOR.join(program.career_levels)
    roles = LIST_SEPARATOR.join(r.label for r in Role)
    lines = [
        tr("Sign-up for {program}").format(program=program.name),
        tr("The program runs from {start} to {end}.").format(start=start, end=end)
        if start and end
        else "",
        tr("Fill in the “{sheet}” sheet: one row per person, from row 2 down.").format(
            sheet=tr("Sign-up")
        ),
        tr("Leave the header row as it is; first name and last name are needed for everyone."),
        tr("Role: choose one from the drop-down list ({roles}).").format(roles=roles),
        tr("Career level: choose one from the drop-down list ({levels}).").format(levels=levels)
        if levels
        else "",
        tr(
            "Skills offered, Skills wanted, Interests, Languages and Availability can hold "
            "several values separated by “;”, for example “Python; Public speaking”."
        ),
        tr("Capacity: how many people a mentor can take on, as a whole number (0 for mentees)."),
        tr("Consent date: the date the person agreed to take part, for example 2026-01-31."),
        tr("Save the file and send it back to the program coordinator."),
    ]
    ws.column_dimensions["A"].width = 110
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, line in enumerate((line for line in lines if line), 1):
        _put(ws, row, 1, line).alignment = wrap
    ws["A1"].font = Font(bold=True, size=14)


def _put(ws: Any, row: int, column: int, value: str) -> Any:
    """Write text to a cell of a normal sheet, never as a formula."""
    value = clean_text(value)
    cell = ws.cell(row=row, column=column, value=value)
    return text_cell(cell) if looks_like_formula(value) else cell


def text_cell(cell: Any) -> Any:
    """Make ``cell`` hold its text exactly, as text: never a formula or an error value.

    openpyxl turned text starting with "=" into a formula; it becomes a string again, and
    quotePrefix keeps it text in Excel and LibreOffice (no apostrophe shown) when edited.
    """
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def header_style() -> dict[str, Any]:
    """The header row's look, as in the exported workbook (export_xlsx)."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    return {
        "font": Font(bold=True),
        "fill": PatternFill("solid", fgColor="DCE6F1"),
        "border": Border(bottom=Side(style="thin")),
        "alignment": Alignment(vertical="center"),
    }


def styled(cell: Any, style: dict[str, Any]) -> Any:
    if looks_like_formula(cell.value):  # a field's header may be translated to "=x"
        text_cell(cell)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell
