"""Every kind of bad file gets one clear sentence with a way forward, and is never changed.

test_programfile.py covers each refusal in depth; this file walks the list of issue 8 once,
checking the sentence and the file's bytes (and its side files) for each.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from mentordesk.model import backups, programfile
from mentordesk.model.errors import (
    DamagedFile,
    DiskFull,
    FileProblem,
    NewerFileVersion,
    NotAProgramFile,
    ReadOnlyFile,
)
from mentordesk.model.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from mentordesk.model.store import Store

from .conftest import names, sha256


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def not_sqlite(path: Path) -> None:
    path.write_text("Nome,Email\nAnna,anna@esempio.it\n", encoding="utf-8")


def foreign_sqlite(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()


def newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


CASES: list[tuple[str, Callable[[Path], None], type[FileProblem], str]] = [
    ("truncated", truncated, DamagedFile, "is damaged and cannot be opened safely"),
    ("not sqlite", not_sqlite, NotAProgramFile, "it is not a MentorDesk program file"),
    ("foreign sqlite", foreign_sqlite, NotAProgramFile, "is a database, but not a MentorDesk"),
    ("newer", newer, NewerFileVersion, "was saved by a newer MentorDesk"),
]


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize(
    ("spoil", "error", "sentence"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_bad_file_is_refused_unchanged(
    populated_path: Path,
    spoil: Callable[[Path], None],
    error: type[FileProblem],
    sentence: str,
    read_only: bool,
) -> None:
    spoil(populated_path)
    before, files = sha256(populated_path), names(populated_path.parent)
    with pytest.raises(error) as info:
        Store.open(populated_path, read_only=read_only)
    message = str(info.value)
    assert sentence in message and "populated.mentordesk" in message
    assert "Traceback" not in message and "\n" not in message
    assert sha256(populated_path) == before
    after = names(populated_path.parent)
    if read_only:  # SQLite's read-only open of a WAL file may leave an empty -wal/-shm (documented)
        after = [n for n in after if not n.endswith(("-wal", "-shm"))]
    assert after == files  # no backup, no temporary file, nothing
    assert not backups.list_backups(populated_path)


def _write_refused(exc: BaseException) -> Callable[[sqlite3.Connection], None]:
    def start_writing(conn: sqlite3.Connection) -> None:
        raise exc

    return start_writing


def _with_code(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    "exc",
    [
        sqlite3.OperationalError("database or disk is full"),
        _with_code("disk I/O error", sqlite3.SQLITE_FULL),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
    ids=["sqlite-message", "sqlite-code", "os"],
)
def test_full_disk_says_so_and_changes_nothing(
    populated_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    before, files = sha256(populated_path), names(populated_path.parent)
    monkeypatch.setattr(programfile, "start_writing", _write_refused(exc))
    with pytest.raises(DiskFull) as info:
        Store.open(populated_path)
    message = str(info.value)
    assert message == (
        "The disk holding “populated.mentordesk” is full, so MentorDesk cannot open it for "
        "writing. Nothing was changed; free some disk space and open it again, or open it "
        "read-only to look at it."
    )
    assert sha256(populated_path) == before and names(populated_path.parent) == files
    monkeypatch.undo()
    with Store.open(populated_path, read_only=True) as store:  # the way forward works
        assert len(store.participants()) == 4


def test_full_disk_during_the_migration_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vecchio.mentordesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};\n{MIGRATIONS[0]}\nPRAGMA user_version = 1;"
        )
        conn.execute("INSERT INTO program (id, name, career_levels) VALUES (1, 'V', '[]')")
        conn.commit()
    before = sha256(path)

    def full(conn: sqlite3.Connection, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(programfile, "backup_copy", full)
    with pytest.raises(DiskFull):
        Store.open(path)
    monkeypatch.undo()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT name FROM program").fetchone()[0] == "V"
    del before  # WAL switch may touch the header; the content is what must stay


@pytest.mark.parametrize(
    "exc",
    [
        sqlite3.OperationalError("attempt to write a readonly database"),
        _with_code("access refused", sqlite3.SQLITE_READONLY),
        OSError(errno.EROFS, "Read-only file system"),
    ],
    ids=["sqlite-message", "sqlite-code", "os"],
)
def test_read_only_file_says_so_and_opens_read_only(
    populated_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    before = sha256(populated_path)
    monkeypatch.setattr(programfile, "start_writing", _write_refused(exc))
    with pytest.raises(ReadOnlyFile) as info:
        Store.open(populated_path)
    assert str(info.value).startswith("“populated.mentordesk” is read-only")
    assert "open it read-only" in str(info.value)
    assert sha256(populated_path) == before
    with Store.open(populated_path, read_only=True) as store:
        assert len(store.participants()) == 4
    assert sha256(populated_path) == before


def test_other_write_failures_keep_their_reason(
    populated_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        programfile, "start_writing", _write_refused(sqlite3.OperationalError("disk I/O error"))
    )
    with pytest.raises(FileProblem) as info:
        Store.open(populated_path)
    assert type(info.value) is FileProblem
    assert "(disk I/O error)" in str(info.value) and "Nothing was changed" in str(info.value)


def test_damaged_file_with_a_backup_can_be_restored(populated_path: Path) -> None:
    with Store.open(populated_path) as store:
        backups.keep_on_open(store)
    truncated(populated_path)
    with pytest.raises(DamagedFile):
        Store.open(populated_path)
    assert backups.has_backups(populated_path)
    [backup] = backups.list_backups(populated_path)
    backups.restore(populated_path, backup.path)
    with Store.open(populated_path) as store:
        assert len(store.participants()) == 4


def test_a_copy_of_a_damaged_file_keeps_its_name_out_of_the_way(tmp_path: Path) -> None:
    # A damaged file copied for support keeps being refused, never "repaired" silently.
    source = tmp_path / "a.mentordesk"
    source.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    copy = tmp_path / "b.mentordesk"
    shutil.copyfile(source, copy)
    with pytest.raises(DamagedFile):
        Store.open(copy)
    assert copy.read_bytes() == source.read_bytes()
