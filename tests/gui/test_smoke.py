"""``mentordesk --smoke-test OUT.png``: every page and dialog of a fresh demo program, a
screenshot, exit 0; any exception or Qt warning on the way makes it exit 1 with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QIcon, QImage

from mentordesk.__main__ import main
from mentordesk.ui import smoke
from mentordesk.ui.icons import app_icon
from mentordesk.ui.overview_page import OverviewPage
from mentordesk.ui.smoke import run_smoke_test


def test_smoke_test_visits_everything_and_saves_a_screenshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shots" / "smoke.png"

    assert run_smoke_test(out) == 0

    said = capsys.readouterr()
    assert said.err == ""
    assert said.out.startswith("smoke test passed")
    for dialog in smoke.EXPECTED_DIALOGS:
        assert dialog in said.out
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert 10_000 < out.stat().st_size < 10_000_000
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500


def test_the_app_icon_draws_at_every_size() -> None:
    icon = app_icon()
    for size in (16, 32, 256):
        assert icon.pixmap(size, size).width() == size


def _broken_overview(self: OverviewPage) -> None:
    raise RuntimeError("broken on purpose")


def _icon_with_a_missing_plugin() -> QIcon:
    qWarning("Could not load the Qt plugin for SVG icons")
    return QIcon()


@pytest.mark.parametrize(
    ("target", "name", "fault", "reason"),
    [
        # Raised inside Qt's event handling (a page's showEvent), not in the smoke test's code.
        (OverviewPage, "reload", _broken_overview, "broken on purpose"),
        (smoke, "app_icon", _icon_with_a_missing_plugin, "Qt warning: Could not load the Qt"),
    ],
    ids=["exception", "qt-warning"],
)
def test_a_problem_fails_the_smoke_test_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    target: object,
    name: str,
    fault: object,
    reason: str,
) -> None:
    monkeypatch.setattr(target, name, fault)
    out = tmp_path / "smoke.png"

    assert main(["--smoke-test", str(out)]) == 1

    said = capsys.readouterr()
    assert said.err.count("\n") == 1
    assert said.err.startswith("smoke test failed: ")
    assert reason in said.err
    assert not out.exists()
