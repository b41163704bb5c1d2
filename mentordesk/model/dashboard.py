"""The dashboard's figures: the tiles and the data of each chart, for a day and a date range.

Plain Python over the store's aggregates (:mod:`mentordesk.model.store_dashboard`). Every
count, bar or slice carries the ids behind it (participants or pairs), so the page can list
them. A figure without data is None (shown as "—"), never a division by zero.

Definitions:

- **The mentee side**: the people who want to be matched: mentees and those who are both
  mentor and mentee; in a peer program (peer pairs or groups), everyone.
- **Match rate**: of the people on the mentee side who are not withdrawn, the share now in an
  active or paused pair as its mentee (or as a peer). Proposed pairs do not count yet.
- **Median days since the last session**: over the active pairs, the days from the last held
  session (``session_totals``) to ``today``; a pair that has not met yet counts from its start,
  and one without a start date is left out. Sessions dated after ``today`` count as 0 days.
- **Sessions this month**: the held sessions of ``today``'s calendar month, whatever the range.
- **Goal completion rate**: completed goals of all goals (whatever the range).
- **Satisfaction**: the mean of the 1–5 answers, by mentees (and peers), to the scale
  questions put to mentees or to everyone. **NPS**: from the 0–10 answers to the NPS questions
  each answerer is asked (:func:`mentordesk.model.surveys.nps`).
- **Participation funnel**, each stage within the one before: signed up (the mentee side, any
  status) → matched (in a pair that started: active, paused or closed) → active (that pair
  held a session) → completed (that pair closed with its goals reached or at its planned end).

The range (``Period``) applies to what is dated: held sessions (by their date), feedback (by
its date), goals completed (by their completion date; a completed goal without one counts
only when there is no range) and pairs closed (by the day they closed). Participants, pairs,
goal statuses, the funnel and the skills are the program as it is on ``today``.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .domain import (
    ClosureReason,
    GoalStatus,
    MemberRole,
    PairStatus,
    ParticipantStatus,
    ProgramFormat,
    Role,
)
from .i18n import tr
from .surveys import (
    Audience,
    Nps,
    Question,
    QuestionKind,
    built_in_questions,
    keys_of,
    mean,
    nps,
)

if TYPE_CHECKING:
    from .store import Store


class Subject(StrEnum):
    """What the ids behind a figure are."""

    PARTICIPANTS = "participants"
    PAIRS = "pairs"


def read_ids(text: str) -> tuple[int, ...]:
    """The ids of a list "3,1,3" as the database gives them: each once, in order."""
    return tuple(sorted({int(i) for i in text.split(",")})) if text else ()


def _list(ids: Iterable[int]) -> str:
    return ",".join(map(str, sorted(set(ids))))


# The ids are kept as the database's text and read when asked for (on a click): reading
# 20,000 of them on every refresh took a third of the dashboard's time.


@dataclass(frozen=True, slots=True)
class Bar:
    """One count (a tile, a bar or a slice) and the ids behind it."""

    key: str  # a stable code: an enum value, a month "YYYY-MM", a skill, a round
    label: str  # what the coordinator reads (translated)
    count: int
    id_list: str  # the ids behind it, "12,5,7": read them through ``ids``
    subject: Subject

    @property
    def ids(self) -> tuple[int, ...]:
        """The ids behind the figure, each once, in order."""
        return read_ids(self.id_list)


@dataclass(frozen=True, slots=True)
class RoundScores:
    """The scores of one feedback round (rounds in the order they started)."""

    round: str
    first_date: dt.date
    satisfaction: float | None  # mean 1–5, None without answers
    satisfaction_answers: int
    nps: Nps
    id_list: str  # who answered in this round

    @property
    def participant_ids(self) -> tuple[int, ...]:
        return read_ids(self.id_list)


@dataclass(frozen=True, slots=True)
class SkillDemand:
    """A skill, the mentees who want it and the mentors who offer it."""

    skill: str
    wanted: int
    offered: int
    wanted_list: str
    offered_list: str

    @property
    def wanted_by(self) -> tuple[int, ...]:
        return read_ids(self.wanted_list)

    @property
    def offered_by(self) -> tuple[int, ...]:
        return read_ids(self.offered_list)

    @property
    def shortfall(self) -> int:
        """How many more mentees want it than mentors offer it (negative: enough mentors)."""
        return self.wanted - self.offered


@dataclass(frozen=True, slots=True)
class Period:
    """A date range, both ends included; None = no limit on that side."""

    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_all(self) -> bool:
        return self.start is None and self.end is None

    def texts(self) -> tuple[str | None, str | None]:
        return (
            self.start.isoformat() if self.start else None,
            self.end.isoformat() if self.end else None,
        )


ALL_TIME = Period()


def this_month(today: dt.date) -> Period:
    return Period(today.replace(day=1), today)


def last_months(today: dt.date, months: int) -> Period:
    """This month and the ``months - 1`` before it, up to ``today``."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return Period(dt.date(index // 12, index % 12 + 1, 1), today)


