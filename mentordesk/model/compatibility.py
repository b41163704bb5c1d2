"""How well mentors and mentees (or peers) fit: score matrices for a whole program, and the
plain-words explanation of any one combination.

Each criterion gives a fit from 0 to 1 and the score is ``100 × Σ weight·fit / Σ weight`` over
the criteria whose weight is above 0. A criterion that cannot be judged for a combination (an
empty list on either side, a career level that is not one of the program's, no department or
location given, no partner preference from either) gives the neutral fit 0.5, so a missing
answer neither rewards nor punishes.

- skills, interests, availability: the share of the mentee's items (skills wanted, interests,
  free times) that the mentor has (skills offered, interests, free times); for peers the two
  directions averaged. Items compare case-insensitively, trimmed.
- language: 1 when they share one. Location: 1 in the same place, 0.5 when either is "Remote".
- level: 1 when the mentor is ``level_gap`` levels above the mentee, one third less for each
  level outside that range; for peers 1 at the same or a neighbouring level.
- department: 1 when different (or the same, by the program's rule). Preference: 1 when either
  asked for the other, 0 when either asked for someone else.

Hard constraints (withdrawn, the same person, "never pair", no shared language, mentor not
above, same department, no places left, outside the level gap) make a combination ineligible;
``Scores.reason`` holds the lowest :class:`Ineligible` number that applies. An ineligible
combination keeps its score, so the board can say what overriding the rule would give.

The matrices are computed for every combination at once, never pair by pair: each list field
becomes one machine word of bits per person over the items both sides use (the overlap of
every combination is an AND and a popcount, rarer items are added over their holders); level,
department, location, status and "asked for someone" make a few distinct profiles, whose small
table is read for every combination in one gather; the rest are row, column or single-cell
updates. :func:`explain` computes one combination in plain Python with the same arithmetic in
the same order, so its numbers equal the matrix exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import chain
from typing import Final, NamedTuple

import numpy as np
import numpy.typing as npt

from .domain import Participant, ParticipantStatus
from .i18n import tr
from .match_settings import (  # noqa: F401 (re-exported)
    DEFAULT_WEIGHTS,
    Criterion,
    DepartmentRule,
    MatchSettings,
    Rules,
)

Floats = npt.NDArray[np.float64]
Counts = npt.NDArray[np.uint16] | npt.NDArray[np.uint8]
Ints = npt.NDArray[np.intp]

NEUTRAL: Final = 0.5
#: Each level outside the ideal range takes this share of the level fit away (a third).
LEVEL_STEPS: Final = 3
#: Up to this many items of a list field are compared as bits; rarer ones item by item.
BITSET_ITEMS: Final = 64
#: Rows per block of the element-wise work (fits the processor cache).
_BLOCK: Final = 32


class Ineligible(IntEnum):
    """Why a combination may not be proposed; the lowest number that applies is reported."""

    NONE = 0
    WITHDRAWN = 1
    SAME_PERSON = 2
    NEVER = 3
    NO_SHARED_LANGUAGE = 4
    MENTOR_NOT_ABOVE = 5
    SAME_DEPARTMENT = 6
    NO_CAPACITY = 7
    OUTSIDE_LEVEL_GAP = 8

    @property
    def label(self) -> str:
        return {
            Ineligible.NONE: tr("Eligible"),
            Ineligible.WITHDRAWN: tr("Withdrawn"),
            Ineligible.SAME_PERSON: tr("Same person"),
            Ineligible.NEVER: tr("Never pair"),
            Ineligible.NO_SHARED_LANGUAGE: tr("No shared language"),
            Ineligible.MENTOR_NOT_ABOVE: tr("Mentor not above"),
            Ineligible.SAME_DEPARTMENT: tr("Same department"),
            Ineligible.NO_CAPACITY: tr("No places left"),
            Ineligible.OUTSIDE_LEVEL_GAP: tr("Outside the level gap"),
        }[self]

    def sentence(
        self,
        row: Participant,
        column: Participant,
        levels: Sequence[str] = (),
        settings: MatchSettings | None = None,
    ) -> str:
        """The reason in plain words for ``row`` (the mentor) and ``column`` (the mentee)."""
        a, b = _names(row, column)
        if self is Ineligible.WITHDRAWN:
            gone = [
                n for n, p in ((a, row), (b, column)) if p.status is ParticipantStatus.WITHDRAWN
            ]
            if len(gone) == 2:
                return tr("{a} and {b} have withdrawn").format(a=a, b=b)
            return tr("{name} has withdrawn").format(name=gone[0] if gone else a)
        if self is Ineligible.SAME_PERSON:
            return tr("{name} cannot be paired with themselves").format(name=a)
        if self is Ineligible.NEVER:
            return tr("The coordinator ruled out pairing {a} and {b}").format(a=a, b=b)
        if self is Ineligible.NO_SHARED_LANGUAGE:
            x, y = (", ".join(_items(p.languages).values()) for p in (row, column))
            return tr("No language in common ({a}: {x}; {b}: {y})").format(a=a, b=b, x=x, y=y)
        if self is Ineligible.MENTOR_NOT_ABOVE:
            return tr("{a} ({x}) is not above {b} ({y})").format(
                a=a, b=b, x=row.career_level, y=column.career_level
            )
        if self is Ineligible.SAME_DEPARTMENT:
            return tr("Both in {department}, and the program pairs across departments").format(
                department=row.department.strip()
            )
        if self is Ineligible.NO_CAPACITY:
            return tr("{name} has no places left for another mentee").format(name=a)
        if self is Ineligible.OUTSIDE_LEVEL_GAP:
            index = _level_index(tuple(levels))
            gap = index.get(_key(row.career_level), 0) - index.get(_key(column.career_level), 0)
            return tr("{gap} (required: {ideal} levels above)").format(
                gap=_gap_phrase(row.career_level, column.career_level, gap),
                ideal=_range((settings or MatchSettings()).level_gap),
            )
        return tr("Eligible")


@dataclass(frozen=True, eq=False)
class Scores:
    """Every combination of ``rows`` (mentors) and ``columns`` (mentees), or peers with peers."""

    rows: tuple[Participant, ...]
    columns: tuple[Participant, ...]
    score: Floats  # 0..100, shape (rows, columns)
    eligible: npt.NDArray[np.bool_]
    reason: npt.NDArray[np.int8]  # the Ineligible code of the first hard constraint failed
    capacity: npt.NDArray[np.int64]  # places left per row (capacity - load, >= 0); peers 1
    peers: bool = False


@dataclass(frozen=True)
class Part:
    criterion: Criterion
    points: float  # 0 .. the criterion's share of 100
    sentence: str
    fit: float  # 0..1


@dataclass(frozen=True)
class Explanation:
    score: float
    eligible: bool
    reasons: tuple[str, ...]  # why not, first the one the matrix reports
    parts: tuple[Part, ...]


# -- participants as features ------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _items(values: Iterable[str]) -> dict[str, str]:
    """The distinct items by key, each spelled as first given, in order."""
    items: dict[str, str] = {}
    for value in values:
        if (key := _key(value)) and key not in items:
            items[key] = value.strip()
    return items


def _level_index(levels: tuple[str, ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for n, level in enumerate(levels):
        index.setdefault(_key(level), n)
    return index


class _Person(NamedTuple):
    lists: dict[str, tuple[str, ...]]  # list field -> distinct keys
    level: int  # -1: unknown
    department: str  # "": unknown
    location: str
    remote: bool
    withdrawn: bool
    identity: object


@lru_cache(maxsize=65536)  # answers to multiple-choice questions repeat a lot
def _keys(values: tuple[str, ...]) -> tuple[str, ...]:
    keys = tuple(map(_key, values))
    if (len(keys) > 1 and len(set(keys)) < len(keys)) or "" in keys:
        keys = tuple(dict.fromkeys(k for k in keys if k))
    return keys


def _remote() -> frozenset[str]:
    """What a location says when someone works remotely: "Remote", or its translation."""
    return frozenset({"remote", _key(tr("Remote"))})


def _person(p: Participant, level_index: Mapping[str, int], remote: frozenset[str]) -> _Person:
    lists = {
        "skills_offered": _keys(tuple(p.skills_offered)),
        "skills_wanted": _keys(tuple(p.skills_wanted)),
        "interests": _keys(tuple(p.interests)),
        "languages": _keys(tuple(p.languages)),
        "availability": _keys(tuple(p.availability)),
    }
    return _Person(
        lists,
        level_index.get(_key(p.career_level), -1),
        _key(p.department),
        _key(p.location),
        _key(p.location) in remote,
        p.status is ParticipantStatus.WITHDRAWN,
        _identity(p),
    )


def _capacity(p: Participant, rules: Rules) -> int:
    used = rules.load.get(p.id, 0) if p.id is not None else 0
    return max(0, p.capacity - used)


def _askers(rules: Rules) -> frozenset[int]:
    return frozenset(who for who, _ in rules.prefer)


def _asked(a: Participant, b: Participant, rules: Rules) -> bool:
    if a.id is None or b.id is None or a.id == b.id:
        return False
    return (a.id, b.id) in rules.prefer or (b.id, a.id) in rules.prefer


# -- the same arithmetic for one combination (explain) and for all (numpy) ---------------------

_SHARED: Final = (  # criterion, what the row has, what the column needs
    (Criterion.SKILLS, "skills_offered", "skills_wanted"),
    (Criterion.INTERESTS, "interests", "interests"),
    (Criterion.LANGUAGE, "languages", "languages"),
    (Criterion.AVAILABILITY, "availability", "availability"),
)


def _share_points(has: Sequence[str], needs: Sequence[str], points: float) -> float:
    """``points`` times the share of ``needs`` found in ``has`` (neutral when either is empty)."""
    if not has or not needs:
        return NEUTRAL * points
    return len(set(has).intersection(needs)) * (points / len(needs))


def _list_points(a: _Person, b: _Person, c: Criterion, points: float, peers: bool) -> float:
    _, has, needs = next(s for s in _SHARED if s[0] is c)
    if c is Criterion.LANGUAGE:
        mine, theirs = a.lists[has], b.lists[needs]
        if not mine or not theirs:
            return NEUTRAL * points
        return points if set(mine).intersection(theirs) else 0.0
    if not peers:
        return _share_points(a.lists[has], b.lists[needs], points)
    half = points / 2
    return _share_points(b.lists[has], a.lists[needs], half) + _share_points(
        a.lists[has], b.lists[needs], half
    )


def _level_distance(gap: int, low: int, high: int) -> int:
    return max(low - gap, 0) + max(gap - high, 0)


def _table_points(
    a: _Person,
    b: _Person,
    points: Mapping[Criterion, float],
    gap: tuple[int, int],
    rule: DepartmentRule,
    asker: bool,
) -> tuple[float, float, float, float]:
    """Level, department, location and the preference when nobody asked for the other."""
    p = points[Criterion.LEVEL]
    if a.level < 0 or b.level < 0:
        level = NEUTRAL * p
    else:
        level = p * max(0.0, (LEVEL_STEPS - _level_distance(a.level - b.level, *gap)) / LEVEL_STEPS)
    p = points[Criterion.DEPARTMENT]
    if not a.department or not b.department:
        department = NEUTRAL * p
    elif (a.department == b.department) == (rule is DepartmentRule.PREFER_SAME):
        department = p
    else:
        department = 0.0
    p = points[Criterion.LOCATION]
    if not a.location or not b.location:
        location = NEUTRAL * p
    elif a.location == b.location:
        location = p
    elif a.remote or b.remote:
        location = NEUTRAL * p
    else:
        location = 0.0
    return level, department, location, 0.0 if asker else NEUTRAL * points[Criterion.PREFERENCE]


def _failed(
    a: _Person,
    b: _Person,
    pa: Participant,
    pb: Participant,
    peers: bool,
    settings: MatchSettings,
    rules: Rules,
    capacity: int,
) -> list[Ineligible]:
    failed = []
    if a.withdrawn or b.withdrawn:
        failed.append(Ineligible.WITHDRAWN)
    if a.identity == b.identity:
        failed.append(Ineligible.SAME_PERSON)
    if pa.id is not None and pb.id is not None and frozenset((pa.id, pb.id)) in rules.never:
        failed.append(Ineligible.NEVER)
    langs_a, langs_b = a.lists["languages"], b.lists["languages"]
    if (
        settings.require_shared_language
        and langs_a
        and langs_b
        and not set(langs_a).intersection(langs_b)
    ):
        failed.append(Ineligible.NO_SHARED_LANGUAGE)
    known = a.level >= 0 and b.level >= 0
    if not peers and settings.require_mentor_above and known and a.level <= b.level:
        failed.append(Ineligible.MENTOR_NOT_ABOVE)
    if settings.forbid_same_department and a.department and a.department == b.department:
        failed.append(Ineligible.SAME_DEPARTMENT)
    if not peers and capacity == 0:
        failed.append(Ineligible.NO_CAPACITY)
    if (
        not peers
        and settings.require_level_gap
        and known
        and _level_distance(a.level - b.level, *settings.level_gap)
    ):
        failed.append(Ineligible.OUTSIDE_LEVEL_GAP)
    return failed


# -- every combination at once ------------------------------------------------------------------

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


def _profiles(
    people: Sequence[Participant],
    level_index: Mapping[str, int],
    askers: frozenset[int],
    codes: dict[str, int],
    remote: frozenset[str],
) -> tuple[Ints, Ints]:
    """Each person's profile number, and the distinct profiles: level, department, location,
    remote, withdrawn, asked for someone (all that the table criteria and constraints read)."""

    def code(text: str) -> int:
        return codes.setdefault(key, len(codes)) if (key := _key(text)) else -1

    index: dict[tuple[int, ...], int] = {}
    withdrawn = ParticipantStatus.WITHDRAWN
    keys = [
        index.setdefault(
            (level_index.get(_key(p.career_level), -1), code(p.department), code(p.location))
            + (_key(p.location) in remote, p.status is withdrawn, p.id in askers),
            len(index),
        )
        for p in people
    ]
    return np.array(keys, dtype=np.intp), np.array(list(index), dtype=np.intp).reshape(-1, 6)


def _tables(
    r: Ints, c: Ints, points: Mapping[Criterion, float], settings: MatchSettings, peers: bool
) -> tuple[Floats, npt.NDArray[np.int8]]:
    """:func:`_table_points` summed, and the first failed constraint of :func:`_failed` that
    the profiles decide, for every row profile with every column profile."""
    n_levels = int(max(r[:, 0].max(initial=-1), c[:, 0].max(initial=-1))) + 1
    v = np.arange(-1, n_levels)[:, None]  # every level, unknown (-1) first
    w = v.T
    known = (v >= 0) & (w >= 0)
    low, high = (-1, 1) if peers else settings.level_gap
    distance = np.maximum(low - (v - w), 0) + np.maximum((v - w) - high, 0)
    p = points[Criterion.LEVEL]
    fit = np.maximum(0.0, (LEVEL_STEPS - distance) / LEVEL_STEPS)
    row_level, column_level = r[:, 0] + 1, c[:, 0] + 1
    level = np.where(known, p * fit, NEUTRAL * p)[row_level][:, column_level]

    same_department = r[:, 1, None] == c[None, :, 1]
    has_department = (r[:, 1, None] >= 0) & (c[None, :, 1] >= 0)
    p = points[Criterion.DEPARTMENT]
    good = same_department == (settings.department is DepartmentRule.PREFER_SAME)
    department = np.where(has_department, np.where(good, p, 0.0), NEUTRAL * p)
    p = points[Criterion.LOCATION]
    remote = (r[:, 3, None] | c[None, :, 3]).astype(bool)
    location = np.where(
        (r[:, 2, None] >= 0) & (c[None, :, 2] >= 0),
        np.where(r[:, 2, None] == c[None, :, 2], p, np.where(remote, NEUTRAL * p, 0.0)),
        NEUTRAL * p,
    )
    asked = (r[:, 5, None] | c[None, :, 5]).astype(bool)
    preference = np.where(asked, 0.0, NEUTRAL * points[Criterion.PREFERENCE])
    table: Floats = level + department + location + preference

    reason = np.zeros((len(r), len(c)), dtype=np.int8)
    if not peers and settings.require_level_gap:
        reason[(known & (distance > 0))[row_level][:, column_level]] = Ineligible.OUTSIDE_LEVEL_GAP
    if settings.forbid_same_department:
        reason[has_department & same_department] = Ineligible.SAME_DEPARTMENT
    if not peers and settings.require_mentor_above:
        reason[(known & (v <= w))[row_level][:, column_level]] = Ineligible.MENTOR_NOT_ABOVE
    reason[(r[:, 4, None] | c[None, :, 4]).astype(bool)] = Ineligible.WITHDRAWN
    return table, reason


Where = npt.NDArray[np.bool_] | tuple[Ints, Ints]


def _overlay(reason: npt.NDArray[np.int8], where: Where, code: Ineligible) -> None:
    """Report ``code`` where it applies unless a constraint with a lower number failed too."""
    current = reason[where]
    reason[where] = np.where((current == 0) | (current > code), int(code), current)


def _cells(
    pairs: Iterable[tuple[object, object]],
    rows: Mapping[object, list[int]],
    columns: Mapping[object, list[int]],
) -> tuple[Ints, Ints]:
    """The (row, column) of each pair of keys (row key, column key), once each."""
    cells = sorted({(i, j) for x, y in pairs for i in rows.get(x, ()) for j in columns.get(y, ())})
    return (
        np.array([i for i, _ in cells], dtype=np.intp),
        np.array([j for _, j in cells], dtype=np.intp),
    )


def _at(keys: Iterable[object]) -> dict[object, list[int]]:
    at: dict[object, list[int]] = {}
    for i, key in enumerate(keys):
        if key is not None:
            at.setdefault(key, []).append(i)
    return at


def _identity(p: Participant) -> object:
    if p.id is not None:
        return p.id
    return ("email", _key(p.email)) if _key(p.email) else ("object", id(p))


def _scores(
    rows: Sequence[Participant],
    columns: Sequence[Participant],
    levels: Sequence[str],
    settings: MatchSettings,
    rules: Rules,
    peers: bool,
) -> Scores:
    rows, columns = tuple(rows), tuple(columns)
    points = settings.points()
    shared_language = None
    if points[Criterion.LANGUAGE] > 0 or settings.require_shared_language:
        shared_language = _overlap([p.languages for p in rows], [p.languages for p in columns])
    score: Floats | None = None
    for c, has, needs in _SHARED:
        if points[c] <= 0:
            continue
        if c is Criterion.LANGUAGE:
            assert shared_language is not None
            overlap = shared_language
        elif peers:
            overlap = _overlap([getattr(p, needs) for p in rows], [getattr(p, has) for p in rows])
        else:
            overlap = _overlap(
                [getattr(p, has) for p in rows], [getattr(p, needs) for p in columns]
            )
        score = _add_list(score, overlap, points[c], c is Criterion.LANGUAGE, peers)
    level_index = _level_index(tuple(levels))
    askers = _askers(rules)
    codes: dict[str, int] = {}
    remote = _remote()
    row_keys, row_profiles = _profiles(rows, level_index, askers, codes, remote)
    column_keys, column_profiles = (
        (row_keys, row_profiles)
        if peers
        else _profiles(columns, level_index, askers, codes, remote)
    )
    table, reasons = _tables(row_profiles, column_profiles, points, settings, peers)
    by_profile = np.take(table[row_keys], column_keys, axis=1)
    if score is None:
        score = by_profile
    else:
        score += by_profile
    row_ids, column_ids = _at(p.id for p in rows), _at(p.id for p in columns)
    asked = [(x, y) for x, y in rules.prefer if x != y]
    if points[Criterion.PREFERENCE] > 0 and asked:
        cells = _cells(asked + [(y, x) for x, y in asked], row_ids, column_ids)
        score[cells] += points[Criterion.PREFERENCE]
    np.minimum(score, 100.0, out=score)

    reason = np.take(reasons[row_keys], column_keys, axis=1)
    if shared_language is not None and settings.require_shared_language:
        none_shared = shared_language.counts == 0
        none_shared[shared_language.left == 0, :] = False
        none_shared[:, shared_language.right == 0] = False
        _overlay(reason, none_shared, Ineligible.NO_SHARED_LANGUAGE)
    never = [(min(pair), max(pair)) for pair in rules.never if 0 < len(pair) <= 2]
    cells = _cells(never + [(y, x) for x, y in never], row_ids, column_ids)
    _overlay(reason, cells, Ineligible.NEVER)
    identities = [_identity(p) for p in rows]
    same = identities if peers else [_identity(p) for p in columns]
    _overlay(
        reason, _cells(((k, k) for k in same), _at(identities), _at(same)), Ineligible.SAME_PERSON
    )
    if peers:
        capacity = np.ones(len(rows), dtype=np.int64)
    else:
        capacity = np.array([_capacity(p, rules) for p in rows], dtype=np.int64)
        _overlay(reason, capacity == 0, Ineligible.NO_CAPACITY)
    return Scores(rows, columns, score, reason == 0, reason, capacity, peers)


def mentoring_scores(
    mentors: Sequence[Participant],
    mentees: Sequence[Participant],
    levels: Sequence[str],
    settings: MatchSettings,
    rules: Rules = Rules(),  # noqa: B008 - frozen, never mutated
) -> Scores:
    """Every mentor (row) with every mentee (column); ``levels`` lowest first."""
    return _scores(mentors, mentees, levels, settings, rules, peers=False)


def peer_scores(
    people: Sequence[Participant],
    levels: Sequence[str],
    settings: MatchSettings,
    rules: Rules = Rules(),  # noqa: B008 - frozen, never mutated
) -> Scores:
    """Everyone with everyone (symmetric; nobody with themselves)."""
    return _scores(people, people, levels, settings, rules, peers=True)


# -- one combination in plain words -------------------------------------------------------------


def explain(
    scores: Scores,
    row: int,
    column: int,
    levels: Sequence[str],
    settings: MatchSettings,
    rules: Rules = Rules(),  # noqa: B008 - frozen, never mutated
) -> Explanation:
    """Why ``scores`` holds what it holds for (``row``, ``column``), criterion by criterion."""
    pa, pb = scores.rows[row], scores.columns[column]
    index = _level_index(tuple(levels))
    remote = _remote()
    a, b = _person(pa, index, remote), _person(pb, index, remote)
    points, peers = settings.points(), scores.peers
    values: dict[Criterion, float] = {}
    total = 0.0
    for c, _, _ in _SHARED:
        if points[c] > 0:
            values[c] = _list_points(a, b, c, points[c], peers)
            total += values[c]
    askers = _askers(rules)
    gap = (-1, 1) if peers else settings.level_gap
    level, department, location, preference = _table_points(
        a, b, points, gap, settings.department, pa.id in askers or pb.id in askers
    )
    total += level + department + location + preference
    asked = _asked(pa, pb, rules)
    if asked and points[Criterion.PREFERENCE] > 0:
        preference = points[Criterion.PREFERENCE]
        total += preference
    values |= {
        Criterion.LEVEL: level,
        Criterion.DEPARTMENT: department,
        Criterion.LOCATION: location,
        Criterion.PREFERENCE: preference,
    }
    capacity = int(scores.capacity[row])
    failed = _failed(a, b, pa, pb, peers, settings, rules, capacity)
    text = _Text(pa, pb, a, b, peers, settings, rules, askers)
    parts = tuple(
        Part(c, values[c], text.sentence(c), values[c] / points[c])
        for c in Criterion
        if points[c] > 0
    )
    return Explanation(
        min(total, 100.0),
        not failed,
        tuple(f.sentence(pa, pb, levels, settings) for f in failed),
        parts,
    )


def _names(a: Participant, b: Participant) -> tuple[str, str]:
    """First names, or full names when the first names do not tell the two apart."""
    if a.first_name.strip() and a.first_name.strip() != b.first_name.strip():
        return a.first_name.strip(), b.first_name.strip() or b.full_name
    return a.full_name, b.full_name


def _range(gap: tuple[int, int]) -> str:
    low, high = gap
    return str(low) if low == high else f"{low}–{high}"


def _gap_phrase(upper: str, lower: str, gap: int) -> str:
    """How far the first level is above (or below) the second, in words."""
    if gap == 0:
        return tr("Both are {level}").format(level=upper)
    if abs(gap) == 1:
        text = tr("{a} is 1 level above {b}") if gap > 0 else tr("{a} is 1 level below {b}")
    else:
        text = tr("{a} is {n} levels above {b}") if gap > 0 else tr("{a} is {n} levels below {b}")
    return text.format(a=upper, b=lower, n=abs(gap))


@dataclass(frozen=True)
class _Text:
    pa: Participant
    pb: Participant
    a: _Person
    b: _Person
    peers: bool
    settings: MatchSettings
    rules: Rules
    askers: frozenset[int]

    def sentence(self, c: Criterion) -> str:
        return {
            Criterion.SKILLS: self.skills,
            Criterion.INTERESTS: lambda: self.shared(
                "interests",
                tr("Shared interests: {items}"),
                tr("Shared interests: {items} ({n} of {name}’s {total})"),
                tr("No shared interests"),
                tr("{name} listed no interests"),
            ),
            Criterion.LANGUAGE: lambda: self.shared(
                "languages",
                tr("Both speak {items}"),
                tr("Both speak {items}"),
                tr("No language in common"),
                tr("{name} listed no languages"),
            ),
            Criterion.AVAILABILITY: lambda: self.shared(
                "availability",
                tr("Both free: {items}"),
                tr("Both free: {items} ({n} of {name}’s {total})"),
                tr("No free time in common"),
                tr("{name} gave no availability"),
            ),
            Criterion.LEVEL: self.level,
            Criterion.DEPARTMENT: self.department,
            Criterion.LOCATION: self.location,
            Criterion.PREFERENCE: self.preference,
        }[c]()

    def missing(self, a_missing: bool, b_missing: bool) -> str:
        a, b = _names(self.pa, self.pb)
        if a_missing and b_missing:
            return tr("{a} and {b}").format(a=a, b=b)
        return a if a_missing else b

    def offers(self, giver: Participant, taker: Participant, peers: bool) -> str:
        names = dict(zip(("giver", "taker"), _names(giver, taker), strict=True))
        wanted = _items(taker.skills_wanted)
        offered = _items(giver.skills_offered)
        if not wanted:
            return tr("{name} listed no skills to develop").format(name=names["taker"])
        if not offered:
            return tr("{name} listed no skills to offer").format(name=names["giver"])
        shared = [shown for key, shown in wanted.items() if key in offered]
        if not shared:
            text = tr("{giver} offers none of the skills {taker} wants ({skills})")
            text = text if peers else tr("Offers none of the skills {taker} wants ({skills})")
            return text.format(skills=", ".join(wanted.values()), **names)
        if len(wanted) == 1:
            text = tr("{giver} offers the one skill {taker} wants: {skills}")
            text = text if peers else tr("Offers the one skill {taker} wants: {skills}")
        else:
            text = tr("{giver} offers {n} of the {total} skills {taker} wants: {skills}")
            text = text if peers else tr("Offers {n} of the {total} skills {taker} wants: {skills}")
        return text.format(n=len(shared), total=len(wanted), skills=", ".join(shared), **names)

    def skills(self) -> str:
        if not self.peers:
            return self.offers(self.pa, self.pb, peers=False)
        return "; ".join((self.offers(self.pb, self.pa, True), self.offers(self.pa, self.pb, True)))

    def shared(self, name: str, some_peers: str, some: str, none: str, missing: str) -> str:
        mine, theirs = self.a.lists[name], self.b.lists[name]
        if not mine or not theirs:
            return missing.format(name=self.missing(not mine, not theirs))
        shown = _items(getattr(self.pb, name))
        items = [shown[k] for k in theirs if k in frozenset(mine)]
        if not items:
            return none
        text = some_peers if self.peers else some
        return text.format(
            items=", ".join(items),
            n=len(items),
            total=len(theirs),
            name=_names(self.pa, self.pb)[1],
        )

    def level(self) -> str:
        a, b = self.a.level, self.b.level
        if a < 0 or b < 0:
            return tr("Career level unknown for {names}").format(names=self.missing(a < 0, b < 0))
        la, lb = self.pa.career_level.strip(), self.pb.career_level.strip()
        if self.peers:
            if a == b:
                return tr("Same level ({level})").format(level=la)
            if abs(a - b) == 1:
                return tr("Neighbouring levels ({a}, {b})").format(a=la, b=lb)
            return tr("{a} and {b} are {n} levels apart").format(a=la, b=lb, n=abs(a - b))
        text = tr("{gap} (ideal: {ideal})") if a > b else tr("{gap} (ideal: {ideal} above)")
        return text.format(gap=_gap_phrase(la, lb, a - b), ideal=_range(self.settings.level_gap))

    def department(self) -> str:
        da, db = self.pa.department.strip(), self.pb.department.strip()
        if not self.a.department or not self.b.department:
            return tr("Department unknown for {names}").format(
                names=self.missing(not self.a.department, not self.b.department)
            )
        if self.a.department == self.b.department:
            return tr("Same department ({department})").format(department=da)
        return tr("Different departments ({a}, {b})").format(a=da, b=db)

    def location(self) -> str:
        la, lb = self.a.location, self.b.location
        if not la or not lb:
            return tr("Location unknown for {names}").format(names=self.missing(not la, not lb))
        if la == lb:
            if self.a.remote:
                return tr("Both work remotely")
            return tr("Both in {location}").format(location=self.pa.location.strip())
        if self.a.remote or self.b.remote:
            return tr("{name} works remotely").format(
                name=self.missing(self.a.remote, self.b.remote)
            )
        return tr("Different locations ({a}, {b})").format(
            a=self.pa.location.strip(), b=self.pb.location.strip()
        )

    def preference(self) -> str:
        a, b = _names(self.pa, self.pb)
        ida, idb = self.pa.id, self.pb.id
        prefer = self.rules.prefer
        if _asked(self.pa, self.pb, self.rules):
            if (ida, idb) in prefer and (idb, ida) in prefer:
                return tr("{a} and {b} asked for each other").format(a=a, b=b)
            who, whom = (a, b) if (ida, idb) in prefer else (b, a)
            return tr("{who} asked for {whom}").format(who=who, whom=whom)
        if ida in self.askers or idb in self.askers:
            return tr("{names} asked for someone else").format(
                names=self.missing(ida in self.askers, idb in self.askers)
            )
        return tr("No partner preferences given")
