"""Roster import benchmark: a generated 10,000-row, 15-column roster, read, mapped, validated
and written, against python-calamine's bare read of the same file in the same run.

Run from the repository root: ``python3 benchmarks/roster_import.py [--rows N] [--profile]``.

Targets from the issue: the whole import (read, map, validate, write) of 10,000 rows within
0.5 s, i.e. within 4x calamine's bare read; 50,000 rows within 2 s. Each figure is the median
of 3 runs, each into a new program file (a real file: WAL, synchronous FULL, as the app writes).
``--rows`` measures one size only; ``--profile`` then prints a cProfile of one more import.
The time Python's cyclic garbage collector takes during each phase is measured too
(``gc.callbacks``), with how many collections ran and how many of them were full ones; and the
CPU time of the import and of the bare read, which other work on a shared machine disturbs less.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mentordesk.model.domain import Program  # noqa: E402
from mentordesk.model.roster_apply import apply  # noqa: E402
from mentordesk.model.roster_import import Action, preview  # noqa: E402
from mentordesk.model.roster_plan import guess_plan  # noqa: E402
from mentordesk.model.sheets import read_workbook  # noqa: E402
from mentordesk.model.store import Store  # noqa: E402

SEED = 20261123
RUNS = 3
HEADERS = (
    "Timestamp", "First name", "Last name", "Email address", "Role", "Department",
    "Career level", "Skills you can offer", "Skills you want to develop", "Interests",
    "Languages", "Location", "Availability", "How many mentees can you take?", "About you",
)  # fmt: skip
FIRST = ("Anna", "Marco", "Giulia", "Ivan", "Maria", "Georgi", "Sofia", "Luca", "Elena", "Petar")
LAST = ("Rossi", "Bianchi", "Petrova", "Ivanov", "Ferrari", "Dimitrova", "Conti", "Kolev")
DEPARTMENTS = ("Engineering", "Sales", "Finance", "Marketing", "Operations", "People")
LEVELS = ("Associate", "Specialist", "Senior", "Lead", "Manager", "Director")
SKILLS = (
    "Python", "Public speaking", "Negotiation", "Leadership", "Excel", "SQL", "Coaching",
    "Project management", "UX research", "Budgeting", "Time management", "Career planning",
)  # fmt: skip
LANGUAGES = ("English", "Italian", "Bulgarian", "German", "French")


def write_roster(path: Path, rows: int) -> None:
    import openpyxl

    rng = random.Random(SEED)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Form responses")
    sheet.append(HEADERS)
    for i in range(rows):
        role = rng.choice(("Mentor", "Mentee", "Both"))
        sheet.append(
            (
                f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)} 10:{rng.randint(10, 59)}:00",
                rng.choice(FIRST),
                f"{rng.choice(LAST)} {i}",
                f"person.{i}@example.org",
                role,
                rng.choice(DEPARTMENTS),
                rng.choice(LEVELS),
                ";".join(rng.sample(SKILLS, 3)) + ";" if role != "Mentee" else None,
                ";".join(rng.sample(SKILLS, 3)) + ";" if role != "Mentor" else None,
                ", ".join(rng.sample(("Running", "Chess", "Cooking", "Music", "Travel"), 2)),
                ", ".join(rng.sample(LANGUAGES, 2)),
                rng.choice(("Milan", "Sofia", "London", "Remote")),
                "Mon morning; Thu afternoon",
                str(rng.randint(1, 3)) if role != "Mentee" else None,
                "I have been with the company for a few years and like helping people grow.",
            )
        )
    book.save(path)


def bare_read(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    book.get_sheet_by_index(0).to_python()


class GcWatch:
    """Time spent in the cyclic garbage collector while active, with the collections run."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = [0, 0, 0]  # by generation; 2 is a full collection
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start
            self.collections[info["generation"]] += 1

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self)


def whole_import(path: Path, folder: Path, n: int) -> dict[str, float]:
    """One import into a new program file, timed phase by phase; ``gc <phase>`` is the time
    the garbage collector took in it, ``gc runs`` and ``gc full`` how often it ran."""
    times: dict[str, float] = {}
    cpu = time.process_time()
    with GcWatch() as watch:
        clock = [time.perf_counter(), 0.0]  # when the phase began, the gc time until then

        def lap(name: str) -> None:
            times[name] = time.perf_counter() - clock[0]
            times[f"gc {name}"] = watch.seconds - clock[1]
            clock[:] = [time.perf_counter(), watch.seconds]

        start = clock[0]
        workbook = read_workbook(path)
        lap("read")
        plan = guess_plan(workbook)
        lap("guess")
        with Store.create(folder / f"import {n}.mentordesk", Program(name="Benchmark")) as store:
            clock[:] = [time.perf_counter(), watch.seconds]
            result = preview(store, workbook, plan)
            lap("preview")
            apply(store, result)
            lap("write")
            assert store.counts().participants == result.count(Action.NEW)
        times["total"] = time.perf_counter() - start
    times["cpu"] = time.process_time() - cpu
    times["gc"] = watch.seconds
    times["gc runs"] = sum(watch.collections)
    times["gc full"] = watch.collections[2]
    return times


def median(action: Callable[[], object]) -> tuple[float, float]:
    """The median wall-clock and CPU time of ``action``."""
    times, cpu = [], []
    for _ in range(RUNS):
        start, cpu_start = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return statistics.median(times), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, help="one roster size only (default 10,000 and 50,000)")
    parser.add_argument("--profile", action="store_true", help="print cProfile of one import")
    options = parser.parse_args(argv)
    sizes: tuple[tuple[int, float], ...] = ((10_000, 0.5), (50_000, 2.0))
    if options.rows:
        sizes = ((options.rows, dict(sizes).get(options.rows, 0.5 * options.rows / 10_000)),)
    with tempfile.TemporaryDirectory(prefix="mentordesk-import-") as tmp:
        folder = Path(tmp)
        for rows, target in sizes:
            roster = folder / f"roster {rows}.xlsx"
            write_roster(roster, rows)
            bare_read(roster)  # warm the disk cache for both
            base, base_cpu = median(lambda roster=roster: bare_read(roster))  # type: ignore[misc]
            runs = [whole_import(roster, folder, rows * 10 + n) for n in range(RUNS)]
            phases = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            total = phases["total"]
            print(f"{rows:,} rows x {len(HEADERS)} columns ({roster.stat().st_size / 1e6:.1f} MB)")
            print(f"  baseline: calamine bare read       {base:6.3f} s")
            print(
                f"  MentorDesk import, whole           {total:6.3f} s   ratio {total / base:4.1f}x"
                f"   target <= {target} s: {'PASS' if total <= target else 'MISS'}"
                + (f", <= 4x: {'PASS' if total <= 4 * base else 'MISS'}" if rows == 10_000 else "")
            )
            names = ("read", "guess", "preview", "write")
            print("    " + ", ".join(f"{k} {phases[k]:.3f} s" for k in names))
            print(
                f"    CPU time: import {phases['cpu']:.3f} s, bare read {base_cpu:.3f} s,"
                f" ratio {phases['cpu'] / base_cpu:.1f}x"
            )
            print(
                f"    garbage collector {phases['gc']:.3f} s"
                f" ({phases['gc runs']:.0f} runs, {phases['gc full']:.0f} full): "
                + ", ".join(f"{k} {phases['gc ' + k]:.3f} s" for k in names)
            )
            if options.profile:
                profile = cProfile.Profile()
                profile.runcall(whole_import, roster, folder, rows * 10 + RUNS)
                stats = pstats.Stats(profile)
                stats.sort_stats("tottime").print_stats(25)
                stats.sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
