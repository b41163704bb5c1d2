"""Startup of the real app: ``mentordesk FILE`` through ``__main__.main()``; prints a marker.

The only addition to the real start path is the QApplication made here first, with the same
arguments ``create_application`` would use (it reuses an existing instance), so the marker's
event filter can be installed before ``run_gui`` builds the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _shown import FirstPaint
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def describe(window: QMainWindow) -> str:
    """Which page the window shows, so the parent can check a program really opened."""
    view = getattr(window, "view", None)
    stack = getattr(window, "stack", None)
    if view is None or stack is None or stack.currentWidget() is not view:
        return "page=start"
    return f"page={view.pages.currentWidget().objectName() or 'unnamed'}"


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    FirstPaint(app, describe)
    from mentordesk.__main__ import main as mentordesk_main

    return mentordesk_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
