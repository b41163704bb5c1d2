"""The assignment solved on a sparse graph of likely pairs, then proven optimal on the full matrix.

scipy's dense ``linear_sum_assignment`` augments one row at a time from scratch; on real score
matrices (popular mentees that most mentors rank first, many equal scores) each augmenting
path crosses much of the matrix. Here instead:

1. Reduce the costs: subtract each row's minimum (every row is matched, so that changes every
   assignment's cost alike), and each column's minimum when the problem is square.
2. Candidates: the cells below a threshold (about ``_FIRST_PER_ROW`` per row), at least the
   ``_ROW_AT_LEAST`` cheapest of every row and ``_COLUMN_AT_LEAST`` of every column, and a
   full matching. Solve that sparse problem exactly with scipy's LAPJVsp
   (``min_weight_full_bipartite_matching``).
3. Certificate: dual potentials for that solution, from Bellman–Ford on its exchange graph. If
   no cell of the *full* matrix has a negative reduced cost under them, the solution is optimal
   for the full matrix (linear-programming duality), to within ``_TOL`` times the largest cost
   per pair (rounding). Otherwise the candidates are chosen again, now the cells closest to
   tight under those potentials, and the costs less the potentials go to the solver (which
   is several times faster on them). After ``_ROUNDS`` rounds, or when far too many cells
   fail, None: the caller solves the dense matrix instead.

Rows may stand for several identical slots (a mentor's capacity): ``row_copies`` says how many
(``column_copies`` likewise), and the matrices stay compact.
"""

from __future__ import annotations

import numpy as np

from ._arrays import FloatArray, IntArray

_FIRST_PER_ROW = 16  # round 1: cells about this many per row, the cheapest after reduction
_LATER_PER_ROW = 16  # later rounds: the cells closest to tight under the last potentials
_ROW_AT_LEAST = 12  # round 1: every row keeps at least this many of its cheapest cells
_COLUMN_AT_LEAST = 8  # and every column
_LATER_AT_LEAST = 4  # later rounds: every row and column (most cells are near tight then)
_MOST_PER_ROW = 64  # more cells than this per row below the threshold: only the cheapest
_ROUNDS = 4
_HOPELESS = 8  # more cells than this per row with negative reduced costs: give up
_TOL = 1e-13
_PASSES = 2  # Bellman–Ford: at most this many passes per row (a few dozen in all are usual)


