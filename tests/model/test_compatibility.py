"""Compatibility scores: each criterion and its sentence, the hard constraints, peers, the demo
program, and the vectorised matrices against a plain per-pair reference written here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pytest

from mentordesk.model import compatibility
from mentordesk.model.compatibility import (
    DEFAULT_WEIGHTS,
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
from mentordesk.model.demo import demo_store
from mentordesk.model.domain import PairStatus, Participant, ParticipantStatus, Role
from mentordesk.model.i18n import install_translator

LEVELS = ("Associate", "Specialist", "Senior", "Lead", "Manager", "Director")


def mentor(**fields: Any) -> Participant:
    base: dict[str, Any] = dict(
        first_name="Giulia", last_name="Rossi", role=Role.MENTOR, capacity=2, id=1
    )
    return Participant(**(base | fields))


def mentee(**fields: Any) -> Participant:
    base: dict[str, Any] = dict(first_name="Sofia", last_name="Greco", id=2)
    return Participant(**(base | fields))


def only(criterion: Criterion, **fields: Any) -> MatchSettings:
    """Settings that weigh one criterion and require nothing."""
    return MatchSettings(weights={criterion: 1}, require_shared_language=False, **fields)


def check(scores: Scores, levels: Sequence[str], settings: MatchSettings, rules: Rules) -> None:
    """``explain`` agrees exactly with the matrices for every combination."""
    for i in range(len(scores.rows)):
        for j in range(len(scores.columns)):
            e = explain(scores, i, j, levels, settings, rules)
            assert e.score == scores.score[i, j], (i, j)
            assert e.eligible == scores.eligible[i, j], (i, j)
            code = Ineligible(int(scores.reason[i, j]))
            assert bool(e.reasons) != (code is Ineligible.NONE)
            if e.reasons:
                sentence = code.sentence(scores.rows[i], scores.columns[j], levels, settings)
                assert e.reasons[0] == sentence
            assert sum(p.points for p in e.parts) == pytest.approx(e.score)


def pair(
    a: Participant,
    b: Participant,
    settings: MatchSettings,
    rules: Rules = Rules(),  # noqa: B008
    levels: Sequence[str] = LEVELS,
) -> compatibility.Explanation:
    """The explanation of mentor ``a`` with mentee ``b``, checked against the matrix."""
    scores = mentoring_scores([a], [b], levels, settings, rules)
    check(scores, levels, settings, rules)
    return explain(scores, 0, 0, levels, settings, rules)


def sentence(e: compatibility.Explanation, criterion: Criterion) -> str:
    (part,) = [p for p in e.parts if p.criterion is criterion]
    return part.sentence


# -- each criterion -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offered", "wanted", "score", "text"),
    [
        (
            ("Python", "Cloud architecture", "Leadership"),
            (" python", "CLOUD   architecture", "Career planning"),
            200 / 3,
            "Offers 2 of the 3 skills Sofia wants: python, CLOUD   architecture",
        ),
        (("Python",), ("Python",), 100, "Offers the one skill Sofia wants: Python"),
        (("Excel",), ("Python", "SQL"), 0, "Offers none of the skills Sofia wants (Python, SQL)"),
        (("Excel",), (), 50, "Sofia listed no skills to develop"),
        ((), ("Python",), 50, "Giulia listed no skills to offer"),
        (
            ("Python", "python"),
            ("PYTHON", "Python", ""),
            100,
            "Offers the one skill Sofia wants: PYTHON",
        ),
    ],
)
def test_skills_fit_is_the_share_of_wanted_skills_on_offer(
    offered: tuple[str, ...], wanted: tuple[str, ...], score: float, text: str
) -> None:
    e = pair(mentor(skills_offered=offered), mentee(skills_wanted=wanted), only(Criterion.SKILLS))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.SKILLS) == text
    assert [p.criterion for p in e.parts] == [Criterion.SKILLS]
    assert e.parts[0].fit == pytest.approx(score / 100)


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "text"),
    [
        (
            ("Hiking", "Chess"),
            ("hiking", "Board games"),
            50,
            "Shared interests: hiking (1 of Sofia’s 2)",
        ),
        (("Chess",), ("Hiking",), 0, "No shared interests"),
        ((), ("Hiking",), 50, "Giulia listed no interests"),
        ((), (), 50, "Giulia and Sofia listed no interests"),
    ],
)
def test_interests(mine: tuple[str, ...], theirs: tuple[str, ...], score: float, text: str) -> None:
    e = pair(mentor(interests=mine), mentee(interests=theirs), only(Criterion.INTERESTS))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.INTERESTS) == text


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "text"),
    [
        (
            ("Tue morning", "Thu afternoon"),
            ("Thu afternoon",),
            100,
            "Both free: Thu afternoon (1 of Sofia’s 1)",
        ),
        (("Tue morning",), ("Thu afternoon", "Fri morning"), 0, "No free time in common"),
        (("Tue morning",), (), 50, "Sofia gave no availability"),
    ],
)
def test_availability(
    mine: tuple[str, ...], theirs: tuple[str, ...], score: float, text: str
) -> None:
    e = pair(mentor(availability=mine), mentee(availability=theirs), only(Criterion.AVAILABILITY))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.AVAILABILITY) == text


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "text"),
    [
        (("Italian", "English"), ("english", "italian"), 100, "Both speak english, italian"),
        (("Italian",), ("Bulgarian",), 0, "No language in common"),
        ((), ("Bulgarian",), 50, "Giulia listed no languages"),
    ],
)
def test_language(mine: tuple[str, ...], theirs: tuple[str, ...], score: float, text: str) -> None:
    e = pair(mentor(languages=mine), mentee(languages=theirs), only(Criterion.LANGUAGE))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.LANGUAGE) == text


@pytest.mark.parametrize(
    ("upper", "lower", "gap", "score", "text"),
    [
        (
            "Manager",
            "Associate",
            (1, 2),
            100 / 3,
            "Manager is 4 levels above Associate (ideal: 1–2)",
        ),
        ("Senior", "Associate", (1, 2), 100, "Senior is 2 levels above Associate (ideal: 1–2)"),
        (
            "Specialist",
            "associate",
            (1, 2),
            100,
            "Specialist is 1 level above associate (ideal: 1–2)",
        ),
        ("Senior", "Senior", (1, 2), 200 / 3, "Both are Senior (ideal: 1–2 above)"),
        ("Senior", "Lead", (1, 2), 100 / 3, "Senior is 1 level below Lead (ideal: 1–2 above)"),
        ("Associate", "Lead", (1, 2), 0, "Associate is 3 levels below Lead (ideal: 1–2 above)"),
        ("Director", "Associate", (5, 5), 100, "Director is 5 levels above Associate (ideal: 5)"),
        ("Intern", "Associate", (1, 2), 50, "Career level unknown for Giulia"),
        ("", "", (1, 2), 50, "Career level unknown for Giulia and Sofia"),
    ],
)
def test_level_fit_falls_by_a_third_per_level_outside_the_ideal_gap(
    upper: str, lower: str, gap: tuple[int, int], score: float, text: str
) -> None:
    e = pair(
        mentor(career_level=upper), mentee(career_level=lower), only(Criterion.LEVEL, level_gap=gap)
    )
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.LEVEL) == text


@pytest.mark.parametrize(
    ("mine", "theirs", "rule", "score", "text"),
    [
        (
            "Engineering",
            "Sales",
            DepartmentRule.PREFER_DIFFERENT,
            100,
            "Different departments (Engineering, Sales)",
        ),
        (
            "Engineering",
            " engineering",
            DepartmentRule.PREFER_DIFFERENT,
            0,
            "Same department (Engineering)",
        ),
        (
            "Engineering",
            "Engineering",
            DepartmentRule.PREFER_SAME,
            100,
            "Same department (Engineering)",
        ),
        (
            "Engineering",
            "Sales",
            DepartmentRule.PREFER_SAME,
            0,
            "Different departments (Engineering, Sales)",
        ),
        ("", "Sales", DepartmentRule.PREFER_SAME, 50, "Department unknown for Giulia"),
    ],
)
def test_department_follows_the_rule(
    mine: str, theirs: str, rule: DepartmentRule, score: float, text: str
) -> None:
    e = pair(
        mentor(department=mine),
        mentee(department=theirs),
        only(Criterion.DEPARTMENT, department=rule),
    )
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.DEPARTMENT) == text


def test_department_ignored_weighs_nothing() -> None:
    settings = MatchSettings(
        weights={Criterion.DEPARTMENT: 5, Criterion.SKILLS: 1},
        department=DepartmentRule.IGNORE,
        require_shared_language=False,
    )
    a = mentor(department="Sales", skills_offered=("Y",))
    e = pair(a, mentee(department="Legal", skills_wanted=("X",)), settings)
    assert e.score == 0
    assert [p.criterion for p in e.parts] == [Criterion.SKILLS]
    assert settings.weight(Criterion.DEPARTMENT) == 0


@pytest.mark.parametrize(
    ("mine", "theirs", "score", "text"),
    [
        ("Milan", "milan ", 100, "Both in Milan"),
        ("Milan", "Remote", 50, "Sofia works remotely"),
        ("remote", "Remote", 100, "Both work remotely"),
        ("Milan", "Sofia", 0, "Different locations (Milan, Sofia)"),
        ("Milan", "", 50, "Location unknown for Sofia"),
    ],
)
def test_location(mine: str, theirs: str, score: float, text: str) -> None:
    e = pair(mentor(location=mine), mentee(location=theirs), only(Criterion.LOCATION))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.LOCATION) == text


def test_remote_in_the_program_language_counts_as_remote() -> None:
    install_translator(lambda _context, text: {"Remote": "Da remoto"}.get(text, text))
    e = pair(mentor(location="Milano"), mentee(location="da remoto"), only(Criterion.LOCATION))
    assert e.score == 50
    assert sentence(e, Criterion.LOCATION) == "Sofia works remotely"


@pytest.mark.parametrize(
    ("prefer", "score", "text"),
    [
        ({(2, 1)}, 100, "Sofia asked for Giulia"),
        ({(1, 2)}, 100, "Giulia asked for Sofia"),
        ({(1, 2), (2, 1)}, 100, "Giulia and Sofia asked for each other"),
        ({(2, 7)}, 0, "Sofia asked for someone else"),
        ({(2, 7), (1, 8)}, 0, "Giulia and Sofia asked for someone else"),
        ({(5, 6), (2, 2)}, 0, "Sofia asked for someone else"),
        (set(), 50, "No partner preferences given"),
    ],
)
def test_preference(prefer: set[tuple[int, int]], score: float, text: str) -> None:
    e = pair(mentor(), mentee(), only(Criterion.PREFERENCE), Rules(prefer=frozenset(prefer)))
    assert e.score == pytest.approx(score)
    assert sentence(e, Criterion.PREFERENCE) == text


def test_names_are_full_when_the_first_names_are_the_same() -> None:
    e = pair(
        mentor(first_name="Maria", last_name="Rossi"),
        mentee(first_name="Maria", last_name="Ivanova"),
        only(Criterion.PREFERENCE),
        Rules(prefer=frozenset({(2, 1)})),
    )
    assert sentence(e, Criterion.PREFERENCE) == "Maria Ivanova asked for Maria Rossi"


def test_the_score_is_the_weighted_mean_of_the_fits() -> None:
    settings = MatchSettings(
        weights={Criterion.SKILLS: 3, Criterion.LOCATION: 1}, require_shared_language=False
    )
    a = mentor(skills_offered=("Python",), location="Milan")
    b = mentee(skills_wanted=("Python", "SQL"), location="Sofia")
    e = pair(a, b, settings)
    assert e.score == pytest.approx(100 * (3 * 0.5 + 1 * 0) / 4)
    assert [(p.criterion, p.points) for p in e.parts] == [
        (Criterion.SKILLS, pytest.approx(37.5)),
        (Criterion.LOCATION, 0.0),
    ]


def test_a_weight_of_zero_ignores_the_criterion() -> None:
    weights = dict(DEFAULT_WEIGHTS) | {Criterion.SKILLS: 0}
    settings = MatchSettings(weights=weights)
    people = [mentee(skills_wanted=w, id=10 + n) for n, w in enumerate([(), ("Python",), ("X",)])]
    scores = mentoring_scores([mentor(skills_offered=("Python",))], people, LEVELS, settings)
    assert len(set(scores.score[0])) == 1
    assert Criterion.SKILLS not in {
        p.criterion for p in explain(scores, 0, 1, LEVELS, settings).parts
    }


def test_missing_weights_count_as_zero_and_all_zero_scores_zero() -> None:
    settings = MatchSettings(weights={})
    assert settings.points() == {c: 0.0 for c in Criterion}
    e = pair(mentor(), mentee(), settings)
    assert (e.score, e.parts) == (0.0, ())


def test_string_keys_are_accepted_as_criteria() -> None:
    settings = MatchSettings(weights={"skills": 2, "level": 2})  # type: ignore[dict-item]
    assert settings.points()[Criterion.SKILLS] == 50


@pytest.mark.parametrize(
    "fields",
    [
        {"weights": {Criterion.SKILLS: -1}},
        {"weights": {Criterion.SKILLS: float("nan")}},
        {"weights": {"charisma": 1}},
        {"level_gap": (2, 1)},
    ],
)
def test_invalid_settings_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        MatchSettings(**fields)


def test_default_settings() -> None:
    settings = MatchSettings()
    assert settings.weights == DEFAULT_WEIGHTS
    assert sum(settings.points().values()) == pytest.approx(100)
    assert settings.level_gap == (1, 2)
    assert settings.department is DepartmentRule.PREFER_DIFFERENT
    assert (settings.require_shared_language, settings.forbid_same_department) == (True, False)


def test_a_perfect_pair_scores_one_hundred() -> None:
    fields: dict[str, Any] = dict(
        skills_offered=("Python",), interests=("Chess",), languages=("English",),
        location="Milan", availability=("Mon",),
    )  # fmt: skip
    a = mentor(career_level="Lead", department="Sales", **fields)
    b = mentee(career_level="Specialist", department="Legal", skills_wanted=("Python",), **fields)
    e = pair(a, b, MatchSettings(), Rules(prefer=frozenset({(2, 1)})))
    assert e.score == 100
    assert all(p.fit == pytest.approx(1) for p in e.parts)


# -- hard constraints ---------------------------------------------------------------------------


def test_withdrawn_participants_are_ineligible() -> None:
    gone = ParticipantStatus.WITHDRAWN
    e = pair(mentor(), mentee(status=gone), MatchSettings())
    assert (e.eligible, e.reasons) == (False, ("Sofia has withdrawn",))
    e = pair(mentor(status=gone), mentee(status=gone), MatchSettings())
    assert e.reasons == ("Giulia and Sofia have withdrawn",)


def test_someone_both_mentor_and_mentee_is_not_paired_with_themselves() -> None:
    both = mentor(role=Role.BOTH, id=5)
    scores = mentoring_scores([both], [both, mentee()], LEVELS, MatchSettings())
    assert scores.reason.tolist() == [[Ineligible.SAME_PERSON, Ineligible.NONE]]
    assert explain(scores, 0, 0, LEVELS, MatchSettings()).reasons == (
        "Giulia Rossi cannot be paired with themselves",
    )


def test_people_without_ids_are_told_apart_by_email_then_by_object() -> None:
    a = mentor(id=None, email="g@x.it")
    twin = mentor(id=None, email=" G@X.IT")
    b = mentor(id=None)
    c = mentor(id=None)
    scores = mentoring_scores([a, b], [twin, b, c], LEVELS, MatchSettings())
    assert scores.reason.tolist() == [[2, 0, 0], [0, 2, 0]]
    check(scores, LEVELS, MatchSettings(), Rules())


def test_never_pairs_are_ineligible() -> None:
    rules = Rules(never=frozenset({frozenset({1, 2})}))
    e = pair(mentor(), mentee(), MatchSettings(), rules)
    assert e.reasons == ("The coordinator ruled out pairing Giulia and Sofia",)
    assert pair(mentor(), mentee(id=3), MatchSettings(), rules).eligible


def test_no_shared_language_only_when_both_list_languages() -> None:
    settings = MatchSettings()
    e = pair(mentor(languages=("Italian",)), mentee(languages=("Bulgarian", "German")), settings)
    assert e.reasons == ("No language in common (Giulia: Italian; Sofia: Bulgarian, German)",)
    assert pair(mentor(languages=("Italian",)), mentee(), settings).eligible
    relaxed = dataclasses.replace(settings, require_shared_language=False)
    assert pair(mentor(languages=("Italian",)), mentee(languages=("German",)), relaxed).eligible


def test_mentor_above_only_when_required_and_both_levels_known() -> None:
    settings = MatchSettings(require_mentor_above=True)
    e = pair(mentor(career_level="Senior"), mentee(career_level="Senior"), settings)
    assert e.reasons == ("Giulia (Senior) is not above Sofia (Senior)",)
    assert pair(
        mentor(career_level="Senior"), mentee(career_level="Lead"), MatchSettings()
    ).eligible
    assert pair(mentor(career_level="Senior"), mentee(career_level="?"), settings).eligible


def test_level_gap_required() -> None:
    settings = MatchSettings(require_level_gap=True)
    e = pair(mentor(career_level="Director"), mentee(career_level="Associate"), settings)
    assert e.reasons == ("Director is 5 levels above Associate (required: 1–2 levels above)",)
    e = pair(mentor(career_level="Associate"), mentee(career_level="Senior"), settings)
    assert e.reasons == ("Associate is 2 levels below Senior (required: 1–2 levels above)",)
    assert pair(mentor(career_level="Lead"), mentee(career_level="Senior"), settings).eligible


def test_same_department_when_forbidden() -> None:
    settings = MatchSettings(forbid_same_department=True)
    e = pair(mentor(department="Sales"), mentee(department="SALES"), settings)
    assert e.reasons == ("Both in Sales, and the program pairs across departments",)
    assert pair(mentor(department="Sales"), mentee(department=""), settings).eligible
    assert pair(mentor(), mentee(), settings).eligible


def test_capacity_left_is_capacity_minus_load() -> None:
    people = [mentor(id=1, capacity=2), mentor(id=3, capacity=1), mentor(id=4, capacity=0)]
    rules = Rules(load={1: 1, 3: 1})
    scores = mentoring_scores(people, [mentee()], LEVELS, MatchSettings(), rules)
    assert scores.capacity.tolist() == [1, 0, 0]
    assert scores.reason[:, 0].tolist() == [0, Ineligible.NO_CAPACITY, Ineligible.NO_CAPACITY]
    e = explain(scores, 1, 0, LEVELS, MatchSettings(), rules)
    assert e.reasons == ("Giulia has no places left for another mentee",)


def test_the_first_failed_constraint_is_reported_and_all_are_explained() -> None:
    settings = MatchSettings(
        forbid_same_department=True, require_mentor_above=True, require_level_gap=True
    )
    a = mentor(capacity=0, department="Sales", career_level="Associate", languages=("Italian",))
    b = mentee(department="Sales", career_level="Lead", languages=("German",))
    rules = Rules(never=frozenset({frozenset({1, 2})}))
    scores = mentoring_scores([a], [b], LEVELS, settings, rules)
    assert scores.reason[0, 0] == Ineligible.NEVER
    e = explain(scores, 0, 0, LEVELS, settings, rules)
    assert len(e.reasons) == 6  # never, language, not above, department, capacity, gap
    check(scores, LEVELS, settings, rules)
    a = dataclasses.replace(a, status=ParticipantStatus.WITHDRAWN)
    gone = mentoring_scores([a], [b], LEVELS, settings)
    assert gone.reason[0, 0] == Ineligible.WITHDRAWN


def test_ineligible_labels_and_the_eligible_sentence() -> None:
    assert [r.label for r in Ineligible][:2] == ["Eligible", "Withdrawn"]
    assert all(r.label for r in Ineligible)
    assert Ineligible.NONE.sentence(mentor(), mentee()) == "Eligible"
    assert Ineligible.WITHDRAWN.sentence(mentor(), mentee()) == "Giulia has withdrawn"


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
        compatibility._popcount_bytes(x, out=out)  # type: ignore[arg-type]
        expected = [[bin(int(v)).count("1") for v in row] for row in x.tolist()]
        assert np.array_equal(out, expected)


# -- words -------------------------------------------------------------------------------------


def test_labels_and_sentences_go_through_the_translator() -> None:
    install_translator(lambda _context, text: text.upper())
    assert Criterion.SKILLS.label == "SKILLS"
    assert DepartmentRule.IGNORE.label == "IGNORE DEPARTMENTS"
    assert Ineligible.NEVER.label == "NEVER PAIR"
    e = pair(mentor(), mentee(), only(Criterion.PREFERENCE))
    assert sentence(e, Criterion.PREFERENCE) == "NO PARTNER PREFERENCES GIVEN"


def test_every_label_is_distinct() -> None:
    assert len({c.label for c in Criterion}) == len(Criterion)
    assert len({r.label for r in DepartmentRule}) == len(DepartmentRule)
    assert [c.value for c in Criterion] == [
        "skills", "interests", "level", "department", "language", "location", "availability",
        "preference",
    ]  # fmt: skip
