"""The Overview page: the program at a glance; every count opens the matching list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Changes, PairStatus, ParticipantStatus, Program, Role
from ..model.store import Store
from .text import counted


def _date(d: dt.date) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


class CountTile(QToolButton):
    """A big number over a caption; clicking it shows the people behind the number."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.caption = caption
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMinimumSize(130, 72)
        self.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); padding: 6px; }"
            "QToolButton:hover { border-color: palette(highlight); }"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{count}\n{self.caption}")
        self.setAccessibleName(f"{self.caption}: {count}")


class OverviewPage(QWidget):
    #: role, status, pair filter for the Participants page
    show_participants = Signal(object, object, object)
    edit_program = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._store = store
        self._stale = True

        self.title = QLabel()
        self.title.setObjectName("programTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("programSubtitle")
        self.subtitle.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Program settings…"))
        self.settings_button.clicked.connect(self.edit_program)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)

        self.total_tile = CountTile(self.tr("All participants"))
        self.total_tile.clicked.connect(lambda: self.show_participants.emit(None, None, None))
        self.role_tiles: dict[Role, CountTile] = {}
        for role, caption in (
            (Role.MENTOR, self.tr("Mentors")),
            (Role.MENTEE, self.tr("Mentees")),
            (Role.BOTH, self.tr("Mentor and mentee")),
        ):
            tile = CountTile(caption)
            tile.clicked.connect(
                lambda _c=False, r=role: self.show_participants.emit(r, None, None)
            )
            self.role_tiles[role] = tile
        self.status_tiles: dict[ParticipantStatus, CountTile] = {}
        for status, caption in (
            (ParticipantStatus.APPLICANT, self.tr("Applicants")),
            (ParticipantStatus.ACTIVE, self.tr("Active")),
            (ParticipantStatus.WITHDRAWN, self.tr("Withdrawn")),
        ):
            tile = CountTile(caption)
            tile.clicked.connect(
                lambda _c=False, s=status: self.show_participants.emit(None, s, None)
            )
            self.status_tiles[status] = tile
        self.pair_tiles: dict[PairStatus, CountTile] = {}
        for pair_status, caption in (
            (PairStatus.PROPOSED, self.tr("Proposed")),
            (PairStatus.ACTIVE, self.tr("Active")),
            (PairStatus.PAUSED, self.tr("Paused")),
            (PairStatus.CLOSED, self.tr("Closed")),
        ):
            tile = CountTile(caption)
            tile.setToolTip(self.tr("Show the participants in these pairs"))
            tile.clicked.connect(
                lambda _c=False, s=pair_status: self.show_participants.emit(None, None, s.value)
            )
            self.pair_tiles[pair_status] = tile

        people = QGroupBox(self.tr("Participants"))
        grid = QGridLayout(people)
        grid.addWidget(QLabel(self.tr("By role")), 0, 0)
        grid.addWidget(self.total_tile, 1, 0)
        for i, tile in enumerate(self.role_tiles.values(), start=1):
            grid.addWidget(tile, 1, i)
        grid.addWidget(QLabel(self.tr("By status")), 2, 0)
        for i, tile in enumerate(self.status_tiles.values()):
            grid.addWidget(tile, 3, i)
        grid.setColumnStretch(5, 1)
        pairs = QGroupBox(self.tr("Pairs and groups"))
        row = QHBoxLayout(pairs)
        for tile in self.pair_tiles.values():
            row.addWidget(tile)
        row.addStretch()
        self.activity = QLabel()
        self.activity.setObjectName("activity")
        self.objectives = QLabel()
        self.objectives.setObjectName("objectives")
        self.objectives.setWordWrap(True)
        self.objectives.setTextFormat(Qt.TextFormat.PlainText)
        self.objectives.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        objectives_box = QGroupBox(self.tr("Objectives"))
        QVBoxLayout(objectives_box).addWidget(self.objectives)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(head)
        layout.addWidget(people)
        layout.addWidget(pairs)
        layout.addWidget(self.activity)
        layout.addWidget(objectives_box)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def on_changes(self, changes: Changes) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        program = self._store.program()
        counts = self._store.counts()
        self.title.setText(program.name)
        self.subtitle.setText(self._describe(program))
        self.total_tile.set_count(counts.participants)
        for role, tile in self.role_tiles.items():
            tile.set_count(counts.participants_by_role[role])
        for status, tile in self.status_tiles.items():
            tile.set_count(counts.participants_by_status[status])
        for pair_status, tile in self.pair_tiles.items():
            tile.set_count(counts.pairs_by_status[pair_status])
        self.activity.setText(
            self.tr("%1 sessions logged · %2 goals set")
            .replace("%1", str(counts.sessions))
            .replace("%2", str(counts.goals))
        )
        self.objectives.setText(program.objectives or self.tr("No objectives written yet."))
        self.settings_button.setEnabled(not self._store.read_only)
        self._stale = False

    def _describe(self, program: Program) -> str:
        parts = [program.format.label, self.tr("formal") if program.formal else self.tr("informal")]
        if program.start_date and program.end_date:
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", _date(program.start_date))
                .replace("%2", _date(program.end_date))
            )
        elif program.start_date:
            parts.append(self.tr("from %1").replace("%1", _date(program.start_date)))
        parts.append(
            counted(
                program.cadence_days,
                self.tr("pairs meet every day"),
                self.tr("pairs meet every %n days"),
            )
        )
        return " · ".join(parts)
