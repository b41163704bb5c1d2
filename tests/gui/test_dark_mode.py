"""In dark mode warnings and good news are drawn in colours readable on a dark window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.tones import WARNING, is_dark, tone


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield
    qapp.setPalette(before)


def test_light_mode_keeps_the_dark_ink(qapp: QApplication) -> None:
    assert not is_dark() and tone(WARNING) == WARNING[0]


def test_dark_mode_uses_the_light_ink(dark: None, window: MainWindow) -> None:
    assert is_dark() and tone(WARNING) == WARNING[1]
    assert window.view is not None
    label = window.view.board.waiting_label
    assert WARNING[1] in label.styleSheet()
    ink = QColor(WARNING[1])
    background = window.palette().color(QPalette.ColorRole.Window)
    assert abs(ink.lightness() - background.lightness()) > 100  # readable contrast
