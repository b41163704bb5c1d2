"""The questions the window asks the coordinator, behind one object tests can replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = str(QT_TRANSLATE_NOOP("prompts", "MentorDesk programs (*.mentordesk)"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


class Prompts:
    """Standard Qt dialogs. Tests pass a subclass with scripted answers."""

    def open_path(self, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, _tr("Open program"), folder, _tr(FILE_FILTER))
        return path or None

    def save_path(self, parent: QWidget, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _tr(FILE_FILTER))
        if not path:
            return None
        if Path(path).suffix.lower() != ".mentordesk":
            path += ".mentordesk"
        return path

    def open_any(self, parent: QWidget, title: str, folder: str, file_filter: str) -> str | None:
        """Any file to read (a roster, a mapping)."""
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
        return path or None

    def save_any(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
        """A file to write; the suffix of the filter's first pattern is added when missing."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        if not path:
            return None
        suffix = Path(suggested).suffix
        if suffix and not Path(path).suffix:
            path += suffix
        return path

    def confirm(self, parent: QWidget, title: str, text: str, ok_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(ok_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def error(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
