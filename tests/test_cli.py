"""The command line: ``mentordesk new``, ``demo`` and ``check``, their output and exit status."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__, cli
from mentordesk.__main__ import main
from mentordesk.model.domain import ProgramFormat
from mentordesk.model.schema import SCHEMA_VERSION, TABLES
from mentordesk.model.store import Store

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path) -> tuple[int, str, str]:
    """Run a subcommand; return its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    status = cli.run([str(a) for a in args], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def assert_one_sentence(err: str) -> None:
    """An error is one line on stderr, prefixed ``mentordesk:``, and never a traceback."""
    assert err.startswith("mentordesk: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


def visible_files(folder: Path) -> list[str]:
    """What a coordinator sees in ``folder`` (hidden lock files are expected, temp files not)."""
    names = sorted(os.listdir(folder))
    assert all(not n.endswith((".new", ".tmp")) for n in names), names
    return [n for n in names if not n.startswith(".")]


@pytest.fixture()
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "spring.mentordesk"
    assert run("new", path)[0] == 0
    return path


# -- choosing the command line or the window -------------------------------------------------


def test_wants_cli_only_for_a_leading_subcommand() -> None:
    assert cli.SUBCOMMANDS == (
        "new", "demo", "check", "import", "export", "match", "calendar", "report"
    )  # fmt: skip
    assert all(cli.wants_cli([name, "x"]) for name in cli.SUBCOMMANDS)
    assert not cli.wants_cli([])
    assert not cli.wants_cli(["program.mentordesk"])
    assert not cli.wants_cli(["--demo"])
    assert not cli.wants_cli(["program.mentordesk", "check"])


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"MentorDesk {__version__}"


def test_main_dispatches_subcommands_without_qt(
    program_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(program_file)]) == 0
    assert "Integrity check: ok" in capsys.readouterr().out


def test_subcommand_help_goes_to_the_given_stdout() -> None:
    status, out, err = run("new", "--help")
    assert status == 0 and err == ""
    assert "--format" in out and "--force" in out


@pytest.mark.parametrize(
    "args",
    [["new"], ["check"], ["new", "a.mentordesk", "--colour", "red"], ["bogus"]],
    ids=["new-without-file", "check-without-file", "unknown-option", "unknown-command"],
)
def test_usage_errors_exit_2_with_one_sentence(args: list[str]) -> None:
    status, out, err = run(*args)
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert "--help" in err


# -- new -------------------------------------------------------------------------------------


def test_new_creates_an_empty_program_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Spring 2025.mentordesk"
    status, out, err = run("new", path)
    assert (status, err) == (0, "")
    assert out.count("\n") == 1 and str(path) in out and "“Spring 2025”" in out
    with Store.open(path) as store:
        program = store.program()
        assert (program.name, program.format) == ("Spring 2025", ProgramFormat.ONE_TO_ONE)
        assert store.participants() == []
        assert store.schema_version == SCHEMA_VERSION
    assert visible_files(tmp_path) == ["Spring 2025.mentordesk"]


def test_new_takes_name_and_format(tmp_path: Path) -> None:
    path = tmp_path / "p.mentordesk"
    status, out, _ = run("new", path, "--name", "  Peer circle ", "--format", "peer_groups")
    assert status == 0 and "Peer groups" in out
    with Store.open(path, read_only=True) as store:
        program = store.program()
    assert (program.name, program.format) == ("Peer circle", ProgramFormat.PEER_GROUPS)


def test_new_uses_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "program.db"
    assert run("new", path)[0] == 0
    assert visible_files(tmp_path) == ["program.db"]


def test_new_refuses_an_existing_file_without_force(program_file: Path) -> None:
    before = program_file.read_bytes()
    status, out, err = run("new", program_file, "--name", "Other")
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert "already exists" in err and "--force" in err
    assert program_file.read_bytes() == before


def test_new_refuses_any_existing_file_without_force(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    status, _, err = run("new", notes)
    assert status == 2
    assert_one_sentence(err)
    assert notes.read_text() == "keep me"


def test_new_force_replaces_the_file(program_file: Path) -> None:
    status, out, err = run("new", program_file, "--force", "--name", "Autumn")
    assert (status, err) == (0, "")
    assert out.startswith("Replaced ")
    assert visible_files(program_file.parent) == [program_file.name]
    with Store.open(program_file, read_only=True) as store:
        assert store.program().name == "Autumn"


def test_new_force_replaces_a_program_with_data(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    assert run("demo", path)[0] == 0
    assert run("new", path, "--force")[0] == 0
    with Store.open(path, read_only=True) as store:
        assert store.table_counts()["participants"] == 0


def test_new_force_refuses_a_file_open_in_mentordesk(program_file: Path) -> None:
    with Store.open(program_file) as store:
        status, _, err = run("new", program_file, "--force", "--name", "Other")
        assert store.program().name == "spring"
    assert status == 2
    assert_one_sentence(err)
    assert "open in MentorDesk" in err
    with Store.open(program_file, read_only=True) as store:
        assert store.program().name == "spring"


def test_new_force_refuses_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "programs"
    folder.mkdir()
    status, _, err = run("new", folder, "--force")
    assert status == 2
    assert_one_sentence(err)
    assert "folder" in err
    assert folder.is_dir() and not any(folder.iterdir())


@pytest.mark.parametrize(
    "args",
    [["--format", "mentoring"], ["--format", "ONE_TO_ONE"], ["--name", "   "]],
    ids=["unknown-format", "format-wrong-case", "blank-name"],
)
def test_new_rejects_bad_options(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "x.mentordesk"
    status, out, err = run("new", path, *args)
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert args[0] in err
    assert not path.exists()


def test_new_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "x.mentordesk"
    status, _, err = run("new", path)
    assert status == 2
    assert_one_sentence(err)
    assert "no folder" in err
    assert not path.parent.exists()


def test_a_failed_write_leaves_the_existing_file_and_no_temporary_file(
    program_file: Path,
) -> None:
    """A full disk halfway through the new file: the old file stays whole, nothing else stays."""
    before = program_file.read_bytes()

    def write_half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(before[: len(before) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(cli._CliError, match="No space left on device") as error:
        cli._write_new_file(program_file, True, write_half_then_fail)
    assert "existing file was not changed" in str(error.value)
    assert program_file.read_bytes() == before
    assert visible_files(program_file.parent) == [program_file.name]
    assert sorted(os.listdir(program_file.parent)) == [
        f".{program_file.name}.lock",
        program_file.name,
    ]


def test_new_reports_a_write_error_as_one_sentence(program_file: Path) -> None:
    # A folder squatting on the temporary name makes the write fail with an OSError.
    (program_file.parent / f".{program_file.name}.new").mkdir()
    before = program_file.read_bytes()
    status, _, err = run("new", program_file, "--force")
    assert status == 2
    assert_one_sentence(err)
    assert "could not be written" in err and "not changed" in err
    assert program_file.read_bytes() == before


# -- demo ------------------------------------------------------------------------------------


def test_demo_writes_the_demo_program(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    status, out, err = run("demo", path)
    assert (status, err) == (0, "")
    assert out.count("\n") == 1 and str(path) in out
    assert visible_files(tmp_path) == ["demo.mentordesk"]
    with Store.open(path, read_only=True) as store:
        counts = store.counts()
        assert store.integrity_problems() == []
    assert counts.participants > 0
    assert f"participants: {counts.participants}," in out
    assert f"sessions: {counts.sessions}," in out


def test_demo_dates_follow_today(tmp_path: Path) -> None:
    first, second = tmp_path / "a.mentordesk", tmp_path / "b.mentordesk"
    assert run("demo", first, "--today", "2025-01-01")[0] == 0
    assert run("demo", second, "--today", "2025-03-01")[0] == 0
    with Store.open(first, read_only=True) as a, Store.open(second, read_only=True) as b:
        start_a, start_b = a.program().start_date, b.program().start_date
        counts_a, counts_b = a.table_counts(), b.table_counts()
    # Sessions per pair and calendar month: moving the dates moves them across months.
    del counts_a["session_months"], counts_b["session_months"]
    assert counts_a == counts_b
    assert start_a is not None and start_b is not None
    assert start_b - start_a == dt.date(2025, 3, 1) - dt.date(2025, 1, 1)


def test_demo_refuses_an_existing_file_without_force(program_file: Path) -> None:
    before = program_file.read_bytes()
    status, _, err = run("demo", program_file)
    assert status == 2
    assert_one_sentence(err)
    assert program_file.read_bytes() == before


def test_demo_force_replaces_the_file(program_file: Path) -> None:
    assert run("demo", program_file, "--force")[0] == 0
    with Store.open(program_file, read_only=True) as store:
        assert store.table_counts()["participants"] > 0


@pytest.mark.parametrize("value", ["2025-13-01", "yesterday", ""])
def test_demo_rejects_a_bad_date(tmp_path: Path, value: str) -> None:
    path = tmp_path / "demo.mentordesk"
    status, _, err = run("demo", path, "--today", value)
    assert status == 2
    assert_one_sentence(err)
    assert "YYYY-MM-DD" in err
    assert not path.exists()


# -- check -----------------------------------------------------------------------------------


def test_check_of_a_sound_file(program_file: Path) -> None:
    before = program_file.read_bytes()
    status, out, err = run("check", program_file)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"File: {program_file.resolve()}"
    assert f"Schema version: {SCHEMA_VERSION}" in out
    assert "Program: spring" in out
    counts = {line.split()[0]: int(line.split()[1]) for line in lines if line.startswith("  ")}
    assert counts == {table: (1 if table == "program" else 0) for table in TABLES}
    assert lines[-1] == "Integrity check: ok"
    assert program_file.read_bytes() == before


def test_check_counts_rows(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    assert run("demo", path)[0] == 0
    with Store.open(path, read_only=True) as store:
        expected = store.table_counts()
    status, out, _ = run("check", path)
    assert status == 0
    for table, n in expected.items():
        assert any(line.split() == [table, str(n)] for line in out.splitlines())


def test_check_works_while_the_file_is_open_in_mentordesk(program_file: Path) -> None:
    with Store.open(program_file) as store:
        status, out, err = run("check", program_file)
        assert store.program().name == "spring"
    assert (status, err) == (0, "")
    assert "Integrity check: ok" in out


def test_check_of_a_missing_file(tmp_path: Path) -> None:
    status, out, err = run("check", tmp_path / "gone.mentordesk")
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert "no file" in err


def test_check_of_a_folder(tmp_path: Path) -> None:
    status, _, err = run("check", tmp_path)
    assert status == 2
    assert_one_sentence(err)


@pytest.mark.parametrize(
    "content", [b"name,email\nAda,ada@example.org\n", b""], ids=["text", "empty"]
)
def test_check_of_a_file_that_is_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "people.mentordesk"
    path.write_bytes(content)
    status, out, err = run("check", path)
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert "people.mentordesk" in err
    assert path.read_bytes() == content


def test_check_of_another_programs_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('soup')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    status, out, err = run("check", path)
    assert status == 2 and out == ""
    assert_one_sentence(err)
    assert "not a MentorDesk program file" in err
    assert path.read_bytes() == before


def test_check_of_a_file_from_a_newer_mentordesk(program_file: Path) -> None:
    conn = sqlite3.connect(program_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    status, _, err = run("check", program_file)
    assert status == 2
    assert_one_sentence(err)
    assert "newer MentorDesk" in err


@pytest.mark.parametrize("keep", [0.5, 50], ids=["half", "header-only"])
def test_check_of_a_truncated_program_file(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "demo.mentordesk"
    assert run("demo", path)[0] == 0
    size = path.stat().st_size
    os.truncate(path, int(size * keep) if keep < 1 else int(keep))
    status, out, err = run("check", path)
    assert status == 1 and out == ""
    assert_one_sentence(err)
    assert "damaged" in err and "backup" in err


def test_check_finds_damage_that_quick_check_misses(tmp_path: Path) -> None:
    """A damaged index opens (quick_check passes) but fails the full integrity check."""
    path = tmp_path / "demo.mentordesk"
    assert run("demo", path)[0] == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX participants_name ON participants "
        "(first_name, last_name)' WHERE name = 'participants_name'"
    )
    conn.commit()
    conn.close()
    status, out, err = run("check", path)
    assert status == 1
    assert "Integrity check: problems found" in out
    assert "missing from index participants_name" in out
    findings = [line for line in out.splitlines() if "missing from index" in line]
    assert len(findings) == 20 and out.endswith("  …\n")  # the list of findings is cut short
    assert_one_sentence(err)
    assert "damaged" in err


def test_check_of_a_file_without_program_settings(program_file: Path) -> None:
    conn = sqlite3.connect(program_file)
    conn.execute("DELETE FROM program")
    conn.commit()
    conn.close()
    status, out, err = run("check", program_file)
    assert status == 1
    assert "Program: (missing or unreadable)" in out
    assert_one_sentence(err)


# -- the real entry point --------------------------------------------------------------------


def _python_m(*args: str | Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": lang}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_python_m_mentordesk_check(program_file: Path, tmp_path: Path) -> None:
    sound = _python_m("check", program_file)
    assert sound.returncode == 0, sound.stderr
    assert "Integrity check: ok" in sound.stdout and sound.stderr == ""

    text = tmp_path / "notes.mentordesk"
    text.write_text("not a program")
    refused = _python_m("check", text)
    assert refused.returncode == 2 and refused.stdout == ""
    assert_one_sentence(refused.stderr)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("it_IT.UTF-8", "Il file {path} non esiste."),
        ("bg_BG.UTF-8", "{path}"),
        ("C.UTF-8", "There is no file at {path}."),
    ],
)
def test_the_command_line_speaks_the_system_language(tmp_path: Path, lang: str, said: str) -> None:
    missing = tmp_path / "nowhere.mentordesk"
    result = _python_m("check", missing, lang=lang)
    assert result.returncode == 2
    assert said.format(path=missing) in result.stderr
    if lang.startswith("bg"):
        assert re.search("[А-Яа-я]{4}", result.stderr), result.stderr


def test_an_english_command_line_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from mentordesk.__main__ import main; "
        f"main(['check', {str(tmp_path / 'none.mentordesk')!r}]); "
        "print('PySide6.QtCore' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_GB.UTF-8", "LC_ALL": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr
