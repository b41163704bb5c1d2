"""The feedback, dashboard and resources pages, the milestones feed and the mentor certificate,
reached from the window as a coordinator reaches them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.ui.certificate import CertificateDialog
from mentordesk.ui.main_window import MainWindow

from .conftest import DialogScript, ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton


def test_the_new_pages_are_in_the_navigation_and_show_the_demo(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.view
    assert view is not None
    names = view.page_names()
    for name, page in (
        ("Feedback", view.feedback),
        ("Dashboard", view.dashboard),
        ("Resources", view.resources),
    ):
        view.nav.setCurrentRow(names.index(name))
        assert view.pages.currentWidget() is page and page.isVisible()
    view.nav.setCurrentRow(names.index("Dashboard"))
    qtbot.waitUntil(lambda: view.dashboard.isVisible())
    window.grab().save("/tmp/window_dashboard.png")


def test_a_milestone_on_the_overview_opens_its_pair(qtbot: Any, window: MainWindow) -> None:
    view = window.view
    assert view is not None
    view.overview.open_pair.emit(1)
    assert view.pages.currentWidget() is view.pairs
    assert view.pairs.selected_id() == 1


def test_mentor_certificate_from_the_program_menu(
    qtbot: Any,
    window: MainWindow,
    dialogs: DialogScript,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    target = tmp_path / "certificate.pdf"

    def save(dialog: QDialog) -> bool:
        assert isinstance(dialog, CertificateDialog)
        assert dialog.mentor.count() > 0 and dialog.save_button.isEnabled()
        prompts.paths.append(str(target))
        qtbot.mouseClick(dialog.save_button, LEFT)
        return False  # closed

    dialogs.steps.append(save)
    assert window.certificate_action.isEnabled()
    window.certificate_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()
