"""A program's matching settings and rules: criteria and their weights, the department rule,
hard constraints, "never pair" and preferred partners. Plain data, no numpy, so the Store and
the settings dialog can use it without loading the scoring engine.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from .i18n import tr

MIN_GROUP = 3
MAX_GROUP = 6


class Criterion(StrEnum):
    SKILLS = "skills"
    INTERESTS = "interests"
    LEVEL = "level"
    DEPARTMENT = "department"
    LANGUAGE = "language"
    LOCATION = "location"
    AVAILABILITY = "availability"
    PREFERENCE = "preference"

    @property
    def label(self) -> str:
        return {
            Criterion.SKILLS: tr("Skills"),
            Criterion.INTERESTS: tr("Interests"),
            Criterion.LEVEL: tr("Career level"),
            Criterion.DEPARTMENT: tr("Department"),
            Criterion.LANGUAGE: tr("Language"),
            Criterion.LOCATION: tr("Location"),
            Criterion.AVAILABILITY: tr("Availability"),
            Criterion.PREFERENCE: tr("Preference"),
        }[self]


DEFAULT_WEIGHTS: Mapping[Criterion, float] = MappingProxyType(
    {
        Criterion.SKILLS: 5,
        Criterion.INTERESTS: 1,
        Criterion.LEVEL: 3,
        Criterion.DEPARTMENT: 2,
        Criterion.LANGUAGE: 2,
        Criterion.LOCATION: 1,
        Criterion.AVAILABILITY: 1,
        Criterion.PREFERENCE: 3,
    }
)


class Balance(StrEnum):
    """How automatic peer groups treat an attribute (as the group-formation tool gruepr does)."""

    NONE = "none"
    SPREAD = "spread"  # mix people with the same value across groups, and nobody alone with it
    GATHER = "gather"  # put people with the same value together

    @property
    def label(self) -> str:
        return {
            Balance.NONE: tr("No balance"),
            Balance.SPREAD: tr("Mix by"),
            Balance.GATHER: tr("Keep together by"),
        }[self]


class BalanceBy(StrEnum):
    DEPARTMENT = "department"
    CAREER_LEVEL = "career_level"

    @property
    def label(self) -> str:
        return {
            BalanceBy.DEPARTMENT: tr("department"),
            BalanceBy.CAREER_LEVEL: tr("career level"),
        }[self]


class DepartmentRule(StrEnum):
    PREFER_DIFFERENT = "prefer_different"
    PREFER_SAME = "prefer_same"
    IGNORE = "ignore"

    @property
    def label(self) -> str:
        return {
            DepartmentRule.PREFER_DIFFERENT: tr("Prefer different departments"),
            DepartmentRule.PREFER_SAME: tr("Prefer the same department"),
            DepartmentRule.IGNORE: tr("Ignore departments"),
        }[self]


def _default_weights() -> dict[Criterion, float]:
    return dict(DEFAULT_WEIGHTS)


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """A program's matching settings. A criterion missing from ``weights`` weighs 0."""

    weights: Mapping[Criterion, float] = field(default_factory=_default_weights)
    level_gap: tuple[int, int] = (1, 2)  # mentor this many levels above the mentee (ideal)
    department: DepartmentRule = DepartmentRule.PREFER_DIFFERENT
    forbid_same_department: bool = False  # hard constraints from here on
    require_shared_language: bool = True  # only when both list languages
    require_mentor_above: bool = False  # only when both levels are known
    require_level_gap: bool = False  # the gap inside level_gap; only when both are known
    most_matched_first: bool = True  # automatic matching: most pairs first, then the score
    group_size: int = 4  # peer groups: people per group
    balance: Balance = Balance.NONE  # peer groups: spread or gather an attribute
    balance_by: BalanceBy = BalanceBy.DEPARTMENT

    def __post_init__(self) -> None:
        for criterion, weight in self.weights.items():
            Criterion(criterion)
            if not (math.isfinite(weight) and weight >= 0):
                raise ValueError(f"weight of {criterion} must be 0 or more, not {weight}")
        low, high = self.level_gap
        if low > high:
            raise ValueError(f"level_gap {self.level_gap}: the first must not exceed the second")
        if not MIN_GROUP <= self.group_size <= MAX_GROUP:
            raise ValueError(f"group_size {self.group_size}: a group has 3 to 6 people")

    def weight(self, criterion: Criterion) -> float:
        if criterion is Criterion.DEPARTMENT and self.department is DepartmentRule.IGNORE:
            return 0.0
        return float(self.weights.get(criterion, 0.0))

    def points(self) -> dict[Criterion, float]:
        """Each criterion's share of 100 (all 0 when every weight is 0)."""
        weights = {c: self.weight(c) for c in Criterion}
        total = sum(weights.values())
        return {c: 100 * w / total if total else 0.0 for c, w in weights.items()}


@dataclass(frozen=True, slots=True)
class Rules:
    """A program's facts beyond its participants."""

    never: frozenset[frozenset[int]] = frozenset()  # participant ids never to pair
    prefer: frozenset[tuple[int, int]] = frozenset()  # (who, preferred partner)
    load: Mapping[int, int] = field(default_factory=dict)  # mentor id -> mentees in open pairs
