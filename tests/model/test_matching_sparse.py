"""The sparse assignment and its certificate: always scipy's optimum, or None (then dense)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from mentordesk.model.matching import assign, assignment, sparse_assign
from mentordesk.model.matching.sparse_assign import certified_assignment

from .test_matching import _best_assignment

# --- Helpers ------------------------------------------------------------------------------


def _ones(n: int) -> np.ndarray:
    return np.ones(n, dtype=np.int64)


def _optimum(cost: np.ndarray, row_copies, column_copies) -> float:
    """scipy's optimum on the expanded matrix."""
    expanded = cost[np.repeat(np.arange(len(row_copies)), row_copies)]
    expanded = expanded[:, np.repeat(np.arange(len(column_copies)), column_copies)]
    rows, cols = linear_sum_assignment(expanded)
    return float(expanded[rows, cols].sum())


def _check(cost: np.ndarray, row_copies, column_copies, found) -> None:
    """``found`` assigns every copy on the smaller side once, at scipy's optimal cost."""
    rows, cols = found
    row_copies, column_copies = np.asarray(row_copies), np.asarray(column_copies)
    assert len(rows) == min(row_copies.sum(), column_copies.sum())
    assert (np.bincount(rows, minlength=len(row_copies)) <= row_copies).all()
    assert (np.bincount(cols, minlength=len(column_copies)) <= column_copies).all()
    assert len(set(zip(rows.tolist(), cols.tolist(), strict=True))) == len(rows)
    scale = max(1.0, float(np.abs(cost).max()))
    expected = _optimum(cost, row_copies, column_copies)
    assert cost[rows, cols].sum() == pytest.approx(expected, rel=0, abs=1e-9 * scale * len(rows))


