"""The Participants page's intake actions (issue 7): tick a checklist item or move to a stage
for everyone selected, and one participant's intake dialog; each pushes one undoable command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from ..model.intake import ScreeningItem, Stage
from ..model.store import Store
from .intake_commands import EditParticipantIntake, MoveToStage, TickItem
from .intake_dialog import IntakeDialog, TickDialog
from .page import DialogRunner


class IntakeActions(QObject):
    """Builds the "Intake" menu for a page whose selection is ``selected()``."""

    def __init__(
        self,
        store: Store,
        undo: QUndoStack,
        run: DialogRunner,
        today: Callable[[], dt.date],
        selected: Callable[[], list[int]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store, self._undo, self._run = store, undo, run
        self._today, self._selected, self._parent = today, selected, parent
        self.menu = QMenu(self.tr("&Intake"), parent)
        self.details_action = self.menu.addAction(self.tr("Intake &details…"))
        self.details_action.triggered.connect(self.show_details)
        self.tick_menu = self.menu.addMenu(self.tr("&Tick checklist item"))
        self.untick_menu = self.menu.addMenu(self.tr("&Untick checklist item"))
        self.stage_menu = self.menu.addMenu(self.tr("&Move to stage"))
        for stage in Stage:
            action = self.stage_menu.addAction(stage.label)
            action.triggered.connect(lambda _c=False, s=stage: self.move_selected(s))
        self.menu.aboutToShow.connect(self.update_menu)

    def update_menu(self) -> None:
        """Fill the checklist submenus from the program's checklist; enable what applies."""
        items = self._store.screening_items()
        count = len(self._selected())
        writable = not self._store.read_only
        for submenu, ticked in ((self.tick_menu, True), (self.untick_menu, False)):
            submenu.clear()
            for item in items:
                action = submenu.addAction(item.name)
                action.triggered.connect(
                    lambda _c=False, i=item, t=ticked: self.tick_selected(i, ticked=t)
                )
            if not items:
                submenu.addAction(self.tr("No checklist: add one in Program Settings")).setEnabled(
                    False
                )
            submenu.setEnabled(count > 0 and writable)
        self.stage_menu.setEnabled(count > 0 and writable)
        self.details_action.setEnabled(count == 1 and writable)

    def tick_selected(self, item: ScreeningItem, *, ticked: bool = True) -> None:
        ids = self._selected()
        if not ids or self._store.read_only:
            return
        day, by = self._today(), ""
        if ticked:
            dialog = TickDialog(item, len(ids), day, self._parent)
            if not self._run(dialog):
                return
            day, by = dialog.date(), dialog.checked_by.text().strip()
        self._undo.push(TickItem(self._store, item, ids, day, by, ticked=ticked))

    def move_selected(self, stage: Stage) -> None:
        ids = self._selected()
        if not ids or self._store.read_only:
            return
        reason = ""
        if stage.closed:
            dialog = QInputDialog(self._parent)
            dialog.setObjectName("stageReason")
            dialog.setWindowTitle(stage.label)
            dialog.setLabelText(self.tr("Why? (kept with their intake)"))
            if not self._run(dialog):
                return
            reason = dialog.textValue().strip()
        self._undo.push(MoveToStage(self._store, ids, stage, self._today(), reason))

    def show_details(self) -> None:
        ids = self._selected()
        if len(ids) != 1 or self._store.read_only:
            return
        self.open_intake(ids[0])

    def open_intake(self, participant_id: int) -> None:
        """The participant's intake dialog; saving pushes one undoable step."""
        today = self._today()
        dialog = IntakeDialog(self._store, participant_id, today, self._parent)
        if not self._run(dialog):
            return
        ticks, stage = dialog.ticks(), dialog.stage_choice()
        if ticks or stage is not None:
            name = self._store.participant(participant_id).full_name
            self._undo.push(
                EditParticipantIntake(self._store, participant_id, name, ticks, stage, today)
            )
