"""Guessing what roster columns, sheets and answers mean, in English, Italian and Bulgarian."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.model.domain import Role
from mentordesk.model.roster_fields import (
    find_header_row,
    fold,
    guess_role_from_columns,
    guess_role_value,
    guess_sheet_role,
    guess_target,
)
from mentordesk.model.roster_values import (
    parse_count,
    parse_date,
    parse_datetime,
    split_full_name,
    split_list,
    text_of,
)
from mentordesk.model.roster_vocabulary import Target


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("First Name", Target.FIRST_NAME),
        ("Nome", Target.FIRST_NAME),
        ("Име", Target.FIRST_NAME),
        ("Cognome", Target.LAST_NAME),
        ("Фамилия", Target.LAST_NAME),
        ("Name", Target.FULL_NAME),
        ("Nome e cognome", Target.FULL_NAME),
        ("Име и фамилия", Target.FULL_NAME),
        ("E-mail", Target.EMAIL),
        ("Indirizzo email", Target.EMAIL),
        ("Имейл", Target.EMAIL),
        ("J&J Email Address", Target.EMAIL),
        ("both mentor and mentee", Target.ROLE),
        ("Ruolo", Target.ROLE),
        ("Department and/or job function", Target.DEPARTMENT),
        ("Reparto", Target.DEPARTMENT),
        ("Отдел", Target.DEPARTMENT),
        ("Position Level", Target.CAREER_LEVEL),
        ("grade", Target.CAREER_LEVEL),
        ("Which of these do you think are good at?", Target.SKILLS_OFFERED),
        ("Competenze che puoi offrire", Target.SKILLS_OFFERED),
        ("Part 3 of 3\nWhich of these mentor skills are important to you?", Target.SKILLS_WANTED),
        ("Competenze che vuoi sviluppare", Target.SKILLS_WANTED),
        ("Умения, които искам да развия", Target.SKILLS_WANTED),
        ("Lingue parlate", Target.LANGUAGES),
        ("Which is your home office?", Target.LOCATION),
        ("How many mentees are you willing to mentor?", Target.CAPACITY),
        ("Колко менти можете да поемете?", Target.CAPACITY),
        ('"Elevator Pitch"', Target.BIO),
        ("Informazioni cronologiche", Target.TIMESTAMP),
        ("Completion time", Target.TIMESTAMP),
        ("Consent date", Target.CONSENT_DATE),
        ("skills offered", Target.SKILLS_OFFERED),
    ],
)
def test_headers_are_understood(header: str, target: Target) -> None:
    guessed, score = guess_target(header)
    assert guessed is target
    assert 0.5 <= score <= 1.0


@pytest.mark.parametrize("header", ["ID", "WWID", "Nickname", "Years of Experience", "", "  "])
def test_unknown_headers_are_left_alone(header: str) -> None:
    assert guess_target(header) == (None, 0.0)


def test_a_bare_skills_column_depends_on_the_sheet() -> None:
    assert guess_target("Skills", Role.MENTOR)[0] is Target.SKILLS_OFFERED
    assert guess_target("Competenze", Role.MENTEE)[0] is Target.SKILLS_WANTED
    assert guess_target("Умения")[0] is Target.SKILLS_OFFERED


def test_every_target_has_a_label() -> None:
    assert all(t.label for t in Target)


def test_fold() -> None:
    assert fold("  Città / Perché?  ") == "citta perche"
    assert fold("E-mail_address") == "e mail address"


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("mentor", Role.MENTOR),
        ("Mentori 2025", Role.MENTOR),
        ("Ментори", Role.MENTOR),
        ("mentee", Role.MENTEE),
        ("Mentees (responses)", Role.MENTEE),
        ("Менти", Role.MENTEE),
        ("civil-service-small-mentees", Role.MENTEE),
        ("Entrambi", Role.BOTH),
        ("peers", Role.BOTH),
        ("Form Responses 1", None),
        ("Sheet1", None),
    ],
)
def test_sheet_role_from_its_name(name: str, role: Role | None) -> None:
    assert guess_sheet_role(name) is role


@pytest.mark.parametrize(
    ("answer", "sheet_role", "role"),
    [
        ("Mentore", None, Role.MENTOR),
        ("Ментор", None, Role.MENTOR),
        ("mentee", None, Role.MENTEE),
        ("Entrambi", None, Role.BOTH),
        ("Mentor and mentee", None, Role.BOTH),
        ("yes", Role.MENTOR, Role.BOTH),
        ("Да", Role.MENTEE, Role.BOTH),
        ("no", Role.MENTOR, Role.MENTOR),
        ("no", None, None),
        ("maybe later", Role.MENTOR, None),
        ("", Role.MENTOR, None),
    ],
)
def test_role_answers(answer: str, sheet_role: Role | None, role: Role | None) -> None:
    assert guess_role_value(answer, sheet_role) is role


def test_role_from_what_a_sheet_asks() -> None:
    assert guess_role_from_columns([Target.CAPACITY, None]) is Role.MENTOR
    assert guess_role_from_columns([Target.SKILLS_WANTED]) is Role.MENTEE
    assert guess_role_from_columns([Target.SKILLS_OFFERED, Target.SKILLS_WANTED]) is Role.BOTH
    assert guess_role_from_columns([Target.EMAIL]) is None


def test_header_row_below_titles_and_blank_rows() -> None:
    rows = [
        [None, None, None],
        ["Mentoring sign-ups, spring 2026", None, None],
        [None, None, None],
        ["Nome", "Cognome", "Email"],
        ["Anna", "Neri", "anna@esempio.it"],
    ]
    assert find_header_row(rows) == 3
    assert find_header_row([["Anna", "Neri", "anna@esempio.it"]]) is None
    assert find_header_row([]) is None


def test_split_list() -> None:
    assert split_list("Skill: Public Speaking;Skill: Managing Up;") == (
        "Public Speaking",
        "Managing Up",
    )
    assert split_list("Excel, SQL / Python\nexcel") == ("Excel", "SQL", "Python")
    assert split_list("UI/UX design; Music: jazz", own=True) == ("UI/UX design", "Music: jazz")
    assert split_list("Music: jazz; Chess") == ("Music: jazz", "Chess"), "a label on some only"
    assert split_list(None) == ()
    assert split_list("  ;  ") == ()


@pytest.mark.parametrize(
    ("cell", "count"),
    [
        (2, 2),
        (2.0, 2),
        (2.5, None),
        ("3", 3),
        ("2.0", 2),
        ("up to 3", 3),
        ("One mentee only, please!", 1),
        ("Two", 2),
        ("due", 2),
        ("два", 2),
        ("nessuno", 0),
        ("whatever", None),
        (None, None),
        (True, None),
    ],
)
def test_counts(cell: object, count: int | None) -> None:
    assert parse_count(cell) == count  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "moment"),
    [
        ("2019-12-16 10:00:14", dt.datetime(2019, 12, 16, 10, 0, 14)),
        ("2019-12-16T10:00:14", dt.datetime(2019, 12, 16, 10, 0, 14)),
        # The shape of the fast path, but for the pattern to read (or refuse) as it always did
        ("2019-12-16T10:00+01", dt.datetime(2019, 12, 16, 10, 0)),  # the zone is left out
        ("2019-12-16x10:00:14", dt.datetime(2019, 12, 16)),  # not a date and a time
        ("2019-13-16 10:00:14", None),
        ("2019-W51-1 10:00:14", None),
        ("2025-03-01", dt.datetime(2025, 3, 1)),
        ("01/03/2025", dt.datetime(2025, 3, 1)),
        ("1.3.2025 9:30", dt.datetime(2025, 3, 1, 9, 30)),
        ("3/25/2025", dt.datetime(2025, 3, 25)),
        ("05/06/25", dt.datetime(2025, 6, 5)),
        (dt.date(2025, 1, 2), dt.datetime(2025, 1, 2)),
        (dt.datetime(2025, 1, 2, 3, 4), dt.datetime(2025, 1, 2, 3, 4)),
        ("31/02/2025", None),
        ("yesterday", None),
        (45000, None),
    ],
)
def test_dates(cell: object, moment: dt.datetime | None) -> None:
    assert parse_datetime(cell) == moment  # type: ignore[arg-type]
    assert parse_date(cell) == (moment.date() if moment else None)  # type: ignore[arg-type]


def test_text_of_cells() -> None:
    assert text_of(3.0) == "3"
    assert text_of(3.5) == "3.5"
    assert text_of(True) == "yes" and text_of(False) == "no"
    assert text_of(dt.date(2025, 1, 2)) == "2025-01-02"
    assert text_of(dt.datetime(2025, 1, 2, 3, 4)) == "2025-01-02 03:04"
    assert text_of("  x ") == "x"
    assert text_of(None) == ""


def test_full_names() -> None:
    assert split_full_name("Anna Maria  Rossi") == ("Anna Maria", "Rossi")
    assert split_full_name("Rossi, Anna") == ("Anna", "Rossi")
    assert split_full_name("Madonna") == ("", "Madonna")
