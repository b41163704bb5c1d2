"""Subcommands without a window: ``mentordesk new``, ``demo`` and ``check``.

Exit status: 0 when the command did what was asked; 1 when ``check`` finds the file damaged;
2 for any other problem (one sentence on stderr, never a traceback) and for usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout, suppress
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .model import programfile
from .model.domain import Program, ProgramFormat
from .model.errors import DamagedFile, FileInUse, MentorDeskError
from .model.i18n import tr
from .model.schema import SCHEMA_VERSION
from .model.store import Store

SUBCOMMANDS = ("new", "demo", "check", "import", "export", "match", "calendar", "report")

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_ERROR = 2
_PROG = "mentordesk"
#: Integrity findings printed by ``check``; SQLite can report thousands for one bad page.
_MAX_PROBLEMS_SHOWN = 20


class _CliError(Exception):
    """A problem to report as one sentence on stderr (exit status 2)."""


class _UsageError(Exception):
    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """Reports usage errors as one ``mentordesk:`` sentence instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(self.prog, message)


def wants_cli(argv: list[str]) -> bool:
    """True when ``argv`` (without the program name) starts with a subcommand."""
    return bool(argv) and argv[0] in SUBCOMMANDS


def run(argv: list[str], *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the subcommand in ``argv`` (``argv[0]`` is its name) and return the exit status."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        # argparse writes --help and its own messages to sys.stdout / sys.stderr.
        with redirect_stdout(out), redirect_stderr(err):
            args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    except _UsageError as exc:
        err.write(
            f"{_PROG}: "
            + tr("{problem} (see '{prog} --help').").format(problem=exc, prog=exc.prog)
            + "\n"
        )
        return EXIT_ERROR
    command: Callable[[argparse.Namespace, TextIO, TextIO], int] = args.run
    try:
        return command(args, out, err)
    except FileInUse as exc:
        # Only commands that write take the lock; reading commands work while the app is open.
        err.write(
            f"{_PROG}: "
            + tr(
                "“{name}” is open in MentorDesk, so this command cannot change it; close it "
                "there, then run the command again."
            ).format(name=Path(exc.path).name)
            + "\n"
        )
    except (_CliError, MentorDeskError) as exc:
        err.write(f"{_PROG}: {exc}\n")
    except KeyboardInterrupt:
        err.write(f"{_PROG}: " + tr("Interrupted; no file was changed.") + "\n")
    return EXIT_ERROR


# -- the parser ------------------------------------------------------------------------------


def _parser() -> _Parser:
    parser = _Parser(prog=_PROG, description=tr("MentorDesk without a window."))
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser(
        "new",
        help=tr("create an empty program file"),
        description=tr(
            "Create an empty program file. Refuses to replace an existing file without --force."
        ),
    )
    new.add_argument("file", metavar="FILE", type=Path, help=tr("the file to create"))
    new.add_argument(
        "--name", type=_program_name, help=tr("the program's name (default: the file name)")
    )
    new.add_argument(
        "--format",
        type=_program_format,
        default=ProgramFormat.ONE_TO_ONE,
        metavar="{" + ",".join(f.value for f in ProgramFormat) + "}",
        help=tr("how participants meet (default: one_to_one)"),
    )
    new.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    new.set_defaults(run=_new)

    demo = sub.add_parser(
        "demo",
        help=tr("write the demo program to a file"),
        description=tr(
            "Write the demo program to a file. Refuses to replace an existing file without --force."
        ),
    )
    demo.add_argument("file", metavar="OUT", type=Path, help=tr("the file to write"))
    demo.add_argument("--force", action="store_true", help=tr("replace OUT if it exists"))
    demo.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=tr("the day the demo's dates are relative to (default: today)"),
    )
    demo.add_argument(
        "--lang",
        choices=("en", "it", "bg"),  # model.demo.DEMO_LANGUAGES, not imported until used
        default="en",
        help=tr("the demo's language: en (English, the default), it (Italian) or bg (Bulgarian)"),
    )
    demo.set_defaults(run=_demo)

    check = sub.add_parser(
        "check",
        help=tr("check a program file without changing it"),
        description=tr(
            "Print the file's schema version, program name and rows per table, and run "
            "SQLite's integrity check. Exit status 0: sound; 1: damaged; 2: not checked."
        ),
    )
    check.add_argument("file", metavar="FILE", type=Path, help=tr("the program file"))
    check.set_defaults(run=_check)

    from .cli_calendar import add_parser as add_calendar
    from .cli_match import add_parser as add_match
    from .cli_report import add_parser as add_report
    from .cli_roster import add_parsers

    add_parsers(sub)
    add_match(sub)
    add_calendar(sub)
    add_report(sub, _iso_date)
    return parser


def _program_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(tr("the program name cannot be empty"))
    return text.strip()


def _program_format(text: str) -> ProgramFormat:
    try:
        return ProgramFormat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{value}” is not a program format; use one of {choices}").format(
                value=text, choices=", ".join(f.value for f in ProgramFormat)
            )
        ) from None


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{value}” is not a date; write it as YYYY-MM-DD, like 2025-03-01").format(
                value=text
            )
        ) from None


# -- the commands ----------------------------------------------------------------------------


