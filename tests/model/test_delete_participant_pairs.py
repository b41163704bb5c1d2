"""Deleting a participant closes the open pairs they leave without a mentor and a mentee (or,
for peers, without two people) as "someone left the program"; a group that can go on stays
open. All in the delete's one transaction, and undone with it exactly (found by the soak run,
tests/safety/soak.py: 418 open pairs left with one member or none)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from mentordesk.model.domain import (
    Changes,
    ClosureReason,
    MemberRole,
    Pair,
    PairChange,
    PairMember,
    PairStatus,
    Role,
    Session,
)
from mentordesk.model.errors import ValidationError
from mentordesk.model.schema import TABLES
from mentordesk.model.store import Store
from mentordesk.model.store_pairs import can_go_on

from .conftest import Ids, person

D = dt.date
TODAY = D(2026, 3, 10)
LEFT = ClosureReason.SOMEONE_LEFT
MENTOR, MENTEE, PEER = MemberRole.MENTOR, MemberRole.MENTEE, MemberRole.PEER
EVERYTHING = Changes(participants=True, pairs=True, goals=True, feedback=True, matching=True)


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in storage order (pair members in their order too)."""
    return {
        t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")]
        for t in TABLES
    }


def people(store: Store, n: int, role: Role = Role.MENTEE) -> list[int]:
    start = store.conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    return [
        store.add_participant(person(f"P{start + i}", "Rossi", role=role, capacity=3))
        for i in range(n)
    ]


def pair(store: Store, *members: tuple[int, MemberRole], **fields: Any) -> int:
    return store.add_pair(Pair(tuple(PairMember(p, r) for p, r in members), **fields))


def active(**fields: Any) -> dict[str, Any]:
    return {"status": PairStatus.ACTIVE, "start_date": D(2026, 1, 5), **fields}


# -- one-to-one pairs ----------------------------------------------------------------------------


def test_deleting_a_mentee_closes_their_active_pair_as_someone_left(
    populated: Store, ids: Ids
) -> None:
    populated.delete_participants([ids.mentee], TODAY)
    closed = populated.pair(ids.active_pair)
    assert closed.status is PairStatus.CLOSED
    assert (closed.start_date, closed.end_date) == (D(2025, 2, 1), TODAY)
    assert (closed.closure_reason, closed.closure_note) == (LEFT, "")
    assert closed.members == (PairMember(ids.mentor, MENTOR),)
    assert populated.pair_history(ids.active_pair)[-1] == PairChange(
        ids.active_pair,
        TODAY,
        PairStatus.CLOSED,
        LEFT,
        id=populated.pair_history(ids.active_pair)[-1].id,
    )
    # The pair keeps what was logged on it.
    assert len(populated.sessions(ids.active_pair)) == 2
    assert [g.pair_id for g in populated.goals()] == [ids.active_pair]


def test_deleting_a_mentor_closes_each_of_their_open_pairs_whatever_its_status(
    store: Store,
) -> None:
    [mentor] = people(store, 1, Role.MENTOR)
    a, b, c = people(store, 3)
    running = pair(store, (mentor, MENTOR), (a, MENTEE), **active())
    paused = pair(store, (mentor, MENTOR), (b, MENTEE), **active(status=PairStatus.PAUSED))
    proposed = pair(store, (mentor, MENTOR), (c, MENTEE))
    assert store.pairs_closed_by_deleting([mentor]) == [running, paused, proposed]
    store.delete_participants([mentor], TODAY)
    for pid in (running, paused, proposed):
        closed = store.pair(pid)
        assert (closed.status, closed.closure_reason, closed.end_date) == (
            PairStatus.CLOSED,
            LEFT,
            TODAY,
        )
    # A proposal that never started closes as a started pair would (as closing it by hand
    # does): its start is the day it closed.
    assert store.pair(proposed).start_date == TODAY
    assert store.pair(running).start_date == D(2026, 1, 5)
    # Each mentee is back among the unmatched: no open pair holds them.
    open_members = store.conn.execute(
        "SELECT count(*) FROM pair_members m JOIN pairs p ON p.id = m.pair_id "
        "WHERE p.status <> 'closed'"
    ).fetchone()[0]
    assert open_members == 0


