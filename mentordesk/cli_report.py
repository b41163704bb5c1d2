"""``mentordesk report``: write the program report (PDF) for a board or a funder.

The same report as File ▸ Write Program Report… in the window: the program summary, the
dashboard's tiles and charts, the pairs needing attention, the goals completed and anonymised
quotes; never a private or confidential note. The program file is only read. Qt draws the
PDF, on the offscreen platform: no display is needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any, TextIO

from .model.errors import FileProblem
from .model.i18n import tr

EXIT_OK = 0


def add_parser(sub: Any, iso_date: Any) -> None:
    report = sub.add_parser(
        "report",
        help=tr("write the program report as a PDF"),
        description=tr(
            "Write the program report as a PDF, ready to hand to a board: the program "
            "summary, the dashboard's figures and charts, the pairs needing attention, the "
            "goals completed and anonymised quotes from feedback. Private and confidential "
            "notes are never included."
        ),
    )
    report.add_argument("file", metavar="OUT.pdf", type=Path, help=tr("the file to write"))
    report.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help=tr("the program file")
    )
    report.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr("only what happened on or after this day (default: from the start)"),
    )
    report.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr("only what happened on or before this day (default: up to today)"),
    )
    report.set_defaults(run=run_report)


def run_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.dashboard import Period
    from .model.store import Store

    if args.start and args.end and args.end < args.start:
        raise FileProblem(tr("The period ends before it starts; check --from and --to."))
    if args.file.suffix.lower() != ".pdf":
        raise FileProblem(
            tr("The report is a PDF: give a file name ending in .pdf, not “{name}”.").format(
                name=args.file.name
            )
        )
    if not args.file.parent.is_dir():
        raise FileProblem(
            tr("There is no folder “{folder}” to write the report in.").format(
                folder=args.file.parent
            )
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .ui.report import write_report

    app = QApplication.instance() or QApplication(["mentordesk"])  # noqa: F841 (kept alive)
    today = dt.date.today()
    with Store.open(args.db, read_only=True) as store:
        try:
            write_report(store, args.file, today, Period(args.start, args.end))
        except OSError as exc:
            raise FileProblem(
                tr("The report could not be written to {path}: {reason}").format(
                    path=args.file, reason=exc.strerror or exc
                )
            ) from None
    out.write(tr("Wrote the program report to {path}.").format(path=args.file) + "\n")
    return EXIT_OK
