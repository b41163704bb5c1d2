"""The score matrices of a whole program, computed for every combination at once.

The list criteria come from :mod:`.compatibility_lists`. Level, department, location, status
and "asked for someone" make a few distinct profiles, whose small table is read for every
combination in one gather; the rest (preferences, "never pair", the same person, places left)
are row, column or single-cell updates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .compatibility_fits import (
    _SHARED,
    LEVEL_STEPS,
    NEUTRAL,
    _askers,
    _capacity,
    _identity,
    _key,
    _level_index,
    _remote,
)
from .compatibility_lists import Floats, Ints, _add_list, _overlap
from .compatibility_reasons import Ineligible
from .domain import Participant, ParticipantStatus
from .match_settings import Criterion, DepartmentRule, MatchSettings, Rules


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
