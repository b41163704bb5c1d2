"""One small translation function for the user-visible strings of the model.

The model never imports Qt; the UI installs a translator (Qt Linguist) at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_date_format: Callable[[dt.date], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route model strings through ``func(context, text)``; ``None`` restores English."""
    global _translator
    _translator = func


def tr(text: str, context: str = "model") -> str:
    """Translate a user-visible model string (English when no translator is installed)."""
    if _translator is None:
        return text
    return _translator(context, text)


def tr_noop(text: str) -> str:
    """Mark ``text`` for the translation catalogue where it is defined; translate it with ``tr``."""
    return text


def install_date_format(func: Callable[[dt.date], str] | None) -> None:
    """Write dates in user-visible model text with ``func``; ``None`` restores ISO dates."""
    global _date_format
    _date_format = func


def date_text(day: dt.date) -> str:
    """``day`` as the interface writes dates (ISO 8601 when no format is installed)."""
    return day.isoformat() if _date_format is None else _date_format(day)
