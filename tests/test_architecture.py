"""Architecture rules: the model never imports Qt; the window opens without heavy libraries."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "mentordesk" / "model"
FORBIDDEN_IN_MODEL = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "mentordesk.ui")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against mentordesk.model
                base = ["mentordesk", "model"][: max(0, 2 - (node.level - 1))]
                names.append(".".join([*base, *(node.module or "").split(".")]).rstrip("."))
            else:
                names.append(node.module or "")
    return names


@pytest.mark.parametrize("path", sorted(MODEL.rglob("*.py")), ids=lambda p: p.name)
def test_model_module_imports_no_qt(path: Path) -> None:
    bad = [
        name
        for name in _imports(path)
        if name.startswith(FORBIDDEN_IN_MODEL)
        or (name.startswith("matplotlib.backends") and "qt" in name.lower())
    ]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}: move that code to mentordesk/ui"


def test_import_check_catches_relative_ui_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from ..ui import main_window\nfrom PySide6 import QtCore\n")
    assert _imports(sample) == ["mentordesk.ui", "PySide6"]


def _run(code: str) -> dict[str, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, bool] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_loading_the_whole_model_loads_no_qt() -> None:
    modules = [f"mentordesk.model.{p.stem}" for p in MODEL.glob("*.py") if p.stem != "__init__"]
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps({k: k in sys.modules for k in ('PySide6', 'shiboken6')}))"
    )
    assert _run(code) == {"PySide6": False, "shiboken6": False}


def test_main_window_opens_without_heavy_libraries(tmp_path: Path) -> None:
    code = f"""
import json, sys
from pathlib import Path
from mentordesk.model.demo import write_demo
path = Path({str(tmp_path / "demo.mentordesk")!r})
write_demo(path)
from PySide6.QtCore import QSettings
from mentordesk.ui.app import create_application
from mentordesk.ui.main_window import MainWindow, Services
from mentordesk.ui.prompts import Prompts
app = create_application([])
settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
window = MainWindow(Services(settings, Prompts(), path.parent))
window.show()
assert window.open_file(path)
window.view.show_page(window.view.participants)
app.processEvents()
assert window.view.participants.table.model().rowCount() > 0
heavy = ('matplotlib', 'openpyxl', 'scipy', 'xlsxwriter')
print(json.dumps({{m: m in sys.modules for m in heavy}}))
window.close()
"""
    assert _run(code) == {
        "matplotlib": False,
        "openpyxl": False,
        "scipy": False,
        "xlsxwriter": False,
    }
