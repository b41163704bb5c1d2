"""Mentor–mentee assignment: optimality against brute force, rules; lazy scipy import."""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np
import pytest

from mentordesk.model.matching import Assignment, assign, assignment

# --- Helpers ------------------------------------------------------------------------------


def _symmetric(rng: np.random.Generator, n: int, *, barred: float = 0.0, uniform: bool = False):
    """A random symmetric score matrix (0–100) and eligibility with about ``barred`` ineligible."""
    if uniform:
        raw = rng.uniform(0, 100, (n, n))
    else:
        raw = np.round(rng.normal(55, 18, (n, n)).clip(0, 100))
    scores = np.triu(raw, 1)
    scores = scores + scores.T
    ok = np.triu(rng.random((n, n)) >= barred, 1)
    return scores, ok | ok.T


def _best_assignment(scores, ok, capacity, fixed, maximise_matched):
    """Brute force: every mentee picks a mentor or nobody; returns (matched, total) or (total,)."""
    rows, cols = scores.shape
    left = np.array(capacity, dtype=int)
    for r, _ in fixed:
        left[r] -= 1
    taken = {c for _, c in fixed}
    free = [c for c in range(cols) if c not in taken]
    best = None
    choices = [[-1] + [r for r in range(rows) if ok[r, c]] for c in free]
    for pick in itertools.product(*choices):
        used = np.bincount([r for r in pick if r >= 0], minlength=rows)
        if (used > np.maximum(left, 0)).any():
            continue
        total = sum(scores[r, c] for r, c in zip(pick, free, strict=True) if r >= 0)
        key = (sum(r >= 0 for r in pick), total) if maximise_matched else (total,)
        best = key if best is None or key > best else best
    return best


# --- Mentor–mentee assignment -------------------------------------------------------------


