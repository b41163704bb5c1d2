"""Text colours for warnings and good news that stay readable in light and dark mode."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

#: (on a light window, on a dark window)
WARNING = ("#7a4a00", "#e8b36a")
DANGER = ("#8a1c2b", "#ff8a80")
GOOD = ("#1e5e2f", "#8fd19e")


def is_dark() -> bool:
    """Whether the application's windows are dark (the system's dark mode)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def tone(colours: tuple[str, str]) -> str:
    """The colour of ``colours`` for the current light or dark mode."""
    return colours[1] if is_dark() else colours[0]
