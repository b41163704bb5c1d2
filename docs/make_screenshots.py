"""Regenerate ``docs/screenshots/{en,it,bg}/*.png``: the main pages of the demo program in each
language, 1200×720, as the README shows them.

Run from the repository root: ``python3 docs/make_screenshots.py [LANG ...]``. Works without a
display; each language runs in its own process so its translations load as at a real start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = ("en", "it", "bg")
PAGES = ("overview", "today_page", "participants", "board", "pairs", "dashboard")


def shoot(lang: str, out: Path) -> None:
    from PySide6.QtCore import QSettings

    from mentordesk.model.demo import write_demo
    from mentordesk.ui.app import create_application
    from mentordesk.ui.main_window import MainWindow, Services
    from mentordesk.ui.prompts import Prompts
    from mentordesk.ui.translations import install

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = create_application([])
        install(lang)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        services = Services(settings=settings, prompts=Prompts(), data_dir=folder)
        window = MainWindow(services)
        demo = folder / "demo.mentordesk"
        write_demo(demo, lang=lang)
        window.resize(1200, 720)
        window.show()
        window.open_file(demo)
        view = window.view
        assert view is not None
        for name in PAGES:
            view.show_page(getattr(view, name))
            if name == "board":
                view.board.pool_view.setCurrentIndex(view.board.pool_model.index(0))
            for _ in range(3):  # charts are built on first show, then laid out
                app.processEvents()
            window.grab().save(str(out / f"{name.removesuffix('_page')}.png"))
        window.close()


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "--one":
        shoot(argv[1], ROOT / "docs" / "screenshots" / argv[1])
        return
    for lang in argv or LANGS:
        subprocess.run([sys.executable, __file__, "--one", lang], check=True)
        print(ROOT / "docs" / "screenshots" / lang)


if __name__ == "__main__":
    main(sys.argv[1:])
