"""The questionnaire's built-in questions and the scores computed from answers."""

from __future__ import annotations

import pytest

from mentordesk.model.domain import MemberRole
from mentordesk.model.surveys import (
    Audience,
    Nps,
    QuestionKind,
    built_in_questions,
    built_in_rounds,
    keys_of,
    mean,
    nps,
)


def test_nps_counts_promoters_passives_and_detractors() -> None:
    result = nps([10, 9, 8, 7, 6, 0, 11, -1])  # 11 and -1 are not answers on the scale
    assert result == Nps(promoters=2, passives=2, detractors=2)
    assert result.answers == 6 and result.score == 0.0
    assert nps([10, 10, 10, 3]).score == 50.0
    assert nps([]).score is None


def test_mean_of_nothing_is_none() -> None:
    assert mean([]) is None
    assert mean([4, 5]) == 4.5


def test_built_in_questions_have_unique_keys_in_order() -> None:
    questions = built_in_questions()
    assert [q.position for q in questions] == list(range(len(questions)))
    assert len({q.key for q in questions}) == len(questions)
    assert keys_of(questions, QuestionKind.SCALE, Audience.MENTEE) == {"useful", "supported"}
    assert keys_of(questions, QuestionKind.NPS, Audience.MENTEE) == {"recommend"}
    assert keys_of(questions, QuestionKind.SCALE, Audience.MENTOR) == {"engagement", "gained"}
    assert built_in_rounds() == ["First month", "Midpoint", "Closing"]


@pytest.mark.parametrize(
    ("audience", "role", "asked"),
    [
        (Audience.MENTEE, MemberRole.MENTEE, True),
        (Audience.MENTEE, MemberRole.MENTOR, False),
        (Audience.MENTOR, MemberRole.MENTOR, True),
        (Audience.MENTOR, MemberRole.MENTEE, False),
        (Audience.MENTOR, MemberRole.PEER, True),
        (Audience.EVERYONE, MemberRole.MENTEE, True),
    ],
)
def test_who_is_asked(audience: Audience, role: MemberRole, asked: bool) -> None:
    assert audience.asks(role) is asked


def test_labels_and_bounds() -> None:
    assert {a.label for a in Audience} == {"Mentees", "Mentors", "Everyone"}
    assert QuestionKind.SCALE.bounds == (1, 5) and QuestionKind.NPS.bounds == (0, 10)
    assert QuestionKind.TEXT.bounds is None
    assert all(k.label for k in QuestionKind)
