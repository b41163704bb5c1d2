"""The import preview table: each roster row as it will be stored, problems at their cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from ..model.domain import Participant
from ..model.roster_import import Action, Outcome, Preview
from ..model.roster_vocabulary import Target
from .table_model import AnyIndex, OutcomesModel

#: The participant fields shown after "Row" and "What happens".
FIELDS: tuple[Target, ...] = (
    Target.FIRST_NAME,
    Target.LAST_NAME,
    Target.EMAIL,
    Target.ROLE,
    Target.DEPARTMENT,
    Target.CAREER_LEVEL,
    Target.SKILLS_OFFERED,
    Target.SKILLS_WANTED,
    Target.CAPACITY,
)
# Why a row is rejected comes right after what happens to it, where it is seen first.
ROW, ACTION, NOTES = 0, 1, 2
FIRST_FIELD = 3
_PROBLEM = QColor(255, 205, 210)
_CHANGED = QColor(255, 243, 205)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewModel", text)


def action_label(action: Action) -> str:
    return {
        Action.NEW: _tr("New"),
        Action.UPDATE: _tr("Update"),
        Action.UNCHANGED: _tr("Unchanged"),
        Action.REJECT: _tr("Rejected"),
    }[action]


def _label(name: str) -> str:
    try:
        return Target(name).label
    except ValueError:
        return name.replace("_", " ")


def _value(p: Participant, name: str) -> str:
    value = getattr(p, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    if name == "role":
        return str(p.role.label)
    return str(value)


class PreviewModel(OutcomesModel):
    def __init__(self) -> None:
        super().__init__()
        self._headers = [_tr("Row"), _tr("What happens"), _tr("Why / what changes")]
        self._headers += [t.label for t in FIELDS]

    def set_preview(self, preview: Preview) -> None:
        self.beginResetModel()
        self._keep(preview.outcomes, Action.REJECT)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._outcomes[index.row()]
        col = index.column()
        name = FIELDS[col - FIRST_FIELD].value if col >= FIRST_FIELD else ""
        problems = [p.message for p in o.candidate.problems if name and p.field == name]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(o, col, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            if col == NOTES:
                return self._display(o, col, name)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems or (col == ACTION and o.action is Action.REJECT):
                return _PROBLEM
            if name and o.action is Action.UPDATE and name in self._changed(o):
                return _CHANGED
        return None

    def _display(self, o: Outcome, col: int, name: str) -> str:
        if col == ROW:
            return f"{o.candidate.sheet} {o.candidate.row}"
        if col == ACTION:
            return action_label(o.action)
        if col == NOTES:
            if o.action is Action.UPDATE:
                changed = [_label(name) for name in self._changed(o)]
                return _tr("Changes: %1").replace("%1", ", ".join(changed))
            return " ".join(o.reasons)
        shown = o.result or o.candidate.participant
        return _value(shown, name)

    @staticmethod
    def _changed(o: Outcome) -> list[str]:
        if o.existing is None or o.result is None:
            return []
        return [
            name
            for name in Participant.__dataclass_fields__
            if getattr(o.existing, name) != getattr(o.result, name)
        ]
