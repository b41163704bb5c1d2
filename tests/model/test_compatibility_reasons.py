"""Compatibility: the hard constraints, the first one reported and all of them explained."""

from __future__ import annotations

import dataclasses

from mentordesk.model.compatibility import (
    Ineligible,
    MatchSettings,
    Rules,
    explain,
    mentoring_scores,
)
from mentordesk.model.domain import ParticipantStatus, Role

from .test_compatibility import LEVELS, check, mentee, mentor, pair


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
