"""Domain types: enum labels, Changes arithmetic, names; the model's translation hook."""

from __future__ import annotations

from enum import StrEnum

import pytest

from mentordesk.model.domain import (
    LIST_FIELDS,
    Changes,
    PairStatus,
    Participant,
    ParticipantStatus,
    ProgramFormat,
    Role,
)
from mentordesk.model.errors import FileProblem, ValidationError
from mentordesk.model.i18n import install_translator, tr

LABELLED: list[type[StrEnum]] = [ProgramFormat, Role, ParticipantStatus, PairStatus]

ENGLISH = {
    ProgramFormat.ONE_TO_ONE: "One-to-one mentoring",
    ProgramFormat.PEER_PAIRS: "Peer pairs",
    ProgramFormat.PEER_GROUPS: "Peer groups",
    Role.MENTOR: "Mentor",
    Role.MENTEE: "Mentee",
    Role.BOTH: "Mentor and mentee",
    ParticipantStatus.APPLICANT: "Applicant",
    ParticipantStatus.ACTIVE: "Active",
    ParticipantStatus.WITHDRAWN: "Withdrawn",
    PairStatus.PROPOSED: "Proposed",
    PairStatus.ACTIVE: "Active",
    PairStatus.PAUSED: "Paused",
    PairStatus.CLOSED: "Closed",
}


def test_every_labelled_member_has_its_english_label() -> None:
    members = [member for enum in LABELLED for member in enum]
    assert {m: m.label for m in members} == ENGLISH  # type: ignore[attr-defined]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_labels_within_an_enum_are_distinct(enum: type[StrEnum]) -> None:
    labels = [member.label for member in enum]  # type: ignore[attr-defined]
    assert len(set(labels)) == len(labels)


def test_enum_values_are_the_stored_strings() -> None:
    assert Role("both") is Role.BOTH
    assert f"{ParticipantStatus.WITHDRAWN}" == "withdrawn"
    assert ProgramFormat.PEER_GROUPS == "peer_groups"


def test_labels_go_through_the_installed_translator() -> None:
    calls: list[tuple[str, str]] = []

    def italian(context: str, text: str) -> str:
        calls.append((context, text))
        return {"Mentor": "Mentore", "Withdrawn": "Ritirato"}.get(text, text)

    install_translator(italian)
    assert Role.MENTOR.label == "Mentore"
    assert ParticipantStatus.WITHDRAWN.label == "Ritirato"
    assert PairStatus.PAUSED.label == "Paused"
    assert ("model", "Mentor") in calls
    assert tr("Закрито", "reports") == "Закрито"
    assert calls[-1] == ("reports", "Закрито")

    install_translator(None)
    assert Role.MENTOR.label == "Mentor"


def test_errors_carry_their_sentence_through_the_translator() -> None:
    install_translator(lambda context, text: text.upper())
    assert Role.MENTEE.label == "MENTEE"
    install_translator(None)
    error = ValidationError({"first_name": "Enter a first name.", "email": "Bad address."})
    assert str(error) == "Enter a first name.; Bad address."
    assert error.problems["email"] == "Bad address."
    assert FileProblem("Nope.").path == ""


def test_changes_default_to_nothing_and_are_false() -> None:
    assert not Changes()
    assert Changes() == Changes(
        program=False, participants=False, pairs=False, goals=False, sessions=False, feedback=False
    )


@pytest.mark.parametrize(
    "flag", ["program", "participants", "pairs", "goals", "sessions", "feedback"]
)
def test_any_single_change_is_true(flag: str) -> None:
    assert Changes(**{flag: True})


def test_changes_union_keeps_every_flag() -> None:
    a = Changes(program=True, goals=True)
    b = Changes(participants=True, goals=True, feedback=True)
    assert a | b == Changes(program=True, participants=True, goals=True, feedback=True)
    assert a | Changes() == a
    assert Changes() | Changes() == Changes()
    assert Changes(pairs=True) | Changes(sessions=True) == Changes(pairs=True, sessions=True)
    everything = Changes(True, True, True, True, True, True)
    assert a | everything == everything


def test_changes_are_immutable() -> None:
    with pytest.raises(AttributeError):
        Changes().program = True  # type: ignore[misc]


@pytest.mark.parametrize(
    ("first", "last", "full"),
    [
        ("Giulia", "Bianchi", "Giulia Bianchi"),
        ("Иван", "Петров", "Иван Петров"),
        ("Madonna", "", "Madonna"),
        ("", "Rossi", "Rossi"),
    ],
)
def test_full_name(first: str, last: str, full: str) -> None:
    assert Participant(first, last).full_name == full


def test_participant_defaults() -> None:
    p = Participant("Anna", "Neri")
    assert (p.role, p.status, p.id, p.consent_date) == (
        Role.MENTEE,
        ParticipantStatus.APPLICANT,
        None,
        None,
    )
    assert all(getattr(p, name) == () for name in LIST_FIELDS)


def test_every_checkin_channel_has_words() -> None:
    from mentordesk.model.domain import CheckInChannel

    assert [c.label for c in CheckInChannel] == [
        "In person",
        "Video call",
        "Phone",
        "Chat",
        "Email",
    ]


@pytest.mark.parametrize(
    "enum",
    [
        "MemberRole",
        "ClosureReason",
        "GoalStatus",
        "StepOwner",
        "SessionFormat",
        "SessionStatus",
        "MeetingPlan",
    ],
)
def test_every_member_of_every_coded_value_has_words(enum: str) -> None:
    from mentordesk.model import domain

    labels = [member.label for member in getattr(domain, enum)]
    assert all(label.strip() for label in labels) and len(set(labels)) == len(labels)
