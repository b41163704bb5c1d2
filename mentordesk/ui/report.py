"""The program report as a PDF, ready to hand to a board: the program summary, the dashboard's
tiles and charts, the pairs needing attention, the goals completed and anonymised quotes.

What it says is gathered by :func:`mentordesk.model.report.gather` (which never reads a private
or confidential note); this module lays it out as HTML in a ``QTextDocument`` and prints that
to A4 pages with ``QPdfWriter`` — no extra dependency. The charts are the dashboard's own,
drawn offscreen in a light palette and embedded as images.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QPdfWriter, QTextDocument

from ..model.dashboard import Dashboard, Period
from ..model.report import ReportData, gather
from ..model.store import Store
from .pdf import save_pdf
from .translations import format_date

#: The page's own margin; Qt adds 2 cm inside it when it prints a document.
PAGE_MARGIN_MM = 4.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return format_date(day)


def _number(value: float | None, digits: int = 1, suffix: str = "") -> str:
    if value is None:
        return "—"
    return QLocale().toString(float(value), "f", digits) + suffix


def tiles(board: Dashboard) -> list[tuple[str, str, str]]:
    """(figure, caption, detail) of each tile, as the report prints them."""
    by_role = " · ".join(f"{b.label}: {b.count}" for b in board.by_role if b.count)
    rate = board.match_rate
    completion = board.goal_completion_rate
    nps = board.nps.score
    closed = " · ".join(f"{b.label}: {b.count}" for b in board.closed_by_reason)
    return [
        (str(board.participants.count), _tr("Participants"), by_role),
        (
            _number(rate * 100 if rate is not None else None, 0, " %"),
            _tr("Match rate"),
            _tr("%1 of %2 matched")
            .replace("%1", str(board.matched.count))
            .replace("%2", str(board.wanting_match.count)),
        ),
        (str(board.active_pairs.count), _tr("Active pairs"), ""),
        (str(board.sessions_this_month.count), _tr("Sessions this month"), ""),
        (
            _number(board.median_days_since_session, 0),
            _tr("Median days since the last session"),
            _tr("over the active pairs"),
        ),
        (
            _number(completion * 100 if completion is not None else None, 0, " %"),
            _tr("Goals completed"),
            _tr("%1 of %2 goals")
            .replace("%1", str(board.goals.count - _open_goals(board)))
            .replace("%2", str(board.goals.count)),
        ),
        (
            _number(board.satisfaction, 1, " / 5"),
            _tr("Average satisfaction"),
            _tr("%n answers").replace("%n", str(board.satisfaction_answers)),
        ),
        (
            "—"
            if nps is None
            else QLocale().toString(round(nps))
            if nps <= 0
            else f"+{round(nps)}",
            _tr("Net Promoter Score"),
            _tr("%n answers").replace("%n", str(board.nps.answers)),
        ),
        (str(board.closed_pairs), _tr("Pairs closed"), closed),
    ]


def _signed(value: float | None) -> str:
    """A score with its sign, as the dashboard shows the NPS ("+54", "0", "-12")."""
    if value is None:
        return "—"
    return f"+{round(value)}" if round(value) > 0 else str(round(value))


def _open_goals(board: Dashboard) -> int:
    return sum(b.count for b in board.goals_by_status if b.key != "completed")


_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', sans-serif; font-size: 10pt; color: #1f2328; }
h1 { font-size: 20pt; margin-bottom: 0; }
h2 { font-size: 13pt; margin-top: 18pt; color: #0b4f8a; }
p.sub { color: #57606a; margin-top: 2pt; }
td.tile { border: 1px solid #d0d7de; padding: 6pt; }
span.big { font-size: 16pt; font-weight: bold; }
span.small { color: #57606a; font-size: 8pt; }
table.list td, table.list th { border-bottom: 1px solid #d0d7de; padding: 3pt; }
table.list th { text-align: left; background: #f3f5f7; }
p.quote { font-style: italic; margin-left: 12pt; }
p.foot { color: #57606a; font-size: 8pt; margin-top: 18pt; }
"""


