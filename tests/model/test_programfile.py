"""Opening program files: every bad file is refused with the right error, and never modified."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model import programfile
from mentordesk.model import store as store_module
from mentordesk.model.domain import MeetingPlan, PairStatus, Participant
from mentordesk.model.errors import (
    DamagedFile,
    FileInUse,
    FileProblem,
    MentorDeskError,
    NewerFileVersion,
    NotAProgramFile,
    ReadOnlyFile,
    ReadOnlyStore,
)
from mentordesk.model.match_settings import MatchSettings, Rules
from mentordesk.model.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from mentordesk.model.store import Store

from .conftest import PROGRAM, names, person, sha256

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def refuse(path: Path, error: type[MentorDeskError], *, read_only: bool = False) -> str:
    """Open ``path``, expect exactly ``error``, check the file is unchanged; return the message."""
    digest = sha256(path) if path.is_file() else None
    with pytest.raises(error) as info:
        Store.open(path, read_only=read_only)
    assert type(info.value) is error
    message = str(info.value)
    assert path.name in message  # the coordinator sees which file is meant
    assert getattr(info.value, "path", str(path)) == str(path)
    if digest is not None:
        assert sha256(path) == digest
    # Nothing stays locked: the same refusal again, not "already open".
    with pytest.raises(error):
        Store.open(path, read_only=read_only)
    return message


def raw(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path, isolation_level=None))


def pragma(path: Path, name: str) -> Any:
    with raw(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


# -- files that are not MentorDesk program files -------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_missing_file(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "assente.mentordesk"
    message = refuse(path, FileProblem, read_only=read_only)
    assert message == f"There is no file at {path}."
    assert list(tmp_path.iterdir()) == []  # not even a lock file


def test_folder(tmp_path: Path) -> None:
    path = tmp_path / "cartella.mentordesk"
    path.mkdir()
    assert "is a folder" in refuse(path, NotAProgramFile)


@pytest.mark.parametrize("read_only", [False, True])
def test_empty_file(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "vuoto.mentordesk"
    path.touch()
    message = refuse(path, NotAProgramFile, read_only=read_only)
    assert "it is empty" in message
    assert path.stat().st_size == 0


@pytest.mark.parametrize(
    "content",
    [
        "Nome,Cognome,Email\nAnna,Neri,anna@esempio.it\n" * 20,
        "short",
        "Иван Петров, Ментор\n",
    ],
    ids=["csv", "short", "bulgarian"],
)
def test_text_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "elenco.mentordesk"
    path.write_text(content, encoding="utf-8")
    message = refuse(path, NotAProgramFile)
    assert "not a MentorDesk program file" in message
    assert "Choose a program file saved by MentorDesk" in message


def test_workbook_renamed_as_a_program(tmp_path: Path) -> None:
    path = tmp_path / "roster.mentordesk"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    message = refuse(path, NotAProgramFile)
    assert "Excel workbook" in message


def _mentordesk_file(path: Path, participants: int = 60) -> Path:
    with Store.create(path, PROGRAM) as store:
        store.add_participants(
            person(f"Nome{i}", f"Cognome{i}", email=f"p{i}@esempio.it", bio="x" * 400)
            for i in range(participants)
        )
    return path


@pytest.mark.parametrize("keep", [0.5, 0.25, 100], ids=["half", "quarter", "header-only"])
@pytest.mark.parametrize("read_only", [False, True])
def test_truncated_program_file(tmp_path: Path, keep: float, read_only: bool) -> None:
    data = _mentordesk_file(tmp_path / "full.mentordesk").read_bytes()
    size = int(len(data) * keep) if keep < 1 else int(keep)
    path = tmp_path / "troncato.mentordesk"
    path.write_bytes(data[:size])
    message = refuse(path, DamagedFile, read_only=read_only)
    assert "is damaged" in message and "the file was not changed" in message


def test_sqlite_header_followed_by_garbage(tmp_path: Path) -> None:
    path = tmp_path / "rumore.mentordesk"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    refuse(path, DamagedFile)


def test_program_file_whose_data_breaks_the_rules(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "regole.mentordesk", participants=3)
    with raw(path) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE participants SET capacity = -1 WHERE id = 2")
    message = refuse(path, DamagedFile)
    assert "CHECK constraint failed in participants" in message


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("app_id", [0, 0x12345678])
def test_sqlite_file_of_another_application(tmp_path: Path, journal: str, app_id: int) -> None:
    path = tmp_path / "altra-app.mentordesk"
    with raw(path) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(f"PRAGMA application_id = {app_id}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('promemoria')")
    message = refuse(path, NotAProgramFile)
    assert "is a database, but not a MentorDesk program file" in message
    refuse(path, NotAProgramFile, read_only=True)
    with raw(path) as conn:  # still the other application's file, untouched
        assert conn.execute("SELECT text FROM notes").fetchall() == [("promemoria",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == journal


@pytest.mark.parametrize("read_only", [False, True])
def test_file_from_a_newer_mentordesk(tmp_path: Path, read_only: bool) -> None:
    path = _mentordesk_file(tmp_path / "futuro.mentordesk", participants=2)
    with raw(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    message = refuse(path, NewerFileVersion, read_only=read_only)
    assert f"file version {SCHEMA_VERSION + 1}" in message
    assert f"reads up to {SCHEMA_VERSION}" in message
    assert "the file was not changed" in message
    assert pragma(path, "user_version") == SCHEMA_VERSION + 1


# -- read-only files, locks ------------------------------------------------------------------


def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "solo-lettura.mentordesk", participants=3)
    path.chmod(0o444)
    digest = sha256(path)
    try:
        with Store.open(path, read_only=True) as store:
            assert len(store.participants()) == 3
            with pytest.raises(ReadOnlyStore):
                store.add_participant(person("Nuovo", "Arrivato"))
    finally:
        path.chmod(0o644)
    assert sha256(path) == digest


@pytest.mark.skipif(IS_ROOT, reason="root may write to a read-only file")
def test_read_only_file_opened_for_writing_is_refused_clearly(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "protetto.mentordesk", participants=3)
    path.chmod(0o444)
    try:
        message = refuse(path, ReadOnlyFile)
    finally:
        path.chmod(0o644)
    assert "open it read-only" in message


def test_write_refused_by_the_system_becomes_a_clear_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only file or a full disk does to the first write (simulated: we are root)."""
    path = _mentordesk_file(tmp_path / "protetto.mentordesk", participants=3)

    def refuse_writes(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(programfile, "start_writing", refuse_writes)
    message = refuse(path, ReadOnlyFile)
    assert "“protetto.mentordesk” is read-only" in message
    assert "open it read-only" in message
    monkeypatch.undo()
    with Store.open(path) as store:  # the lock was released
        assert len(store.participants()) == 3


def test_second_open_is_refused_but_read_only_works(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "condiviso.mentordesk", participants=2)
    with Store.open(path) as first:
        with pytest.raises(FileInUse) as info:
            Store.open(path)
        assert "“condiviso.mentordesk” is already open" in str(info.value)
        assert info.value.path == str(path)
        first.add_participant(person("Nuovo", "Arrivato"))
        with Store.open(path, read_only=True) as reader:
            assert len(reader.participants()) == 3  # sees committed writes
    with Store.open(path) as again:  # closing released the lock
        assert len(again.participants()) == 3


def test_lock_cannot_be_created(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "bloccato.mentordesk", participants=1)
    programfile.lock_path(path).unlink(missing_ok=True)
    programfile.lock_path(path).mkdir()  # where the lock file should go
    message = refuse(path, FileProblem)
    assert "cannot write in the folder of “bloccato.mentordesk”" in message
    with Store.open(path, read_only=True) as store:  # read-only needs no lock
        assert len(store.participants()) == 1


def test_lock_path_is_hidden_next_to_the_file(tmp_path: Path) -> None:
    assert programfile.lock_path(tmp_path / "a.mentordesk") == tmp_path / ".a.mentordesk.lock"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _mentordesk_file(tmp_path / "illeggibile.mentordesk", participants=1)

    def no_access(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", no_access)
    with pytest.raises(FileProblem) as info:
        programfile.check_header(path)
    monkeypatch.undo()
    assert type(info.value) is FileProblem
    assert str(info.value) == "MentorDesk cannot read “illeggibile.mentordesk”: Permission denied."


@pytest.mark.skipif(IS_ROOT, reason="root may read any file")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "illeggibile.mentordesk", participants=1)
    path.chmod(0o000)
    try:
        assert "cannot read" in refuse(path, FileProblem)
    finally:
        path.chmod(0o644)


def test_names_with_special_characters_open_read_only(tmp_path: Path) -> None:
    path = _mentordesk_file(tmp_path / "Програма #1 ?50% & più.mentordesk", participants=2)
    with Store.open(path, read_only=True) as store:
        assert len(store.participants()) == 2


# -- migrations ------------------------------------------------------------------------------

STEP_2 = "ALTER TABLE participants ADD COLUMN nickname TEXT NOT NULL DEFAULT '';"
FAILING_STEP_2 = (
    "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"
    "UPDATE participants SET first_name = 'Changed';\n"
    "INSERT INTO no_such_table VALUES (1);"
)


def _at_version(monkeypatch: pytest.MonkeyPatch, steps: tuple[str, ...]) -> None:
    monkeypatch.setattr(programfile, "MIGRATIONS", steps)
    monkeypatch.setattr(programfile, "SCHEMA_VERSION", len(steps))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", len(steps))


@pytest.fixture
def version_1_file(tmp_path: Path) -> Path:
    """A program file at version 1, as the first MentorDesk wrote it (raw SQL, so the file
    does not depend on today's row converters)."""
    path = tmp_path / "vecchio.mentordesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};\n{MIGRATIONS[0]}\n"
            "PRAGMA user_version = 1;\nPRAGMA journal_mode = WAL;"
        )
        conn.execute("INSERT INTO program (id, name, career_levels) VALUES (1, 'Vecchio', '[]')")
        conn.executemany(
            "INSERT INTO participants (first_name, last_name, email, role, bio) "
            "VALUES (?, ?, ?, 'mentee', ?)",
            [(f"Nome{i}", f"Cognome{i}", f"p{i}@esempio.it", "x" * 400) for i in range(5)],
        )
        conn.commit()
    assert pragma(path, "user_version") == 1
    return path


