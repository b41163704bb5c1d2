"""``mentordesk``: the app, or a command-line subcommand (new, demo, check)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mentordesk import __version__

#: A smoke test still running after this many seconds is stuck: it is stopped, with every
#: thread's traceback on stderr, so that CI fails instead of waiting for ever.
SMOKE_TEST_TIMEOUT_S = 300
#: Where a POSIX system names the language of messages, the first set one winning.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="Run a mentoring program from one file. Without a FILE, opens the last "
        "program or the start screen. Subcommands without a window: new, demo, check "
        "(see 'mentordesk new --help').",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .mentordesk program file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo program")
    parser.add_argument("--read-only", action="store_true", help="open FILE without changing it")
    parser.add_argument(
        "--smoke-test",
        type=Path,
        metavar="OUT.png",
        help="check that this copy of MentorDesk works: open the demo program in a temporary "
        "folder, visit every page and dialog, save a screenshot to OUT.png; exit 0 if all went "
        "well, else 1 with the reason",
    )
    # For start-up benchmarks of the built app: quit once the window has painted.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    return parser


def _smoke_test(out: Path) -> int:
    import faulthandler

    from mentordesk.ui.smoke import run_smoke_test

    try:
        faulthandler.dump_traceback_later(SMOKE_TEST_TIMEOUT_S, exit=True)
    except (AttributeError, OSError):  # no stderr with a file behind it: a windowed build
        return run_smoke_test(out)
    try:
        return run_smoke_test(out)
    finally:
        faulthandler.cancel_dump_traceback_later()


def _quit_when_shown() -> None:
    # The application is made first, as create_application() would make it (it reuses it),
    # so the filter sees the window's first paint.
    from PySide6.QtWidgets import QApplication

    from mentordesk.ui.startup_timer import QuitWhenShown

    QuitWhenShown(QApplication(sys.argv[:1]))


def _speak_the_system_language() -> None:
    # Subcommands print in the language the app would use, minus Preferences: a script's
    # output follows its environment (LANG=it_IT.UTF-8 …). Where the environment names a
    # language MentorDesk does not translate into, Qt is not even loaded: most commands never
    # need it, and it costs a tenth of a second.
    named = next((v for v in map(os.environ.get, _LOCALE_VARIABLES) if v), "")
    if named and named[:2] not in ("it", "bg"):
        return
    from mentordesk.ui.translations import install_for_command_line, system_language

    install_for_command_line(system_language())


def main(argv: list[str] | None = None) -> int:
    """The one place that wires things together."""
    args_list = sys.argv[1:] if argv is None else argv
    from mentordesk.cli import run, wants_cli

    if wants_cli(args_list):
        _speak_the_system_language()
        return run(args_list)
    args = _gui_parser().parse_args(args_list)
    if args.smoke_test is not None:
        return _smoke_test(args.smoke_test)
    if args.quit_when_shown:
        _quit_when_shown()
    from mentordesk.ui.app import run_gui

    return run_gui(args.file, args.demo, args.read_only)


if __name__ == "__main__":
    raise SystemExit(main())