def _new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target: Path = args.file
    program = Program(name=args.name or target.stem, format=args.format)
    replaced = _write_new_file(target, args.force, lambda tmp: Store.create(tmp, program).close())
    message = (
        tr("Replaced {path} with an empty program “{name}” ({format}).")
        if replaced
        else tr("Created {path}: an empty program “{name}” ({format}).")
    )
    out.write(message.format(path=target, name=program.name, format=program.format.label) + "\n")
    return EXIT_OK


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.demo import write_demo

    target: Path = args.file
    counts: dict[str, int] = {}

    def write(tmp: Path) -> None:
        write_demo(tmp, args.today, args.lang)
        # Counted on the temporary file, opened for writing: closing it then leaves no
        # -wal/-shm files behind, which a read-only open of the final file would.
        with Store.open(tmp) as store:
            c = store.counts()
        counts.update(
            participants=c.participants,
            pairs=sum(c.pairs_by_status.values()),
            sessions=c.sessions,
            goals=c.goals,
        )

    _write_new_file(target, args.force, write)
    out.write(
        tr(
            "Wrote the demo program to {path} (participants: {participants}, pairs: {pairs}, "
            "sessions: {sessions}, goals: {goals})."
        ).format(path=target, **counts)
        + "\n"
    )
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path: Path = args.file
    try:
        store = Store.open(path, read_only=True)
    except DamagedFile as exc:
        err.write(f"{_PROG}: {exc}\n")
        return EXIT_DAMAGED
    try:
        with store:
            version = store.schema_version
            counts = store.table_counts()
            problems = store.integrity_problems()
            try:
                name: str | None = store.program().name
            except (TypeError, ValueError, LookupError):
                # No settings row, or a value this MentorDesk does not know.
                name = None
    except sqlite3.Error as exc:
        raise _CliError(
            tr(
                "“{name}” could not be read to the end ({reason}); it may be damaged. Restore a "
                "backup copy."
            ).format(name=path.name, reason=exc)
        ) from None
    except OSError as exc:
        raise _CliError(
            tr("“{name}” could not be read ({reason}).").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None

    width = max(len(table) for table in counts) if counts else 0
    lines = [
        tr("File: {path}").format(path=path.resolve()),
        tr("Schema version: {version} (this MentorDesk writes {mine})").format(
            version=version, mine=SCHEMA_VERSION
        ),
        tr("Program: {name}").format(name=tr("(missing or unreadable)") if name is None else name),
        tr("Rows per table:"),
        *(f"  {table:<{width}}  {n:>7}" for table, n in counts.items()),
    ]
    if name is None:
        problems = [*problems, tr("the program settings are missing or unreadable")]
    if problems:
        lines.append(tr("Integrity check: problems found ({n})").format(n=len(problems)))
        lines += [f"  {p}" for p in problems[:_MAX_PROBLEMS_SHOWN]]
        if len(problems) > _MAX_PROBLEMS_SHOWN:
            lines.append("  …")
    else:
        lines.append(tr("Integrity check: ok"))
    out.write("\n".join(lines) + "\n")
    if problems:
        err.write(
            f"{_PROG}: "
            + tr("“{name}” is damaged; restore a backup copy.").format(name=path.name)
            + "\n"
        )
        return EXIT_DAMAGED
    return EXIT_OK


# -- writing a new file safely ---------------------------------------------------------------


def _write_new_file(target: Path, force: bool, write: Callable[[Path], None]) -> bool:
    """Write a program at ``target`` through a hidden temporary file, renamed over it at the end.

    ``target`` is therefore either untouched or complete. Returns True when a file was replaced.
    """
    folder = target.parent
    if not folder.is_dir():
        raise _CliError(
            tr("There is no folder {folder}; create it first or choose another place.").format(
                folder=folder
            )
        )
    if target.is_dir():
        raise _CliError(
            tr("{path} is a folder; give the name of the file to write.").format(path=target)
        )
    exists = os.path.lexists(target)
    if exists and not force:
        raise _CliError(
            tr("{path} already exists and was not changed; add --force to replace it.").format(
                path=target
            )
        )
    if not os.access(folder, os.W_OK):
        raise _CliError(
            tr("MentorDesk cannot write in {folder}; choose a folder you can write to.").format(
                folder=folder
            )
        )
    unchanged = tr("the existing file was not changed") if exists else tr("no file was created")
    try:
        lock = programfile.acquire_lock(target)
    except FileInUse:
        raise _CliError(
            tr("{path} is open in MentorDesk; close it there, then run the command again.").format(
                path=target
            )
        ) from None
    tmp = target.with_name(f".{target.name}.new")
    try:
        _discard(tmp)
        write(tmp)
        # A -wal left by the old file would be replayed into the new one: remove it first.
        programfile.remove_sidecars(target)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise _CliError(
            tr(
                "{path} could not be written ({reason}), so {unchanged}; free some disk space or "
                "choose a folder you can write to."
            ).format(path=target, reason=reason, unchanged=unchanged)
        ) from None
    except MentorDeskError as exc:
        raise _CliError(
            tr("{path} could not be written, so {unchanged}: {problem}").format(
                path=target, unchanged=unchanged, problem=exc
            )
        ) from None
    finally:
        with suppress(OSError):
            _discard(tmp)
        lock.release()
    return exists


def _discard(tmp: Path) -> None:
    """Remove a temporary program file with its journal files and its lock file."""
    tmp.unlink(missing_ok=True)
    programfile.remove_sidecars(tmp)
    programfile.lock_path(tmp).unlink(missing_ok=True)
