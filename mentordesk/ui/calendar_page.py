"""The "Calendar" page: the planned meetings of the next four weeks across the program, week by
week, each with a way to its pair, and the export of every pair's plan to an .ics file.

The rules (who has meetings, on which days) are the model's (:mod:`mentordesk.model.calendar`);
this page only shows them. Like the Today page it reads again only when shown after a change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.calendar import LAST, Meeting, series, upcoming
from ..model.domain import MeetingPlan, Pair, PairStatus
from ..model.errors import MentorDeskError
from ..model.store import Store
from .page import DialogRunner, ProgramPage, run_dialog
from .pairs_model import date_text, pair_title
from .prompts import Prompts
from .row_list import RowList
from .text import counted
from .tones import GOOD, tone

#: How far ahead the page looks.
DAYS = 28


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: One style sheet for every row, set on the list: a sheet per widget made each row 2x slower.
ROW_STYLE = """
QFrame#meetingRow { background: palette(base); border: 1px solid palette(mid); border-radius: 5px; }
QLabel#calendarPlan { color: palette(placeholder-text); }
QLabel#calendarWeek { font-weight: bold; padding: 8px 0 0 2px; }
"""


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MeetingRow(QFrame):
    """One planned meeting: the day, the time, the pair, its plan, and "Open pair"."""

    def __init__(self, meeting: Meeting, title: str, plan: str, open_text: str) -> None:
        super().__init__()
        self.meeting = meeting
        self.setObjectName("meetingRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        start = meeting.start
        self.day = QLabel(QLocale().toString(_qdate(start.date()), "ddd d MMM"))
        self.day.setMinimumWidth(110)
        self.time = QLabel(
            QLocale().toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)
        )
        self.time.setMinimumWidth(60)
        self.names = QLabel(f"<b>{_escape(title)}</b>")
        self.names.setWordWrap(True)  # a group's names may be long; never wider than the page
        self.plan = QLabel(plan)
        self.plan.setObjectName("calendarPlan")
        self.button = QPushButton(open_text)
        self.button.setObjectName("calendarOpenPair")
        self.button.setAccessibleDescription(f"{title}: {self.day.text()} {self.time.text()}")
        self.button.setMinimumWidth(110)

        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 10, 5)
        row.setSpacing(12)
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addWidget(self.names, 1)
        row.addWidget(self.plan)
        row.addWidget(self.button)


class CalendarPage(ProgramPage):
    """Upcoming meetings grouped by week. Reads the plans again when shown after a change."""

    #: a pair's id: show it on the Pairs page
    open_pair = Signal(int)
    #: show the Pairs page (where a meeting plan is set)
    show_pairs = Signal()
    #: the sentence saying where the calendar was saved

    watches = ("pairs", "participants", "program")

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: DialogRunner = run_dialog,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run_dialog, today, parent)
        self.setObjectName("calendarPage")
        self.meetings: list[Meeting] = []
        self._titles: dict[int, str] = {}
        self._plans: dict[int, str] = {}
        self._planned = 0  # active pairs with a plan
        self._unplanned = 0  # active pairs without one
        self._day: dt.date | None = None  # the day the meetings were read for

        self.title = QLabel(self.tr("Calendar"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.export_button = QPushButton(self.tr("E&xport Calendar (.ics)…"))
        self.export_button.setObjectName("calendarExport")
        self.export_button.setToolTip(
            self.tr(
                "Save every active pair's meeting plan to a file that Outlook, Google Calendar "
                "and Thunderbird open. Only names and plans are written, never notes."
            )
        )
        self.export_button.clicked.connect(self.export_calendar)
        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet(f"color: {tone(GOOD)};")
        self.status.hide()

        self.empty = QLabel()
        self.empty.setObjectName("calendarEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.pairs_button = QPushButton(self.tr("Go to the Pai&rs Page"))
        self.pairs_button.setObjectName("calendarShowPairs")
        self.pairs_button.clicked.connect(self.show_pairs)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(40, 40, 40, 12)
        empty_layout.setSpacing(12)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.pairs_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)

        self.scroll_area: RowList[Meeting] = RowList("calendarShowMore", self._add_rows)
        self.scroll_area.list_widget.setStyleSheet(ROW_STYLE)

        self.empty_box.hide()  # until the first reading says which of the two is shown
        self.scroll_area.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.page_layout = layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.empty_box, 1)  # one of the two is shown, and takes the room
        layout.addWidget(self.scroll_area, 1)

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._day != self._today():
            self._stale = True  # a new day: the weeks move on
        super().showEvent(event)

    def reload(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the pairs' plans again and rebuild the list."""
        day = self._today()
        store = self._store
        program = store.program()
        pairs = store.pairs()
        self.meetings = upcoming(pairs, store.participants(), day, DAYS, program=program)
        names = store.participant_names()
        self._titles, self._plans = {}, {}
        self._planned = self._unplanned = 0
        for pair in pairs:
            if pair.status is not PairStatus.ACTIVE or pair.id is None:
                continue
            found = series(pair, program, day)
            if found is None:
                self._unplanned += 1
                continue
            self._planned += 1
            self._titles[pair.id] = pair_title(pair, names)
            self._plans[pair.id] = self._plan_text(pair, found.nth)
        self._day = day
        self._stale = False
        self._build_rows()

    def _plan_text(self, pair: Pair, nth: int) -> str:
        if pair.meeting_plan is not MeetingPlan.MONTHLY:
            return pair.meeting_plan.label
        day = QLocale().dayName((pair.meeting_weekday or 0) + 1)
        if nth == LAST:
            return self.tr("Monthly, the last %1").replace("%1", day)
        ordinal = (self.tr("1st"), self.tr("2nd"), self.tr("3rd"), self.tr("4th"))[nth - 1]
        return self.tr("Monthly, the %1 %2").replace("%1", ordinal).replace("%2", day)

    def _build_rows(self) -> None:
        self._update_summary(self._day or self._today())
        # Lay out now rather than on the next event loop turn, so nothing is seen half-placed.
        self.page_layout.activate()
        self.scroll_area.set_items(self.meetings)

    def _add_rows(self, meetings: Sequence[Meeting], before: Meeting | None) -> None:
        day = self._day or self._today()
        open_text = self.tr("Open pair")
        week = _monday(before.start.date()) if before is not None else None
        for meeting in meetings:
            monday = _monday(meeting.start.date())
            if monday != week:
                week = monday
                header = QLabel(self._week_text(monday, day))
                header.setObjectName("calendarWeek")
                self.scroll_area.add(header, row=False)
            pair_id = meeting.pair_id
            row = MeetingRow(
                meeting,
                self._titles.get(pair_id, meeting.title),
                self._plans.get(pair_id, ""),
                open_text,
            )
            row.button.clicked.connect(lambda _c=False, p=pair_id: self.open_pair.emit(p))
            self.scroll_area.add(row)

    @property
    def rows(self) -> list[MeetingRow]:
        return self.scroll_area.rows

    @property
    def _headers(self) -> list[QWidget]:
        return self.scroll_area.others

    def _week_text(self, monday: dt.date, today: dt.date) -> str:
        weeks = (monday - (today - dt.timedelta(days=today.weekday()))).days // 7
        if weeks == 0:
            label = self.tr("This week")
        elif weeks == 1:
            label = self.tr("Next week")
        else:
            label = self.tr("In %1 weeks").replace("%1", str(weeks))
        sunday = monday + dt.timedelta(days=6)
        span = self.tr("%1 to %2").replace("%1", date_text(monday)).replace("%2", date_text(sunday))
        return self.tr("%1 · %2").replace("%1", label).replace("%2", span)

    def _update_summary(self, day: dt.date) -> None:
        total = len(self.meetings)
        self.empty_box.setVisible(total == 0)
        self.scroll_area.setVisible(total > 0)
        last = day + dt.timedelta(days=DAYS - 1)
        span = self.tr("from %1 to %2").replace("%1", date_text(day)).replace("%2", date_text(last))
        unplanned = counted(
            self._unplanned,
            self.tr("%n active pair has no meeting plan yet."),
            self.tr("%n active pairs have no meeting plan yet."),
        )
        if total:
            pairs = len({m.pair_id for m in self.meetings})
            text = (
                self.tr("%1 of %2 %3.")
                .replace("%1", counted(total, self.tr("%n meeting"), self.tr("%n meetings")))
                .replace("%2", counted(pairs, self.tr("%n pair"), self.tr("%n pairs")))
                .replace("%3", span)
            )
            self.summary.setText(text + (" " + unplanned if self._unplanned else ""))
            return
        self.summary.setText(self.tr("No meetings %1.").replace("%1", span))
        if self._planned:
            self.empty.setText(
                counted(
                    self._planned,
                    self.tr(
                        "The one pair with a meeting plan does not meet in these four weeks: "
                        "it starts later, or it or the program ends before."
                    ),
                    self.tr(
                        "None of the %n pairs with a meeting plan meets in these four weeks: "
                        "they start later, or they or the program end before."
                    ),
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No active pair has a meeting plan with a day and a time, so no meetings "
                    "are planned. Set one in a pair's agreement on the Pairs page: weekly, every "
                    "two weeks or monthly, with the day and the time."
                )
            )

    # -- export ----------------------------------------------------------------------------

    def export_calendar(self) -> str | None:
        """Ask for a file and write every pair's plan to it; the sentence saying where, or None."""
        message = export_calendar(self, self._store, self._prompts, self._today())
        if message:
            self.status.setText(message)
            self.status.show()
        return message


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarPage", text)


def export_calendar(
    parent: QWidget, store: Store, prompts: Prompts, today: dt.date, pair: Pair | None = None
) -> str | None:
    """Ask for an .ics file and write the meeting plans of the program (or of one pair) to
    it; the sentence saying where, or None when cancelled or refused (refusals are shown)."""
    from ..model.calendar import write_ics

    folder = store.path.parent if store.path is not None else None
    if pair is not None:
        name = pair_title(pair, store.participant_names())
    else:
        name = _tr("%1 calendar").replace("%1", store.path.stem if store.path else "MentorDesk")
    suggested = f"{name}.ics" if folder is None else str(folder / f"{name}.ics")
    window = parent.window()
    path = prompts.save_any(
        window, _tr("Export calendar"), suggested, _tr("Calendar files (*.ics)")
    )
    if not path:
        return None
    pairs = [pair] if pair is not None else store.pairs()
    try:
        count = write_ics(path, pairs, store.participants(), store.program(), today)
    except MentorDeskError as exc:
        prompts.error(window, _tr("Calendar not exported"), str(exc))
        return None
    return counted(
        count,
        _tr("Saved %n pair's meeting plan to %1"),
        _tr("Saved %n pairs' meeting plans to %1"),
    ).replace("%1", path)
