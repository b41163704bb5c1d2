"""One small translation function for the user-visible strings of the model.

The model never imports Qt; the UI installs a translator (Qt Linguist) at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route model strings through ``func(context, text)``; ``None`` restores English."""
    global _translator
    _translator = func


def tr(text: str, context: str = "model") -> str:
    """Translate a user-visible model string (English when no translator is installed)."""
    if _translator is None:
        return text
    return _translator(context, text)
