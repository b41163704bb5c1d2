"""Matching benchmark: compatibility scores plus the assignment, against mentor-match and scipy.

Run from the repository root: ``python3 benchmarks/matching.py`` (about 1–2 minutes).

1. **mentor-match** (``pip install mentor-match==7.0.1``; Munkres from the ``munkres``
   package) on the civil-service rosters ``../shared/fixtures/real/civil-service-large-*.csv``
   (500 mentors × 500 mentees), one round, run the way its README says:
   ``process.conduct_matching_from_file(folder, rules=[[...]])`` over a folder holding
   ``mentors.csv`` and ``mentees.csv``. Its ``Person`` needs the grade as a number and the
   e-mail under ``email`` (without it every pair counts as "the same person"), so the rosters
   are copied with those two columns munged, outside the timing. Its rules, equivalent to
   MentorDesk's settings below: ``Disqualify`` same organisation, ``Disqualify`` unless the
   mentor is 1 or 2 grades above, ``Grade`` 3 points for a mentor above, ``Equivalent``
   profession 4 points. It runs in a child process (once with the munkres package as
   installed, once with ``PALDITA_NO_NATIVE=1`` when that package is the 3.x fork with an
   optional C kernel), and the faster run is the one compared. pip resolves munkres 3.0.0 (a
   2026 fork, not the original 1.1.4); mentor-match's costs (``sys.maxsize - score``) are
   beyond that kernel's integer range, so both runs end in its pure-Python solver.

   MentorDesk imports the same two files with the roster import (``read_workbook``,
   ``guess_plan`` with the profession column mapped to interests, ``preview``, ``apply``) into
   a program whose career levels are the grades AA < AO < EO < HEO < SEO < Grade 7 < Grade 6 <
   SCS1 < SCS2 < SCS3 < SCS4, organisation → department. Settings: weights level 3 and
   interests 4 (nothing else), mentor 1–2 levels above as a hard constraint
   (``require_level_gap``), same department forbidden. Its score is then 100/7 × mentor-match's
   (3 or 7), so both totals are reported on MentorDesk's score matrix and on mentor-match's own
   rule points. The figure is scores plus assignment (median of 5); the import is shown apart.

2. **Generated programs** of 1,000 × 1,000 and 2,000 × 2,000 (fixed seed, capacity 1, default
   settings): scores, assignment, and both, each the median of 5 with the string caches
   cleared before each run, the runs interleaved. Baselines on the same score matrix: the
   dense solve ``assign`` used before the sparse path (``assignment._SPARSE_FROM`` raised out
   of reach) and scipy's bare ``linear_sum_assignment``. Targets from the issue: both within
   100 ms and 0.5 s.

The assignment is ``mentordesk.model.matching.assign`` when that module is there, else
scipy's ``linear_sum_assignment`` over capacity slots (the line printed says which).
"""

from __future__ import annotations

import csv
import json
import operator
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is called matching.py, like mentor-match's package: never import it as that.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

REAL = next(
    (
        Path(c)
        for c in (
            os.environ.get("MENTORDESK_REAL_ROSTERS", ""),
            str(ROOT.parent / "shared" / "fixtures" / "real"),
            "/work/shared/fixtures/real",
        )
        if c and Path(c, "SOURCES.md").is_file()
    ),
    ROOT.parent / "shared" / "fixtures" / "real",
)
GRADES = ("AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1", "SCS2", "SCS3", "SCS4")
RUNS = 5
SEED = 20261123


