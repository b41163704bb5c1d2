"""Find files under ``resources/`` whether MentorDesk runs from source, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding icons, translations and the demo program."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    installed = Path(__file__).parent / "resources"  # a wheel carries them inside the package
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/``."""
    return resources_root().joinpath(*parts)
