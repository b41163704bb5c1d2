"""Dashboard benchmark: every figure of the dashboard on 2,000 pairs and 100,000 session logs,
then on 1,000,000, and the time to draw its charts.

Run from the repository root: ``python3 benchmarks/dashboard.py [--quick] [--profile]``.

For each size a program file is generated with a fixed seed (4,000 participants with skills,
2,000 pairs in every status with their history, the session logs spread over 14 months,
3,000 goals, three feedback rounds of about 4,000 answers; generation time is printed but is
not a figure), then opened with ``Store.open`` and, median of 5 after one warm-up run:

- **the figures**: ``compute(store, today)`` (all time), the same as the page refreshes it
  after a session is logged (``reuse=`` the previous result: skills and feedback, which read
  no session, are kept), and over the last 3 months, then each
  of the store's aggregates alone;
- **baseline**, in the same run on the same file: the bare ``GROUP BY`` month over the
  sessions that "sessions per month" would be without ``session_months`` (no pair ids), the
  ratio column; the bare ``SELECT count(*) FROM sessions`` is printed too;
- **drawing**: the Dashboard page shown offscreen (1,280 × 1,000): a reload with its six
  charts drawn (``canvas.draw()``), and the charts' drawing alone.

Targets (issue 6): the figures within 50 ms on 100,000 logs and within 200 ms on 1,000,000
(wall clock; the CPU time of this process is printed beside it). ``--quick`` runs the 100,000
size only; ``--profile`` prints where the time of ``compute`` goes.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _bulk import insert_many  # noqa: E402

from mentordesk.model.dashboard import compute, last_months  # noqa: E402
from mentordesk.model.domain import (  # noqa: E402
    Changes,
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    Pair,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    Role,
    Session,
    SessionFormat,
    SessionStatus,
)
from mentordesk.model.rows import (  # noqa: E402
    change_to_row,
    feedback_to_row,
    goal_to_row,
    pair_to_row,
    participant_to_row,
    session_to_row,
)
from mentordesk.model.store import Store  # noqa: E402
from mentordesk.model.store_pairs import initial_history  # noqa: E402

SEED = 20261125
TODAY = dt.date(2026, 11, 23)
N_PAIRS = 2_000
SIZES = (100_000, 1_000_000)
LIMITS_MS = {100_000: 50.0, 1_000_000: 200.0}
RUNS = 5
SKILLS = [f"Skill {i}" for i in range(40)]
BASELINES = {
    "count": "SELECT count(*) FROM sessions",
    "months": "SELECT substr(date, 1, 7) AS m, count(*) FROM sessions WHERE status = 'held' "
    "GROUP BY m",
}


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _pairs(rng: random.Random) -> list[Pair]:
    pairs = []
    for _ in range(N_PAIRS):
        status = rng.choices(list(PairStatus), (10, 70, 8, 12))[0]
        start = None if status is PairStatus.PROPOSED else _day(-rng.randint(5, 420))
        end = reason = None
        if status is PairStatus.CLOSED:
            assert start is not None
            end = start + dt.timedelta(days=rng.randint(0, (TODAY - start).days))
            reason = rng.choice(list(ClosureReason))
        pairs.append(
            Pair(members=(), status=status, start_date=start, end_date=end, closure_reason=reason)
        )
    return pairs


def generate(path: Path, n_sessions: int) -> None:
    """Write the program to ``path`` in one transaction (fixed seed)."""
    rng = random.Random(SEED)
    program = Program(name="Dashboard benchmark program", start_date=_day(-430))
    pairs = _pairs(rng)
    with Store.create(path, program) as store:
        with store.batch(Changes(participants=True, pairs=True, sessions=True, goals=True)):
            people = []
            for i in range(1, 2 * N_PAIRS + 1):
                mentor = i % 2 == 1
                person = Participant(
                    f"First{i}",
                    f"Last{i}",
                    email=f"p{i}@example.org",
                    role=Role.MENTOR if mentor else Role.MENTEE,
                    status=rng.choices(list(ParticipantStatus), (5, 90, 5))[0],
                    skills_offered=tuple(rng.sample(SKILLS[:25], 3)) if mentor else (),
                    skills_wanted=() if mentor else tuple(rng.sample(SKILLS, 2)),
                )
                people.append(participant_to_row(person) | {"id": i})
            insert_many(store, "participants", people)
            insert_many(
                store, "pairs", [pair_to_row(p) | {"id": i} for i, p in enumerate(pairs, 1)]
            )
            members, history = [], []
            for i, pair in enumerate(pairs, 1):
                members.append({"pair_id": i, "participant_id": 2 * i - 1, "role": "mentor"})
                members.append({"pair_id": i, "participant_id": 2 * i, "role": "mentee"})
                history += [change_to_row(c) for c in initial_history(i, pair)]
            insert_many(store, "pair_members", members)
            insert_many(store, "pair_history", history)

            started = [(i, p) for i, p in enumerate(pairs, 1) if p.start_date]
            proto = session_to_row(Session(pair_id=0, date=TODAY, format=SessionFormat.VIDEO))
            statuses = list(SessionStatus)
            batch: list[dict[str, Any]] = []
            for _ in range(n_sessions):
                pair_id, pair = started[int(rng.random() * len(started))]
                assert pair.start_date is not None
                span = ((pair.end_date or TODAY) - pair.start_date).days
                day = pair.start_date + dt.timedelta(days=int(rng.random() * (span + 1)))
                r = rng.random()
                status = statuses[0 if r < 0.85 else 1 if r < 0.95 else 2]
                batch.append(
                    proto | {"pair_id": pair_id, "date": day.isoformat(), "status": status.value}
                )
                if len(batch) == 50_000:
                    insert_many(store, "sessions", batch)
                    batch = []
            if batch:
                insert_many(store, "sessions", batch)

            goals = []
            for pair_id, pair in started:
                for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                    status = rng.choices(list(GoalStatus), (20, 45, 10, 25))[0]
                    done = None
                    if status is GoalStatus.COMPLETED:
                        assert pair.start_date is not None
                        done = pair.start_date + dt.timedelta(
                            days=rng.randint(0, (TODAY - pair.start_date).days)
                        )
                    goals.append(
                        goal_to_row(Goal(pair_id, "Goal", status=status, completed_date=done))
                    )
            insert_many(store, "goals", goals)

            feedback = []
            for n, round_ in enumerate(("First month", "Midpoint", "Closing")):
                for pair_id, _pair in started:
                    if rng.random() < 0.6 - 0.15 * n:
                        answers: dict[str, int | str] = {
                            "useful": rng.randint(1, 5),
                            "supported": rng.randint(2, 5),
                            "recommend": rng.randint(3, 10),
                        }
                        feedback.append(
                            feedback_to_row(
                                Feedback(
                                    2 * pair_id,
                                    round_,
                                    _day(-300 + 120 * n + rng.randint(0, 30)),
                                    answers,
                                    pair_id=pair_id,
                                )
                            )
                        )
                        feedback.append(
                            feedback_to_row(
                                Feedback(
                                    2 * pair_id - 1,
                                    round_,
                                    _day(-300 + 120 * n + rng.randint(0, 30)),
                                    {"engagement": rng.randint(1, 5)},
                                    pair_id=pair_id,
                                )
                            )
                        )
            insert_many(store, "feedback", feedback)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median wall-clock and CPU time of ``runs`` calls, after one warm-up call."""
    action()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure(path: Path, n_sessions: int, profile: bool) -> None:
    limit = LIMITS_MS[n_sessions]
    with Store.open(path) as store:
        counts = store.counts()
        questions = store.survey_questions()
        print(
            f"\n== {counts.sessions:,} sessions, {sum(counts.pairs_by_status.values()):,} pairs, "
            f"{counts.participants:,} participants, {counts.goals:,} goals; "
            f"{path.stat().st_size / 1e6:.0f} MB =="
        )
        d = compute(store, TODAY, questions=questions)
        print(
            f"  check: {d.active_pairs.count} active pairs, {d.sessions_this_month.count} "
            f"sessions this month, {len(d.sessions_per_month)} months, match rate "
            f"{(d.match_rate or 0) * 100:.0f} %, NPS {d.nps.score:+.0f}, satisfaction "
            f"{d.satisfaction:.2f}, {len(d.skills)} skills"
        )

        def run(sql: str) -> Callable[[], object]:
            return lambda: store.conn.execute(sql).fetchall()

        bases = {name: median_ms(run(sql)) for name, sql in BASELINES.items()}
        base = bases["months"][0]
        print(
            f"  Median of {RUNS} after a warm-up, ms (wall; CPU of this process beside it).\n"
            f"  Baseline (ratio): the bare GROUP BY month on sessions, {base:.1f} ms:\n"
            f"    {BASELINES['months']}\n"
            f"  (and {BASELINES['count']}: {bases['count'][0]:.1f} ms)"
        )
        print(f"  {'':52s}{'wall':>8s}{'CPU':>8s}{'ratio':>8s}  target {limit:.0f} ms")
        quarter = last_months(TODAY, 3)
        month = (TODAY.replace(day=1).isoformat(), "2026-11-30")
        q = quarter.texts()
        earlier = compute(store, TODAY)  # what the page holds when a session is logged
        rows: list[tuple[str, Callable[[], object], bool]] = [
            ("compute(): every figure, all time", lambda: compute(store, TODAY), True),
            (
                "compute(): after a session is logged (reuse=)",
                lambda: compute(store, TODAY, reuse=earlier),
                True,
            ),
            (
                "compute(): every figure, last 3 months",
                lambda: compute(store, TODAY, quarter),
                True,
            ),
            ("  people by role and status", store.dashboard_people, False),
            ("  skills wanted + offered", lambda: store.dashboard_skills(everyone=False), False),
            ("  memberships (match rate, funnel)", store.dashboard_memberships, False),
            (
                "  active pairs + session_totals",
                lambda: store.dashboard_active_pairs(TODAY.isoformat()),
                False,
            ),
            ("  sessions this month", lambda: store.dashboard_months(*month), False),
            ("  sessions per month, all time", lambda: store.dashboard_months(None, None), False),
            ("  sessions per month, last 3 months", lambda: store.dashboard_months(*q), False),
            (
                "  goals by status + completed",
                lambda: (store.dashboard_goals(), store.dashboard_goals_completed(None, None)),
                False,
            ),
            ("  pairs closed by reason", lambda: store.dashboard_closed(None, None), False),
            (
                "  feedback rounds + answers",
                lambda: store.dashboard_answers(None, None),
                False,
            ),
        ]
        for label, action, judged in rows:
            wall, cpu = median_ms(action)
            verdict = ("PASS" if wall <= limit else "MISS") if judged else ""
            print(f"  {label:52s}{wall:8.1f}{cpu:8.1f}{wall / base:7.2f}x  {verdict}".rstrip())
        if profile:
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(RUNS):
                compute(store, TODAY)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(12)
        drawing(store)


