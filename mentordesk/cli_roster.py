"""``mentordesk import`` and ``mentordesk export``: rosters in and out without a window.

They use the same engine and automatic guesses as File ▸ Import roster… and Export workbook….
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from .model.domain import Role
from .model.errors import FileProblem
from .model.i18n import tr

EXIT_OK = 0
EXIT_ERROR = 2
#: Rejected rows listed by ``import``; the rest are counted.
_MAX_REJECTED_SHOWN = 50


def add_parsers(sub: Any) -> None:
    """Add the ``import`` and ``export`` subcommands to the main parser's subparsers."""
    roster = sub.add_parser(
        "import",
        help=tr("import a roster (.xlsx or .csv) into a program file"),
        description=tr(
            "Import participants from an Excel workbook or a CSV file (also Microsoft Forms and "
            "Google Forms exports). Prints what was imported and every rejected row with its "
            "reason. Exit status 0 when the import happened, 2 when nothing could be imported."
        ),
    )
    roster.add_argument("roster", metavar="ROSTER", type=Path, help=tr("the .xlsx or .csv file"))
    roster.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help=tr("the program file")
    )
    roster.add_argument(
        "--sheet", action="append", metavar="NAME", help=tr("import only this sheet (repeatable)")
    )
    roster.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help=tr("everyone's role, when the roster does not say it"),
    )
    roster.add_argument(
        "--mapping", type=Path, metavar="MAPPING.json", help=tr("a mapping saved by the wizard")
    )
    roster.add_argument(
        "--on-existing",
        choices=["update", "skip", "keep-both"],
        default="update",
        help=tr("what to do with people already in the program (default: update)"),
    )
    roster.add_argument(
        "--dry-run", action="store_true", help=tr("show what would happen; change nothing")
    )
    roster.set_defaults(run=run_import)

    export = sub.add_parser(
        "export",
        help=tr("export the program to an Excel workbook"),
        description=tr(
            "Write participants, pairs, goals, sessions and feedback to one .xlsx workbook. "
            "Private and confidential notes are left out unless --include-confidential is given."
        ),
    )
    export.add_argument("out", metavar="OUT.xlsx", type=Path, help=tr("the workbook to write"))
    export.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help=tr("the program file")
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help=tr("also write private notes and confidential session notes"),
    )
    export.set_defaults(run=run_export)


def run_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.sheets import paused_gc

    # One pause of the garbage collector for the whole command, not one per phase: turned
    # on between them it walks every row read so far (a tenth of a second at 50,000 rows),
    # to find no cycles; the command ends right after the import anyway.
    with paused_gc():
        return _run_import(args, out, err)


def _run_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.roster_apply import apply
    from .model.roster_import import Action, preview
    from .model.roster_plan import OnExisting, apply_mapping, guess_plan, load_mapping
    from .model.sheets import read_workbook
    from .model.store import Store

    workbook = read_workbook(args.roster)
    plan = guess_plan(workbook, Role(args.role) if args.role else None)
    if args.mapping:
        plan = apply_mapping(plan, workbook, load_mapping(args.mapping))
    plan.on_existing = OnExisting(args.on_existing.replace("-", "_"))
    if args.sheet:
        names = {s.name for s in plan.sheets}
        unknown = [n for n in args.sheet if n not in names]
        if unknown:
            raise FileProblem(
                tr("“{file}” has no sheet “{sheet}”; its sheets are: {names}.").format(
                    file=args.roster.name, sheet=unknown[0], names=", ".join(sorted(names))
                )
            )
        for s in plan.sheets:
            s.include = s.name in args.sheet
    if not any(s.include for s in plan.sheets):
        raise FileProblem(
            tr(
                "No sheet of “{file}” looks like a roster (no name or e-mail column found); "
                "import it in the wizard to choose the columns, or pass --mapping."
            ).format(file=args.roster.name)
        )
    with Store.open(args.db, read_only=args.dry_run) as store:
        result = preview(store, workbook, plan)
        importable = sum(result.count(a) for a in (Action.NEW, Action.UPDATE, Action.UNCHANGED))
        if importable and not args.dry_run:
            apply(store, result)
    for o in result.rejected[:_MAX_REJECTED_SHOWN]:
        where = tr("sheet “{sheet}”, row {row}").format(
            sheet=o.candidate.sheet, row=o.candidate.row
        )
        if o.candidate.problems:
            line = "; ".join(str(p) for p in o.candidate.problems)
        else:
            line = f"{where}: " + "; ".join(o.reasons)
        out.write(tr("rejected: {line}").format(line=line) + "\n")
    if len(result.rejected) > _MAX_REJECTED_SHOWN:
        more = len(result.rejected) - _MAX_REJECTED_SHOWN
        out.write(tr("… and {n} more rejected rows.").format(n=more) + "\n")
    if result.new_levels:
        levels = ", ".join(result.new_levels)
        out.write(
            tr("New career levels added to the program: {levels}.").format(levels=levels) + "\n"
        )
    verb = tr("Would import") if args.dry_run else tr("Imported")
    out.write(
        tr("{verb} {file} into {db}: {summary}.").format(
            verb=verb, file=args.roster.name, db=args.db.name, summary=result.summary()
        )
        + "\n"
    )
    if not importable:
        err.write(
            "mentordesk: "
            + tr("nothing could be imported from “{file}”: every row was rejected.").format(
                file=args.roster.name
            )
            + "\n"
        )
        return EXIT_ERROR
    return EXIT_OK


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.export import export_workbook
    from .model.store import Store

    with Store.open(args.db, read_only=True) as store:
        summary = export_workbook(store, args.out, include_confidential=args.include_confidential)
    out.write(
        tr("Exported {db} to {out}: {summary}.").format(
            db=args.db.name, out=args.out, summary=summary
        )
        + "\n"
    )
    return EXIT_OK