def median_time(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        cold()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold() -> None:
    """Forget the strings seen by an earlier run, so each run starts as the first one does."""
    from mentordesk.model import compatibility

    compatibility._key.cache_clear()
    compatibility._keys.cache_clear()


# -- the assignment ----------------------------------------------------------------------------


Assigner = Callable[[Any], list[tuple[int, int]]]


def assigner(maximise_matched: bool = True) -> tuple[Assigner, str]:
    """``assign(scores) -> pairs`` and the name of what it uses."""
    try:
        from mentordesk.model.matching import assign
    except ImportError:

        def slots(s: Any) -> list[tuple[int, int]]:
            return _slots(s, maximise_matched)

        return slots, "scipy linear_sum_assignment over capacity slots (no matching.py yet)"

    def run(s: Any) -> list[tuple[int, int]]:
        found = assign(s.score, s.eligible, s.capacity, maximise_matched=maximise_matched)
        return list(found.pairs)

    return run, "mentordesk.model.matching.assign (sparse solve and certificate, else dense)"


def _slots(s: Any, maximise_matched: bool) -> list[tuple[int, int]]:
    """Rows repeated once per place left; more matched first (a bonus per pair larger than
    any difference in score), then the highest total."""
    from scipy.optimize import linear_sum_assignment

    owner = np.repeat(np.arange(len(s.rows)), s.capacity)
    bonus = 200.0 * min(len(owner), len(s.columns)) + 1 if maximise_matched else 0.0
    weight = np.where(s.eligible[owner], s.score[owner] + bonus, 0.0)
    slot, column = linear_sum_assignment(weight, maximize=True)
    keep = s.eligible[owner[slot], column]
    return list(zip(owner[slot][keep].tolist(), column[keep].tolist(), strict=True))


# -- 1. mentor-match on the civil-service rosters -----------------------------------------------


def munge_for_mentor_match(folder: Path) -> None:
    """The rosters as mentor-match reads them: ``mentors.csv``/``mentees.csv``, grade as a
    number, ``email`` for ``email address``."""
    for role in ("mentor", "mentee"):
        with (REAL / f"civil-service-large-{role}s.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        rename = {"email address": "email"}
        with (folder / f"{role}s.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, [rename.get(k, k) for k in rows[0]])
            writer.writeheader()
            for row in rows:
                out = {rename.get(k, k): v for k, v in row.items()}
                out["grade"] = str(GRADES.index(row["grade"]))
                writer.writerow(out)


def mentor_match_child(folder: Path) -> None:
    """One round of mentor-match (run in a child process); prints JSON."""
    try:
        import munkres  # type: ignore[import-untyped]
        from matching import process  # type: ignore[import-not-found]
        from matching.rules.rule import (  # type: ignore[import-not-found]
            Disqualify,
            Equivalent,
            Grade,
        )
    except ImportError as error:
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        return
    rules = [
        [
            Disqualify(lambda m: m.mentor.organisation == m.mentee.organisation),
            Disqualify(lambda m: not 1 <= m.mentor.grade - m.mentee.grade <= 2),
            Grade(0, operator.gt, {True: 3, False: 0}),
            Equivalent("profession", {True: 4, False: 0}),
        ]
    ]
    start = time.perf_counter()
    mentors, _mentees = process.conduct_matching_from_file(folder, rules)
    seconds = time.perf_counter() - start
    status = getattr(munkres, "native_status", lambda: None)()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "pairs": [[m.email, e.email] for m in mentors for e in m.mentees],
                "munkres": getattr(munkres, "__version__", "?"),
                "native": bool(status and status.get("available")),
            }
        )
    )