def drawing(store: Store) -> None:
    """The page shown offscreen: a reload with its charts drawn, and the drawing alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from mentordesk.ui.dashboard_page import DashboardPage
    from mentordesk.ui.prompts import Prompts

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    page = DashboardPage(store, QUndoStack(), Prompts(), lambda _d: False, lambda: TODAY)
    page.resize(1280, 1000)
    page.show()
    for card in page.cards.values():
        card.chart.canvas.draw()
    app.processEvents()
    first = (time.perf_counter() - start) * 1000

    def draw_all() -> None:
        for card in page.cards.values():
            card.chart.canvas.draw()

    def reload() -> None:
        page.reload()
        app.processEvents()  # the canvases draw themselves (draw_idle), as on screen

    print(f"  drawing ({app.platformName()}, 1,280 x 1,000), ms:")
    print(f"    first show (imports matplotlib, builds 6 charts)  {first:8.1f}")
    for label, action in (
        ("reload: figures, 6 charts built and drawn", reload),
        ("6 charts drawn", draw_all),
    ):
        wall, cpu = median_ms(action)
        print(f"    {label:50s}{wall:8.1f}{cpu:8.1f}")
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 sessions only")
    parser.add_argument("--profile", action="store_true", help="cProfile of compute()")
    options = parser.parse_args()
    print(
        f"Dashboard benchmark (seed {SEED}, today {TODAY}), {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory(prefix="mentordesk-dashboard-") as tmp:
        for n in SIZES[:1] if options.quick else SIZES:
            path = Path(tmp) / f"dashboard-{n}.mentordesk"
            start = time.perf_counter()
            generate(path, n)
            print(
                f"\ngenerated {n:,} sessions in {time.perf_counter() - start:.1f} s (not a figure)"
            )
            measure(path, n, options.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
