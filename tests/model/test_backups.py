"""Backups kept on opening: where, how many, how often; listing them; restoring one."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from mentordesk.model import backups, programfile
from mentordesk.model.errors import DamagedFile, FileInUse, FileProblem
from mentordesk.model.store import Store

from .conftest import person, sha256

START = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


class Clock:
    """A clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def participants(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])


def keep(path: Path, clock: Callable[[], dt.datetime], data_dir: Path | None = None) -> Path | None:
    with Store.open(path) as store:
        return backups.keep_on_open(store, data_dir, clock)


def test_opening_keeps_a_dated_copy_next_to_the_file(populated_path: Path, clock: Clock) -> None:
    made = keep(populated_path, clock)
    assert made == populated_path.parent / "populated.mentordesk backups" / (
        "populated 2025-03-01 09-30-00 UTC.mentordesk"
    )
    assert made.is_file()
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no temporary files
    with closing(sqlite3.connect(made)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    [listed] = backups.list_backups(populated_path)
    assert (listed.path, listed.taken, listed.before_restore) == (made, START, False)
    assert (listed.participants, listed.pairs, listed.sessions) == (4, 2, 2)
    assert listed.readable


def test_no_new_copy_within_the_hour_nor_of_an_unchanged_program(
    populated_path: Path, clock: Clock
) -> None:
    assert keep(populated_path, clock) is not None
    clock.advance(minutes=59)
    with Store.open(populated_path) as store:
        store.add_participant(person("Nuova", "Arrivata"))
        assert backups.keep_on_open(store, None, clock) is None  # too soon
    clock.advance(hours=1)
    assert keep(populated_path, clock) is not None  # changed since the last copy
    clock.advance(days=3)
    assert keep(populated_path, clock) is None  # the same program as the newest copy
    assert [b.participants for b in backups.list_backups(populated_path)] == [5, 4]


def test_only_the_newest_ten_are_kept(populated_path: Path, clock: Clock) -> None:
    for n in range(12):
        with Store.open(populated_path) as store:
            store.add_participant(person(f"Nome{n}", "Cognome"))
            assert backups.keep_on_open(store, None, clock) is not None
        clock.advance(hours=2)
    listed = backups.list_backups(populated_path)
    assert len(listed) == backups.KEEP
    assert [b.participants for b in listed] == list(range(16, 6, -1))
    assert listed[0].taken == START + dt.timedelta(hours=22)


def test_read_only_and_in_memory_stores_keep_no_copy(populated_path: Path, program) -> None:  # type: ignore[no-untyped-def]
    with Store.open(populated_path, read_only=True) as store:
        assert backups.keep_on_open(store) is None
    with Store.in_memory(program) as store:
        assert backups.keep_on_open(store) is None
    assert backups.list_backups(populated_path) == []


def test_falls_back_to_the_data_folder(populated_path: Path, tmp_path: Path, clock: Clock) -> None:
    # Something else already has the folder's name: the copy goes to the user's data folder.
    backups.folder_next_to(populated_path).write_text("not a folder")
    data = tmp_path / "data"
    made = keep(populated_path, clock, data)
    assert made is not None and made.parent == backups.folder_in_data_dir(populated_path, data)
    assert made.parent.parent == data / "backups"
    assert [b.path for b in backups.list_backups(populated_path, data)] == [made]
    assert backups.has_backups(populated_path, data)
    assert not backups.has_backups(populated_path)


def test_no_folder_takes_a_copy(
    populated_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = participants(populated_path)

    def full(conn: sqlite3.Connection, target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(programfile, "backup_copy", full)
    with pytest.raises(FileProblem) as info:
        keep(populated_path, clock, populated_path.parent / "data")
    assert str(info.value) == (
        "No backup of “populated.mentordesk” could be written (the disk is full); "
        "nothing was changed."
    )
    assert participants(populated_path) == before
    with Store.open(populated_path) as store:
        said = backups.keep_or_say(store, populated_path.parent / "data", clock)
    assert said == str(info.value)


def test_keep_or_say_is_quiet_when_a_copy_is_kept(populated_path: Path, clock: Clock) -> None:
    with Store.open(populated_path) as store:
        assert backups.keep_or_say(store, None, clock) is None
    assert len(backups.list_backups(populated_path)) == 1


def test_restore_keeps_the_current_program_first(populated_path: Path, clock: Clock) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    with Store.open(populated_path) as store:
        store.add_participant(person("Dopo", "Il Backup"))
    clock.advance(minutes=5)
    kept = backups.restore(populated_path, chosen, None, clock)
    assert kept is not None and kept.name == (
        "populated 2025-03-01 09-35-00 UTC before restore.mentordesk"
    )
    assert participants(populated_path) == 4
    assert participants(kept) == 5
    assert not Path(f"{populated_path}-wal").exists()
    with Store.open(populated_path) as store:  # opens for writing, lock released
        assert store.integrity_problems() == []
    first, second = backups.list_backups(populated_path)
    assert (first.path, first.before_restore) == (kept, True)
    assert second.path == chosen


def test_restore_over_a_damaged_file_keeps_its_bytes(populated_path: Path, clock: Clock) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    data = populated_path.read_bytes()
    populated_path.write_bytes(data[: len(data) // 3])
    damaged = sha256(populated_path)
    with pytest.raises(DamagedFile):
        Store.open(populated_path)
    kept = backups.restore(populated_path, chosen, None, clock)
    assert kept is not None and sha256(kept) == damaged
    assert participants(populated_path) == 4
    listed = backups.list_backups(populated_path)
    assert [b.readable for b in listed] == [False, True]


def test_a_damaged_backup_is_refused_and_changes_nothing(
    populated_path: Path, clock: Clock
) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    chosen.write_bytes(chosen.read_bytes()[:5000])
    before = sha256(populated_path)
    with pytest.raises(DamagedFile) as info:
        backups.restore(populated_path, chosen, None, clock)
    assert chosen.name in str(info.value)
    assert sha256(populated_path) == before
    assert len(backups.list_backups(populated_path)) == 1  # no copy of the current file either


def test_restore_refuses_a_file_open_for_writing(populated_path: Path, clock: Clock) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    with Store.open(populated_path) as store:
        store.add_participant(person("Aperto", "Altrove"))
        with pytest.raises(FileInUse):
            backups.restore(populated_path, chosen, None, clock)
        assert len(store.participants()) == 5
    assert participants(populated_path) == 5
    assert len(backups.list_backups(populated_path)) == 1


def test_restore_refuses_a_file_open_in_another_process(populated_path: Path, clock: Clock) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    before = sha256(populated_path)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from mentordesk.model.store import Store\n"
            "s = Store.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
            str(populated_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(FileInUse):
            backups.restore(populated_path, chosen, None, clock)
    finally:
        child.communicate("", timeout=30)
    assert sha256(populated_path) == before


def test_restoring_the_oldest_of_ten_keeps_it(populated_path: Path, clock: Clock) -> None:
    for n in range(backups.KEEP):
        with Store.open(populated_path) as store:
            store.add_participant(person(f"Nome{n}", "Cognome"))
            backups.keep_on_open(store, None, clock)
        clock.advance(hours=2)
    oldest = backups.list_backups(populated_path)[-1].path
    backups.restore(populated_path, oldest, None, clock)
    names = [b.path for b in backups.list_backups(populated_path)]
    assert len(names) == backups.KEEP + 1 and names[-1] == oldest
    assert participants(populated_path) == 5


def test_other_files_in_the_folder_are_left_alone(populated_path: Path, clock: Clock) -> None:
    folder = backups.folder_next_to(populated_path)
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "other 2025-01-01 00-00-00 UTC.mentordesk").write_text("another program's")
    keep(populated_path, clock)
    assert len(backups.list_backups(populated_path)) == 1
    backups.prune(populated_path, keep=0)
    assert sorted(p.name for p in folder.iterdir()) == [
        "notes.txt",
        "other 2025-01-01 00-00-00 UTC.mentordesk",
    ]


def test_two_copies_in_the_same_second_get_distinct_names(
    populated_path: Path, clock: Clock
) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    one = backups.restore(populated_path, chosen, None, clock)
    two = backups.restore(populated_path, chosen, None, clock)
    assert one is not None and two is not None
    assert one.name == "populated 2025-03-01 09-30-00 UTC before restore.mentordesk"
    assert two.name == "populated 2025-03-01 09-30-00 UTC before restore (2).mentordesk"
    assert [b.path for b in backups.list_backups(populated_path)] == [two, one, chosen]


def test_a_restore_that_cannot_be_written_changes_nothing(
    populated_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    with Store.open(populated_path) as store:
        store.add_participant(person("Resta", "Com'è"))
    before = sha256(populated_path)
    real = programfile.backup_copy

    def full_on_restore(conn: sqlite3.Connection, target: Path) -> None:
        if target == populated_path:
            raise sqlite3.OperationalError("database or disk is full")
        real(conn, target)

    monkeypatch.setattr(programfile, "backup_copy", full_on_restore)
    with pytest.raises(FileProblem) as info:
        backups.restore(populated_path, chosen, None, clock)
    assert str(info.value) == (
        "“populated.mentordesk” could not be restored (the disk is full); it was not changed."
    )
    assert sha256(populated_path) == before
    programfile.acquire_lock(populated_path).release()  # the lock was let go


def test_a_vanished_backup_is_one_sentence(populated_path: Path, clock: Clock) -> None:
    chosen = keep(populated_path, clock)
    assert chosen is not None
    chosen.unlink()
    before = sha256(populated_path)
    with pytest.raises(FileProblem) as info:
        backups.restore(populated_path, chosen, None, clock)
    assert str(info.value).startswith(f"The backup “{chosen.name}” cannot be read (")
    assert sha256(populated_path) == before


def test_files_named_like_backups_that_are_not_programs_are_listed_unreadable(
    populated_path: Path,
) -> None:
    folder = backups.folder_next_to(populated_path)
    folder.mkdir()
    foreign = folder / "populated 2025-01-01 00-00-00 UTC.mentordesk"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    text = folder / "populated 2025-01-02 00-00-00 UTC.mentordesk"
    text.write_text("not a database at all, but long enough to have a header" * 10)
    (folder / "populated 2025-01-03 00-00-00 UTC.mentordesk").mkdir()  # a folder: ignored
    listed = backups.list_backups(populated_path)
    assert [(b.path, b.readable) for b in listed] == [(text, False), (foreign, False)]
    with pytest.raises(FileProblem):
        backups.restore(populated_path, foreign)
