"""The matching board's edits, each run the way the undo command runs it: what the file holds
after it, and exactly what it held before once undone."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.model.board import NEW_GROUP, POOL, Board, Verdict
from mentordesk.model.domain import (
    ClosureReason,
    Goal,
    MemberRole,
    PairStatus,
    ParticipantStatus,
    ProgramFormat,
)
from mentordesk.model.match_settings import Balance, BalanceBy, MatchSettings
from mentordesk.model.store import Store
from mentordesk.model.store_matching import RuleKind

from .conftest import person
from .test_board import (
    ACTIVE,
    PEER_NAMES,
    TODAY,
    Applied,
    add,
    apply_checked,
    demo_copy,
    demo_file_in,
    mentor_pair,
    mentoring,
    open_pairs,
    peer_store,
    peers,
    raw,
)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file_in(tmp_path_factory)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    yield from demo_copy(demo_file, tmp_path)


def members(store: Store, pair_id: int) -> list[tuple[int, MemberRole]]:
    pair = next(p for p in store.pairs() if p.id == pair_id)
    return [(m.participant_id, m.role) for m in pair.members]


# --- Drops --------------------------------------------------------------------------------


def test_mentoring_drops_place_move_and_return_a_mentee(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    edit = Board(mem_store, TODAY).drop(ids["Anna"], ids["Giulia"])
    assert (edit.text, edit.touches) == ("Place Anna Bianchi with Giulia Rossi", ())
    [pid] = apply_checked(mem_store, edit).created
    assert members(mem_store, pid) == [
        (ids["Giulia"], MemberRole.MENTOR),
        (ids["Anna"], MemberRole.MENTEE),
    ]
    stored = open_pairs(mem_store)[pid]
    assert stored.status is PairStatus.PROPOSED and not stored.locked
    assert stored.rotation_round is None and stored.start_date is None

    board = Board(mem_store, TODAY)
    assert board.column_of(ids["Anna"]) == ids["Giulia"]
    edit = board.drop(ids["Anna"], ids["Ada"])  # to another mentor: the same pair
    assert (edit.text, edit.touches) == ("Place Anna Bianchi with Ada Lovelace", (pid,))
    assert apply_checked(mem_store, edit).created == []
    assert members(mem_store, pid) == [
        (ids["Ada"], MemberRole.MENTOR),
        (ids["Anna"], MemberRole.MENTEE),
    ]

    edit = Board(mem_store, TODAY).drop(ids["Anna"], POOL)
    assert (edit.text, edit.touches) == ("Return Anna Bianchi to the unmatched", (pid,))
    assert apply_checked(mem_store, edit).created == []
    assert mem_store.pairs() == []
    assert ids["Anna"] in {p.id for p in Board(mem_store, TODAY).pool}


def test_an_overridden_drop_stores_the_pair_all_the_same(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    board = Board(mem_store, TODAY)
    assert not board.eligible(ids["Giulia"], ids["Carla"])
    [pid] = apply_checked(mem_store, board.drop(ids["Carla"], ids["Giulia"])).created
    assert members(mem_store, pid)[1] == (ids["Carla"], MemberRole.MENTEE)


def test_demo_drops_move_a_proposal_and_undo_to_the_same_rows(demo: Store) -> None:
    board = Board(demo, TODAY)
    proposal = next(
        pl for c in board.columns for pl in c.members if pl.status is PairStatus.PROPOSED
    )
    mentee = proposal.person.id or 0
    target = next(
        c.key
        for c in board.columns
        if c.places_left and board.judge(mentee, c.key).verdict is Verdict.OK
    )
    applied = apply_checked(demo, board.drop(mentee, target))
    assert applied.created == []
    assert Board(demo, TODAY).column_of(mentee) == target
    applied.undo()
    assert Board(demo, TODAY).column_of(mentee) == board.column_of(mentee)
    applied.redo()

    board = Board(demo, TODAY)
    newcomer = board.pool[0].id or 0
    mentor = board.best_partners(newcomer)[0]
    [pid] = apply_checked(demo, board.drop(newcomer, mentor)).created
    assert Board(demo, TODAY).column_of(newcomer) == mentor
    apply_checked(demo, Board(demo, TODAY).drop(newcomer, POOL))
    assert pid not in open_pairs(demo)


def test_peer_drops_join_leave_and_start_groups() -> None:
    store, ids = peer_store(ProgramFormat.PEER_GROUPS, 6)
    with store:
        trio, duo = store.add_pairs(
            [
                peers(ids["Ana"], ids["Ben"], ids["Cleo"], rotation_round=2),
                peers(ids["Dan"], ids["Eva"], rotation_round=2),
            ]
        )
        board = Board(store, TODAY)
        assert board.round == 2
        edit = board.drop(ids["Finn"], trio)
        assert (edit.text, edit.touches) == ("Place Finn Peer with Ana & Ben & Cleo", (trio,))
        assert apply_checked(store, edit).created == []
        assert members(store, trio)[-1] == (ids["Finn"], MemberRole.PEER)

        edit = Board(store, TODAY).drop(ids["Ana"], duo)  # from one group to another
        assert edit.touches == (trio, duo)
        apply_checked(store, edit)
        assert [m for m, _ in members(store, trio)] == [ids["Ben"], ids["Cleo"], ids["Finn"]]
        assert [m for m, _ in members(store, duo)] == [ids["Dan"], ids["Eva"], ids["Ana"]]

        edit = Board(store, TODAY).drop(ids["Ben"], NEW_GROUP)
        assert edit.text == "Place Ben Peer with a new group"
        [new] = apply_checked(store, edit).created
        assert members(store, new) == [(ids["Ben"], MemberRole.PEER)]
        assert open_pairs(store)[new].rotation_round == 2  # the board's round

        # The last one out of a group: the group goes, and comes back on undo.
        edit = Board(store, TODAY).drop(ids["Ben"], POOL)
        assert (edit.text, edit.touches) == ("Return Ben Peer to the unmatched", (new,))
        apply_checked(store, edit)
        assert new not in open_pairs(store)
        edit = Board(store, TODAY).drop(ids["Ben"], NEW_GROUP)  # from the pool
        assert edit.touches == ()
        [again] = apply_checked(store, edit).created
        assert members(store, again) == [(ids["Ben"], MemberRole.PEER)]


def test_a_new_group_outside_rotation_has_no_round() -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, 2)
    with store:
        [pid] = apply_checked(store, Board(store, TODAY).drop(ids["Ana"], NEW_GROUP)).created
        assert open_pairs(store)[pid].rotation_round is None
        apply_checked(store, Board(store, TODAY).drop(ids["Ben"], pid))
        assert [m for m, _ in members(store, pid)] == [ids["Ana"], ids["Ben"]]


# --- Lock, confirm, clear -----------------------------------------------------------------


def test_lock_and_unlock_proposals(demo: Store) -> None:
    board = Board(demo, TODAY)
    ids = board.proposed_ids()
    assert len(ids) == 2 and board.proposed_ids(unlocked_only=True) == ids
    edit = board.lock(ids[:1], True)
    assert (edit.text, edit.touches) == ("Lock proposals", tuple(ids[:1]))
    apply_checked(demo, edit)
    assert [open_pairs(demo)[i].locked for i in ids] == [True, False]
    board = Board(demo, TODAY)
    assert board.proposed_ids(unlocked_only=True) == ids[1:]
    edit = board.lock(ids[:1], False)
    assert edit.text == "Unlock proposals"
    apply_checked(demo, edit)
    assert not any(open_pairs(demo)[i].locked for i in ids)


def test_confirm_makes_every_proposal_active_from_today(demo: Store) -> None:
    before = open_pairs(demo)
    board = Board(demo, TODAY)
    ids = board.proposed_ids()
    demo.set_pairs_locked(ids[:1], True)  # locked proposals are confirmed too
    edit = Board(demo, TODAY).confirm()
    assert (edit.text, edit.touches) == ("Confirm 2 proposals", tuple(ids))
    apply_checked(demo, edit)
    after = open_pairs(demo)
    for pid, pair in before.items():
        if pid in ids:
            assert (after[pid].status, after[pid].start_date) == (PairStatus.ACTIVE, TODAY)
            assert after[pid].members == pair.members
        else:
            assert after[pid] == pair
    assert Board(demo, TODAY).proposed_ids() == []


def test_clear_returns_unlocked_proposals_and_keeps_locked_ones(demo: Store) -> None:
    ids = Board(demo, TODAY).proposed_ids()
    demo.set_pairs_locked(ids[:1], True)
    board = Board(demo, TODAY)
    edit = board.clear()
    assert (edit.text, edit.touches) == ("Clear 1 proposals", tuple(ids[1:]))
    apply_checked(demo, edit)
    left = open_pairs(demo)
    assert ids[0] in left and ids[1] not in left
    assert left[ids[0]].locked and left[ids[0]].status is PairStatus.PROPOSED
    freed = [m.participant_id for m in next(p for p in board.pairs if p.id == ids[1]).members]
    assert freed[1] in {p.id for p in Board(demo, TODAY).pool}


# --- Automatic matching -------------------------------------------------------------------


def test_auto_match_fills_places_left_around_kept_pairs(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    ids |= add(
        mem_store,
        person("Dora", "Mauri", career_level="Junior", languages=("English",), status=ACTIVE),
    )
    active, locked = mem_store.add_pairs(
        [
            mentor_pair(ids["Marco"], ids["Anna"], PairStatus.ACTIVE),
            mentor_pair(ids["Giulia"], ids["Bruno"], locked=True),  # overridden, and kept
        ]
    )
    kept = mem_store.pair_rows([active, locked])
    edit, proposals = Board(mem_store, TODAY).auto_match()
    assert (edit.text, edit.touches) == ("Auto-match 2 proposals", ())
    # Marco is full and Giulia has one place left: the most pairs are Ada with Dora (Ada
    # speaks no German, and cannot take herself) and Giulia with Ada.
    assert {(p.members[0].participant_id, p.members[1].participant_id) for p in proposals} == {
        (ids["Ada"], ids["Dora"]),
        (ids["Giulia"], ids["Ada"]),
    }
    created = apply_checked(mem_store, edit).created
    assert len(created) == 2
    assert mem_store.pair_rows([active, locked]) == kept
    board = Board(mem_store, TODAY)
    assert [c.places_left for c in board.columns] == [0, 0, 0]
    for pid in created:
        pair = open_pairs(mem_store)[pid]
        mentor, mentee = (m.participant_id for m in pair.members)
        assert pair.status is PairStatus.PROPOSED and board.eligible(mentor, mentee)
    assert [p.first_name for p in board.pool] == ["Carla"]


def test_auto_match_on_the_demo_leaves_nobody_who_could_still_be_placed(demo: Store) -> None:
    before = open_pairs(demo)
    board = Board(demo, TODAY)
    places = {c.key: c.places_left for c in board.columns}
    edit, proposals = board.auto_match()
    assert proposals and edit.text == f"Auto-match {len(proposals)} proposals"
    created = apply_checked(demo, edit).created
    after = open_pairs(demo)
    assert {i: after[i] for i in before} == before  # active, paused, proposed: as they were
    new = Counter(after[i].members[0].participant_id for i in created)
    assert all(n <= places[mentor] for mentor, n in new.items())
    board = Board(demo, TODAY)
    for i in created:
        mentor, mentee = (m.participant_id for m in after[i].members)
        assert board.eligible(mentor, mentee) and board.column_of(mentee) == mentor
    for p in board.pool:
        assert not board.unmatched_reason(p.id or 0).startswith("Not placed yet")


def test_auto_match_peer_pairs_and_groups_from_the_pool_only() -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, 7)
    with store:
        kept = store.add_pairs([peers(ids["Ana"], ids["Ben"], status=PairStatus.ACTIVE)])
        [locked] = store.add_pairs([peers(ids["Cleo"], locked=True)])
        edit, proposals = Board(store, TODAY).auto_match()
        assert len(proposals) == 2  # Dan, Eva, Finn, Gia
        apply_checked(store, edit)
        pairs = open_pairs(store)
        assert [m for m, _ in members(store, kept[0])] == [ids["Ana"], ids["Ben"]]
        assert [m for m, _ in members(store, locked)] == [ids["Cleo"]]
        new = [p for i, p in pairs.items() if i not in (kept[0], locked)]
        assert sorted(m.participant_id for p in new for m in p.members) == sorted(
            ids[n] for n in ("Dan", "Eva", "Finn", "Gia")
        )
        assert all(len(p.members) == 2 and p.rotation_round is None for p in new)

    store, ids = peer_store(ProgramFormat.PEER_GROUPS, 9)
    with store:
        store.set_match_settings(MatchSettings(group_size=3))
        edit, proposals = Board(store, TODAY).auto_match()
        assert sorted(len(p.members) for p in proposals) == [3, 3, 3]
        apply_checked(store, edit)
        assert Board(store, TODAY).pool == []
        edit, proposals = Board(store, TODAY).auto_match()  # nobody left
        assert (edit.text, proposals) == ("Auto-match 0 proposals", [])


def test_auto_match_never_groups_people_who_may_not_meet() -> None:
    store, ids = peer_store(ProgramFormat.PEER_GROUPS, 3)
    with store:
        store.set_match_settings(MatchSettings(group_size=3))
        store.set_pair_rule(ids["Ana"], ids["Ben"], RuleKind.NEVER, True)
        store.set_pair_rule(ids["Ana"], ids["Cleo"], RuleKind.NEVER, True)
        edit, proposals = Board(store, TODAY).auto_match()
        # Three people make one group; Ana may meet neither, so she stays in the pool.
        assert [[m.participant_id for m in p.members] for p in proposals] == [
            [ids["Ben"], ids["Cleo"]]
        ]
        store.set_pair_rule(ids["Ben"], ids["Cleo"], RuleKind.NEVER, True)
        edit, proposals = Board(store, TODAY).auto_match()
        assert proposals == []


@pytest.mark.parametrize(
    ("balance", "by"),
    [(Balance.SPREAD, BalanceBy.DEPARTMENT), (Balance.GATHER, BalanceBy.CAREER_LEVEL)],
)
def test_auto_match_balances_groups_as_the_settings_say(balance: Balance, by: BalanceBy) -> None:
    store, _ids = peer_store(ProgramFormat.PEER_GROUPS, 11)  # departments and levels 4, 4, 3
    with store:
        store.set_match_settings(MatchSettings(group_size=4, balance=balance, balance_by=by))
        _edit, proposals = Board(store, TODAY).auto_match()
        people = {p.id: p for p in store.participants()}
        values = [
            Counter(getattr(people[m.participant_id], by.value) for m in p.members)
            for p in proposals
        ]
    assert sorted(sum(v.values()) for v in values) == [3, 4, 4]
    if balance is Balance.GATHER:  # each group is one level
        assert all(len(v) == 1 for v in values)
    else:  # nobody is the only one of their department in a group; the 4s are mixed
        assert all(min(v.values()) >= 2 for v in values)
        assert sorted(len(v) for v in values) == [1, 2, 2]


# --- Rotation rounds ----------------------------------------------------------------------


def run_rounds(store: Store, limit: int = 20) -> list[list[frozenset[int]]]:
    """Start and confirm rounds until rotation proposes nobody; each round's groups."""
    rounds: list[list[frozenset[int]]] = []
    for r in range(1, limit):
        day = TODAY + dt.timedelta(weeks=r)
        edit, n = Board(store, day).next_round()
        assert edit.text == f"Start round {r}"
        (apply_checked if r <= 2 else Applied)(store, edit)  # undo checked, closing or not
        if n == 0:
            return rounds
        assert len(Board(store, day).proposed_ids()) == n
        Applied(store, Board(store, day).confirm())
        pairs = [p for p in store.pairs() if p.rotation_round == r]
        assert len(pairs) == n and all(p.status is PairStatus.ACTIVE for p in pairs)
        rounds.append([frozenset(m.participant_id for m in p.members) for p in pairs])
        earlier = [p for p in store.pairs() if p.rotation_round == r - 1]
        for p in earlier:  # the round before ended when this one started
            assert (p.status, p.closure_reason, p.end_date) == (
                PairStatus.CLOSED,
                ClosureReason.TIME_ENDED,
                day,
            )
    raise AssertionError("rotation never stopped")


