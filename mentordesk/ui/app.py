"""Start the Qt application: logging, the exception hook, the window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..model.programfile import is_disk_full
from .icons import app_icon
from .main_window import MainWindow, Services
from .prompts import Prompts
from .translations import chosen_language
from .translations import install as install_translations

log = logging.getLogger("mentordesk")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def data_dir() -> Path:
    """The user's MentorDesk data folder (logs, the demo copy)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def setup_logging(folder: Path) -> Path:
    """Log to ``mentordesk.log`` in ``folder`` (rotated at 1 MB); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mentordesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def make_excepthook(log_path: Path, tell: Callable[[str, str], None]) -> ExceptHook:
    """An exception hook that logs the trace and tells the coordinator in a plain sentence."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # Only the trace and the error type are logged: messages may quote personal data.
        frames = "".join(traceback.format_tb(tb))
        log.error("Unexpected %s (MentorDesk %s)\n%s", kind.__name__, __version__, frames)
        if is_disk_full(error):
            tell(
                QCoreApplication.translate("app", "The disk is full"),
                QCoreApplication.translate(
                    "app",
                    "The disk is full, so the last change was not saved; nothing else was "
                    "changed and every earlier change is safe. Free some disk space, then "
                    "make the change again.",
                ),
            )
            return
        tell(
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app",
                "MentorDesk ran into a problem it did not expect. Your program file is safe: "
                "every change made before this moment was saved.\n\nIf it happens again, "
                "please send this file to whoever supports you:\n%1",
            ).replace("%1", str(log_path)),
        )

    return hook


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("MentorDesk")
    app.setApplicationName("MentorDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_translations(chosen_language(QSettings()))
    return app


def run_gui(file: Path | None, demo: bool, read_only: bool = False) -> int:
    """Open the window on ``file``, the demo, the last file or the start screen."""
    app = create_application(sys.argv[:1])
    folder = data_dir()
    log_path = setup_logging(folder / "logs")
    window = MainWindow(Services(settings=QSettings(), prompts=Prompts(), data_dir=folder))

    def tell(title: str, text: str) -> None:
        QMessageBox.critical(window, title, text)

    sys.excepthook = make_excepthook(log_path, tell)
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_file(file, read_only=read_only)
    else:
        last = window.recent.last_file
        if last is not None and last.is_file():
            window.open_file(last)
    window.show()
    return app.exec()
