"""Spreadsheet export: the whole program as one workbook; atomic saving of workbooks and CSV.

The sheets are built here from the store; export_xlsx writes them (with XlsxWriter, imported
only when a workbook is written, so the main window opens without it).
"""

from __future__ import annotations

import csv
import errno
import io
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from .domain import (
    ClosureReason,
    GoalStatus,
    MemberRole,
    Pair,
    Participant,
    ParticipantStatus,
    Role,
    SessionFormat,
)
from .errors import FileProblem
from .export_xlsx import Sheet, clean_text, looks_like_formula, write_workbook
from .i18n import tr, tr_noop
from .store import Store

Progress = Callable[[int, int], None]

#: (field name, English header) of each Participants column, in order. The importer matches
#: these headers (and their translations through ``tr``) to recognise an exported sheet.
PARTICIPANT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", tr_noop("ID")),
    ("first_name", tr_noop("First name")),
    ("last_name", tr_noop("Last name")),
    ("email", tr_noop("E-mail")),
    ("role", tr_noop("Role")),
    ("status", tr_noop("Status")),
    ("department", tr_noop("Department")),
    ("career_level", tr_noop("Career level")),
    ("skills_offered", tr_noop("Skills offered")),
    ("skills_wanted", tr_noop("Skills wanted")),
    ("interests", tr_noop("Interests")),
    ("languages", tr_noop("Languages")),
    ("location", tr_noop("Location")),
    ("availability", tr_noop("Availability")),
    ("capacity", tr_noop("Capacity")),
    ("bio", tr_noop("Bio")),
    ("consent_date", tr_noop("Consent date")),
    ("private_notes", tr_noop("Private notes")),
)
#: Between the values of a list in one cell ("Python; SQL").
LIST_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """Rows written on each sheet, the header row not counted."""

    participants: int
    pairs: int
    goals: int
    sessions: int
    feedback: int

    @property
    def total(self) -> int:
        return self.participants + self.pairs + self.goals + self.sessions + self.feedback

    def __str__(self) -> str:
        return tr(
            "{participants} participants, {pairs} pairs, {goals} goals, {sessions} sessions, "
            "{feedback} feedback answers"
        ).format(**asdict(self))


# -- the workbook ------------------------------------------------------------------------