def met_twice(rounds: list[list[frozenset[int]]]) -> list[frozenset[int]]:
    meetings = Counter(
        frozenset(two) for r in rounds for group in r for two in itertools.combinations(group, 2)
    )
    return [two for two, n in meetings.items() if n > 1]


@pytest.mark.parametrize(("n", "rounds"), [(6, 5), (7, 7)])
def test_peer_pair_rotation_is_a_round_robin(n: int, rounds: int) -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, n)
    with store:
        done = run_rounds(store)
        assert len(done) == rounds and met_twice(done) == []
        meetings = {two for r in done for two in r}
        assert len(meetings) == n * (n - 1) // 2  # everyone met everyone


def test_peer_group_rotation_never_repeats_a_meeting() -> None:
    store, ids = peer_store(ProgramFormat.PEER_GROUPS, 9)
    with store:
        store.set_match_settings(MatchSettings(group_size=3))
        done = run_rounds(store)
        assert len(done) >= 4 and met_twice(done) == []
        assert all(len(g) == 3 for g in done[0])
        meetings = {frozenset(two) for r in done for g in r for two in itertools.combinations(g, 2)}
        assert len(meetings) == 9 * 8 // 2  # it stopped when everyone had met everyone
        assert Board(store, TODAY).round == len(done)


