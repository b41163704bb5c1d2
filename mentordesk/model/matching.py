"""Automatic matching on score matrices: mentor–mentee assignment, peer pairs, groups, rotations.

Works on matrices only: ``scores`` (floats, 0–100) and ``eligible`` (bools of the same shape,
False = never pair these two; a non-finite score counts as ineligible). Turning participants
into those matrices is the job of the compatibility module. scipy is imported inside the
functions that use it, so the main window opens without it.

Every matcher puts *cardinality first*: more people matched beats a higher total score (an
optional switch for ``assign``). That is done by adding a bonus larger than any achievable
difference in score to every eligible pair.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]
Pair = tuple[int, int]

BALANCE_MODES = ("none", "spread", "gather")
# Tiers of the group objective (ineligible pair > lone member > balance > score): one swap of two
# people changes fewer than 64 pairs or lone members, so one unit of a higher tier outweighs
# anything a single move can gain in the tiers below.
_TIER = 64.0
_KICKS = 60  # group formation: perturbations of the best grouping so far
_KICK_SWAPS = 4  # group formation: random swaps per perturbation
_SMALL_POOL_PAIRS = 60  # peer pairs: more orientations tried in the k-opt search up to this
_CYCLE_PAIRS = 400  # peer pairs: alternating-cycle search for pools up to this many pairs
_CYCLE_ROUNDS = 12
_ORIENTATIONS = 16  # a quarter of them above _SMALL_POOL_PAIRS pairs
_LP_ROUNDS = 60  # exact peer pairs: rounds of odd-set cuts before the integer program takes over
_FACTOR_WORK = 300_000  # rotation: edge-colouring search budget (see _one_factorisation)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Pairs chosen by a matcher, their total score and who was left without a partner.

    For peer pairs (one pool) both unmatched fields list the same people.
    """

    pairs: tuple[tuple[int, int], ...]  # (row, column) indexes, e.g. (mentor, mentee)
    total: float  # sum of their scores
    unmatched_rows: tuple[int, ...]
    unmatched_columns: tuple[int, ...]


# --- Mentor–mentee assignment -------------------------------------------------------------


def assign(
    scores: npt.ArrayLike,
    eligible: npt.ArrayLike,
    capacity: npt.ArrayLike,
    *,
    maximise_matched: bool = True,
    fixed: Sequence[tuple[int, int]] = (),
) -> Assignment:
    """Best mentor (row) – mentee (column) pairs: each row at most ``capacity[i]`` columns.

    ``fixed`` pairs are kept whatever their eligibility, use up their mentor's capacity, and
    their mentee is not reassigned. The result lists them too, and ``total`` includes them.
    """
    s, ok = _matrices(scores, eligible)
    n_rows, n_cols = s.shape
    cap = np.asarray(capacity)
    whole_numbers = np.issubdtype(cap.dtype, np.integer) or (
        np.issubdtype(cap.dtype, np.floating) and bool(np.all(np.mod(cap, 1) == 0))
    )
    if cap.shape != (n_rows,) or not whole_numbers:
        raise ValueError("capacity needs one whole number per row")
    if (cap < 0).any():
        raise ValueError("capacity cannot be negative")
    locked = _checked_pairs(fixed, n_rows, n_cols, peers=False)
    left = cap.astype(np.int64)
    free_col = np.ones(n_cols, dtype=bool)
    for row, col in locked:
        left[row] -= 1
        free_col[col] = False
    rows, cols = np.flatnonzero(left > 0), np.flatnonzero(free_col)
    whole = len(rows) == n_rows and len(cols) == n_cols
    sub_ok = ok if whole else ok[np.ix_(rows, cols)]
    per_row, live_col = sub_ok.sum(axis=1), sub_ok.any(axis=0)
    live_row = per_row > 0
    if not (live_row.all() and live_col.all()):
        rows, cols, whole = rows[live_row], cols[live_col], False
        sub_ok = sub_ok[np.ix_(live_row, live_col)]
    found: list[Pair] = []
    if len(rows):
        sub_s = s if whole else s[np.ix_(rows, cols)]
        # More slots than eligible mentees would only make the matrix bigger.
        slots = np.minimum(left[rows], per_row[live_row])
        local = _assign_slots(sub_s, sub_ok, slots, maximise_matched)
        found = [(int(rows[r]), int(cols[c])) for r, c in local]
    return _result(locked + found, s, peers=False)


