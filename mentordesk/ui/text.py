"""Small text helpers shared by the screens."""

from __future__ import annotations


def counted(n: int, one: str, other: str) -> str:
    """``one`` or ``other`` (both already translated) with ``%n`` replaced by ``n``.

    English, Italian and Bulgarian all have one singular and one plural form.
    """
    return (one if n == 1 else other).replace("%n", str(n))


#: How dates are shown and edited everywhere: unambiguous in every language ("26 Jun 2026").
DATE_FORMAT = "d MMM yyyy"


def row_problems(problems: dict[str, str], prefix: str, label: str) -> str:
    """The problems of a form's table rows ("steps.0": …) as lines, the rows numbered from 1
    as the coordinator counts them: ``label`` (translated) holds ``%1`` (row) and ``%2``."""
    return "\n".join(
        label.replace("%1", str(int(key.split(".")[1]) + 1)).replace("%2", text)
        for key, text in problems.items()
        if key.startswith(prefix + ".")
    )