def test_next_round_closes_paused_groups_and_forgets_proposals() -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, 4)
    a, b, c, d = (ids[n] for n in PEER_NAMES[:4])
    with store:
        active, paused, proposed = store.add_pairs(
            [
                peers(a, b, status=PairStatus.ACTIVE, rotation_round=1, start_date=TODAY),
                peers(c, d, status=PairStatus.PAUSED, rotation_round=1),
                peers(a, c, rotation_round=1),  # never confirmed: a and c have not met
            ]
        )
        store.add_goal(Goal(pair_id=paused, title="Finish the reading list"))
        store.set_pair_rule(a, d, RuleKind.NEVER, True)  # a can only meet c now
        day = TODAY + dt.timedelta(days=30)
        board = Board(store, day)
        edit, n = board.next_round()
        assert (edit.text, edit.touches) == ("Start round 2", (active, paused, proposed))
        created = apply_checked(store, edit).created
        after = {p.id: p for p in store.pairs()}
        assert [p.rotation_round for p in after.values()] == [1, 1, 2, 2]  # the proposal: gone
        assert [after[i].status for i in (active, paused)] == [PairStatus.CLOSED] * 2
        assert after[paused].start_date == day and after[active].start_date == TODAY
        assert len(store.goals()) == 1  # a paused group's goals stay
        new = [frozenset(m.participant_id for m in after[i].members) for i in created]
        assert n == 2 and sorted(new, key=min) == [frozenset((a, c)), frozenset((b, d))]
        assert all(after[i].rotation_round == 2 for i in created)


def test_a_withdrawn_person_leaves_the_rotation() -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, 4)
    with store:
        store.add_pairs([peers(ids["Ana"], ids["Ben"], status=PairStatus.CLOSED)])
        store.set_statuses({ids["Dan"]: ParticipantStatus.WITHDRAWN})
        edit, n = Board(store, TODAY).next_round()
        apply_checked(store, edit)
        [pair] = open_pairs(store).values()
        assert {m.participant_id for m in pair.members} in (
            {ids["Ana"], ids["Cleo"]},
            {ids["Ben"], ids["Cleo"]},
        )
        assert n == 1 and raw(store)["pairs"][-1]["rotation_round"] == 1
