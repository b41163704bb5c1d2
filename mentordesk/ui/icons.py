"""The application's icon, for the window title bar, the task bar and the dock."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..resources import resource_path


def app_icon() -> QIcon:
    """MentorDesk's icon, drawn from ``resources/icons/mentordesk.svg`` at any size.

    The PNG rendered from the same SVG is added too: it still shows where Qt's SVG icon
    plugin is missing (a bundle built without it), where the SVG alone would give no icon.
    """
    icon = QIcon(str(resource_path("icons", "mentordesk.svg")))
    icon.addFile(str(resource_path("icons", "mentordesk.png")))
    return icon
