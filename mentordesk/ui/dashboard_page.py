"""The Dashboard page: the program's figures as tiles, and charts below them, for a date range.

The figures are the model's (:func:`mentordesk.model.dashboard.compute`); this page shows
them. Clicking a tile, a bar or a slice lists the people or pairs behind it. The charts module
(matplotlib) is imported when the page is first shown, so the window opens without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..model.dashboard import (
    ALL_TIME,
    Dashboard,
    Period,
    Subject,
    compute,
    last_months,
    read_ids,
    this_month,
    this_year,
)
from ..model.domain import Changes
from ..model.store import Store
from .page import DialogRunner, ProgramPage, run_dialog
from .prompts import Prompts
from .text import DATE_FORMAT, counted
from .translations import format_date

if TYPE_CHECKING:
    from .charts import ChartView

NO_DATA = "—"
#: How many skills the skills chart shows (the biggest shortfall first).

TILE_STYLE = """
QFrame#figureTile { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#figureTile:hover, QFrame#figureTile:focus { border-color: palette(highlight); }
QLabel#tileValue { font-size: 20pt; font-weight: 600; }
QLabel#tileCaption { font-weight: 600; }
QLabel#tileDetail { color: palette(placeholder-text); }
QFrame#chartCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QLabel#chartTitle { font-weight: 600; }
"""


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FigureTile(QFrame):
    """A figure: its caption, a big value ("—" without data) and a line of detail. Clicking it
    (or Enter or Space when it has the focus) lists the people or pairs behind it."""

    clicked = Signal()

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("figureTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel(NO_DATA)
        self.value.setObjectName("tileValue")
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch()

    def set_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class IdListDialog(QDialog):
    """The people or pairs behind a figure, by name."""

    def __init__(self, title: str, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("dashboardList")
        self.heading = QLabel(
            counted(len(names), self.tr("%n name:"), self.tr("%n names:"))
            if names
            else self.tr("Nobody is behind this figure.")
        )
        self.list = QListWidget()
        self.list.addItems(list(names))
        self.list.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 420)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class ChartCard(QFrame):
    """A chart under its title, with its "Save as…" button."""

    def __init__(self, title: str, chart: ChartView) -> None:
        super().__init__()
        self.setObjectName("chartCard")
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.chart = chart
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG picture"))
        self.save_button.setAccessibleName(self.tr("Save %1 as a picture").replace("%1", title))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(chart, 1)
        self.setMinimumHeight(300)


class DashboardPage(ProgramPage):
    """Tiles and charts of the program for a chosen period."""

    watches = ("program", "participants", "pairs", "goals", "sessions", "feedback", "surveys")

    #: the period's presets, in the order offered
    PRESETS = ("all", "month", "quarter", "year", "custom")

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
        self.setObjectName("dashboardPage")
        self._restyling = False
        self.setStyleSheet(TILE_STYLE)
        self.figures: Dashboard | None = None
        self._since = Changes()  # what changed since the figures were computed
        self.cards: dict[str, ChartCard] = {}

        title = QLabel(self.tr("Dashboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for text in (
            self.tr("All time"),
            self.tr("This month"),
            self.tr("Last 3 months"),
            self.tr("This year"),
            self.tr("Custom range"),
        ):
            self.period_box.addItem(text)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._custom_changed)
        self.period_box.currentIndexChanged.connect(self._preset_changed)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        period_label = QLabel(self.tr("Period:"))
        period_label.setBuddy(self.period_box)
        head.addWidget(period_label)
        head.addWidget(self.period_box)
        head.addWidget(self.from_edit)
        head.addWidget(QLabel("–"))
        head.addWidget(self.to_edit)
        self.period_note = QLabel()
        self.period_note.setObjectName("periodNote")
        self.period_note.setWordWrap(True)
        self.empty_note = QLabel(
            self.tr(
                "This program has no participants yet. Add or import participants: the "
                "figures and charts fill in as pairs start, meet, set goals and give feedback."
            )
        )
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)

        self.tiles: dict[str, FigureTile] = {}
        tile_grid = QGridLayout()
        tile_grid.setSpacing(10)
        for n, (key, caption) in enumerate(
            (
                ("participants", self.tr("Participants")),
                ("match_rate", self.tr("Match rate")),
                ("active_pairs", self.tr("Active pairs")),
                ("sessions_month", self.tr("Sessions this month")),
                ("days_since", self.tr("Days since last session")),
                ("goals", self.tr("Goals completed")),
                ("satisfaction", self.tr("Average satisfaction")),
                ("nps", self.tr("Net Promoter Score")),
                ("closed", self.tr("Pairs closed")),
            )
        ):
            tile = FigureTile(caption)
            tile.clicked.connect(lambda k=key: self._tile_clicked(k))
            self.tiles[key] = tile
            tile_grid.addWidget(tile, n // 5, n % 5)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.period_note)
        layout.addWidget(self.empty_note)
        layout.addLayout(tile_grid)
        layout.addLayout(self.chart_grid)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            # A style sheet fixes its widgets' palettes when it is applied: apply it again so
            # the tiles, the cards and the charts in them take the new (light or dark) colours.
            self._restyling = True
            self.setStyleSheet("")
            self.setStyleSheet(TILE_STYLE)
            self._restyling = False
        super().changeEvent(event)

    # -- the period ------------------------------------------------------------------------

    def period(self) -> Period:
        today = self._today()
        preset = self.PRESETS[self.period_box.currentIndex()]
        if preset == "month":
            return this_month(today)
        if preset == "quarter":
            return last_months(today, 3)
        if preset == "year":
            return this_year(today)
        if preset == "custom":
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return Period(min(start, end), max(start, end))
        return ALL_TIME

    def set_period(
        self, preset: str, start: dt.date | None = None, end: dt.date | None = None
    ) -> None:
        """Choose a preset ("all", "month", "quarter", "year") or a custom range."""
        if preset == "custom" and start and end:
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        index = self.PRESETS.index(preset)
        if index != self.period_box.currentIndex():
            self.period_box.setCurrentIndex(index)  # reloads through _preset_changed
        else:
            self.mark_stale()

    def _preset_changed(self) -> None:
        custom = self.PRESETS[self.period_box.currentIndex()] == "custom"
        if not custom:
            period = self.period()
            today = self._today()
            for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end or today)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day or self._first_day()))
                edit.blockSignals(False)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.mark_stale()

    def _custom_changed(self) -> None:
        if self.PRESETS[self.period_box.currentIndex()] == "custom":
            self.mark_stale()

    def _first_day(self) -> dt.date:
        start = self._store.program().start_date
        return start or self._today().replace(month=1, day=1)

    # -- showing the figures ---------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        self._since |= changes
        super().on_changes(changes)

    def reload(self) -> None:
        self._stale = False
        since, self._since = self._since, Changes()
        # Skills and feedback read no session: kept when only sessions, goals or the like
        # changed (a session logged), which halves the refresh of a big program.
        unchanged = not (since.participants or since.pairs or since.feedback or since.surveys)
        figures = compute(
            self._store,
            self._today(),
            self.period(),
            self._store.survey_questions(),
            reuse=self.figures if unchanged and self.figures is not None else None,
        )
        self.figures = figures
        self._show_period(figures.period)
        self.empty_note.setVisible(figures.is_empty)
        self._show_tiles(figures)
        self._show_charts(figures)

    def _show_period(self, period: Period) -> None:
        if period.is_all:
            text = self.tr("Sessions, feedback, goals completed and pairs closed: all time.")
        else:
            text = (
                self.tr("Sessions, feedback, goals completed and pairs closed from %1 to %2.")
                .replace("%1", format_date(period.start) if period.start else "…")
                .replace("%2", format_date(period.end) if period.end else "…")
            )
        self.period_note.setText(
            text + " " + self.tr("The other figures are the program as it is today.")
        )
        if self.PRESETS[self.period_box.currentIndex()] == "all":
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(_qdate(self._first_day()))
            self.from_edit.blockSignals(False)
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(_qdate(self._today()))
            self.to_edit.blockSignals(False)

    def _show_tiles(self, d: Dashboard) -> None:
        mentors, mentees, both = (b.count for b in d.by_role)
        applicants, active, withdrawn = (b.count for b in d.by_status)
        self.tiles["participants"].set_figure(
            str(d.participants.count),
            self.tr("%1 mentors · %2 mentees · %3 both\n%4 applicants · %5 active · %6 withdrawn")
            .replace("%1", str(mentors))
            .replace("%2", str(mentees))
            .replace("%3", str(both))
            .replace("%4", str(applicants))
            .replace("%5", str(active))
            .replace("%6", str(withdrawn)),
        )
        rate = d.match_rate
        self.tiles["match_rate"].set_figure(
            NO_DATA if rate is None else f"{_number(rate * 100)} %",
            self.tr("%1 of %2 who want a match; %3 waiting")
            .replace("%1", str(d.matched.count))
            .replace("%2", str(d.wanting_match.count))
            .replace("%3", str(d.unmatched.count)),
        )
        self.tiles["active_pairs"].set_figure(
            str(d.active_pairs.count),
            self.tr("pairs meeting now (not paused)"),
        )
        self.tiles["sessions_month"].set_figure(
            str(d.sessions_this_month.count),
            counted(
                len(d.sessions_this_month.ids),
                self.tr("held by %n pair"),
                self.tr("held by %n pairs"),
            ),
        )
        days = d.median_days_since_session
        self.tiles["days_since"].set_figure(
            NO_DATA if days is None else _number(days, 0 if days == int(days) else 1),
            counted(
                len(d.active_pairs.ids),
                self.tr("median over %n active pair"),
                self.tr("median over %n active pairs"),
            ),
        )
        completion = d.goal_completion_rate
        self.tiles["goals"].set_figure(
            NO_DATA if completion is None else f"{_number(completion * 100)} %",
            self.tr("%1 of %2 goals; %3 in the period")
            .replace("%1", str(d.goals_by_status[-1].count))
            .replace("%2", str(d.goals.count))
            .replace("%3", str(d.goals_completed_in_period.count)),
        )
        self.tiles["satisfaction"].set_figure(
            NO_DATA if d.satisfaction is None else f"{_number(d.satisfaction, 1)} / 5",
            counted(
                d.satisfaction_answers,
                self.tr("%n mentee answer (1 to 5)"),
                self.tr("%n mentee answers (1 to 5)"),
            ),
        )
        score = d.nps.score
        self.tiles["nps"].set_figure(
            NO_DATA if score is None else f"{score:+.0f}",
            self.tr("%1 promoters, %2 passives, %3 detractors")
            .replace("%1", str(d.nps.promoters))
            .replace("%2", str(d.nps.passives))
            .replace("%3", str(d.nps.detractors)),
        )
        self.tiles["closed"].set_figure(
            str(d.closed_pairs),
            "\n".join(f"{b.label}: {b.count}" for b in d.closed_by_reason)
            or self.tr("none in the period"),
        )

    def _tile_clicked(self, key: str) -> None:
        d = self.figures
        if d is None:
            return
        P, PA = Subject.PARTICIPANTS, Subject.PAIRS
        lists = {
            "participants": (self.tr("All participants"), d.participants.ids, P),
            "match_rate": (self.tr("Waiting for a match"), d.unmatched.ids, P),
            "active_pairs": (self.tr("Active pairs"), d.active_pairs.ids, PA),
            "sessions_month": (self.tr("Pairs that met this month"), d.sessions_this_month.ids, PA),
            "days_since": (self.tr("Active pairs"), d.active_pairs.ids, PA),
            "goals": (
                self.tr("Pairs with goals completed in the period"),
                d.goals_completed_in_period.ids,
                PA,
            ),
            "satisfaction": (
                self.tr("Who gave feedback in the period"),
                tuple(sorted({i for r in d.rounds for i in r.participant_ids})),
                P,
            ),
            "closed": (
                self.tr("Pairs closed in the period"),
                tuple(sorted(i for b in d.closed_by_reason for i in b.ids)),
                PA,
            ),
        }
        lists["nps"] = lists["satisfaction"]
        title, ids, subject = lists[key]
        self.show_ids(title, ids, subject)

    def show_ids(self, title: str, ids: Sequence[int] | str, subject: Subject) -> None:
        """List the people or pairs behind a figure, by name, in a dialog (``ids`` may be
        the model's text of them)."""
        if isinstance(ids, str):
            ids = read_ids(ids)
        if subject is Subject.PARTICIPANTS:
            names = self._store.participant_names()
        else:
            names = {f.pair_id: f.label for f in self._store.pair_facts(include_closed=True)}
        shown = sorted((names.get(i, str(i)) for i in ids), key=str.casefold)
        self._run(IdListDialog(title, shown, self))

    # -- charts ----------------------------------------------------------------------------

    def _card(self, key: str, title: str, description: str, subject: Subject) -> ChartCard:
        card = self.cards.get(key)
        if card is None:
            from .charts import ChartView

            chart = ChartView(title, description)
            chart.picked.connect(
                lambda label, ids, s=subject, t=title: self.show_ids(f"{t}: {label}", ids, s)
            )
            card = ChartCard(title, chart)
            card.save_button.clicked.connect(lambda _c=False, k=key: self.save_chart(k))
            n = len(self.cards)
            self.chart_grid.addWidget(card, n // 2, n % 2)
            self.cards[key] = card
        return card

    def _show_charts(self, d: Dashboard) -> None:
        from .dashboard_charts import draw_charts

        draw_charts(lambda *spec: self._card(*spec).chart, d)

    @staticmethod
    def _month(key: str) -> str:
        return QLocale().toString(QDate(int(key[:4]), int(key[5:7]), 1), "MMM yy")

    def save_chart(self, key: str) -> None:
        """Ask where, then write the chart as PNG or SVG (by the suffix chosen)."""
        card = self.cards[key]
        title = card.title.text()
        path = self._prompts.save_any(
            self,
            self.tr("Save chart"),
            f"{title}.png",
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return
        try:
            card.chart.save(path)
        except OSError as exc:
            self._prompts.error(
                self,
                self.tr("Save chart"),
                self.tr("The chart could not be saved (%1). Choose another folder.").replace(
                    "%1", str(exc)
                ),
            )
