"""Peer groups against the exact optimum, balance rules; rotation rounds."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from mentordesk.model.matching import (
    all_met,
    form_groups,
    pair_peers,
    rotation,
    rotation_round,
)

from .test_matching import _symmetric

# --- Helpers ------------------------------------------------------------------------------


def _partitions(people: list[int], sizes: list[int]) -> Iterator[list[tuple[int, ...]]]:
    if not people:
        yield []
        return
    first, rest = people[0], people[1:]
    for size in sorted(set(sizes)):
        left = list(sizes)
        left.remove(size)
        for others in itertools.combinations(rest, size - 1):
            remaining = [p for p in rest if p not in others]
            for tail in _partitions(remaining, left):
                yield [(first, *others), *tail]


def _within(scores, groups: Sequence[Sequence[int]]) -> float:
    return float(sum(scores[i, j] for g in groups for i, j in itertools.combinations(g, 2)))


def _balanced_sizes(n: int, size: int) -> list[int]:
    count = -(-n // size)
    base, extra = divmod(n, count)
    return sorted([base + 1] * extra + [base] * (count - extra))


# --- Peer groups --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [2, 3, 4, 5, 6])
def test_groups_are_balanced_in_size(size: int) -> None:
    rng = np.random.default_rng(size)
    for n in (0, 1, 2, 3, 5, 6, 7, 10, 13, 17, 22):
        scores, ok = _symmetric(rng, n, barred=0.1)
        groups = form_groups(scores, ok, size)
        assert sorted(len(g) for g in groups) == (_balanced_sizes(n, size) if n else [])
        assert sorted(p for g in groups for p in g) == list(range(n))
    assert sorted(map(len, form_groups(np.zeros((10, 10)), np.ones((10, 10)), 4))) == [3, 3, 4]


@pytest.mark.parametrize("seed", range(16))
def test_groups_against_the_exact_optimum(seed: int) -> None:
    rng = np.random.default_rng(200 + seed)
    n, size = int(rng.integers(6, 10)), int(rng.integers(3, 5))
    scores, ok = _symmetric(rng, n, uniform=seed % 2 == 1)
    ok[:] = True
    best = max(_within(scores, p) for p in _partitions(list(range(n)), _balanced_sizes(n, size)))
    groups = form_groups(scores, ok, size, seed=seed)
    assert _within(scores, groups) / best >= 0.99  # 1.0 in every case measured


def test_groups_keep_ineligible_people_apart_when_possible() -> None:
    rng = np.random.default_rng(4)
    scores, ok = _symmetric(rng, 12)
    for i, j in [(0, 1), (0, 2), (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (0, 11)]:
        scores[i, j] = scores[j, i] = 100.0  # tempting, but barred
        ok[i, j] = ok[j, i] = False
    groups = form_groups(scores, ok, 4)
    assert all(ok[i, j] for g in groups for i, j in itertools.combinations(g, 2))


def test_groups_spread_an_attribute() -> None:
    rng = np.random.default_rng(8)
    scores, ok = _symmetric(rng, 12)
    attribute = ["x"] * 6 + ["y"] * 6
    groups = form_groups(scores, ok, 4, attribute=attribute, balance="spread")
    assert all(sum(attribute[p] == "x" for p in g) == 2 for g in groups)


def test_spread_never_leaves_one_person_alone_with_their_value() -> None:
    rng = np.random.default_rng(9)
    scores, ok = _symmetric(rng, 12)
    attribute = ["woman"] * 4 + ["man"] * 7 + ["other"]  # "other" is held by one person only
    for seed in range(3):
        groups = form_groups(scores, ok, 4, attribute=attribute, balance="spread", seed=seed)
        for g in groups:
            assert sum(attribute[p] == "woman" for p in g) in (0, 2)
            assert sum(attribute[p] == "man" for p in g) != 1


def test_groups_gather_an_attribute_and_ignore_empty_values() -> None:
    rng = np.random.default_rng(10)
    scores, ok = _symmetric(rng, 13)
    attribute = ["sales"] * 6 + ["legal"] * 6 + [""]
    groups = form_groups(scores, ok, 3, attribute=attribute, balance="gather")
    for g in groups:
        assert len({attribute[p] for p in g if attribute[p]}) == 1


def test_groups_are_deterministic_for_a_seed() -> None:
    rng = np.random.default_rng(12)
    scores, ok = _symmetric(rng, 40, barred=0.1)
    first = form_groups(scores, ok, 4, seed=3)
    assert form_groups(scores, ok, 4, seed=3) == first


def test_groups_degenerate_inputs() -> None:
    assert form_groups(np.zeros((0, 0)), np.zeros((0, 0), dtype=bool), 4) == ()
    assert form_groups(np.zeros((1, 1)), np.ones((1, 1), dtype=bool), 4) == ((0,),)
    assert form_groups(np.ones((3, 3)), np.zeros((3, 3), dtype=bool), 4) == ((0, 1, 2),)
    assert sorted(map(len, form_groups(np.zeros((5, 5)), np.ones((5, 5), dtype=bool), 3))) == [
        2,
        3,
    ]


@pytest.mark.parametrize(
    ("size", "attribute", "balance"),
    [(1, None, "none"), (3, None, "mix"), (3, ["a"], "spread"), (3, None, "gather")],
)
def test_groups_reject_bad_input(size, attribute, balance) -> None:
    with pytest.raises(ValueError):
        form_groups(np.zeros((4, 4)), np.ones((4, 4)), size, attribute=attribute, balance=balance)


# --- Rotation rounds ----------------------------------------------------------------------


def _run_rotation(scores, ok, group_size: int = 2, limit: int = 100) -> list[tuple]:
    n = len(scores)
    met: set[frozenset[int]] = set()
    rounds = []
    while not all_met(n, met, ok) and len(rounds) < limit:
        groups = rotation_round(scores, ok, met, group_size=group_size)
        for g in groups:
            assert all(ok[i, j] for i, j in itertools.combinations(g, 2))
            assert not any(frozenset(p) in met for p in itertools.combinations(g, 2))
        met |= {frozenset(g) for g in groups}
        rounds.append(groups)
    return rounds


@pytest.mark.parametrize("seed", range(4))
def test_pair_rotation_is_a_round_robin_for_8_people(seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores, ok = _symmetric(rng, 8, uniform=True)
    rounds = _run_rotation(scores, ok)
    assert len(rounds) == 7
    assert all(len(r) == 4 for r in rounds)


@pytest.mark.parametrize("seed", range(4))
def test_pair_rotation_is_a_round_robin_for_9_people(seed: int) -> None:
    rng = np.random.default_rng(seed)
    scores, ok = _symmetric(rng, 9, uniform=True)
    rounds = _run_rotation(scores, ok)
    assert len(rounds) == 9
    assert all(len(r) == 4 for r in rounds)
    sat_out = [next(p for p in range(9) if all(p not in pair for pair in r)) for r in rounds]
    assert sorted(sat_out) == list(range(9))


def test_pair_rotation_completes_for_larger_even_and_odd_pools() -> None:
    for n in (12, 17, 22):
        rng = np.random.default_rng(n)
        scores, ok = _symmetric(rng, n)
        assert len(_run_rotation(scores, ok)) == (n - 1 if n % 2 == 0 else n)


def test_pair_rotation_best_round_first() -> None:
    rng = np.random.default_rng(1)
    scores, ok = _symmetric(rng, 10)
    first = rotation_round(scores, ok, [])
    assert first == pair_peers(scores, ok).pairs


def test_pair_rotation_avoids_a_round_that_leaves_odd_cycles() -> None:
    # Left to meet: a prism (two triangles 0-1-2 and 3-4-5 plus the rungs 0-3, 1-4, 2-5).
    # Taking the high-scoring rungs would leave two triangles, which no round can cover.
    prism = {(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (0, 3), (1, 4), (2, 5)}
    met = [frozenset(p) for p in itertools.combinations(range(6), 2) if p not in prism]
    scores = np.full((6, 6), 10.0)
    for i, j in [(0, 3), (1, 4), (2, 5)]:
        scores[i, j] = scores[j, i] = 100.0
    ok = np.ones((6, 6), dtype=bool)
    assert pair_peers(scores, ok & ~_met(6, met)).pairs == ((0, 3), (1, 4), (2, 5))
    first = rotation_round(scores, ok, met)
    assert len(first) == 3 and first != ((0, 3), (1, 4), (2, 5))
    met += [frozenset(p) for p in first]
    second = rotation_round(scores, ok, met)
    met += [frozenset(p) for p in second]
    third = rotation_round(scores, ok, met)
    assert len(second) == len(third) == 3
    assert all_met(6, met + [frozenset(p) for p in third], ok)


def test_pair_rotation_when_no_full_round_is_left() -> None:
    # Left to meet: two triangles. The best round has one pair per triangle.
    met = [frozenset((i, j)) for i in range(3) for j in range(3, 6)]
    rng = np.random.default_rng(0)
    scores, ok = _symmetric(rng, 6)
    ok[:] = True
    round_ = rotation_round(scores, ok, met)
    assert len(round_) == 2
    assert all((i < 3) == (j < 3) for i, j in round_)


def test_pair_rotation_with_ineligible_people_and_odd_leftovers() -> None:
    rng = np.random.default_rng(6)
    scores, ok = _symmetric(rng, 10, barred=0.3)
    rounds = _run_rotation(scores, ok)
    assert rounds and all_met(10, {frozenset(p) for r in rounds for p in r}, ok)
    # An odd pool where the people who sat out cannot be told apart: plain best pairs.
    ok = np.ones((5, 5), dtype=bool)
    met = [frozenset((0, 1)), frozenset((0, 2))]
    assert len(rotation_round(np.ones((5, 5)), ok, met)) == 2


def test_rotation_search_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rotation, "_FACTOR_WORK", 5)
    rng = np.random.default_rng(3)
    scores, ok = _symmetric(rng, 8, uniform=True)
    rounds = _run_rotation(scores, ok, limit=12)
    assert len(rounds) >= 7  # without the search the optimiser may get stuck; never repeats
    met = [frozenset((i, j)) for i in range(3) for j in range(3, 6)]
    assert len(rotation_round(np.ones((6, 6)), np.ones((6, 6)), met)) == 2


def test_one_factorisation() -> None:
    rounds = rotation._one_factorisation(np.ones((8, 8), dtype=bool) & ~np.eye(8, dtype=bool), 7)
    assert rounds is not None and len(rounds) == 7
    assert all(sorted(p for pair in r for p in pair) == list(range(8)) for r in rounds)
    assert len({frozenset(p) for r in rounds for p in r}) == 28
    cube = np.zeros((8, 8), dtype=bool)
    for i in range(8):
        for bit in (1, 2, 4):
            cube[i, i ^ bit] = True
    rounds = rotation._one_factorisation(cube, 3)
    assert rounds is not None and len({frozenset(p) for r in rounds for p in r}) == 12
    triangles = np.zeros((6, 6), dtype=bool)
    for i, j in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]:
        triangles[i, j] = triangles[j, i] = True
    assert rotation._one_factorisation(triangles, 2) is None


def test_group_rotation_never_repeats_a_meeting() -> None:
    for n, size in ((12, 3), (13, 4)):
        rng = np.random.default_rng(n)
        scores, ok = _symmetric(rng, n)
        rounds = _run_rotation(scores, ok, group_size=size)
        assert all_met(n, {frozenset(g) for r in rounds for g in r}, ok)
        assert sorted(map(len, rounds[0])) == _balanced_sizes(n, size)


def test_all_met() -> None:
    ok = np.ones((4, 4), dtype=bool)
    assert all_met(0, [], np.zeros((0, 0), dtype=bool))
    assert all_met(1, [], np.ones((1, 1), dtype=bool))
    assert not all_met(4, [frozenset((0, 1, 2))], ok)
    assert all_met(4, [frozenset((0, 1, 2)), frozenset((0, 3)), frozenset((1, 2, 3))], ok)
    ok[0, 3] = False
    assert all_met(4, [frozenset((0, 1, 2)), frozenset((1, 2, 3))], ok)
    with pytest.raises(ValueError):
        all_met(3, [], ok)
    with pytest.raises(ValueError):
        all_met(4, [frozenset((0, 4))], ok)
    with pytest.raises(ValueError):
        rotation_round(np.zeros((4, 4)), ok, [], group_size=1)
    everyone = [frozenset(range(4))]
    assert rotation_round(np.zeros((4, 4)), np.ones((4, 4)), everyone) == ()
    assert rotation_round(np.zeros((4, 4)), np.ones((4, 4)), everyone, group_size=3) == ()


def _met(n: int, met) -> np.ndarray:
    seen = np.zeros((n, n), dtype=bool)
    for group in met:
        for i, j in itertools.combinations(sorted(group), 2):
            seen[i, j] = seen[j, i] = True
    return seen
