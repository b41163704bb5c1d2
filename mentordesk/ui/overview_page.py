"""The Overview page: the program at a glance; every count opens the matching list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.domain import Changes, PairStatus, ParticipantStatus, Program, Role
from ..model.milestones import Milestone, MilestoneKind, milestone_feed
from ..model.store import Store
from .intake_overview import IntakeBox
from .text import counted
from .translations import format_date

#: How many milestones the Overview lists.
MILESTONES_SHOWN = 8
PAIR_ROLE = Qt.ItemDataRole.UserRole

# One quiet colour and sign per kind of milestone.
_BADGES = {
    MilestoneKind.GOALS_REACHED: ("#2e7d32", "★"),
    MilestoneKind.GOAL_COMPLETED: ("#b8860b", "✓"),
    MilestoneKind.STEP_REACHED: ("#6a4c93", "◆"),
    MilestoneKind.SESSIONS: ("#1f5f8b", ""),  # the number of sessions
}


def milestone_badge(milestone: Milestone, size: int = 22) -> QIcon:
    """A small round badge in the milestone's colour, with its sign (or session count)."""
    colour, sign = _BADGES[milestone.kind]
    ratio = 2  # drawn at twice the size, so it stays crisp on high-density screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour).darker(115), ratio))
    painter.setBrush(QColor(colour))
    inset = ratio
    painter.drawEllipse(QRectF(inset, inset, (size - 2) * ratio, (size - 2) * ratio))
    text = sign or str(milestone.count)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * ratio * (0.5 if len(text) < 2 else 0.42)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(
        QRectF(QPointF(0, 0), QPointF(size * ratio, size * ratio)),
        Qt.AlignmentFlag.AlignCenter,
        text,
    )
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


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
    #: a pair's id, when a milestone is clicked
    open_pair = Signal(int)
    #: an intake stage's value, for the Participants page's intake filter
    show_intake = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._store = store
        self._today = today
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
        # One row of tiles each, packed to the left: no column widths shared between rows, so
        # a long label in one row leaves no gap in the other (Italian, Bulgarian).
        rows = QVBoxLayout(people)
        for label, tiles in (
            (self.tr("By role"), [self.total_tile, *self.role_tiles.values()]),
            (self.tr("By status"), list(self.status_tiles.values())),
        ):
            rows.addWidget(QLabel(label))
            line = QHBoxLayout()
            for tile in tiles:
                line.addWidget(tile)
            line.addStretch()
            rows.addLayout(line)
        pairs = QGroupBox(self.tr("Pairs and groups"))
        row = QHBoxLayout(pairs)
        for tile in self.pair_tiles.values():
            row.addWidget(tile)
        row.addStretch()
        self.intake = IntakeBox()
        self.intake.show_stage.connect(self.show_intake)
        self.activity = QLabel()
        self.activity.setObjectName("activity")
        self.objectives = QLabel()
        self.objectives.setObjectName("objectives")
        self.objectives.setWordWrap(True)
        self.objectives.setTextFormat(Qt.TextFormat.PlainText)
        self.objectives.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        objectives_box = QGroupBox(self.tr("Objectives"))
        QVBoxLayout(objectives_box).addWidget(self.objectives)

        self.milestones = QTreeWidget()
        self.milestones.setObjectName("milestoneFeed")
        self.milestones.setColumnCount(3)
        self.milestones.setHeaderHidden(True)
        self.milestones.setRootIsDecorated(False)
        self.milestones.setIndentation(0)
        self.milestones.setIconSize(QSize(22, 22))
        self.milestones.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.milestones.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.milestones.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.milestones.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.milestones.setCursor(Qt.CursorShape.PointingHandCursor)
        self.milestones.setStyleSheet(
            "QTreeWidget { background: transparent; }"
            "QTreeWidget::item { padding: 5px 4px; border-bottom: 1px solid palette(midlight); }"
            "QTreeWidget::item:hover { background: palette(alternate-base); }"
        )
        header = self.milestones.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.itemClicked.connect(self._milestone_clicked)
        self.milestones_empty = QLabel(
            self.tr(
                "Nothing to celebrate yet. Completed goals, milestone steps, every tenth "
                "session of a pair and pairs closed with their goals reached will appear here."
            )
        )
        self.milestones_empty.setWordWrap(True)
        self.milestones_empty.setStyleSheet("color: palette(placeholder-text);")
        milestones_box = QGroupBox(self.tr("Milestones to celebrate"))
        milestones_box.setObjectName("milestonesBox")
        box = QVBoxLayout(milestones_box)
        box.addWidget(self.milestones)
        box.addWidget(self.milestones_empty)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(head)
        layout.addWidget(people)
        layout.addWidget(pairs)
        layout.addWidget(self.intake)
        layout.addWidget(self.activity)
        layout.addWidget(milestones_box)
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
        self.intake.show_figures(self._store.recruitment(self._today()))
        self.objectives.setText(program.objectives or self.tr("No objectives written yet."))
        self.settings_button.setEnabled(not self._store.read_only)
        self._show_milestones(milestone_feed(self._store, self._today(), MILESTONES_SHOWN))
        self._stale = False

    def _show_milestones(self, feed: list[Milestone]) -> None:
        self.milestones.clear()
        for m in feed:
            item = QTreeWidgetItem([format_date(m.date), m.subject, m.text])
            item.setIcon(0, milestone_badge(m))
            item.setData(0, PAIR_ROLE, m.pair_id)
            item.setToolTip(2, self.tr("Click to open the pair"))
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            item.setForeground(0, self.palette().placeholderText())
            self.milestones.addTopLevelItem(item)
        self.milestones.setVisible(bool(feed))
        self.milestones_empty.setVisible(not feed)
        if feed:
            rows = sum(self.milestones.sizeHintForRow(n) for n in range(len(feed)))
            self.milestones.setFixedHeight(rows + 2)

    def _milestone_clicked(self, item: QTreeWidgetItem) -> None:
        self.open_pair.emit(int(item.data(0, PAIR_ROLE)))

    def _describe(self, program: Program) -> str:
        parts = [program.format.label, self.tr("formal") if program.formal else self.tr("informal")]
        if program.start_date and program.end_date:
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", format_date(program.start_date))
                .replace("%2", format_date(program.end_date))
            )
        elif program.start_date:
            parts.append(self.tr("from %1").replace("%1", format_date(program.start_date)))
        parts.append(
            counted(
                program.cadence_days,
                self.tr("pairs meet every day"),
                self.tr("pairs meet every %n days"),
            )
        )
        return " · ".join(parts)
