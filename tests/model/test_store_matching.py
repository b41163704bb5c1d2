"""The Store's matching part: settings, rules and the board's pair edits, each with its undo."""

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
    PairMember,
    PairStatus,
)
from mentordesk.model.match_settings import (
    Balance,
    BalanceBy,
    Criterion,
    DepartmentRule,
    MatchSettings,
    Rules,
)
from mentordesk.model.store import Store
from mentordesk.model.store_matching import RuleKind

from .conftest import Ids


def raw_rows(store: Store, table: str) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]


def everything(store: Store) -> dict[str, list[dict[str, Any]]]:
    tables = ("pairs", "pair_members", "goals", "goal_steps", "sessions", "feedback")
    tables += ("pair_history", "checkins")
    return {t: sorted(raw_rows(store, t), key=repr) for t in tables}


def test_settings_are_the_defaults_until_saved_then_read_back_exactly(store: Store) -> None:
    assert store.match_settings() == MatchSettings()
    changed = MatchSettings(
        weights={Criterion.SKILLS: 7, Criterion.LANGUAGE: 0.5},
        level_gap=(0, 3),
        department=DepartmentRule.PREFER_SAME,
        forbid_same_department=True,
        require_shared_language=False,
        require_mentor_above=True,
        require_level_gap=True,
        most_matched_first=False,
        group_size=5,
        balance=Balance.SPREAD,
        balance_by=BalanceBy.CAREER_LEVEL,
    )
    assert store.set_match_settings(changed) == Changes(matching=True)
    assert store.match_settings() == changed
    store.set_match_settings(MatchSettings())  # saved again: still one row
    assert store.match_settings() == MatchSettings()
    assert store.table_counts()["match_settings"] == 1


def test_settings_ignore_criteria_a_newer_version_might_have_added(store: Store) -> None:
    store.set_match_settings(MatchSettings())
    store.conn.execute("""UPDATE match_settings SET weights = '{"skills": 2, "future": 9}'""")
    assert store.match_settings().weights == {Criterion.SKILLS: 2.0}


def test_the_file_refuses_impossible_settings(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO match_settings (id, weights, group_size) VALUES (1, '{}', 9)"
        )


def test_rules_never_either_way_round_prefer_one_way(populated: Store, ids: Ids) -> None:
    assert populated.pair_rules() == Rules()
    populated.set_pair_rule(ids.mentee, ids.mentor, RuleKind.NEVER, True)
    populated.set_pair_rule(ids.mentor, ids.mentee, RuleKind.NEVER, True)  # the same rule
    populated.set_pair_rule(ids.both, ids.mentor, RuleKind.PREFER, True)
    assert populated.pair_rules() == Rules(
        never=frozenset({frozenset({ids.mentor, ids.mentee})}),
        prefer=frozenset({(ids.both, ids.mentor)}),
    )
    assert populated.table_counts()["pair_rules"] == 2
    populated.set_pair_rule(ids.mentee, ids.mentor, RuleKind.NEVER, False)
    populated.set_pair_rule(ids.both, ids.mentor, RuleKind.PREFER, False)
    assert populated.pair_rules() == Rules()


def test_a_rule_about_oneself_is_refused(populated: Store, ids: Ids) -> None:
    with pytest.raises(ValueError, match="two different"):
        populated.set_pair_rule(ids.mentor, ids.mentor, RuleKind.PREFER, True)
    with pytest.raises(sqlite3.IntegrityError):  # and by the file, whatever writes it
        populated.conn.execute(
            f"INSERT INTO pair_rules VALUES ({ids.mentor}, {ids.mentor}, 'never')"
        )
    assert populated.pair_rules() == Rules()


def test_add_pairs_in_one_go_keeps_locked_and_round(populated: Store, ids: Ids) -> None:
    new = [
        Pair(
            members=(
                PairMember(ids.both, MemberRole.MENTOR),
                PairMember(ids.mentee, MemberRole.MENTEE),
            ),
            locked=True,
        ),
        Pair(
            members=(
                PairMember(ids.mentor, MemberRole.PEER),
                PairMember(ids.both, MemberRole.PEER),
            ),
            rotation_round=2,
        ),
    ]
    first, second = populated.add_pairs(new)
    stored = {p.id: p for p in populated.pairs()}
    assert stored[first].locked and stored[first].rotation_round is None
    assert stored[second].rotation_round == 2 and not stored[second].locked
    assert [m.participant_id for m in stored[second].members] == [ids.mentor, ids.both]


