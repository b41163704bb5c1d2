"""Importing a training's attendance from a sign-in sheet (a Forms check-in export, or a list
typed in Excel), on the roster import's engine.

The same layers as the roster and survey imports: :func:`~.sheets.read_workbook` reads the file,
a plan says which row holds the titles and what each column means (guessed, then corrected by
the coordinator), a preview says what each row becomes or why it is rejected, naming sheet, row
and column as :class:`~.roster_rows.Problem` does, and one transaction writes the attendance
(:meth:`~.store_resources.ResourceRecords.replace_attendance`). Rows are people: matched to
participants by e-mail, or by name when the sheet has no e-mail column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .domain import Participant, Role
from .export import save_csv
from .i18n import tr
from .library import TrainingAudience
from .roster_fields import HEADER_SEARCH_ROWS, fold, guess_target
from .roster_rows import Problem, column_letter
from .roster_values import Cell, split_full_name, text_of
from .roster_vocabulary import Target
from .sheets import Sheet, Workbook
from .store import Store

#: What a column of a sign-in sheet holds.
EMAIL, FIRST_NAME, LAST_NAME, FULL_NAME, ATTENDED = (
    "email",
    "first_name",
    "last_name",
    "full_name",
    "attended",
)
_CellOf = Callable[[int | None], Cell]
_ProblemAt = Callable[[int | None, str], Problem]
TARGETS = (EMAIL, FIRST_NAME, LAST_NAME, FULL_NAME, ATTENDED)
_FROM_ROSTER = {
    Target.EMAIL: EMAIL,
    Target.FIRST_NAME: FIRST_NAME,
    Target.LAST_NAME: LAST_NAME,
    Target.FULL_NAME: FULL_NAME,
}
_ATTENDED_PHRASES = (
    "attended",
    "attendance",
    "present",
    "came",
    "checked in",
    "check in",
    "signed in",
    "here",
    "presente",
    "presenza",
    "presenze",
    "присъства",
    "присъствие",
)
_YES = ("yes", "y", "x", "✓", "✔", "☑", "1", "true", "present", "attended", "si", "да")
_NO = ("no", "n", "0", "false", "absent", "-", "assente", "не", "отсъства")


def target_label(target: str) -> str:
    """What a target means, as the coordinator reads it."""
    return {
        EMAIL: tr("E-mail"),
        FIRST_NAME: tr("First name"),
        LAST_NAME: tr("Last name"),
        FULL_NAME: tr("Full name"),
        ATTENDED: tr("Came (yes or no)"),
    }[target]


def in_audience(role: Role, audience: TrainingAudience) -> bool:
    """Whether a training for ``audience`` is meant for someone of ``role``."""
    if audience is TrainingAudience.EVERYONE or role is Role.BOTH:
        return True
    return (audience is TrainingAudience.MENTOR) == (role is Role.MENTOR)


def parse_attended(cell: Cell) -> bool | None:
    """A cell of the "came" column: True for yes/x/✓/1 or a blank cell (a row is someone who
    came), False for no/0, None for anything else."""
    if isinstance(cell, bool):
        return cell
    text = text_of(cell)
    if not text:
        return True
    if text in _YES or fold(text) in _YES:
        return True
    if text in _NO or fold(text) in _NO:
        return False
    return None


# -- the plan ---------------------------------------------------------------------------------


@dataclass
class AttendanceColumn:
    index: int
    header: str
    target: str | None


@dataclass
class AttendancePlan:
    sheet: str
    header_row: int  # index into Sheet.rows
    columns: list[AttendanceColumn]

    def index(self, target: str) -> int | None:
        return next((c.index for c in self.columns if c.target == target), None)

    @property
    def by_name(self) -> bool:
        """People are found by name: the sheet has no e-mail column."""
        return self.index(EMAIL) is None

    def problem(self) -> str | None:
        """What the plan still needs before a preview makes sense, or None."""
        has_name = self.index(FULL_NAME) is not None or (
            self.index(FIRST_NAME) is not None and self.index(LAST_NAME) is not None
        )
        if self.by_name and not has_name:
            return tr(
                "Choose the column with the e-mail addresses, or the columns with the first "
                "and last names (or the full name)."
            )
        return None


def guess_column(header: str) -> str | None:
    """The target a sign-in sheet's header most likely means (None: ignore the column)."""
    folded = fold(header)
    if not folded:
        return None
    target, sure = guess_target(header)
    if target in _FROM_ROSTER and sure >= 0.6:
        return _FROM_ROSTER[target]
    padded = f" {folded} "
    if any(f" {p} " in padded for p in _ATTENDED_PHRASES):
        return ATTENDED
    return None


