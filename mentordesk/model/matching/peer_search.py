"""Local search for peer pairs: partner swaps, moves of unmatched people, k-opt exchanges."""

from __future__ import annotations

import numpy as np

from ._arrays import FloatArray, IntArray, Pair

_SMALL_POOL_PAIRS = 60  # peer pairs: more orientations tried in the k-opt search up to this
_CYCLE_PAIRS = 400  # peer pairs: alternating-cycle search for pools up to this many pairs
_CYCLE_ROUNDS = 12
_ORIENTATIONS = 16  # a quarter of them above _SMALL_POOL_PAIRS pairs


def greedy_pairs(w: FloatArray, people: IntArray) -> list[Pair]:
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


def improve_pairs(w: FloatArray, pairs: list[Pair]) -> list[Pair]:
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
    pairs = greedy_pairs(w, single)
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