@pytest.fixture(params=["dense", "sparse"])
def solver(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each assignment test twice: scipy's dense solve, then the sparse solve with its
    certificate (used from any size on, so small cases go through it too)."""
    sparse = request.param == "sparse"
    monkeypatch.setattr(assignment, "_SPARSE_FROM", 1 if sparse else 10**9)
    monkeypatch.setattr(assignment, "_SPARSE_BALANCE", 0.0)
    return str(request.param)


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.usefixtures("solver")
def test_assign_is_optimal_against_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows, cols = int(rng.integers(1, 5)), int(rng.integers(1, 7))
    scores = rng.integers(0, 101, (rows, cols)).astype(float)
    ok = rng.random((rows, cols)) > 0.35
    capacity = rng.integers(0, 4, rows)
    fixed = [(int(rng.integers(rows)), int(rng.integers(cols)))] if seed % 3 == 0 else []
    for maximise_matched in (True, False):
        result = assign(scores, ok, capacity, maximise_matched=maximise_matched, fixed=fixed)
        chosen = [p for p in result.pairs if p not in fixed]
        assert all(ok[r, c] for r, c in chosen)
        assert set(fixed) <= set(result.pairs)
        per_row = np.bincount([r for r, _ in result.pairs], minlength=rows)
        fixed_per_row = np.bincount([r for r, _ in fixed], minlength=rows)
        assert (per_row <= np.maximum(capacity, fixed_per_row)).all()
        assert len({c for _, c in result.pairs}) == len(result.pairs)
        total = sum(scores[r, c] for r, c in chosen)
        key = (len(chosen), total) if maximise_matched else (total,)
        assert key == pytest.approx(_best_assignment(scores, ok, capacity, fixed, maximise_matched))
        assert result.total == pytest.approx(sum(scores[r, c] for r, c in result.pairs))
        assert set(result.unmatched_rows) == set(range(rows)) - {r for r, _ in result.pairs}
        assert set(result.unmatched_columns) == set(range(cols)) - {c for _, c in result.pairs}


@pytest.mark.usefixtures("solver")
def test_maximise_matched_prefers_more_mentees_over_a_higher_total() -> None:
    scores = np.array([[100.0, 80.0], [5.0, 0.0]])
    ok = np.array([[True, True], [True, False]])
    both = assign(scores, ok, [1, 1])
    assert both.pairs == ((0, 1), (1, 0))
    assert both.total == 85.0
    best_total = assign(scores, ok, [1, 1], maximise_matched=False)
    assert best_total.pairs == ((0, 0),)
    assert best_total.total == 100.0
    assert best_total.unmatched_rows == (1,)
    assert best_total.unmatched_columns == (1,)


@pytest.mark.usefixtures("solver")
def test_assign_respects_capacities_and_eligibility_at_scale() -> None:
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 101, (60, 200)).astype(float)
    ok = rng.random((60, 200)) > 0.3
    capacity = rng.integers(0, 5, 60)
    result = assign(scores, ok, capacity)
    assert all(ok[r, c] for r, c in result.pairs)
    assert (np.bincount([r for r, _ in result.pairs], minlength=60) <= capacity).all()
    assert len({c for _, c in result.pairs}) == len(result.pairs)
    # The same optimum as one slot per place, built by hand.
    from scipy.optimize import linear_sum_assignment

    owner = np.repeat(np.arange(60), capacity)
    cost = np.where(ok, -(scores + 1e6), 0.0)[owner]
    slot, col = linear_sum_assignment(cost)
    keep = ok[owner[slot], col]
    assert len(result.pairs) == keep.sum()
    assert result.total == pytest.approx(scores[owner[slot], col][keep].sum())


@pytest.mark.usefixtures("solver")
def test_fixed_pairs_are_kept_use_capacity_and_are_not_reassigned() -> None:
    scores = np.array([[10.0, 90.0, 80.0], [70.0, 95.0, 60.0]])
    ok = np.array([[False, True, True], [True, True, True]])
    result = assign(scores, ok, [2, 1], fixed=[(0, 0), (1, 2)])
    # (0, 0) is ineligible but locked; mentor 1 is full, so mentee 1 goes to mentor 0.
    assert result.pairs == ((0, 0), (0, 1), (1, 2))
    assert result.total == 10.0 + 90.0 + 60.0
    assert result.unmatched_rows == ()
    # More locked pairs than capacity: kept, and nothing more for that mentor.
    over = assign(scores, ok, [0, 1], fixed=[(0, 1)])
    assert over.pairs == ((0, 1), (1, 0))


@pytest.mark.usefixtures("solver")
def test_assign_huge_capacity_is_capped_by_the_mentees() -> None:
    scores = np.array([[50.0, 60.0, 70.0]])
    result = assign(scores, np.ones((1, 3), dtype=bool), [10**9])
    assert result.pairs == ((0, 0), (0, 1), (0, 2))
    assert result.total == 180.0
    assert assign(scores, np.ones((1, 3), dtype=bool), np.array([2.0])).total == 130.0


@pytest.mark.usefixtures("solver")
def test_assign_several_slots_per_mentor_when_mentors_are_few() -> None:
    rng = np.random.default_rng(3)
    scores = rng.integers(0, 101, (3, 7)).astype(float)
    ok = np.ones((3, 7), dtype=bool)
    result = assign(scores, ok, [3, 3, 3])
    assert len(result.pairs) == 7
    assert result.total == pytest.approx(_best_assignment(scores, ok, [3] * 3, [], True)[1])


@pytest.mark.usefixtures("solver")
def test_assign_degenerate_inputs() -> None:
    empty = assign(np.zeros((0, 0)), np.zeros((0, 0), dtype=bool), np.zeros(0, dtype=int))
    assert empty == Assignment((), 0.0, (), ())
    no_mentees = assign(np.zeros((2, 0)), np.zeros((2, 0), dtype=bool), [1, 1])
    assert no_mentees.unmatched_rows == (0, 1)
    no_mentors = assign(np.zeros((0, 2)), np.zeros((0, 2), dtype=bool), np.zeros(0, dtype=int))
    assert no_mentors.unmatched_columns == (0, 1)
    scores = np.full((2, 2), 50.0)
    nobody = assign(scores, np.zeros((2, 2), dtype=bool), [1, 1])
    assert nobody.pairs == () and nobody.unmatched_columns == (0, 1)
    full = assign(scores, np.ones((2, 2), dtype=bool), [0, 0])
    assert full.pairs == () and full.total == 0.0


@pytest.mark.usefixtures("solver")
def test_assign_treats_non_finite_scores_as_ineligible() -> None:
    scores = np.array([[np.nan, 40.0], [np.inf, -np.inf]])
    result = assign(scores, np.ones((2, 2), dtype=bool), [1, 1])
    assert result.pairs == ((0, 1),)


@pytest.mark.parametrize(
    ("scores", "ok", "capacity", "fixed"),
    [
        (np.zeros(3), np.zeros(3, dtype=bool), [1], ()),
        (np.zeros((2, 2)), np.zeros((2, 3), dtype=bool), [1, 1], ()),
        (np.zeros((2, 2)), np.zeros((2, 2), dtype=bool), [1], ()),
        (np.zeros((2, 2)), np.zeros((2, 2), dtype=bool), [1.5, 1.0], ()),
        (np.zeros((2, 2)), np.zeros((2, 2), dtype=bool), [1, -1], ()),
        (np.zeros((2, 2)), np.zeros((2, 2), dtype=bool), [1, 1], [(0, 2)]),
        (np.zeros((2, 2)), np.zeros((2, 2), dtype=bool), [1, 1], [(0, 1), (1, 1)]),
    ],
)
def test_assign_rejects_bad_input(scores, ok, capacity, fixed) -> None:
    with pytest.raises(ValueError):
        assign(scores, ok, capacity, fixed=fixed)


# --- Architecture -------------------------------------------------------------------------


def test_matching_imports_scipy_only_when_used() -> None:
    code = (
        "import sys; import mentordesk.model.matching as m; "
        "print('scipy' in sys.modules); "
        "m.form_groups([[0, 1], [1, 0]], [[0, 1], [1, 0]], 2); print('scipy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]
