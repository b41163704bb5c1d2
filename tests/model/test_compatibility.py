"""Compatibility scores: each criterion and its sentence, the settings, and the words; the
helpers here (``mentor``, ``mentee``, ``pair``, ``check``) serve the other compatibility tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
)
from mentordesk.model.domain import Participant, Role
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
