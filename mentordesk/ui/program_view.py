"""What the window shows while a program is open: the navigation list and one page per area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.store import Store
from .bridge import StoreBridge
from .calendar_page import CalendarPage
from .dashboard_page import DashboardPage
from .feedback_page import FeedbackPage
from .overview_page import OverviewPage
from .pairs_page import PairsPage
from .participants_page import ParticipantsPage, run_dialog
from .prompts import Prompts
from .resources_page import ResourcesPage
from .today_page import TodayPage
from .window_state import restore_splitters

if TYPE_CHECKING:
    from .board_page import BoardPage


@dataclass
class Services:
    """What the window needs from outside, passed in so tests can provide their own."""

    settings: QSettings
    prompts: Prompts
    data_dir: Path
    run_dialog: Callable[[QDialog], bool] = run_dialog
    today: Callable[[], dt.date] = dt.date.today


class ProgramView(QWidget):
    """Everything shown while a program is open; built per file, dropped on close."""

    def __init__(self, store: Store, undo: QUndoStack, services: Services) -> None:
        super().__init__()
        self.store = store
        self.bridge = StoreBridge(store, self)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        run, prompts = services.run_dialog, services.prompts
        self.overview = OverviewPage(store, today=services.today)
        self.today_page = TodayPage(store, undo, prompts, run, services.today)
        self.participants = ParticipantsPage(store, undo, prompts, run, today=services.today)
        # The Matching page is built when first needed: it brings numpy and the compatibility
        # scores, a third of a second of start-up that the other pages do without.
        self._services, self._undo = services, undo
        self._board: BoardPage | None = None
        self._board_slot = QWidget()
        self.pairs = PairsPage(store, undo, prompts, run, services.today)
        self.calendar = CalendarPage(store, undo, prompts, run, services.today)
        self.feedback = FeedbackPage(store, undo, prompts, run, services.today)
        self.dashboard = DashboardPage(store, undo, prompts, run, services.today)
        self.resources = ResourcesPage(store, undo, prompts, run, services.today)
        #: The pages' names, in order (the Go menu's items).
        self.titles: list[str] = []
        for title, page in (
            (self.tr("Overview"), self.overview),
            (self.tr("Today"), self.today_page),
            (self.tr("Participants"), self.participants),
            (self.tr("Matching"), self._board_slot),
            (self.tr("Pairs"), self.pairs),
            (self.tr("Calendar"), self.calendar),
            (self.tr("Feedback"), self.feedback),
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Resources"), self.resources),
        ):
            self.titles.append(title)
            self.nav.addItem(title)
            self.pages.addWidget(page)
            if page is not self._board_slot:  # the board connects when it is built
                self.bridge.changed.connect(page.on_changes)  # type: ignore[attr-defined]
        self.nav.currentRowChanged.connect(self._show_row)
        self.overview.show_participants.connect(self._show_participants)
        self.overview.open_pair.connect(self._open_pair)
        self.overview.show_intake.connect(self._show_intake)
        self.today_page.count_changed.connect(self._show_today_count)
        self.today_page.open_pair.connect(self._open_pair)
        self.today_page.open_board.connect(lambda: self.show_page(self.board))
        self.today_page.open_intake.connect(self._open_intake)
        self.today_page.refresh()
        self.calendar.open_pair.connect(self._open_pair)
        self.calendar.show_pairs.connect(self._show_pairs)

        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.banner.setVisible(store.read_only)
        self.banner.setText(
            self.tr(
                "Read-only: this program is open in another MentorDesk window, so nothing "
                "can be changed here. Close it there to edit it here."
            )
        )
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.nav.setCurrentRow(0)

    @property
    def board(self) -> BoardPage:
        """The Matching page, built in its place the first time it is asked for."""
        if self._board is None:
            from .board_page import BoardPage

            services = self._services
            page = BoardPage(
                self.store, self._undo, services.prompts, services.run_dialog, services.today
            )
            index = self.pages.indexOf(self._board_slot)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(self._board_slot)
            self._board_slot.deleteLater()
            self.bridge.changed.connect(page.on_changes)
            restore_splitters(page, services.settings)
            self._board = page
        return self._board

    def _show_row(self, row: int) -> None:
        if self.pages.widget(row) is self._board_slot:
            _ = self.board
        self.pages.setCurrentIndex(row)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def _show_today_count(self, count: int) -> None:
        title = self.tr("Today")
        self.nav.item(self.pages.indexOf(self.today_page)).setText(
            self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count)) if count else title
        )

    def _open_pair(self, pair_id: int) -> None:
        self.show_page(self.pairs)
        self.pairs.show_filtered()
        self.pairs.select_id(pair_id)

    def _show_pairs(self) -> None:
        self.show_page(self.pairs)
        self.pairs.show_filtered()

    def _show_participants(self, role: object, status: object, pair: object) -> None:
        self.show_page(self.participants)
        self.participants.show_filtered(role, status, pair)  # type: ignore[arg-type]

    def _open_intake(self, participant_id: int) -> None:
        self.show_page(self.participants)
        self.participants.show_filtered()
        self.participants.select_ids([participant_id])
        self.participants.intake.open_intake(participant_id)

    def _show_intake(self, stage: str) -> None:
        self.show_page(self.participants)
        self.participants.show_filtered(intake=stage)

    def page_names(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def close_store(self) -> None:
        self.bridge.detach()
        self.store.close()
