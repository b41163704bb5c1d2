"""Kill harness: run an operation on a program file in a child process, kill it with SIGKILL
at a random moment, and check the file each time.

    python3 tests/safety/kill_harness.py --kills 50          # the full run (README.md)
    python3 tests/safety/kill_harness.py --kills 5 --ops edits

Each check: the file opens with ``Store.open``, ``PRAGMA integrity_check`` is ok,
``PRAGMA foreign_key_check`` is empty, and the operation happened wholly or not at all.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make ``tests`` and ``mentordesk`` importable
    sys.path.insert(0, str(ROOT))

from mentordesk.model.schema import SCHEMA_VERSION  # noqa: E402
from mentordesk.model.store import Store  # noqa: E402
from tests.safety import workloads as w  # noqa: E402

SEED = 8


@dataclass(frozen=True)
class Sizes:
    rows: int = 5000  # roster rows imported
    people: int = 20000  # participants in the version-1 file
    side: int = 600  # mentors and mentees matched
    edits: int = 300  # edits per child


FULL = Sizes()
QUICK = Sizes(rows=1000, people=4000, side=150, edits=60)


# -- the child -----------------------------------------------------------------------------------


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def child(op: str, db: Path, extra: str) -> None:
    """Run one operation on ``db``; "START" once only the operation itself is left to do."""
    if op == "import":
        from mentordesk.model.roster_apply import apply
        from mentordesk.model.roster_import import preview
        from mentordesk.model.roster_plan import guess_plan
        from mentordesk.model.sheets import read_workbook

        with Store.open(db) as store:
            book = read_workbook(extra)
            result = preview(store, book, guess_plan(book))
            _say("START")
            apply(store, result)
        _say("DONE")
    elif op == "migration":
        import mentordesk.model.programfile  # noqa: F401  (imports are not what is measured)

        _say("START")
        Store.open(db).close()
        _say("DONE")
    elif op == "match":
        from mentordesk.model.board import Board
        from mentordesk.model.domain import Changes

        with Store.open(db) as store:
            edit, proposals = Board(store, w.TODAY).auto_match()
            assert len(proposals) == int(extra), len(proposals)
            _say("START")
            with store.batch(Changes(pairs=True)):  # as the board's BoardEdit runs it
                edit.run(store)
        _say("DONE")
    elif op == "edits":
        with Store.open(db) as store:
            _say("START")
            w.run_edits(store, SEED, int(extra), lambda n: _say(f"C {n}"))
        _say("DONE")
    else:
        raise SystemExit(f"unknown operation {op}")


# -- the operations, as the parent sees them ----------------------------------------------------


@dataclass
class Operation:
    name: str
    template: Path
    extra: str = ""
    #: Checks a killed child's file (open by raw sqlite3) given its stdout; the problem, or "".
    check: Callable[[sqlite3.Connection, list[str]], str] = lambda conn, out: ""
    duration: float = 0.0
    facts: dict[str, Any] = field(default_factory=dict)


def _facts_of(path: Path, read: Callable[[sqlite3.Connection], Any]) -> Any:
    with closing(sqlite3.connect(path)) as conn:
        return read(conn)


def prepare(folder: Path, names: list[str], sizes: Sizes) -> list[Operation]:
    ops: list[Operation] = []
    if "import" in names:
        db, book = w.build_import(folder, sizes.rows)
        before = _facts_of(db, w.import_state)
        op = Operation("import", db, str(book))
        op.facts["before"] = before

        def check_import(conn: sqlite3.Connection, out: list[str], op: Operation = op) -> str:
            state = w.import_state(conn)
            done = op.facts.get("after")
            return "" if state in (op.facts["before"], done) else f"partial import: {state}"

        op.check = check_import
        ops.append(op)
    if "migration" in names:
        db = w.build_v1(folder, sizes.people)
        op = Operation("migration", db)

        def check_migration(conn: sqlite3.Connection, out: list[str], op: Operation = op) -> str:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            state = w.digest(conn)
            expected = {1: op.facts["v1"], SCHEMA_VERSION: op.facts.get("new")}
            if version not in expected:
                return f"file at version {version}"
            if state != expected[version]:
                return f"version {version} with other data than expected"
            return ""

        op.check = check_migration
        with closing(sqlite3.connect(db)) as conn:
            op.facts["v1"] = w.digest(conn)
        ops.append(op)
    if "match" in names:
        op = Operation("match", w.build_match(folder, sizes.side), str(sizes.side))

        def check_match(conn: sqlite3.Connection, out: list[str], op: Operation = op) -> str:
            state = w.proposed(conn)
            full = op.facts.get("after")
            return "" if state in ((0, 0, 0), full) else f"partial auto-match: {state}"

        op.check = check_match
        ops.append(op)
    if "edits" in names:
        db = w.build_edits(folder)
        op = Operation("edits", db, str(sizes.edits))
        # The file after each number of edits, made here in the same order as in the child.
        replay = folder / "replay.mentordesk"
        shutil.copy(db, replay)
        digests: list[str] = []
        with Store.open(replay) as store:
            digests.append(w.digest(store.conn))
            w.run_edits(store, SEED, sizes.edits, lambda n: digests.append(w.digest(store.conn)))
        op.facts["digests"] = digests

        def check_edits(conn: sqlite3.Connection, out: list[str], op: Operation = op) -> str:
            reported = max((int(line[2:]) for line in out if line.startswith("C ")), default=0)
            state = w.digest(conn)
            digests = op.facts["digests"]
            # The edit in flight may have committed before it could say so.
            allowed = digests[reported : reported + 2]
            if state in allowed:
                op.facts.setdefault("seen", []).append(digests.index(state, reported))
                return ""
            where = digests.index(state) if state in digests else None
            return f"after {reported} edits the file is at edit {where} (or none)"

        op.check = check_edits
        ops.append(op)
    return ops


# -- the parent ----------------------------------------------------------------------------------


def _start(op: Operation, db: Path) -> subprocess.Popen[str]:
    code = (
        "import sys; from tests.safety.kill_harness import child; "
        "child(sys.argv[1], __import__('pathlib').Path(sys.argv[2]), sys.argv[3])"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, op.name, str(db), op.extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_start(proc: subprocess.Popen[str]) -> float:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "START":
        proc.kill()
        raise RuntimeError(
            f"child did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        )
    return time.perf_counter()


def measure(op: Operation, folder: Path) -> None:
    """Run the operation to its end once: its duration, and the file it leaves."""
    db = folder / f"measure-{op.name}.mentordesk"
    _copy(op.template, db)
    proc = _start(op, db)
    started = _wait_for_start(proc)
    out, err = proc.communicate()
    op.duration = time.perf_counter() - started
    if proc.returncode != 0 or "DONE" not in out:
        raise RuntimeError(f"{op.name} failed without a kill:\n{err}")
    with closing(sqlite3.connect(db)) as conn:
        if op.name == "import":
            op.facts["after"] = w.import_state(conn)
        if op.name == "migration":
            op.facts["new"] = w.digest(conn)
        if op.name == "match":
            op.facts["after"] = w.proposed(conn)
        if op.name == "edits":
            assert w.digest(conn) == op.facts["digests"][-1], "the edit stream is not repeatable"


def _copy(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, target)


def file_problem(db: Path) -> str:
    """The first thing wrong with the file as a program file, or ""."""
    try:
        with Store.open(db) as store:
            if store.integrity_problems():
                return f"integrity_check: {store.integrity_problems()[:3]}"
            orphans = store.conn.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                return f"foreign_key_check: {[tuple(r) for r in orphans[:3]]}"
    except Exception as exc:  # any failure to open is what this harness looks for
        return f"Store.open: {type(exc).__name__}: {exc}"
    return ""


@dataclass
class Tally:
    kills: int = 0
    finished: int = 0  # the child ended before the kill landed
    sound: int = 0
    partial: int = 0
    problems: list[str] = field(default_factory=list)


def kill_once(op: Operation, folder: Path, rng: random.Random, tally: Tally, n: int) -> None:
    db = folder / f"kill-{op.name}-{n}.mentordesk"
    _copy(op.template, db)
    proc = _start(op, db)
    started = _wait_for_start(proc)
    delay = rng.uniform(0, op.duration)
    time.sleep(max(0.0, delay - (time.perf_counter() - started)))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        tally.kills += 1
    else:
        tally.finished += 1
        # The measured run was slower than this one: aim the next kills earlier.
        op.duration = min(op.duration, time.perf_counter() - started)
    out, _err = proc.communicate()
    lines = out.splitlines()
    # The check of the operation first, on the file as the kill left it (raw SQLite replays
    # a committed WAL and drops an uncommitted one, as the app will).
    with closing(sqlite3.connect(db)) as conn:
        partial = op.check(conn, lines)
    problem = file_problem(db)
    if problem:
        tally.problems.append(f"{op.name} #{n} at {delay:.3f}s: {problem}")
    else:
        tally.sound += 1
    if partial:
        tally.partial += 1
        tally.problems.append(f"{op.name} #{n} at {delay:.3f}s: {partial}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for extra in folder.glob(f"kill-{op.name}-{n}*"):
        extra.unlink(missing_ok=True)
    for extra in folder.glob(f".kill-{op.name}-{n}*"):
        extra.unlink(missing_ok=True)


OPS = ("import", "migration", "match", "edits")


def run(
    kills: int,
    names: list[str],
    sizes: Sizes = FULL,
    seed: int = 0,
    say: Callable[[str], None] = print,
) -> dict[str, Tally]:
    """Kill each operation ``kills`` times (a child that ends before its kill does not count;
    at most twice as many tries)."""
    rng = random.Random(seed)
    results: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="mentordesk-kill-") as tmp:
        folder = Path(tmp)
        for op in prepare(folder, names, sizes):
            measure(op, folder)
            say(f"{op.name}: runs {op.duration:.2f} s; killing it {kills} times")
            tally = results[op.name] = Tally()
            n = 0
            while tally.kills < kills and n < 2 * kills:
                kill_once(op, folder, rng, tally, n)
                n += 1
            if op.name == "edits" and op.facts.get("seen"):
                seen = op.facts["seen"]
                say(f"  edits committed when killed: {min(seen)}..{max(seen)} of {sizes.edits}")
    return results


def table(results: dict[str, Tally]) -> str:
    lines = [
        f"{'operation':<10} {'kills':>6} {'ended first':>12} {'files sound':>12} {'partial':>8}"
    ]
    for name, t in results.items():
        lines.append(f"{name:<10} {t.kills:>6} {t.finished:>12} {t.sound:>12} {t.partial:>8}")
    for t in results.values():
        lines += [f"  ! {p}" for p in t.problems]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50, help="kills per operation")
    parser.add_argument("--ops", nargs="+", choices=OPS, default=list(OPS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="the small files CI uses")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run(args.kills, args.ops, QUICK if args.quick else FULL, args.seed)
    print(table(results))
    print(f"{time.perf_counter() - started:.0f} s")
    bad = any(t.partial or t.problems for t in results.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
