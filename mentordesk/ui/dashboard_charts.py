"""The dashboard's six charts, drawn from a :class:`~mentordesk.model.dashboard.Dashboard`
into chart views: the Dashboard page's cards and the program report's offscreen images use
the same drawing, so what the board reads is what the coordinator sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..model.dashboard import Dashboard, Subject
from .charts import ChartView, Series

#: Skills in the "wanted and offered" chart: the biggest shortfalls.
TOP_SKILLS = 10

#: Gives the view of a chart: (key, title, description, whose ids its bars hold) -> view.
ChartFor = Callable[[str, str, str, Subject], ChartView]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _month(key: str) -> str:
    return QLocale().toString(QDate(int(key[:4]), int(key[5:7]), 1), "MMM yy")


def draw_charts(chart_for: ChartFor, d: Dashboard) -> None:
    """Draw every chart of ``d``, each into the view ``chart_for`` gives for it."""
    P, PA = Subject.PARTICIPANTS, Subject.PAIRS
    tip = _tr("Click a bar to list the pairs behind it.")
    people_tip = _tr("Click a bar to list the people behind it.")

    chart = chart_for(
        "sessions",
        _tr("Sessions per month"),
        _tr("Held sessions per month. ") + tip,
        PA,
    )
    if d.sessions_per_month:
        months = [_month(b.key) for b in d.sessions_per_month]
        chart.bars(
            months,
            [
                Series(
                    _tr("Sessions"),
                    [b.count for b in d.sessions_per_month],
                    [b.id_list for b in d.sessions_per_month],
                )
            ],
            value_label=_tr("Sessions held"),
        )
    else:
        chart.message(_tr("No sessions held in this period yet."))

    chart = chart_for(
        "goals",
        _tr("Goal status"),
        _tr("Goals by status. Click a slice to list the pairs with such goals."),
        PA,
    )
    if d.goals.count:
        chart.donut(
            [b.label for b in d.goals_by_status],
            Series(
                _tr("Goals"),
                [b.count for b in d.goals_by_status],
                [b.id_list for b in d.goals_by_status],
            ),
        )
    else:
        chart.message(_tr("No goals set yet."))

    chart = chart_for(
        "rounds",
        _tr("Satisfaction and NPS per feedback round"),
        _tr(
            "Average satisfaction of mentees (bars, 1 to 5) and Net Promoter Score "
            "(line, −100 to 100) per round. Click to list who answered."
        ),
        P,
    )
    if d.rounds:
        names = [r.round for r in d.rounds]
        ids = [r.id_list for r in d.rounds]
        chart.bars_and_line(
            names,
            Series(_tr("Satisfaction (1–5)"), [r.satisfaction for r in d.rounds], ids),
            (0, 5.4),
            Series(_tr("NPS"), [r.nps.score for r in d.rounds], ids),
            (-110, 120),
        )
    else:
        chart.message(_tr("No feedback in this period yet."))

    chart = chart_for(
        "funnel",
        _tr("Participation funnel"),
        _tr("Mentees who signed up, were matched, met at least once and completed. ") + people_tip,
        P,
    )
    signed = d.funnel[0].count
    if signed:
        chart.bars(
            [b.label for b in d.funnel],
            [
                Series(
                    _tr("People"),
                    [b.count for b in d.funnel],
                    [b.id_list for b in d.funnel],
                    texts=[f"{b.count} ({_number(100 * b.count / signed)} %)" for b in d.funnel],
                )
            ],
            horizontal=True,
            value_label=_tr("People"),
        )
    else:
        chart.message(_tr("Nobody has signed up as a mentee yet."))

    chart = chart_for(
        "skills",
        _tr("Skills wanted and offered"),
        _tr(
            "Mentees who want each skill and mentors who offer it, the biggest shortfall "
            "first: recruit mentors for the skills at the top. "
        )
        + people_tip,
        P,
    )
    skills = d.skills[:TOP_SKILLS]
    if skills:
        chart.bars(
            [s.skill for s in skills],
            [
                Series(
                    _tr("Wanted by mentees"),
                    [s.wanted for s in skills],
                    [s.wanted_list for s in skills],
                ),
                Series(
                    _tr("Offered by mentors"),
                    [s.offered for s in skills],
                    [s.offered_list for s in skills],
                ),
            ],
            horizontal=True,
            value_label=_tr("People"),
        )
    else:
        chart.message(_tr("No skills wanted or offered yet."))

    chart = chart_for(
        "closed",
        _tr("Pairs closed by reason"),
        _tr("Pairs closed in the period, by reason. ") + tip,
        PA,
    )
    if d.closed_by_reason:
        chart.bars(
            [b.label for b in d.closed_by_reason],
            [
                Series(
                    _tr("Pairs"),
                    [b.count for b in d.closed_by_reason],
                    [b.id_list for b in d.closed_by_reason],
                )
            ],
            horizontal=True,
            value_label=_tr("Pairs"),
        )
    else:
        chart.message(_tr("No pair closed in this period."))
