"""The coordinator's check-ins with the selected pair: what shows the pair was supported.

A box the pair's detail embeds under its goals and sessions: every check-in, newest first,
with whom, how, the answers to the short question template; confidential notes hidden until
"Show Notes" is clicked. "Log Check-in…" opens the same dialog as the Today page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..model.domain import CheckIn
from ..model.store import Store
from .checkin_dialog import CheckInDialog
from .pair_goals_sessions import _Section
from .pairs_model import date_text, pair_title
from .prompts import Prompts
from .text import counted
from .today_commands import LogCheckIn


class CheckInsSection(_Section):
    """Every check-in with the pair, newest first."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(self.tr("Check-ins"), store, undo_stack, prompts, run_dialog, today)
        self.setObjectName("pairCheckIns")
        self.revealed = False
        self._checkins: list[CheckIn] = []
        self.tree = self._tree(
            "checkInTree",
            [self.tr("Date"), self.tr("With"), self.tr("How"), self.tr("Answers and notes")],
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(90)
        self.tree.setMaximumHeight(140)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()
        self.log_button = QPushButton(self.tr("Log Check-in…"))
        self.log_button.setObjectName("logCheckIn")
        self.notes_button = QPushButton(self.tr("Show Notes"))
        self.notes_button.setToolTip(self.tr("Show the check-in notes marked confidential"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.notes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.log_button.clicked.connect(self.log_checkin)
        self.notes_button.clicked.connect(self.toggle_notes)

    def refresh(self, new_pair: bool = False) -> None:
        if new_pair:
            self.revealed = False
        pair = self._pair
        self._checkins = list(reversed(self._store.checkins(pair.id))) if pair and pair.id else []
        self.tree.clear()
        for c in self._checkins:
            who = self._names.get(c.participant_id, "") if c.participant_id else self.tr("Pair")
            self.tree.addTopLevelItem(
                _item([date_text(c.date), who, c.channel.label, self.summary(c)])
            )
        self.count.setText(
            counted(len(self._checkins), self.tr("%n check-in"), self.tr("%n check-ins"))
        )
        secret = any(c.confidential for c in self._checkins)
        self.notes_button.setVisible(secret)
        self.notes_button.setText(self.tr("Hide Notes") if self.revealed else self.tr("Show Notes"))
        self.log_button.setEnabled(self._writable)

    def summary(self, c: CheckIn) -> str:
        """The answers in a line, then the notes. A confidential check-in shows its words
        (what they did, the concern, the notes) only after "Show Notes"."""
        a = c.answers
        parts = []
        if isinstance(a.get("met"), int) and int(a["met"]) >= 0:
            parts.append(self.tr("met %1×").replace("%1", str(a["met"])))
        if a.get("relationship"):
            parts.append(self.tr("feels %1/5").replace("%1", str(a["relationship"])))
        words = [str(a[k]) for k in ("activities", "concern") if a.get(k)]
        words += [c.notes] if c.notes else []
        if c.confidential and words and not self.revealed:
            words = [self.tr("[Confidential, hidden]")]
        return " — ".join(parts + words)

    def toggle_notes(self) -> None:
        self.revealed = not self.revealed
        self.refresh()

    def log_checkin(self) -> None:
        pair = self._pair
        if pair is None or pair.id is None or not self._writable:
            return
        members = [(m.participant_id, self._names.get(m.participant_id, "")) for m in pair.members]
        title = pair_title(pair, self._names)
        dialog = CheckInDialog(pair.id, title, members, self._today(), self)
        if self._run(dialog):
            self._undo.push(LogCheckIn(self._store, dialog.checkin()))
            self.refresh()


def _item(texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    item.setToolTip(len(texts) - 1, texts[-1])
    return item
