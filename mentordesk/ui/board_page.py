"""The matching board: the unmatched on the left, mentors (or groups) with their people on the
right. Drag a card onto a mentor to propose the pair, back to the pool to undo it; or select a
card and press Enter ("Assign to…"). Every gesture is one undoable command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QDrag, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..model.board import NEW_GROUP, POOL, Board, Verdict
from ..model.domain import Changes
from ..model.store import Store
from ..model.store_matching import RuleKind
from . import commands
from .board_models import KEY_ROLE, PERSON_ROLE, CardDelegate, ColumnsModel, PoolModel
from .page import ProgramPage
from .prompts import Prompts
from .text import counted
from .tones import WARNING, tone


class _CardViewMixin:
    """A view whose drag is started by our own code, so tests can complete it offscreen."""

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        view: QAbstractItemView = self  # type: ignore[assignment]
        indexes = [i for i in view.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        if not indexes:
            return
        drag = QDrag(view)
        drag.setMimeData(view.model().mimeData(indexes))
        rect = view.visualRect(indexes[0])
        drag.setPixmap(view.viewport().grab(rect))
        drag.setHotSpot(QPoint(rect.width() // 2, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)


class PoolView(_CardViewMixin, QListView):
    pass


class ColumnsView(_CardViewMixin, QTreeView):
    pass


def _configure(view: QAbstractItemView) -> None:
    view.setItemDelegate(CardDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class BoardPage(ProgramPage):
    """Reloads lazily: the board is rebuilt only when shown and stale."""

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
        self.setObjectName("boardPage")
        self._people_stale = True  # participants or settings changed: scores computed again
        self.board: Board | None = None
        self._selected: tuple[int | None, int | None] = (None, None)  # person, column key

        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Find a person, department or skill…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._show_board())
        self.auto_button = QPushButton(self.tr("&Auto-match the Rest"))
        self.auto_button.setObjectName("autoMatch")
        self.auto_button.setToolTip(
            self.tr("Propose the best pairs for everyone unmatched; your placements stay.")
        )
        self.auto_button.clicked.connect(self.auto_match)
        self.round_button = QPushButton(self.tr("Next &Round"))
        self.round_button.setObjectName("nextRound")
        self.round_button.setToolTip(
            self.tr("Close this round's groups and propose new ones where nobody meets again.")
        )
        self.round_button.clicked.connect(self.next_round)
        self.confirm_button = QPushButton(self.tr("&Confirm Proposals"))
        self.confirm_button.setObjectName("confirmProposals")
        self.confirm_button.setToolTip(self.tr("Make every proposed pair active from today."))
        self.confirm_button.clicked.connect(self.confirm)
        self.clear_button = QPushButton(self.tr("C&lear Proposals"))
        self.clear_button.setObjectName("clearProposals")
        self.clear_button.setToolTip(self.tr("Return every unlocked proposal to the unmatched."))
        self.clear_button.clicked.connect(self.clear)
        self.settings_button = QPushButton(self.tr("Matching &Settings…"))
        self.settings_button.setObjectName("matchSettings")
        self.settings_button.clicked.connect(self.edit_settings)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (
            self.auto_button,
            self.round_button,
            self.confirm_button,
            self.clear_button,
            self.settings_button,
        ):
            tools.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.notice = QLabel()
        self.notice.setObjectName("boardNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fdecea; color: #7a1c1c; padding: 6px; border-radius: 4px; }"
        )
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.pool_model = PoolModel()
        self.pool_view = PoolView()
        self.pool_view.setObjectName("boardPool")
        self.pool_view.setModel(self.pool_model)
        _configure(self.pool_view)
        self.pool_view.setAccessibleName(self.tr("Unmatched"))
        self.pool_view.setUniformItemSizes(True)
        self.pool_label = QLabel()
        self.pool_label.setBuddy(self.pool_view)
        self.columns_model = ColumnsModel()
        self.columns_view = ColumnsView()
        self.columns_view.setObjectName("boardColumns")
        self.columns_view.setModel(self.columns_model)
        _configure(self.columns_view)
        self.columns_view.setHeaderHidden(True)
        self.columns_view.setUniformRowHeights(True)
        # The cards draw their own selection; the style would also paint the branch area.
        self.columns_view.setStyleSheet("QTreeView { show-decoration-selected: 0; }")
        self.columns_view.setIndentation(22)
        self.columns_view.setAnimated(False)
        self.columns_view.setExpandsOnDoubleClick(False)
        self.columns_label = QLabel()
        self.columns_label.setBuddy(self.columns_view)
        for model in (self.pool_model, self.columns_model):
            model.dropped.connect(self.on_drop)
        for view in (self.pool_view, self.columns_view):
            view.selectionModel().currentChanged.connect(self._on_current)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pool_label)
        left_layout.addWidget(self.pool_view)
        # Who intake keeps out of the pool, and why (issue 7); the list is the tooltip.
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("boardWaiting")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet(f"color: {tone(WARNING)}; padding: 2px;")
        left_layout.addWidget(self.waiting_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.columns_label)
        right_layout.addWidget(self.columns_view)
        self.splitter = QSplitter()
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.assign_action = self._shortcut(self.tr("&Assign to…"), self.assign_selected, "Return")
        self.unmatch_action = self._shortcut(
            self.tr("Return to &Unmatched"), self.unmatch_selected, "Delete"
        )
        self.lock_action = self._shortcut(self.tr("&Lock or Unlock"), self.toggle_lock, "Ctrl+L")
        self.never_action = QAction(self.tr("&Never Pair These Two"), self)
        self.never_action.triggered.connect(lambda: self._rule(RuleKind.NEVER))
        self.prefer_action = QAction(self.tr("Mark as &Preferred Partner"), self)
        self.prefer_action.triggered.connect(lambda: self._rule(RuleKind.PREFER))

    def _shortcut(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- loading ---------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        # Attendance (resources) can make someone ready to match (issue 7).
        if changes.participants or changes.program or changes.matching or changes.resources:
            self._people_stale = True
        elif not changes.pairs:  # a pair change keeps people and scores: only who is with whom
            return
        self.mark_stale()

    def reload(self) -> None:
        reuse = None if self._people_stale else self.board
        self.board = Board(self._store, self._today(), reuse=reuse)
        self._stale = self._people_stale = False
        self._show_board()

    def _show_board(self) -> None:
        board = self.board
        if board is None:
            return
        person, key = self._selected
        text = self.search.text().strip()
        self.pool_model.set_board(board, text)
        self.columns_model.set_board(board, text)
        self.columns_view.expandAll()
        self._restore_selection(person, key)
        writable = not self._store.read_only
        proposed = len(board.proposed_ids())
        self.auto_button.setEnabled(writable and bool(board.pool))
        self.confirm_button.setEnabled(writable and proposed > 0)
        self.clear_button.setEnabled(writable and bool(board.proposed_ids(unlocked_only=True)))
        self.round_button.setVisible(board.peers)
        self.round_button.setEnabled(writable and board.peers)
        self.settings_button.setEnabled(writable)
        unmatched, places = len(board.pool), sum(c.places_left for c in board.columns)
        self.waiting_label.setText(board.waiting_text())
        self.waiting_label.setToolTip(board.waiting_list())
        self.waiting_label.setVisible(bool(board.waiting))
        if board.peers:
            self.pool_label.setText(self.tr("&Not in a group (%1)").replace("%1", str(unmatched)))
            self.columns_label.setText(
                self.tr("&Groups (%1)").replace("%1", str(len(board.columns)))
                + (self.tr(" · round %1").replace("%1", str(board.round)) if board.round else "")
            )
        else:
            self.pool_label.setText(
                self.tr("&Unmatched mentees (%1)").replace("%1", str(unmatched))
            )
            self.columns_label.setText(
                self.tr("&Mentors (%1) · %2 places left")
                .replace("%1", str(len(board.columns)))
                .replace("%2", str(places))
            )
        hint = (
            self.tr("drag a card onto a group, or select it and press Enter")
            if board.peers
            else self.tr("drag a card onto a mentor, or select it and press Enter")
        )
        self.summary.setText(
            counted(proposed, self.tr("%n proposal to confirm"), self.tr("%n proposals to confirm"))
            + " · "
            + hint
        )

    def _restore_selection(self, person: int | None, key: int | None) -> None:
        index = QModelIndex()
        view: QAbstractItemView = self.columns_view
        if person is not None:
            index = self.columns_model.person_index(person)
            if not index.isValid():
                view = self.pool_view
                for row, p in enumerate(self.pool_model.people):
                    if p.id == person:
                        index = self.pool_model.index(row)
        elif key is not None:
            index = self.columns_model.column_row(key)
        if index.isValid():
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
        else:
            self._set_ranks()

    # -- selection: the best partners light up ----------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        board = self.board
        if board is None or not current.isValid():
            return
        other = self.pool_view if current.model() is self.columns_model else self.columns_view
        other.selectionModel().clearSelection()
        person, key = current.data(PERSON_ROLE), current.data(KEY_ROLE)
        self._selected = (person, None if person is not None else key)
        if person is not None and not board.peers:
            # A mentee's best mentors are column headers; the pool shows no stars.
            best = board.best_partners(person)
            self._set_ranks(columns=best)
            if best:  # bring the best mentor into view, without jumping if it is visible
                self.columns_view.scrollTo(self.columns_model.column_row(best[0]))
        elif person is not None:
            self._set_ranks(pool=board.best_partners(person))
        elif key not in (None, NEW_GROUP) and not board.peers:
            self._set_ranks(pool=board.best_partners(key, as_mentor=True))
        else:
            self._set_ranks()

    def _set_ranks(self, *, pool: Sequence[int] = (), columns: Sequence[int] = ()) -> None:
        self.pool_model.set_ranks({pid: n for n, pid in enumerate(pool, start=1)})
        self.columns_model.set_ranks({key: n for n, key in enumerate(columns, start=1)})

    def selected_person(self) -> int | None:
        return self._selected[0]

    # -- gestures ----------------------------------------------------------------------------

    def on_drop(self, person: int, target: int) -> bool:
        """Judge a drop; push its command when allowed (after asking, when a rule is broken)."""
        board = self.board
        if board is None or self._store.read_only:
            return False
        drop = board.judge(person, target)
        if drop.verdict is Verdict.SAME:
            return False
        if drop.verdict in (Verdict.FULL, Verdict.KEPT):
            self.show_notice(drop.reason)
            return False
        if drop.verdict is Verdict.INELIGIBLE and not self._prompts.confirm(
            self,
            self.tr("Not an eligible pair"),
            self.tr("%1\n\nPair them anyway? The rule stays for everyone else.").replace(
                "%1", drop.reason
            ),
            self.tr("Pair Anyway"),
        ):
            return False
        self._selected = (person, None)
        self._push(board.drop(person, target))
        return True

    def _push(self, edit: object) -> None:
        self.notice.hide()
        self._undo.push(commands.BoardEdit(self._store, edit))  # type: ignore[arg-type]

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start(8000)

    def auto_match(self) -> None:
        if self.board is None or not self.board.pool:
            return
        edit, proposals = self.board.auto_match()
        if not proposals:
            self.show_notice(self.tr("Nobody more can be matched: hover over a card to see why."))
            return
        self._push(edit)

    def confirm(self) -> None:
        if self.board is not None and self.board.proposed_ids():
            self._push(self.board.confirm())

    def clear(self) -> None:
        if self.board is not None and self.board.proposed_ids(unlocked_only=True):
            self._push(self.board.clear())

    def next_round(self) -> None:
        if self.board is None:
            return
        edit, count = self.board.next_round()
        if not count:
            self.show_notice(
                self.tr("Everyone has met everyone they can: no new round is possible.")
            )
            return
        self._push(edit)

    def edit_settings(self) -> None:
        if self.board is None:
            return
        from .match_settings_dialog import MatchSettingsDialog

        before = self._store.match_settings()
        dialog = MatchSettingsDialog(before, self.board.levels, self.board.peers, self)
        if self._run(dialog):
            after = dialog.settings()
            if after != before:
                self._undo.push(commands.EditMatchSettings(self._store, before, after))

    # -- keyboard and context menu --------------------------------------------------------

    def assign_selected(self) -> None:
        """Enter on a card: pick where it goes from a list, best partners first."""
        board, person = self.board, self.selected_person()
        if board is None or person is None:
            return
        dialog = AssignDialog(board, person, self)
        if self._run(dialog) and dialog.target() is not None:
            self.on_drop(person, dialog.target())  # type: ignore[arg-type]

    def unmatch_selected(self) -> None:
        person = self.selected_person()
        if person is not None and self.board is not None:
            if self.board.column_of(person) != POOL:
                self.on_drop(person, POOL)

    def toggle_lock(self) -> None:
        board, person = self.board, self.selected_person()
        if board is None or person is None or board.column_of(person) == POOL:
            return
        placement = board.placed[person][1]
        if placement.status.value != "proposed":
            self.show_notice(
                self.tr("Only proposals can be locked; this pair is already confirmed.")
            )
            return
        self._push(board.lock([placement.pair_id], not placement.locked))

    def _rule(self, kind: RuleKind) -> None:
        board, person = self.board, self.selected_person()
        if board is None or person is None or board.column_of(person) == POOL:
            return
        key = board.column_of(person)
        others = (
            [key]
            if not board.peers
            else [
                pl.person.id
                for pl in board.column(key).members
                if pl.person.id not in (None, person)
            ]
        )
        if not others:
            return
        never = board.rules.never
        present = not (kind is RuleKind.NEVER and frozenset((person, others[0])) in never)
        if kind is RuleKind.PREFER:
            present = (person, others[0]) not in board.rules.prefer
        self._undo.push(commands.SetPairRule(self._store, person, others[0] or 0, kind, present))

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid() or index.data(PERSON_ROLE) is None or self.board is None:
            return
        menu = QMenu(self)
        menu.addAction(self.assign_action)
        if self.board.column_of(index.data(PERSON_ROLE)) != POOL:
            menu.addAction(self.unmatch_action)
            menu.addAction(self.lock_action)
            menu.addSeparator()
            menu.addAction(self.never_action)
            menu.addAction(self.prefer_action)
        menu.popup(view.viewport().mapToGlobal(pos))


class AssignDialog(QDialog):
    """Where should this person go? Best partners first, a filter, Enter to choose."""

    def __init__(self, board: Board, person: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = board.people[person].full_name
        self.setWindowTitle(self.tr("Assign %1").replace("%1", name))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.list = QListWidget()
        self.list.setObjectName("assignTargets")
        best = board.best_partners(person)
        keys = best + [c.key for c in board.columns if c.key not in best]
        here = board.column_of(person)
        if here != POOL:
            self._add(self.tr("Back to the unmatched"), POOL)
        for key in keys:
            if key == here:
                continue
            column = board.column(key)
            score = board.score(key, person) if not board.peers else None
            label = column.title
            if score is not None:
                label += f"  —  {score:.0f}"
            if key in best:
                label = "★ " + label
            if column.places_left <= 0:
                label += "  " + self.tr("(full)")
            self._add(label, key)
        if board.peers:
            self._add(self.tr("A new group"), NEW_GROUP)
        self.list.setCurrentRow(0)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(380, 420)

    def _add(self, label: str, key: int) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def target(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else int(item.data(Qt.ItemDataRole.UserRole))