def _header_score(row: Sequence[Cell]) -> int:
    texts = [c for c in row if isinstance(c, str) and c.strip()]
    if len(texts) < 2:
        return 0
    return sum(1 for t in texts if guess_column(t))


def _sheet_score(sheet: Sheet) -> int:
    return max((_header_score(r) for r in sheet.rows[:HEADER_SEARCH_ROWS]), default=0)


def find_attendance_header(sheet: Sheet) -> int:
    """The row whose titles mean most targets (title rows and blank rows above are skipped)."""
    best, best_score = 0, 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score = _header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def guess_attendance_plan(
    workbook: Workbook, sheet: str | None = None, header_row: int | None = None
) -> AttendancePlan:
    """The automatic guesses for one sheet (the one whose titles mean most, unless named)."""
    visible = workbook.visible()
    named = [s for s in visible if s.name == sheet]
    # Unless named: the sheet whose titles mean most (not an instructions sheet before it).
    chosen = named[0] if named else max(visible, key=_sheet_score)
    if header_row is None:
        header_row = find_attendance_header(chosen)
    header = chosen.rows[header_row] if header_row < len(chosen.rows) else []
    columns = [
        AttendanceColumn(i, text_of(cell), guess_column(text_of(cell)))
        for i, cell in enumerate(header)
    ]
    for target in TARGETS:  # one column per target: the first one
        rivals = [c for c in columns if c.target == target]
        for c in rivals[1:]:
            c.target = None
    targets = {c.target for c in columns}
    if LAST_NAME in targets and FULL_NAME in targets and FIRST_NAME not in targets:
        # "Name" next to "Surname": the first name.
        next(c for c in columns if c.target == FULL_NAME).target = FIRST_NAME
    return AttendancePlan(chosen.name, header_row, columns)


# -- the preview ------------------------------------------------------------------------------


class Action(StrEnum):
    CAME = "came"
    ABSENT = "absent"  # the sheet says the person did not come
    REJECT = "reject"


@dataclass(slots=True)
class Outcome:
    """What the import will do with one row."""

    sheet: str
    row: int  # as the spreadsheet numbers it
    who: str  # the e-mail address or the name, as the file says it
    action: Action
    participant_id: int | None = None
    name: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [p.short() for p in self.problems]


@dataclass
class AttendancePreview:
    training_id: int
    outcomes: list[Outcome]
    before: frozenset[int]  # the attendance now

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action is action)

    @property
    def rejected(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.action is Action.REJECT]

    def _ids(self, action: Action) -> frozenset[int]:
        return frozenset(
            o.participant_id
            for o in self.outcomes
            if o.action is action and o.participant_id is not None
        )

    @property
    def after(self) -> frozenset[int]:
        """The attendance once imported: those who came added, those who did not removed."""
        return (self.before | self._ids(Action.CAME)) - self._ids(Action.ABSENT)

    @property
    def changed(self) -> bool:
        return self.after != self.before

    def summary(self) -> str:
        return tr(
            "{came} came ({new} not ticked yet), {absent} did not come, {rejected} rejected"
        ).format(
            came=self.count(Action.CAME),
            new=len(self.after - self.before),
            absent=self.count(Action.ABSENT),
            rejected=self.count(Action.REJECT),
        )


def _name_key(first: str, last: str) -> str:
    return fold(f"{first} {last}")


class _People:
    """The program's participants, found by e-mail or by name."""

    def __init__(self, people: Sequence[Participant]) -> None:
        self.by_email: dict[str, Participant] = {}
        self.by_name: dict[str, list[Participant]] = {}
        for p in people:
            if p.id is None:  # pragma: no cover - participants read from the store have ids
                continue
            if p.email.strip():
                self.by_email[p.email.strip().casefold()] = p
            self.by_name.setdefault(_name_key(p.first_name, p.last_name), []).append(p)