def report_html(
    data: ReportData, charts: Sequence[tuple[str, str]] = (), chart_width: int = 620
) -> str:
    """The report as HTML; ``charts`` are (title, image resource name) pairs, each image
    ``chart_width`` wide (in the layout's units) and titled within."""
    program = data.program
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    parts.append(f"<h1>{_e(program.name)}</h1>")
    parts.append(
        f"<p class='sub'>{_e(_tr('Program report'))} · {_e(data.period_text)} · "
        f"{_e(program.format.label)}</p>"
    )
    summary = [
        _tr("Runs from %1 to %2.")
        .replace("%1", _date(program.start_date))
        .replace("%2", _date(program.end_date))
    ]
    if program.objectives.strip():
        summary.append(program.objectives.strip())
    parts.append("<h2>" + _e(_tr("The program")) + "</h2>")
    parts += [f"<p>{_e(line)}</p>" for line in summary]

    parts.append("<h2>" + _e(_tr("At a glance")) + "</h2>")
    parts.append("<table width='100%' cellspacing='4'>")
    cells = tiles(data.dashboard)
    for start in range(0, len(cells), 3):
        parts.append("<tr>")
        for figure, caption, detail in cells[start : start + 3]:
            parts.append(
                f"<td class='tile' width='33%'><span class='big'>{_e(figure)}</span><br>"
                f"{_e(caption)}<br><span class='small'>{_e(detail)}</span></td>"
            )
        parts.append("</tr>")
    parts.append("</table>")

    for title, name in charts:
        parts.append(f"<p><img src='{name}' width='{chart_width}' alt='{_e(title)}'></p>")

    parts.append("<h2>" + _e(_tr("Pairs needing attention")) + "</h2>")
    if data.attention:
        parts.append("<table class='list' width='100%' cellspacing='0'>")
        parts.append(f"<tr><th>{_e(_tr('Pair'))}</th><th>{_e(_tr('Why'))}</th></tr>")
        for item in data.attention:
            parts.append(f"<tr><td>{_e(item.pair)}</td><td>{_e(item.reason)}</td></tr>")
        parts.append("</table>")
    else:
        parts.append("<p>" + _e(_tr("Every active pair is on track.")) + "</p>")

    parts.append("<h2>" + _e(_tr("Goals completed")) + "</h2>")
    if data.goals_completed:
        parts.append("<table class='list' width='100%' cellspacing='0'>")
        parts.append(
            f"<tr><th>{_e(_tr('Pair'))}</th><th>{_e(_tr('Goal'))}</th>"
            f"<th>{_e(_tr('Completed'))}</th></tr>"
        )
        for goal in data.goals_completed:
            parts.append(
                f"<tr><td>{_e(goal.pair)}</td><td>{_e(goal.title)}</td>"
                f"<td>{_e(_date(goal.completed))}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>" + _e(_tr("No goal was completed in this period.")) + "</p>")

    parts.append("<h2>" + _e(_tr("In their words")) + "</h2>")
    if data.quotes:
        parts += [f"<p class='quote'>“{_e(q)}”</p>" for q in data.quotes]
    else:
        parts.append("<p>" + _e(_tr("No feedback comments in this period.")) + "</p>")

    parts.append(
        "<p class='foot'>"
        + _e(
            _tr(
                "Written by MentorDesk on %1. Quotes are anonymised; private and confidential "
                "notes are never included."
            ).replace("%1", _date(data.today))
        )
        + "</p></body></html>"
    )
    return "".join(parts)


#: The steps :func:`write_report` reports progress in: gathering, each chart, printing.
STEPS = 8


def write_report(
    store: Store,
    path: str | Path,
    today: dt.date,
    period: Period | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReportData:
    """Write the report of the program in ``store`` to ``path`` (a PDF); needs a
    ``QApplication``. The file appears whole or not at all. ``progress(done)`` is called after
    each of :data:`STEPS` steps (a few seconds in all)."""
    from ..model.dashboard import ALL_TIME
    from .report_charts import chart_images

    step = progress or (lambda _done: None)
    data = gather(store, today, period or ALL_TIME)
    step(1)
    document = QTextDocument()
    document.setDocumentMargin(0)
    names = []
    charts = (
        chart_images(data.dashboard, lambda n: step(1 + n)) if not data.dashboard.is_empty else []
    )
    for n, (title, image) in enumerate(charts):
        name = f"chart{n}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        names.append((title, name))

    def draw(writer: QPdfWriter) -> None:
        # Qt lays an unpaginated document out inside a 2 cm margin of its own, with image
        # sizes in pixels of 96 to the inch: the charts take the width that leaves.
        dpi = writer.logicalDpiX()
        inner = (writer.width() - 2 * round(2 / 2.54 * dpi)) * 96 // dpi
        document.setHtml(report_html(data, names, inner))
        document.print_(writer)

    save_pdf(path, data.program.name, draw, margins_mm=(PAGE_MARGIN_MM,) * 4)
    step(STEPS)
    return data
