"""``mentordesk --smoke-test OUT.png``: prove that a build of the app works, in a few seconds.

Opens a fresh demo program in a temporary folder (never the user's data, settings or files),
visits every page, clicks every button and menu item that opens a dialog (their labels end
with "…"), closes each dialog unsaved, saves a screenshot of the window and exits 0. Any
Python exception, Qt warning or error message on the way makes it exit 1 with one line on
stderr. Written for the PyInstaller bundle, where a missing module, data file or Qt plugin
only shows when the code that needs it runs.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QIcon, QImage, QImageWriter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QProgressDialog,
    QWidget,
)
from shiboken6 import isValid

from ..resources import resource_path
from .icons import app_icon
from .main_window import MainWindow, Services
from .program_view import ProgramView
from .prompts import Prompts

#: Dialogs the smoke test must have opened (by class); QMessageBox is the About box.
EXPECTED_DIALOGS = (
    "ProgramDialog", "ParticipantDialog", "MatchSettingsDialog", "ImportWizard", "BackupDialog",
    "CertificateDialog", "QMessageBox",
)  # fmt: skip
#: Qt messages that are not problems of the app: the offscreen platform cannot resize to
#: hints, a style sheet may ask for a font size the platform font cannot take (both as in
#: pyproject.toml), and a machine whose locale is not installed falls back to C.UTF-8.
IGNORED_QT_MESSAGES = ("propagateSizeHints", "QFont::setPointSize", "Detected locale")
#: Modules the app imports only inside functions the steps do not reach (reading a roster,
#: writing the workbook, matching a large or a peer program): imported on their own, so a
#: bundle without them fails here rather than in a coordinator's hands.
ON_DEMAND_MODULES = (
    "python_calamine", "openpyxl", "xlsxwriter", "lxml.etree", "icalendar", "scipy.optimize",
    "scipy.sparse.csgraph",
)  # fmt: skip
#: A screenshot smaller than this (bytes) is blank or broken, whatever its dimensions say.
MIN_SCREENSHOT_BYTES = 10_000

ELLIPSES = ("…", "...")


class SmokeFailure(Exception):
    """The one-line reason the smoke test failed."""


class Problems:
    """Everything that went wrong, each with the step it happened in."""

    def __init__(self) -> None:
        self.step = "starting"
        self.found: list[str] = []

    def add(self, text: str) -> None:
        self.found.append(f"{self.step}: {text}")

    def add_exception(self, error: BaseException, tb: TracebackType | None) -> None:
        frames = traceback.extract_tb(tb)
        where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
        self.add(f"{type(error).__name__}: {error}{where}")

    @contextmanager
    def during(self, step: str) -> Iterator[None]:
        """Run ``step``; raise :class:`SmokeFailure` with the first problem it had."""
        self.step = step
        try:
            yield
        except SmokeFailure:
            raise
        except Exception as exc:
            self.add_exception(exc, exc.__traceback__)
        if self.found:
            raise SmokeFailure(self.found[0])


class SmokePrompts(Prompts):
    """Answers every question as a careful person would: cancel, or write into ``folder``."""

    def __init__(self, folder: Path, problems: Problems) -> None:
        self._folder = folder
        self._problems = problems

    def open_path(self, parent: QWidget, folder: str) -> str | None:
        return None

    def open_any(self, parent: QWidget, title: str, folder: str, file_filter: str) -> str | None:
        return None

    def save_path(self, parent: QWidget, title: str, suggested: str) -> str | None:
        return None  # a new program or a copy would take the window away from the demo

    def save_any(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
        # Exports and the report are written, so a bundle missing what writes them fails here.
        return str(self._folder / Path(suggested).name)

    def confirm(self, parent: QWidget, title: str, text: str, ok_label: str) -> bool:
        return False

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self._problems.add(f"the app said “{title}: {text}”")


class DialogVisitor:
    """Runs the app's dialogs without blocking: shows and paints each, then cancels it."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.current: QDialog | None = None

    def __call__(self, dialog: QDialog) -> bool:
        self.opened.append(type(dialog).__name__)
        self.current = dialog
        try:
            dialog.show()
            QApplication.processEvents()
            dialog.grab()  # paints every widget, so a broken paint shows here
            dialog.reject()
        finally:
            self.current = None
        return False


