"""The Resources page: the program's resource library (articles, videos, guides, templates and
workshop material, each a link or a file copied into the program file, with the skills it helps
with) and its workshops and trainings with their attendance. Every change is one undoable
command of :mod:`.resource_commands`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.attendance_import import in_audience
from ..model.domain import ParticipantStatus
from ..model.library import Resource, size_text
from ..model.store import Store
from . import resource_commands as commands
from .goal_commands import StoreCommand
from .page import DialogRunner, ProgramPage, run_dialog
from .pairs_model import date_text
from .prompts import Prompts
from .resource_dialogs import AttendanceDialog, ResourceDialog, TrainingDialog
from .text import counted

ID_ROLE = Qt.ItemDataRole.UserRole
UrlOpener = Callable[[QUrl], bool]

# Library columns
TITLE, KIND, SKILLS, WHERE = range(4)
# Training columns
DATE, T_TITLE, T_KIND, AUDIENCE, ATTENDED, MATERIAL = range(6)


def where_text(widget: QWidget, resource: Resource) -> str:
    """The link, the file copied in, or both."""
    parts = [resource.link.split("://", 1)[-1]] if resource.link else []
    if resource.file_name:
        parts.append(
            widget.tr("File: %1 (%2)")
            .replace("%1", resource.file_name)
            .replace("%2", size_text(resource.file_size))
        )
    return "  ·  ".join(parts)


def open_resource(
    widget: QWidget,
    store: Store,
    prompts: Prompts,
    open_url: UrlOpener,
    resource: Resource,
) -> None:
    """Open a resource's link in the browser, or save its file where the coordinator says."""
    tr = widget.tr
    if resource.link:
        if not open_url(QUrl(resource.link)):
            prompts.error(
                widget,
                tr("Link not opened"),
                tr("No program could open %1.").replace("%1", resource.link),
            )
        return
    assert resource.id is not None
    file = store.resource_file(resource.id)
    if file is None:
        return
    path = prompts.save_any(widget, tr("Save a copy of the file"), file.name, tr("All files (*)"))
    if not path:
        return
    try:
        Path(path).write_bytes(file.data)
    except OSError as exc:
        prompts.error(
            widget,
            tr("File not saved"),
            tr("The file could not be written to %1 (%2).")
            .replace("%1", path)
            .replace("%2", exc.strerror or str(exc)),
        )