def export_workbook(
    store: Store,
    path: str | Path,
    *,
    include_confidential: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the program to one .xlsx at ``path``; raise :class:`FileProblem` if it cannot.

    Private notes and confidential session notes are left out unless ``include_confidential``.
    """
    people = store.participants()
    names = {p.id: p.full_name for p in people}
    pairs = store.pairs()
    labels = {p.id: _pair_label(p, names) for p in pairs}
    sheets = (
        _participants_sheet(people, include_confidential),
        _pairs_sheet(pairs, names),
        _goals_sheet(store, labels),
        _sessions_sheet(store, labels, include_confidential),
        _feedback_sheet(store, names, labels),
    )
    summary = ExportSummary(*(len(sheet.rows) for sheet in sheets))

    def write(stream: IO[bytes]) -> None:
        tick = _Ticker(summary.total, progress)
        write_workbook(stream, clean_text(store.program().name), sheets, tick.advance)
        tick.finish()

    save_atomically(Path(path), write)
    return summary


def _participants_sheet(people: list[Participant], confidential: bool) -> Sheet:
    columns = [c for c in PARTICIPANT_COLUMNS if confidential or c[0] != "private_notes"]
    labels: dict[str, dict[Any, str]] = {
        "role": {r: r.label for r in Role},
        "status": {s: s.label for s in ParticipantStatus},
    }
    rows = []
    for p in people:
        row = []
        for name, _ in columns:
            value = getattr(p, name)
            if type(value) is tuple:
                value = LIST_SEPARATOR.join(value)
            elif name in labels:
                value = labels[name][value]
            row.append(value)
        rows.append(row)
    return Sheet(tr("Participants"), [tr(header) for _, header in columns], rows)


def _pairs_sheet(pairs: list[Pair], names: dict[int | None, str]) -> Sheet:
    reasons = _closure_reasons()

    def members(pair: Pair, *roles: MemberRole) -> str:
        chosen = [m for m in pair.members if not roles or m.role in roles]
        return LIST_SEPARATOR.join(names.get(m.participant_id, "") for m in chosen)

    rows = [
        [p.id, p.name, p.status.label, members(p), members(p, MemberRole.MENTOR)]
        + [members(p, MemberRole.MENTEE), p.start_date, p.end_date]
        + [reasons.get(p.closure_reason), p.closure_note]
        for p in pairs
    ]
    headers = [tr("ID"), tr("Name"), tr("Status"), tr("Members"), tr("Mentors"), tr("Mentees")]
    headers += [tr("Start date"), tr("End date"), tr("Closure reason"), tr("Closure note")]
    return Sheet(tr("Pairs"), headers, rows)


def _goals_sheet(store: Store, pairs: dict[int | None, str]) -> Sheet:
    statuses = _goal_statuses()
    rows = []
    for g in store.goals():
        assert g.id is not None
        steps = store.goal_steps(g.id)
        done = sum(s.done for s in steps)
        count = tr("{done} of {total}").format(done=done, total=len(steps)) if steps else None
        rows.append(
            [g.id, pairs.get(g.pair_id), g.title, g.measure, g.why, g.target_date]
            + [statuses[g.status], g.completed_date, count]
        )
    headers = [tr("ID"), tr("Pair"), tr("Goal"), tr("Measure"), tr("Why"), tr("Target date")]
    headers += [tr("Status"), tr("Completed date"), tr("Steps done")]
    return Sheet(tr("Goals"), headers, rows)


def _sessions_sheet(store: Store, pairs: dict[int | None, str], confidential: bool) -> Sheet:
    formats = _session_formats()
    yes, no = tr("Yes"), tr("No")
    rows = [
        [s.id, pairs.get(s.pair_id), s.date, s.duration_minutes, formats[s.format]]
        + [LIST_SEPARATOR.join(s.topics), s.notes if confidential or not s.confidential else None]
        + [yes if s.confidential else no]
        for s in store.sessions()
    ]
    headers = [tr("ID"), tr("Pair"), tr("Date"), tr("Minutes"), tr("Format"), tr("Topics")]
    headers += [tr("Notes"), tr("Confidential")]
    return Sheet(tr("Sessions"), headers, rows)


def _feedback_sheet(
    store: Store, names: dict[int | None, str], pairs: dict[int | None, str]
) -> Sheet:
    answers = store.feedback()
    keys = sorted({key for f in answers for key in f.answers})
    rows = [
        [names.get(f.participant_id), pairs.get(f.pair_id), f.round, f.date]
        + [f.answers.get(key) for key in keys]
        + [f.comment]
        for f in answers
    ]
    # The answer keys name the questions; they are data, so they are not translated.
    headers = [tr("Participant"), tr("Pair"), tr("Round"), tr("Date"), *keys, tr("Comment")]
    return Sheet(tr("Feedback"), headers, rows)


def _pair_label(pair: Pair, names: dict[int | None, str]) -> str:
    members = LIST_SEPARATOR.join(names.get(m.participant_id, "") for m in pair.members)
    return tr("{id}: {members}").format(id=pair.id, members=members)


# The words are looked up at each export (in the language of the moment).
def _closure_reasons() -> dict[ClosureReason | None, str]:
    return {r: r.label for r in ClosureReason}


def _goal_statuses() -> dict[GoalStatus, str]:
    return {s: s.label for s in GoalStatus}


def _session_formats() -> dict[SessionFormat, str]:
    return {f: f.label for f in SessionFormat}


# -- progress ----------------------------------------------------------------------------


class _Ticker:
    """Calls ``progress(done, total)`` at the start, every few hundred rows, and at the end.

    The last call waits for :meth:`finish`: after the rows go in, the workbook still has to
    be written out (a good part of the time), so the bar does not sit on "all done" meanwhile.
    """

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self._progress = total, 0, progress
        self._report(0)

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.done < self.total:
            self._report(self.done)

    def finish(self) -> None:
        self._report(self.total)

    def _report(self, done: int) -> None:
        if self._progress is not None:
            self._progress(done, self.total)


def csv_cell(text: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula (a leading "'")."""
    return "'" + text if looks_like_formula(text) else text


# -- saving ------------------------------------------------------------------------------


def save_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file beside ``path``, then swap it in, or raise FileProblem.

    On any failure ``path`` is left as it was and no temporary file stays behind.
    """
    if path.is_dir():
        message = tr("“{name}” is a folder; choose a file name.")
        raise FileProblem(message.format(name=path.name), str(path))
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # open() rather than mkstemp, whose owner-only mode the export would keep.
        with open(temp, "xb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)  # fails on Windows while the file is open in Excel
    except BaseException as exc:
        with suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise FileProblem(_save_problem(path, exc), str(path)) from exc
        raise


def save_csv(path: Path, lines: Iterable[Sequence[str]]) -> None:
    """Write a CSV that Excel opens in UTF-8, with no cell a spreadsheet would run as a
    formula; all or nothing, like :func:`save_atomically`."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([csv_cell(str(cell)) for cell in line] for line in lines)
    data = buffer.getvalue().encode("utf-8-sig")

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    save_atomically(path, write)


def _save_problem(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        message = tr(
            "“{name}” could not be saved because the folder {folder} does not exist; choose "
            "another folder."
        )
    elif isinstance(exc, PermissionError):
        message = tr(
            "“{name}” could not be saved: close it if it is open in Excel or another program, "
            "or choose a folder you can write to."
        )
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = tr(
            "“{name}” could not be saved because the disk is full; free some space or choose "
            "another drive."
        )
    else:
        message = tr("“{name}” could not be saved ({reason}); choose another folder.")
    return message.format(name=path.name, folder=path.parent, reason=exc.strerror or exc)
