"""Rules a participant or a program must satisfy before it is saved."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.model.domain import Participant, Program
from mentordesk.model.i18n import install_translator
from mentordesk.model.validation import is_valid_email, participant_problems, program_problems


def nobody_has(email: str, exclude_id: int | None) -> bool:
    return False


@pytest.mark.parametrize(
    "email",
    [
        "name@example.org",
        "Giulia.Bianchi+mentoring@esempio.co.it",
        "  spaced@example.org  ",
        "иван@пример.бг",
        "o'neil@example.ie",
    ],
)
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    [
        "",
        "name",
        "name@",
        "@example.org",
        "name@example",
        "name@example.o",
        "name@@example.org",
        "na me@example.org",
        "name@exa mple.org",
        "name@example.org.",
        "name@example.",
    ],
)
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


def test_a_complete_participant_has_no_problems() -> None:
    p = Participant("Anna", "Neri", email="anna@esempio.it", capacity=3)
    assert participant_problems(p, nobody_has) == {}


def test_email_is_optional_and_the_lookup_is_not_asked_for_a_blank_one() -> None:
    def must_not_be_called(email: str, exclude_id: int | None) -> bool:
        raise AssertionError("looked up a blank address")

    assert participant_problems(Participant("A", "B", email="   "), must_not_be_called) == {}


def test_every_problem_is_reported_at_once() -> None:
    p = Participant(" ", "", email="nope", capacity=-1)
    assert participant_problems(p, nobody_has) == {
        "first_name": "Enter a first name.",
        "last_name": "Enter a last name.",
        "email": "This is not a valid e-mail address (like name@example.org).",
        "capacity": "Capacity cannot be negative.",
    }


def test_taken_email_is_looked_up_trimmed_with_the_participants_own_id() -> None:
    asked: list[tuple[str, int | None]] = []

    def taken(email: str, exclude_id: int | None) -> bool:
        asked.append((email, exclude_id))
        return True

    p = Participant("Anna", "Neri", email="  anna@esempio.it ", id=7)
    assert participant_problems(p, taken) == {
        "email": "Another participant already has this e-mail address."
    }
    assert asked == [("anna@esempio.it", 7)]


def test_an_invalid_email_is_not_looked_up() -> None:
    def must_not_be_called(email: str, exclude_id: int | None) -> bool:
        raise AssertionError("looked up an invalid address")

    problems = participant_problems(Participant("A", "B", email="x@y"), must_not_be_called)
    assert set(problems) == {"email"}


def test_problems_are_translated() -> None:
    install_translator(lambda context, text: f"[{context}] {text}")
    problems = participant_problems(Participant("", "Neri"), nobody_has)
    assert problems == {"first_name": "[model] Enter a first name."}


def test_a_sound_program_has_no_problems() -> None:
    program = Program(
        name="Mentoring",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 1, 1),  # one day is allowed
        cadence_days=1,
        career_levels=("Junior", "Senior"),
    )
    assert program_problems(program) == {}
    assert program_problems(Program(name="Only a name")) == {}


@pytest.mark.parametrize(
    ("program", "field", "sentence"),
    [
        (Program(name=" \t"), "name", "Enter a name for the program."),
        (
            Program(name="P", start_date=dt.date(2025, 2, 1), end_date=dt.date(2025, 1, 31)),
            "end_date",
            "The end date is before the start date.",
        ),
        (
            Program(name="P", cadence_days=0),
            "cadence_days",
            "Meetings must be expected at least every day (1 or more).",
        ),
        (
            Program(name="P", career_levels=("Junior", "  ")),
            "career_levels",
            "A career level has no name.",
        ),
        (
            Program(name="P", career_levels=("Senior", " SENIOR ")),
            "career_levels",
            "Each career level must have a different name.",
        ),
        (
            Program(name="P", career_levels=("Старши", "старши")),
            "career_levels",
            "Each career level must have a different name.",
        ),
        (Program(name="P", grace_days=-1), "grace_days", "The grace period cannot be negative."),
        (
            Program(name="P", checkin_every_days=0),
            "checkins",
            "Check-ins must be due at least a day apart (1 or more).",
        ),
        (
            Program(name="P", checkins_first_month=-1),
            "checkins",
            "The check-ins of the first month cannot be negative.",
        ),
    ],
    ids=[
        "name",
        "dates",
        "cadence",
        "blank-level",
        "same-level",
        "same-level-bulgarian",
        "grace",
        "checkin-every",
        "checkins-first-month",
    ],
)
def test_program_problems(program: Program, field: str, sentence: str) -> None:
    assert program_problems(program) == {field: sentence}


def test_only_one_end_date_is_fine() -> None:
    assert program_problems(Program(name="P", end_date=dt.date(2020, 1, 1))) == {}
    assert program_problems(Program(name="P", start_date=dt.date(2030, 1, 1))) == {}
