"""The goals and the session log of the selected pair, as two boxes the pair's detail embeds.

Goals list their status and progress with their action steps under them (tick a step to mark
it done); sessions list the latest meetings, confidential notes hidden until "Show Notes" is
clicked. Every change is one undoable command of :mod:`.goal_commands`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..model.domain import GoalStatus, MemberRole, Pair, Session, SessionFormat
from ..model.goals import goal_progress, templates_for
from ..model.store import Store
from . import goal_commands
from .goal_dialog import GoalDialog
from .pairs_model import date_text
from .prompts import Prompts
from .session_dialog import SessionDialog
from .text import counted

ID_ROLE = Qt.ItemDataRole.UserRole
#: How many sessions the box lists, newest first.
LATEST = 8


class _Section(QGroupBox):
    """What both boxes share: the store, the undo stack, the dialogs and the shown pair."""

    def __init__(
        self,
        title: str,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(title)
        self._store, self._undo, self._prompts = store, undo_stack, prompts
        self._run, self._today = run_dialog, today
        self._pair: Pair | None = None
        self._names: dict[int, str] = {}

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAlternatingRowColors(True)
        tree.setMinimumHeight(150)
        return tree

    def _push(self, command: goal_commands.StoreCommand) -> bool:
        self._undo.push(command)
        if command.error is not None:
            self._prompts.error(self, self.tr("Not saved"), command.error)
            return False
        self.refresh()
        return True

    def show_pair(self, pair: Pair | None, names: dict[int, str]) -> None:
        changed = pair is None or self._pair is None or pair.id != self._pair.id
        self._pair, self._names = pair, names
        self.refresh(new_pair=changed)

    def refresh(self, new_pair: bool = False) -> None:
        raise NotImplementedError

    @property
    def _writable(self) -> bool:
        return self._pair is not None and not self._store.read_only


class GoalsSection(_Section):
    """The pair's goals: status, "3 of 5 steps", target date; steps under each goal."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(self.tr("Goals"), store, undo_stack, prompts, run_dialog, today)
        self.setObjectName("pairGoals")
        self._expanded: set[int] = set()
        self.tree = self._tree(
            "goalTree", [self.tr("Goal / action step"), self.tr("Status"), self.tr("Progress"),
                         self.tr("Target / due")]
        )  # fmt: skip
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No goals yet. Add one, from a template or blank."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Add Goal…"))
        self.add_button.setObjectName("addGoal")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.status = QComboBox()
        self.status.setObjectName("goalStatus")
        self.status.setToolTip(self.tr("Change the selected goal's status"))
        for status in GoalStatus:
            self.status.addItem(status.label, status.value)
        status_label = QLabel(self.tr("Status:"))
        status_label.setBuddy(self.status)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(status_label)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button.clicked.connect(self.delete_goal)
        self.status.activated.connect(self._status_chosen)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemActivated.connect(lambda item, _c: self._activated(item))
        self.tree.itemExpanded.connect(lambda i: self._expanded.add(i.data(0, ID_ROLE)))
        self.tree.itemCollapsed.connect(lambda i: self._expanded.discard(i.data(0, ID_ROLE)))

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, new_pair: bool = False) -> None:
        selected = self.selected_goal()
        pair = self._pair
        self.tree.blockSignals(True)
        self.tree.clear()
        goals = [] if pair is None else [g for g in self._store.goals() if g.pair_id == pair.id]
        if new_pair:
            selected = None
            self._expanded = {
                g.id for g in goals if g.id is not None and g.status is not GoalStatus.COMPLETED
            }
        check = Qt.ItemFlag.ItemIsUserCheckable if self._writable else Qt.ItemFlag.NoItemFlags
        for goal in goals:
            assert goal.id is not None
            steps = self._store.goal_steps(goal.id)
            progress = goal_progress(goal, steps)
            item = QTreeWidgetItem(
                [
                    goal.title,
                    goal.status.label,
                    self.tr("%1 of %2 steps")
                    .replace("%1", str(progress.done))
                    .replace("%2", str(progress.total)),
                    date_text(goal.target_date) if goal.target_date else "",
                ]
            )
            item.setData(0, ID_ROLE, goal.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setToolTip(0, f"{goal.title}\n{goal.measure}".strip())
            for step in steps:
                child = QTreeWidgetItem(
                    [
                        step.text + (" ★" if step.milestone else ""),
                        step.owner.label,
                        self.tr("done %1").replace("%1", date_text(step.done_date))
                        if step.done and step.done_date
                        else "",
                        date_text(step.due_date) if step.due_date else "",
                    ]
                )
                child.setData(0, ID_ROLE, step.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | check)
                done = Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
                child.setCheckState(0, done)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(goal.id in self._expanded)
            if goal.id == selected:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.empty.setVisible(pair is not None and not goals)
        self._update_buttons()

    def selected_goal(self) -> int | None:
        """The goal selected, or the goal of the step selected."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        top = item.parent() or item
        return int(top.data(0, ID_ROLE))

    def select_goal(self, goal_id: int) -> None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, ID_ROLE) == goal_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        goal_id = self.selected_goal()
        writable = self._writable
        self.add_button.setEnabled(writable)
        for widget in (self.edit_button, self.delete_button, self.status):
            widget.setEnabled(writable and goal_id is not None)
        status = self._store.goal(goal_id).status.value if goal_id is not None else None
        self.status.setCurrentIndex(self.status.findData(status))  # -1: blank

    # -- actions ---------------------------------------------------------------------------

    def add_goal(self) -> None:
        pair = self._pair
        if pair is None or pair.id is None or not self._writable:
            return
        today = self._today()
        mentees = [m for m in pair.members if m.role is MemberRole.MENTEE] or list(pair.members)
        drafts = []
        if mentees:
            start = max(today, pair.start_date) if pair.start_date else today
            drafts = templates_for(self._store.participant(mentees[0].participant_id), start)
        dialog = GoalDialog(pair, self._names, today, drafts, parent=self)
        if not self._run(dialog):
            return
        command = goal_commands.AddGoal(self._store, dialog.goal(), dialog.steps(), today)
        if self._push(command) and command.goal_id is not None:
            self._expanded.add(command.goal_id)
            self.refresh()
            self.select_goal(command.goal_id)

    def edit_goal(self) -> None:
        goal_id = self.selected_goal()
        pair = self._pair
        if goal_id is None or pair is None or not self._writable:
            return
        today = self._today()
        goal = self._store.goal(goal_id)
        dialog = GoalDialog(
            pair, self._names, today, goal=goal, steps=self._store.goal_steps(goal_id), parent=self
        )
        if self._run(dialog):
            self._push(goal_commands.edit_goal(self._store, dialog.goal(), dialog.steps(), today))

    def delete_goal(self) -> None:
        goal_id = self.selected_goal()
        if goal_id is not None and self._writable:
            self._push(goal_commands.DeleteGoal(self._store, goal_id))

    def _status_chosen(self) -> None:
        goal_id = self.selected_goal()
        if goal_id is None or not self._writable:
            return
        status = GoalStatus(self.status.currentData())
        if status is not self._store.goal(goal_id).status:
            self._push(goal_commands.set_goal_status(self._store, goal_id, status, self._today()))

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if item.parent() is None or column != 0 or not self._writable:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        step_id = int(item.data(0, ID_ROLE))
        if done != self._store.step(step_id).done:
            command = goal_commands.set_step_done(self._store, step_id, done, self._today())
            # Later, outside this signal: the command rebuilds the tree the item lives in.
            QTimer.singleShot(0, lambda: self._push(command))

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.parent() is None:
            self.edit_goal()


class SessionsSection(_Section):
    """The pair's latest sessions, newest first; confidential notes hidden until asked for."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: Callable[[QDialog], bool],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(self.tr("Sessions"), store, undo_stack, prompts, run_dialog, today)
        self.setObjectName("pairSessions")
        self._sessions: list[Session] = []
        self.revealed = False
        self.tree = self._tree(
            "sessionTree", [self.tr("Date"), self.tr("Format"), self.tr("Status"),
                            self.tr("Duration"), self.tr("Topics and notes")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()
        self.count.setObjectName("sessionCount")
        self.log_button = QPushButton(self.tr("Log Session…"))
        self.log_button.setObjectName("logSession")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.notes_button = QPushButton(self.tr("Show Notes"))
        self.notes_button.setObjectName("showNotes")
        self.notes_button.setToolTip(self.tr("Show the notes marked confidential"))
        buttons = QHBoxLayout()
        for widget in (self.log_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.notes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)

        self.log_button.clicked.connect(self.log_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.notes_button.clicked.connect(self.toggle_notes)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _i, _c: self.edit_session())

    def refresh(self, new_pair: bool = False) -> None:
        selected = self.selected_session()
        if new_pair:
            self.revealed, selected = False, None
        pair = self._pair
        every = [] if pair is None or pair.id is None else self._store.sessions(pair.id)
        self._sessions = every[::-1][:LATEST]
        self.tree.clear()
        for s in self._sessions:
            item = QTreeWidgetItem(
                [
                    date_text(s.date),
                    s.format.label,
                    s.status.label,
                    self.tr("%1 min").replace("%1", str(s.duration_minutes)),
                    self.notes_text(s),
                ]
            )
            item.setData(0, ID_ROLE, s.id)
            item.setToolTip(4, self.notes_text(s))
            self.tree.addTopLevelItem(item)
            if s.id == selected:
                self.tree.setCurrentItem(item)
        if not every:
            self.count.setText(self.tr("No sessions logged yet."))
        elif len(every) > LATEST:
            self.count.setText(
                self.tr("The latest %1 of %2 sessions")
                .replace("%1", str(LATEST))
                .replace("%2", str(len(every)))
            )
        else:
            self.count.setText(counted(len(every), self.tr("%n session"), self.tr("%n sessions")))
        secret = any(s.confidential and s.notes for s in self._sessions)
        self.notes_button.setVisible(secret)
        self.notes_button.setText(self.tr("Hide Notes") if self.revealed else self.tr("Show Notes"))
        self._update_buttons()

    def notes_text(self, s: Session) -> str:
        """Topics, then the notes; confidential notes only once revealed."""
        parts = [", ".join(s.topics)] if s.topics else []
        if s.notes and s.confidential and not self.revealed:
            # First, so a narrow column still shows that something is hidden.
            parts.insert(0, self.tr("[Confidential notes hidden]"))
        elif s.notes:
            parts.append(s.notes)
        return " — ".join(parts)

    def toggle_notes(self) -> None:
        self.revealed = not self.revealed
        self.refresh()

    def selected_session(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None and item.isSelected() else None

    def _update_buttons(self) -> None:
        writable = self._writable
        self.log_button.setEnabled(writable)
        chosen = self.selected_session() is not None
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)

    def _format(self) -> SessionFormat:
        """The pair's agreed channel, else the format of its last session, else video."""
        assert self._pair is not None
        if self._pair.channel is not None:
            return self._pair.channel
        return self._sessions[0].format if self._sessions else SessionFormat.VIDEO

    def log_session(self) -> None:
        pair = self._pair
        if pair is None or pair.id is None or not self._writable:
            return
        today = self._today()
        goals = [g for g in self._store.goals() if g.pair_id == pair.id]
        open_goals = [g for g in goals if g.status is not GoalStatus.COMPLETED] or goals
        dialog = SessionDialog(pair, self._names, open_goals, today, self._format(), parent=self)
        if self._run(dialog):
            self._push(
                goal_commands.LogSession(self._store, dialog.session(), dialog.follow_ups(), today)
            )

    def edit_session(self) -> None:
        session_id, pair = self.selected_session(), self._pair
        if session_id is None or pair is None or not self._writable:
            return
        today = self._today()
        session = self._store.session(session_id)
        dialog = SessionDialog(pair, self._names, [], today, session=session, parent=self)
        if self._run(dialog) and dialog.session() != session:
            self._push(goal_commands.EditSession(self._store, dialog.session(), today))

    def delete_session(self) -> None:
        session_id = self.selected_session()
        if session_id is not None and self._writable:
            self._push(goal_commands.DeleteSession(self._store, session_id))
