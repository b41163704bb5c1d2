"""What the import wizard brings in: a roster of participants, or a survey export's answers.

The wizard's pages (file, sheets, columns, preview) are the same for both; a
:class:`WizardTarget` gives them what differs: the wording, the column targets and their labels,
the automatic guesses, the page of values that applies, how to preview and how to apply. Each
one holds its own plan (a model object) and calls the model's engine; none of it writes SQL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWizardPage

from ..model.domain import Role
from ..model.roster_values import Cell, text_of
from ..model.sheets import Sheet, Workbook
from ..model.store import Store
from .table_model import HeaderedTableModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

#: Example values shown for each column.
EXAMPLES = 3
Progress = Callable[[int, int], None]
R = TypeVar("R")


def wizard_tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


@dataclass(frozen=True)
class Wording:
    """The sentences of the wizard that name what is imported."""

    window_title: str
    file_title: str
    file_subtitle: str
    placeholder: str
    file_filter: str
    sheets_subtitle: str
    columns_subtitle: str
    preview_subtitle: str
    nothing: str  # why Import is disabled when nothing would be written


@dataclass
class SheetRow:
    """One visible sheet as the Sheets page lists it."""

    name: str
    include: bool
    header_row: int  # index into the sheet's rows
    total_rows: int
    role: Role | None = None

    @property
    def data_rows(self) -> int:
        return max(0, self.total_rows - self.header_row - 1)


@dataclass
class ColumnRow:
    """One column of a sheet as the Columns page lists it."""

    index: int
    header: str
    target: str | None  # the target's value, None: ignored
    examples: list[str]


def examples(data: Sequence[Sequence[Cell]], index: int) -> list[str]:
    """The first few non-empty values of a column, on one line each."""
    texts = (text_of(r[index]) for r in data if index < len(r))
    return [t.replace("\n", " ") for t in texts if t][:EXAMPLES]


class ValuesPage(QWizardPage):
    """The page about what people answered; skipped when there is nothing to ask."""

    def has_values(self) -> bool:
        return True


class WizardTarget(ABC, Generic[R]):
    """One kind of import; ``R`` is its preview (what the Preview page shows and imports)."""

    wording: Wording
    #: Saved mappings (File page, Columns page) are offered.
    uses_mappings = False
    #: Each sheet says who is on it (the Sheets page's role column).
    sheet_roles = False
    #: Only one sheet is read: the Sheets page's ticks choose it.
    one_sheet = False
    #: The preview's columns are no wider than this (long answers must not push the wizard
    #: wider than the screen).
    widest_column = 260

    def __init__(self, store: Store) -> None:
        self.store = store
        self.workbook: Workbook | None = None

    # -- the file and its sheets -----------------------------------------------------------

    @abstractmethod
    def read(self, path: Path, mapping: Path | None) -> None:
        """Read the file and guess the plan; raises FileProblem with one sentence."""

    @abstractmethod
    def sheets(self) -> list[SheetRow]: ...

    @abstractmethod
    def include(self, sheet: int, on: bool) -> None: ...

    def set_role(self, sheet: int, role: Role | None) -> None:
        """Everyone's role on a sheet (None: from a column); only where :attr:`sheet_roles`."""

    @abstractmethod
    def set_header(self, sheet: int, header_row: int) -> None:
        """The coordinator's choice of the row with the titles: the columns are guessed again."""

    def row_total(self) -> int:
        return sum(len(s.rows) for s in self.workbook.visible()) if self.workbook else 0

    # -- the columns -----------------------------------------------------------------------

    @abstractmethod
    def targets(self) -> list[tuple[str, str]]:
        """Every target a column may have, as (value, label), in the order listed."""

    @abstractmethod
    def columns(self, sheet: int) -> list[ColumnRow]: ...

    @abstractmethod
    def set_target(self, sheet: int, row: int, target: str | None) -> list[int]:
        """Give a column its target; returns the rows that lost theirs (one column per target)."""

    @abstractmethod
    def columns_problem(self) -> str | None:
        """What the mapping still needs, or None."""

    def save_mapping(self, path: str) -> None:
        raise NotImplementedError

    # -- values, preview and import ---------------------------------------------------------

    @abstractmethod
    def value_page(self, wizard: ImportWizard) -> ValuesPage: ...

    def policies(self) -> list[tuple[str, str]]:
        """Choices for rows already in the program, as (label, value); none by default."""
        return []

    def policy(self) -> str:
        return ""

    def set_policy(self, value: str) -> None:
        pass

    @abstractmethod
    def preview_model(self) -> HeaderedTableModel:
        """The table the Preview page shows; :meth:`preview` fills it."""

    @abstractmethod
    def preview(self, progress: Progress | None) -> R:
        """What the import would do; nothing is written."""

    @abstractmethod
    def summary(self, result: R) -> str: ...

    @abstractmethod
    def can_import(self, result: R) -> bool: ...

    @abstractmethod
    def has_rejected(self, result: R) -> bool: ...

    @abstractmethod
    def write_rejected(self, result: R, path: Path) -> None:
        """The rejected rows and why, as a CSV; raises FileProblem."""

    @abstractmethod
    def command(self, result: R, file_name: str, progress: Progress | None) -> QUndoCommand:
        """The undoable command that writes the preview in one transaction."""


class PlanColumn(Protocol):
    """A column of a one-sheet plan: where it is, its title, what it is read as."""

    @property
    def index(self) -> int: ...

    @property
    def header(self) -> str: ...

    target: str | None


class OneSheetPlan(Protocol):
    """What a one-sheet import's plan says: the sheet, its title row and its columns."""

    @property
    def sheet(self) -> str: ...

    @property
    def header_row(self) -> int: ...

    @property
    def columns(self) -> Sequence[PlanColumn]: ...


class OneSheetTarget(WizardTarget[R]):
    """A kind of import that reads one sheet (survey answers, a sign-in sheet): the Sheets
    page's ticks choose it, and a new title row on the chosen sheet guesses its columns again."""

    one_sheet = True

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.headers: list[int] = []  # each visible sheet's title row

    @abstractmethod
    def current_plan(self) -> OneSheetPlan: ...

    @abstractmethod
    def _replan(self, sheet: int) -> None:
        """Guess the plan again for this visible sheet with its title row."""

    def _visible(self) -> Sequence[Sheet]:
        assert self.workbook is not None
        return self.workbook.visible()

    def chosen_sheet(self) -> str:
        return self.current_plan().sheet

    def sheets(self) -> list[SheetRow]:
        chosen = self.chosen_sheet()
        return [
            SheetRow(s.name, s.name == chosen, self.headers[i], len(s.rows))
            for i, s in enumerate(self._visible())
        ]

    def include(self, sheet: int, on: bool) -> None:
        if on and self._visible()[sheet].name != self.chosen_sheet():
            self._replan(sheet)

    def set_header(self, sheet: int, header_row: int) -> None:
        self.headers[sheet] = header_row
        if self._visible()[sheet].name == self.chosen_sheet():
            self._replan(sheet)

    def columns(self, sheet: int) -> list[ColumnRow]:
        plan = self.current_plan()
        data = self._visible()[sheet].rows[plan.header_row + 1 :]
        return [
            ColumnRow(c.index, c.header, c.target, examples(data, c.index)) for c in plan.columns
        ]

    def set_target(self, sheet: int, row: int, target: str | None) -> list[int]:
        columns = self.current_plan().columns
        columns[row].target = target
        cleared = []
        if target:  # one column per target: the one chosen last wins
            for other_row, other in enumerate(columns):
                if other_row != row and other.target == target:
                    other.target = None
                    cleared.append(other_row)
        return cleared
