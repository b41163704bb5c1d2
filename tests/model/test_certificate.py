"""The facts on a mentor's certificate: the sessions and hours of the pairs and groups they
mentored, checked against a hand count, and a clear refusal for anyone else."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.model.certificate import CertificateFacts, certificate_facts, certificate_mentors
from mentordesk.model.domain import MemberRole, Pair, PairMember, PairStatus, Session
from mentordesk.model.errors import ValidationError
from mentordesk.model.store import Store

from .conftest import Ids, person

TODAY = dt.date(2025, 6, 1)


def test_a_mentor_of_two_pairs_and_a_group(populated: Store, ids: Ids) -> None:
    store = populated
    # The active pair holds two 60-minute sessions (10 and 24 Feb). Add a group where the
    # mentor came to one session of two, and a session after the day of issue.
    peer = store.add_participant(person("Pia", "Peer"))
    group = store.add_pair(
        Pair(
            (
                PairMember(ids.mentor, MemberRole.MENTOR),
                PairMember(ids.both, MemberRole.MENTEE),
                PairMember(peer, MemberRole.MENTEE),
            ),
            status=PairStatus.ACTIVE,
            start_date=dt.date(2025, 1, 20),
        )
    )
    store.add_session(Session(group, dt.date(2025, 1, 25), 45, attendees=(ids.mentor, peer)))
    store.add_session(Session(group, dt.date(2025, 3, 5), 90, attendees=(ids.both, peer)))
    store.add_session(Session(ids.active_pair, dt.date(2025, 7, 1), 60))
    facts = certificate_facts(store, ids.mentor, TODAY)
    assert facts == CertificateFacts(
        program_name="Mentoring 2025",
        program_start=dt.date(2025, 1, 15),
        program_end=dt.date(2025, 12, 15),
        mentor_name="Marco Esposito",
        pair_ids=(ids.active_pair, ids.closed_pair, group),
        mentees=4,
        sessions=3,
        minutes=165,
        first_date=dt.date(2025, 1, 25),
        last_date=dt.date(2025, 2, 24),
        issued=TODAY,
    )
    assert facts.hours == 3 and facts.hours_text == "3 hours"


def test_hours_are_said_in_words() -> None:
    base = dict(
        program_name="P",
        program_start=None,
        program_end=None,
        mentor_name="M",
        pair_ids=(1,),
        mentees=1,
        sessions=1,
        first_date=TODAY,
        last_date=TODAY,
        issued=TODAY,
    )
    assert CertificateFacts(minutes=60, **base).hours_text == "1 hour"  # type: ignore[arg-type]
    assert CertificateFacts(minutes=120, **base).hours_text == "2 hours"  # type: ignore[arg-type]
    assert CertificateFacts(minutes=95, **base).hours_text == "1.5 hours"  # type: ignore[arg-type]
    assert CertificateFacts(minutes=74, **base).hours_text == "1 hour"  # type: ignore[arg-type]


def test_who_cannot_have_a_certificate(populated: Store, ids: Ids) -> None:
    store = populated
    with pytest.raises(ValidationError) as unknown:
        certificate_facts(store, 4040, TODAY)
    assert unknown.value.problems == {
        "participant_id": "This person is not in the program (any more)."
    }
    with pytest.raises(ValidationError) as mentee:
        certificate_facts(store, ids.mentee, TODAY)
    assert "Иван Петров has not mentored anyone" in mentee.value.problems["participant_id"]
    store.add_pair(
        Pair(
            (PairMember(ids.both, MemberRole.MENTOR), PairMember(ids.mentee, MemberRole.MENTEE)),
        )
    )
    with pytest.raises(ValidationError) as quiet:
        certificate_facts(store, ids.both, TODAY)
    assert "Ada Lovelace has no held session" in str(quiet.value)


def test_the_mentors_to_choose_from(populated: Store, ids: Ids) -> None:
    assert certificate_mentors(populated) == [(ids.mentor, "Marco Esposito")]
