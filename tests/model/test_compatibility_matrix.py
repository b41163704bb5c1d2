"""Compatibility matrices: peers, the demo program, and the vectorised matrices against a plain
per-pair reference written here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator, Mapping, Sequence

import numpy as np
import pytest

from mentordesk.model.compatibility import (
    Criterion,
    DepartmentRule,
    Ineligible,
    MatchSettings,
    Rules,
    Scores,
    explain,
    mentoring_scores,
    peer_scores,
)
from mentordesk.model.compatibility_lists import _popcount_bytes
from mentordesk.model.demo import demo_store
from mentordesk.model.domain import PairStatus, Participant, ParticipantStatus, Role

from .test_compatibility import LEVELS, check, mentee, mentor, only, sentence

# -- peers --------------------------------------------------------------------------------------


def peers() -> list[Participant]:
    return [
        Participant(
            "Anna", "Rossi", id=1, career_level="Senior", skills_offered=("Python",),
            skills_wanted=("Excel", "SQL"), interests=("Chess",), languages=("Italian",),
        ),
        Participant(
            "Boris", "Ivanov", id=2, career_level="Lead", skills_offered=("Excel",),
            skills_wanted=("Python",), interests=("Chess", "Music"), languages=("Bulgarian",),
        ),
        Participant(
            "Carla", "Neri", id=3, career_level="Director", department="Sales",
            interests=("Music",), status=ParticipantStatus.WITHDRAWN,
        ),
        Participant("Dora", "Bell", id=4, career_level="Associate", capacity=0),
    ]  # fmt: skip


def test_peer_scores_are_symmetric_with_nobody_paired_with_themselves() -> None:
    settings = MatchSettings(require_mentor_above=True, require_level_gap=True)
    scores = peer_scores(peers(), LEVELS, settings)
    assert np.array_equal(scores.score, scores.score.T)
    assert np.array_equal(scores.reason, scores.reason.T)
    assert scores.reason.diagonal().tolist() == [2, 2, 1, 2]
    assert scores.capacity.tolist() == [1, 1, 1, 1]
    # Anna and Boris share no language; Dora has no capacity and levels do not matter to peers.
    assert scores.reason[0, 1] == Ineligible.NO_SHARED_LANGUAGE
    assert scores.eligible[0, 3] and scores.eligible[1, 3]
    check(scores, LEVELS, settings, Rules())


def test_peer_skills_average_both_directions() -> None:
    scores = peer_scores(peers(), LEVELS, only(Criterion.SKILLS))
    e = explain(scores, 0, 1, LEVELS, only(Criterion.SKILLS))
    assert e.score == pytest.approx(100 * (0.5 + 1) / 2)
    assert sentence(e, Criterion.SKILLS) == (
        "Boris offers 1 of the 2 skills Anna wants: Excel; "
        "Anna offers the one skill Boris wants: Python"
    )
    e = explain(scores, 0, 2, LEVELS, only(Criterion.SKILLS))
    assert sentence(e, Criterion.SKILLS) == (
        "Carla listed no skills to offer; Carla listed no skills to develop"
    )
    scores = peer_scores(
        [peers()[0], dataclasses.replace(peers()[1], skills_offered=("Chess",))],
        LEVELS,
        only(Criterion.SKILLS),
    )
    e = explain(scores, 0, 1, LEVELS, only(Criterion.SKILLS))
    assert sentence(e, Criterion.SKILLS).startswith(
        "Boris offers none of the skills Anna wants (Excel, SQL); "
    )


@pytest.mark.parametrize(
    ("i", "j", "score", "text"),
    [
        (0, 1, 100, "Neighbouring levels (Senior, Lead)"),
        (0, 0, 100, "Same level (Senior)"),
        (0, 2, 100 / 3, "Senior and Director are 3 levels apart"),
        (3, 1, 100 / 3, "Associate and Lead are 3 levels apart"),
        (3, 2, 0, "Associate and Director are 5 levels apart"),
    ],
)
def test_peer_level_fit_is_highest_at_the_same_or_a_neighbouring_level(
    i: int, j: int, score: float, text: str
) -> None:
    scores = peer_scores(peers(), LEVELS, only(Criterion.LEVEL))
    e = explain(scores, i, j, LEVELS, only(Criterion.LEVEL))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.LEVEL) == text


def test_peer_interests_sentence() -> None:
    scores = peer_scores(peers(), LEVELS, only(Criterion.INTERESTS))
    e = explain(scores, 0, 1, LEVELS, only(Criterion.INTERESTS))
    assert e.score == pytest.approx(100 * (1 + 0.5) / 2)
    assert sentence(e, Criterion.INTERESTS) == "Shared interests: Chess"


def test_empty_programs() -> None:
    scores = mentoring_scores([], [mentee()], LEVELS, MatchSettings())
    assert scores.score.shape == scores.eligible.shape == (0, 1)
    assert mentoring_scores([mentor()], [], LEVELS, MatchSettings()).score.shape == (1, 0)
    assert peer_scores([], LEVELS, MatchSettings()).score.shape == (0, 0)


# -- the demo program ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[list[Participant], tuple[str, ...], Rules]]:
    with demo_store(dt.date(2026, 11, 23)) as store:
        people = store.participants()
        levels = store.program().career_levels
        load: dict[int, int] = {}
        for p in store.pairs():
            if p.status in (PairStatus.ACTIVE, PairStatus.PAUSED) and len(p.members) == 2:
                load[p.members[0].participant_id] = load.get(p.members[0].participant_id, 0) + 1
        yield people, levels, Rules(load=load)


def pools(people: Sequence[Participant]) -> tuple[list[Participant], list[Participant]]:
    ok = (ParticipantStatus.ACTIVE, ParticipantStatus.APPLICANT)
    mentors = [p for p in people if p.role in (Role.MENTOR, Role.BOTH) and p.status in ok]
    mentees = [p for p in people if p.role in (Role.MENTEE, Role.BOTH) and p.status in ok]
    return mentors, mentees


def best(scores: Scores, mentee_name: str) -> tuple[Participant, float]:
    j = next(j for j, p in enumerate(scores.columns) if p.full_name == mentee_name)
    i = int(np.argmax(np.where(scores.eligible[:, j], scores.score[:, j], -1)))
    return scores.rows[i], float(scores.score[i, j])


def test_demo_best_mentors_are_sensible(
    demo: tuple[list[Participant], tuple[str, ...], Rules],
) -> None:
    people, levels, _ = demo
    mentors, mentees = pools(people)
    scores = mentoring_scores(mentors, mentees, levels, MatchSettings())
    assert scores.score.shape == (19, 25)
    giver, score = best(scores, "Sofia Greco")
    assert {"Python", "Cloud architecture"} <= set(giver.skills_offered)
    assert 50 < score < 100
    expected = {
        "Lorenzo Marino": "Alessandro Ferrari",  # Python, SQL, data analysis
        "Desislava Nikolova": "Ivana Dimitrova",  # financial modelling, data analysis
        "Hannah Schmidt": "Priya Nair",  # hiring, coaching, career planning
        "Viktoria Angelova": "Elena Georgieva",  # product strategy, UX research
    }
    assert {name: best(scores, name)[0].full_name for name in expected} == expected
    assert 0 <= scores.score.min() and scores.score.max() <= 100


def test_demo_explanations_equal_the_matrix_everywhere(
    demo: tuple[list[Participant], tuple[str, ...], Rules],
) -> None:
    people, levels, open_pairs = demo
    by_name = {p.full_name: p.id for p in people if p.id is not None}
    rules = Rules(
        never=frozenset({frozenset({by_name["Giulia Rossi"], by_name["Andrea De Luca"]})}),
        prefer=frozenset({(by_name["Sofia Greco"], by_name["Giulia Rossi"])}),
        load=open_pairs.load,
    )
    settings = MatchSettings(forbid_same_department=True, require_mentor_above=True)
    mentors, mentees = pools(people)
    scores = mentoring_scores(mentors, mentees, levels, settings, rules)
    check(scores, levels, settings, rules)
    assert {Ineligible(int(r)) for r in np.unique(scores.reason)} >= {
        Ineligible.NONE, Ineligible.SAME_PERSON, Ineligible.NEVER, Ineligible.MENTOR_NOT_ABOVE,
        Ineligible.SAME_DEPARTMENT, Ineligible.NO_CAPACITY,
    }  # fmt: skip
    everyone = peer_scores(people, levels, MatchSettings(), rules)
    check(everyone, levels, MatchSettings(), rules)
    giulia = next(i for i, p in enumerate(scores.rows) if p.full_name == "Giulia Rossi")
    sofia = next(j for j, p in enumerate(scores.columns) if p.full_name == "Sofia Greco")
    e = explain(scores, giulia, sofia, levels, settings, rules)
    assert sentence(e, Criterion.SKILLS) == (
        "Offers 2 of the 3 skills Sofia wants: Python, Cloud architecture"
    )
    assert sentence(e, Criterion.PREFERENCE) == "Sofia asked for Giulia"
    assert sentence(e, Criterion.LEVEL) == "Manager is 4 levels above Associate (ideal: 1–2)"
    assert e.reasons == ("Both in Engineering, and the program pairs across departments",)


# -- the vectorised matrices against a plain reference ------------------------------------------

SKILLS = ["Python", " python", "SQL", "Excel", "Leadership", "Cloud architecture", "Negotiation"]
WORDS = ["Chess", "chess ", "Music", "Hiking", "Travel", ""]
LANGUAGES = ["English", "Italian", "Bulgarian", "ENGLISH", "German"]
DEPARTMENTS = ["Sales", "sales", "Engineering", "Finance", ""]
LOCATIONS = ["Milan", "Sofia", "Remote", "remote ", ""]
LEVEL_NAMES = [*LEVELS, "senior", "Intern", ""]


def random_people(rng: random.Random, n: int, first_id: int, vocabulary: int) -> list[Participant]:
    skills = SKILLS + [f"Skill {k}" for k in range(vocabulary)]

    def some(items: Sequence[str], most: int) -> tuple[str, ...]:
        return tuple(rng.choice(items) for _ in range(rng.randint(0, most)))

    people = []
    for k in range(n):
        pid: int | None = first_id + k if rng.random() > 0.1 else None
        people.append(
            Participant(
                first_name=rng.choice(["Anna", "Ivan", "Sofia", ""]),
                last_name=f"N{k}",
                email=rng.choice(["", f"p{first_id + k}@x.org"]),
                role=rng.choice(list(Role)),
                department=rng.choice(DEPARTMENTS),
                career_level=rng.choice(LEVEL_NAMES),
                skills_offered=some(skills, 6),
                skills_wanted=some(skills, 4),
                interests=some(WORDS, 3),
                languages=some(LANGUAGES, 2),
                location=rng.choice(LOCATIONS),
                availability=some(["Mon", "Tue", "mon", "Wed"], 2),
                capacity=rng.randint(0, 3),
                status=rng.choice(list(ParticipantStatus)),
                id=pid,
            )
        )
    return people


def random_settings(rng: random.Random) -> MatchSettings:
    weights = {c: rng.choice([0, 0, 1, 2.5, 5]) for c in Criterion}
    low = rng.randint(-1, 2)
    return MatchSettings(
        weights=weights,
        level_gap=(low, low + rng.randint(0, 2)),
        department=rng.choice(list(DepartmentRule)),
        forbid_same_department=rng.random() < 0.5,
        require_shared_language=rng.random() < 0.5,
        require_mentor_above=rng.random() < 0.5,
        require_level_gap=rng.random() < 0.5,
    )


def random_rules(rng: random.Random, ids: Sequence[int]) -> Rules:
    def some_pairs(n: int) -> list[tuple[int, int]]:
        return [(rng.choice(ids), rng.choice(ids)) for _ in range(n)]

    return Rules(
        never=frozenset(frozenset(p) for p in some_pairs(8)),
        prefer=frozenset(some_pairs(8)),
        load={i: rng.randint(0, 2) for i in rng.sample(list(ids), len(ids) // 3)},
    )


def reference(
    rows: Sequence[Participant], columns: Sequence[Participant], levels: Sequence[str],
    s: MatchSettings, rules: Rules, peers: bool,
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Scores and first failed constraints, pair by pair, straight from the documented rules."""

    def key(text: str) -> str:
        return " ".join(text.split()).casefold()

    def keys(values: Sequence[str]) -> set[str]:
        return {key(v) for v in values} - {""}

    def share(has: Sequence[str], needs: Sequence[str]) -> float:
        h, n = keys(has), keys(needs)
        return 0.5 if not h or not n else len(h & n) / len(n)

    def both_ways(a: Participant, b: Participant, has: str, needs: str) -> float:
        if not peers:
            return share(getattr(a, has), getattr(b, needs))
        return (
            share(getattr(b, has), getattr(a, needs)) + share(getattr(a, has), getattr(b, needs))
        ) / 2

    index: dict[str, int] = {}
    for n, level in enumerate(levels):
        index.setdefault(key(level), n)
    askers = {who for who, _ in rules.prefer}

    def same_person(a: Participant, b: Participant) -> bool:
        if a.id is not None or b.id is not None:
            return a.id == b.id
        if key(a.email) or key(b.email):
            return key(a.email) == key(b.email)
        return a is b

    def fits(a: Participant, b: Participant) -> Mapping[Criterion, float]:
        la, lb = index.get(key(a.career_level), -1), index.get(key(b.career_level), -1)
        low, high = (-1, 1) if peers else s.level_gap
        if la < 0 or lb < 0:
            level = 0.5
        else:
            gap = la - lb
            level = max(0.0, 1 - (max(low - gap, 0) + max(gap - high, 0)) / 3)
        da, db = key(a.department), key(b.department)
        if not da or not db:
            department = 0.5
        else:
            department = float((da == db) == (s.department is DepartmentRule.PREFER_SAME))
        ga, gb = key(a.location), key(b.location)
        if not ga or not gb:
            location = 0.5
        elif ga == gb:
            location = 1.0
        else:
            location = 0.5 if "remote" in (ga, gb) else 0.0
        langs_a, langs_b = keys(a.languages), keys(b.languages)
        language = float(bool(langs_a & langs_b)) if langs_a and langs_b else 0.5
        asked = (
            a.id is not None
            and b.id is not None
            and a.id != b.id
            and ((a.id, b.id) in rules.prefer or (b.id, a.id) in rules.prefer)
        )
        preference = 1.0 if asked else 0.0 if (a.id in askers or b.id in askers) else 0.5
        return {
            Criterion.SKILLS: both_ways(a, b, "skills_offered", "skills_wanted"),
            Criterion.INTERESTS: both_ways(a, b, "interests", "interests"),
            Criterion.LEVEL: level,
            Criterion.DEPARTMENT: department,
            Criterion.LANGUAGE: language,
            Criterion.LOCATION: location,
            Criterion.AVAILABILITY: both_ways(a, b, "availability", "availability"),
            Criterion.PREFERENCE: preference,
        }

    def first_failed(a: Participant, b: Participant) -> int:
        la, lb = index.get(key(a.career_level), -1), index.get(key(b.career_level), -1)
        known = la >= 0 and lb >= 0
        low, high = s.level_gap
        langs_a, langs_b = keys(a.languages), keys(b.languages)
        left = max(0, a.capacity - (rules.load.get(a.id, 0) if a.id is not None else 0))
        checks = [
            ParticipantStatus.WITHDRAWN in (a.status, b.status),
            same_person(a, b),
            a.id is not None and b.id is not None and frozenset({a.id, b.id}) in rules.never,
            s.require_shared_language and bool(langs_a) and bool(langs_b) and not langs_a & langs_b,
            not peers and s.require_mentor_above and known and la <= lb,
            s.forbid_same_department and bool(key(a.department))
            and key(a.department) == key(b.department),
            not peers and left == 0,
            not peers and s.require_level_gap and known and not low <= la - lb <= high,
        ]  # fmt: skip
        return next((n + 1 for n, failed in enumerate(checks) if failed), 0)

    weights = {c: s.weight(c) for c in Criterion}
    total = sum(weights.values())
    score = np.zeros((len(rows), len(columns)))
    reason = np.zeros((len(rows), len(columns)), dtype=np.int8)
    for i, a in enumerate(rows):
        for j, b in enumerate(columns):
            f = fits(a, b)
            score[i, j] = 100 * sum(weights[c] * f[c] for c in Criterion) / total if total else 0
            reason[i, j] = first_failed(a, b)
    return score, reason


