"""Hard constraints: why a combination may not be proposed, as a code and in plain words, and
the small word helpers the explanation shares."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from .compatibility_fits import _items, _key, _level_distance, _level_index, _Person
from .domain import Participant, ParticipantStatus
from .i18n import tr
from .match_settings import MatchSettings, Rules


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
