"""Large-program benchmark: open 10,000 participants and 100,000 sessions, search, sort, scroll.

Run from the repository root: ``python3 benchmarks/large_program.py [--profile]``.

A program file is generated with a fixed seed (its generation time is printed but is not a
figure), then, in this process: ``Store.open``, ``counts()``, opening the file in the main
window, switching to the Participants page (first load), typing a search word key by key,
sorting by columns and scrolling the table in 50 steps. Each interactive figure is the time
from the action to the end of the repaint it causes; "responsive" means no keystroke, sort or
scroll step over 100 ms, and opening the file or a page within a second. The baseline,
measured in the same run on the same rows, is a bare QTableView over a
QStandardItemModel (and a QSortFilterProxyModel with a fixed-string filter for the search).
``--profile`` prints where the time of the interactive steps goes (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QEvent, QObject, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# The app's modules need the path above.
from _bulk import insert_many  # noqa: E402

from mentordesk.model.domain import (  # noqa: E402
    Changes,
    ClosureReason,
    Pair,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    Role,
    Session,
    SessionFormat,
)
from mentordesk.model.rows import pair_to_row, participant_to_row, session_to_row  # noqa: E402
from mentordesk.model.store import Store  # noqa: E402
from mentordesk.ui.participants_model import DEPARTMENT, EMAIL, LEVEL, NAME  # noqa: E402

SEED = 20261123
TODAY = dt.date(2026, 11, 23)
N_PEOPLE = 10_000
N_PAIRS = 3_000
N_SESSIONS = 100_000
LIMIT_MS = 100.0
LOAD_LIMIT_MS = 1000.0
SCROLL_STEPS = 50
SEARCH = "mar"

FIRST = (
    "Maria Mark Marta Omar Marek Anna Ahmed Aisha Ben Chen Chloe Daniel David Elena Emma Fatima "
    "Felix Grace Hannah Hiro Ines Ivan Jack James Jana Jonas Julia Karim Kate Laura Leo Lena "
    "Liam Lucas Mei Mia Nadia Noah Nina Olga Oscar Paul Priya Rahul Rosa Ryan Sara Sofia Tom "
    "Uma Victor Wei Yusuf Zoe Amara Bruno Carla Dmitri Eva Farid"
).split()
LAST = (
    "Smith Jones Garcia Martin Marx Novak Kowalski Rossi Silva Kim Nguyen Patel Khan Müller "
    "Schmidt Dubois Moreau Larsen Jensen Nielsen Hansen Ivanova Petrov Tanaka Suzuki Sato Wang "
    "Li Zhang Chen Lopez Perez Gonzalez Fernandez Costa Almeida Okafor Mensah Adeyemi Haddad "
    "Nasser Cohen Levi Brown Taylor Wilson Evans Walker Wright Clarke Hughes Murphy O'Brien "
    "Kelly Byrne Andersson Johansson Berg Lindqvist Virtanen Horvat Kovacs Popescu Marquez"
).split()
DEPARTMENTS = (
    "Engineering",
    "Product",
    "Design",
    "Sales",
    "Marketing",
    "Finance",
    "People & Culture",
    "Customer Success",
    "Operations",
    "Legal",
    "Data & Analytics",
    "IT Support",
)
LEVELS = ("Associate", "Professional", "Senior", "Lead", "Principal", "Director")
SKILLS = (
    "Public speaking, Negotiation, Python, SQL, Data visualisation, Stakeholder management, "
    "Product discovery, Hiring, Coaching, Budgeting, Forecasting, Contract law, UX research, "
    "Accessibility, Cloud architecture, Security, Testing, Project management, Writing, "
    "Customer interviews, Pricing, Leadership, Time management, Conflict resolution, "
    "Presenting to executives, Machine learning, Statistics, Excel, Change management, "
    "Career planning, Networking, Mentoring others, Agile, Strategy, Marketing analytics, "
    "Copywriting, Procurement, Risk management, Onboarding, Remote work"
).split(", ")
LANGUAGES = ("English", "German", "French", "Spanish", "Portuguese", "Polish", "Mandarin", "Hindi")
LOCATIONS = ("Berlin", "Lisbon", "Warsaw", "London", "Remote", "Madrid", "Toronto")
SLOTS = ("Mon AM", "Mon PM", "Tue AM", "Tue PM", "Wed AM", "Wed PM", "Thu AM", "Fri AM")
TOPICS = ("Goals", "Feedback", "Career path", "Workload", "Project review", "Skills", "Networking")
NOTES = (
    "Talked through the quarter's priorities and agreed a next step.",
    "Reviewed a draft presentation; mentee will rehearse with the team.",
    "Short check-in; both busy this week.",
    "Discussed a difficult conversation and how to prepare for it.",
    "Went through the reading list and picked two articles.",
)


# -- generating the file ------------------------------------------------------------------


def _people(rng: random.Random) -> list[Participant]:
    taken: dict[str, int] = {}
    people = []
    for _ in range(N_PEOPLE):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}".lower().replace("'", "").replace("ü", "ue")
        taken[local] = taken.get(local, 0) + 1
        if taken[local] > 1:
            local += str(taken[local])
        role = rng.choices((Role.MENTOR, Role.MENTEE, Role.BOTH), (35, 55, 10))[0]
        people.append(
            Participant(
                first_name=first,
                last_name=last,
                email=f"{local}@example.org",
                role=role,
                department=rng.choice(DEPARTMENTS),
                career_level=rng.choice(LEVELS),
                skills_offered=tuple(rng.sample(SKILLS, rng.randint(1, 4))),
                skills_wanted=tuple(rng.sample(SKILLS, rng.randint(1, 3))),
                interests=tuple(rng.sample(SKILLS, 2)),
                languages=tuple(rng.sample(LANGUAGES, rng.randint(1, 2))),
                location=rng.choice(LOCATIONS),
                availability=tuple(rng.sample(SLOTS, 3)),
                capacity=rng.randint(1, 3) if role != Role.MENTEE else 0,
                bio=f"{first} works in {rng.choice(DEPARTMENTS).lower()} and likes "
                f"{rng.choice(SKILLS).lower()}.",
                status=rng.choices(list(ParticipantStatus), (15, 78, 7))[0],
                consent_date=TODAY - dt.timedelta(days=rng.randint(30, 400)),
            )
        )
    return people


def _pairs(rng: random.Random, people: list[Participant]) -> list[tuple[Pair, int, int]]:
    mentors = [i for i, p in enumerate(people, 1) if p.role != Role.MENTEE]
    mentees = [i for i, p in enumerate(people, 1) if p.role != Role.MENTOR]
    pairs = []
    for _ in range(N_PAIRS):
        mentor, mentee = rng.choice(mentors), rng.choice(mentees)
        while mentee == mentor:
            mentee = rng.choice(mentees)
        status = rng.choices(list(PairStatus), (15, 55, 10, 20))[0]
        start = (
            None if status == PairStatus.PROPOSED else TODAY - dt.timedelta(rng.randint(60, 500))
        )
        end = None
        reason = None
        if status == PairStatus.CLOSED:
            assert start is not None
            end = start + dt.timedelta(days=rng.randint(30, (TODAY - start).days))
            reason = rng.choice(list(ClosureReason))
        pair = Pair(
            members=(), status=status, start_date=start, end_date=end, closure_reason=reason
        )
        pairs.append((pair, mentor, mentee))
    return pairs


def generate(path: Path) -> None:
    """Write the large program to ``path`` in one transaction (fixed seed)."""
    rng = random.Random(SEED)
    program = Program(
        name="Large benchmark program",
        start_date=TODAY - dt.timedelta(days=500),
        end_date=TODAY + dt.timedelta(days=200),
        career_levels=LEVELS,
        objectives="Help 10,000 people grow; measure how the app copes.",
    )
    people = _people(rng)
    pairs = _pairs(rng, people)
    with Store.create(path, program) as store:
        with store.batch(Changes(participants=True, pairs=True, sessions=True)):
            rows = [participant_to_row(p) | {"id": i} for i, p in enumerate(people, 1)]
            insert_many(store, "participants", rows)
            insert_many(
                store,
                "pairs",
                [pair_to_row(p) | {"id": i} for i, (p, _a, _b) in enumerate(pairs, 1)],
            )
            members = []
            for i, (_pair, mentor, mentee) in enumerate(pairs, 1):
                members.append({"pair_id": i, "participant_id": mentor, "role": "mentor"})
                members.append({"pair_id": i, "participant_id": mentee, "role": "mentee"})
            insert_many(store, "pair_members", members)
            started = [(i, p) for i, (p, _a, _b) in enumerate(pairs, 1) if p.start_date]
            # Rows vary in pair, date and one of a few hundred prototypes (format, length,
            # topics, note): building 100,000 Session objects would only slow generation down.
            prototypes = [
                session_to_row(
                    Session(
                        pair_id=0,
                        date=TODAY,
                        duration_minutes=rng.choice((30, 45, 60, 90)),
                        format=rng.choice(list(SessionFormat)),
                        topics=tuple(rng.sample(TOPICS, rng.randint(1, 2))),
                        notes=rng.choice(NOTES),
                    )
                )
                for _ in range(300)
            ]
            sessions = []
            for _ in range(N_SESSIONS):
                pair_id, pair = rng.choice(started)
                assert pair.start_date is not None
                span = ((pair.end_date or TODAY) - pair.start_date).days
                day = pair.start_date + dt.timedelta(days=int(rng.random() * (span + 1)))
                sessions.append(
                    rng.choice(prototypes) | {"pair_id": pair_id, "date": day.isoformat()}
                )
            insert_many(store, "sessions", sessions)


# -- measuring ----------------------------------------------------------------------------


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(ms(start))
    return statistics.median(times)


def verdict(value: float, limit: float = LIMIT_MS) -> str:
    return "PASS" if value <= limit else "MISS"


class PaintWatch(QObject):
    """Counts the paint events of one widget, so that a step is timed to the end of its repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def settle(self) -> None:
        """Run what the action queued; paint the widget now if that did not paint it."""
        before = self.count
        QApplication.processEvents()
        if self.count == before:
            self.widget.repaint()


