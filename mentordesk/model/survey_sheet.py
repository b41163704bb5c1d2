"""Export ▸ Blank survey: a workbook to collect a round's answers on paper or by e-mail, one row
per participant to ask, a column per question with the scale enforced, and instructions.

Written with openpyxl, as the sign-up template (its data validation reads back in the tests as
written). The filled-in sheet imports again with the survey import: its titles are the
questions' texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .domain import MemberRole, ParticipantStatus
from .export import save_atomically
from .i18n import tr
from .signup_template import _put, _rule, header_style, styled
from .store import Store
from .surveys import Question, QuestionKind, built_in_rounds

_NOT_ASKED = "EEEEEE"


def people_to_ask(store: Store) -> list[tuple[str, str, MemberRole]]:
    """(name, e-mail, role) of everyone in an open pair; if no pair is open, of every active
    participant. Sorted by name."""
    names = store.participant_names()
    asked: dict[int, MemberRole] = {}
    for pair in store.pairs():
        if pair.status.value in ("active", "paused"):
            for m in pair.members:
                asked.setdefault(m.participant_id, m.role)
    people = {p.id: p for p in store.participants()}
    if not asked:
        asked = {
            pid: store.survey_role(pid)
            for pid, p in people.items()
            if pid is not None and p.status is ParticipantStatus.ACTIVE
        }
    rows = [(names[pid], people[pid].email, role) for pid, role in asked.items()]
    return sorted(rows, key=lambda r: r[0].casefold())


def export_blank_survey(store: Store, path: str | Path, round_name: str = "") -> int:
    """Write the blank survey workbook to ``path``; return how many people it asks."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname

    questions = store.survey_questions()
    people = people_to_ask(store)
    fixed = [tr("Name"), tr("E-mail"), tr("Role"), tr("Round"), tr("Date")]
    headers = fixed + [q.text for q in questions] + [tr("Comment")]
    wb = Workbook()
    ws = wb.active
    ws.title = tr("Answers")
    ws.freeze_panes = "C2"
    style = header_style()
    wrap = Alignment(wrap_text=True, vertical="center")
    for n, header in enumerate(headers, 1):
        cell = styled(_put(ws, 1, n, header), style)
        cell.alignment = wrap
        width = 16 if n > len(fixed) else (24 if n <= 2 else 14)
        ws.column_dimensions[get_column_letter(n)].width = width if n < len(headers) else 50
    ws.row_dimensions[1].height = 75
    grey = PatternFill("solid", fgColor=_NOT_ASKED)
    last = len(people) + 1
    for row, (name, email, role) in enumerate(people, 2):
        for col, value in enumerate((name, email, role.label, round_name), 1):
            _put(ws, row, col, value)
        for col, q in enumerate(questions, len(fixed) + 1):
            if not q.audience.asks(role):
                ws.cell(row=row, column=col).fill = grey
    lists = wb.create_sheet(tr("Lists"))
    lists.sheet_state = "hidden"
    rounds = list(dict.fromkeys([*([round_name] if round_name else []), *built_in_rounds()]))
    for n, value in enumerate(rounds, 1):
        _put(lists, n, 1, value)
    if people:
        column = get_column_letter(4)
        ref = f"{quote_sheetname(lists.title)}!$A$1:$A${len(rounds)}"
        round_rule = _rule(f"{column}2:{column}{last}", "list", ref)
        round_rule.showErrorMessage = False  # another round name may be typed
        ws.add_data_validation(round_rule)
        date_cells = f"E2:E{last}"
        date_rule = _rule(date_cells, "date", "DATE(1900,1,1)", operator="greaterThan")
        date_rule.error = tr("Type the date of the answers, for example 2026-01-31.")
        ws.add_data_validation(date_rule)
        for col, q in enumerate(questions, len(fixed) + 1):
            if (bounds := q.kind.bounds) is not None:
                letter = get_column_letter(col)
                rule = _rule(
                    f"{letter}2:{letter}{last}",
                    "whole",
                    str(bounds[0]),
                    operator="between",
                    formula2=str(bounds[1]),
                )
                rule.error = tr("Type a whole number from {low} to {high}.").format(
                    low=bounds[0], high=bounds[1]
                )
                rule.showInputMessage = True
                rule.prompt = _scale_hint(q)
                ws.add_data_validation(rule)
    _instructions(wb.create_sheet(tr("Instructions"), 0), store.program().name, questions)
    wb.active = 1
    save_atomically(Path(path), wb.save)
    return len(people)


def _scale_hint(q: Question) -> str:
    if q.kind is QuestionKind.NPS:
        return tr("0 = not at all likely, 10 = extremely likely")
    return tr("1 = not at all, 5 = very much")


def _instructions(ws: Any, program: str, questions: Sequence[Question]) -> None:
    from openpyxl.styles import Alignment, Font

    lines = [
        tr("Feedback survey: {program}").format(program=program),
        tr("Fill in the “{sheet}” sheet: one row per person.").format(sheet=tr("Answers")),
        tr(
            "Leave the header row, names and e-mail addresses as they are: answers are matched "
            "to participants by e-mail."
        ),
        tr(
            "Round: choose one from the drop-down list, or type another. Date: the day of the "
            "answers, for example 2026-01-31."
        ),
        tr("Grey cells are questions not put to that person; leave them empty."),
        "",
        tr("The questions:"),
    ]
    for q in questions:
        lines.append(f"• {q.text} ({q.audience.label}; {q.kind.label})")
    lines += [
        "",
        tr(
            "Save the file and send it back to the program coordinator, who imports it with "
            "Feedback ▸ Import Survey Export."
        ),
    ]
    ws.column_dimensions["A"].width = 110
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, line in enumerate(lines, 1):
        if line:
            _put(ws, row, 1, line).alignment = wrap
    ws["A1"].font = Font(bold=True, size=14)