def certified_assignment(
    cost: FloatArray, row_copies: IntArray, column_copies: IntArray
) -> tuple[IntArray, IntArray] | None:
    """Minimum-cost assignment of the expanded matrix as compact (row, column) pairs, or None.

    The expanded matrix repeats row i ``row_copies[i]`` times and column j ``column_copies[j]``
    times; every expanded row, or every expanded column when they are fewer, is assigned, as
    by scipy's ``linear_sum_assignment``. None when the certificate kept failing. ``cost`` is
    left reduced (minus row minima, and column minima when square, on the side that is fully
    assigned): the same optimal assignments, so the caller's dense solve can use it.
    """
    if row_copies.sum() > column_copies.sum():
        found = certified_assignment(cost.T, column_copies, row_copies)
        return None if found is None else (found[1], found[0])
    row_key = np.repeat(np.arange(len(row_copies)), row_copies)
    column_key = np.repeat(np.arange(len(column_copies)), column_copies)
    square = len(row_key) == len(column_key)
    row_min = cost.min(axis=1)
    red = cost  # reduced in place: the fully assigned side only, so no optimum changes
    red -= row_min[:, None]
    if square:
        red -= red.min(axis=0)
    # Rounding follows the size of the costs themselves (a bonus per pair makes them large).
    tol = _TOL * max(1.0, float(np.abs(row_min).max() + red.max()))
    width = red.shape[1]
    pairs = row_key * width + column_key[: len(row_key)]  # a full matching: the graph has one
    cells = _candidates(red, _FIRST_PER_ROW, pairs, (_ROW_AT_LEAST, _COLUMN_AT_LEAST))
    reduced = np.empty_like(red)
    u, v = np.zeros(len(row_key)), np.zeros(len(column_key))
    for _ in range(_ROUNDS):
        rows, cols = _expand(cells // width, cells % width, row_copies, column_copies)
        # Costs less the last potentials: every row is matched, so a row's shift changes no
        # assignment's ranking (a column's neither, when all are matched), and the solver
        # is several times faster on such nearly solved costs.
        weight = red[row_key[rows], column_key[cols]] - u[rows]
        if square:
            weight -= v[cols]
        match = _solve(weight, rows, cols, (len(row_key), len(column_key)))
        u, v = _potentials(red, row_key, column_key, rows, cols, match, tol, -u)
        # A row's worst case is its copy with the highest potential; the same for columns.
        row_top = np.full(red.shape[0], -np.inf)
        np.maximum.at(row_top, row_key, u)
        column_top = np.full(width, -np.inf)
        np.maximum.at(column_top, column_key, v)
        np.subtract(red, row_top[:, None], out=reduced)
        reduced -= column_top
        violated = np.count_nonzero(reduced < -tol)
        if not violated and (square or column_top.max() <= tol):
            return row_key, column_key[match]
        if violated > _HOPELESS * red.shape[0]:
            return None  # the graph misses most of what matters (e.g. costs x_i * y_j)
        pairs = row_key * width + column_key[match]
        cells = _candidates(reduced, _LATER_PER_ROW, pairs, (_LATER_AT_LEAST,) * 2)
    return None


def _candidates(
    m: FloatArray, per_row: int, pairs: IntArray, at_least: tuple[int, int]
) -> IntArray:
    """Sorted flat indexes of ``pairs`` and of the cells below a threshold (about ``per_row``
    per row; never below 0, so every tight or negative cell is in).

    Every row also keeps at least its ``at_least[0]`` cheapest cells, every column its
    ``at_least[1]``. When the threshold lets in far too many cells (many ties), those
    cheapest cells are all there is.
    """
    height, width = m.shape
    sample = m.ravel()[:: max(1, m.size // 20_000)]
    theta = max(float(np.quantile(sample, min(1.0, per_row / width))), 0.0)
    below = m <= theta
    found = np.count_nonzero(below, axis=1)
    if found.sum() > _MOST_PER_ROW * height:
        below[...] = False
        found[:] = 0
    below.flat[pairs] = True
    few = np.flatnonzero(found < at_least[0])
    below[few[:, None], _cheapest(m[few], at_least[0])] = True
    few = np.flatnonzero(np.count_nonzero(below, axis=0) < at_least[1])
    below[_cheapest(m.take(few, axis=1).T, at_least[1]), few[:, None]] = True
    return np.flatnonzero(below)


def _cheapest(m: FloatArray, k: int) -> IntArray:
    """Column indexes of the ``k`` smallest entries of each row, one row of them per row."""
    if k >= m.shape[1]:
        return np.broadcast_to(np.arange(m.shape[1]), m.shape)
    return np.argpartition(m, k - 1, axis=1)[:, :k]


def _expand(
    rows: IntArray, cols: IntArray, row_copies: IntArray, column_copies: IntArray
) -> tuple[IntArray, IntArray]:
    """Every copy of each compact cell, as expanded (row, column) indexes."""
    if len(row_copies) == row_copies.sum() and len(column_copies) == column_copies.sum():
        return rows, cols  # no copies
    row_start = np.cumsum(row_copies) - row_copies
    column_start = np.cumsum(column_copies) - column_copies
    height = row_copies[rows]
    repeats = height * column_copies[cols]
    cell = np.repeat(np.arange(len(rows)), repeats)
    offset = np.arange(len(cell)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    return (
        row_start[rows][cell] + offset % height[cell],
        column_start[cols][cell] + offset // height[cell],
    )


def _solve(weight: FloatArray, rows: IntArray, cols: IntArray, shape: tuple[int, int]) -> IntArray:
    """The column matched to each row: scipy's LAPJVsp on the sparse graph."""
    from scipy.sparse import csr_array  # type: ignore[import-untyped]
    from scipy.sparse.csgraph import (  # type: ignore[import-untyped]
        min_weight_full_bipartite_matching,
    )

    # Every row is matched, so a constant added to every weight changes nothing; LAPJVsp
    # needs weights that are not zero. One more column, never linked, keeps it from its
    # square-only start (augmenting row reduction), whose running time grows with the
    # precision of the costs: minutes for 300 × 300 on some float matrices.
    graph = csr_array((weight - weight.min() + 1.0, (rows, cols)), shape=(shape[0], shape[1] + 1))
    row, col = min_weight_full_bipartite_matching(graph)
    match = np.empty(shape[0], dtype=np.intp)
    match[row] = col
    return match


def _potentials(
    red: FloatArray,
    row_key: IntArray,
    column_key: IntArray,
    rows: IntArray,
    cols: IntArray,
    match: IntArray,
    tol: float,
    start: FloatArray,
) -> tuple[FloatArray, FloatArray]:
    """Dual potentials (u, v) for ``match``, tight on its pairs, feasible on the graph's edges.

    Exchange graph on rows: an edge (row i, column j) that is not in the matching becomes an
    arc i → (the row matched to j) weighing cost(i, j) − cost(that row, j). With fewer rows
    than columns, a stand-in node holds the unmatched columns (potential 0; every column's
    potential must be at most 0): i → stand-in weighs cost(i, j) for an unmatched j, and the
    stand-in → every row i weighs −cost(i, its column). Shortest distances d from all nodes
    at once (Bellman–Ford from d = ``start``, vectorised) give u = −d and v = cost(own pair) + d.
    """
    n_rows, n_cols = len(row_key), len(column_key)
    own = red[row_key, column_key[match]]
    owner = np.full(n_cols, n_rows)
    owner[match] = np.arange(n_rows)
    spare = cols != match[rows]
    src, col = rows[spare], cols[spare]
    dst = owner[col]
    weight = red[row_key[src], column_key[col]] - np.append(own, 0.0)[dst]
    stand_in = np.full(n_rows if n_rows < n_cols else 0, n_rows)
    src = np.concatenate([src, stand_in, [n_rows]])  # a zero self-loop: never an empty graph
    dst = np.concatenate([dst, np.arange(len(stand_in)), [n_rows]])
    weight = np.concatenate([weight, -own[: len(stand_in)], [0.0]])
    order = np.argsort(src, kind="stable")
    src, dst, weight = src[order], dst[order], weight[order]
    first = np.searchsorted(src, np.arange(n_rows + 2))  # each node's arcs: first[i]:first[i+1]
    d = np.append(start, 0.0)
    active = np.arange(n_rows + 1)
    # Bellman–Ford that only follows the arcs out of the nodes whose distance just dropped.
    for _ in range(_PASSES * n_rows + 2):
        count = first[active + 1] - first[active]
        arc = np.repeat(first[active] - np.cumsum(count) + count, count) + np.arange(count.sum())
        target, value = dst[arc], d[src[arc]] + weight[arc]
        better = value < d[target] - tol
        if not better.any():
            break
        target = target[better]
        np.minimum.at(d, target, value[better])
        dropped = np.zeros(n_rows + 1, dtype=bool)
        dropped[target] = True
        active = np.flatnonzero(dropped)
    d -= d[n_rows]
    v = np.zeros(n_cols)
    v[match] = own + d[:n_rows]
    return -d[:n_rows], v