class ModalCloser(QObject):
    """Closes any modal dialog or popup the app runs itself (the About box): a static
    ``QMessageBox`` or ``exec()`` would otherwise wait for a click that never comes."""

    def __init__(self, visitor: DialogVisitor) -> None:
        super().__init__()
        self._visitor = visitor
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._close_modal)
        self._timer.start()

    def _close_modal(self) -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        # A progress dialog closes itself when its work is done.
        if widget is None or widget is self._visitor.current or isinstance(widget, QProgressDialog):
            return
        self._visitor.opened.append(type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self._timer.stop()


@contextmanager
def watching(problems: Problems) -> Iterator[None]:
    """Record Qt warnings and exceptions raised inside Qt's event handling as problems."""

    def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if not any(ignored in message for ignored in IGNORED_QT_MESSAGES):
            problems.add(
                f"Qt {kind.name.removeprefix('Qt').removesuffix('Msg').lower()}: {message}"
            )

    def on_exception(
        _kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        problems.add_exception(error, tb)

    previous_handler = qInstallMessageHandler(on_message)
    previous_hook = sys.excepthook
    sys.excepthook = on_exception
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


# -- the steps --------------------------------------------------------------------------------


def run_smoke_test(out: Path) -> int:
    """Run the smoke test and save the window's screenshot at ``out``: 0 when everything
    worked, else 1 with a one-line reason on stderr."""
    started = time.perf_counter()
    try:
        # ignore_cleanup_errors: Windows may hold a just-closed file a moment longer.
        with tempfile.TemporaryDirectory(
            prefix="mentordesk-smoke-", ignore_cleanup_errors=True
        ) as tmp:
            summary = _smoke(Path(tmp), out)
    except SmokeFailure as exc:
        _say(f"smoke test failed: {exc}")
        return 1
    except Exception as exc:  # outside any step: the temporary folder, the application
        _say(f"smoke test failed: {type(exc).__name__}: {exc}")
        return 1
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s: {summary}", flush=True)
    return 0


def _say(line: str) -> None:
    # A windowed Windows build has no stderr at all.
    if sys.stderr is not None:
        print(line, file=sys.stderr, flush=True)


def _smoke(folder: Path, out: Path) -> str:
    problems = Problems()
    visitor = DialogVisitor()
    with _private_matplotlib(folder), watching(problems):
        with problems.during("starting the application"):
            _application()
        window: MainWindow | None = None
        closer = ModalCloser(visitor)
        try:
            with problems.during("opening the window"):
                window = _window(folder, problems, visitor)
            return _steps(window, folder, out, problems, visitor)
        finally:
            closer.stop()
            if window is not None:
                window.close()  # lets go of the program file before the folder goes
                window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def _private_matplotlib(folder: Path) -> Iterator[None]:
    """matplotlib keeps its font cache in the temporary folder, not in the user's home."""
    before = os.environ.get("MPLCONFIGDIR")
    if before is None:
        os.environ["MPLCONFIGDIR"] = str(folder / "matplotlib")
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("MPLCONFIGDIR", None)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app  # a test's application: its names and language stay as they are
    from .app import create_application

    return create_application(sys.argv[:1])  # the app's own start: names, translations


def _window(folder: Path, problems: Problems, visitor: DialogVisitor) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    services = Services(
        settings=settings,
        prompts=SmokePrompts(folder, problems),
        data_dir=folder / "data",
        run_dialog=visitor,
    )
    return MainWindow(services)


def _steps(
    window: MainWindow, folder: Path, out: Path, problems: Problems, visitor: DialogVisitor
) -> str:
    with problems.during("drawing the icon"):
        _check_icon(window, problems)
    with problems.during("loading the translations"):
        _check_translations(problems)
    for name in ON_DEMAND_MODULES:
        with problems.during(f"importing {name}"):
            importlib.import_module(name)
    with problems.during("opening the demo program"):
        window.show()
        window.open_demo()
        if window.view is None:
            problems.add("the demo program did not open")
    view = window.view
    assert view is not None
    for row in range(view.nav.count()):
        with problems.during(f"the {view.nav.item(row).text()} page"):
            _visit_page(view, row)
    with problems.during("auto-matching on the Matching page"):
        _auto_match(window, view)
    with problems.during("saving a chart as SVG"):
        _save_chart_svg(view, folder, problems)
    for menu, action in _dialog_actions(window):
        with problems.during(f"{menu} ▸ {action.text().replace('&', '')}"):
            action.trigger()
            QApplication.processEvents()
    with problems.during("checking what was opened and written"):
        _check_outcome(visitor, folder, problems)
    with problems.during("saving the screenshot"):
        size = _screenshot(window, view, out, problems)
    return (
        f"{view.nav.count()} pages, {len(visitor.opened)} dialogs "
        f"({', '.join(sorted(set(visitor.opened)))}), screenshot {out} ({size})"
    )


def _settle(widget: QWidget) -> None:
    """Let queued work run, then paint ``widget`` whole, as a person would see it."""
    QApplication.processEvents()
    widget.grab()


def _check_icon(window: MainWindow, problems: Problems) -> None:
    # The SVG alone, without the PNG app_icon() adds, shows whether Qt's SVG plugins came along.
    if QIcon(str(resource_path("icons", "mentordesk.svg"))).pixmap(64, 64).isNull():
        problems.add("the SVG icon cannot be drawn (Qt's SVG plugins are missing)")
    window.setWindowIcon(app_icon())


def _check_translations(problems: Problems) -> None:
    for qm in sorted(resource_path("i18n").glob("*.qm")):
        if not QTranslator().load(str(qm)):
            problems.add(f"{qm.name} cannot be loaded")


def _visit_page(view: ProgramView, row: int) -> None:
    view.nav.setCurrentRow(row)
    page = view.pages.widget(row)
    assert page is not None
    _settle(page)
    for _ in range(2):  # a row chosen can show more lists: a pair's goals and sessions
        _choose_first_rows(page)
    for button in _dialog_buttons(page):
        view.nav.setCurrentRow(row)  # the button before may have gone to another page
        if isValid(button) and button.isVisible() and button.isEnabled():
            button.click()
            _settle(page)


def _choose_first_rows(page: QWidget) -> None:
    """Select the first row of every list, so that Edit… and the details are enabled."""
    for item_view in page.findChildren(QAbstractItemView):
        model = item_view.model()
        if (
            item_view.isVisible()
            and model is not None
            and model.rowCount() > 0
            and item_view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
            and not item_view.currentIndex().isValid()
        ):
            item_view.setCurrentIndex(model.index(0, 0))
            _settle(page)


def _dialog_buttons(page: QWidget) -> list[QAbstractButton]:
    """The page's buttons that open a dialog (their labels end with an ellipsis), one of
    each kind: the Dashboard's six "Save as…" buttons run the same code."""
    kinds: dict[tuple[str, str], QAbstractButton] = {}
    for button in page.findChildren(QAbstractButton):
        text = button.text().rstrip()
        # Buttons of the dialogs the page made (hidden now) belong to another window.
        if button.window() is page.window() and text.endswith(ELLIPSES):
            kinds.setdefault((type(button.parent()).__name__, text), button)
    return list(kinds.values())


def _auto_match(window: MainWindow, view: ProgramView) -> None:
    """The matcher (scipy) on the demo's unmatched people, then Edit ▸ Undo."""
    view.show_page(view.board)
    _settle(view.board)
    if view.board.auto_button.isEnabled():
        view.board.auto_button.click()
        _settle(view.board)
        window.undo_action.trigger()
        _settle(view.board)


def _save_chart_svg(view: ProgramView, folder: Path, problems: Problems) -> None:
    # matplotlib loads its SVG writer by name when saving, so only a save shows it is bundled.
    view.show_page(view.dashboard)
    _settle(view.dashboard)
    cards = list(view.dashboard.cards.values())
    if not cards:
        problems.add("the Dashboard shows no chart")
        return
    path = folder / "chart.svg"
    cards[0].chart.save(path)
    if not path.is_file() or path.stat().st_size == 0:
        problems.add("the chart was not saved as SVG")


def _dialog_actions(window: MainWindow) -> Iterator[tuple[str, QAction]]:
    """Every menu item that opens a dialog (its label ends with an ellipsis), and About."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            text = action.text().replace("&", "").rstrip()
            if action.menu() is not None or action.isSeparator() or not action.isEnabled():
                continue
            about = action.menuRole() == QAction.MenuRole.AboutRole
            if text.endswith(ELLIPSES) or about or text.lower().startswith("about"):
                yield menu.title().replace("&", ""), action


def _check_outcome(visitor: DialogVisitor, folder: Path, problems: Problems) -> None:
    missing = [name for name in EXPECTED_DIALOGS if name not in visitor.opened]
    if missing:
        problems.add(f"never opened: {', '.join(missing)}")
    written = [p for p in folder.iterdir() if p.is_file() and p.suffix != ".ini"]
    for path in written:
        if path.stat().st_size == 0:
            problems.add(f"{path.name} was written empty")
    if not any(p.suffix == ".pdf" for p in written):
        problems.add("the program report (PDF) was not written")


def _screenshot(window: MainWindow, view: ProgramView, out: Path, problems: Problems) -> str:
    view.nav.setCurrentRow(0)
    window.statusBar().clearMessage()  # "Report written to /tmp/…" says nothing of the app
    _settle(window)
    image: QImage = window.grab().toImage()
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(out), QByteArray(b"png"))  # PNG whatever the name ends with
    if not writer.write(image):
        problems.add(f"{out} could not be written ({writer.errorString()})")
    elif out.stat().st_size < MIN_SCREENSHOT_BYTES:
        problems.add(f"{out} is blank ({out.stat().st_size} bytes)")
    return f"{image.width()}×{image.height()}"
