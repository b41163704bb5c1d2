"""Render ``mentordesk.svg`` to ``mentordesk.png`` (256 px), the picture the app bundle uses.

Run from anywhere after editing the SVG: ``python3 resources/icons/render_icons.py``.
The PNG is committed because PyInstaller takes an icon file, not an SVG (it turns the PNG
into a Windows .ico or a macOS .icns with Pillow); the window icon itself is the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = 256


def render(svg: Path, png: Path, size: int = SIZE) -> None:
    """Draw ``svg`` on a transparent ``size`` × ``size`` image and save it as ``png``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png), "PNG"):
        raise SystemExit(f"{png} could not be written")


def main() -> int:
    # No screen is needed to draw into an image.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render(HERE / "mentordesk.svg", HERE / "mentordesk.png")
    print(f"wrote {HERE / 'mentordesk.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
