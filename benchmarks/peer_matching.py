"""Matching benchmark: peer pairs against networkx's exact blossom, assignment against bare scipy.

Run from the repository root: ``python3 benchmarks/peer_matching.py`` (about 35 s here).

Inputs are random symmetric score matrices with a fixed seed, integer-ish like real scores:
``round(clip(normal(55, 18), 0, 100))``, 8 % of the pairs ineligible, nobody with themselves.

- **Peer pairs** for n = 100, 400, 600, 2,000: ``pair_peers`` (the default heuristic above 60
  people; median of 5, after one warm-up call that imports scipy) against
  ``networkx.max_weight_matching(maxcardinality=True)`` on the same eligible pairs (exact,
  once, in a child process). ``pair_peers`` puts the number of pairs first too, so both solve
  the same problem. The 600 run happens only if the 400 run predicts (cubic scaling) under
  90 s, and is stopped at 90 s. networkx is NOT a dependency of MentorDesk: install it just for
  this (``python3 -m pip install networkx``); without it the exact columns are skipped. For
  every n, half the value of a scipy assignment on the symmetric matrix is printed too: an upper
  bound on any matching, the only reference at 2,000 where the blossom would take hours.
  Targets from the issue: 400 people ≤ 50 ms at ≥ 99.5 % of the exact optimum; 2,000 people
  ≤ 0.5 s.
- **Mentor–mentee assignment** ``assign`` for 1,000 × 1,000 and 2,000 × 2,000 (capacity 1;
  median of 5) against a bare ``scipy.optimize.linear_sum_assignment`` on the same cost matrix
  (built beforehand, not timed). Targets for this module's share: ≤ 100 ms and ≤ 0.3 s (the
  issue's 0.5 s for 2,000 × 2,000 includes computing the scores). A capacity-4 case (500
  mentors, 2,000 mentees) is printed for information.
- **Peer groups** ``form_groups`` for 400 people, size 4 (median of 3), without and with the
  spread rule on a four-valued attribute; printed with the mean score of a pair inside a group
  against the mean score of all eligible pairs.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# The app's modules need the path above.
from mentordesk.model.matching import assign, form_groups, pair_peers  # noqa: E402

SEED = 20261123
BARRED = 0.08
SIZES = (100, 400, 600, 2000)
RUNS = 5
NX_LIMIT_S = 90.0


def pool(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A symmetric, integer-ish score matrix and its eligibility."""
    rng = np.random.default_rng(seed)
    scores = np.triu(np.round(rng.normal(55, 18, (n, n)).clip(0, 100)), 1)
    ok = np.triu(rng.random((n, n)) >= BARRED, 1)
    return scores + scores.T, ok | ok.T


def median_time(action: Callable[[], object], runs: int = RUNS) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def upper_bound(scores: np.ndarray, ok: np.ndarray) -> tuple[int, float]:
    """Half a max-weight assignment on the symmetric matrix (cardinality first): a bound."""
    from scipy.optimize import linear_sum_assignment

    bonus = 1e6
    cost = np.where(ok, -(scores + bonus), 0.0)
    rows, cols = linear_sum_assignment(cost)
    keep = ok[rows, cols]
    return int(keep.sum()) // 2, float(scores[rows, cols][keep].sum()) / 2


def _networkx_child(scores: np.ndarray, ok: np.ndarray, conn: Any) -> None:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(len(scores)))
    iu, ju = np.nonzero(np.triu(ok, 1))
    graph.add_weighted_edges_from(
        (int(i), int(j), float(scores[i, j])) for i, j in zip(iu, ju, strict=True)
    )
    start = time.perf_counter()
    found = nx.max_weight_matching(graph, maxcardinality=True)
    elapsed = time.perf_counter() - start
    conn.send((elapsed, len(found), float(sum(scores[i, j] for i, j in found))))


