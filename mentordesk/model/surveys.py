"""The feedback questionnaire: its questions, the built-in set, and the scores computed from
the answers (average on a 1–5 scale, Net Promoter Score on 0–10).

A feedback row (``feedback`` table) holds one person's answers to one round, as a JSON object
keyed by question key. The questions are the program's own once the coordinator has edited
them (``survey_questions`` table), else :func:`built_in_questions`. Plain Python: the store
reads and writes them, the dashboard and the report compute from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .domain import MemberRole
from .i18n import tr


class Audience(StrEnum):
    """Who is asked a question."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    EVERYONE = "everyone"

    @property
    def label(self) -> str:
        return {
            Audience.MENTEE: tr("Mentees"),
            Audience.MENTOR: tr("Mentors"),
            Audience.EVERYONE: tr("Everyone"),
        }[self]

    def asks(self, role: MemberRole) -> bool:
        """Whether a member in this role is asked (peers answer every question)."""
        if self is Audience.EVERYONE or role is MemberRole.PEER:
            return True
        return (self is Audience.MENTEE) == (role is MemberRole.MENTEE)


class QuestionKind(StrEnum):
    SCALE = "scale"  # 1 (not at all) to 5 (very much)
    NPS = "nps"  # 0 (not at all likely) to 10 (extremely likely)
    TEXT = "text"

    @property
    def label(self) -> str:
        return {
            QuestionKind.SCALE: tr("Rating 1 to 5"),
            QuestionKind.NPS: tr("Likelihood to recommend, 0 to 10"),
            QuestionKind.TEXT: tr("Free text"),
        }[self]

    @property
    def bounds(self) -> tuple[int, int] | None:
        """The lowest and highest answer; None for free text."""
        return {QuestionKind.SCALE: (1, 5), QuestionKind.NPS: (0, 10)}.get(self)


@dataclass(frozen=True, slots=True)
class Question:
    key: str  # the answer's key in ``feedback.answers``: lowercase letters, digits, "_"
    audience: Audience
    kind: QuestionKind
    text: str
    position: int = 0
    id: int | None = None


#: The rounds a program usually runs, in order; the coordinator may name others.
def built_in_rounds() -> list[str]:
    return [tr("First month"), tr("Midpoint"), tr("Closing")]


def built_in_questions() -> list[Question]:
    """The questionnaire a new program starts with (the keys match the demo's answers)."""
    return [
        Question(
            "useful",
            Audience.MENTEE,
            QuestionKind.SCALE,
            tr("How useful is the program for your growth?"),
            0,
        ),
        Question(
            "supported",
            Audience.MENTEE,
            QuestionKind.SCALE,
            tr("How supported do you feel by your mentor?"),
            1,
        ),
        Question(
            "recommend",
            Audience.MENTEE,
            QuestionKind.NPS,
            tr("How likely are you to recommend the program to a colleague?"),
            2,
        ),
        Question(
            "engagement",
            Audience.MENTOR,
            QuestionKind.SCALE,
            tr("How well does your mentee use the opportunities the program offers?"),
            3,
        ),
        Question(
            "gained",
            Audience.MENTOR,
            QuestionKind.SCALE,
            tr("How much have you gained yourself from mentoring?"),
            4,
        ),
    ]


def mean(values: Iterable[float]) -> float | None:
    """The average, or None when there is nothing to average."""
    items = list(values)
    return sum(items) / len(items) if items else None


@dataclass(frozen=True, slots=True)
class Nps:
    """A Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from -100 to 100."""

    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        if not self.answers:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.answers


def nps(scores: Iterable[int]) -> Nps:
    """Count 0–10 answers into promoters, passives and detractors (others are ignored)."""
    promoters = passives = detractors = 0
    for score in scores:
        if 9 <= score <= 10:
            promoters += 1
        elif 7 <= score <= 8:
            passives += 1
        elif 0 <= score <= 6:
            detractors += 1
    return Nps(promoters, passives, detractors)


def keys_of(questions: Sequence[Question], kind: QuestionKind, audience: Audience) -> set[str]:
    """The keys of the questions of this kind put to this audience (or to everyone)."""
    return {
        q.key for q in questions if q.kind is kind and q.audience in (audience, Audience.EVERYONE)
    }
