"""Peer pairs from one pool: exact for small pools, an assignment repaired into pairs above."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from ._arrays import (
    Assignment,
    BoolArray,
    FloatArray,
    Pair,
    as_assignment,
    checked_pairs,
    lsa,
    pair_bonus,
    square,
)
from .peer_search import greedy_pairs, improve_pairs

_LP_ROUNDS = 60  # exact peer pairs: rounds of odd-set cuts before the integer program takes over


def pair_peers(
    scores: npt.ArrayLike,
    eligible: npt.ArrayLike,
    *,
    fixed: Sequence[tuple[int, int]] = (),
    exact_below: int = 60,
) -> Assignment:
    """Pairs from one pool: as many pairs as possible, then the highest total score.

    Exact (a linear program with odd-set cuts) when fewer than ``exact_below`` people are free;
    otherwise a heuristic: an assignment on the symmetric matrix, repaired into pairs and
    improved by swapping partners (see _heuristic_pairs). ``fixed`` pairs are kept as they are
    (even if ineligible) and count in ``total``. Pairs are ``(i, j)`` with ``i < j``.
    """
    s, ok = square(scores, eligible)
    n = len(s)
    locked = checked_pairs(fixed, n, n, peers=True)
    busy = np.zeros(n, dtype=bool)
    for i, j in locked:
        busy[[i, j]] = True
    free = np.flatnonzero(~busy)
    if len(free) < n:
        s_free, ok_free = s[np.ix_(free, free)], ok[np.ix_(free, free)]
    else:
        s_free, ok_free = s, ok
    local = _match_pool(s_free, ok_free, exact=len(free) < exact_below)
    found = [(int(free[i]), int(free[j])) for i, j in local]
    return as_assignment(locked + found, s, peers=True)


def _match_pool(s: FloatArray, ok: BoolArray, *, exact: bool) -> list[Pair]:
    live = np.flatnonzero(ok.any(axis=1))
    if len(live) < 2:
        return []
    if len(live) < len(s):
        s, ok = s[np.ix_(live, live)], ok[np.ix_(live, live)]
    bonus = pair_bonus(s, ok, len(live) // 2)
    pairs = _exact_pairs(s, ok, bonus) if exact else _heuristic_pairs(s, ok, bonus)
    return sorted((int(live[min(i, j)]), int(live[max(i, j)])) for i, j in pairs)


def _exact_pairs(s: FloatArray, ok: BoolArray, bonus: float) -> list[Pair]:
    """Maximum-weight matching as a linear program over the edges.

    The LP with one constraint per person is integral except on odd cycles of half edges; each
    such odd set S gets the cut "at most (|S| - 1) / 2 pairs inside S" and the LP is solved
    again. If that stalls, HiGHS's integer solver (exact, gap 0) finishes with the cuts so far.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp  # type: ignore[import-untyped]
    from scipy.sparse import coo_array  # type: ignore[import-untyped]
    from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

    n = len(s)
    iu, ju = np.nonzero(np.triu(ok, 1))
    m = len(iu)
    cost = -(s[iu, ju] + bonus)
    incidence = coo_array(
        (np.ones(2 * m), (np.concatenate([iu, ju]), np.tile(np.arange(m), 2))), shape=(n, m)
    )
    per_person = LinearConstraint(incidence.tocsr(), -np.inf, 1.0)
    sets: list[tuple[BoolArray, int]] = [(np.ones(n, dtype=bool), n // 2)]

    def solve(integral: bool) -> FloatArray:
        inside = np.array([member[iu] & member[ju] for member, _ in sets], dtype=float)
        limits = np.array([limit for _, limit in sets], dtype=float)
        res = milp(
            cost,
            constraints=[per_person, LinearConstraint(inside, -np.inf, limits)],
            integrality=np.ones(m) if integral else None,
            bounds=Bounds(0.0, 1.0),
            options={"mip_rel_gap": 0.0},
        )
        if res.x is None:  # pragma: no cover - the LP is always feasible and bounded
            raise RuntimeError(f"matching solver failed: {res.message}")
        return np.asarray(res.x, dtype=np.float64)

    x = solve(integral=False)
    for _ in range(_LP_ROUNDS):
        frac = (x > 1e-6) & (x < 1.0 - 1e-6)
        if not frac.any():
            break
        graph = coo_array((np.ones(int(frac.sum())), (iu[frac], ju[frac])), shape=(n, n))
        _, label = connected_components(graph, directed=False)
        touched = np.zeros(n, dtype=bool)
        touched[iu[frac]] = touched[ju[frac]] = True
        added = False
        for comp in np.unique(label[touched]):
            member = label == comp
            size = int(member.sum())
            if size % 2 and x[member[iu] & member[ju]].sum() > (size - 1) / 2 + 1e-6:
                sets.append((member, (size - 1) // 2))
                added = True
        x = solve(integral=not added)
    else:
        if ((x > 1e-6) & (x < 1.0 - 1e-6)).any():  # pragma: no cover - not seen in tests
            x = solve(integral=True)
    return [(int(iu[k]), int(ju[k])) for k in np.flatnonzero(x > 0.5)]


def _heuristic_pairs(s: FloatArray, ok: BoolArray, bonus: float) -> list[Pair]:
    """Assignment on the symmetric matrix, repaired into pairs, improved by partner swaps.

    A permutation of the pool splits into cycles and chains of eligible arcs; the best pairs
    along each are found exactly (dynamic programming on a path or cycle). People left over are
    paired greedily, then swaps between two pairs and moves involving the unmatched run until
    none improves. Half the assignment's value is an upper bound on any matching's total.
    """
    barred = ~ok
    w = s + bonus
    np.copyto(w, -np.inf, where=barred)
    cost = np.negative(w)
    np.copyto(cost, 0.0, where=barred)
    _, perm = lsa()(cost)
    del cost
    m = len(w)
    succ = np.where(ok[np.arange(m), perm], perm, -1).tolist()
    has_pred = np.zeros(m, dtype=bool)
    has_pred[[v for v in succ if v >= 0]] = True
    seen = np.zeros(m, dtype=bool)
    pairs: list[Pair] = []
    for start in [*np.flatnonzero(~has_pred).tolist(), *range(m)]:
        chain = []
        v = start
        while v != -1 and not seen[v]:
            seen[v] = True
            chain.append(v)
            v = succ[v]
        if len(chain) > 1:
            pairs += _cycle_pairs(w, chain) if has_pred[start] else _path_pairs(w, chain)
    matched = np.zeros(m, dtype=bool)
    for i, j in pairs:
        matched[[i, j]] = True
    pairs += greedy_pairs(w, np.flatnonzero(~matched))
    return improve_pairs(w, pairs)


def _path_pairs(w: FloatArray, chain: Sequence[int]) -> list[Pair]:
    """Best pairs of neighbours along a path (dynamic programming)."""
    best = [0.0, 0.0]
    take = [False, False]
    for t in range(2, len(chain) + 1):
        with_edge = best[t - 2] + float(w[chain[t - 2], chain[t - 1]])
        take.append(with_edge > best[t - 1])
        best.append(max(with_edge, best[t - 1]))
    pairs = []
    t = len(chain)
    while t >= 2:
        if take[t]:
            pairs.append((chain[t - 2], chain[t - 1]))
            t -= 2
        else:
            t -= 1
    return pairs


def _cycle_pairs(w: FloatArray, cycle: Sequence[int]) -> list[Pair]:
    """Best pairs of neighbours around a cycle: with or without the closing edge."""
    without = _path_pairs(w, cycle)
    if len(cycle) < 3:
        return without
    closing = [(cycle[-1], cycle[0]), *_path_pairs(w, cycle[1:-1])]
    if sum(w[p] for p in closing) > sum(w[p] for p in without):
        return closing
    return without
