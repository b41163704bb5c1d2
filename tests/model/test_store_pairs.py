"""A pair's dated life, its agreement and meeting plan, and the coordinator's check-ins."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from mentordesk.model.domain import (
    Changes,
    CheckIn,
    CheckInChannel,
    ClosureReason,
    MeetingPlan,
    MemberRole,
    Pair,
    PairChange,
    PairMember,
    PairStatus,
    SessionFormat,
)
from mentordesk.model.errors import ValidationError
from mentordesk.model.store import Store
from mentordesk.model.store_pairs import NEXT_STATUS, initial_history

from .conftest import Ids

D = dt.date


def proposed(store: Store, ids: Ids) -> int:
    [pid] = store.add_pairs(
        [Pair((PairMember(ids.both, MemberRole.MENTOR), PairMember(ids.mentee, MemberRole.MENTEE)))]
    )
    return pid


def test_a_pair_lives_from_proposed_to_closed_and_reopened_each_change_dated(
    populated: Store, ids: Ids
) -> None:
    pid = proposed(populated, ids)
    assert populated.pair_history(pid) == []
    populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 1, 5))
    populated.change_pair_status(pid, PairStatus.PAUSED, D(2026, 2, 1), note="Exams")
    populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 3, 1))
    populated.change_pair_status(
        pid, PairStatus.CLOSED, D(2026, 6, 30), ClosureReason.GOALS_REACHED, "Promoted!"
    )
    pair = populated.pair(pid)
    assert (pair.status, pair.start_date, pair.end_date) == (
        PairStatus.CLOSED,
        D(2026, 1, 5),
        D(2026, 6, 30),
    )
    assert (pair.closure_reason, pair.closure_note) == (ClosureReason.GOALS_REACHED, "Promoted!")
    populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 7, 2), note="Another round")
    reopened = populated.pair(pid)
    assert (reopened.status, reopened.start_date, reopened.end_date) == (
        PairStatus.ACTIVE,
        D(2026, 1, 5),  # the first start stays
        None,
    )
    assert (reopened.closure_reason, reopened.closure_note) == (None, "")
    assert [(c.date, c.status, c.closure_reason, c.note) for c in populated.pair_history(pid)] == [
        (D(2026, 1, 5), PairStatus.ACTIVE, None, ""),
        (D(2026, 2, 1), PairStatus.PAUSED, None, "Exams"),
        (D(2026, 3, 1), PairStatus.ACTIVE, None, ""),
        (D(2026, 6, 30), PairStatus.CLOSED, ClosureReason.GOALS_REACHED, "Promoted!"),
        (D(2026, 7, 2), PairStatus.ACTIVE, None, "Another round"),
    ]
    assert pid in {c.pair_id for c in populated.pair_history()}


def test_a_proposal_can_be_closed_without_ever_starting(populated: Store, ids: Ids) -> None:
    pid = proposed(populated, ids)
    populated.change_pair_status(
        pid, PairStatus.CLOSED, D(2026, 1, 5), ClosureReason.MISMATCH, "Not a fit"
    )
    pair = populated.pair(pid)
    assert (pair.start_date, pair.end_date) == (D(2026, 1, 5), D(2026, 1, 5))


@pytest.mark.parametrize(
    ("start", "to", "reason", "date", "field"),
    [
        (PairStatus.PROPOSED, PairStatus.PAUSED, None, D(2026, 1, 1), "status"),
        (PairStatus.ACTIVE, PairStatus.ACTIVE, None, D(2026, 2, 1), "status"),
        (PairStatus.ACTIVE, PairStatus.CLOSED, None, D(2026, 2, 1), "closure_reason"),
        (
            PairStatus.ACTIVE,
            PairStatus.PAUSED,
            ClosureReason.OTHER,
            D(2026, 2, 1),
            "closure_reason",
        ),
        (PairStatus.ACTIVE, PairStatus.PAUSED, None, D(2025, 12, 31), "date"),
    ],
)
def test_impossible_changes_are_refused_and_nothing_is_written(
    populated: Store,
    ids: Ids,
    start: PairStatus,
    to: PairStatus,
    reason: ClosureReason | None,
    date: dt.date,
    field: str,
) -> None:
    pid = proposed(populated, ids)
    if start is PairStatus.ACTIVE:
        populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 1, 1))
    before = (populated.pair(pid), populated.pair_history(pid))
    with pytest.raises(ValidationError) as info:
        populated.change_pair_status(pid, to, date, reason)
    assert set(info.value.problems) == {field}
    assert (populated.pair(pid), populated.pair_history(pid)) == before


def test_every_status_has_somewhere_to_go() -> None:
    assert set(NEXT_STATUS) == set(PairStatus)
    assert NEXT_STATUS[PairStatus.CLOSED] == (PairStatus.ACTIVE,)


def test_an_unknown_pair_is_a_lookup_error(populated: Store) -> None:
    with pytest.raises(LookupError):
        populated.pair(999)


def test_agreement_and_meeting_plan_are_saved_and_nothing_else(populated: Store, ids: Ids) -> None:
    pair = populated.pair(ids.active_pair)
    changed = dataclasses.replace(
        pair,
        name="Marco & Ivan",
        expectations="Monthly career talks; Ivan prepares an agenda.",
        meeting_every_days=21,
        channel=SessionFormat.IN_PERSON,
        confidentiality_date=D(2025, 2, 1),
        meeting_plan=MeetingPlan.BIWEEKLY,
        meeting_weekday=2,
        meeting_time="17:30",
        status=PairStatus.CLOSED,  # not saved by update_pair
    )
    assert populated.update_pair(changed) == Changes(pairs=True)
    assert populated.pair(ids.active_pair) == dataclasses.replace(changed, status=PairStatus.ACTIVE)


@pytest.mark.parametrize("time", ["7:30", "24:00", "17:60", "noon"])
def test_the_file_refuses_a_meeting_time_that_is_not_hh_mm(
    populated: Store, ids: Ids, time: str
) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        populated.conn.execute(
            "UPDATE pairs SET meeting_time = ? WHERE id = ?", (time, ids.active_pair)
        )


def test_checkins_with_the_pair_or_one_member_and_undo_of_a_delete(
    populated: Store, ids: Ids
) -> None:
    first = CheckIn(
        ids.active_pair,
        D(2025, 2, 10),
        CheckInChannel.EMAIL,
        answers={"met": 2, "feels": "Good"},
        notes="All fine.",
    )
    one = CheckIn(
        ids.active_pair,
        D(2025, 2, 3),
        participant_id=ids.mentee,
        notes="Ivan is shy.",
        confidential=True,
    )
    events: list[Changes] = []
    populated.subscribe(events.append)
    a, b = populated.add_checkin(first), populated.add_checkin(one)
    assert events == [Changes(checkins=True)] * 2
    stored = populated.checkins(ids.active_pair)
    assert stored == [dataclasses.replace(one, id=b), dataclasses.replace(first, id=a)]
    assert populated.checkins() == stored and populated.checkins(ids.closed_pair) == []
    gone = populated.delete_checkin(a)
    assert [c.id for c in populated.checkins()] == [b]
    populated.restore_checkin(gone)
    assert populated.checkins(ids.active_pair) == stored
    with pytest.raises(LookupError):
        populated.delete_checkin(999)


def test_deleting_a_pair_takes_its_history_and_checkins_and_undo_restores_them(
    populated: Store, ids: Ids
) -> None:
    populated.add_checkin(CheckIn(ids.active_pair, D(2025, 2, 10)))
    history = populated.pair_history(ids.active_pair)
    assert history == [PairChange(ids.active_pair, D(2025, 2, 1), PairStatus.ACTIVE, id=1)]
    snapshot = populated.delete_pairs([ids.active_pair])
    assert populated.pair_history(ids.active_pair) == [] and populated.checkins() == []
    populated.restore_pairs(snapshot)
    assert populated.pair_history(ids.active_pair) == history
    assert len(populated.checkins(ids.active_pair)) == 1


def test_initial_history_of_pairs_stored_with_a_status() -> None:
    start, end = D(2025, 1, 1), D(2025, 3, 1)
    members = (PairMember(1, MemberRole.PEER),)
    assert initial_history(1, Pair(members)) == []
    assert initial_history(1, Pair(members, PairStatus.ACTIVE, start_date=start)) == [
        PairChange(1, start, PairStatus.ACTIVE)
    ]
    closed = Pair(
        members,
        PairStatus.CLOSED,
        start_date=start,
        end_date=end,
        closure_reason=ClosureReason.TIME_ENDED,
        closure_note="Done",
    )
    assert initial_history(1, closed) == [
        PairChange(1, start, PairStatus.ACTIVE),
        PairChange(1, end, PairStatus.CLOSED, ClosureReason.TIME_ENDED, "Done"),
    ]
    paused = Pair(members, PairStatus.PAUSED, start_date=start)
    assert initial_history(1, paused)[-1] == PairChange(1, start, PairStatus.PAUSED)
    assert initial_history(1, Pair(members, PairStatus.PAUSED)) == []


def test_a_change_cannot_be_dated_before_the_last_one(populated: Store, ids: Ids) -> None:
    pid = proposed(populated, ids)
    populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 1, 5))
    populated.change_pair_status(pid, PairStatus.PAUSED, D(2026, 2, 1))
    with pytest.raises(ValidationError, match="last change"):
        populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 1, 20))
    populated.change_pair_status(pid, PairStatus.ACTIVE, D(2026, 2, 1))  # the same day is fine
    assert [c.status for c in populated.pair_history(pid)][-1] is PairStatus.ACTIVE
