"""File ▸ Restore from Backup…: the backups of a program, newest first, and restoring one.

The window closes its store before the restore (the model takes the file's lock itself) and
reopens the file afterwards; everything that touches the file is in ``model/backups.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import backups
from ..model.backups import Backup
from ..model.errors import (
    DamagedFile,
    DiskFull,
    FileProblem,
    MentorDeskError,
    NotAProgramFile,
    ReadOnlyFile,
)
from .dialog_buttons import ok_cancel

if TYPE_CHECKING:
    from .program_view import Services

DATE, PARTICIPANTS, PAIRS, SESSIONS, NOTE = range(5)


def tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def when(backup: Backup) -> str:
    """The local date and time a backup was taken, to the minute."""
    local = backup.taken.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class BackupDialog(QDialog):
    """Lists ``backups``; after ``exec()``, :meth:`chosen` is the one to restore."""

    def __init__(self, file_name: str, items: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self._items = items
        intro = QLabel(
            self.tr(
                "MentorDesk keeps a copy of “%1” when it opens it, one per hour at most, and "
                "keeps the last %2. Restoring one replaces the whole program in the file; the "
                "program as it is now is kept as another backup first."
            )
            .replace("%1", file_name)
            .replace("%2", str(backups.KEEP))
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Participants"),
                self.tr("Pairs"),
                self.tr("Sessions"),
                self.tr("Note"),
            ]
        )
        for backup in items:
            self.list.addTopLevelItem(self._row(backup))
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (DATE, PARTICIPANTS, PAIRS, SESSIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons, self.restore_button = ok_cancel(self, self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_button.click())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 360)
        first = next((i for i, b in enumerate(items) if b.readable), None)
        if first is not None and (item := self.list.topLevelItem(first)) is not None:
            self.list.setCurrentItem(item)

    def _row(self, backup: Backup) -> QTreeWidgetItem:
        def count(n: int | None) -> str:
            return "—" if n is None else str(n)

        if not backup.readable:
            note = self.tr("damaged or unreadable; cannot be restored")
        elif backup.before_restore:
            note = self.tr("kept before a restore")
        else:
            note = ""
        item = QTreeWidgetItem(
            [
                when(backup),
                count(backup.participants),
                count(backup.pairs),
                count(backup.sessions),
                note,
            ]
        )
        for column in (PARTICIPANTS, PAIRS, SESSIONS):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        item.setToolTip(DATE, str(backup.path))
        if not backup.readable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        backup = self._items[self.list.indexOfTopLevelItem(item)]
        return backup if backup.readable else None


def way_forward(
    parent: QWidget, services: Services, path: Path, error: FileProblem, read_only: bool
) -> str:
    """Tell why ``path`` cannot be opened, offering what can be done instead.

    Returns ``"read-only"`` (open it read-only), ``"restore"`` (restore a backup) or ``""``.
    """
    prompts, title = services.prompts, tr("Cannot open program")
    if isinstance(error, ReadOnlyFile | DiskFull) and not read_only:
        ok = prompts.confirm(parent, title, str(error), tr("Open Read-Only"))
        return "read-only" if ok else ""
    foreign = isinstance(error, DamagedFile | NotAProgramFile)
    found = backups.list_backups(path, services.data_dir) if foreign else []
    usable = [b for b in found if b.readable]
    if usable:
        text = (
            tr("%1\n\nBackups of this program that can be restored: %2, the newest from %3.")
            .replace("%1", str(error))
            .replace("%2", str(len(usable)))
            .replace("%3", when(usable[0]))
        )
        ok = prompts.confirm(parent, title, text, tr("Restore from Backup…"))
        return "restore" if ok else ""
    prompts.error(parent, title, str(error))
    return ""


def choose_and_restore(
    parent: QWidget, path: Path, services: Services, close_file: Callable[[], None]
) -> bool | None:
    """Let the coordinator choose a backup of ``path``, confirm, and restore it.

    ``close_file`` is called just before the restore, so the window's store lets go of the
    file. Returns ``None`` when nothing was done (``close_file`` not called), True when the
    backup was restored, False when the restore failed (the file is as it was).
    """
    prompts = services.prompts
    items = backups.list_backups(path, services.data_dir)
    if not any(b.readable for b in items):
        prompts.error(
            parent,
            tr("No backups"),
            tr("There is no backup of “%1” that can be restored yet.").replace("%1", path.name),
        )
        return None
    dialog = BackupDialog(path.name, items, parent)
    if not services.run_dialog(dialog) or (chosen := dialog.chosen()) is None:
        return None
    question = (
        tr(
            "Replace the program in “%1” with the backup taken on %2 (%3 participants, %4 pairs, "
            "%5 sessions)? The program as it is now is kept as another backup."
        )
        .replace("%1", path.name)
        .replace("%2", when(chosen))
        .replace("%3", str(chosen.participants))
        .replace("%4", str(chosen.pairs))
        .replace("%5", str(chosen.sessions))
    )
    if not prompts.confirm(parent, tr("Restore from Backup"), question, tr("Restore")):
        return None
    close_file()
    try:
        backups.restore(path, chosen.path, services.data_dir, lambda: dt.datetime.now(dt.UTC))
    except MentorDeskError as exc:
        prompts.error(parent, tr("Backup not restored"), str(exc))
        return False
    return True