def timed_step(action: Callable[[], object], watch: PaintWatch) -> float:
    start = time.perf_counter()
    action()
    watch.settle()
    return ms(start)


class Profiler:
    """Collects cProfile data over the app's interactive steps when ``--profile`` is on."""

    def __init__(self, enabled: bool) -> None:
        self.profile = cProfile.Profile() if enabled else None

    @contextmanager
    def __call__(self) -> Iterator[None]:
        if self.profile is not None:
            self.profile.enable()
        try:
            yield
        finally:
            if self.profile is not None:
                self.profile.disable()

    def report(self) -> None:
        if self.profile is not None:
            print("\nProfile of the app's interactive steps (by own time, top 25):")
            pstats.Stats(self.profile).sort_stats("tottime").print_stats(25)


#: (column, label, order) of the sorts measured, as a click on the column header does.
SORTS = (
    (DEPARTMENT, "Department", Qt.SortOrder.AscendingOrder),
    (LEVEL, "Career level", Qt.SortOrder.AscendingOrder),
    (EMAIL, "E-mail, descending", Qt.SortOrder.DescendingOrder),
    (NAME, "Name", Qt.SortOrder.AscendingOrder),
)


def store_figures(path: Path) -> None:
    def open_and_close() -> None:
        Store.open(path).close()

    def quick_check(ignore_checks: bool) -> Callable[[], None]:
        def check() -> None:
            conn = sqlite3.connect(str(path))
            if ignore_checks:
                conn.execute("PRAGMA ignore_check_constraints = ON")
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            conn.close()

        return check

    with Store.open(path) as store:
        counts = store.counts()
        assert counts.participants == N_PEOPLE and counts.sessions == N_SESSIONS
        count_ms = median_ms(store.counts)
        people_ms = median_ms(store.participants, 3)
    print("\nStore, no Qt (median of 5; quick_check and participants() of 3):")
    print(f"  {'Store.open + close':50s}{median_ms(open_and_close):9.1f} ms")
    print(f"  {'  PRAGMA quick_check, writable (as in Store.open)':50s}", end="")
    print(f"{median_ms(quick_check(False), 3):9.1f} ms")
    print(f"  {'  the same with ignore_check_constraints = ON':50s}", end="")
    print(f"{median_ms(quick_check(True), 3):9.1f} ms")
    print(f"  {'counts()':50s}{count_ms:9.1f} ms")
    print(f"  {'participants() (10,000 Participant objects)':50s}{people_ms:9.1f} ms")