def this_year(today: dt.date) -> Period:
    return Period(dt.date(today.year, 1, 1), today)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Every figure of the dashboard for ``today`` and ``period``."""

    today: dt.date
    period: Period
    participants: Bar
    by_role: tuple[Bar, ...]  # mentor, mentee, both
    by_status: tuple[Bar, ...]  # applicant, active, withdrawn
    wanting_match: Bar  # the mentee side, not withdrawn
    matched: Bar  # of those, in an active or paused pair
    unmatched: Bar  # of those, waiting
    active_pairs: Bar
    sessions_this_month: Bar  # held sessions; the ids are their pairs
    median_days_since_session: float | None
    goals: Bar
    goals_by_status: tuple[Bar, ...]  # ids are pairs
    goals_completed_in_period: Bar
    satisfaction: float | None
    satisfaction_answers: int
    nps: Nps
    closed_by_reason: tuple[Bar, ...]  # closed in the period
    sessions_per_month: tuple[Bar, ...]  # held, in the period, every month from first to last
    rounds: tuple[RoundScores, ...]
    funnel: tuple[Bar, ...]  # signed up, matched, active, completed
    skills: tuple[SkillDemand, ...]  # the biggest shortfall first

    @property
    def match_rate(self) -> float | None:
        """Matched / wanting a match, from 0 to 1; None when nobody wants a match."""
        return _ratio(self.matched.count, self.wanting_match.count)

    @property
    def goal_completion_rate(self) -> float | None:
        completed = next(b for b in self.goals_by_status if b.key == GoalStatus.COMPLETED)
        return _ratio(completed.count, self.goals.count)

    @property
    def closed_pairs(self) -> int:
        return sum(b.count for b in self.closed_by_reason)

    @property
    def is_empty(self) -> bool:
        """Nothing to show yet: no participants at all."""
        return self.participants.count == 0


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _counted(row: tuple[int, str | None] | None) -> tuple[int, str]:
    """A count and its ids from an aggregate row (no row: none)."""
    return (row[0], row[1] or "") if row else (0, "")


def _joined(lists: Iterable[list[str]]) -> str:
    return ",".join(text for texts in lists for text in texts)


def _bar(key: str, label: str, ids: Collection[str], subject: Subject) -> Bar:
    return Bar(key, label, len(ids), ",".join(ids), subject)


def month_bounds(today: dt.date) -> Period:
    """The calendar month of ``today``, first to last day."""
    first = today.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return Period(first, following - dt.timedelta(days=1))


def _months(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from ``first`` to ``last``."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def compute(
    store: Store,
    today: dt.date,
    period: Period = ALL_TIME,
    questions: Sequence[Question] | None = None,
    reuse: Dashboard | None = None,
) -> Dashboard:
    """The dashboard of the program in ``store`` on ``today``; ``questions`` is the program's
    questionnaire (None or empty: :func:`~mentordesk.model.surveys.built_in_questions`).

    ``reuse`` is an earlier result to take the skills and the feedback figures from (a third
    of the time, and they read no session): pass it only when neither the participants, the
    pairs, the feedback nor the questionnaire changed since. Its feedback figures are kept only
    for the same period.
    """
    start, end = period.texts()
    P, PA = Subject.PARTICIPANTS, Subject.PAIRS
    peers = store.program().format is not ProgramFormat.ONE_TO_ONE

    # Participants by role and status.
    role_lists: dict[str, list[str]] = {r.value: [] for r in Role}
    status_lists: dict[str, list[str]] = {s.value: [] for s in ParticipantStatus}
    role_n: dict[str, int] = dict.fromkeys(role_lists, 0)
    status_n: dict[str, int] = dict.fromkeys(status_lists, 0)
    # Sets of ids as text: comparing them needs no number, and reading none is faster.
    side: set[str] = set()  # the mentee side
    side_open: set[str] = set()  # not withdrawn
    for role, status, n, ids_text in store.dashboard_people():
        role_lists[role].append(ids_text)
        status_lists[status].append(ids_text)
        role_n[role] += n
        status_n[status] += n
        if peers or role != Role.MENTOR:
            ids = ids_text.split(",")
            side.update(ids)
            if status != ParticipantStatus.WITHDRAWN:
                side_open.update(ids)
    if reuse is None:
        skills = _Skills()
        for wanted, skill, n, ids_text in store.dashboard_skills(everyone=peers):
            skills.add(skill, bool(wanted), n, ids_text)

    # Memberships: match rate and funnel.
    now: set[str] = set()
    matched: set[str] = set()
    met: set[str] = set()
    completed: set[str] = set()
    for status, done, has_met, ids_text in store.dashboard_memberships():
        ids = ids_text.split(",")
        if status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            now.update(ids)
        if status != PairStatus.PROPOSED:
            matched.update(ids)
            if has_met:
                met.update(ids)
                if done:
                    completed.update(ids)
    open_set = side_open
    signed = side
    stage_matched = signed & matched
    stage_met = stage_matched & met
    funnel = (
        _bar("signed_up", tr("Signed up"), signed, P),
        _bar("matched", tr("Matched"), stage_matched, P),
        _bar("active", tr("Active (met at least once)"), stage_met, P),
        _bar("completed", tr("Completed"), stage_met & completed, P),
    )

    # Pairs.
    active = store.dashboard_active_pairs(today.isoformat())
    waits = [max(0, days) for _pid, days in active if days is not None]
    month = month_bounds(today)
    this = store.dashboard_months(*month.texts())
    held_n, held_ids = (this[0][1], this[0][2]) if this else (0, None)

    # Goals.
    goal_rows = {status: (n, ids) for status, n, ids in store.dashboard_goals()}
    goals_by_status = tuple(
        Bar(s.value, s.label, *_counted(goal_rows.get(s.value)), PA) for s in GoalStatus
    )
    goal_total = sum(n for n, _ in goal_rows.values())
    goal_pairs = _list(i for _, ids in goal_rows.values() for i in read_ids(ids))
    done_n, done_ids = store.dashboard_goals_completed(start, end)

    # Pairs closed.
    closed = {reason: (n, ids) for reason, n, ids in store.dashboard_closed(start, end)}
    closed_by_reason = tuple(
        Bar(r.value, r.label, *_counted(closed[r.value]), PA)
        for r in ClosureReason
        if r.value in closed
    )

    # Sessions per month, every month from the first to the last with a held session.
    month_rows = {m: (n, ids) for m, n, ids in store.dashboard_months(start, end)}
    per_month: tuple[Bar, ...] = ()
    if month_rows:
        keys = _months(min(month_rows), max(month_rows))
        per_month = tuple(Bar(m, m, *_counted(month_rows.get(m)), PA) for m in keys)

    if reuse is not None and reuse.period == period:
        rounds, satisfaction = reuse.rounds, reuse.satisfaction
        satisfaction_n, overall_nps = reuse.satisfaction_answers, reuse.nps
    else:
        rounds, satisfaction, satisfaction_n, overall_nps = _feedback(
            store, start, end, questions or built_in_questions()
        )

    return Dashboard(
        today=today,
        period=period,
        participants=Bar(
            "all", tr("Participants"), sum(role_n.values()), _joined(role_lists.values()), P
        ),
        by_role=tuple(
            Bar(r.value, r.label, role_n[r.value], ",".join(role_lists[r.value]), P) for r in Role
        ),
        by_status=tuple(
            Bar(s.value, s.label, status_n[s.value], ",".join(status_lists[s.value]), P)
            for s in ParticipantStatus
        ),
        wanting_match=_bar("wanting", tr("Want a match"), open_set, P),
        matched=_bar("matched", tr("Matched"), open_set & now, P),
        unmatched=_bar("unmatched", tr("Waiting for a match"), open_set - now, P),
        active_pairs=_bar("active", tr("Active pairs"), [str(r[0]) for r in active], PA),
        sessions_this_month=Bar("month", tr("Sessions this month"), held_n, held_ids or "", PA),
        median_days_since_session=statistics.median(waits) if waits else None,
        goals=Bar("goals", tr("Goals"), goal_total, goal_pairs, PA),
        goals_by_status=goals_by_status,
        goals_completed_in_period=Bar(
            "completed", tr("Goals completed"), done_n, done_ids or "", PA
        ),
        satisfaction=satisfaction,
        satisfaction_answers=satisfaction_n,
        nps=overall_nps,
        closed_by_reason=closed_by_reason,
        sessions_per_month=per_month,
        rounds=rounds,
        funnel=funnel,
        skills=skills.demands() if reuse is None else reuse.skills,
    )


_MEMBER_ROLE = {r.value: r for r in MemberRole}
_NUMBERS = (int, float)


def _feedback(
    store: Store, start: str | None, end: str | None, questions: Sequence[Question]
) -> tuple[tuple[RoundScores, ...], float | None, int, Nps]:
    """Each round's scores and the scores over every round in the range."""
    scale_keys = keys_of(questions, QuestionKind.SCALE, Audience.MENTEE)
    nps_audience = {q.key: q.audience for q in questions if q.kind is QuestionKind.NPS}
    # Each answer and how often it was given, per round.
    scale: dict[str, Counter[float]] = {}
    scores: dict[str, Counter[int]] = {}
    first_day: dict[str, str] = {}
    who: dict[str, list[str]] = {}
    parsed: dict[str, dict[str, Any]] = {}
    for round_, role_code, answers, n, day, ids in store.dashboard_answers(start, end):
        first_day[round_] = min(day, first_day.get(round_, day))
        who.setdefault(round_, []).append(ids)
        role = _MEMBER_ROLE[role_code]
        if round_ not in scale:
            scale[round_], scores[round_] = Counter(), Counter()
        round_scale, round_scores = scale[round_], scores[round_]
        if answers not in parsed:  # the same answers come once per round and role
            parsed[answers] = json.loads(answers)
        for key, value in parsed[answers].items():
            if type(value) not in _NUMBERS:  # not a text, a bool or a list
                continue
            if key in scale_keys and role is not MemberRole.MENTOR and 1 <= value <= 5:
                round_scale[value] += n
            audience = nps_audience.get(key)
            if audience is not None and audience.asks(role) and value == int(value):
                round_scores[int(value)] += n
    none: Counter[Any] = Counter()
    rounds = tuple(
        RoundScores(
            round=name,
            first_date=dt.date.fromisoformat(first_day[name]),
            satisfaction=mean(scale.get(name, none).elements()),
            satisfaction_answers=scale.get(name, none).total(),
            nps=nps(scores.get(name, none).elements()),
            id_list=",".join(who[name]),
        )
        for name in sorted(first_day, key=lambda r: (first_day[r], r))
    )
    all_scale = sum(scale.values(), Counter())
    all_scores = sum(scores.values(), Counter())
    return rounds, mean(all_scale.elements()), all_scale.total(), nps(all_scores.elements())


