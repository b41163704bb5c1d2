"""Peer groups of a chosen size with optional balance rules (iterated local search)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from ._arrays import BoolArray, FloatArray, IntArray, square

BALANCE_MODES = ("none", "spread", "gather")
# Tiers of the group objective (ineligible pair > lone member > balance > score): one swap of two
# people changes fewer than 64 pairs or lone members, so one unit of a higher tier outweighs
# anything a single move can gain in the tiers below.
_TIER = 64.0
_KICKS = 60  # group formation: perturbations of the best grouping so far
_KICK_SWAPS = 4  # group formation: random swaps per perturbation


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
    s, ok = square(scores, eligible)
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
