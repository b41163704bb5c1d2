"""The "Today" page: one list of what needs the coordinator now, the most urgent first, each
item with its one action (open the pair, log a check-in, tick a step done, open the board).

The rules are the model's (:func:`mentordesk.model.today.today_items`); this page only shows
them. The items are read again after every change that can alter them, so the navigation count
stays right; the rows are rebuilt only when the page is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Changes
from ..model.followup import due_text
from ..model.store import Store
from ..model.today import TodayItem, TodayKind, today_items
from .checkin_dialog import CheckInDialog
from .page import ProgramPage
from .pairs_model import date_text
from .prompts import Prompts
from .row_list import RowList
from .text import counted
from .today_commands import LogCheckIn, MarkStepDone

_TAG_COLOURS = {
    TodayKind.NO_SESSION: ("#fde7e9", "#8a1c2b"),
    TodayKind.CHECKIN_DUE: ("#e3effd", "#164a84"),
    TodayKind.GOAL_OFF_TRACK: ("#fff0d9", "#7a4a00"),
    TodayKind.STEP_DUE: ("#e6f4ea", "#1e5e2f"),
    TodayKind.NO_GOAL: ("#f1e8fb", "#55307d"),
    TodayKind.ENDING: ("#eceff1", "#37474f"),
    TodayKind.PROPOSED: ("#fff8d6", "#5c4a00"),
    TodayKind.CHECK_EXPIRING: ("#fde7e9", "#8a1c2b"),
}


#: One style sheet for every row, set on the list: a sheet per widget made each row 2x slower.
ROW_STYLE = "\n".join(
    [
        "QFrame#todayRow { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 5px; }",
        'QLabel#todayWhen[overdue="true"] { color: #c62828; }',
        *(
            f'QLabel#todayTag[kind="{kind.value}"] {{ background: {back}; color: {fore};'
            " border-radius: 3px; padding: 1px 6px; }"
            for kind, (back, fore) in _TAG_COLOURS.items()
        ),
    ]
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TodayRow(QFrame):
    """One item: its kind, who it is about, the sentence, when it is due, and its action."""

    def __init__(self, item: TodayItem, action_text: str, today: dt.date) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("todayRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tag = QLabel(item.kind.label)
        self.tag.setObjectName("todayTag")
        self.tag.setProperty("kind", item.kind.value)
        self.subject = QLabel(f"<b>{_escape(item.subject)}</b>")
        self.text = QLabel(_escape(item.text))
        self.text.setWordWrap(True)
        self.when = QLabel(self._when_text(today))
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.when.setObjectName("todayWhen")
        self.when.setProperty("overdue", item.days_overdue is not None and item.days_overdue > 0)
        self.button = QPushButton(action_text)
        self.button.setObjectName("todayAction")
        self.button.setAccessibleDescription(f"{item.subject}: {item.text}")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.tag)
        top.addWidget(self.subject, 1)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 7, 10, 7)
        row.setSpacing(12)
        row.addLayout(column, 1)
        row.addWidget(self.when)
        row.addWidget(self.button)
        self.when.setMinimumWidth(120)
        self.button.setMinimumWidth(130)

    def _when_text(self, today: dt.date) -> str:
        item = self.item
        if item.due is None or item.days_overdue is None:
            return ""
        words = due_text(-item.days_overdue)
        return f"{date_text(item.due)}<br><small>{_escape(words)}</small>"


class TodayPage(ProgramPage):
    """The Today list. Reads the items after each relevant change; builds rows when shown."""

    #: a pair's id: show it on the Pairs page
    open_pair = Signal(int)
    #: show the matching board (where proposals are confirmed)
    open_board = Signal()
    #: a participant's id: their intake (an expiring check)
    open_intake = Signal(int)
    #: open the program's settings (its end date)
    edit_program = Signal()
    #: the number of items, for the navigation list
    count_changed = Signal(int)

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run_dialog, today, parent)
        self.setObjectName("todayPage")
        self.items: list[TodayItem] = []
        self._day: dt.date | None = None  # the day the items were read for
        self._rows_stale = True

        self.title = QLabel(self.tr("Today"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.date_label.setStyleSheet("color: palette(placeholder-text);")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Nothing needs your attention today. Every active pair has met recently, no "
                "action step is due this week, no check-in is due and no proposal is waiting."
            )
        )
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.scroll_area: RowList[TodayItem] = RowList("todayShowMore", self._add_rows)
        self.scroll_area.list_widget.setStyleSheet(ROW_STYLE)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)  # one of the two is shown, and takes the room
        layout.addWidget(self.scroll_area, 1)

    # -- loading ---------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if (
            changes.pairs
            or changes.participants
            or changes.program
            or changes.sessions
            or changes.goals
            or changes.checkins
        ):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._day != self._today():
            self.refresh()
        elif self._rows_stale:
            self._build_rows()
        super().showEvent(event)

    def reload(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the items again (the count follows); rebuild the rows now if shown."""
        day = self._today()
        self.items = today_items(self._store, self._store.program(), day)
        self._day = day
        self._stale, self._rows_stale = False, True
        self.count_changed.emit(len(self.items))
        if self.isVisible():
            self._build_rows()

    def _build_rows(self) -> None:
        day = self._day or self._today()
        self._rows_stale = False
        self.date_label.setText(QLocale().toString(QDate(day.year, day.month, day.day)))
        self._update_summary()
        self.scroll_area.set_items(self.items)

    def _add_rows(self, items: Sequence[TodayItem], _before: TodayItem | None) -> None:
        day = self._day or self._today()
        read_only = self._store.read_only
        for item in items:
            row = TodayRow(item, self._row_action_text(item), day)
            writing = item.kind in (TodayKind.CHECKIN_DUE, TodayKind.STEP_DUE)
            writing = writing or (item.pair_id is None and item.participant_id is None)
            writing = writing or item.kind is TodayKind.CHECK_EXPIRING
            if writing and read_only:
                row.button.setEnabled(False)
                row.button.setToolTip(self.tr("This program is open read-only."))
            row.button.clicked.connect(lambda _c=False, i=item: self._act(i))
            self.scroll_area.add(row)

    @property
    def rows(self) -> list[TodayRow]:
        return self.scroll_area.rows

    def _update_summary(self) -> None:
        total = len(self.items)
        self.empty.setVisible(total == 0)
        self.scroll_area.setVisible(total > 0)
        self.summary.setVisible(total > 0)
        overdue = sum(1 for i in self.items if i.days_overdue is not None and i.days_overdue > 0)
        text = counted(total, self.tr("%n thing needs you"), self.tr("%n things need you"))
        if overdue:
            text = (
                self.tr("%1, %2 of them overdue.").replace("%1", text).replace("%2", str(overdue))
            )
        else:
            text = self.tr("%1.").replace("%1", text)
        self.summary.setText(text + " " + self.tr("The most urgent come first."))

    # -- actions ---------------------------------------------------------------------------

    def _action_text(self, kind: TodayKind) -> str:
        if kind is TodayKind.CHECKIN_DUE:
            return self.tr("Log check-in…")
        if kind is TodayKind.STEP_DUE:
            return self.tr("Mark done")
        if kind is TodayKind.PROPOSED:
            return self.tr("Open the board")
        if kind is TodayKind.CHECK_EXPIRING:
            return self.tr("Intake…")
        return self.tr("Open pair")

    def _row_action_text(self, item: TodayItem) -> str:
        if item.pair_id is None and item.participant_id is None:  # the program's end date
            return self.tr("Program settings…")
        return self._action_text(item.kind)

    def _act(self, item: TodayItem) -> None:
        if item.kind is TodayKind.CHECKIN_DUE and item.pair_id is not None:
            self.log_checkin(item.pair_id, item.subject)
        elif item.kind is TodayKind.STEP_DUE and item.step_id is not None:
            self.mark_done(item.step_id)
        elif item.kind is TodayKind.PROPOSED:
            self.open_board.emit()
        elif item.kind is TodayKind.CHECK_EXPIRING and item.participant_id is not None:
            self.open_intake.emit(item.participant_id)
        elif item.pair_id is not None:
            self.open_pair.emit(item.pair_id)
        else:
            self.edit_program.emit()

    def log_checkin(self, pair_id: int, title: str) -> None:
        if self._store.read_only:
            return
        pair = self._store.pair(pair_id)
        members = [
            (m.participant_id, self._store.participant(m.participant_id).full_name)
            for m in pair.members
        ]
        dialog = CheckInDialog(pair_id, title, members, self._today(), self)
        if self._run(dialog):
            self._undo.push(LogCheckIn(self._store, dialog.checkin()))

    def mark_done(self, step_id: int) -> None:
        if self._store.read_only:
            return
        command = MarkStepDone(self._store, step_id, self._today())
        self._undo.push(command)
        if command.error:
            self._prompts.error(self, self.tr("Step not marked done"), command.error)
