"""Edit ▸ Preferences…: what belongs to the person at this computer, not to the program file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from .dialog_buttons import ok_cancel
from .translations import LANGUAGES, save_language, system_language


class PreferencesDialog(QDialog):
    """The interface language (applied at the next start)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(380)
        self.settings = settings
        self.language = QComboBox()
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value("language", "") or "")))
        )
        self._was = self.choice()
        self.note = QLabel(self.tr("A new language is used from the next time MentorDesk starts."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons, _ok = ok_cancel(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def choice(self) -> str:
        """The chosen language code, or "" to follow the system."""
        return str(self.language.currentData())

    def changed(self) -> bool:
        return self.choice() != self._was

    def accept(self) -> None:
        save_language(self.settings, self.choice())
        super().accept()
