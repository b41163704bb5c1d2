"""Window size, splitter positions and the last page, remembered per user in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

GEOMETRY = "window/geometry"
PAGE = "window/page"
SPLITTERS = "window/splitters/"
#: Set on a splitter whose sizes came from the settings, so its page keeps them.
RESTORED = "restoredFromSettings"


def restore_window(window: QMainWindow, settings: QSettings) -> bool:
    """Put the window where and how big it was; False when there is nothing remembered."""
    saved = settings.value(GEOMETRY)
    return isinstance(saved, QByteArray) and window.restoreGeometry(saved)


def save_window(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())


def restore_splitters(root: QWidget, settings: QSettings) -> None:
    """Each named splitter under ``root`` as the coordinator last left it."""
    for splitter in root.findChildren(QSplitter):
        saved = settings.value(SPLITTERS + splitter.objectName()) if splitter.objectName() else None
        if isinstance(saved, QByteArray) and splitter.restoreState(saved):
            splitter.setProperty(RESTORED, True)


def save_splitters(root: QWidget, settings: QSettings) -> None:
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(SPLITTERS + splitter.objectName(), splitter.saveState())


def last_page(settings: QSettings, pages: int) -> int:
    """The page shown when the window was last used (the first page if unknown)."""
    try:
        page = int(str(settings.value(PAGE, 0)))
    except ValueError:
        return 0
    return page if 0 <= page < pages else 0


def save_page(settings: QSettings, page: int) -> None:
    settings.setValue(PAGE, page)