def test_delete_pairs_takes_everything_logged_and_restore_puts_it_back(
    populated: Store, ids: Ids
) -> None:
    before = everything(populated)
    snapshot = populated.delete_pairs([ids.active_pair, ids.active_pair])
    after = everything(populated)
    assert [p["id"] for p in after["pairs"]] == [ids.closed_pair]
    assert after["goals"] == after["goal_steps"] == after["sessions"] == []
    assert [f["pair_id"] for f in after["feedback"]] == [None, None]
    assert populated.restore_pairs(snapshot) == Changes(
        pairs=True, goals=True, sessions=True, feedback=True, checkins=True
    )
    assert everything(populated) == before
    pair = next(p for p in populated.pairs() if p.id == ids.active_pair)
    assert [m.role for m in pair.members] == [MemberRole.MENTOR, MemberRole.MENTEE]


def test_replace_member_moves_a_mentee_to_another_mentor_and_back(
    populated: Store, ids: Ids
) -> None:
    populated.replace_member(ids.active_pair, ids.mentor, ids.both)
    pair = next(p for p in populated.pairs() if p.id == ids.active_pair)
    assert pair.members[0] == PairMember(ids.both, MemberRole.MENTOR)
    populated.replace_member(ids.active_pair, ids.both, ids.mentor)
    pair = next(p for p in populated.pairs() if p.id == ids.active_pair)
    assert pair.members[0] == PairMember(ids.mentor, MemberRole.MENTOR)
    with pytest.raises(LookupError):
        populated.replace_member(ids.active_pair, ids.withdrawn, ids.both)


def test_lock_states_and_confirm_with_undo(populated: Store, ids: Ids) -> None:
    [pid] = populated.add_pairs(
        [
            Pair(
                members=(
                    PairMember(ids.both, MemberRole.MENTOR),
                    PairMember(ids.mentee, MemberRole.MENTEE),
                )
            )
        ]
    )
    populated.set_pairs_locked([pid], True)
    assert next(p for p in populated.pairs() if p.id == pid).locked
    populated.set_pairs_locked([pid], False)
    assert not next(p for p in populated.pairs() if p.id == pid).locked

    before = populated.pair_states([pid, ids.active_pair])
    assert before == {
        pid: (PairStatus.PROPOSED, None),
        ids.active_pair: (PairStatus.ACTIVE, dt.date(2025, 2, 1)),
    }
    today = dt.date(2026, 11, 23)
    populated.set_pair_states({pid: (PairStatus.ACTIVE, today)})
    assert populated.pair_states([pid]) == {pid: (PairStatus.ACTIVE, today)}
    populated.set_pair_states(before)
    assert populated.pair_states([pid, ids.active_pair]) == before


def test_every_edit_notifies_once(store: Store, events: list[Changes]) -> None:
    store.set_match_settings(MatchSettings())
    assert events == [Changes(matching=True)]


def test_pair_rows_keep_members_in_their_order_through_delete_and_restore(
    populated: Store, ids: Ids
) -> None:
    # The mentor's id is higher than the mentee's: rows read by key would come back mentee first.
    [pid] = populated.add_pairs(
        [
            Pair(
                members=(
                    PairMember(ids.both, MemberRole.MENTOR),
                    PairMember(ids.mentee, MemberRole.MENTEE),
                )
            )
        ]
    )
    snapshot = populated.delete_pairs([pid])
    assert [m["participant_id"] for m in snapshot["pair_members"]] == [ids.both, ids.mentee]
    populated.restore_pairs(snapshot)
    pair = next(p for p in populated.pairs() if p.id == pid)
    assert pair.members == (
        PairMember(ids.both, MemberRole.MENTOR),
        PairMember(ids.mentee, MemberRole.MENTEE),
    )


def test_swap_pairs_is_undo_and_redo_of_any_edit(populated: Store, ids: Ids) -> None:
    """The board's undo: the touched pairs' rows before and after, swapped either way."""
    original = everything(populated)
    before = populated.pair_rows([ids.active_pair])
    assert [len(before[t]) for t in ("pairs", "goals", "goal_steps", "sessions")] == [1, 1, 1, 2]
    assert [f["pair_id"] for f in before["feedback_pairs"]] == [ids.active_pair]
    with populated.batch():
        populated.replace_member(ids.active_pair, ids.mentor, ids.both)
        [new] = populated.add_pairs([Pair((PairMember(ids.mentor, MemberRole.PEER),))])
    changed = everything(populated)
    after = populated.pair_rows([ids.active_pair, new])
    assert populated.swap_pairs([ids.active_pair, new], before) == Changes(
        pairs=True, goals=True, sessions=True, feedback=True, checkins=True
    )
    assert everything(populated) == original  # goals, steps, sessions, feedback links too
    populated.swap_pairs([ids.active_pair], after)
    assert everything(populated) == changed
    assert populated.pair_rows([]) == {
        t: []
        for t in (
            "pairs",
            "pair_members",
            "goals",
            "sessions",
            "pair_history",
            "checkins",
            "goal_steps",
            "feedback_pairs",
        )
    }


