"""Writing a PDF with Qt (``QPdfWriter``): drawn into memory, then saved whole through
:func:`mentordesk.model.export.save_atomically`, so a file appears complete or not at all and a
folder that cannot be written gets the same clear message as every export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from ..model.export import save_atomically

#: Dots per inch of what is drawn (text is vector whatever this is).
RESOLUTION = 300


def save_pdf(
    path: str | Path,
    title: str,
    draw: Callable[[QPdfWriter], None],
    *,
    landscape: bool = False,
    margins_mm: tuple[float, float, float, float] = (0, 0, 0, 0),
) -> None:
    """Draw an A4 document with ``draw(writer)`` and save it at ``path`` (all or nothing);
    raises :class:`~mentordesk.model.errors.FileProblem` when it cannot be saved."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("MentorDesk")
    writer.setResolution(RESOLUTION)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation.Landscape if landscape else orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    draw(writer)
    del writer  # ends the document
    buffer.close()
    content = bytes(data.data())

    def write(stream: IO[bytes]) -> None:
        stream.write(content)

    save_atomically(Path(path), write)
