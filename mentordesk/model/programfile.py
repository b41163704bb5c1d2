"""Opening, locking, migrating and copying a ``*.mentordesk`` file.

Every check happens before anything is written, so a foreign, damaged or newer file is
never modified.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from filelock import FileLock, Timeout

from .errors import (
    DamagedFile,
    DiskFull,
    FileInUse,
    FileProblem,
    NewerFileVersion,
    NotAProgramFile,
    ReadOnlyFile,
)
from .i18n import tr
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SUFFIX = ".mentordesk"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_ZIP_MAGIC = b"PK\x03\x04"


def lock_path(path: Path) -> Path:
    """The hidden lock file next to a program file."""
    return path.with_name(f".{path.name}.lock")


def acquire_lock(path: Path) -> FileLock:
    """Lock ``path`` for this process, or raise :class:`FileInUse`.

    The OS drops the lock if the process dies, so a crash never leaves a file locked.
    """
    lock = FileLock(str(lock_path(path)), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise FileInUse(
            tr("“{name}” is already open in another MentorDesk window.").format(name=path.name),
            str(path),
        ) from None
    except OSError as exc:
        raise FileProblem(
            tr(
                "MentorDesk cannot write in the folder of “{name}” ({reason}). "
                "Open it read-only, or copy it to a folder you can write to."
            ).format(name=path.name, reason=exc.strerror or exc),
            str(path),
        ) from None
    return lock


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), foreign keys on."""
    if read_only:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        if not os.access(path.parent, os.W_OK):
            # On a CD or read-only share SQLite cannot create the -shm index a WAL file needs;
            # a file nobody can change needs no locking, so read it as immutable.
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def start_writing(conn: sqlite3.Connection) -> None:
    """Make a checked connection ready for writes; call only after :func:`inspect`.

    Switching to WAL rewrites the file header, so it must not happen to a file that is then
    refused. SQLite silently opens a file it may not write read-only: the rolled-back write
    below turns that into an error now rather than at the first save.
    """
    conn.execute("PRAGMA journal_mode = WAL")
    # Deleted private notes must not linger in free pages of a file that gets e-mailed.
    conn.execute("PRAGMA secure_delete = ON")
    # FULL: a committed change survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def check_header(path: Path) -> None:
    """Refuse a missing file, or one that is not SQLite at all, without opening it."""
    if not path.exists():
        raise FileProblem(tr("There is no file at {path}.").format(path=path), str(path))
    if path.is_dir():
        raise NotAProgramFile(
            tr("{path} is a folder, not a MentorDesk program file.").format(path=path), str(path)
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise FileProblem(
            tr("MentorDesk cannot read “{name}”: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            ),
            str(path),
        ) from None
    if head != _SQLITE_MAGIC:
        if not head:
            why = tr("it is empty")
        elif head.startswith(_ZIP_MAGIC):
            why = tr("it is an Excel workbook or another zip file, not a program file")
        else:
            why = tr("it is not a MentorDesk program file")
        raise NotAProgramFile(
            tr(
                "“{name}” cannot be opened: {why}. Choose a program file saved by MentorDesk, "
                "or create a new program."
            ).format(name=path.name, why=why),
            str(path),
        )


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """Return the file's schema version after checking it is a sound MentorDesk file."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(damaged_message(path, str(exc)), str(path)) from None
    if app_id != APPLICATION_ID:
        raise NotAProgramFile(
            tr("“{name}” is a database, but not a MentorDesk program file.").format(name=path.name),
            str(path),
        )
    if problems != ["ok"]:
        raise DamagedFile(damaged_message(path, problems[0]), str(path))
    if version > SCHEMA_VERSION:
        raise NewerFileVersion(
            tr(
                "“{name}” was saved by a newer MentorDesk (file version {file}, this one reads "
                "up to {mine}). Install the latest MentorDesk to open it; the file was not "
                "changed."
            ).format(name=path.name, file=version, mine=SCHEMA_VERSION),
            str(path),
        )
    return int(version)


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's SQLITE_FULL and the system's "no space left on device"."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    code = getattr(exc, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == sqlite3.SQLITE_FULL) or "disk is full" in str(exc)


def is_read_only(exc: BaseException) -> bool:
    """True when the system or SQLite refused a write to a file it can read."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    code = getattr(exc, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == sqlite3.SQLITE_READONLY) or "readonly" in str(exc)


def open_problem(path: Path, exc: BaseException) -> FileProblem:
    """The sentence for a write refused while opening ``path`` (read-only, full disk, other)."""
    if is_disk_full(exc):
        return DiskFull(
            tr(
                "The disk holding “{name}” is full, so MentorDesk cannot open it for writing. "
                "Nothing was changed; free some disk space and open it again, or open it "
                "read-only to look at it."
            ).format(name=path.name),
            str(path),
        )
    if is_read_only(exc):
        return ReadOnlyFile(
            tr(
                "“{name}” is read-only, so MentorDesk cannot save changes to it. Nothing was "
                "changed; open it read-only to look at it, or copy it to a folder you can "
                "write to."
            ).format(name=path.name),
            str(path),
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    return FileProblem(
        tr(
            "MentorDesk cannot open “{name}” ({reason}). Nothing was changed; open it read-only, "
            "or copy it elsewhere."
        ).format(name=path.name, reason=reason),
        str(path),
    )


def damaged_message(path: Path, detail: str) -> str:
    return tr(
        "“{name}” is damaged and cannot be opened safely ({detail}). Restore a backup copy; "
        "the file was not changed."
    ).format(name=path.name, detail=_first_line(detail))


def _first_line(detail: str, limit: int = 160) -> str:
    """SQLite's findings can run to hundreds of lines; a message needs only the first."""
    line = detail.strip().splitlines()[0] if detail.strip() else detail
    return line if len(line) <= limit else line[: limit - 1] + "…"


def migrate(conn: sqlite3.Connection, path: Path | None, from_version: int) -> None:
    """Bring the file up to :data:`SCHEMA_VERSION`: every step in one transaction together.

    A file is thus either wholly upgraded or left at its version, even when a later step fails
    or the process dies. An existing file (``from_version`` > 0) is first copied next to itself.
    """
    if from_version > 0 and from_version < SCHEMA_VERSION and path is not None:
        backup_copy(conn, path.with_name(f"{path.stem}.v{from_version}-backup{SUFFIX}"))
    steps = []
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        prefix = f"PRAGMA application_id = {APPLICATION_ID};\n" if number == 1 else ""
        steps.append(f"{prefix}{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};")
    if not steps:
        return
    try:
        conn.executescript("BEGIN IMMEDIATE;\n" + "\n".join(steps) + "\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def backup_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of the open database to ``target`` (SQLite's backup API).

    The copy is written to a temporary name and renamed, so ``target`` is never half-written.
    """
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        remove_sidecars(target)
        os.replace(tmp, target)
    except BaseException:
        # Never leave a half-written (or whole) copy of the program behind under a hidden name.
        tmp.unlink(missing_ok=True)
        remove_sidecars(tmp)
        raise


def remove_sidecars(path: Path) -> None:
    # A stale -wal next to a replaced file would be replayed into it: remove it first.
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