def _assign_slots(
    s: FloatArray, ok: BoolArray, slots: npt.NDArray[np.int64], maximise_matched: bool
) -> list[Pair]:
    """Rows repeated once per slot, then one scipy assignment; ineligible picks are dropped."""
    linear_sum_assignment = _lsa()
    cost = np.negative(s)
    if maximise_matched:
        most = min(int(slots.sum()), s.shape[1])
        cost -= _bonus(s, ok, most)
    if not ok.all():
        cost[~ok] = 0.0  # the same as leaving the slot empty
    owner = np.arange(len(slots))
    if (slots == 1).all():
        slot, col = linear_sum_assignment(cost)
    else:
        # Mentees as rows and slots as columns: with repeated rows scipy is 2-6x slower.
        owner = np.repeat(owner, slots)
        col, slot = linear_sum_assignment(np.ascontiguousarray(cost[owner].T))
    row = owner[slot]
    keep = ok[row, col]
    return list(zip(row[keep].tolist(), col[keep].tolist(), strict=True))


# --- Peer pairs ---------------------------------------------------------------------------


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
    s, ok = _square(scores, eligible)
    n = len(s)
    locked = _checked_pairs(fixed, n, n, peers=True)
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
    return _result(locked + found, s, peers=True)


def _match_pool(s: FloatArray, ok: BoolArray, *, exact: bool) -> list[Pair]:
    live = np.flatnonzero(ok.any(axis=1))
    if len(live) < 2:
        return []
    if len(live) < len(s):
        s, ok = s[np.ix_(live, live)], ok[np.ix_(live, live)]
    bonus = _bonus(s, ok, len(live) // 2)
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
    _, perm = _lsa()(cost)
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
    pairs += _greedy_pairs(w, np.flatnonzero(~matched))
    return _improve_pairs(w, pairs)


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


def _greedy_pairs(w: FloatArray, people: IntArray) -> list[Pair]:
    """Pair the given people greedily, best eligible pair first."""
    if len(people) < 2:
        return []
    iu, ju = np.triu_indices(len(people), 1)
    values = w[people[iu], people[ju]]
    taken = np.zeros(len(people), dtype=bool)
    pairs = []
    for k in np.argsort(-values, kind="stable"):
        if values[k] == -np.inf:
            break
        if not (taken[iu[k]] or taken[ju[k]]):
            taken[[iu[k], ju[k]]] = True
            pairs.append((int(people[iu[k]]), int(people[ju[k]])))
    return pairs


def _improve_pairs(w: FloatArray, pairs: list[Pair]) -> list[Pair]:
    a = np.array([p[0] for p in pairs], dtype=np.intp)
    b = np.array([p[1] for p in pairs], dtype=np.intp)
    tol = 1e-9 * float(np.max(w, initial=1.0))
    while True:
        _swap_partners(w, a, b, tol)
        matched = np.zeros(len(w), dtype=bool)
        matched[a] = matched[b] = True
        single = np.flatnonzero(~matched)
        moved = _move_single(w, a, b, single, tol) or _exchange(w, a, b, single, tol)
        if moved is None:
            return list(zip(a.tolist(), b.tolist(), strict=True))
        a, b = moved


def _exchange(
    w: FloatArray, a: IntArray, b: IntArray, single: IntArray, tol: float
) -> tuple[IntArray, IntArray] | None:
    """k-opt: an improving alternating cycle or path, found by Bellman–Ford; None if none.

    Each pair k gets an orientation: r_k is released, m_k keeps its place. Exchange graph on
    pairs: arc k → l means "r_k pairs with m_l, r_l is released", worth w[r_k, m_l] − w[r_l,
    m_l]. A positive cycle re-pairs its pairs for a higher total; a positive path starting
    with an unmatched person (who pairs with m_l) ends with r_last unmatched or paired with
    another unmatched person. Walks of up to ``_CYCLE_ROUNDS`` arcs are explored from every
    pair at once, for a few orientations (all one way, then seeded random ones).
    """
    p = len(a)
    if p < 1 or p > _CYCLE_PAIRS:
        return None
    rng = np.random.default_rng(p)
    k = np.arange(p)
    for trial in range(_ORIENTATIONS if p <= _SMALL_POOL_PAIRS else _ORIENTATIONS // 4):
        flip = rng.random(p) < 0.5 if trial else np.zeros(p, dtype=bool)
        released, kept = np.where(flip, b, a), np.where(flip, a, b)
        cur = w[released, kept]
        arc = w[np.ix_(released, kept)] - cur[None, :]
        arc[k, k] = -np.inf
        walks = [(np.zeros(p), np.full(p, -1))]
        if len(single):
            start = w[np.ix_(single, kept)] - cur[None, :]
            origin = np.argmax(start, axis=0)
            walks.append((start[origin, k], origin))
        for best, origin in walks:
            best, pred, origin, cycle = _longest_walks(arc, best, origin, tol)
            if cycle:  # a cycle of the predecessor graph always has a positive weight
                a, b = a.copy(), b.copy()
                for i, slot in enumerate(cycle):
                    a[slot], b[slot] = released[cycle[i - 1]], kept[slot]
                return a, b
        path = _best_path(w, single, released, best, pred, origin, tol) if len(single) else None
        if path is not None:
            chain, first, last = path
            new_a = np.concatenate([a, [] if last < 0 else [released[chain[-1]]]])
            new_b = np.concatenate([b, [] if last < 0 else [single[last]]])
            new_a, new_b = new_a.astype(np.intp), new_b.astype(np.intp)
            for i, slot in enumerate(chain):
                new_a[slot] = single[first] if i == 0 else released[chain[i - 1]]
                new_b[slot] = kept[slot]
            # Walk values can be stale (a link was set before its source improved): check.
            if float(w[new_a, new_b].sum()) > float(w[a, b].sum()) + tol:
                return new_a, new_b
    return None


def _longest_walks(
    arc: FloatArray, best: FloatArray, origin: IntArray, tol: float
) -> tuple[FloatArray, IntArray, IntArray, list[int]]:
    """Bellman–Ford rounds for the heaviest walks; stops at a cycle of the predecessor graph."""
    k = np.arange(len(best))
    best, origin = best.copy(), origin.copy()
    pred = np.full(len(best), -1)
    for _ in range(_CYCLE_ROUNDS):
        reach = best[:, None] + arc
        src = np.argmax(reach, axis=0)
        value = reach[src, k]
        better = value > best + tol
        if not better.any():
            break
        best[better], pred[better] = value[better], src[better]
        origin[better] = origin[src[better]]
        cycle = _pred_cycle(pred)
        if cycle:
            return best, pred, origin, cycle
    return best, pred, origin, []


def _best_path(
    w: FloatArray,
    single: IntArray,
    released: IntArray,
    best: FloatArray,
    pred: IntArray,
    origin: IntArray,
    tol: float,
) -> tuple[list[int], int, int] | None:
    """The best improving path from the walks: (pairs in order, first single, last single)."""
    end = best.copy()
    last = np.full(len(best), -1)
    if len(single) >= 2:
        pair_up = w[np.ix_(released, single)]
        pair_up[np.arange(len(best)), origin] = -np.inf
        partner = np.argmax(pair_up, axis=1)
        with_partner = best + pair_up[np.arange(len(best)), partner]
        use = with_partner > end
        end[use], last[use] = with_partner[use], partner[use]
    node = int(np.argmax(end))
    if end[node] <= tol:
        return None
    chain = [node]
    while pred[chain[-1]] >= 0:  # no cycle: _longest_walks would have returned it
        chain.append(int(pred[chain[-1]]))
    chain.reverse()
    first = int(origin[chain[0]])
    if first == last[node]:  # pragma: no cover - a stale origin; rare
        return None
    return chain, first, int(last[node])


def _pred_cycle(pred: IntArray) -> list[int]:
    """A cycle of the predecessor graph (pred[v] = u: an arc u → v) in arc order, or []."""
    p = len(pred)
    # Follow the links 2^k >= p times at once: whoever does not reach "no predecessor" (p)
    # ends on a cycle.
    hop = np.append(np.where(pred >= 0, pred, p), p)
    for _ in range(p.bit_length()):
        hop = hop[hop]
    on_cycle = hop[:p][hop[:p] < p]
    if not len(on_cycle):
        return []
    start = int(on_cycle[0])
    cycle = [start]
    v = int(pred[start])
    while v != start:
        cycle.append(v)
        v = int(pred[v])
    return cycle[::-1]


def _swap_partners(w: FloatArray, a: IntArray, b: IntArray, tol: float) -> bool:
    """2-opt: (a_i b_i)(a_j b_j) becomes (a_i a_j)(b_i b_j) or (a_i b_j)(b_i a_j) while it helps.

    Each round applies, in order of gain, the best swap of every pair not yet touched; then
    only the rows and columns of the pairs that changed are recomputed.
    """
    if len(a) < 2:
        return False
    cur = w[a, b]
    same = w.take(a, 0).take(a, 1) + w.take(b, 0).take(b, 1)  # (a_i a_j)(b_i b_j)
    cross = w.take(a, 0).take(b, 1)
    cross += cross.T  # (a_i b_j)(b_i a_j)
    changed_any = False
    while True:
        gain = np.maximum(same, cross)
        gain -= cur[:, None]
        gain -= cur[None, :]
        partner = np.argmax(gain, axis=1)
        best = gain[np.arange(len(a)), partner]
        rows = np.flatnonzero(best > tol)
        if not len(rows):
            return changed_any
        used = np.zeros(len(a), dtype=bool)
        for i in rows[np.argsort(-best[rows], kind="stable")].tolist():
            j = int(partner[i])
            if used[i] or used[j]:
                continue
            used[[i, j]] = True
            ai, bi, aj, bj = a[i], b[i], a[j], b[j]
            if same[i, j] >= cross[i, j]:
                a[i], b[i], a[j], b[j] = ai, aj, bi, bj
            else:
                a[i], b[i], a[j], b[j] = ai, bj, bi, aj
        changed_any = True
        ch = np.flatnonzero(used)
        cur[ch] = w[a[ch], b[ch]]
        rows_same = w[a[ch]][:, a] + w[b[ch]][:, b]
        rows_cross = w[a[ch]][:, b] + w[b[ch]][:, a]
        same[ch, :], same[:, ch] = rows_same, rows_same.T
        cross[ch, :], cross[:, ch] = rows_cross, rows_cross.T


def _move_single(
    w: FloatArray, a: IntArray, b: IntArray, single: IntArray, tol: float
) -> tuple[IntArray, IntArray] | None:
    """The best move that involves unmatched people, applied; None when nothing helps.

    Moves: pair two unmatched people; split a pair between two unmatched people (one more
    pair); an unmatched person takes the place of one partner.
    """
    if len(single) < 2 and not (len(single) and len(a)):
        return None
    pairs = _greedy_pairs(w, single)
    if pairs:
        return np.append(a, [p[0] for p in pairs]), np.append(b, [p[1] for p in pairs])
    cur = w[a, b]
    to_a, to_b = w[np.ix_(single, a)], w[np.ix_(single, b)]
    if len(single) >= 2 and len(a):
        # Best unmatched s for a_k and a different t for b_k: the top two of each column.
        top_a, top_b = np.argsort(-to_a, axis=0)[:2], np.argsort(-to_b, axis=0)[:2]
        k = np.arange(len(a))
        va, vb = to_a[top_a, k], to_b[top_b, k]
        clash = top_a[0] == top_b[0]
        split = np.where(clash, np.maximum(va[0] + vb[1], va[1] + vb[0]), va[0] + vb[0]) - cur
        best = int(np.argmax(split))
        if split[best] > tol:
            if not clash[best]:
                s_a, s_b = top_a[0, best], top_b[0, best]
            elif va[0, best] + vb[1, best] >= va[1, best] + vb[0, best]:
                s_a, s_b = top_a[0, best], top_b[1, best]
            else:
                s_a, s_b = top_a[1, best], top_b[0, best]
            new_a, new_b = np.append(a, single[s_b]), np.append(b, b[best])
            new_b[best] = single[s_a]  # (a_k, s_a) and (s_b, b_k)
            return new_a, new_b
    # An unmatched person replaces a_k (pairs with b_k) or replaces b_k (pairs with a_k).
    gain = np.maximum(to_b, to_a) - cur
    s_idx, k_idx = np.unravel_index(int(np.argmax(gain)), gain.shape)
    if gain[s_idx, k_idx] <= tol:
        return None
    a, b = a.copy(), b.copy()
    if to_b[s_idx, k_idx] >= to_a[s_idx, k_idx]:
        a[k_idx] = single[s_idx]
    else:
        b[k_idx] = single[s_idx]
    return a, b


# --- Peer groups --------------------------------------------------------------------------


def form_groups(
    scores: npt.ArrayLike,
    eligible: npt.ArrayLike,
    size: int,
    *,
    attribute: Sequence[str] | None = None,
    balance: str = "none",
    seed: int = 0,
) -> tuple[tuple[int, ...], ...]:
    """Groups of about ``size`` people (sizes differ by at most one) with the best total score.

    The score of a grouping is the sum of the scores of all pairs inside each group. Tiers,
    each outweighing all below it within one move: no two ineligible people in a group; with
    ``balance="spread"``, nobody is the only one in a group with an ``attribute`` value that
    two or more people share; ``"spread"`` keeps people with the same value apart,
    ``"gather"`` puts them together (empty values are ignored); then the score (the tiers
    hold for groups of up to 16). A heuristic, deterministic for a ``seed``: a greedy start
    (random seeds, then everyone joins the group they fit best), swaps and moves between groups
    until none helps, then ``_KICKS`` perturbations of a few random swaps, each followed by
    the local search and kept only if the total improved (iterated local search).
    """
    s, ok = _square(scores, eligible)
    n = len(s)
    if size < 2:
        raise ValueError("a group needs at least two people")
    if balance not in BALANCE_MODES:
        raise ValueError(f"balance must be one of {BALANCE_MODES}")
    if attribute is not None and len(attribute) != n:
        raise ValueError("attribute needs one value per person")
    if balance != "none" and attribute is None:
        raise ValueError("balancing needs an attribute")
    if n == 0:
        return ()
    count = -(-n // size)
    base, extra = divmod(n, count)
    sizes = np.array([base + 1] * extra + [base] * (count - extra))
    unit = float(np.max(np.abs(s), where=ok, initial=0.0)) or 1.0
    weight = np.where(ok, s, -unit * _TIER**3)
    kind = np.full(n, -1)  # attribute value as a number; -1 = none or not tracked
    loner = 0.0
    if attribute is not None and balance != "none":
        names = {v: k for k, v in enumerate(sorted({v for v in attribute if v}))}
        kind = np.array([names.get(v, -1) for v in attribute])
        known = kind >= 0
        same = (kind[:, None] == kind[None, :]) & known[:, None]
        if balance == "spread":
            weight -= unit * _TIER * same
            shared = np.bincount(kind[known], minlength=len(names)) >= 2
            kind = np.where(known & shared[np.maximum(kind, 0)], kind, -1)
            loner = unit * _TIER**2
        else:
            weight -= unit * _TIER * (~same & known[:, None] & known[None, :])
    np.fill_diagonal(weight, 0.0)
    search = _GroupSearch(weight, kind, loner, count)
    rng = np.random.default_rng(seed)
    search.start(_greedy_groups(weight, sizes, rng))
    best, best_value = search.saved(), search.value()
    for _ in range(_KICKS if count > 1 else 0):
        search.kick(rng)
        if search.value() > best_value + search.tol:
            best, best_value = search.saved(), search.value()
        else:
            search.restore(best)
    groups = [tuple(np.flatnonzero(best[0] == k).tolist()) for k in range(count)]
    return tuple(sorted(groups))


def _greedy_groups(weight: FloatArray, sizes: IntArray, rng: np.random.Generator) -> IntArray:
    """Random seeds, one per group; everyone else joins the group they fit best that has room."""
    n, count = len(weight), len(sizes)
    order = rng.permutation(n)
    labels = np.zeros(n, dtype=np.intp)
    room = sizes.copy()
    fit = np.zeros((n, count))
    for rank, person in enumerate(order.tolist()):
        k = rank if rank < count else int(np.argmax(np.where(room > 0, fit[person], -np.inf)))
        labels[person] = k
        room[k] -= 1
        fit[:, k] += weight[:, person]
    return labels


class _GroupSearch:
    """Local search on group labels: swaps of two people, moves from a bigger to a smaller group.

    ``fit[i, k]`` is the summed weight between person i and group k, and ``swap[i, j]`` the
    gain of swapping i and j; after each batch of swaps and moves touching distinct groups,
    only the rows and columns of the people in the touched groups are recomputed.
    """

    def __init__(self, weight: FloatArray, kind: IntArray, loner: float, count: int) -> None:
        self.weight, self.kind, self.loner, self.count = weight, kind, loner, count
        self.tracked = kind >= 0
        self.code = np.maximum(kind, 0)
        self.people = np.arange(len(kind))
        self.tol = 1e-9 * float(np.max(np.abs(weight), initial=1.0))

    def start(self, labels: IntArray) -> None:
        """Take a grouping and improve it until no swap or move helps."""
        w = self.weight
        self.labels = labels.copy()
        self.sizes = np.bincount(labels, minlength=self.count)
        self.fit = np.stack([w[:, labels == k].sum(axis=1) for k in range(self.count)], axis=1)
        self.counts = np.zeros((self.count, int(self.kind.max(initial=-1)) + 1), dtype=np.int64)
        np.add.at(self.counts, (labels[self.tracked], self.kind[self.tracked]), 1)
        self.swap = self._swap_rows(self.people)
        self._descend()

    def saved(self) -> tuple[Any, ...]:
        return tuple(x.copy() for x in (self.labels, self.sizes, self.fit, self.counts, self.swap))

    def restore(self, state: tuple[Any, ...]) -> None:
        self.labels, self.sizes, self.fit, self.counts, self.swap = (x.copy() for x in state)

    def value(self) -> float:
        """Summed weights within groups minus the loner penalty."""
        total = float(self.fit[self.people, self.labels].sum()) / 2.0
        return total - self.loner * float((self.counts == 1).sum())

    def kick(self, rng: np.random.Generator) -> None:
        """A few random swaps, then the local search again."""
        touched = np.zeros(self.count, dtype=bool)
        for _ in range(_KICK_SWAPS):
            i, j = rng.choice(len(self.labels), size=2, replace=False)
            group_i, group_j = self.labels[i], self.labels[j]
            self._shift(i, group_j)
            self._shift(j, group_i)
            touched[[group_i, group_j]] = True
        self._refresh(touched)
        self._descend()

    def _shift(self, person: int, new: int) -> None:
        old = self.labels[person]
        self.fit[:, old] -= self.weight[:, person]
        self.fit[:, new] += self.weight[:, person]
        self.labels[person] = new
        self.sizes[old] -= 1
        self.sizes[new] += 1
        if self.tracked[person]:
            self.counts[old, self.code[person]] -= 1
            self.counts[new, self.code[person]] += 1

    def _refresh(self, touched: BoolArray) -> None:
        changed = np.flatnonzero(touched[self.labels])
        rows = self._swap_rows(changed)
        self.swap[changed, :] = rows
        self.swap[:, changed] = rows.T

    def _loner_changes(self) -> tuple[FloatArray, FloatArray]:
        """Change in lone members when i leaves their group, and when i joins group k."""
        there = self.counts[:, self.code].T  # (n, groups): people with i's value in each group
        own = there[self.people, self.labels]
        leave = ((own - 1) == 1).astype(float) - (own == 1)
        join = ((there + 1) == 1).astype(float) - (there == 1)
        return leave * self.tracked, join * self.tracked[:, None]

    def _swap_rows(self, rows: IntArray) -> FloatArray:
        """Gain of swapping each of ``rows`` with everyone."""
        fit, labels = self.fit, self.labels
        own = fit[self.people, labels]
        gain: FloatArray = fit[rows][:, labels] + fit[:, labels[rows]].T
        gain -= own[rows][:, None] + own[None, :] + 2.0 * self.weight[rows]
        if self.loner:
            leave, join = self._loner_changes()
            change = leave[rows][:, None] + leave[None, :]
            change += join[rows][:, labels] + join[:, labels[rows]].T
            change[self.kind[rows][:, None] == self.kind[None, :]] = 0.0
            gain -= self.loner * change
        gain[labels[rows][:, None] == labels[None, :]] = -np.inf
        return gain

    def _descend(self) -> None:
        n, labels, people = len(self.labels), self.labels, self.people
        while True:
            move = self.fit - self.fit[people, labels][:, None]
            if self.loner:
                leave, join = self._loner_changes()
                move -= self.loner * (leave[:, None] + join)
            # A move keeps the sizes balanced only from a bigger group to a smaller one.
            move[self.sizes[labels][:, None] <= self.sizes[None, :]] = -np.inf
            partner, target = np.argmax(self.swap, axis=1), np.argmax(move, axis=1)
            gain = np.concatenate([self.swap[people, partner], move[people, target]])
            other = np.concatenate([partner, target])
            found = np.flatnonzero(gain > self.tol)
            if not len(found):
                return
            touched = np.zeros(self.count, dtype=bool)
            for c in found[np.argsort(-gain[found], kind="stable")].tolist():
                i, is_move = c % n, c >= n
                group_i = labels[i]
                group_j = other[c] if is_move else labels[other[c]]
                if touched[group_i] or touched[group_j]:
                    continue
                touched[[group_i, group_j]] = True
                self._shift(i, group_j)
                if not is_move:
                    self._shift(other[c], group_i)
            self._refresh(touched)


# --- Rotation rounds ----------------------------------------------------------------------


def rotation_round(
    scores: npt.ArrayLike,
    eligible: npt.ArrayLike,
    met: Collection[frozenset[int]],
    *,
    group_size: int = 2,
) -> tuple[tuple[int, ...], ...]:
    """A new round of pairs (or groups) in which nobody meets someone they already met.

    ``met`` holds earlier pairs or groups (everyone in one set has met everyone else in it).
    People in no returned tuple sit this round out. Pair rounds on a pool where everyone can
    still meet the same number of people follow a round robin: n - 1 rounds for even n, n for
    odd n (one sits out each round), best-scoring rounds first.
    """
    s, ok = _square(scores, eligible)
    if group_size < 2:
        raise ValueError("a group needs at least two people")
    allowed = ok & ~_met_matrix(len(s), met)
    if group_size == 2:
        return _rotation_pairs(s, allowed)
    return _rotation_groups(s, allowed, group_size)


def all_met(n: int, met: Collection[frozenset[int]], eligible: npt.ArrayLike) -> bool:
    """True when no two eligible people are left who have not met."""
    ok = np.asarray(eligible, dtype=bool)
    if ok.shape != (n, n):
        raise ValueError("eligible must be an n × n matrix")
    left = ok & ok.T & ~_met_matrix(n, met)
    np.fill_diagonal(left, False)
    return not left.any()


def _met_matrix(n: int, met: Collection[frozenset[int]]) -> BoolArray:
    seen = np.zeros((n, n), dtype=bool)
    for group in met:
        idx = np.array(sorted(group), dtype=np.intp)
        if len(idx) and (idx[0] < 0 or idx[-1] >= n):
            raise ValueError(f"met names someone outside the pool: {sorted(group)}")
        seen[np.ix_(idx, idx)] = True
    return seen


def _rotation_pairs(s: FloatArray, allowed: BoolArray) -> tuple[tuple[int, ...], ...]:
    """The best pairs, unless they would leave pairs that no later rounds can cover.

    When everyone has the same number of people left to meet (with odd n, a stand-in partner
    "sits out" joins those who have not sat out yet), the rest must split into whole rounds (a
    1-factorisation). If the optimiser's round breaks that, the round is the best-scoring
    round of such a split (the circle method on a complete graph, otherwise an edge-colouring
    search). Without that structure (some pairs ineligible), simply the best pairs.
    """
    n = len(s)
    graph = _round_robin_graph(allowed)
    if graph is None:
        return pair_peers(s, allowed).pairs
    adj, degree = graph
    padded = np.zeros(adj.shape)
    padded[:n, :n] = s
    chosen: Sequence[Pair] = pair_peers(padded, adj).pairs
    if 2 * len(chosen) < len(adj) or not _splits_after(adj, degree, chosen):
        try:
            rounds = _one_factorisation(adj, degree)
        except _GaveUp:
            rounds = None
        if rounds:
            chosen = max(rounds, key=lambda r: sum(padded[p] for p in r))
    return tuple(sorted(p for p in chosen if p[1] < n))


def _round_robin_graph(allowed: BoolArray) -> tuple[BoolArray, int] | None:
    """Who can still meet whom, as a regular graph (odd n: plus the sit-out stand-in)."""
    n = len(allowed)
    degrees = allowed.sum(axis=1)
    top = int(degrees.max(initial=0))
    if top == 0:
        return None
    if n % 2 == 0:
        return (allowed, top) if (degrees == top).all() else None
    for degree in (top + 1, top):
        sits_out = degrees == degree - 1
        if (degrees >= degree - 1).all() and int(sits_out.sum()) == degree:
            adj = np.zeros((n + 1, n + 1), dtype=bool)
            adj[:n, :n] = allowed
            adj[:n, n] = adj[n, :n] = sits_out
            return adj, degree
    return None


def _splits_after(adj: BoolArray, degree: int, chosen: Sequence[Pair]) -> bool:
    """Whether the pairs left after this round still split into whole rounds."""
    if degree in (1, len(adj) - 1):  # nothing left, or a complete graph minus a round
        return True
    if len(adj) > 16 and degree - 1 >= len(adj) // 2:
        return True  # dense regular graphs split (Csaba, Kühn, Lo, Osthus, Treglown 2016)
    rest = adj.copy()
    for i, j in chosen:
        rest[i, j] = rest[j, i] = False
    try:
        return _one_factorisation(rest, degree - 1) is not None
    except _GaveUp:
        return True  # dense regular graphs split (1-factorisation theorem); trust it


class _GaveUp(Exception):
    """The edge-colouring search ran out of budget."""


def _one_factorisation(adj: BoolArray, degree: int) -> list[list[Pair]] | None:
    """Split a ``degree``-regular graph into ``degree`` perfect matchings, or None if impossible.

    A complete graph uses the circle method; otherwise a backtracking edge colouring (most
    constrained edge first, colours introduced in order to skip symmetric branches), which
    raises _GaveUp after looking at ``_FACTOR_WORK`` edges in all.
    """
    n = len(adj)
    if degree == n - 1:  # complete: the circle method, one person fixed, the others rotating
        ring = n - 1
        rounds = []
        for r in range(ring):
            pairs = [(r, ring)] + [((r + k) % ring, (r - k) % ring) for k in range(1, n // 2)]
            rounds.append(sorted((min(p), max(p)) for p in pairs))
        return rounds
    iu, ju = np.nonzero(np.triu(adj, 1))
    ends = list(zip(iu.tolist(), ju.tolist(), strict=True))
    full = (1 << degree) - 1
    used = [0] * n
    colour = [0] * len(ends)
    uses = [0] * degree
    todo = set(range(len(ends)))
    trail: list[tuple[int, int]] = []
    work = 0
    while todo:
        work += len(todo)
        if work > _FACTOR_WORK:
            raise _GaveUp
        palette = sum(1 << c for c in range(degree) if uses[c])
        fresh = full & ~palette
        allowed = palette | (fresh & -fresh)
        edge, options, fewest = -1, 0, degree + 1
        for k in todo:
            u, v = ends[k]
            free = allowed & ~(used[u] | used[v])
            if free.bit_count() < fewest:
                edge, options, fewest = k, free, free.bit_count()
                if fewest <= 1:
                    break
        while not options:  # dead end: undo the last choice and try its next colour
            if not trail:
                return None
            edge, options = trail.pop()
            bit = colour[edge]
            u, v = ends[edge]
            used[u] &= ~bit
            used[v] &= ~bit
            uses[bit.bit_length() - 1] -= 1
            todo.add(edge)
        bit = options & -options
        u, v = ends[edge]
        used[u] |= bit
        used[v] |= bit
        uses[bit.bit_length() - 1] += 1
        colour[edge] = bit
        todo.discard(edge)
        trail.append((edge, options & ~bit))
    rounds = [[] for _ in range(degree)]
    for k, bit in enumerate(colour):
        rounds[bit.bit_length() - 1].append(ends[k])
    return rounds


def _rotation_groups(s: FloatArray, allowed: BoolArray, size: int) -> tuple[tuple[int, ...], ...]:
    """Groups that avoid earlier meetings; anyone who cannot, sits out or joins a pair."""
    groups = []
    left: list[int] = []
    for group in form_groups(s, allowed, size):
        members = list(group)
        while True:
            block = ~allowed[np.ix_(members, members)]
            np.fill_diagonal(block, False)
            clashes = block.sum(axis=1)
            if not clashes.any():
                break
            left.append(members.pop(int(np.argmax(clashes))))
        if len(members) >= 2:
            groups.append(tuple(members))
        else:
            left += members
    if len(left) >= 2:
        idx = np.array(sorted(left))
        found = pair_peers(s[np.ix_(idx, idx)], allowed[np.ix_(idx, idx)]).pairs
        groups += [(int(idx[i]), int(idx[j])) for i, j in found]
    return tuple(sorted(groups))


# --- Shared helpers -----------------------------------------------------------------------


def _lsa() -> Any:
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment


def _bonus(s: FloatArray, ok: BoolArray, most_pairs: int) -> float:
    """A per-pair bonus larger than any difference in total score over ``most_pairs`` pairs."""
    span = max(float(s.max(initial=0.0)), -float(s.min(initial=0.0)))
    if not np.isfinite(span):  # ineligible cells may hold inf or NaN; look at the others only
        span = float(np.max(np.abs(s), where=ok, initial=0.0))
    return 2.0 * most_pairs * span + 1.0


def _matrices(scores: npt.ArrayLike, eligible: npt.ArrayLike) -> tuple[FloatArray, BoolArray]:
    s = np.asarray(scores, dtype=np.float64)
    if s.ndim != 2:
        raise ValueError("scores must be a matrix")
    ok = np.asarray(eligible, dtype=bool)
    if ok.shape != s.shape:
        raise ValueError("scores and eligible must have the same shape")
    return s, ok & np.isfinite(s)


def _square(scores: npt.ArrayLike, eligible: npt.ArrayLike) -> tuple[FloatArray, BoolArray]:
    """One pool: a non-symmetric matrix is read as its symmetric mean; nobody with themselves."""
    s, ok = _matrices(scores, eligible)
    if s.shape[0] != s.shape[1]:
        raise ValueError("a pool needs a square matrix")
    ok = ok & ok.T
    np.fill_diagonal(ok, False)
    return _symmetric_mean(s), ok


def _symmetric_mean(s: FloatArray) -> FloatArray:
    """(s + s.T) / 2, by blocks: a plain transposed add is 3x slower on 2,000 × 2,000."""
    out = np.empty_like(s)
    step = 256
    with np.errstate(invalid="ignore"):
        for i in range(0, len(s), step):
            for j in range(i, len(s), step):
                block = (s[i : i + step, j : j + step] + s[j : j + step, i : i + step].T) * 0.5
                out[i : i + step, j : j + step] = block
                out[j : j + step, i : i + step] = block.T
    return out


def _checked_pairs(
    pairs: Sequence[tuple[int, int]], n_rows: int, n_cols: int, *, peers: bool
) -> list[Pair]:
    out: list[Pair] = []
    taken: set[tuple[str, int]] = set()
    for raw in pairs:
        i, j = int(raw[0]), int(raw[1])
        if not (0 <= i < n_rows and 0 <= j < n_cols):
            raise ValueError(f"fixed pair {raw} is outside the matrix")
        if peers:
            if i == j:
                raise ValueError(f"fixed pair {raw} pairs someone with themselves")
            i, j = min(i, j), max(i, j)
            keys = {("p", i), ("p", j)}
        else:
            keys = {("c", j)}
        if keys & taken:
            raise ValueError(f"fixed pair {raw} reuses someone already fixed")
        taken |= keys
        out.append((i, j))
    return out


def _result(pairs: list[Pair], s: FloatArray, *, peers: bool) -> Assignment:
    pairs = sorted(pairs)
    rows = np.array([p[0] for p in pairs], dtype=np.intp)
    cols = np.array([p[1] for p in pairs], dtype=np.intp)
    picked = s[rows, cols]
    total = float(picked[np.isfinite(picked)].sum())  # a locked pair may have no score
    row_used = np.zeros(s.shape[0], dtype=bool)
    col_used = np.zeros(s.shape[1], dtype=bool)
    row_used[rows] = col_used[cols] = True
    if peers:
        row_used |= col_used
        col_used = row_used
    return Assignment(
        pairs=tuple(pairs),
        total=total,
        unmatched_rows=tuple(np.flatnonzero(~row_used).tolist()),
        unmatched_columns=tuple(np.flatnonzero(~col_used).tolist()),
    )
