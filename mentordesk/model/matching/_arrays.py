"""Shared by the matchers: array types, input checks, the cardinality bonus, the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]
Pair = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Assignment:
    """Pairs chosen by a matcher, their total score and who was left without a partner.

    For peer pairs (one pool) both unmatched fields list the same people.
    """

    pairs: tuple[tuple[int, int], ...]  # (row, column) indexes, e.g. (mentor, mentee)
    total: float  # sum of their scores
    unmatched_rows: tuple[int, ...]
    unmatched_columns: tuple[int, ...]


def lsa() -> Any:
    from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

    return linear_sum_assignment


def pair_bonus(s: FloatArray, ok: BoolArray, most_pairs: int) -> float:
    """A per-pair bonus larger than any difference in total score over ``most_pairs`` pairs."""
    span = max(float(s.max(initial=0.0)), -float(s.min(initial=0.0)))
    if not np.isfinite(span):  # ineligible cells may hold inf or NaN; look at the others only
        span = float(np.max(np.abs(s), where=ok, initial=0.0))
    return 2.0 * most_pairs * span + 1.0


def matrices(scores: npt.ArrayLike, eligible: npt.ArrayLike) -> tuple[FloatArray, BoolArray]:
    s = np.asarray(scores, dtype=np.float64)
    if s.ndim != 2:
        raise ValueError("scores must be a matrix")
    ok = np.asarray(eligible, dtype=bool)
    if ok.shape != s.shape:
        raise ValueError("scores and eligible must have the same shape")
    return s, ok & np.isfinite(s)


def square(scores: npt.ArrayLike, eligible: npt.ArrayLike) -> tuple[FloatArray, BoolArray]:
    """One pool: a non-symmetric matrix is read as its symmetric mean; nobody with themselves."""
    s, ok = matrices(scores, eligible)
    if s.shape[0] != s.shape[1]:
        raise ValueError("a pool needs a square matrix")
    ok = ok & ok.T
    np.fill_diagonal(ok, False)
    return symmetric_mean(s), ok


def symmetric_mean(s: FloatArray) -> FloatArray:
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


def checked_pairs(
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


def as_assignment(pairs: list[Pair], s: FloatArray, *, peers: bool) -> Assignment:
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
