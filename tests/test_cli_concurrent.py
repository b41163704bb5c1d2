"""The command line and a program open in MentorDesk: writing commands refuse, reading ones work.

The lock is held once by another Store in this process and once by a child process, as a
MentorDesk window would hold it.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.model.demo import write_demo
from mentordesk.model.store import Store


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run([str(a) for a in args], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.mentordesk"
    write_demo(path)
    return path


@pytest.fixture
def program(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Spring.mentordesk"
    path.write_bytes(demo_master.read_bytes())
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text("First name,Last name,Email,Role\nAnna,Neri,anna.neri@esempio.it,mentee\n")
    return path


@pytest.fixture
def in_this_process(program: Path) -> Iterator[Store]:
    with Store.open(program) as store:
        yield store


@pytest.fixture
def in_a_child(program: Path) -> Iterator[None]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from mentordesk.model.store import Store\n"
            "s = Store.open(sys.argv[1]); print('open', flush=True); sys.stdin.read(); s.close()",
            str(program),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        yield
    finally:
        child.communicate("", timeout=30)


REFUSAL = (
    "mentordesk: “Spring.mentordesk” is open in MentorDesk, so this command cannot change it; "
    "close it there, then run the command again.\n"
)


def _writes_refused_reads_work(program: Path, roster: Path, tmp_path: Path) -> None:
    before = sha256(program)
    for args in (
        ("import", roster, "--db", program),
        ("match", "--db", program, "--apply"),
    ):
        status, out, err = run(*args)
        assert (status, out, err) == (2, "", REFUSAL), args
    assert sha256(program) == before
    status, out, err = run("new", program, "--force")
    assert status == 2 and "is open in MentorDesk" in err and err.count("\n") == 1
    assert sha256(program) == before

    assert run("check", program)[0] == 0
    assert run("import", roster, "--db", program, "--dry-run")[0] == 0
    assert run("match", "--db", program)[0] == 0
    assert run("export", tmp_path / "out.xlsx", "--db", program)[0] == 0
    assert (tmp_path / "out.xlsx").is_file()
    assert run("calendar", tmp_path / "out.ics", "--db", program)[0] == 0
    assert sha256(program) == before


@pytest.mark.usefixtures("in_this_process")
def test_lock_held_in_this_process(program: Path, roster: Path, tmp_path: Path) -> None:
    _writes_refused_reads_work(program, roster, tmp_path)


@pytest.mark.usefixtures("in_a_child")
def test_lock_held_by_another_process(program: Path, roster: Path, tmp_path: Path) -> None:
    _writes_refused_reads_work(program, roster, tmp_path)


def test_writes_work_once_the_app_closed_the_file(program: Path, roster: Path) -> None:
    with Store.open(program):
        assert run("import", roster, "--db", program)[0] == 2
    status, _out, err = run("import", roster, "--db", program)
    assert (status, err) == (0, "")
    with Store.open(program, read_only=True) as store:
        assert any(p.email == "anna.neri@esempio.it" for p in store.participants())