class _Skills:
    """Skills wanted or offered, spellings that differ only in case merged (the most common
    spelling shown)."""

    def __init__(self) -> None:
        self.spelling: dict[str, dict[str, int]] = {}
        self.lists: dict[tuple[str, bool], list[str]] = {}
        self.counts: dict[tuple[str, bool], int] = {}

    def add(self, skill: str, wanted: bool, n: int, ids: str) -> None:
        """Count ``n`` people (``ids``) who want or offer ``skill``."""
        name = skill.strip()
        if not name:
            return
        key = name.casefold()
        names = self.spelling.setdefault(key, {})
        names[name] = names.get(name, 0) + n
        self.lists.setdefault((key, wanted), []).append(ids)
        self.counts[key, wanted] = self.counts.get((key, wanted), 0) + n

    def _count(self, key: str, wanted: bool) -> int:
        lists = self.lists.get((key, wanted), [])
        if len(lists) > 1:  # spellings merged: someone may have written two of them
            return len(read_ids(",".join(lists)))
        return self.counts.get((key, wanted), 0)

    def demands(self) -> tuple[SkillDemand, ...]:
        """Every skill, the biggest shortfall first."""
        demands = [
            SkillDemand(
                skill=max(names, key=lambda s: (names[s], s != s.lower(), s)),
                wanted=self._count(key, True),
                offered=self._count(key, False),
                wanted_list=",".join(self.lists.get((key, True), ())),
                offered_list=",".join(self.lists.get((key, False), ())),
            )
            for key, names in self.spelling.items()
        ]
        demands.sort(key=lambda d: (-d.shortfall, -d.wanted, d.skill.casefold()))
        return tuple(demands)