class ResourcesPage(ProgramPage):
    """The library on top, the workshops and trainings under it."""

    watches = ("resources", "participants")

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        prompts: Prompts,
        run_dialog: DialogRunner = run_dialog,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(store, undo_stack, prompts, run_dialog, today, parent)
        self.setObjectName("resourcesPage")
        self._open_url = open_url
        self._resources: dict[int, Resource] = {}

        # -- the library --
        self.search = QLineEdit()
        self.search.setObjectName("resourceSearch")
        self.search.setPlaceholderText(self.tr("Find by title or skill…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.resource_tree = _tree(
            "resourceTree",
            [self.tr("Title"), self.tr("Kind"), self.tr("Helps with"), self.tr("Link or file")],
        )
        header = self.resource_tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SKILLS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.resource_tree.itemSelectionChanged.connect(self._update_buttons)
        self.resource_tree.itemDoubleClicked.connect(lambda *_: self.edit_resource())
        self.add_button = QPushButton(self.tr("&Add Resource…"))
        self.add_button.setObjectName("addResource")
        self.add_button.clicked.connect(self.add_resource)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_resource)
        self.open_button = QPushButton(self.tr("&Open Link"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_resource)
        self.library_count = QLabel()
        self.library_count.setObjectName("libraryCount")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addStretch(1)
        top.addWidget(self.library_count)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.open_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        library = QGroupBox(self.tr("Resource library"))
        box = QVBoxLayout(library)
        box.addLayout(top)
        box.addWidget(self.resource_tree, 1)
        box.addLayout(row)

        # -- workshops and trainings --
        self.training_tree = _tree(
            "trainingTree",
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("For"),
                self.tr("Attended"),
                self.tr("Material"),
            ],
        )
        header = self.training_tree.header()
        for col in (DATE, T_KIND, AUDIENCE, ATTENDED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(T_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATERIAL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.training_tree.itemSelectionChanged.connect(self._update_buttons)
        self.training_tree.itemDoubleClicked.connect(lambda *_: self.edit_attendance())
        self.add_training_button = QPushButton(self.tr("Add &Workshop…"))
        self.add_training_button.setObjectName("addTraining")
        self.add_training_button.clicked.connect(self.add_training)
        self.edit_training_button = QPushButton(self.tr("Edi&t…"))
        self.edit_training_button.clicked.connect(self.edit_training)
        self.attendance_button = QPushButton(self.tr("Atte&ndance…"))
        self.attendance_button.setObjectName("attendance")
        self.attendance_button.clicked.connect(self.edit_attendance)
        self.import_attendance_button = QPushButton(self.tr("Import &Sign-In Sheet…"))
        self.import_attendance_button.setObjectName("importSignIn")
        self.import_attendance_button.clicked.connect(self.import_attendance)
        self.delete_training_button = QPushButton(self.tr("De&lete"))
        self.delete_training_button.clicked.connect(self.delete_training)
        row = QHBoxLayout()
        for button in (
            self.add_training_button,
            self.edit_training_button,
            self.attendance_button,
            self.import_attendance_button,
            self.delete_training_button,
        ):
            row.addWidget(button)
        row.addStretch()
        trainings = QGroupBox(self.tr("Workshops and trainings"))
        box = QVBoxLayout(trainings)
        box.addWidget(self.training_tree, 1)
        box.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("resourcesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(library)
        splitter.addWidget(trainings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        selected_resource = self.selected_resource_id()
        selected_training = self.selected_training_id()
        resources = self._store.resources()
        self._resources = {r.id: r for r in resources if r.id is not None}
        self.resource_tree.clear()
        for r in resources:
            item = QTreeWidgetItem(
                [r.title, r.kind.label, ", ".join(r.skills), where_text(self, r)]
            )
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(TITLE, r.description or r.title)
            item.setToolTip(WHERE, r.link or where_text(self, r))
            item.setToolTip(SKILLS, ", ".join(r.skills))
            self.resource_tree.addTopLevelItem(item)
            if r.id == selected_resource:
                self.resource_tree.setCurrentItem(item)
        self._filter(self.search.text())

        counts = self._store.attendance_counts()
        today = self._today()
        self.training_tree.clear()
        for t in self._store.trainings():
            material = self._resources.get(t.resource_id or -1)
            title = t.title + (self.tr(" (required)") if t.required else "")
            attended = counts.get(t.id or -1, 0)
            shown = str(attended) if t.date <= today or attended else self.tr("upcoming")
            item = QTreeWidgetItem(
                [
                    date_text(t.date),
                    title,
                    t.kind.label,
                    t.audience.label,
                    shown,
                    material.title if material else "",
                ]
            )
            item.setData(0, ID_ROLE, t.id)
            item.setTextAlignment(ATTENDED, Qt.AlignmentFlag.AlignCenter)
            if t.notes:
                item.setToolTip(T_TITLE, t.notes)
            if t.date > today:
                for col in range(item.columnCount()):
                    item.setForeground(col, self.palette().placeholderText())
            self.training_tree.addTopLevelItem(item)
            if t.id == selected_training:
                self.training_tree.setCurrentItem(item)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for n in range(self.resource_tree.topLevelItemCount()):
            item = self.resource_tree.topLevelItem(n)
            assert item is not None
            hay = " ".join(item.text(c) for c in (TITLE, KIND, SKILLS)).casefold()
            item.setHidden(bool(needle) and needle not in hay)
            shown += not item.isHidden()
        total = self.resource_tree.topLevelItemCount()
        text = counted(total, self.tr("%n resource"), self.tr("%n resources"))
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.library_count.setText(text)

    def selected_resource_id(self) -> int | None:
        item = self.resource_tree.currentItem()
        if item is None or not item.isSelected() or item.isHidden():
            return None
        return int(item.data(0, ID_ROLE))

    def selected_training_id(self) -> int | None:
        item = self.training_tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None and item.isSelected() else None

    def _update_buttons(self) -> None:
        writable = not self._store.read_only
        resource = self._resources.get(self.selected_resource_id() or -1)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and resource is not None)
        self.delete_button.setEnabled(writable and resource is not None)
        self.open_button.setEnabled(
            resource is not None and bool(resource.link or resource.has_file)
        )
        if resource is not None and not resource.link and resource.has_file:
            self.open_button.setText(self.tr("Save &File…"))
        else:
            self.open_button.setText(self.tr("&Open Link"))
        training = self.selected_training_id() is not None
        self.add_training_button.setEnabled(writable)
        for button in (
            self.edit_training_button,
            self.attendance_button,
            self.import_attendance_button,
            self.delete_training_button,
        ):
            button.setEnabled(writable and training)

    # -- the library -----------------------------------------------------------------------

    def add_resource(self) -> None:
        if self._store.read_only:
            return
        dialog = ResourceDialog(self._prompts, self._store.wanted_skills(), None, self)
        if self._run(dialog):
            command = commands.AddResource(self._store, dialog.resource(), dialog.new_file())
            if self._push(command) and command.resource_id is not None:
                self._select(self.resource_tree, command.resource_id)

    def edit_resource(self) -> None:
        resource = self._resources.get(self.selected_resource_id() or -1)
        if resource is None or self._store.read_only:
            return
        dialog = ResourceDialog(self._prompts, self._store.wanted_skills(), resource, self)
        if self._run(dialog):
            self._push(commands.EditResource(self._store, dialog.resource(), dialog.new_file()))

    def open_selected(self) -> None:
        resource = self._resources.get(self.selected_resource_id() or -1)
        if resource is not None:
            open_resource(self, self._store, self._prompts, self._open_url, resource)

    def delete_resource(self) -> None:
        resource = self._resources.get(self.selected_resource_id() or -1)
        if resource is None or resource.id is None or self._store.read_only:
            return
        text = self.tr("Delete “%1” from the library? Edit ▸ Undo brings it back.").replace(
            "%1", resource.title
        )
        if self._prompts.confirm(self, self.tr("Delete resource"), text, self.tr("Delete")):
            self._push(commands.DeleteResource(self._store, resource.id))

    # -- workshops and trainings -----------------------------------------------------------

    def _materials(self) -> list[tuple[int, str]]:
        return [(rid, r.title) for rid, r in self._resources.items()]

    def add_training(self) -> None:
        if self._store.read_only:
            return
        dialog = TrainingDialog(self._materials(), self._today(), None, self)
        if self._run(dialog):
            command = commands.AddTraining(self._store, dialog.training())
            if self._push(command) and command.training_id is not None:
                self._select(self.training_tree, command.training_id)

    def edit_training(self) -> None:
        training_id = self.selected_training_id()
        if training_id is None or self._store.read_only:
            return
        training = self._store.training(training_id)
        dialog = TrainingDialog(self._materials(), self._today(), training, self)
        if self._run(dialog):
            self._push(commands.EditTraining(self._store, dialog.training()))

    def edit_attendance(self) -> None:
        training_id = self.selected_training_id()
        if training_id is None or self._store.read_only:
            return
        training = self._store.training(training_id)
        attended = self._store.attendance(training_id)
        people = []
        for p in self._store.participants():
            if p.id is None or (p.status is ParticipantStatus.WITHDRAWN and p.id not in attended):
                continue
            people.append((p.id, p.full_name, p.role.label, in_audience(p.role, training.audience)))
        dialog = AttendanceDialog(training.title, people, attended, self)
        if self._run(dialog) and dialog.attended() != attended:
            self._push(commands.SetAttendance(self._store, training_id, dialog.attended()))

    def import_attendance(self) -> None:
        """The import wizard: a sign-in sheet's people as the selected training's attendance."""
        from .attendance_target import AttendanceTarget
        from .import_wizard import ImportWizard

        training_id = self.selected_training_id()
        if training_id is None or self._store.read_only:
            return
        target = AttendanceTarget(self._store, training_id)
        wizard = ImportWizard(self._store, self._prompts, self, target)
        if self._run(wizard) and wizard.result_preview is not None:
            name = Path(wizard.file_page.path.text()).name
            command = target.command(wizard.result_preview, name, None)
            assert isinstance(command, StoreCommand)
            self._push(command)

    def delete_training(self) -> None:
        training_id = self.selected_training_id()
        if training_id is None or self._store.read_only:
            return
        training = self._store.training(training_id)
        text = self.tr("Delete “%1” and its attendance? Edit ▸ Undo brings it back.").replace(
            "%1", training.title
        )
        if self._prompts.confirm(self, self.tr("Delete workshop"), text, self.tr("Delete")):
            self._push(commands.DeleteTraining(self._store, training_id))

    # -- helpers ---------------------------------------------------------------------------

    def _push(self, command: StoreCommand) -> bool:
        self._undo.push(command)
        if command.error is not None:
            self._prompts.error(self, self.tr("Not saved"), command.error)
            return False
        self.reload()
        return True

    @staticmethod
    def _select(tree: QTreeWidget, row_id: int) -> None:
        for n in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(n)
            if item is not None and item.data(0, ID_ROLE) == row_id:
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
                return


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
    return tree