def test_a_pair_whose_both_members_go_is_closed_with_nobody_in_it(store: Store) -> None:
    [mentor] = people(store, 1, Role.MENTOR)
    [mentee] = people(store, 1)
    pid = pair(store, (mentor, MENTOR), (mentee, MENTEE), **active())
    store.add_session(Session(pid, D(2026, 2, 1), notes="kept"))
    store.delete_participants([mentor, mentee], TODAY)
    gone = store.pair(pid)
    assert (gone.status, gone.closure_reason, gone.members) == (PairStatus.CLOSED, LEFT, ())
    assert [s.notes for s in store.sessions(pid)] == ["kept"]


def test_already_closed_pairs_are_left_exactly_as_they_were(populated: Store, ids: Ids) -> None:
    before = populated.pair(ids.closed_pair)
    history = populated.pair_history(ids.closed_pair)
    populated.delete_participants([ids.withdrawn, ids.mentor], TODAY)
    after = populated.pair(ids.closed_pair)
    assert after.members == ()
    assert (after.status, after.end_date, after.closure_reason, after.closure_note) == (
        before.status,
        before.end_date,
        before.closure_reason,
        "Zoe ha cambiato azienda.",
    )
    assert populated.pair_history(ids.closed_pair) == history


def test_the_closure_is_never_dated_before_the_pairs_start_or_last_change(store: Store) -> None:
    [mentor] = people(store, 1, Role.MENTOR)
    a, b = people(store, 2)
    later = pair(store, (mentor, MENTOR), (a, MENTEE), **active(start_date=D(2026, 4, 1)))
    changed = pair(store, (mentor, MENTOR), (b, MENTEE), **active())
    store.change_pair_status(changed, PairStatus.PAUSED, D(2026, 5, 2))
    store.delete_participants([mentor], TODAY)
    assert store.pair(later).end_date == D(2026, 4, 1)
    assert store.pair(changed).end_date == D(2026, 5, 2)
    assert store.integrity_problems() == []


def test_without_a_day_the_closure_is_dated_today(store: Store) -> None:
    [mentor] = people(store, 1, Role.MENTOR)
    [mentee] = people(store, 1)
    pid = pair(store, (mentor, MENTOR), (mentee, MENTEE), **active())
    store.delete_participants([mentee])
    assert store.pair(pid).end_date == dt.date.today()


# -- groups --------------------------------------------------------------------------------------


def test_a_mentoring_group_goes_on_while_it_has_a_mentor_and_a_mentee(store: Store) -> None:
    [mentor] = people(store, 1, Role.MENTOR)
    a, b, c = people(store, 3)
    group = pair(store, (mentor, MENTOR), (a, MENTEE), (b, MENTEE), (c, MENTEE), **active())
    assert store.pairs_closed_by_deleting([a, b]) == []
    store.delete_participants([a, b], TODAY)
    kept = store.pair(group)
    assert kept.status is PairStatus.ACTIVE
    assert kept.members == (PairMember(mentor, MENTOR), PairMember(c, MENTEE))
    assert store.pairs_closed_by_deleting([mentor]) == [group]
    store.delete_participants([mentor], TODAY)
    assert store.pair(group).status is PairStatus.CLOSED  # mentees without their mentor


