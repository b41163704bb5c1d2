"""What the program report says, gathered from the store: plain data for the PDF writer
(:mod:`mentordesk.ui.report`) and for tests.

The report is for a board or a funder, so it holds figures and anonymised words only: the
dashboard's tiles and chart data, the active pairs that need attention (with the rule that
says so), the goals completed in the period, and quotes from feedback comments with every
participant's name and any e-mail address taken out. Private participant notes, session notes
and check-in notes are never read here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dashboard import ALL_TIME, Dashboard, Period, compute
from .domain import GoalStatus, Program
from .followup import HealthState, healths
from .i18n import date_text, tr

if TYPE_CHECKING:
    from .store import Store

#: Quotes in a report: enough to give the voice of the participants, few enough to read.
MAX_QUOTES = 8
#: A quote shorter than this says too little ("ok", "good") to be worth printing.
MIN_QUOTE_LENGTH = 20

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True, slots=True)
class Attention:
    """An active pair that needs the coordinator, and why."""

    pair: str
    reason: str


@dataclass(frozen=True, slots=True)
class CompletedGoal:
    pair: str
    title: str
    completed: dt.date | None


@dataclass(frozen=True, slots=True)
class ReportData:
    program: Program
    today: dt.date
    period: Period
    dashboard: Dashboard
    attention: tuple[Attention, ...]
    goals_completed: tuple[CompletedGoal, ...]
    quotes: tuple[str, ...]

    @property
    def period_text(self) -> str:
        """The range the report covers, in words."""
        start, end = self.period.start, self.period.end
        if start is None and end is None:
            return tr("the whole program, up to {today}").format(today=date_text(self.today))
        return tr("{start} to {end}").format(
            start=date_text(start) if start else "…", end=date_text(end) if end else "…"
        )


def anonymise(text: str, names: list[str]) -> str:
    """``text`` with each of ``names`` (full names first, then first and last names alone)
    and any e-mail address replaced by "…"."""
    result = _EMAIL.sub("…", text)
    for name in names:
        if name.strip():
            result = re.sub(rf"\b{re.escape(name.strip())}\b", "…", result, flags=re.IGNORECASE)
    return result


def _names(store: Store) -> list[str]:
    """Every way a participant may be named in a comment, longest first."""
    found: set[str] = set()
    for p in store.participants():
        found.update((f"{p.first_name} {p.last_name}", p.first_name, p.last_name))
    return sorted((n for n in found if len(n.strip()) > 1), key=lambda n: (-len(n), n))


def _in(period: Period, day: dt.date | None) -> bool:
    if day is None:
        return period.is_all
    return (period.start is None or day >= period.start) and (
        period.end is None or day <= period.end
    )


def gather(store: Store, today: dt.date, period: Period = ALL_TIME) -> ReportData:
    """Everything the report shows, for ``today`` and ``period``."""
    program = store.program()
    dashboard = compute(store, today, period, store.survey_questions())
    facts = store.pair_facts()
    labels = {f.pair_id: f.label for f in facts}
    attention = tuple(
        Attention(labels[pair_id], health.reason)
        for pair_id, health in sorted(
            healths(facts, program, today).items(), key=lambda item: labels[item[0]].casefold()
        )
        if health.state is HealthState.NEEDS_CHECKIN
    )
    all_labels = {f.pair_id: f.label for f in store.pair_facts(include_closed=True)}
    goals = tuple(
        CompletedGoal(all_labels.get(g.pair_id, ""), g.title, g.completed_date)
        for g in sorted(
            store.goals(), key=lambda g: (g.completed_date or dt.date.min, g.id or 0), reverse=True
        )
        if g.status is GoalStatus.COMPLETED and _in(period, g.completed_date)
    )
    names = _names(store)
    quotes: list[str] = []
    for answer in sorted(store.feedback(), key=lambda f: (f.date, f.id or 0), reverse=True):
        text = " ".join(answer.comment.split())
        if len(text) < MIN_QUOTE_LENGTH or not _in(period, answer.date):
            continue
        quote = anonymise(text, names)
        if quote not in quotes:
            quotes.append(quote)
        if len(quotes) == MAX_QUOTES:
            break
    return ReportData(program, today, period, dashboard, attention, goals, tuple(quotes))
