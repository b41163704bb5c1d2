"""Thin Qt adapters over :class:`~mentordesk.model.board.Board`: the unmatched pool (a list),
the mentors or groups with their members (a tree), and the card painter both share.

A drop only decodes the person's id and the target and emits :attr:`BoardModelBase.dropped`;
the page judges it and pushes the undo command.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..model.board import NEW_GROUP, POOL, Board, Column, Placement
from ..model.domain import PairStatus, Participant

MIME = "application/x-mentordesk-person"
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # participant id of a card (None on a column)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the drop target a row stands for
CARD_ROLE = Qt.ItemDataRole.UserRole + 3  # a Card to paint

Index = QModelIndex | QPersistentModelIndex

GOOD, FAIR, WEAK, OFF = "#2e7d32", "#9a6700", "#c62828", "#6e7781"
BEST = QColor("#e0a800")


@dataclass(frozen=True)
class Card:
    """What one row shows."""

    title: str
    details: str  # level · department
    skills: str
    badge: str
    badge_colour: str
    header: bool = False  # a mentor or group, not a person card
    note: str = ""  # Active, Paused, Locked
    rank: int = 0  # 1..3 when among the selected card's best partners
    warning: str = ""  # why nobody can take this person now (an unmatched card)


def badge_colour(score: float | None, eligible: bool = True) -> str:
    if score is None or not eligible:
        return OFF
    return GOOD if score >= 70 else FAIR if score >= 50 else WEAK


def _details(p: Participant) -> str:
    return " · ".join(x for x in (p.career_level, p.department) if x)


def _skills(p: Participant, offered: bool) -> str:
    items = p.skills_offered if offered else p.skills_wanted
    return ", ".join(items[:3]) + (" …" if len(items) > 3 else "")


def matches(p: Participant, needle: str) -> bool:
    if not needle:
        return True
    hay = " ".join(
        (p.full_name, p.department, p.career_level, *p.skills_offered, *p.skills_wanted)
    ).casefold()
    return all(word in hay for word in needle.casefold().split())


class BoardModelBase:
    """What both models share: the board, the search text and the highlighted partners."""

    board: Board | None = None
    search = ""
    ranks: dict[int, int] = {}  # column key or person id -> 1..3

    def encode(self, person_id: int) -> QMimeData:
        mime = QMimeData()
        mime.setData(MIME, QByteArray(str(person_id).encode()))
        return mime

    @staticmethod
    def decode(data: QMimeData) -> int | None:
        if not data.hasFormat(MIME):
            return None
        try:
            return int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return None


class PoolModel(BoardModelBase, QAbstractListModel):
    """The unmatched: mentees without a mentor (or peers without a group)."""

    dropped = Signal(int, int)  # person id, target

    def __init__(self) -> None:
        QAbstractListModel.__init__(self)
        self.people: list[Participant] = []
        self.ranks = {}
        self._reasons: dict[int, str] = {}
        self._cards: dict[int, Card] = {}  # per board: views ask for a card at every layout
        self._blocked: frozenset[int] = frozenset()

    def set_board(self, board: Board | None, search: str) -> None:
        self.beginResetModel()
        if board is not self.board:
            self._reasons, self._cards = {}, {}
            self._blocked = board.blocked() if board else frozenset()
        self.board, self.search = board, search
        pool = board.pool if board else []
        self.people = [p for p in pool if matches(p, search)]
        self.endResetModel()

    def set_ranks(self, ranks: dict[int, int]) -> None:
        changed = {i for i in {*self.ranks, *ranks} if self.ranks.get(i) != ranks.get(i)}
        self.ranks = ranks
        for row, p in enumerate(self.people):
            if p.id in changed:
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        p = self.people[index.row()]
        if role == PERSON_ROLE:
            return p.id
        if role == KEY_ROLE:
            return POOL
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{p.full_name}, {_details(p)}".strip(", ")
        if role == CARD_ROLE:
            pid = p.id or 0
            card = self._cards.get(pid)
            if card is None:
                # A card says why only when nobody who could take this person has a place.
                warning = self.reason(pid) if pid in self._blocked else ""
                card = Card(
                    p.full_name,
                    _details(p),
                    _skills(p, offered=self.board.peers),
                    "",
                    OFF,
                    warning=warning,
                )
                self._cards[pid] = card
            rank = self.ranks.get(pid, 0)
            return dataclasses.replace(card, rank=rank) if rank else card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.reason(p.id or 0)
        return None

    def reason(self, person: int) -> str:
        """Why this person is unmatched, computed once per board and person."""
        if person not in self._reasons and self.board is not None:
            self._reasons[person] = self.board.unmatched_reason(person)
        return self._reasons.get(person, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.encode(self.people[indexes[0].row()].id or 0)

    def canDropMimeData(self, data: QMimeData, *_args: Any) -> bool:
        return self.decode(data) is not None

    def dropMimeData(self, data: QMimeData, *_args: Any) -> bool:
        person = self.decode(data)
        if person is None:
            return False
        self.dropped.emit(person, POOL)
        return False  # the store's change notice rebuilds the board; nothing to remove here


class ColumnsModel(BoardModelBase, QAbstractItemModel):
    """Mentors (or groups) as top-level rows, their members as children."""

    dropped = Signal(int, int)

    def __init__(self) -> None:
        QAbstractItemModel.__init__(self)
        self.columns: list[Column] = []
        self.members: list[list[Placement]] = []
        self.ranks = {}

    def set_board(self, board: Board | None, search: str) -> None:
        self.beginResetModel()
        self.board, self.search = board, search
        self.columns, self.members = [], []
        for column in board.columns if board else []:
            people = [pl for pl in column.members if matches(pl.person, search)]
            header = column.mentor is not None and matches(column.mentor, search)
            if search and not people and not header:
                continue
            self.columns.append(column)
            self.members.append(column.members if header or not search else people)
        if board is not None and board.peers:
            self.columns.append(Column(NEW_GROUP, "", None, 0))
            self.members.append([])
        self.endResetModel()

    def set_ranks(self, ranks: dict[int, int]) -> None:
        """Stars on mentor headers (only headers have ranks here)."""
        changed = {k for k in {*self.ranks, *ranks} if self.ranks.get(k) != ranks.get(k)}
        self.ranks = ranks
        for row, column in enumerate(self.columns):
            if column.key in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    # -- tree structure: a child's internal id is its column's row + 1 -----------------------

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.columns) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self.members[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.columns)
        if parent.internalId() == 0:
            return len(self.members[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def column_row(self, key: int) -> QModelIndex:
        for row, column in enumerate(self.columns):
            if column.key == key:
                return self.index(row, 0)
        return QModelIndex()

    def person_index(self, person_id: int) -> QModelIndex:
        for row, members in enumerate(self.members):
            for i, pl in enumerate(members):
                if pl.person.id == person_id:
                    return self.index(i, 0, self.index(row, 0))
        return QModelIndex()

    def _target(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.columns[index.row()].key
        return self.columns[int(index.internalId()) - 1].key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        board = self.board
        if not index.isValid() or board is None:
            return None
        if index.internalId() == 0:
            return self._column_data(self.columns[index.row()], role)
        column = self.columns[int(index.internalId()) - 1]
        placement = self.members[int(index.internalId()) - 1][index.row()]
        p = placement.person
        pid = p.id or 0
        if role == PERSON_ROLE:
            return pid
        if role == KEY_ROLE:
            return column.key
        score = board.card_score(pid)
        eligible = board.peers or board.eligible(column.key, pid)
        status = {
            PairStatus.ACTIVE: self.tr("Active"),
            PairStatus.PAUSED: self.tr("Paused"),
        }.get(
            placement.status,
            self.tr("Proposed, locked") if placement.locked else self.tr("Proposed"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return p.full_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("%1, score %2")
                .replace("%1", p.full_name)
                .replace("%2", "–" if score is None else f"{score:.0f}")
            )
        if role == CARD_ROLE:
            return Card(
                p.full_name,
                _details(p),
                _skills(p, offered=board.peers),
                "–" if score is None else f"{score:.0f}" + ("" if eligible else " !"),
                badge_colour(score, eligible),
                note=status,
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if board.peers:
                others = [pl.person for pl in column.members if pl.person.id != pid]
                return "\n\n".join(
                    f"{o.full_name}:\n{board.explanation(pid, o.id or 0)}" for o in others
                )
            return board.explanation(column.key, pid)
        return None

    def _column_data(self, column: Column, role: int) -> Any:
        board = self.board
        assert board is not None
        if role == KEY_ROLE:
            return column.key
        if role == PERSON_ROLE:
            return None
        if column.key == NEW_GROUP:
            text = self.tr("＋ New group: drop someone here")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return text
            if role == CARD_ROLE:
                return Card(text, "", "", "", OFF, header=True)
            return None
        taken, capacity = len(column.members), column.capacity
        places = f"{taken}/{capacity}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("%1, %2 places taken").replace("%1", column.title).replace("%2", places)
        if role == CARD_ROLE:
            mentor = column.mentor
            details = _details(mentor) if mentor else self._round(column)
            skills = _skills(mentor, offered=True) if mentor else ""
            full = column.places_left == 0
            return Card(
                column.title,
                details,
                skills,
                self.tr("full") if full else places,
                OFF if full else GOOD,
                header=True,
                rank=self.ranks.get(column.key, 0) if mentor else 0,
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            lines = [
                self.tr("%1 of %2 places taken")
                .replace("%1", str(taken))
                .replace("%2", str(capacity))
            ]
            if column.mentor is not None and column.mentor.skills_offered:
                lines.append(
                    self.tr("Offers: %1").replace("%1", ", ".join(column.mentor.skills_offered))
                )
            return "\n".join(lines)
        return None

    def _round(self, column: Column) -> str:
        if column.rotation_round:
            return self.tr("Round %1").replace("%1", str(column.rotation_round))
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() != 0:
            placement = self.members[int(index.internalId()) - 1][index.row()]
            if placement.movable:
                base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.encode(int(self.data(indexes[0], PERSON_ROLE)))

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.decode(data) is not None and self._target(parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        person, target = self.decode(data), self._target(parent)
        if person is None or target is None:
            return False
        self.dropped.emit(person, target)
        return False


class CardDelegate(QStyledItemDelegate):
    """Paints a row as a card: name, level and department, top skills, a coloured badge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Every card has three lines, so the views can use uniform row heights and never ask
        # 1,000 rows for their size (the board's layout then costs nothing per row).
        return QSize(260, 3 * QFontMetrics(option.font).height() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect.adjusted(3, 2, -3, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = palette.color(QPalette.ColorRole.Base)
        if card.header:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if card.rank:
            border, width = BEST, 2.5
        if selected:
            border, width = palette.color(QPalette.ColorRole.Highlight), 2.5
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)

        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(10, 5, -10, -5)
        line = QFontMetrics(option.font).height()
        badge_width = 0
        if card.badge:
            bold = QFont(option.font)
            bold.setBold(True)
            badge_width = QFontMetrics(bold).horizontalAdvance(card.badge) + 16
            badge = QRect(inner.right() - badge_width, inner.top(), badge_width, line + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(card.badge_colour))
            painter.drawRoundedRect(badge, (line + 4) / 2, (line + 4) / 2)
            painter.setFont(bold)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, card.badge)
        title_font = QFont(option.font)
        title_font.setBold(True)
        if card.header:
            title_font.setPointSizeF(title_font.pointSizeF() + 0.5)
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - badge_width - 6, line + 4)
        title = card.title
        if card.rank:
            title = f"★{card.rank}  {title}"
        metrics = QFontMetrics(title_font)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(option.font)
        small = QFontMetrics(option.font)
        y = inner.top() + line + 4
        details = "  ·  ".join(x for x in (card.details, card.note) if x)
        # Someone nobody can take shows why in place of their skills (all of it in the tooltip).
        last = (card.warning, QColor(WEAK)) if card.warning else (card.skills, text)
        for value, colour in ((details, muted), last):
            if not value:
                continue
            painter.setPen(colour)
            row = QRect(inner.left(), y, inner.width(), line)
            painter.drawText(
                row,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                small.elidedText(value, Qt.TextElideMode.ElideRight, row.width()),
            )
            y += line
        painter.restore()