def test_a_peer_group_goes_on_while_two_people_are_left(store: Store) -> None:
    a, b, c = people(store, 3)
    group = pair(store, (a, PEER), (b, PEER), (c, PEER), **active())
    peer_pair = pair(store, (a, PEER), (b, PEER), **active(status=PairStatus.PAUSED))
    store.delete_participants([c], TODAY)
    assert store.pair(group).status is PairStatus.ACTIVE
    store.delete_participants([a], TODAY)
    assert store.pair(group).status is PairStatus.CLOSED
    assert store.pair(group).members == (PairMember(b, PEER),)
    assert store.pair(peer_pair).status is PairStatus.CLOSED


@pytest.mark.parametrize(
    ("roles", "goes_on"),
    [
        ((), False),
        ((MENTOR,), False),
        ((PEER,), False),
        ((MENTOR, MENTEE), True),
        ((MENTEE, MENTEE), False),
        ((MENTOR, MENTOR), False),
        ((MENTOR, MENTEE, MENTEE), True),
        ((PEER, PEER), True),
    ],
)
def test_which_pairs_can_go_on(roles: tuple[MemberRole, ...], goes_on: bool) -> None:
    assert can_go_on(roles) is goes_on


# -- undo and redo -------------------------------------------------------------------------------


def test_undo_gives_back_every_pair_exactly_and_redo_closes_them_again(store: Store) -> None:
    [mentor, other] = people(store, 2, Role.MENTOR)
    a, b, c = people(store, 3)
    running = pair(store, (mentor, MENTOR), (a, MENTEE), **active(name="Kept name"))
    store.change_pair_status(running, PairStatus.PAUSED, D(2026, 2, 1), note="Exams")
    group = pair(store, (other, MENTOR), (b, MENTEE), (mentor, MENTOR), (c, MENTEE), **active())
    before = rows(store)
    pairs_before = store.pairs()

    received: list[Changes] = []
    store.subscribe(received.append)
    snapshot = store.delete_participants([mentor], TODAY)
    assert received == [EVERYTHING]  # one transaction, one notification
    assert store.pair(running).status is PairStatus.CLOSED
    assert store.pair(group).status is PairStatus.ACTIVE  # it still has a mentor and mentees
    after = rows(store)

    assert store.restore(snapshot) == EVERYTHING
    assert rows(store) == before
    assert store.pairs() == pairs_before  # status, dates, reason, note, members in order
    assert store.pair(group).members[2] == PairMember(mentor, MENTOR)

    redone = store.delete_participants([mentor], TODAY)
    assert rows(store) == after
    assert redone == snapshot
    store.restore(redone)
    assert rows(store) == before
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_undo_of_a_delete_that_closed_nothing_keeps_its_usual_snapshot(
    populated: Store, ids: Ids
) -> None:
    snapshot = populated.delete_participants([ids.both], TODAY)
    assert "closed_pairs" not in snapshot
    assert "pair_history_added" not in snapshot


def test_a_delete_that_fails_while_closing_changes_nothing(populated: Store, ids: Ids) -> None:
    before = rows(populated)
    populated.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON pair_history "
        "BEGIN SELECT RAISE(ABORT, 'disk gone'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        populated.delete_participants([ids.mentee], TODAY)
    assert rows(populated) == before


def test_asking_which_pairs_a_delete_closes_writes_nothing(populated: Store, ids: Ids) -> None:
    writes = populated.writes
    assert populated.pairs_closed_by_deleting([ids.mentee]) == [ids.active_pair]
    assert populated.pairs_closed_by_deleting([ids.both, ids.withdrawn]) == []
    assert populated.pairs_closed_by_deleting([]) == []
    assert populated.writes == writes


# -- after the delete ----------------------------------------------------------------------------


def test_a_pair_closed_because_someone_left_cannot_be_reopened(populated: Store, ids: Ids) -> None:
    populated.delete_participants([ids.mentee], TODAY)
    with pytest.raises(ValidationError, match="no longer has both a mentor and a mentee"):
        populated.change_pair_status(ids.active_pair, PairStatus.ACTIVE, TODAY)
    assert populated.pair(ids.active_pair).status is PairStatus.CLOSED
