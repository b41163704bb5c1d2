"""Fixtures for GUI tests: a window on a copy of the demo program, scripted prompts."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mentordesk.model.demo import write_demo
from mentordesk.ui.main_window import MainWindow, Services
from mentordesk.ui.prompts import Prompts

pytestmark = pytest.mark.gui


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


class ScriptedPrompts(Prompts):
    """Answers the window's questions from lists, and records what it asked or said."""

    def __init__(self) -> None:
        self.paths: list[str | None] = []
        self.confirm_answers: list[bool] = []
        self.asked: list[str] = []
        self.errors: list[str] = []

    def open_path(self, parent: QWidget, folder: str) -> str | None:
        return self.paths.pop(0)

    def save_path(self, parent: QWidget, title: str, suggested: str) -> str | None:
        return self.paths.pop(0)

    def open_any(self, parent: QWidget, title: str, folder: str, file_filter: str) -> str | None:
        return self.paths.pop(0)

    def save_any(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
        return self.paths.pop(0)

    def confirm(self, parent: QWidget, title: str, text: str, ok_label: str) -> bool:
        self.asked.append(text)
        return self.confirm_answers.pop(0)

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(text)


class DialogScript:
    """Plays the coordinator's part in the next dialogs: each step fills one and answers.

    The dialog is shown (not run modally) while its step runs, so what the step sees is what
    a person would see.
    """

    def __init__(self) -> None:
        self.steps: list[Callable[[QDialog], bool]] = []

    def __call__(self, dialog: QDialog) -> bool:
        assert self.steps, f"unexpected dialog {dialog.windowTitle()!r}"
        dialog.show()
        try:
            return self.steps.pop(0)(dialog)
        finally:
            dialog.hide()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "demo.mentordesk"
    write_demo(path)
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Northwind.mentordesk"
    shutil.copy(demo_master, path)
    return path


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def dialogs() -> DialogScript:
    return DialogScript()


@pytest.fixture
def services(tmp_path: Path, prompts: ScriptedPrompts, dialogs: DialogScript) -> Services:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Services(
        settings=settings, prompts=prompts, data_dir=tmp_path / "data", run_dialog=dialogs
    )


@pytest.fixture
def make_window(qtbot, services: Services) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: Callable[[], MainWindow], demo_file: Path) -> MainWindow:
    w = make_window()
    assert w.open_file(demo_file)
    return w


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in left:
        w.close()
    assert not left, f"test left windows open: {[w.objectName() or w for w in left]}"
