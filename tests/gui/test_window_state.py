"""Window size, splitters and the last page come back; the Go menu and Preferences work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from mentordesk.ui.main_window import MainWindow, Services
from mentordesk.ui.preferences_dialog import PreferencesDialog
from mentordesk.ui.translations import LANGUAGES, chosen_language

from .conftest import DialogScript


def test_size_page_and_splitter_are_remembered(
    make_window: Callable[[], MainWindow], demo_file: Path, services: Services
) -> None:
    first = make_window()
    assert first.open_file(demo_file)
    first.resize(760, 520)
    view = first.view
    assert view is not None
    view.show_page(view.pairs)
    view.pairs.splitter.setSizes([300, 200])
    sizes = view.pairs.splitter.sizes()
    first.close()

    second = make_window()
    # The offscreen screen is 800 pixels wide, so only the height can differ from the default.
    assert second.height() == 520
    assert second.open_file(demo_file)
    assert second.view is not None
    assert second.view.pages.currentWidget() is second.view.pairs
    assert second.view.pairs.splitter.sizes() == sizes


def test_a_broken_setting_falls_back_to_the_first_page(
    make_window: Callable[[], MainWindow], demo_file: Path, services: Services
) -> None:
    services.settings.setValue("window/page", "the pairs page")
    window = make_window()
    assert window.open_file(demo_file)
    assert window.view is not None and window.view.nav.currentRow() == 0


def test_ctrl_and_a_number_goes_to_that_page(window: MainWindow) -> None:
    view = window.view
    assert view is not None
    actions = [a for a in window.go_menu.actions() if a.isVisible()]
    assert [a.text() for a in actions] == view.titles
    assert actions[4].shortcut().toString() == "Ctrl+5"
    actions[4].trigger()
    assert view.pages.currentWidget() is view.pairs
    window.close_program()
    assert not window.go_menu.menuAction().isVisible()


def test_preferences_keep_the_chosen_language(
    window: MainWindow, dialogs: DialogScript, services: Services
) -> None:
    def choose_bulgarian(dialog: QDialog) -> bool:
        assert isinstance(dialog, PreferencesDialog)
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert names[1:] == list(LANGUAGES.values())
        dialog.language.setCurrentIndex(dialog.language.findData("bg"))
        dialog.accept()
        return True

    dialogs.steps.append(choose_bulgarian)
    window.preferences()
    assert services.settings.value("language") == "bg"
    assert chosen_language(services.settings) == "bg"
    assert "next time" in window.statusBar().currentMessage()


def test_the_system_language_is_used_until_one_is_chosen(tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings, QLocale("it_IT")) == "it"
    assert chosen_language(settings, QLocale("de_DE")) == "en"
    settings.setValue("language", "en")
    assert chosen_language(settings, QLocale("it_IT")) == "en"
    settings.setValue("language", "klingon")
    assert chosen_language(settings, QLocale("bg_BG")) == "bg"