def networkx_exact(scores: np.ndarray, ok: np.ndarray, limit: float) -> tuple[float, int, float]:
    """(seconds, pairs, total) from networkx in a child process; raises TimeoutError."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_networkx_child, args=(scores, ok, child))
    proc.start()
    try:
        if not parent.poll(limit + 5.0):  # + the child's start and graph building
            raise TimeoutError
        result: tuple[float, int, float] = parent.recv()
        return result
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()


def have_networkx() -> str | None:
    try:
        import networkx
    except ImportError:
        return None
    return str(networkx.__version__)


def peer_pairs() -> None:
    nx_version = have_networkx()
    print("== Peer pairs: pair_peers (heuristic above 60 people) vs networkx exact blossom ==")
    if nx_version:
        print(f"networkx {nx_version} (benchmark only, not a MentorDesk dependency)")
    else:
        print("networkx is not installed: exact reference skipped (pip install networkx)")
    head = (
        f"{'n':>5} {'pair_peers':>11} {'networkx':>10} {'speed-up':>9} {'pairs':>11} "
        f"{'total':>10} {'% of exact':>11} {'% of bound':>11}"
    )
    print(head)
    pair_peers(*pool(10, 0))  # warm-up: imports scipy
    nx_times: dict[int, float] = {}
    verdicts = []
    for n in SIZES:
        scores, ok = pool(n, SEED + n)
        ours_s, ours = median_time(lambda s=scores, e=ok: pair_peers(s, e))
        bound_pairs, bound = upper_bound(scores, ok)
        exact: tuple[float, int, float] | None = None
        note = ""
        if nx_version and n <= 600:
            predicted = nx_times[400] * (n / 400) ** 3 if n > 400 and 400 in nx_times else 0.0
            if predicted > NX_LIMIT_S:
                note = f"networkx skipped: predicted {predicted:.0f} s > {NX_LIMIT_S:.0f} s"
            else:
                try:
                    exact = networkx_exact(scores, ok, NX_LIMIT_S)
                    nx_times[n] = exact[0]
                except TimeoutError:
                    note = f"networkx stopped after {NX_LIMIT_S:.0f} s"
        nx_col = f"{exact[0]:>9.2f}s" if exact else f"{'-':>10}"
        speed = f"{exact[0] / ours_s:>8.0f}x" if exact else f"{'-':>9}"
        pairs = f"{len(ours.pairs)}/{exact[1] if exact else bound_pairs}"
        pct = f"{100 * ours.total / exact[2]:>10.3f}%" if exact else f"{'-':>11}"
        print(
            f"{n:>5} {ours_s * 1000:>9.1f}ms {nx_col} {speed} {pairs:>11} {ours.total:>10.0f} "
            f"{pct} {100 * ours.total / bound:>10.3f}%"
        )
        if note:
            print(f"      ({note})")
        if n == 400:
            if exact is None:
                quality, verdict = "quality not measured", "NOT MEASURED (no networkx)"
            else:
                quality = f"{100 * ours.total / exact[2]:.3f} %"
                good = ours_s <= 0.050 and ours.total >= 0.995 * exact[2]
                verdict = "PASS" if good else "MISS"
            verdicts.append(
                f"400 people ≤ 50 ms at ≥ 99.5 % of exact: {ours_s * 1000:.1f} ms, {quality} "
                f"-> {verdict}"
            )
        if n == 2000:
            verdicts.append(
                f"2,000 people ≤ 0.5 s: {ours_s:.3f} s -> {'PASS' if ours_s <= 0.5 else 'MISS'}"
            )
    for line in verdicts:
        print(line)
    small, small_ok = pool(100, SEED + 100)
    exact_s, exact_ours = median_time(lambda: pair_peers(small, small_ok, exact_below=10**9))
    heur = pair_peers(small, small_ok)
    print(
        f"pair_peers' own exact mode (LP with odd-set cuts) at 100 people: {exact_s * 1000:.0f} ms,"
        f" total {exact_ours.total:.0f}; the heuristic reaches "
        f"{100 * heur.total / exact_ours.total:.3f} % of it"
    )
    print()


def assignment() -> None:
    from scipy.optimize import linear_sum_assignment

    print("== Mentor–mentee assignment: assign (capacity 1) vs bare linear_sum_assignment ==")
    print(f"{'size':>13} {'assign':>10} {'bare scipy':>11} {'ratio':>7} {'pairs':>6}  target")
    rng = np.random.default_rng(SEED)
    for n, target in ((1000, 0.100), (2000, 0.300)):
        scores = np.round(rng.normal(55, 18, (n, n)).clip(0, 100))
        ok = rng.random((n, n)) >= BARRED
        capacity = np.ones(n, dtype=int)
        assign(scores[:5, :5], ok[:5, :5], capacity[:5])  # warm-up
        cost = np.where(ok, -(scores + 1e6), 0.0)
        ours_s, ours = median_time(lambda s=scores, e=ok, c=capacity: assign(s, e, c))
        bare_s, _ = median_time(lambda c=cost: linear_sum_assignment(c))
        verdict = "PASS" if ours_s <= target else "MISS"
        print(
            f"{n:>6} x {n:<5} {ours_s * 1000:>8.0f}ms {bare_s * 1000:>9.0f}ms "
            f"{ours_s / bare_s:>6.2f}x {len(ours.pairs):>6}  ≤ {target * 1000:.0f} ms {verdict}"
        )
    scores = np.round(rng.normal(55, 18, (500, 2000)).clip(0, 100))
    ok = rng.random((500, 2000)) >= BARRED
    cap_s, result = median_time(lambda: assign(scores, ok, np.full(500, 4)))
    print(
        f"   500 x 2000, capacity 4 (2,000 slots): {cap_s * 1000:.0f} ms, "
        f"{len(result.pairs)} pairs (information)"
    )
    print()


def groups() -> None:
    print("== Peer groups: form_groups, 400 people, size 4 ==")
    scores, ok = pool(400, SEED + 4)
    rng = np.random.default_rng(SEED)
    attribute = [str(v) for v in rng.choice(["Sales", "Legal", "Design", "Data"], 400)]
    mean_pair = float(scores[ok].mean())
    for balance in ("none", "spread"):
        seconds, result = median_time(
            lambda b=balance: form_groups(
                scores, ok, 4, attribute=attribute if b != "none" else None, balance=b
            ),
            runs=3,
        )
        pairs = [(i, j) for g in result for i, j in itertools.combinations(g, 2)]
        inside = float(np.mean([scores[i, j] for i, j in pairs]))
        barred = sum(not ok[i, j] for i, j in pairs)
        alone = sum(
            1
            for g in result
            for v in {attribute[p] for p in g}
            if [attribute[p] for p in g].count(v) == 1
        )
        print(
            f"balance={balance:<6} {seconds * 1000:>6.0f} ms  {len(result)} groups, "
            f"mean pair score in a group {inside:.1f} vs {mean_pair:.1f} over all pairs, "
            f"ineligible pairs in groups {barred}, people alone with their value {alone}"
        )
    print()


def main() -> None:
    started = time.perf_counter()
    print(f"seed {SEED}, {int(BARRED * 100)} % of pairs ineligible, median of {RUNS} unless noted")
    print()
    peer_pairs()
    assignment()
    groups()
    print(f"benchmark ran in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
