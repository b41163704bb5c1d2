"""``mentordesk``: the app, or a command-line subcommand (new, demo, check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentordesk import __version__


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
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The one place that wires things together."""
    args_list = sys.argv[1:] if argv is None else argv
    from mentordesk.cli import run, wants_cli

    if wants_cli(args_list):
        return run(args_list)
    args = _gui_parser().parse_args(args_list)
    from mentordesk.ui.app import run_gui

    return run_gui(args.file, args.demo, args.read_only)


if __name__ == "__main__":
    raise SystemExit(main())
