"""The main window: a navigation list on the left, one page per area, the File and Edit menus."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..model.backups import keep_or_say
from ..model.domain import Program
from ..model.errors import FileInUse, FileProblem, MentorDeskError
from ..model.store import Store
from . import program_outputs as outputs
from .backup_dialog import choose_and_restore, way_forward
from .commands import EditProgram
from .intake_commands import EditIntakeSettings, push_as_one
from .program_dialog import ProgramDialog
from .program_view import ProgramView
from .program_view import Services as Services
from .recent import RecentFiles
from .roster_actions import RosterActions
from .window_state import (
    last_page,
    restore_splitters,
    restore_window,
    save_page,
    save_splitters,
    save_window,
)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.recent = RecentFiles(services.settings)
        self.undo_stack = QUndoStack(self)
        self.view: ProgramView | None = None

        from .start_page import StartPage

        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_program)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(lambda p: self.open_file(Path(p)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._show_start()
        if not restore_window(self, services.settings):
            self.resize(1180, 740)

    # -- menus -----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda *_checked: slot())  # a menu item passes no argument
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New Program…"), self.new_program, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(self.tr("Open the &Demo Program"), self.open_demo)
        self.copy_action = self._action(
            self.tr("Save a Cop&y As…"), self.save_copy, QKeySequence("Ctrl+Shift+S")
        )
        self.calendar_action = self._action(self.tr("Export C&alendar…"), self.export_calendar)
        self.report_action = self._action(
            self.tr("Write Program Re&port (PDF)…"), self.write_report, QKeySequence("Ctrl+P")
        )
        self.restore_action = self._action(self.tr("Restore from &Backup…"), self.restore_backup)
        self.close_action = self._action(
            self.tr("&Close"), self.close_program, QKeySequence.StandardKey.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.roster = RosterActions(
            self,
            self.undo_stack,
            self.services.prompts,
            self.services.run_dialog,
            lambda text: self.statusBar().showMessage(text, 8000),
        )
        for action in (
            self.demo_action,
            None,
            *self.roster.actions(),
            self.calendar_action,
            self.report_action,
            None,
            self.copy_action,
            self.restore_action,
            self.close_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            list(
                dict.fromkeys(
                    [
                        QKeySequence("Ctrl+Shift+Z"),
                        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                    ]
                )
            )
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        edit_menu.addAction(
            self._action(
                self.tr("&Preferences…"),
                self.preferences,
                preferences or [QKeySequence("Ctrl+,")],
            )
        )

        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.go_actions = [
            self._action("", partial(self._go, n), QKeySequence(f"Ctrl+{n + 1}")) for n in range(9)
        ]
        self.go_menu.addActions(self.go_actions)

        program_menu = bar.addMenu(self.tr("&Program"))
        self.settings_action = self._action(self.tr("Program &Settings…"), self.edit_program)
        self.add_participant_action = self._action(
            self.tr("&Add Participant…"), self._add_participant, QKeySequence("Ctrl+Shift+N")
        )
        self.certificate_action = self._action(
            self.tr("Mentor &Certificate…"), self.mentor_certificate
        )
        program_menu.addAction(self.settings_action)
        program_menu.addAction(self.add_participant_action)
        program_menu.addSeparator()
        program_menu.addAction(self.certificate_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About MentorDesk"), self._about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent programs")).setEnabled(False)

    def _update_actions(self) -> None:
        is_open = self.view is not None
        writable = is_open and not self.view.store.read_only  # type: ignore[union-attr]
        self.copy_action.setEnabled(is_open)
        self.calendar_action.setEnabled(is_open)
        self.report_action.setEnabled(is_open)
        self.certificate_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
        self.settings_action.setEnabled(writable)
        self.restore_action.setEnabled(writable)
        self.roster.set_store(self.view.store if self.view is not None else None)
        self.add_participant_action.setEnabled(writable)
        titles = self.view.titles if self.view is not None else []
        for n, action in enumerate(self.go_actions):
            action.setText(titles[n] if n < len(titles) else "")
            action.setVisible(n < len(titles))
        self.go_menu.menuAction().setVisible(is_open)

    # -- opening and closing ---------------------------------------------------------------

    def open_file(self, path: Path, *, read_only: bool = False) -> bool:
        """Open ``path``; on a problem tell the coordinator and keep what was open."""
        try:
            store = Store.open(path, read_only=read_only)
        except FileInUse as exc:
            if read_only:
                return False
            question = self.tr(
                "%1\n\nYou can open it read-only here to look at it; changes are made in the "
                "other window."
            ).replace("%1", str(exc))
            if self.services.prompts.confirm(
                self, self.tr("Program already open"), question, self.tr("Open Read-Only")
            ):
                return self.open_file(path, read_only=True)
            return False
        except FileProblem as exc:
            way = way_forward(self, self.services, path, exc, read_only)
            if way == "read-only":
                return self.open_file(path, read_only=True)
            return way == "restore" and self.restore_backup(path)
        self._show_store(store)
        # A backup that cannot be made is no reason to stop the coordinator's work.
        if not read_only and (problem := keep_or_say(store, self.services.data_dir)):
            self.statusBar().showMessage(problem, 15000)
        return True

    def restore_backup(self, path: Path | None = None) -> bool:
        """Choose a backup of ``path`` (default: the open program), restore it, reopen the file."""
        was_open = self.view is not None and (path is None or self.view.store.path == path)
        if path is None:
            if self.view is None or self.view.store.path is None or self.view.store.read_only:
                return False
            path = self.view.store.path
        done = choose_and_restore(
            self, path, self.services, self._drop_view if was_open else lambda: None
        )
        if done is None or not (done or was_open):
            return False
        opened = self.open_file(path)
        if done and opened:
            self.statusBar().showMessage(
                self.tr("Backup restored; the program as it was is kept as another backup."),
                10000,
            )
        return opened

    def _show_store(self, store: Store) -> None:
        self._drop_view()
        self.view = ProgramView(store, self.undo_stack, self.services)
        self.view.bridge.changed.connect(lambda _c: self._update_title())
        self.view.today_page.edit_program.connect(self.edit_program)
        settings = self.services.settings
        self.view.nav.setCurrentRow(last_page(settings, self.view.nav.count()))
        self.view.nav.currentRowChanged.connect(lambda row: save_page(settings, row))
        restore_splitters(self.view, settings)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if store.path is not None:
            self.recent.add(store.path)
            self.recent.last_file = store.path
        self._update_title()
        self._update_actions()

    def _drop_view(self) -> None:
        self.undo_stack.clear()
        if self.view is not None:
            save_splitters(self.view, self.services.settings)
            self.stack.removeWidget(self.view)
            self.view.close_store()
            self.view.deleteLater()
            self.view = None

    def _show_start(self) -> None:
        self.start_page.set_recent(self.recent.paths())
        self.stack.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_actions()

    def close_program(self) -> None:
        self._drop_view()
        self.recent.last_file = None
        self._show_start()

    def open_dialog(self) -> None:
        folder = str(self.recent.paths()[0].parent) if self.recent.paths() else ""
        path = self.services.prompts.open_path(self, folder)
        if path:
            self.open_file(Path(path))

    def new_program(self) -> None:
        path = self.services.prompts.save_path(
            self, self.tr("New program"), self.tr("My mentoring program") + ".mentordesk"
        )
        if not path:
            return
        target = Path(path)
        try:
            store = Store.create(target, Program(name=target.stem))
        except MentorDeskError as exc:
            self.services.prompts.error(self, self.tr("Cannot create program"), str(exc))
            return
        except OSError as exc:
            self.services.prompts.error(
                self,
                self.tr("Cannot create program"),
                self.tr("%1 could not be written (%2). Choose another folder.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self._show_store(store)
        self.edit_program()

    def open_demo(self) -> None:
        """Write a fresh copy of the demo program in the user's data folder and open it."""
        from ..model.demo import write_demo
        from .translations import chosen_language

        language = chosen_language(self.services.settings)

        folder = self.services.data_dir / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(1, 20):
            suffix = "" if n == 1 else f" {n}"
            path = folder / f"MentorDesk demo{suffix}.mentordesk"
            if self.view is not None and self.view.store.path == path:
                self._drop_view()
            try:
                write_demo(path, lang=language)
            except FileInUse:
                continue
            self.open_file(path)
            return

    def save_copy(self) -> None:
        self._output(outputs.save_copy)

    def write_report(self) -> None:
        self._output(outputs.write_report)

    def mentor_certificate(self) -> None:
        self._output(outputs.mentor_certificate)

    def _output(self, write: Callable[[QWidget, ProgramView, Services], str | None]) -> None:
        if self.view is not None and (message := write(self, self.view, self.services)):
            self.statusBar().showMessage(message, 8000)

    def export_calendar(self) -> None:
        """Every pair's meeting plan to an .ics file, as the Calendar page's button does."""
        if self.view is not None and (message := self.view.calendar.export_calendar()):
            self.statusBar().showMessage(message, 8000)

    # -- program ---------------------------------------------------------------------------

    def edit_program(self) -> None:
        if self.view is None or self.view.store.read_only:
            return
        store = self.view.store
        before = store.program()
        intake, checklist = store.intake_settings(), store.screening_items()
        dialog = ProgramDialog(before, self, intake=intake, checklist=checklist)
        if self.services.run_dialog(dialog):
            after = dialog.program()
            edits: list[QUndoCommand] = []
            if after != before:
                edits.append(EditProgram(store, before, after, dialog.level_renames()))
            new_intake, new_checklist = dialog.intake.settings(), dialog.intake.checklist()
            if (new_intake, new_checklist) != (intake, checklist):
                edits.append(EditIntakeSettings(store, new_intake, new_checklist))
            push_as_one(self.undo_stack, self.tr("Edit program settings"), edits)

    def preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.services.settings, self)
        if self.services.run_dialog(dialog) and dialog.changed():
            self.statusBar().showMessage(
                self.tr("The new language is used from the next time MentorDesk starts."), 10000
            )

    def _go(self, page: int) -> None:
        if self.view is not None and page < self.view.nav.count():
            self.view.nav.setCurrentRow(page)
            if (shown := self.view.pages.currentWidget()) is not None:
                shown.setFocus()

    def _add_participant(self) -> None:
        if self.view is not None:
            self.view.show_page(self.view.participants)
            self.view.participants.add_participant()

    def _update_title(self) -> None:
        if self.view is None:
            self.setWindowTitle("MentorDesk")
            return
        store = self.view.store
        name = store.program().name
        file_name = store.path.name if store.path else ""
        title = f"{name} — {file_name} — MentorDesk"
        if store.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MentorDesk"),
            self.tr("MentorDesk %1\nRun a mentoring program offline, from one file.").replace(
                "%1", __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already in the file; closing only folds the journal back in.
        save_window(self, self.services.settings)
        self._drop_view()
        super().closeEvent(event)
