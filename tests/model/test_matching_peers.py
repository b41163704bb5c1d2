"""Peer pairs: exact against brute force, the heuristic against the exact optimum, its moves."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from mentordesk.model.matching import (
    Assignment,
    pair_peers,
    peer_search,
)

from .test_matching import _symmetric

# --- Helpers ------------------------------------------------------------------------------


def _best_matching(scores, ok) -> tuple[int, float]:
    """Brute force over all matchings: (most pairs, then highest total)."""
    n = len(scores)

    @functools.cache
    def best(free: int) -> tuple[int, float]:
        if free.bit_count() < 2:
            return (0, 0.0)
        i = (free & -free).bit_length() - 1
        rest = free & ~(1 << i)
        result = best(rest)  # i stays alone
        for j in range(n):
            if rest >> j & 1 and ok[i, j]:
                k, total = best(rest & ~(1 << j))
                result = max(result, (k + 1, total + scores[i, j]))
        return result

    return best((1 << n) - 1)


def _check_peer_result(result: Assignment, scores, ok) -> None:
    people = [p for pair in result.pairs for p in pair]
    assert len(people) == len(set(people))
    assert all(i < j and ok[i, j] for i, j in result.pairs)
    assert result.unmatched_rows == result.unmatched_columns
    assert sorted(people + list(result.unmatched_rows)) == list(range(len(scores)))
    assert result.total == pytest.approx(sum(scores[i, j] for i, j in result.pairs))


# --- Peer pairs ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(30))
def test_exact_peer_pairs_against_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 11))
    scores, ok = _symmetric(rng, n, barred=[0.0, 0.4, 0.8][seed % 3], uniform=seed % 2 == 1)
    result = pair_peers(scores, ok)
    _check_peer_result(result, scores, ok)
    k, total = _best_matching(scores, ok)
    assert len(result.pairs) == k
    assert result.total == pytest.approx(total)


def test_exact_peer_pairs_need_odd_set_cuts() -> None:
    # Two triangles joined by one edge: the plain LP takes half of every triangle edge.
    scores = np.zeros((6, 6))
    ok = np.zeros((6, 6), dtype=bool)
    for i, j, w in [(0, 1, 90), (1, 2, 80), (0, 2, 85), (3, 4, 90), (4, 5, 80), (3, 5, 85)]:
        scores[i, j] = scores[j, i] = w
        ok[i, j] = ok[j, i] = True
    scores[2, 3] = scores[3, 2] = 1
    ok[2, 3] = ok[3, 2] = True
    result = pair_peers(scores, ok)
    assert len(result.pairs) == 3
    assert result.total == pytest.approx(_best_matching(scores, ok)[1])


@pytest.mark.parametrize("seed", range(12))
def test_heuristic_peer_pairs_reach_99_5_percent_of_exact(seed: int) -> None:
    rng = np.random.default_rng(1000 + seed)
    n = 30 + seed % 2
    scores, ok = _symmetric(rng, n, barred=[0.05, 0.2, 0.5][seed % 3], uniform=seed % 4 >= 2)
    heuristic = pair_peers(scores, ok, exact_below=0)
    exact = pair_peers(scores, ok)
    _check_peer_result(heuristic, scores, ok)
    _check_peer_result(exact, scores, ok)
    assert len(heuristic.pairs) == len(exact.pairs)
    assert heuristic.total >= 0.995 * exact.total


def test_heuristic_peer_pairs_on_a_larger_pool_stay_near_the_upper_bound() -> None:
    rng = np.random.default_rng(5)
    scores, ok = _symmetric(rng, 240, barred=0.1)
    result = pair_peers(scores, ok)
    _check_peer_result(result, scores, ok)
    from scipy.optimize import linear_sum_assignment

    cost = np.where(ok, -scores, 1e6)
    r, c = linear_sum_assignment(cost)
    assert len(result.pairs) == 120
    assert result.total >= 0.995 * (-cost[r, c].sum() / 2)  # half the assignment is a bound


def test_peer_pairs_prefer_more_pairs_over_a_higher_total() -> None:
    # A path 0-1-2-3: the heavy middle edge alone scores more than both outer edges.
    scores = np.zeros((4, 4))
    ok = np.zeros((4, 4), dtype=bool)
    for i, j, w in [(0, 1, 10), (1, 2, 100), (2, 3, 10)]:
        scores[i, j] = scores[j, i] = w
        ok[i, j] = ok[j, i] = True
    for exact_below in (60, 0):
        result = pair_peers(scores, ok, exact_below=exact_below)
        assert result.pairs == ((0, 1), (2, 3))


def test_peer_pairs_with_fixed_pairs() -> None:
    rng = np.random.default_rng(11)
    scores, ok = _symmetric(rng, 9)
    for exact_below in (60, 0):
        result = pair_peers(scores, ok, fixed=[(5, 2)], exact_below=exact_below)
        assert (2, 5) in result.pairs
        rest = [i for i in range(9) if i not in (2, 5)]
        sub_s, sub_ok = scores[np.ix_(rest, rest)], ok[np.ix_(rest, rest)]
        k, total = _best_matching(sub_s, sub_ok)
        assert len(result.pairs) == k + 1
        if exact_below:
            assert result.total == pytest.approx(total + scores[2, 5])
    # A locked pair may be ineligible: it is kept anyway.
    locked = pair_peers(scores, np.zeros((9, 9), dtype=bool), fixed=[(0, 1)])
    assert locked.pairs == ((0, 1),)
    assert locked.unmatched_rows == (2, 3, 4, 5, 6, 7, 8)


def test_peer_pairs_odd_pool_leaves_one_alone() -> None:
    rng = np.random.default_rng(2)
    scores, ok = _symmetric(rng, 7)
    for exact_below in (60, 0):
        result = pair_peers(scores, ok, exact_below=exact_below)
        assert len(result.pairs) == 3
        assert len(result.unmatched_rows) == 1
        assert result.unmatched_rows == result.unmatched_columns


def test_peer_pairs_read_the_symmetric_mean_and_never_self_pairs() -> None:
    scores = np.array([[100.0, 10.0, 0.0], [30.0, 100.0, 0.0], [0.0, 0.0, 100.0]])
    ok = np.ones((3, 3), dtype=bool)
    ok[0, 2] = False  # one direction barred bars both
    result = pair_peers(scores, ok)
    assert result.pairs == ((0, 1),)
    assert result.total == 20.0


def test_peer_pairs_ignore_infinite_scores() -> None:
    scores = np.array([[0.0, np.inf, 30.0], [np.inf, 0.0, 20.0], [30.0, 20.0, 0.0]])
    for exact_below in (60, 0):
        result = pair_peers(scores, np.ones((3, 3), dtype=bool), exact_below=exact_below)
        assert result.pairs == ((0, 2),)


def test_peer_pairs_degenerate_inputs() -> None:
    assert pair_peers(np.zeros((0, 0)), np.zeros((0, 0), dtype=bool)) == Assignment((), 0.0, (), ())
    one = pair_peers(np.zeros((1, 1)), np.ones((1, 1), dtype=bool))
    assert one.pairs == () and one.unmatched_rows == (0,)
    nobody = pair_peers(np.full((4, 4), 50.0), np.zeros((4, 4), dtype=bool), exact_below=0)
    assert nobody.pairs == () and nobody.unmatched_rows == (0, 1, 2, 3)
    two = pair_peers(np.full((2, 2), 50.0), np.ones((2, 2), dtype=bool), exact_below=0)
    assert two.pairs == ((0, 1),)


@pytest.mark.parametrize(
    ("scores", "fixed"),
    [
        (np.zeros((2, 3)), ()),
        (np.zeros((3, 3)), [(1, 1)]),
        (np.zeros((3, 3)), [(0, 1), (2, 1)]),
        (np.zeros((3, 3)), [(0, 3)]),
    ],
)
def test_peer_pairs_reject_bad_input(scores, fixed) -> None:
    with pytest.raises(ValueError):
        pair_peers(scores, np.ones(scores.shape, dtype=bool), fixed=fixed)


def _pairs(moved) -> set[frozenset[int]]:
    assert moved is not None
    return {frozenset(p) for p in zip(*moved, strict=True)}


def test_heuristic_moves_involving_unmatched_people() -> None:
    def graph(n: int, edges: list[tuple[int, int, float]]) -> np.ndarray:
        w = np.full((n, n), -np.inf)
        for i, j, value in edges:
            w[i, j] = w[j, i] = value
        return w

    a, b = np.array([0]), np.array([1])
    # Two unmatched people split the pair (0, 1): (0, 2) and (1, 3).
    w = graph(5, [(0, 1, 10), (0, 2, 30), (1, 3, 30)])
    assert _pairs(peer_search._move_single(w, a, b, np.array([2, 3, 4]), 1e-9)) == {
        frozenset((0, 2)),
        frozenset((1, 3)),
    }
    # The best candidates for both partners are the same person: the better of the two ways.
    w = graph(4, [(0, 1, 10), (0, 2, 30), (0, 3, 1), (1, 2, 40), (1, 3, 30)])
    assert _pairs(peer_search._move_single(w, a, b, np.array([2, 3]), 1e-9)) == {
        frozenset((0, 2)),
        frozenset((1, 3)),
    }
    w = graph(4, [(0, 1, 10), (0, 2, 30), (0, 3, 25), (1, 2, 40), (1, 3, 1)])
    assert _pairs(peer_search._move_single(w, a, b, np.array([2, 3]), 1e-9)) == {
        frozenset((0, 3)),
        frozenset((1, 2)),
    }
    # One unmatched person takes the place of a partner.
    w = graph(3, [(0, 1, 10), (0, 2, 50)])
    assert _pairs(peer_search._move_single(w, a, b, np.array([2]), 1e-9)) == {frozenset((0, 2))}
    w = graph(3, [(0, 1, 10), (0, 2, 50), (1, 2, 60)])
    assert _pairs(peer_search._move_single(w, a, b, np.array([2]), 1e-9)) == {frozenset((1, 2))}
    assert peer_search._move_single(w, a, np.array([2]), np.array([1]), 100.0) is None
    empty = np.array([], dtype=np.intp)
    assert peer_search._move_single(w, empty, empty, np.array([1]), 1e-9) is None


def test_heuristic_partner_swaps_and_pairs_of_unmatched_people() -> None:
    w = np.full((6, 6), 10.0)
    w[0, 3] = w[3, 0] = w[1, 2] = w[2, 1] = 50.0
    a, b = np.array([0, 2]), np.array([1, 3])
    assert peer_search._swap_partners(w, a, b, 1e-9)
    assert _pairs((a, b)) == {frozenset((0, 3)), frozenset((1, 2))}
    assert not peer_search._swap_partners(w, a, b, 1e-9)
    # Unmatched people who can pair with each other are paired first.
    moved = peer_search._move_single(w, a, b, np.array([4, 5]), 1e-9)
    assert _pairs(moved) == {frozenset((0, 3)), frozenset((1, 2)), frozenset((4, 5))}


def test_heuristic_exchange_finds_long_alternating_paths() -> None:
    # Pairs (1 2) and (3 4); unmatched 0 and 5. Only a chain 0-1, 2-3, 4-5 matches everyone.
    w = np.full((6, 6), -np.inf)
    for i, j, value in [(1, 2, 50), (3, 4, 50), (0, 1, 10), (2, 3, 10), (4, 5, 10)]:
        w[i, j] = w[j, i] = value + 1000
    a, b = np.array([1, 3]), np.array([2, 4])
    assert peer_search._move_single(w, a, b, np.array([0, 5]), 1e-9) is None
    moved = peer_search._exchange(w, a, b, np.array([0, 5]), 1e-9)
    assert _pairs(moved) == {frozenset(p) for p in [(0, 1), (2, 3), (4, 5)]}
    # With one unmatched person the path ends with someone else left alone.
    w[0, 1] = w[1, 0] = 1100
    assert _pairs(peer_search._exchange(w, a, b, np.array([0]), 1e-9)) == {
        frozenset((0, 1)),
        frozenset((3, 4)),
    }


def test_heuristic_exchange_cycles_and_limits() -> None:
    # Three pairs whose best re-pairing changes all three.
    w = np.full((6, 6), -np.inf)
    for i, j, value in [(0, 1, 10), (2, 3, 10), (4, 5, 10), (1, 2, 40), (3, 4, 40), (5, 0, 40)]:
        w[i, j] = w[j, i] = value
    a, b = np.array([0, 2, 4]), np.array([1, 3, 5])
    moved = peer_search._exchange(w, a, b, np.array([], dtype=int), 1e-9)
    assert moved is not None
    assert float(w[moved].sum()) == 120.0
    assert peer_search._exchange(w, *moved, np.array([], dtype=int), 1e-9) is None
    empty = np.array([], dtype=int)
    assert peer_search._exchange(w, empty, empty, np.array([0]), 1e-9) is None
    assert peer_search._pred_cycle(np.array([-1, 0, 1])) == []
    cycle = peer_search._pred_cycle(np.array([2, 0, 1, 2, -1]))  # arcs 0→1→2→0, 2→3
    assert cycle in ([0, 1, 2], [1, 2, 0], [2, 0, 1])
