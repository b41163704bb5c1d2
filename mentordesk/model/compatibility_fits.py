"""Participants as comparable features, and the points one combination earns for each
criterion: the arithmetic both the explanation and the score matrices follow, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from .domain import Participant, ParticipantStatus
from .i18n import tr
from .match_settings import Criterion, DepartmentRule, Rules

NEUTRAL: Final = 0.5
#: Each level outside the ideal range takes this share of the level fit away (a third).
LEVEL_STEPS: Final = 3


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


def _identity(p: Participant) -> object:
    if p.id is not None:
        return p.id
    return ("email", _key(p.email)) if _key(p.email) else ("object", id(p))


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
