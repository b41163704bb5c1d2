"""Startup benchmark: process start to the main window shown (first painted) on the demo file.

Run from the repository root: ``python3 benchmarks/startup.py [--runs 5]``.

Each figure is the wall clock, measured here with ``time.perf_counter``, from just before a
fresh interpreter is started to the moment that child prints its marker line, which it does
right after the main window's first complete paint (see ``_shown.py``). The baseline is a
bare PySide6 window holding a small table, measured in the same run, interleaved with the app
runs so both see the same machine load. The children get a private HOME, XDG folders and
matplotlib cache, so the user's settings, recent files and logs are never touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from mentordesk.model.demo import write_demo  # noqa: E402 (needs the path above)

TARGET_S = 1.0
MARKER = "BENCH-SHOWN"


def child_env(home: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, a fixed locale, a private home.

    Bytecode is cached in the scratch folder, as an installed app (wheel or bundle) has its
    ``.pyc`` files, even when this shell sets PYTHONDONTWRITEBYTECODE; nothing is written
    next to the sources.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LANG"] = "C.UTF-8"
    env["HOME"] = str(home)
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("MPLCONFIGDIR", "mpl"),
        ("PYTHONPYCACHEPREFIX", "pycache"),
    ):
        (home / sub).mkdir(exist_ok=True)
        env[name] = str(home / sub)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def no_bytecode_env(env: dict[str, str]) -> dict[str, str]:
    """Like ``env``, but MentorDesk's modules are compiled at every start (a source checkout
    run with PYTHONDONTWRITEBYTECODE=1)."""
    env = dict(env)
    del env["PYTHONPYCACHEPREFIX"]
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def time_child(args: list[str], env: dict[str, str], scratch: Path) -> tuple[float, str]:
    """Seconds from just before the child starts to its marker line, and the marker's detail."""
    errors = scratch / "child-stderr.txt"
    with errors.open("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert child.stdout is not None
        elapsed, detail = None, ""
        for line in child.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - start
                detail = line[len(MARKER) :].strip()
                break
        child.stdout.read()
        code = child.wait(timeout=60)
        if elapsed is None or code != 0:
            err.seek(0)
            raise RuntimeError(
                f"{' '.join(args)} exited with {code} before showing its window:\n{err.read()}"
            )
    return elapsed, detail


def _fmt(times: list[float]) -> str:
    return " ".join(f"{t:.3f}" for t in times)


def _row(label: str, times: list[float], base: float | None = None) -> None:
    median = statistics.median(times)
    ratio = f"   ratio {median / base:.2f}x" if base else ""
    print(f"  {label:38s}: {median:6.3f} s{ratio}   runs: {_fmt(times)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per case (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        home.mkdir()
        env = child_env(home)
        demo = scratch / "Northwind demo.mentordesk"
        write_demo(demo)

        app_child = str(HERE / "_app_child.py")
        cases = {
            "baseline": ([str(HERE / "_baseline_child.py")], env),
            "app": ([app_child, str(demo)], env),
            "app --demo": ([app_child, "--demo"], env),
            "app, no bytecode": ([app_child, str(demo)], no_bytecode_env(env)),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for n in range(options.warmup + options.runs):
            # Interleaved, so a burst of load elsewhere on the machine hits every case alike.
            for name, (args, case_env) in cases.items():
                elapsed, detail = time_child(args, case_env, scratch)
                if name.startswith("app") and detail != "page=overviewPage":
                    raise RuntimeError(f"{name}: the program did not open ({detail})")
                if n >= options.warmup:
                    times[name].append(elapsed)

    base = statistics.median(times["baseline"])
    app = statistics.median(times["app"])
    verdict = "PASS" if app <= TARGET_S else "MISS"
    print(
        f"Startup to first paint of the main window; median of {options.runs} runs after "
        f"{options.warmup} warm-up; QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; "
        f"{os.cpu_count()} CPUs; {sys.executable}"
    )
    _row("baseline, bare PySide6 window + table", times["baseline"])
    _row("MentorDesk on the demo file", times["app"])
    print(f"  {'ratio MentorDesk / baseline':38s}: {app / base:6.2f}x")
    print(f"  {f'target <= {TARGET_S:.1f} s':38s}: {verdict}")
    _row("(informational) mentordesk --demo", times["app --demo"], base)
    _row("(informational) no .pyc for the app", times["app, no bytecode"], base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
