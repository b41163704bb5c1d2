"""The list criteria (skills, interests, language, availability) for every combination at once.

Each list field becomes one machine word of bits per person over the items both sides use: the
overlap of every combination is an AND and a popcount, and rarer items are added over their
holders. The overlaps become points with the arithmetic of
:func:`~mentordesk.model.compatibility_fits._list_points`, by blocks of rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain
from typing import Final, NamedTuple

import numpy as np
import numpy.typing as npt

from .compatibility_fits import NEUTRAL, _key

Floats = npt.NDArray[np.float64]
Counts = npt.NDArray[np.uint16] | npt.NDArray[np.uint8]
Ints = npt.NDArray[np.intp]

#: Up to this many items of a list field are compared as bits; rarer ones item by item.
BITSET_ITEMS: Final = 64
#: Rows per block of the element-wise work (fits the processor cache).
_BLOCK: Final = 32


_BYTE_BITS: Final = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)


def _popcount_bytes(
    x: npt.NDArray[np.unsignedinteger], out: npt.NDArray[np.uint8]
) -> npt.NDArray[np.uint8]:
    """Set bits per element, for numpy versions without ``bitwise_count`` (before 2.0)."""
    octets = np.ascontiguousarray(x).view(np.uint8).reshape(*x.shape, x.dtype.itemsize)
    counted: npt.NDArray[np.uint8] = _BYTE_BITS[octets].sum(axis=-1, dtype=np.uint8, out=out)
    return counted


_popcount = getattr(np, "bitwise_count", _popcount_bytes)


class _Overlap(NamedTuple):
    counts: Counts  # |left[i] ∩ right[j]| in distinct items
    left: Ints  # distinct items per person on the left
    right: Ints


def _overlap(left: Sequence[tuple[str, ...]], right: Sequence[tuple[str, ...]]) -> _Overlap:
    """How many items each left list shares with each right list (by key).

    Each distinct (person, item) becomes one entry of a sorted array, so duplicates and
    spellings of one item fold. The 64 shared items most held on both sides become bits, one
    word per person: the overlap of every combination is one AND and a popcount. Any shared
    items beyond those are added over their holders, item by item.
    """
    raws = set(chain.from_iterable(left)) | set(chain.from_iterable(right))
    index: dict[str, int] = {}
    code = {raw: index.setdefault(key, len(index)) if (key := _key(raw)) else -1 for raw in raws}
    entries = [_entries(side, code, len(index)) for side in (left, right)]
    held = [np.bincount(items, minlength=len(index)) for _, items in entries]
    both = held[0] * held[1]
    shared = int(np.count_nonzero(both))
    position = np.empty(len(index), dtype=np.intp)
    position[np.argsort(-both, kind="stable")] = np.arange(len(index))
    width = min(shared, BITSET_ITEMS)
    dtype = next(
        t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if np.iinfo(t).bits >= width
    )
    words = []
    for (owners, items), side in zip(entries, (left, right), strict=True):
        at = position[items]
        word = np.zeros(len(side), dtype=dtype)
        bit = at < width
        np.bitwise_or.at(word, owners[bit], np.ones(1, dtype) << at[bit].astype(dtype))
        words.append(word)
    a, b = words
    narrow = np.empty((len(left), len(right)), dtype=np.uint8)
    both_words = np.empty((_BLOCK, len(right)), dtype=dtype)
    for start in range(0, len(left), _BLOCK):  # in blocks, so the AND stays in the cache
        stop = min(start + _BLOCK, len(left))
        block = both_words[: stop - start]
        np.bitwise_and(a[start:stop, None], b[None, :], out=block)
        _popcount(block, out=narrow[start:stop])
    counts: Counts = narrow
    if shared > BITSET_ITEMS:
        if shared > np.iinfo(np.uint8).max:
            counts = counts.astype(np.uint16)
        holders = []
        for owners, items in entries:
            at = position[items]
            order = np.argsort(at, kind="stable")
            bounds = np.searchsorted(at[order], np.arange(BITSET_ITEMS, shared + 1))
            holders.append(np.split(owners[order], bounds)[1:-1])
        for rows, columns in zip(*holders, strict=True):
            counts[np.ix_(rows, columns)] += 1
    lengths = [
        np.bincount(owners, minlength=len(side))
        for (owners, _), side in zip(entries, (left, right), strict=True)
    ]
    return _Overlap(counts, lengths[0], lengths[1])


def _entries(
    side: Sequence[tuple[str, ...]], code: Mapping[str, int], size: int
) -> tuple[Ints, Ints]:
    """Each distinct (person, item) of one side, as two arrays sorted by person."""
    owners = np.repeat(np.arange(len(side)), np.fromiter(map(len, side), np.intp, len(side)))
    items = np.fromiter(map(code.__getitem__, chain.from_iterable(side)), np.intp, len(owners))
    known = items >= 0
    pairs = np.unique(owners[known] * size + items[known])
    return pairs // max(size, 1), pairs % max(size, 1)


def _add_list(
    score: Floats | None, overlap: _Overlap, points: float, language: bool, peers: bool
) -> Floats:
    """``score`` (a new matrix when None) plus :func:`_list_points` for every combination;
    ``overlap`` is of what the row has and the column needs (for peers: the row needs), and
    the work goes by blocks of rows, so each block stays in the processor cache."""
    counts, left, right = overlap
    neutral = NEUTRAL * points
    if language:
        shared = counts > 0

        def block(start: int, stop: int, out: Floats) -> None:
            np.multiply(shared[start:stop], points, out=out)
            out[:, right_empty] = neutral
            out[left[start:stop] == 0] = neutral

    elif not peers:  # the share of what the column needs that the row has
        scale = np.divide(points, right, out=np.zeros(len(right)), where=right > 0)[None, :]

        def block(start: int, stop: int, out: Floats) -> None:
            np.multiply(counts[start:stop], scale, out=out)
            out[:, right_empty] = neutral
            out[left[start:stop] == 0] = neutral

    else:  # half for each direction: what row i needs that j has, and what j needs that i has
        neutral = NEUTRAL * (points / 2)
        scale = np.divide(points / 2, left, out=np.zeros(len(left)), where=left > 0)
        other = np.ascontiguousarray(counts.T)  # what row i has and column j needs
        left_empty = np.flatnonzero(left == 0)
        turned = np.empty((_BLOCK, counts.shape[1]))

        def block(start: int, stop: int, out: Floats) -> None:
            np.multiply(counts[start:stop], scale[start:stop, None], out=out)
            out[left[start:stop] == 0] = neutral
            out[:, right_empty] = neutral
            back = turned[: stop - start]
            np.multiply(other[start:stop], scale[None, :], out=back)
            back[right[start:stop] == 0] = neutral
            back[:, left_empty] = neutral
            out += back

    right_empty = np.flatnonzero(right == 0)
    out = np.empty(counts.shape) if score is None else score
    part = np.empty((_BLOCK, counts.shape[1]))
    for start in range(0, len(counts), _BLOCK):
        stop = min(start + _BLOCK, len(counts))
        if score is None:
            block(start, stop, out[start:stop])
        else:
            block(start, stop, part[: stop - start])
            out[start:stop] += part[: stop - start]
    return out
