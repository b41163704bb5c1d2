"""Shared by the startup children: print a marker line once the main window has first painted.

The marker goes out from a zero-delay timer queued by the window's first paint event, so it
is printed after Qt has finished painting the whole window, not merely after ``show()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

MARKER = "BENCH-SHOWN"


class FirstPaint(QObject):
    """An application-wide event filter that waits for a QMainWindow to paint, then quits."""

    def __init__(self, app: QApplication, describe: Callable[[QMainWindow], str]) -> None:
        super().__init__(app)
        self._app = app
        self._describe = describe
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            window = obj.window()
            if isinstance(window, QMainWindow):
                self._done = True
                QTimer.singleShot(0, lambda: self._report(window))
        return False

    def _report(self, window: QMainWindow) -> None:
        self._app.removeEventFilter(self)
        print(f"{MARKER} {self._describe(window)}", flush=True)
        self._app.quit()
