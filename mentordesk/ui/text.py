"""Small text helpers shared by the screens."""

from __future__ import annotations


def counted(n: int, one: str, other: str) -> str:
    """``one`` or ``other`` (both already translated) with ``%n`` replaced by ``n``.

    English, Italian and Bulgarian all have one singular and one plural form.
    """
    return (one if n == 1 else other).replace("%n", str(n))


#: How dates are shown and edited everywhere: unambiguous in every language ("26 Jun 2026").
DATE_FORMAT = "d MMM yyyy"