@pytest.fixture
def with_step_2(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Make this MentorDesk write one more version, with the step given to the function."""

    def install(step: str) -> None:
        _at_version(monkeypatch, (*MIGRATIONS, step))

    yield install


NEXT = SCHEMA_VERSION + 1


def _participant_rows(path: Path) -> list[tuple[Any, ...]]:
    with raw(path) as conn:
        return conn.execute("SELECT id, first_name, email FROM participants ORDER BY id").fetchall()


def test_migration_backs_up_then_brings_the_file_to_the_new_version(
    version_1_file: Path, with_step_2: Any
) -> None:
    rows = _participant_rows(version_1_file)
    with_step_2(STEP_2)
    with Store.open(version_1_file) as store:
        assert store.schema_version == NEXT
        columns = [r["name"] for r in store.conn.execute("PRAGMA table_info(participants)")]
        assert "nickname" in columns
        assert len(store.participants()) == 5
        store.add_participant(person("Dopo", "Migrazione"))

    backup = version_1_file.with_name("vecchio.v1-backup.mentordesk")
    assert backup.is_file()
    assert pragma(backup, "user_version") == 1
    assert pragma(backup, "application_id") == APPLICATION_ID
    assert pragma(backup, "journal_mode") == "delete"
    with raw(backup) as conn:  # taken before the step ran
        columns = [r[1] for r in conn.execute("PRAGMA table_info(participants)")]
    assert "nickname" not in columns
    assert _participant_rows(backup) == rows

    with Store.open(version_1_file) as again:  # already up to date: no new backup needed
        assert again.schema_version == NEXT
        assert len(again.participants()) == 6


def test_failing_migration_rolls_back_and_leaves_the_file_at_its_version(
    version_1_file: Path, with_step_2: Any
) -> None:
    rows = _participant_rows(version_1_file)
    with_step_2(FAILING_STEP_2)
    with pytest.raises(FileProblem) as info:
        Store.open(version_1_file)
    assert "no such table: no_such_table" in str(info.value)
    assert "vecchio.mentordesk" in str(info.value)

    assert pragma(version_1_file, "user_version") == 1
    assert _participant_rows(version_1_file) == rows  # the UPDATE was undone too
    with raw(version_1_file) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "extra" not in tables
    backup = version_1_file.with_name("vecchio.v1-backup.mentordesk")
    assert _participant_rows(backup) == rows
    programfile.acquire_lock(version_1_file).release()  # the lock was released


def test_failing_migration_step_rolls_back_its_transaction(mem_store: Store) -> None:
    """migrate() itself: a failed step leaves no open transaction and the old version."""
    with pytest.raises(sqlite3.OperationalError):
        # Version 1 again on an up-to-date database: "table program already exists".
        programfile.migrate(mem_store.conn, None, 0)
    assert not mem_store.conn.in_transaction
    assert mem_store.schema_version == SCHEMA_VERSION
    assert mem_store.program() == PROGRAM


def test_version_1_file_gains_the_matching_tables_and_keeps_its_pairs(
    version_1_file: Path,
) -> None:
    with raw(version_1_file) as conn:
        conn.execute("INSERT INTO pairs (id, status) VALUES (7, 'active')")
        conn.execute("INSERT INTO pair_members VALUES (7, 1, 'mentor'), (7, 2, 'mentee')")
        conn.execute(
            "INSERT INTO pairs (id, status, start_date, end_date, closure_reason, closure_note) "
            "VALUES (8, 'closed', '2025-01-10', '2025-04-30', 'mismatch', 'Too far apart')"
        )
        conn.commit()
    with Store.open(version_1_file) as store:
        assert store.schema_version == SCHEMA_VERSION
        pair, closed = store.pairs()
        assert (pair.id, pair.locked, pair.rotation_round) == (7, False, None)
        assert store.pair_history(7) == []  # active, but no start date to date it by
        assert [(c.date.isoformat(), c.status, c.note) for c in store.pair_history(8)] == [
            ("2025-01-10", PairStatus.ACTIVE, ""),
            ("2025-04-30", PairStatus.CLOSED, "Too far apart"),
        ]
        assert closed.meeting_plan is MeetingPlan.NONE and store.checkins() == []
        assert [m.participant_id for m in pair.members] == [1, 2]
        assert store.match_settings() == MatchSettings()
        assert store.pair_rules() == Rules()
        assert store.integrity_problems() == []


def test_a_failing_later_step_leaves_the_file_wholly_at_its_old_version(
    version_1_file: Path, with_step_2: Any
) -> None:
    with_step_2(FAILING_STEP_2)
    with pytest.raises(FileProblem):
        Store.open(version_1_file)
    with raw(version_1_file) as conn:  # step 2 (the real one) was rolled back with the rest
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(pairs)")}
    assert "match_settings" not in tables and "locked" not in columns


def test_older_file_is_not_migrated_when_opened_read_only(
    version_1_file: Path, with_step_2: Any
) -> None:
    with_step_2(STEP_2)
    message = refuse(version_1_file, FileProblem, read_only=True)
    assert "older MentorDesk" in message and "open it normally" in message
    assert pragma(version_1_file, "user_version") == 1
    assert not version_1_file.with_name("vecchio.v1-backup.mentordesk").exists()


def test_new_file_is_not_backed_up(tmp_path: Path) -> None:
    _mentordesk_file(tmp_path / "nuovo.mentordesk", participants=1)
    assert names(tmp_path) == ["nuovo.mentordesk"]


# -- copies ----------------------------------------------------------------------------------


def test_backup_copy_replaces_the_target_and_removes_its_stale_side_files(
    tmp_path: Path, mem_store: Store, sample_participant: Participant
) -> None:
    mem_store.add_participant(sample_participant)
    target = tmp_path / "copia.mentordesk"
    target.write_text("previous contents")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").write_bytes(b"stale")
    programfile.backup_copy(mem_store.conn, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.mentordesk"]
    with Store.open(target, read_only=True) as copy:
        assert copy.participants() == mem_store.participants()


def test_failed_backup_copy_leaves_nothing_behind(tmp_path: Path, mem_store: Store) -> None:
    target = tmp_path / "occupato.mentordesk"
    target.mkdir()
    with pytest.raises(OSError):
        programfile.backup_copy(mem_store.conn, target)
    assert [p.name for p in tmp_path.iterdir()] == ["occupato.mentordesk"]


def test_file_in_a_folder_nobody_may_write_opens_read_only(
    tmp_path: Path, populated_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A WAL file on a CD or a read-only share: SQLite could not create its -shm index there.
    with Store.open(populated_path) as store:
        expected = store.counts()
    before = sha256(populated_path)
    real_access = os.access
    monkeypatch.setattr(
        programfile.os,
        "access",
        lambda p, mode: False if Path(p) == populated_path.parent else real_access(p, mode),
    )
    with Store.open(populated_path, read_only=True) as store:
        assert store.counts() == expected
    assert sha256(populated_path) == before


def test_damaged_file_message_names_only_the_first_finding(tmp_path: Path) -> None:
    path = tmp_path / "x.mentordesk"
    long = "row 1 missing from index\n" * 300
    message = programfile.damaged_message(path, long)
    assert message.count("row 1 missing") == 1 and len(message) < 400
    assert "…" in programfile.damaged_message(path, "x" * 500)
    assert "()" in programfile.damaged_message(path, "")


def test_deleted_notes_are_overwritten(store: Store) -> None:
    assert store.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