def run_mentor_match(folder: Path, no_native: bool) -> dict[str, Any]:
    env = dict(os.environ)
    if no_native:
        env["PALDITA_NO_NATIVE"] = "1"
    done = subprocess.run(
        [sys.executable, __file__, "--mentor-match-child", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def import_civil_service() -> tuple[list[Any], list[Any], tuple[str, ...]]:
    """Mentors and mentees of the two rosters, through MentorDesk's roster import."""
    from mentordesk.model.domain import Program
    from mentordesk.model.roster_import import preview

    try:
        from mentordesk.model.roster_apply import apply
    except ImportError:  # before the import was split in two modules
        from mentordesk.model.roster_import import apply  # type: ignore[attr-defined,no-redef]
    from mentordesk.model.roster_plan import guess_plan
    from mentordesk.model.roster_vocabulary import Target
    from mentordesk.model.sheets import read_workbook
    from mentordesk.model.store import Store

    emails: dict[str, set[str]] = {}
    with Store.in_memory(Program(name="Civil service", career_levels=GRADES)) as store:
        for role in ("mentor", "mentee"):
            workbook = read_workbook(REAL / f"civil-service-large-{role}s.csv")
            plan = guess_plan(workbook)
            (sheet,) = plan.sheets
            for column in sheet.columns:
                if column.header == "profession":
                    column.target = Target.INTERESTS  # "same profession scores higher"
            result = preview(store, workbook, plan)
            apply(store, result)
            emails[role] = {o.result.email for o in result.outcomes if o.result}
        people = store.participants()
        levels = store.program().career_levels
    mentors = [p for p in people if p.email in emails["mentor"]]
    mentees = [p for p in people if p.email in emails["mentee"]]
    return mentors, mentees, levels


def their_points(mentor: dict[str, str], mentee: dict[str, str]) -> int:
    """mentor-match's score for one pair under the rules above (0 when disqualified)."""
    gap = GRADES.index(mentor["grade"]) - GRADES.index(mentee["grade"])
    if mentor["organisation"] == mentee["organisation"] or not 1 <= gap <= 2:
        return 0
    return 3 + (4 if mentor["profession"] == mentee["profession"] else 0)


def compare_with_mentor_match() -> None:
    from mentordesk.model.compatibility import Criterion, MatchSettings, mentoring_scores

    print("1. mentor-match 7.0.1 vs MentorDesk, civil-service rosters, 500 mentors x 500 mentees")
    if not (REAL / "civil-service-large-mentors.csv").is_file():
        print(f"   rosters not found in {REAL}; set MENTORDESK_REAL_ROSTERS")
        return
    start = time.perf_counter()
    mentors, mentees, levels = import_civil_service()
    import_seconds = time.perf_counter() - start
    settings = MatchSettings(
        weights={Criterion.LEVEL: 3, Criterion.INTERESTS: 4},
        level_gap=(1, 2),
        require_level_gap=True,
        forbid_same_department=True,
    )
    # mentor-match maximises the total score; MentorDesk's default first matches the most people.
    modes = {"highest total": False, "most matched first": True}
    ours: dict[str, tuple[float, list[tuple[int, int]]]] = {}
    scores = mentoring_scores(mentors, mentees, levels, settings)
    for mode, most in modes.items():
        assign, how = assigner(maximise_matched=most)

        def full_run(assign: Assigner = assign) -> list[tuple[int, int]]:
            return assign(mentoring_scores(mentors, mentees, levels, settings))

        ours[mode] = (median_time(full_run), full_run())
    scores_seconds = median_time(lambda: mentoring_scores(mentors, mentees, levels, settings))

    runs = {}
    with tempfile.TemporaryDirectory(prefix="mentordesk-match-") as tmp:
        folder = Path(tmp)
        munge_for_mentor_match(folder)
        runs["munkres as installed"] = run_mentor_match(folder, no_native=False)
        first = runs["munkres as installed"]
        if "error" not in first and first.get("native"):
            runs["PALDITA_NO_NATIVE=1 (pure Python)"] = run_mentor_match(folder, no_native=True)

    print(f"   assignment: {how}")
    print(f"   MentorDesk roster import of both files (not in the figure): {import_seconds:.3f} s")
    print(f"   MentorDesk, median of {RUNS}: scores alone {scores_seconds * 1000:.1f} ms")
    for mode, (seconds, _pairs) in ours.items():
        print(f"   MentorDesk scores + assignment ({mode}): {seconds * 1000:8.1f} ms")
    good = {k: v for k, v in runs.items() if "error" not in v}
    for name, run in runs.items():
        if "error" in run:
            print(f"   mentor-match could not run ({name}): {run['error']}")
        else:
            print(
                f"   mentor-match one round, munkres {run['munkres']}, {name}: "
                f"{run['seconds']:8.3f} s"
            )
    if not good:
        return
    name, theirs_run = min(good.items(), key=lambda kv: kv[1]["seconds"])
    ours_seconds = ours["highest total"][0]
    ratio = theirs_run["seconds"] / ours_seconds
    whole = theirs_run["seconds"] / (ours_seconds + import_seconds)
    print(
        f"   ratio, fastest mentor-match round / MentorDesk (highest total): {ratio:.0f}x"
        f"   target >= 50x: {'PASS' if ratio >= 50 else 'MISS'}"
        f"   (counting MentorDesk's roster import too: {whole:.0f}x)"
    )

    row = {p.email: i for i, p in enumerate(scores.rows)}
    column = {p.email: j for j, p in enumerate(scores.columns)}
    with (REAL / "civil-service-large-mentors.csv").open(encoding="utf-8", newline="") as fh:
        mentor_rows = {r["email address"]: r for r in csv.DictReader(fh)}
    with (REAL / "civil-service-large-mentees.csv").open(encoding="utf-8", newline="") as fh:
        mentee_rows = {r["email address"]: r for r in csv.DictReader(fh)}

    def totals(pairs: Sequence[tuple[int, int]]) -> tuple[int, int, float, int]:
        eligible = [(i, j) for i, j in pairs if scores.eligible[i, j]]
        md = float(sum(scores.score[i, j] for i, j in eligible))
        mm = sum(
            their_points(mentor_rows[scores.rows[i].email], mentee_rows[scores.columns[j].email])
            for i, j in pairs
        )
        return len(pairs), len(pairs) - len(eligible), md, mm

    results = {"mentor-match": totals([(row[a], column[b]) for a, b in theirs_run["pairs"]])}
    results |= {f"MentorDesk, {mode}": totals(pairs) for mode, (_, pairs) in ours.items()}
    print("   the pairs each one chose, scored by the same two functions:")
    print("   " + " " * 32 + "pairs  ineligible  MentorDesk score  mentor-match points")
    for who, (n, bad, md, mm) in results.items():
        print(f"   {who:<30} {n:7d} {bad:11d} {md:17.1f} {mm:20d}")
    best, theirs = results["MentorDesk, highest total"], results["mentor-match"]
    ok = best[2] >= theirs[2] - 1e-6 and best[3] >= theirs[3]
    print(
        f"   MentorDesk (highest total) at least as high on both functions: "
        f"{'PASS' if ok else 'MISS'}"
    )


# -- 2. generated programs ---------------------------------------------------------------------

LEVELS = ("Associate", "Specialist", "Senior", "Lead", "Manager", "Director")
DEPARTMENTS = tuple(f"Department {k}" for k in range(12))
SKILLS = (
    "Python", "Public speaking", "Negotiation", "Leadership", "Excel", "SQL", "Coaching",
    "Project management", "UX research", "Budgeting", "Time management", "Career planning",
    "Cloud architecture", "Data analysis", "Stakeholder management", "Product strategy",
    "Hiring & interviewing", "Conflict resolution", "Presentation skills", "Change management",
    "Financial modelling", "Content writing", "SEO", "Customer onboarding", "Agile coaching",
    "People management", "Machine learning", "Security", "Legal basics", "Design thinking",
    "Sales forecasting", "Procurement", "Writing", "Mentoring others", "Networking",
    "Statistics", "Accessibility", "Testing", "DevOps", "Strategy",
)  # fmt: skip
INTERESTS = tuple(f"Interest {k}" for k in range(20))
LANGUAGES = ("Italian", "Bulgarian", "German", "French", "Spanish", "Hindi")
LOCATIONS = ("Milan", "Sofia", "London", "Berlin", "Remote")
SLOTS = tuple(f"{d} {t}" for d in ("Mon", "Tue", "Wed", "Thu", "Fri") for t in ("am", "pm"))


def generated(n: int) -> tuple[list[Any], list[Any], Any]:
    """``n`` mentors (capacity 1) and ``n`` mentees with realistic, skewed answers."""
    from mentordesk.model.compatibility import Rules
    from mentordesk.model.domain import Participant, ParticipantStatus, Role

    rng = random.Random(SEED + n)
    popular = [1 / (k + 1) for k in range(len(SKILLS))]

    def pick(
        items: Sequence[str], k: int, weights: Sequence[float] | None = None
    ) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rng.choices(items, weights, k=k)))

    def person(pid: int, role: Role, levels: Sequence[str]) -> Participant:
        return Participant(
            first_name=f"P{pid}",
            last_name="Generated",
            email=f"p{pid}@example.org",
            role=role,
            department=rng.choice(DEPARTMENTS),
            career_level=rng.choice(levels),
            skills_offered=pick(SKILLS, rng.randint(3, 5), popular) if role is Role.MENTOR else (),
            skills_wanted=pick(SKILLS, rng.randint(2, 3), popular) if role is Role.MENTEE else (),
            interests=pick(INTERESTS, rng.randint(1, 3)),
            languages=("English",) + pick(LANGUAGES, rng.randint(0, 1)),
            location=rng.choices(LOCATIONS, (3, 3, 3, 2, 2))[0],
            availability=pick(SLOTS, rng.randint(2, 3)),
            capacity=1 if role is Role.MENTOR else 0,
            status=ParticipantStatus.ACTIVE,
            id=pid,
        )

    mentors = [person(k, Role.MENTOR, LEVELS[2:]) for k in range(1, n + 1)]
    mentees = [person(n + k, Role.MENTEE, LEVELS[:4]) for k in range(1, n + 1)]
    rules = Rules(
        never=frozenset(
            frozenset({rng.randint(1, n), rng.randint(n + 1, 2 * n)}) for _ in range(n // 50)
        ),
        prefer=frozenset((rng.randint(n + 1, 2 * n), rng.randint(1, n)) for _ in range(n // 20)),
    )
    return mentors, mentees, rules


def generated_programs() -> None:
    assign, how = assigner()
    print(f"2. Generated programs, default settings, capacity 1, median of {RUNS}")
    print(f"   assignment: {how}")
    print(
        "   size              scores   assignment     both   target   verdict"
        "   | dense solve   bare scipy LSA"
    )
    for n, target in ((1000, 0.100), (2000, 0.500)):
        one_size(n, target, assign)


def dense_assigner() -> Assigner | None:
    """``assign`` with the sparse path switched off: scipy's dense solve, as before it."""
    try:
        from mentordesk.model.matching import assign, assignment
    except ImportError:
        return None

    def run(s: Any) -> list[tuple[int, int]]:
        saved = assignment._SPARSE_FROM
        assignment._SPARSE_FROM = 1 << 62
        try:
            return list(assign(s.score, s.eligible, s.capacity).pairs)
        finally:
            assignment._SPARSE_FROM = saved

    return run


def one_size(n: int, target: float, assign: Assigner) -> None:
    from scipy.optimize import linear_sum_assignment

    from mentordesk.model.compatibility import MatchSettings, mentoring_scores

    settings = MatchSettings()
    mentors, mentees, rules = generated(n)

    def scores() -> Any:
        return mentoring_scores(mentors, mentees, LEVELS, settings, rules)

    matrix = scores()
    dense = dense_assigner() or assign
    # Interleaved, so that a burst of load elsewhere hits every figure alike.
    runs: dict[str, list[float]] = {"scores": [], "assign": [], "both": [], "dense": [], "lsa": []}
    actions: dict[str, Callable[[], object]] = {
        "scores": scores,
        "assign": lambda: assign(matrix),
        "both": lambda: assign(scores()),
        "dense": lambda: dense(matrix),
        "lsa": lambda: linear_sum_assignment(matrix.score, maximize=True),
    }
    for _ in range(RUNS):
        for name, action in actions.items():
            runs[name].append(median_time(action, runs=1))
    t = {name: statistics.median(values) for name, values in runs.items()}
    print(
        f"   {n:,} x {n:,} {t['scores'] * 1000:8.1f} ms {t['assign'] * 1000:9.1f} ms "
        f"{t['both'] * 1000:8.1f} ms   <= {target * 1000:.0f} ms"
        f"   {'PASS' if t['both'] <= target else 'MISS'}"
        f"      | {t['dense'] * 1000:8.1f} ms {t['lsa'] * 1000:11.1f} ms"
    )
    pairs, before = assign(matrix), dense(matrix)
    total = sum(matrix.score[p] for p in pairs)
    same = len(pairs) == len(before) and abs(total - sum(matrix.score[p] for p in before)) < 1e-6
    print(
        f"     {len(pairs):,} pairs, mean score {total / len(pairs):.1f};"
        f" {matrix.eligible.mean():.1%} of combinations eligible; the scores are"
        f" {t['scores'] / t['both']:.0%} of both; assignment {t['dense'] / t['assign']:.1f}x"
        f" faster than the dense solve, same pairs count and total: {'yes' if same else 'NO'}"
    )


def main(argv: Sequence[str]) -> int:
    if len(argv) == 2 and argv[0] == "--mentor-match-child":
        mentor_match_child(Path(argv[1]))
        return 0
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} CPUs")
    compare_with_mentor_match()
    print()
    generated_programs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
