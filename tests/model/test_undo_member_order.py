"""Found by the soak run (tests/safety/soak.py): undoing the delete of a pair's mentor put the
mentor back after the mentee, so the pair read differently from before the delete."""

from __future__ import annotations

from mentordesk.model.domain import MemberRole, Pair, PairMember, Role
from mentordesk.model.store import Store

from .conftest import person


def test_restoring_a_deleted_member_keeps_the_pairs_member_order(store: Store) -> None:
    mentor = store.add_participant(person("Anna", "Rossi", role=Role.MENTOR, capacity=1))
    mentee = store.add_participant(person("Bruno", "Verdi"))
    peers = [store.add_participant(person(f"Peer{i}", "Neri")) for i in range(3)]
    store.add_pairs(
        [
            Pair((PairMember(mentor, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE))),
            Pair(tuple(PairMember(p, MemberRole.PEER) for p in peers)),
        ]
    )
    before = store.pairs()
    snapshot = store.delete_participants([mentor, peers[0], peers[1]])
    assert [len(p.members) for p in store.pairs()] == [1, 1]
    store.restore(snapshot)
    assert store.pairs() == before
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
