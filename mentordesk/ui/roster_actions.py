"""File ▸ Import Roster…, Export Workbook… and Export Sign-up Template…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QCheckBox, QDialog, QProgressDialog, QWidget

from ..model.errors import MentorDeskError
from ..model.store import Store

#: Imports and exports of more rows than this show a progress dialog.
PROGRESS_FROM = 2000


class RosterActions(QObject):
    """The roster menu actions of a main window; the window tells them which store is open."""

    def __init__(
        self,
        window: QWidget,
        undo: QUndoStack,
        prompts: object,
        run_dialog: Callable[[QDialog], bool],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        from .prompts import Prompts

        assert isinstance(prompts, Prompts)
        self._window = window
        self._undo = undo
        self._prompts = prompts
        self._run_dialog = run_dialog
        self._status = status
        self.store: Store | None = None
        self.import_action = QAction(self.tr("&Import Roster…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self.export_action = QAction(self.tr("&Export Workbook…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_workbook)
        self.template_action = QAction(self.tr("Export Sign-up &Template…"), self)
        self.template_action.triggered.connect(self.export_template)
        self.set_store(None)

    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.template_action]

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.import_action.setEnabled(store is not None and not store.read_only)
        self.export_action.setEnabled(store is not None)
        self.template_action.setEnabled(store is not None)

    # -- import ----------------------------------------------------------------------------

    def import_roster(self) -> None:
        if self.store is None or self.store.read_only:
            return
        from . import commands
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.store, self._prompts, self._window)
        if not self._run_dialog(wizard) or wizard.result_preview is None:
            return
        preview = wizard.result_preview
        name = Path(wizard.file_page.path.text()).name
        progress = self._progress(
            self.tr("Importing %1…").replace("%1", name), len(preview.outcomes)
        )
        try:
            command = commands.ImportRoster(
                self.store, preview, name, progress.update if progress else None
            )
            self._undo.push(command)
        except MentorDeskError as exc:
            self._prompts.error(self._window, self.tr("Nothing imported"), str(exc))
            return
        finally:
            if progress:
                progress.close()
        self._status(
            self.tr("Imported %1: %2").replace("%1", name).replace("%2", preview.summary())
        )

    # -- export ----------------------------------------------------------------------------

    def export_workbook(self) -> None:
        if self.store is None:
            return
        from ..model.export import export_workbook

        suggested = self._suggested(".xlsx")
        path = self._prompts.save_any(
            self._window, self.tr("Export workbook"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        include = self._ask_confidential()
        if include is None:
            return
        rows = self.store.counts().participants + self.store.counts().sessions
        progress = self._progress(self.tr("Exporting…"), rows)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = export_workbook(
                self.store,
                path,
                include_confidential=include,
                progress=progress.update if progress else None,
            )
        except MentorDeskError as exc:
            self._prompts.error(self._window, self.tr("Workbook not exported"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            if progress:
                progress.close()
        self._status(self.tr("Exported to %1: %2").replace("%1", path).replace("%2", str(summary)))

    def export_template(self) -> None:
        if self.store is None:
            return
        from ..model.signup_template import export_template

        path = self._prompts.save_any(
            self._window,
            self.tr("Export sign-up template"),
            self._suggested(" sign-up.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        try:
            export_template(self.store, path)
        except MentorDeskError as exc:
            self._prompts.error(self._window, self.tr("Template not exported"), str(exc))
            return
        self._status(self.tr("Sign-up template saved to %1").replace("%1", path))

    def _ask_confidential(self) -> bool | None:
        """Private notes stay out unless the coordinator ticks the box; None when cancelled."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export workbook"),
            self.tr(
                "The workbook holds participants, pairs, goals, sessions and feedback. "
                "Private notes and confidential session notes are left out."
            ),
            parent=self._window,
        )
        tick = QCheckBox(
            self.tr("Include &confidential notes (only for people allowed to read them)")
        )
        box.setCheckBox(tick)
        export = box.addButton(self.tr("Export"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.setObjectName("exportConfidentialQuestion")
        self._run_dialog(box)
        return tick.isChecked() if box.clickedButton() is export else None

    def _suggested(self, suffix: str) -> str:
        assert self.store is not None
        if self.store.path is None:
            return "program" + suffix
        return str(self.store.path.with_name(self.store.path.stem + suffix))

    def _progress(self, label: str, total: int) -> ProgressDialog | None:
        return ProgressDialog(label, self._window) if total >= PROGRESS_FROM else None


class ProgressDialog:
    """A modal progress dialog fed by the model's (done, total) callbacks."""

    def __init__(self, label: str, parent: QWidget) -> None:
        self.dialog = QProgressDialog(label, "", 0, 100, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)

    def update(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(done)

    def close(self) -> None:
        self.dialog.close()
