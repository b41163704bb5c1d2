"""Mentor–mentee assignment: the best pairs over capacity slots (scipy underneath)."""

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
    matrices,
    pair_bonus,
)
from .sparse_assign import certified_assignment

# From this many pairs on, when the slots and the mentees are about as many (scipy is fast
# when one side has plenty to spare), the sparse solve with a certificate goes first; below,
# scipy's dense solve is faster (the two cross at about 600 × 600 on generated programs).
_SPARSE_FROM = 600
_SPARSE_BALANCE = 0.8


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
    s, ok = matrices(scores, eligible)
    n_rows, n_cols = s.shape
    cap = np.asarray(capacity)
    whole_numbers = np.issubdtype(cap.dtype, np.integer) or (
        np.issubdtype(cap.dtype, np.floating) and bool(np.all(np.mod(cap, 1) == 0))
    )
    if cap.shape != (n_rows,) or not whole_numbers:
        raise ValueError("capacity needs one whole number per row")
    if (cap < 0).any():
        raise ValueError("capacity cannot be negative")
    locked = checked_pairs(fixed, n_rows, n_cols, peers=False)
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
    return as_assignment(locked + found, s, peers=False)


def _assign_slots(
    s: FloatArray, ok: BoolArray, slots: npt.NDArray[np.int64], maximise_matched: bool
) -> list[Pair]:
    """Rows repeated once per slot, then one optimal assignment; ineligible picks are dropped.

    Large, balanced problems go to the sparse solve with its certificate of optimality
    (sparse_assign); the rest, and any it cannot certify, to scipy's dense solve.
    """
    cost = np.negative(s)
    if maximise_matched:
        most = min(int(slots.sum()), s.shape[1])
        cost -= pair_bonus(s, ok, most)
    if not ok.all():
        cost[~ok] = 0.0  # the same as leaving the slot empty
    fewer, more = sorted((int(slots.sum()), s.shape[1]))
    found = None
    if fewer >= max(_SPARSE_FROM, _SPARSE_BALANCE * more):
        # This reduces ``cost`` in place, keeping its optimal assignments.
        found = certified_assignment(cost, slots, np.ones(s.shape[1], dtype=np.int64))
    if found is not None:
        row, col = found
    elif (slots == 1).all():
        row, col = lsa()(cost)
    else:
        # Mentees as rows and slots as columns: with repeated rows scipy is 2-6x slower.
        owner = np.repeat(np.arange(len(slots)), slots)
        col, slot = lsa()(np.ascontiguousarray(cost[owner].T))
        row = owner[slot]
    keep = ok[row, col]
    return list(zip(row[keep].tolist(), col[keep].tolist(), strict=True))
