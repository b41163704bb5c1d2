"""The program report (PDF): what it holds, that nothing confidential reaches it, progress,
a folder that cannot be written, File ▸ Write Program Report… and ``mentordesk report``."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

from mentordesk import cli
from mentordesk.model.dashboard import ALL_TIME, Period
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import Program
from mentordesk.model.errors import FileProblem
from mentordesk.model.report import gather
from mentordesk.model.store import Store
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.report import STEPS, report_html, tiles, write_report

from .conftest import ScriptedPrompts

DAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "Northwind.mentordesk"
    write_demo(path, today=DAY)
    return path


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page/")


def test_the_report_of_the_demo_is_a_pdf_of_several_pages(
    qapp: Any, demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    done: list[int] = []
    with Store.open(demo, read_only=True) as store:
        data = write_report(store, target, DAY, progress=done.append)
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert pages(pdf) >= 3
    assert done == sorted(done) and done[0] == 1 and done[-1] == STEPS and len(done) == STEPS
    assert data.attention and data.goals_completed and data.quotes


def test_the_report_says_what_the_board_needs_and_nothing_confidential(demo: Path) -> None:
    with Store.open(demo, read_only=True) as store:
        data = gather(store, DAY, ALL_TIME)
        secrets = [p.private_notes for p in store.participants() if p.private_notes]
        secrets += [s.notes for s in store.sessions() if s.confidential and s.notes]
        secrets += [c.notes for c in store.checkins() if c.notes]
        emails = [p.email for p in store.participants() if p.email]
    text = report_html(data, [("Sessions per month", "chart0.png")], 600)
    assert data.program.name in text
    for heading in ("At a glance", "Pairs needing attention", "Goals completed", "In their words"):
        assert heading in text
    assert "<img src='chart0.png' width='600'" in text
    assert secrets and emails
    for secret in (*secrets, *emails):
        assert secret not in text
    figures = {caption: figure for figure, caption, _detail in tiles(data.dashboard)}
    assert figures["Participants"] == "40"
    assert figures["Net Promoter Score"].startswith("+")


def test_an_empty_program_gets_a_short_report(qapp: Any, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    with Store.create(tmp_path / "empty.mentordesk", Program(name="Nothing yet")) as store:
        data = write_report(store, target, DAY, Period(DAY, DAY))
    assert target.read_bytes().startswith(b"%PDF-")
    text = report_html(data)
    assert "Every active pair is on track." in text
    assert "No goal was completed in this period." in text
    assert "No feedback comments in this period." in text
    assert {figure for figure, _c, _d in tiles(data.dashboard)} >= {"—", "0"}


def test_a_folder_that_cannot_be_written_is_said_in_one_sentence(
    qapp: Any, demo: Path, tmp_path: Path
) -> None:
    with Store.open(demo, read_only=True) as store, pytest.raises(FileProblem) as info:
        write_report(store, tmp_path / "missing" / "report.pdf", DAY)
    assert "does not exist" in str(info.value)
    assert not (tmp_path / "missing").exists()


def test_file_menu_writes_the_report_for_the_dashboards_period(
    qtbot: Any, window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    assert window.report_action.isEnabled()
    target = tmp_path / "for the board.pdf"
    prompts.paths.append(str(target))
    window.report_action.trigger()
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in window.statusBar().currentMessage()

    prompts.paths.append(str(tmp_path / "no such folder" / "x.pdf"))
    window.report_action.trigger()
    assert "does not exist" in prompts.errors[-1]

    prompts.paths.append(None)  # cancelled: nothing written, nothing said
    errors = len(prompts.errors)
    window.report_action.trigger()
    assert len(prompts.errors) == errors


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_command_line_report(qapp: Any, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    code, out, err = run("report", target, "--db", demo, "--from", "2026-09-01")
    assert (code, err) == (0, "")
    assert out == f"Wrote the program report to {target}.\n"
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-10-01", "--to", "2026-09-01"], "The period ends before it starts"),
        (["--to", "yesterday"], "is not a date"),
    ],
)
def test_command_line_refuses_a_wrong_period(
    demo: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    code, _out, err = run("report", tmp_path / "r.pdf", "--db", demo, *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_command_line_refuses_a_wrong_target(demo: Path, tmp_path: Path) -> None:
    code, _out, err = run("report", tmp_path / "r.docx", "--db", demo)
    assert code == 2 and "give a file name ending in .pdf" in err
    code, _out, err = run("report", tmp_path / "nowhere" / "r.pdf", "--db", demo)
    assert code == 2 and "There is no folder" in err