def startup_figures(path: Path) -> None:
    """Fresh processes to the main window painted on this file (median of 3, as startup.py)."""
    sys.path.insert(0, str(HERE))
    from startup import child_env, time_child

    with tempfile.TemporaryDirectory(prefix="mentordesk-large-start-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        home.mkdir()
        env = child_env(home)
        times: dict[str, list[float]] = {"baseline": [], "app": []}
        for n in range(4):
            for name, args in (
                ("baseline", [str(HERE / "_baseline_child.py")]),
                ("app", [str(HERE / "_app_child.py"), str(path)]),
            ):
                elapsed, detail = time_child(args, env, scratch)
                if name == "app" and detail != "page=overviewPage":
                    raise RuntimeError(f"the large program did not open ({detail})")
                if n:
                    times[name].append(elapsed)
    app, base = statistics.median(times["app"]), statistics.median(times["baseline"])
    print("\nFresh process to the main window painted on this file (median of 3, 1 warm-up):")
    print(f"  MentorDesk {app:.3f} s; bare window baseline {base:.3f} s; ratio {app / base:.2f}x")


def display_rows(path: Path) -> list[list[str]]:
    """The table's text, for the baseline model (outside any timing)."""
    with Store.open(path, read_only=True) as store:
        return [
            [
                p.full_name,
                p.role.label,
                p.status.label,
                p.department,
                p.career_level,
                p.email,
                ", ".join(p.skills_offered),
                ", ".join(p.skills_wanted),
                ", ".join(p.languages),
                str(p.capacity),
                "Active",
            ]
            for p in store.participants()
        ]


def scroll_steps(view: QTableView, watch: PaintWatch) -> list[float]:
    bar = view.verticalScrollBar()
    bar.setValue(0)
    watch.settle()
    return [
        timed_step(lambda i=i: bar.setValue(round(i * bar.maximum() / SCROLL_STEPS)), watch)
        for i in range(1, SCROLL_STEPS + 1)
    ]


def type_and_erase(search: QLineEdit, watch: PaintWatch) -> list[float]:
    """Type SEARCH key by key, then erase it with Backspace; the time of each key."""
    keys: list[str | Qt.Key] = [*SEARCH, *[Qt.Key.Key_Backspace] * len(SEARCH)]
    times = [timed_step(lambda k=key: QTest.keyClick(search, k), watch) for key in keys]
    assert search.text() == ""
    return times


def baseline(rows: list[list[str]]) -> dict[str, Any]:
    """The same steps on Qt's own models, filled with the same text."""
    result: dict[str, Any] = {}
    start = time.perf_counter()
    model = QStandardItemModel(len(rows), len(rows[0]))
    # setData: it returns a bool, so unlike setItem it does not drop a reference to None.
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setData(model.index(r, c), text)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 620)
    watch = PaintWatch(view.viewport())
    view.show()
    watch.settle()
    result["load"] = ms(start)
    result["sorts"] = [
        timed_step(lambda c=col, o=order: view.sortByColumn(c, o), watch)
        for col, _label, order in SORTS
    ]
    result["scroll"] = scroll_steps(view, watch)
    view.close()

    # Search: Qt's fixed-string filter over every column, fed by a line edit.
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    page = QWidget()
    search = QLineEdit()
    search.textChanged.connect(proxy.setFilterFixedString)
    table = QTableView()
    table.setModel(proxy)
    layout = QVBoxLayout(page)
    layout.addWidget(search)
    layout.addWidget(table)
    page.resize(1000, 660)
    page.show()
    watch = PaintWatch(table.viewport())
    watch.settle()
    result["keys"] = type_and_erase(search, watch)
    page.close()
    return result


