"""Rotation rounds: new pairs or groups in which nobody meets someone they already met."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt

from ._arrays import BoolArray, FloatArray, Pair, square
from .groups import form_groups
from .peers import pair_peers

_FACTOR_WORK = 300_000  # rotation: edge-colouring search budget (see _one_factorisation)


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
    s, ok = square(scores, eligible)
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
