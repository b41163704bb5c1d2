"""``--quit-when-shown``: how long the app takes from start to its first painted window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow

#: Printed on stdout by ``--quit-when-shown`` once the main window has painted.
SHOWN_MARKER = "MENTORDESK-SHOWN"


class QuitWhenShown(QObject):
    """``--quit-when-shown``: once the main window has first painted, print
    :data:`SHOWN_MARKER` and the page shown, then quit (``benchmarks/frozen_start.py``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, MainWindow):
                self._done = True
                # Queued, so the marker follows the whole window's paint, not its first widget.
                QTimer.singleShot(0, lambda: self._report(window))
        return False

    def _report(self, window: MainWindow) -> None:
        self._app.removeEventFilter(self)
        view = window.view
        shown = None if view is None else view.pages.currentWidget()
        page = "start" if shown is None else shown.objectName()
        print(f"{SHOWN_MARKER} page={page}", flush=True)
        self._app.quit()
