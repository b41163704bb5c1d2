"""The matching board's facts: columns and pool, badges, explanations, why someone is left,
the three best partners, and what a drop would do (every verdict, with its reason)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model.board import (
    NEW_GROUP,
    POOL,
    Board,
    Drop,
    Edit,
    Verdict,
)
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import (
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    ProgramFormat,
    Role,
)
from mentordesk.model.match_settings import Criterion, MatchSettings
from mentordesk.model.store import Store
from mentordesk.model.store_matching import PairSnapshot, RuleKind

from .conftest import person

TODAY = dt.date(2026, 3, 2)
ACTIVE = ParticipantStatus.ACTIVE
LEVELS = ("Junior", "Senior", "Lead")
TABLES = ("pairs", "pair_members", "goals", "goal_steps", "sessions", "feedback")

# --- Programs -----------------------------------------------------------------------------


def demo_file_in(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo program (one-to-one mentoring) written to a new folder."""
    path = tmp_path_factory.mktemp("demo") / "demo.mentordesk"
    write_demo(path, TODAY)
    return path


def demo_copy(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the demo file, open."""
    target = tmp_path / "demo.mentordesk"
    shutil.copyfile(demo_file, target)
    with Store.open(target) as store:
        yield store


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file_in(tmp_path_factory)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    yield from demo_copy(demo_file, tmp_path)


def add(store: Store, *people: Participant) -> dict[str, int]:
    """Add people; their ids by first name."""
    return {p.first_name: store.add_participant(p) for p in people}


def mentoring(store: Store) -> dict[str, int]:
    """Two mentors, a "both", four mentees (one speaks nobody's language, one withdrawn)."""
    return add(
        store,
        person(
            "Marco",
            "Esposito",
            role=Role.MENTOR,
            career_level="Senior",
            department="Engineering",
            capacity=1,
            skills_offered=("Python", "Leadership"),
            languages=("English", "Italiano"),
            status=ACTIVE,
        ),
        person(
            "Giulia",
            "Rossi",
            role=Role.MENTOR,
            career_level="Lead",
            department="Finance",
            capacity=2,
            skills_offered=("Public speaking",),
            languages=("English",),
            status=ACTIVE,
        ),
        person(
            "Ada",
            "Lovelace",
            role=Role.BOTH,
            career_level="Lead",
            department="Engineering",
            capacity=1,
            skills_offered=("Python",),
            skills_wanted=("Public speaking",),
            languages=("English",),
            status=ACTIVE,
        ),
        person(
            "Anna",
            "Bianchi",
            career_level="Junior",
            department="Finance",
            skills_wanted=("Python",),
            languages=("English",),
            status=ACTIVE,
        ),
        person(
            "Bruno",
            "Verdi",
            career_level="Junior",
            department="Sales",
            skills_wanted=("Leadership",),
            languages=("Italiano",),
        ),
        person("Carla", "Neri", career_level="Junior", languages=("Deutsch",)),
        person("Zoe", "Zanetti", status=ParticipantStatus.WITHDRAWN),
    )


PEER_NAMES = ("Ana", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gia", "Hugo", "Ivy", "Jon", "Kai")


def peer_store(fmt: ProgramFormat, n: int) -> tuple[Store, dict[str, int]]:
    """A peer program in memory with ``n`` people over three levels and three departments."""
    store = Store.in_memory(Program(name="Peer circles", format=fmt, career_levels=LEVELS))
    ids = add(
        store,
        *(
            person(
                name,
                "Peer",
                email=f"{name.lower()}@example.org",
                career_level=LEVELS[i % 3],
                department=("Sales", "Legal", "Research")[i // 2 % 3],
                languages=("English",),
                status=ACTIVE,
            )
            for i, name in enumerate(PEER_NAMES[:n])
        ),
    )
    return store, ids


@pytest.fixture
def groups_store() -> Iterator[tuple[Store, dict[str, int]]]:
    store, ids = peer_store(ProgramFormat.PEER_GROUPS, 11)
    with store:
        yield store, ids


def peers(*ids: int, status: PairStatus = PairStatus.PROPOSED, **fields: Any) -> Pair:
    return Pair(tuple(PairMember(i, MemberRole.PEER) for i in ids), status=status, **fields)


def mentor_pair(
    mentor: int, mentee: int, status: PairStatus = PairStatus.PROPOSED, **fields: Any
) -> Pair:
    members = (PairMember(mentor, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE))
    return Pair(members, status=status, **fields)


# --- The undo recipe of the UI's command, and the file's raw rows -------------------------


def raw(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables a board edit may touch, members in their order within a pair."""
    order = {"pair_members": "pair_id, rowid"}
    return {
        t: [dict(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY {order.get(t, 'id')}")]
        for t in TABLES
    }


class Applied:
    """An edit run the way the board's undo command runs it, with its undo and redo."""

    def __init__(self, store: Store, edit: Edit) -> None:
        self.store, self.edit = store, edit
        self.before: PairSnapshot = store.pair_rows(edit.touches)
        with store.batch():
            self.created = list(edit.run(store))
        self.after: PairSnapshot = store.pair_rows([*edit.touches, *self.created])

    def undo(self) -> None:
        self.store.swap_pairs([*self.edit.touches, *self.created], self.before)

    def redo(self) -> None:
        self.store.swap_pairs(self.edit.touches, self.after)


def apply_checked(store: Store, edit: Edit) -> Applied:
    """Apply ``edit``; check that undo gives back the file's rows exactly, and redo the edit."""
    before = raw(store)
    applied = Applied(store, edit)
    after = raw(store)
    applied.undo()
    assert raw(store) == before
    applied.redo()
    assert raw(store) == after
    return applied


def open_pairs(store: Store) -> dict[int, Pair]:
    return {p.id or 0: p for p in store.pairs() if p.status is not PairStatus.CLOSED}


# --- What the board shows -----------------------------------------------------------------


def test_demo_board_mentors_as_columns_with_their_open_pairs(demo: Store) -> None:
    board = Board(demo, TODAY)
    assert not board.peers and board.today == TODAY
    people = {p.id: p for p in demo.participants()}
    mentors = [p for p in people.values() if p.role is not Role.MENTEE and p.status is ACTIVE]
    assert {c.key for c in board.columns} >= {p.id for p in mentors}
    titles = [(c.mentor.last_name, c.mentor.first_name) for c in board.columns if c.mentor]
    assert titles == sorted(titles)
    for pair in open_pairs(demo).values():
        roles = {m.role: m.participant_id for m in pair.members}
        if MemberRole.MENTOR not in roles:  # the demo's peer circle has no mentor
            continue
        column = board.column(roles[MemberRole.MENTOR])
        [placement] = [pl for pl in column.members if pl.pair_id == pair.id]
        assert placement.person.id == roles[MemberRole.MENTEE]
        assert placement.status is pair.status
        assert placement.movable is (pair.status is PairStatus.PROPOSED)
        assert board.column_of(roles[MemberRole.MENTEE]) == column.key
        assert column.places_left == max(0, column.capacity - len(column.members))
    placed = {pl.person.id for c in board.columns for pl in c.members}
    assert board.pool and not placed & {p.id for p in board.pool}
    assert all(p.status is not ParticipantStatus.WITHDRAWN for p in board.pool)
    assert all(p.role is not Role.MENTOR for p in board.pool)
    assert all(board.column_of(p.id or 0) == POOL for p in board.pool)
    assert board.round == 0


def test_a_small_program_columns_pool_and_badges(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    mem_store.add_pairs([mentor_pair(ids["Marco"], ids["Anna"], PairStatus.ACTIVE)])
    board = Board(mem_store, TODAY)
    assert [c.title for c in board.columns] == ["Marco Esposito", "Ada Lovelace", "Giulia Rossi"]
    assert [(c.capacity, c.places_left) for c in board.columns] == [(1, 0), (1, 1), (2, 2)]
    assert [p.first_name for p in board.pool] == ["Ada", "Carla", "Bruno"]  # by last name
    assert board.card_score(ids["Anna"]) == board.score(ids["Marco"], ids["Anna"])
    assert board.card_score(ids["Anna"]) == pytest.approx(83.33, abs=0.01)
    assert board.card_score(ids["Bruno"]) is None  # in the pool
    assert board.score(ids["Anna"], ids["Marco"]) is None  # a mentee is no column
    assert not board.eligible(ids["Giulia"], ids["Carla"])  # no language in common
    assert board.eligible(ids["Giulia"], ids["Anna"])


def test_withdrawn_people_in_open_pairs_stay_on_the_board(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    [gone] = add(
        mem_store,
        person("Paolo", "Gallo", role=Role.MENTOR, capacity=1, status=ParticipantStatus.WITHDRAWN),
    ).values()
    [pair] = mem_store.add_pairs([mentor_pair(gone, ids["Zoe"], PairStatus.ACTIVE)])
    board = Board(mem_store, TODAY)
    column = board.column(gone)
    assert [pl.person.id for pl in column.members] == [ids["Zoe"]]
    assert ids["Zoe"] not in {p.id for p in board.pool}
    assert board.card_score(ids["Zoe"]) is not None
    assert board.explanation(gone, ids["Zoe"]).endswith(
        "Not eligible: Paolo and Zoe have withdrawn"
    )
    assert board.judge(ids["Zoe"], ids["Giulia"]) == Drop(
        Verdict.KEPT, "Zoe Zanetti's pair is active: it is kept as it is."
    )
    assert board.column_of(ids["Zoe"]) == gone and pair in {pl.pair_id for pl in column.members}


def test_a_board_after_a_pair_edit_reuses_people_and_scores_when_it_can(
    mem_store: Store,
) -> None:
    ids = mentoring(mem_store)
    [gone] = add(
        mem_store,
        person("Paolo", "Gallo", role=Role.MENTOR, capacity=1, status=ParticipantStatus.WITHDRAWN),
    ).values()
    old = Board(mem_store, TODAY)
    mentee = old.pool[0].id or 0
    [pair] = mem_store.add_pairs([mentor_pair(old.best_partners(mentee)[0], mentee)])
    new = Board(mem_store, TODAY, reuse=old)
    fresh = Board(mem_store, TODAY)
    assert new.scores is old.scores and new.participants is old.participants
    assert [p.id for p in new.pool] == [p.id for p in fresh.pool]
    assert [(c.key, [pl.pair_id for pl in c.members]) for c in new.columns] == [
        (c.key, [pl.pair_id for pl in c.members]) for c in fresh.columns
    ]
    assert new.best_partners(mentee) == fresh.best_partners(mentee)
    # A withdrawn mentor in an open pair becomes a row of the scores: computed again.
    mem_store.add_pairs([mentor_pair(gone, ids["Zoe"], PairStatus.ACTIVE)])
    again = Board(mem_store, TODAY, reuse=new)
    assert again.scores is not new.scores and gone in again.row_index
    # Another format is another board altogether.
    mem_store.update_program(
        dataclasses.replace(mem_store.program(), format=ProgramFormat.PEER_PAIRS)
    )
    peers = Board(mem_store, TODAY, reuse=again)
    assert (
        peers.peers and peers.scores is not again.scores and pair in {c.key for c in peers.columns}
    )


def test_peer_groups_columns_and_card_score_is_the_mean_with_the_others(
    groups_store: tuple[Store, dict[str, int]],
) -> None:
    store, ids = groups_store
    trio, solo, named = store.add_pairs(
        [
            peers(ids["Ana"], ids["Ben"], ids["Cleo"]),
            peers(ids["Dan"]),
            peers(ids["Eva"], ids["Finn"], status=PairStatus.ACTIVE, name="Circle 1"),
        ]
    )
    board = Board(store, TODAY)
    assert board.peers and board.group_size == MatchSettings().group_size
    assert [(c.key, c.title, c.capacity) for c in board.columns] == [
        (trio, "Ana & Ben & Cleo", 4),
        (solo, "Dan", 4),
        (named, "Circle 1", 4),
    ]
    assert [p.first_name for p in board.pool] == ["Gia", "Hugo", "Ivy", "Jon", "Kai"]
    a, b, c = ids["Ana"], ids["Ben"], ids["Cleo"]
    mean = ((board.score(a, b) or 0) + (board.score(a, c) or 0)) / 2
    assert board.card_score(a) == pytest.approx(mean)
    assert board.score(a, b) == board.score(b, a)  # peers: one matrix, both ways
    assert board.card_score(ids["Dan"]) is None  # alone in a group
    assert board.card_score(ids["Gia"]) is None  # in the pool
    assert board.card_score(ids["Eva"]) == board.score(ids["Eva"], ids["Finn"])


def test_a_withdrawn_peer_stays_in_their_open_group(
    groups_store: tuple[Store, dict[str, int]],
) -> None:
    store, ids = groups_store
    [group] = store.add_pairs([peers(ids["Ana"], ids["Ben"], status=PairStatus.ACTIVE)])
    store.set_statuses(
        {ids["Ben"]: ParticipantStatus.WITHDRAWN, ids["Kai"]: ParticipantStatus.WITHDRAWN}
    )
    board = Board(store, TODAY)
    assert [pl.person.first_name for pl in board.column(group).members] == ["Ana", "Ben"]
    assert ids["Kai"] not in {p.id for p in board.pool}
    assert board.explanation(ids["Ana"], ids["Ben"]).endswith("Not eligible: Ben has withdrawn")
    assert board.card_score(ids["Ana"]) == board.score(ids["Ana"], ids["Ben"])


def test_peer_pairs_hold_two() -> None:
    store, ids = peer_store(ProgramFormat.PEER_PAIRS, 4)
    with store:
        [pair] = store.add_pairs([peers(ids["Ana"], ids["Ben"])])
        board = Board(store, TODAY)
        assert board.group_size == 2
        assert board.column(pair).places_left == 0
        assert board.judge(ids["Cleo"], pair) == Drop(
            Verdict.FULL, "Ana & Ben has no place left (2 of 2 taken)."
        )


# --- Explanations, reasons, best partners -------------------------------------------------


def test_explanation_lists_the_score_each_weighted_part_and_any_rule_broken(
    mem_store: Store,
) -> None:
    ids = mentoring(mem_store)
    mem_store.set_match_settings(
        MatchSettings(weights={Criterion.SKILLS: 1, Criterion.LANGUAGE: 1, Criterion.LEVEL: 0})
    )
    board = Board(mem_store, TODAY)
    assert board.explanation(ids["Marco"], ids["Anna"]).splitlines() == [
        "Score 100 of 100",
        "• Skills 50/50: Offers the one skill Anna wants: Python",
        "• Language 50/50: Both speak English",
    ]
    assert board.explanation(ids["Giulia"], ids["Carla"]).splitlines() == [
        "Score 25 of 100",
        "• Skills 25/50: Carla listed no skills to develop",
        "• Language 0/50: No language in common",
        "Not eligible: No language in common (Giulia: English; Carla: Deutsch)",
    ]
    assert board.explanation(ids["Anna"], ids["Marco"]) == ""  # no such cell
    assert board.explanation(ids["Marco"], ids["Zoe"]) == ""  # withdrawn: not on the board


def test_explanation_shows_every_criterion_with_the_default_weights(demo: Store) -> None:
    board = Board(demo, TODAY)
    column = next(c for c in board.columns if c.members)
    mentee = column.members[0].person.id or 0
    lines = board.explanation(column.key, mentee).splitlines()
    score = board.score(column.key, mentee) or 0
    assert lines[0] == f"Score {score:.0f} of 100"
    assert len(lines) == 1 + len(Criterion)  # eligible: no "Not eligible" line
    for line, criterion in zip(lines[1:], Criterion, strict=True):
        assert line.startswith(f"• {criterion.label} ")


def test_unmatched_reason_for_every_case(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    mem_store.set_pair_rule(ids["Ada"], ids["Giulia"], RuleKind.NEVER, True)
    board = Board(mem_store, TODAY)
    reason = board.unmatched_reason
    assert reason(ids["Anna"]) == "Not placed yet: 3 eligible partners have a place left."
    assert reason(ids["Ada"]) == "Not placed yet: 1 eligible partners have a place left."
    assert reason(ids["Carla"]) == (
        "No eligible partner: No language in common (Marco: English, Italiano; Carla: Deutsch)"
    )
    assert reason(ids["Zoe"]) == "Not offered for matching (withdrawn)."
    # Marco, the only one Ada and Bruno may have, takes Bruno.
    mem_store.add_pairs([mentor_pair(ids["Marco"], ids["Bruno"])])
    board = Board(mem_store, TODAY)
    assert board.unmatched_reason(ids["Ada"]) == (
        "Everyone who fits is taken (1 eligible, no place left)."
    )


def test_unmatched_reason_with_nobody_else(mem_store: Store) -> None:
    ids = add(mem_store, person("Ada", "Lovelace", role=Role.BOTH, capacity=2, status=ACTIVE))
    assert Board(mem_store, TODAY).unmatched_reason(ids["Ada"]) == "Nobody else to pair with."


def test_unmatched_reason_for_peers(groups_store: tuple[Store, dict[str, int]]) -> None:
    store, ids = groups_store
    store.add_pairs([peers(*(ids[n] for n in PEER_NAMES[1:9]))])  # Ben to Ivy; Ana, Jon, Kai left
    for other in PEER_NAMES[:8]:
        store.set_pair_rule(ids["Kai"], ids[other], RuleKind.NEVER, True)  # all but Ivy, Jon
    store.set_pair_rule(ids["Kai"], ids["Jon"], RuleKind.NEVER, True)
    board = Board(store, TODAY)
    assert board.unmatched_reason(ids["Ana"]) == (
        "Not placed yet: 1 eligible partners have a place left."  # Jon
    )
    assert board.unmatched_reason(ids["Kai"]) == (
        "Everyone who fits is taken (1 eligible, no place left)."  # Ivy
    )
    store.set_pair_rule(ids["Kai"], ids["Ivy"], RuleKind.NEVER, True)
    assert Board(store, TODAY).unmatched_reason(ids["Kai"]) == (
        "No eligible partner: The coordinator ruled out pairing Ana and Kai"
    )


def test_best_partners_best_first_among_those_with_a_place(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    mem_store.set_pair_rule(ids["Ada"], ids["Giulia"], RuleKind.NEVER, True)
    board = Board(mem_store, TODAY)
    # Marco and Ada both score 83.3 with Anna: the tie goes to the lower id.
    assert board.best_partners(ids["Anna"]) == [ids["Marco"], ids["Ada"], ids["Giulia"]]
    assert board.best_partners(ids["Anna"], k=2) == [ids["Marco"], ids["Ada"]]
    assert board.best_partners(ids["Ada"]) == [ids["Marco"]]  # not herself, not Giulia
    assert board.best_partners(ids["Carla"]) == []  # nobody shares a language
    # A mentor: mentees in the pool, best first; Carla is ineligible.
    assert board.best_partners(ids["Marco"], as_mentor=True) == [
        ids["Anna"],
        ids["Bruno"],
        ids["Ada"],
    ]
    assert board.best_partners(ids["Ada"], as_mentor=True) == [ids["Anna"]]
    mem_store.add_pairs([mentor_pair(ids["Marco"], ids["Bruno"])])
    board = Board(mem_store, TODAY)
    assert board.best_partners(ids["Anna"]) == [ids["Ada"], ids["Giulia"]]  # Marco is full
    assert ids["Bruno"] not in board.best_partners(ids["Giulia"], as_mentor=True)


def test_best_partners_of_a_peer_are_peers_in_the_pool(
    groups_store: tuple[Store, dict[str, int]],
) -> None:
    store, ids = groups_store
    store.add_pairs([peers(ids["Ben"], ids["Cleo"])])
    store.set_pair_rule(ids["Ana"], ids["Dan"], RuleKind.NEVER, True)
    board = Board(store, TODAY)
    best = board.best_partners(ids["Ana"], k=20)
    pool = {p.id for p in board.pool} - {ids["Ana"], ids["Dan"]}
    assert set(best) == pool
    scores = [board.score(ids["Ana"], i) or 0 for i in best]
    assert scores == sorted(scores, reverse=True)
    assert board.best_partners(ids["Ana"]) == best[:3]
    assert ids["Ana"] in board.best_partners(ids["Ben"], k=20)  # a placed peer asks too


# --- Verdicts -----------------------------------------------------------------------------


def test_blocked_is_who_nobody_with_a_place_could_take(
    demo: Store, groups_store: tuple[Store, dict[str, int]]
) -> None:
    from mentordesk.model.store_matching import RuleKind

    board = Board(demo, TODAY)
    first = board.pool[0].id or 0
    for column in board.columns:  # rule the first mentee out with every mentor
        if column.key != first:
            demo.set_pair_rule(column.key, first, RuleKind.NEVER, True)
    for store in (demo, groups_store[0]):
        board = Board(store, TODAY)
        expected = {p.id for p in board.pool if not board.best_partners(p.id or 0, k=1)}
        assert board.blocked() == expected
    assert first in Board(demo, TODAY).blocked()
    nobody = 10**6  # not on the board (e.g. withdrawn): no partners either way
    assert Board(demo, TODAY).best_partners(nobody) == []
    assert Board(demo, TODAY).best_partners(nobody, as_mentor=True) == []
    assert Board(mem_empty := Store.in_memory(demo.program()), TODAY).blocked() == frozenset()
    mem_empty.close()


def test_every_verdict_of_a_mentoring_drop_with_its_reason(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    mem_store.set_pair_rule(ids["Ada"], ids["Giulia"], RuleKind.NEVER, True)
    mem_store.add_pairs(
        [
            mentor_pair(ids["Marco"], ids["Anna"], PairStatus.ACTIVE),
            mentor_pair(ids["Giulia"], ids["Bruno"], locked=True),
        ]
    )
    board = Board(mem_store, TODAY)
    judge = board.judge
    assert judge(ids["Carla"], ids["Ada"]) == Drop(
        Verdict.INELIGIBLE, "No language in common (Ada: English; Carla: Deutsch)"
    )
    assert judge(ids["Ada"], ids["Giulia"]) == Drop(
        Verdict.INELIGIBLE, "The coordinator ruled out pairing Giulia and Ada"
    )
    assert judge(ids["Ada"], ids["Marco"]) == Drop(
        Verdict.FULL, "Marco Esposito has no place left (1 of 1 taken)."
    )
    assert judge(ids["Anna"], ids["Giulia"]) == Drop(
        Verdict.KEPT, "Anna Bianchi's pair is active: it is kept as it is."
    )
    assert judge(ids["Anna"], POOL) == judge(ids["Anna"], ids["Giulia"])
    assert judge(ids["Bruno"], POOL) == Drop(
        Verdict.KEPT, "Bruno Verdi's proposal is locked; unlock it first."
    )
    assert judge(ids["Anna"], ids["Marco"]) == Drop(Verdict.SAME)
    assert judge(ids["Carla"], POOL) == Drop(Verdict.SAME)
    assert judge(ids["Ada"], ids["Ada"]) == Drop(
        Verdict.SAME, "Nobody can be paired with themselves."
    )
    assert judge(ids["Zoe"], ids["Ada"]) == Drop(
        Verdict.INELIGIBLE, "Zoe Zanetti is not offered for matching."
    )
    mem_store.add_pairs([mentor_pair(ids["Ada"], ids["Anna"], PairStatus.PAUSED)])
    board = Board(mem_store, TODAY)
    assert board.judge(ids["Anna"], POOL) == Drop(
        Verdict.KEPT, "Anna Bianchi's pair is paused: it is kept as it is."
    )
    override = board.judge(ids["Carla"], ids["Giulia"])
    assert override.verdict is Verdict.INELIGIBLE and override.allowed  # after asking
    assert board.judge(ids["Carla"], ids["Ada"]).verdict is Verdict.FULL  # Anna is with Ada


def test_a_mentoring_drop_that_is_simply_ok(mem_store: Store) -> None:
    ids = mentoring(mem_store)
    [pid] = mem_store.add_pairs([mentor_pair(ids["Giulia"], ids["Anna"])])
    board = Board(mem_store, TODAY)
    assert board.judge(ids["Anna"], ids["Ada"]) == Drop(Verdict.OK)  # a proposal moves
    assert board.judge(ids["Anna"], POOL) == Drop(Verdict.OK)
    assert board.judge(ids["Bruno"], ids["Marco"]) == Drop(Verdict.OK)
    assert board.judge(ids["Bruno"], ids["Marco"]).allowed
    placement = board.column(ids["Giulia"]).members[0]
    assert placement.pair_id == pid and placement.movable
    with pytest.raises(KeyError):  # a new group is for peers only
        board.judge(ids["Bruno"], NEW_GROUP)
    refused = [Verdict.SAME, Verdict.KEPT, Verdict.FULL]
    assert not any(Drop(v).allowed for v in refused)


def test_every_verdict_of_a_peer_drop_with_its_reason(
    groups_store: tuple[Store, dict[str, int]],
) -> None:
    store, ids = groups_store
    store.set_pair_rule(ids["Jon"], ids["Ben"], RuleKind.NEVER, True)
    trio, pair, active, locked, full = store.add_pairs(
        [
            peers(ids["Ana"], ids["Ben"], ids["Cleo"]),
            peers(ids["Dan"], ids["Eva"]),
            peers(ids["Finn"], ids["Gia"], status=PairStatus.ACTIVE),
            peers(ids["Hugo"], locked=True, name="Hugo's circle"),
            peers(ids["Ivy"], ids["Jon"], ids["Kai"], ids["Dan"], status=PairStatus.CLOSED),
        ]
    )
    store.add_member(pair, ids["Ivy"], MemberRole.PEER)
    store.add_member(pair, ids["Kai"], MemberRole.PEER)
    board = Board(store, TODAY)
    judge = board.judge
    assert judge(ids["Jon"], trio) == Drop(
        Verdict.INELIGIBLE, "The coordinator ruled out pairing Ben and Jon"
    )
    assert judge(ids["Jon"], locked) == Drop(
        Verdict.KEPT, "Hugo's circle is a locked proposal; unlock it first."
    )
    assert judge(ids["Jon"], active) == Drop(
        Verdict.KEPT, "Finn & Gia is active: it is kept as it is."
    )
    assert judge(ids["Finn"], NEW_GROUP) == Drop(
        Verdict.KEPT, "Finn Peer's pair is active: it is kept as it is."
    )
    assert judge(ids["Hugo"], POOL) == Drop(
        Verdict.KEPT, "Hugo Peer's proposal is locked; unlock it first."
    )
    assert judge(ids["Jon"], pair) == Drop(
        Verdict.FULL, "Dan & Eva & Ivy & Kai has no place left (4 of 4 taken)."
    )
    assert judge(ids["Ana"], trio) == Drop(Verdict.SAME)
    assert judge(ids["Ana"], pair).verdict is Verdict.FULL
    assert judge(ids["Jon"], NEW_GROUP) == Drop(Verdict.OK)
    assert judge(ids["Ana"], POOL) == Drop(Verdict.OK)
    assert judge(ids["Dan"], trio) == Drop(Verdict.OK)
    assert full not in {c.key for c in board.columns}  # closed groups are history
    with pytest.raises(KeyError):
        judge(ids["Jon"], full)