def app_figures(path: Path, scratch: Path, profiler: Profiler) -> dict[str, Any]:
    from mentordesk.ui.main_window import MainWindow, Services
    from mentordesk.ui.prompts import Prompts

    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    result: dict[str, Any] = {}
    start = time.perf_counter()
    window = MainWindow(Services(settings=settings, prompts=Prompts(), data_dir=scratch / "data"))
    result["window"] = ms(start)

    # As run_gui does: open the file, then show the window.
    watch = PaintWatch(window.stack)
    start = time.perf_counter()
    assert window.open_file(path)
    window.show()
    watch.settle()
    result["open"] = ms(start)
    view = window.view
    assert view is not None
    page = view.participants
    watch = PaintWatch(page.table.viewport())

    with profiler():
        result["load"] = timed_step(lambda: view.nav.setCurrentRow(1), watch)
        assert page.table_model.total == N_PEOPLE and page.table.model().rowCount() == N_PEOPLE
        result["keys"] = type_and_erase(page.search, watch)
        result["sorts"] = [
            timed_step(lambda c=col, o=order: page.table.sortByColumn(c, o), watch)
            for col, _label, order in SORTS
        ]
        result["scroll"] = scroll_steps(page.table, watch)
    window.close()
    return result


Figure = tuple[str, float, float, float]