def preview_attendance(
    store: Store, workbook: Workbook, plan: AttendancePlan, training_id: int
) -> AttendancePreview:
    """What importing the plan's sheet into a training's attendance would do; nothing is
    written."""
    training = store.training(training_id)
    sheet = next(s for s in workbook.visible() if s.name == plan.sheet)
    people = _People(store.participants())
    came_at = plan.index(ATTENDED)
    outcomes: list[Outcome] = []
    seen: dict[int, Outcome] = {}
    for offset, row in enumerate(sheet.rows[plan.header_row + 1 :]):
        if all(text_of(c) == "" for c in row):
            continue
        number = plan.header_row + offset + 2

        def cell(index: int | None, row: Sequence[Cell] = row) -> Cell:
            return row[index] if index is not None and index < len(row) else None

        def problem(index: int | None, message: str, number: int = number) -> Problem:
            letter = column_letter(index) if index is not None else ""
            return Problem(plan.sheet, number, letter, message)

        person, who, problems = _match(people, plan, cell, problem)
        came = parse_attended(cell(came_at))
        if came is None:
            text = text_of(cell(came_at))
            problems.append(
                problem(came_at, tr("“{text}” is neither yes nor no.").format(text=text))
            )
        if person is not None and not in_audience(person.role, training.audience):
            problems.append(
                problem(
                    None,
                    tr("{name} is a {role}; this training is for {audience}.").format(
                        name=person.full_name,
                        role=person.role.label.lower(),
                        audience=training.audience.label.lower(),
                    ),
                )
            )
        name = person.full_name if person else ""
        if problems or person is None or person.id is None:
            outcomes.append(Outcome(plan.sheet, number, who, Action.REJECT, None, name, problems))
            continue
        action = Action.CAME if came else Action.ABSENT
        outcome = Outcome(plan.sheet, number, who, action, person.id, name)
        earlier = seen.get(person.id)
        if earlier is not None:
            # The same person twice: the lower row (signed in later) counts.
            earlier.action = Action.REJECT
            earlier.problems = [
                Problem(
                    plan.sheet,
                    earlier.row,
                    "",
                    tr("{name} is also on row {row}, which counts instead.").format(
                        name=name, row=number
                    ),
                )
            ]
            earlier.participant_id = None
        seen[person.id] = outcome
        outcomes.append(outcome)
    return AttendancePreview(training_id, outcomes, store.attendance(training_id))


def _match(
    people: _People,
    plan: AttendancePlan,
    cell: _CellOf,
    problem: _ProblemAt,
) -> tuple[Participant | None, str, list[Problem]]:
    """The participant a row names, what the row says to name them, and why none was found."""
    email_at = plan.index(EMAIL)
    email = text_of(cell(email_at))
    if email:
        person = people.by_email.get(email.casefold())
        if person is None:
            message = tr("No participant has the e-mail address {email}.").format(email=email)
            return None, email, [problem(email_at, message)]
        return person, email, []
    full_at, first_at, last_at = (plan.index(t) for t in (FULL_NAME, FIRST_NAME, LAST_NAME))
    name_at: int | None = full_at
    if full_at is not None and text_of(cell(full_at)):
        name = text_of(cell(full_at))
        key = _name_key(*split_full_name(name))
    else:
        first, last = text_of(cell(first_at)), text_of(cell(last_at))
        name, key = f"{first} {last}".strip(), _name_key(first, last)
        if first_at is not None or last_at is not None:
            name_at = first_at if first or last_at is None else last_at
    if not key:
        where = email_at if email_at is not None else name_at
        if plan.by_name:
            message = tr("No name.")
        elif name_at is None:
            message = tr("No e-mail address.")
        else:
            message = tr("No e-mail address or name.")
        return None, "", [problem(where, message)]
    found = people.by_name.get(key, [])
    if len(found) == 1:
        return found[0], name, []
    if not found:
        message = tr("No participant is called {name}.").format(name=name)
    else:
        message = tr(
            "{count} participants are called {name}: add their e-mail addresses to the sheet."
        ).format(count=len(found), name=name)
    return None, name, [problem(name_at, message)]


def write_rejected_rows(result: AttendancePreview, path: Path) -> None:
    """The rejected rows and why, as a CSV the coordinator can fix and import again."""
    lines = [[tr("Sheet"), tr("Row"), tr("Who"), tr("Column"), tr("Reason")]]
    for o in result.rejected:
        lines += [[p.sheet, str(p.row), o.who, p.column, p.message] for p in o.problems]
    save_csv(path, lines)
