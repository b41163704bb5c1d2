"""Dated backup copies of a program file: kept on opening, listed, restored.

For ``spring.mentordesk`` the copies live in the folder ``spring.mentordesk backups`` next to
it, named ``spring 2025-03-01 09-30-00 UTC.mentordesk``. When that folder cannot be written,
they go to ``backups/spring.mentordesk XXXXXXXX`` in the user's data folder (``XXXXXXXX``
tells apart files of the same name in different folders). Every copy is written with SQLite's
online backup API, so a file in use is copied consistently, and only the newest
:data:`KEEP` are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import programfile
from .errors import FileProblem, MentorDeskError
from .i18n import tr
from .schema import APPLICATION_ID

if TYPE_CHECKING:
    from .store import Store

#: How many backups of a file are kept; older ones are deleted.
KEEP = 10
#: Opening a file again within this time keeps no new backup. A coordinator who restarts the
#: app a few times in one sitting gets one restore point for the sitting, instead of ten copies
#: of the same afternoon pushing out last week's.
MIN_INTERVAL = dt.timedelta(hours=1)

_STAMP = "%Y-%m-%d %H-%M-%S"
_NAME = re.compile(
    r" (?P<stamp>\d{4}-\d\d-\d\d \d\d-\d\d-\d\d) UTC(?P<before> before restore)?"
    r"(?: \((?P<n>\d+)\))?" + re.escape(programfile.SUFFIX) + "$"
)

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Backup:
    """One backup copy, with what it holds (``None`` counts: the copy cannot be read)."""

    path: Path
    taken: dt.datetime  # UTC
    before_restore: bool
    participants: int | None
    pairs: int | None
    sessions: int | None

    @property
    def readable(self) -> bool:
        return self.participants is not None


def folder_next_to(path: Path) -> Path:
    """The backups folder next to a program file."""
    return path.with_name(f"{path.name} backups")


def folder_in_data_dir(path: Path, data_dir: Path) -> Path:
    """Where the backups go when the folder next to the file cannot be written."""
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return data_dir / "backups" / f"{path.name} {digest}"


def _folders(path: Path, data_dir: Path | None) -> list[Path]:
    folders = [folder_next_to(path)]
    if data_dir is not None:
        folders.append(folder_in_data_dir(path, data_dir))
    return folders


def _parse(file: Path, stem: str) -> tuple[dt.datetime, bool] | None:
    if not file.name.startswith(stem):
        return None
    match = _NAME.fullmatch(file.name[len(stem) :])
    if match is None:
        return None
    taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return taken, bool(match["before"])


def _files(folder: Path, stem: str) -> list[tuple[dt.datetime, Path, bool]]:
    """The backups in one folder, oldest first (within a second, the last written last)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for file in entries:
        parsed = _parse(file, stem)
        if parsed is not None and file.is_file():
            found.append((parsed[0], file.stat().st_mtime_ns, file, parsed[1]))
    return [(taken, file, before) for taken, _mtime, file, before in sorted(found)]


def _counts(file: Path) -> tuple[int | None, int | None, int | None]:
    """Participants, pairs and sessions in a backup, read without changing it."""
    try:
        conn = programfile.connect(file, read_only=True)
    except sqlite3.Error:
        return None, None, None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None, None, None
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            return None, None, None
        one = conn.execute
        return (
            one("SELECT count(*) FROM participants").fetchone()[0],
            one("SELECT count(*) FROM pairs").fetchone()[0],
            one("SELECT count(*) FROM sessions").fetchone()[0],
        )
    except sqlite3.Error:
        return None, None, None
    finally:
        conn.close()


def list_backups(path: Path, data_dir: Path | None = None) -> list[Backup]:
    """Every backup of ``path``, newest first, with its counts (each read read-only)."""
    found = [f for folder in _folders(path, data_dir) for f in _files(folder, path.stem)]
    found.reverse()
    return [Backup(file, taken, before, *_counts(file)) for taken, file, before in found]


def has_backups(path: Path, data_dir: Path | None = None) -> bool:
    return any(_files(folder, path.stem) for folder in _folders(path, data_dir))


def _target(folder: Path, path: Path, taken: dt.datetime, before_restore: bool) -> Path:
    base = f"{path.stem} {taken.strftime(_STAMP)} UTC" + (
        " before restore" if before_restore else ""
    )
    target = folder / f"{base}{programfile.SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{base} ({n}){programfile.SUFFIX}"
        n += 1
    return target


#: Bytes at the start of a file that SQLite rewrites when it copies one (journal mode, change
#: counter, the version that wrote it): left out when a file and its copy are compared.
_HEADER = 100


def _pages_digest(file: Path) -> str:
    """A digest of the file's pages: a program and its backup copy (made page by page by the
    backup API) have the same digest exactly while they hold the same program."""
    digest = hashlib.sha256()
    with file.open("rb") as stream:
        stream.seek(_HEADER)
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _same_as(conn: sqlite3.Connection, path: Path, file: Path) -> bool:
    """Whether the open program at ``path`` is the program the backup ``file`` holds.

    Comparing the files' pages takes milliseconds where reading every row of every table
    took a second on a large program, on every open. The journal is folded into the file
    first, so that its pages are all there is.
    """
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return _pages_digest(path) == _pages_digest(file)
    except (OSError, sqlite3.Error):
        return False