def figures_table(app: dict[str, Any], base: dict[str, Any]) -> list[Figure]:
    """(label, app ms, baseline ms or 0, limit ms or 0) for every figure.

    Keystrokes, sorts and scrolling must answer within 100 ms; opening the file and the first
    load of a page within a second, the point past which the app would owe a progress bar.
    """
    table: list[Figure] = [
        ("MainWindow() (start page)", app["window"], 0.0, 0.0),
        ("open_file until the Overview is painted", app["open"], 0.0, LOAD_LIMIT_MS),
        ("switch to Participants: first load + paint", app["load"], base["load"], LOAD_LIMIT_MS),
    ]
    typed = ""
    for i, (a, b) in enumerate(zip(app["keys"], base["keys"], strict=True)):
        if i < len(SEARCH):
            typed += SEARCH[i]
            label = f'type "{typed}"'
        else:
            typed = typed[:-1]
            label = f'Backspace -> "{typed}"' + (" (all rows back)" if not typed else "")
        table.append((f"search: {label}", a, b, LIMIT_MS))
    for (_col, name, _order), a, b in zip(SORTS, app["sorts"], base["sorts"], strict=True):
        table.append((f"sort by {name}", a, b, LIMIT_MS))
    steps = f"of {SCROLL_STEPS}"
    table.append(
        (
            f"scroll step, median {steps}",
            statistics.median(app["scroll"]),
            statistics.median(base["scroll"]),
            LIMIT_MS,
        )
    )
    table.append((f"scroll step, max {steps}", max(app["scroll"]), max(base["scroll"]), LIMIT_MS))
    return table


def report(app: dict[str, Any], base: dict[str, Any]) -> None:
    print(
        f"\nInteractive figures, ms: action to the end of the repaint it causes (limit "
        f"{LIMIT_MS:.0f} ms; opening and first load {LOAD_LIMIT_MS:.0f} ms). Baseline: a bare "
        "QTableView over a QStandardItemModel of "
        f"{N_PEOPLE:,} x 11 with the same text (search: its QSortFilterProxyModel's fixed-string "
        "filter), this run"
    )
    print(f"  {'':46s}{'app':>9s}{'baseline':>10s}{'ratio':>8s}")
    table = figures_table(app, base)
    for label, value, base_value, limit in table:
        ratio = f"{value / base_value:7.1f}x" if base_value else ""
        base_text = f"{base_value:10.1f}" if base_value else f"{'':10s}"
        judgement = verdict(value, limit) if limit else ""
        print(f"  {label:46s}{value:9.1f}{base_text}{ratio:>8s}  {judgement}".rstrip())
    missed = [label for label, value, _base, limit in table if limit and value > limit]
    print(f"  responsive (every judged figure within its limit): {'MISS' if missed else 'PASS'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="print cProfile of the app steps")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mentordesk-large-") as tmp:
        scratch = Path(tmp)
        # Private settings and data folders before Qt reads them: the user's are never touched.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "MPLCONFIGDIR"):
            os.environ[name] = str(scratch / name.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        path = scratch / "Large program.mentordesk"

        start = time.perf_counter()
        generate(path)
        print(
            f"Large program: {N_PEOPLE:,} participants, {N_PAIRS:,} pairs, {N_SESSIONS:,} "
            f"sessions (seed {SEED}); generated in {ms(start) / 1000:.2f} s (not a figure), "
            f"{path.stat().st_size / 1e6:.1f} MB; QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
            f", {os.cpu_count()} CPUs"
        )
        store_figures(path)
        startup_figures(path)

        from mentordesk.ui.app import create_application

        create_application(sys.argv[:1])
        print(f"\nPySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
        base = baseline(display_rows(path))
        profiler = Profiler(options.profile)
        app = app_figures(path, scratch, profiler)
        report(app, base)
        profiler.report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