def test_members_join_and_leave_a_group_and_an_empty_group_goes(populated: Store, ids: Ids) -> None:
    [group] = populated.add_pairs([Pair((PairMember(ids.mentor, MemberRole.PEER),))])
    assert populated.add_member(group, ids.both, MemberRole.PEER) == Changes(pairs=True)
    pair = next(p for p in populated.pairs() if p.id == group)
    assert [m.participant_id for m in pair.members] == [ids.mentor, ids.both]
    with pytest.raises(sqlite3.IntegrityError):  # nobody twice in one group
        populated.add_member(group, ids.both, MemberRole.PEER)
    assert populated.remove_member(group, ids.mentor) == Changes(pairs=True)
    pair = next(p for p in populated.pairs() if p.id == group)
    assert pair.members == (PairMember(ids.both, MemberRole.PEER),)
    populated.remove_member(group, ids.both)
    assert group not in {p.id for p in populated.pairs()}
    populated.remove_member(ids.active_pair, ids.mentee)  # a pair keeps its other member
    pair = next(p for p in populated.pairs() if p.id == ids.active_pair)
    assert pair.members == (PairMember(ids.mentor, MemberRole.MENTOR),)


def test_close_pairs_ends_them_today_keeping_a_start_date(populated: Store, ids: Ids) -> None:
    [proposal] = populated.add_pairs(
        [
            Pair(
                members=(
                    PairMember(ids.mentor, MemberRole.PEER),
                    PairMember(ids.both, MemberRole.PEER),
                )
            )
        ]
    )
    today = dt.date(2026, 11, 23)
    assert populated.close_pairs([ids.active_pair, proposal], today) == Changes(pairs=True)
    closed = {p.id: p for p in populated.pairs()}
    for pid, start in ((ids.active_pair, dt.date(2025, 2, 1)), (proposal, today)):
        pair = closed[pid]
        assert (pair.status, pair.closure_reason) == (PairStatus.CLOSED, ClosureReason.TIME_ENDED)
        assert (pair.start_date, pair.end_date) == (start, today)
    assert len(populated.goals()) == 1  # what was logged stays


def test_pair_edits_notify_once_each(populated: Store, ids: Ids) -> None:
    events: list[Changes] = []
    populated.subscribe(events.append)
    with populated.batch():
        [pid] = populated.add_pairs([Pair((PairMember(ids.mentor, MemberRole.PEER),))])
        populated.add_member(pid, ids.both, MemberRole.PEER)
        populated.remove_member(pid, ids.both)
        populated.close_pairs([pid], dt.date(2026, 1, 1))
    assert events == [Changes(pairs=True)]
    populated.swap_pairs([pid], {})
    assert events[-1] == Changes(
        pairs=True, goals=True, sessions=True, feedback=True, checkins=True
    )


def test_deleting_a_person_takes_their_rules_and_undo_brings_them_back(
    populated: Store, ids: Ids
) -> None:
    populated.set_pair_rule(ids.mentor, ids.mentee, RuleKind.NEVER, True)
    populated.set_pair_rule(ids.both, ids.mentee, RuleKind.PREFER, True)
    populated.set_pair_rule(ids.both, ids.mentor, RuleKind.PREFER, True)
    before = populated.pair_rules()
    snapshot = populated.delete_participants([ids.mentee])
    assert populated.pair_rules() == Rules(prefer=frozenset({(ids.both, ids.mentor)}))
    populated.restore(snapshot)
    assert populated.pair_rules() == before


def test_edits_of_more_ids_than_sqlite_takes_parameters(mem_store: Store) -> None:
    """Ids travel as one JSON parameter: 40,000 of them are no problem for any SQLite build."""
    limit = mem_store.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    mem_store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # as old builds
    try:
        many = range(1, 40_001)
        assert mem_store.pair_rows(many)["pairs"] == []
        assert mem_store.pair_states(many) == {}
        mem_store.swap_pairs(many, {})
        assert mem_store.delete_participants(many)["participants"] == []
    finally:
        mem_store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