def prune(
    path: Path, data_dir: Path | None = None, keep: int = KEEP, spare: Path | None = None
) -> None:
    """Delete all but the newest ``keep`` backups of ``path`` in each folder (never ``spare``)."""
    for folder in _folders(path, data_dir):
        files = _files(folder, path.stem)
        for _taken, file, _before in files[: max(0, len(files) - keep)]:
            if spare is None or file != spare:
                file.unlink(missing_ok=True)


def _write(
    path: Path,
    data_dir: Path | None,
    write: Callable[[Path], None],
    target_of: Callable[[Path], Path],
) -> Path:
    """Write a backup into the first folder that takes it; raise FileProblem if none does."""
    reasons: list[str] = []
    for folder in _folders(path, data_dir):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = target_of(folder)
            write(target)
            return target
        except (OSError, sqlite3.Error) as exc:
            reasons.append(_reason(exc))
    raise FileProblem(
        tr("No backup of “{name}” could be written ({reason}); nothing was changed.").format(
            name=path.name, reason=reasons[-1] if reasons else "?"
        ),
        str(path),
    )


def _reason(exc: BaseException) -> str:
    if programfile.is_disk_full(exc):
        return tr("the disk is full")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def keep_on_open(store: Store, data_dir: Path | None = None, now: Clock = _utc_now) -> Path | None:
    """Back up the program ``store`` has open for writing, unless no backup is needed.

    Skipped (returns ``None``) when the newest backup is younger than :data:`MIN_INTERVAL` or
    holds exactly the same program: a copy of an unchanged file adds no restore point but
    would push out an older, different one. Raises FileProblem when no folder takes a copy;
    the program file itself is never changed.
    """
    path = store.path
    if path is None or store.read_only:
        return None
    conn = store.conn
    taken = now().astimezone(dt.UTC).replace(microsecond=0)
    existing = list_newest(path, data_dir)
    if existing is not None and (
        taken - existing[0] < MIN_INTERVAL or _same_as(conn, path, existing[1])
    ):
        return None
    target = _write(
        path,
        data_dir,
        lambda t: programfile.backup_copy(conn, t),
        lambda folder: _target(folder, path, taken, before_restore=False),
    )
    prune(path, data_dir)
    return target


def list_newest(path: Path, data_dir: Path | None = None) -> tuple[dt.datetime, Path] | None:
    found = [f for folder in _folders(path, data_dir) for f in _files(folder, path.stem)]
    if not found:
        return None
    taken, file, _before = found[-1]
    return taken, file


def restore(
    path: Path, backup: Path, data_dir: Path | None = None, now: Clock = _utc_now
) -> Path | None:
    """Replace the program in ``path`` by the one in ``backup``; return the copy of the old one.

    ``path`` must not be open for writing anywhere (its lock is taken here, so a file open in
    another MentorDesk is refused with FileInUse). The current file is first kept as another
    backup; the new content is written under a temporary name with the backup API and renamed
    over ``path``, so ``path`` holds either the old program or the restored one, never a mix.
    """
    source: sqlite3.Connection | None = None
    try:
        source = programfile.connect(backup, read_only=True)
        programfile.inspect(source, backup)
        lock = programfile.acquire_lock(path)
        try:
            taken = now().astimezone(dt.UTC).replace(microsecond=0)
            kept = None
            if path.is_file():
                kept = _write(
                    path,
                    data_dir,
                    lambda t: _copy_current(path, t),
                    lambda folder: _target(folder, path, taken, before_restore=True),
                )
            mode = path.stat().st_mode & 0o777 if path.exists() else None
            try:
                programfile.backup_copy(source, path)
            except (OSError, sqlite3.Error) as exc:
                raise FileProblem(
                    tr("“{name}” could not be restored ({reason}); it was not changed.").format(
                        name=path.name, reason=_reason(exc)
                    ),
                    str(path),
                ) from None
            if mode is not None:
                os.chmod(path, mode)
        finally:
            lock.release()
    except sqlite3.Error as exc:
        raise FileProblem(
            tr("The backup “{name}” cannot be read ({reason}); nothing was changed.").format(
                name=backup.name, reason=_reason(exc)
            ),
            str(backup),
        ) from None
    finally:
        if source is not None:
            source.close()
    prune(path, data_dir, spare=backup)
    return kept


def _copy_current(path: Path, target: Path) -> None:
    """Keep the current file: through SQLite when it can read it, else byte for byte."""
    try:
        conn = programfile.connect(path, read_only=True)
        try:
            programfile.backup_copy(conn, target)
            return
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # damaged or not a database at all: keep its bytes as they are
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(path, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def keep_or_say(store: Store, data_dir: Path | None = None, now: Clock = _utc_now) -> str | None:
    """:func:`keep_on_open` for callers that go on without a backup when none can be made
    (the window, the command line): the problem in a sentence, or ``None``."""
    try:
        keep_on_open(store, data_dir, now)
    except MentorDeskError as exc:
        return str(exc)
    return None