@pytest.mark.parametrize("seed", range(12))
def test_vectorised_scores_equal_a_plain_reference(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = [0, 70, 300][seed % 3]  # more items than fit one word: some added item by item
    rows = random_people(rng, rng.randint(1, 30), 100, vocabulary)
    columns = random_people(rng, rng.randint(1, 30), 200, vocabulary)
    columns[0] = rows[0]  # someone both mentor and mentee
    ids = [p.id for p in rows + columns if p.id is not None]
    settings, rules = random_settings(rng), random_rules(rng, ids)
    scores = mentoring_scores(rows, columns, LEVEL_NAMES[:6], settings, rules)
    want_score, want_reason = reference(rows, columns, LEVEL_NAMES[:6], settings, rules, False)
    np.testing.assert_allclose(scores.score, want_score, rtol=0, atol=1e-9)
    np.testing.assert_array_equal(scores.reason, want_reason)
    check(scores, LEVEL_NAMES[:6], settings, rules)

    people = rows + columns[1:]
    together = peer_scores(people, LEVEL_NAMES[:6], settings, rules)
    want_score, want_reason = reference(people, people, LEVEL_NAMES[:6], settings, rules, True)
    np.testing.assert_allclose(together.score, want_score, rtol=0, atol=1e-9)
    np.testing.assert_array_equal(together.reason, want_reason)
    assert np.array_equal(together.score, together.score.T)
    check(together, LEVEL_NAMES[:6], settings, rules)


def test_a_large_vocabulary_is_counted_exactly() -> None:
    rng = random.Random(7)
    items = [f"Item {k}" for k in range(400)]
    rows = [mentor(id=k, skills_offered=tuple(rng.sample(items, 150))) for k in range(20)]
    columns = [mentee(id=100 + k, skills_wanted=tuple(rng.sample(items, 120))) for k in range(20)]
    scores = mentoring_scores(rows, columns, LEVELS, only(Criterion.SKILLS))
    shared = np.array(
        [[len(set(a.skills_offered) & set(b.skills_wanted)) for b in columns] for a in rows]
    )
    np.testing.assert_allclose(scores.score, 100 * shared / 120, rtol=0, atol=1e-9)
    assert shared.max() > 0 and len(set(items)) > 255
    check(scores, LEVELS, only(Criterion.SKILLS), Rules())


def test_popcount_without_numpy_bitwise_count() -> None:
    rng = np.random.default_rng(3)
    for dtype in (np.uint8, np.uint16, np.uint64):
        x = rng.integers(0, np.iinfo(dtype).max, size=(5, 7), dtype=dtype, endpoint=True)
        out = np.empty(x.shape, dtype=np.uint8)
        _popcount_bytes(x, out=out)  # type: ignore[arg-type]
        expected = [[bin(int(v)).count("1") for v in row] for row in x.tolist()]
        assert np.array_equal(out, expected)
