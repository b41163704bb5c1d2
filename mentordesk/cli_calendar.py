"""``mentordesk calendar``: write the pairs' meeting plans to an .ics file for a calendar app.

One pair (``--pair``) or every active pair with a plan; the rules are in
:mod:`mentordesk.model.calendar`. The program file is only read.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from .model.errors import FileProblem
from .model.i18n import tr

EXIT_OK = 0


def add_parser(sub: Any) -> None:
    calendar = sub.add_parser(
        "calendar",
        help=tr("write the pairs' meeting plans to an .ics calendar file"),
        description=tr(
            "Write the recurring meeting plan of every active pair (or of one pair) to an .ics "
            "file that Outlook, Google Calendar and Thunderbird open. Importing a newer file "
            "again updates the same events. Only names and the plan are written, never notes."
        ),
    )
    calendar.add_argument("file", metavar="OUT.ics", type=Path, help=tr("the file to write"))
    calendar.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help=tr("the program file")
    )
    calendar.add_argument(
        "--pair", type=int, metavar="ID", help=tr("only this pair (default: every active pair)")
    )
    calendar.set_defaults(run=run_calendar)


def run_calendar(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.calendar import write_ics
    from .model.store import Store

    today = dt.date.today()
    with Store.open(args.db, read_only=True) as store:
        program = store.program()
        people = store.participants()
        if args.pair is None:
            pairs = store.pairs()
        else:
            try:
                pairs = [store.pair(args.pair)]
            except LookupError:
                raise FileProblem(
                    tr("There is no pair {id} in “{name}”.").format(id=args.pair, name=args.db.name)
                ) from None
    count = write_ics(args.file, pairs, people, program, today)
    message = (
        tr("Wrote the meeting plan of pair {id} to {path}.").format(id=args.pair, path=args.file)
        if args.pair is not None
        else tr("Wrote the meeting plans of {n} pairs to {path}.").format(n=count, path=args.file)
    )
    out.write(message + "\n")
    return EXIT_OK
