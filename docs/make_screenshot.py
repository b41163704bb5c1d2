"""Regenerate ``docs/screenshot.png`` (the demo program's Participants page, 1200×720) and
``docs/screenshot-board.png`` (its matching board with a mentee selected) and
``docs/screenshot-dashboard.png`` (its dashboard).

Run from the repository root: ``python3 docs/make_screenshot.py``. Works without a display.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402

from mentordesk.model.demo import write_demo  # noqa: E402
from mentordesk.ui.app import create_application  # noqa: E402
from mentordesk.ui.main_window import MainWindow, Services  # noqa: E402
from mentordesk.ui.prompts import Prompts  # noqa: E402


def main() -> None:
    out = Path(__file__).with_name("screenshot.png")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = create_application([])
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        services = Services(
            settings=settings,
            prompts=Prompts(),
            data_dir=folder,
            run_dialog=lambda d: bool(d.exec()),
        )
        window = MainWindow(services)
        demo = folder / "Northwind.mentordesk"
        write_demo(demo)
        window.resize(1200, 720)
        window.show()
        window.open_file(demo)
        assert window.view is not None
        window.view.show_page(window.view.participants)
        app.processEvents()
        window.grab().save(str(out))
        window.view.show_page(window.view.board)
        board = window.view.board
        app.processEvents()
        board.pool_view.setCurrentIndex(board.pool_model.index(0))
        app.processEvents()
        board_out = out.with_name("screenshot-board.png")
        window.grab().save(str(board_out))
        window.view.show_page(window.view.dashboard)
        for _ in range(3):  # the charts are built on first show, then laid out
            app.processEvents()
        dashboard_out = out.with_name("screenshot-dashboard.png")
        window.grab().save(str(dashboard_out))
        window.close()
    print(out, board_out, dashboard_out)


if __name__ == "__main__":
    main()