def _realistic(rng: np.random.Generator, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores like MentorDesk's: popular mentees, shared skills, few levels, many ties."""
    skills = rng.random((n, 12)) < np.linspace(0.6, 0.05, 12)
    wanted = rng.random((m, 12)) < np.linspace(0.5, 0.05, 12)
    fit = (skills.astype(float) @ wanted.T) / np.maximum(wanted.sum(axis=1), 1)
    level = rng.integers(0, 4, n)[:, None] - rng.integers(0, 4, m)[None, :]
    raw = 50 * fit + 30 * np.isin(level, (1, 2)) + 20 * (rng.random((n, m)) < 0.3)
    scores = np.round(raw * 1.08) / 1.08
    return scores, rng.random((n, m)) >= 0.02


@pytest.fixture
def sparse_only(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The sparse path from any size on; records whether each attempt was certified."""
    monkeypatch.setattr(assignment, "_SPARSE_FROM", 1)
    monkeypatch.setattr(assignment, "_SPARSE_BALANCE", 0.0)
    certified: list[bool] = []
    real = assignment.certified_assignment

    def recording(*args):
        found = real(*args)
        certified.append(found is not None)
        return found

    monkeypatch.setattr(assignment, "certified_assignment", recording)
    return certified


# --- certified_assignment against scipy ---------------------------------------------------


@pytest.mark.parametrize("seed", range(30))
def test_certified_assignment_reaches_scipys_optimum(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 40)), int(rng.integers(1, 40))
    row_copies = rng.integers(1, 4, n) if seed % 3 == 1 else _ones(n)
    column_copies = rng.integers(1, 4, m) if seed % 3 == 2 else _ones(m)
    if seed % 2:
        cost = rng.uniform(-50, 50, (n, m))
    else:
        cost = rng.integers(0, 5, (n, m)).astype(float)  # many ties
    found = certified_assignment(cost.copy(), row_copies, column_copies)
    assert found is not None
    _check(cost, row_copies, column_copies, found)


@pytest.mark.parametrize(("n", "m"), [(300, 300), (240, 300), (300, 240), (150, 300)])
def test_certified_assignment_on_realistic_scores(n: int, m: int) -> None:
    scores, ok = _realistic(np.random.default_rng(n + m), n, m)
    cost = np.where(ok, -(scores + 2 * min(n, m) * 100.0 + 1.0), 0.0)
    copies = _ones(n) if n >= m / 2 else np.full(n, 2)
    found = certified_assignment(cost.copy(), copies, _ones(m))
    assert found is not None
    _check(cost, copies, _ones(m), found)


def test_certified_assignment_when_every_assignment_ties() -> None:
    # Popularity only (a_i + b_j): every full assignment has the same total. Also every cell
    # equal: the threshold would let in the whole matrix, so only each row's cheapest go in.
    rng = np.random.default_rng(1)
    for cost in (
        -np.add.outer(rng.uniform(0, 50, 120), rng.uniform(0, 50, 120)) - 24_001.0,
        np.full((120, 120), -7.0),
    ):
        found = certified_assignment(cost.copy(), _ones(120), _ones(120))
        assert found is not None
        _check(cost, _ones(120), _ones(120), found)


def test_certified_assignment_gives_up_or_stops_after_its_rounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Costs x_i * y_j: the cheapest cells of every row and column miss the optimum (big with
    # big, small with small), and nearly every cell fails the certificate.
    rng = np.random.default_rng(2)
    cost = -np.outer(rng.uniform(0, 10, 200), rng.uniform(0, 10, 200))
    assert certified_assignment(cost.copy(), _ones(200), _ones(200)) is None
    # A realistic case needs a second round; with one round only, it is not certified.
    scores, ok = _realistic(np.random.default_rng(600), 300, 300)
    cost = np.where(ok, -(scores + 60_001.0), 0.0)
    monkeypatch.setattr(sparse_assign, "_ROUNDS", 1)
    assert certified_assignment(cost.copy(), _ones(300), _ones(300)) is None


def test_potentials_cut_short_never_certify_a_wrong_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Bellman–Ford stopped after two passes: the potentials may be infeasible, which the
    # check over every cell catches; whatever comes back is still optimal.
    monkeypatch.setattr(sparse_assign, "_PASSES", 0)
    for seed in range(6):
        rng = np.random.default_rng(seed)
        scores, _ = _realistic(rng, 60, 50 + 10 * (seed % 2))
        cost = -scores
        found = certified_assignment(cost.copy(), _ones(60), _ones(len(cost[0])))
        if found is not None:
            _check(cost, _ones(60), _ones(len(cost[0])), found)


def test_candidates_keep_the_pairs_and_the_cheapest_of_every_row_and_column() -> None:
    m = np.arange(36.0).reshape(6, 6)[::-1].copy()
    cells = sparse_assign._candidates(m, 1, np.array([0, 7]), (3, 2))
    assert (np.diff(cells) > 0).all()
    chosen = np.zeros(36, dtype=bool)
    chosen[cells] = True
    chosen = chosen.reshape(6, 6)
    assert chosen[0, 0] and chosen[1, 1]
    assert chosen[:, :3].all()  # each row's three cheapest
    assert chosen[4:].all()  # each column's two cheapest (the rows run backwards)


def test_expand_lists_every_copy_of_a_cell() -> None:
    rows, cols = sparse_assign._expand(
        np.array([0, 1, 1]), np.array([1, 0, 1]), np.array([2, 1]), np.array([1, 3])
    )
    # Row 0 has copies 0-1, row 1 is copy 2; column 0 is copy 0, column 1 copies 1-3.
    assert sorted(zip(rows.tolist(), cols.tolist(), strict=True)) == sorted(
        [(0, 1), (1, 1), (0, 2), (1, 2), (0, 3), (1, 3), (2, 0), (2, 1), (2, 2), (2, 3)]
    )


# --- assign through the sparse path --------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_sparse_assign_is_optimal_against_brute_force(seed: int, sparse_only: list[bool]) -> None:
    rng = np.random.default_rng(1000 + seed)
    rows, cols = int(rng.integers(1, 5)), int(rng.integers(1, 7))
    scores = np.round(rng.uniform(0, 100, (rows, cols)), 1)
    ok = rng.random((rows, cols)) > 0.3
    capacity = rng.integers(0, 3, rows)
    for most in (True, False):
        result = assign(scores, ok, capacity, maximise_matched=most)
        chosen = [(r, c) for r, c in result.pairs if ok[r, c]]
        total = sum(scores[r, c] for r, c in chosen)
        key = (len(chosen), total) if most else (total,)
        assert key == pytest.approx(_best_assignment(scores, ok, capacity, [], most))


@pytest.mark.parametrize(("n", "m", "capacity"), [(400, 400, 1), (220, 400, 2), (400, 330, 1)])
def test_sparse_assign_on_realistic_programs(
    n: int, m: int, capacity: int, sparse_only: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    scores, ok = _realistic(np.random.default_rng(7 * n + m), n, m)
    caps = np.full(n, capacity)
    sparse = assign(scores, ok, caps)
    other = assign(scores, ok, caps, maximise_matched=False)
    assert sparse_only == [True, True]  # both certified, no dense solve
    monkeypatch.setattr(assignment, "_SPARSE_FROM", 10**9)
    dense = assign(scores, ok, caps)
    assert len(sparse.pairs) == len(dense.pairs)
    assert sparse.total == pytest.approx(dense.total, abs=1e-6)
    assert other.total == pytest.approx(assign(scores, ok, caps, maximise_matched=False).total)
    assert all(ok[p] for p in sparse.pairs)
    assert (np.bincount([r for r, _ in sparse.pairs], minlength=n) <= capacity).all()


def test_sparse_assign_falls_back_to_the_dense_solve(
    sparse_only: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(4)
    scores = np.outer(rng.uniform(0, 10, 150), rng.uniform(0, 10, 150))
    result = assign(scores, np.ones((150, 150), dtype=bool), _ones(150))
    assert sparse_only == [False]
    rows, cols = linear_sum_assignment(scores, maximize=True)
    assert result.total == pytest.approx(scores[rows, cols].sum())


def test_dense_solve_for_small_or_lopsided_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args):
        raise AssertionError("the sparse path should not run")

    monkeypatch.setattr(assignment, "certified_assignment", never)
    scores, ok = _realistic(np.random.default_rng(9), 400, 250)  # 250 < 0.8 × 400
    assert len(assign(scores, ok, _ones(400)).pairs) == 250
    assert len(assign(scores[:200, :200], ok[:200, :200], _ones(200)).pairs) == 200
