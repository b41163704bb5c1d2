"""One combination in plain words: each criterion's points and sentence, and the reasons it
is ineligible, with the same arithmetic as the matrices so the numbers are equal exactly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .compatibility_fits import (
    _SHARED,
    _asked,
    _askers,
    _items,
    _level_index,
    _list_points,
    _Person,
    _person,
    _remote,
    _table_points,
)
from .compatibility_matrix import Scores
from .compatibility_reasons import _failed, _gap_phrase, _names, _range
from .domain import Participant
from .i18n import tr
from .match_settings import Criterion, MatchSettings, Rules


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
