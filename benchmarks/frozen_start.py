"""Start-up of the built app: process start to the main window painted, on the demo file.

Build first (``pyinstaller --noconfirm build.spec``), then from the repository root:
``python3 benchmarks/frozen_start.py [--app dist/MentorDesk/MentorDesk] [--runs 5]``.

Each figure is the wall clock, measured here with ``time.perf_counter``, from just before the
process is started to the moment it prints its marker line, which the app does once its main
window has first painted when given the hidden ``--quit-when-shown`` option (see
``mentordesk.ui.startup_timer.QuitWhenShown``); then it quits. The baseline, measured in the
same run and interleaved with it, is the same start from source: ``python -m mentordesk FILE``. Both
get the private HOME, XDG folders and matplotlib cache of ``startup.py``, so the user's
settings, recent files and logs are never touched.
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

from startup import ROOT, child_env

from mentordesk.model.demo import write_demo

TARGET_S = 1.5
MARKER = "MENTORDESK-SHOWN"


def time_start(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from just before ``argv`` starts to its marker line, and the page it shows."""
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    elapsed, page = None, ""
    for line in child.stdout:
        if line.startswith(MARKER):
            elapsed = time.perf_counter() - start
            page = line[len(MARKER) :].strip()
            break
    _out, errors = child.communicate(timeout=60)
    if elapsed is None or child.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited with {child.returncode} unshown:\n{errors}")
    if page == "page=start":
        raise RuntimeError(f"{argv[0]} showed the start page: the demo file did not open")
    return elapsed, page


def _row(label: str, times: list[float], base: float | None = None) -> None:
    median = statistics.median(times)
    ratio = f"   ratio {median / base:.2f}x" if base else ""
    runs = " ".join(f"{t:.3f}" for t in times)
    print(f"  {label:34s}: {median:6.3f} s{ratio}   runs: {runs}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--app",
        type=Path,
        default=ROOT / "dist" / "MentorDesk" / "MentorDesk",
        help="the built app's executable (default dist/MentorDesk/MentorDesk)",
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs per case (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    options = parser.parse_args()
    if not options.app.is_file():
        parser.error(f"{options.app} does not exist: build it first (pyinstaller build.spec)")

    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = child_env(home)
        demo = str(Path(tmp) / "Northwind demo.mentordesk")
        write_demo(Path(demo))
        cases = {
            "source": [sys.executable, "-m", "mentordesk", demo, "--quit-when-shown"],
            "frozen": [str(options.app.resolve()), demo, "--quit-when-shown"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for n in range(options.warmup + options.runs):
            # Interleaved, so a burst of load elsewhere on the machine hits both alike.
            for name, argv in cases.items():
                elapsed, _page = time_start(argv, env)
                if n >= options.warmup:
                    times[name].append(elapsed)

    source = statistics.median(times["source"])
    frozen = statistics.median(times["frozen"])
    print(
        f"Start to first paint of the main window on the demo file; median of {options.runs} "
        f"runs after {options.warmup} warm-up; QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; "
        f"{os.cpu_count()} CPUs"
    )
    _row("from source (python -m mentordesk)", times["source"])
    _row(f"built app ({options.app.name})", times["frozen"], source)
    print(f"  {f'target <= {TARGET_S:.1f} s':34s}: {'PASS' if frozen <= TARGET_S else 'MISS'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
