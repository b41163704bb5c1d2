"""The dashboard's charts as images for the printed report: drawn offscreen by the same code
as the Dashboard page (:mod:`.dashboard_charts`), in a light palette whatever the window's,
since a report is printed on white paper."""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtGui import QColor, QImage, QPalette

from ..model.dashboard import Dashboard, Subject
from .charts import ChartView
from .dashboard_charts import draw_charts

#: Resolution of the chart images in the PDF (dots per inch).
DPI = 200
#: Size of each chart on the page, in inches (about the printed column's width).
SIZE = (6.6, 3.3)


def paper_palette() -> QPalette:
    """Dark text on white, with the light theme's accent, whatever the system's theme."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#ffffff"),
        (role.Base, "#ffffff"),
        (role.WindowText, "#1f2328"),
        (role.Text, "#1f2328"),
        (role.PlaceholderText, "#57606a"),
        (role.Mid, "#d0d7de"),
        (role.Highlight, "#2f81c8"),
    ):
        palette.setColor(r, QColor(colour))
    return palette


def chart_images(
    board: Dashboard, progress: Callable[[int], None] | None = None
) -> list[tuple[str, QImage]]:
    """(title, image) of each of the dashboard's charts, in the page's order;
    ``progress(done)`` after each chart."""
    views: list[tuple[str, ChartView]] = []

    def chart_for(_key: str, title: str, description: str, _subject: Subject) -> ChartView:
        view = ChartView(title, description)
        view.setPalette(paper_palette())
        view.figure.set_size_inches(*SIZE)
        views.append((title, view))
        return view

    draw_charts(chart_for, board)
    images = []
    for title, view in views:
        view.figure.suptitle(
            title, color="#0b4f8a", fontsize=12, fontweight="bold", x=0.01, ha="left"
        )
        buffer = io.BytesIO()
        view.figure.savefig(buffer, format="png", dpi=DPI, facecolor="#ffffff")
        image = QImage.fromData(buffer.getvalue())
        images.append((title, image))
        view.deleteLater()
        if progress is not None:
            progress(len(images))
    return images
