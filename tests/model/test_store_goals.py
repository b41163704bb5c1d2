"""Goals, action steps and the session log in the store: every edit, its validation, its undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from mentordesk.model.domain import (
    Changes,
    Goal,
    GoalStatus,
    GoalStep,
    Session,
    SessionFormat,
    SessionStatus,
    StepOwner,
)
from mentordesk.model.errors import ValidationError
from mentordesk.model.store import Store

from .conftest import Ids

D = dt.date
TODAY = D(2025, 5, 1)
TABLES = ("goals", "goal_steps", "sessions")


def raw(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables these edits touch, as the file holds them."""
    return {
        t: [dict(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES
    }


def notified(store: Store) -> list[Changes]:
    received: list[Changes] = []
    store.subscribe(received.append)
    return received


def add_steps(store: Store, goal_id: int, *texts: str) -> list[int]:
    return [store.add_goal_step(GoalStep(goal_id=goal_id, text=t)) for t in texts]


def refused(store: Store, call: Any, *args: Any) -> dict[str, str]:
    """The problems ``call`` raises, after checking it wrote nothing."""
    before = raw(store)
    with pytest.raises(ValidationError) as info:
        call(*args)
    assert raw(store) == before
    assert str(info.value) == "; ".join(info.value.problems.values())
    return info.value.problems


# -- goals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("old", list(GoalStatus))
@pytest.mark.parametrize("new", list(GoalStatus))
def test_every_status_change_sets_or_clears_the_completed_date(
    populated: Store, ids: Ids, old: GoalStatus, new: GoalStatus
) -> None:
    populated.set_goal_status(ids.goal, old, D(2025, 4, 1))
    assert populated.goal(ids.goal).completed_date == (
        D(2025, 4, 1) if old is GoalStatus.COMPLETED else None
    )
    events = notified(populated)
    assert populated.set_goal_status(ids.goal, new, TODAY) == Changes(goals=True)
    goal = populated.goal(ids.goal)
    assert goal.status is new
    if new is not GoalStatus.COMPLETED:
        assert goal.completed_date is None  # reopened, or never completed
    elif old is GoalStatus.COMPLETED:
        assert goal.completed_date == D(2025, 4, 1)  # still completed: the first date stays
    else:
        assert goal.completed_date == TODAY
    assert events == [Changes(goals=True)]


def test_update_goal_saves_every_value_but_its_pair(populated: Store, ids: Ids) -> None:
    edited = Goal(
        id=ids.goal,
        pair_id=ids.closed_pair,
        participant_id=ids.mentor,
        title="  Speak at the all-hands  ",
        measure="A five-minute talk",
        why="Visibility",
        target_date=D(2025, 9, 30),
        status=GoalStatus.COMPLETED,
        completed_date=D(2025, 4, 20),
    )
    populated.update_goal(edited, TODAY)
    assert populated.goal(ids.goal) == dataclasses.replace(
        edited, pair_id=ids.active_pair, title="Speak at the all-hands"
    )


def test_undoing_a_goal_edit_restores_its_row(populated: Store, ids: Ids) -> None:
    before, old = raw(populated), populated.goal(ids.goal)
    populated.update_goal(dataclasses.replace(old, title="Other", why="Because"), TODAY)
    populated.set_goal_status(ids.goal, GoalStatus.COMPLETED, TODAY)
    populated.update_goal(old, TODAY)
    assert raw(populated) == before


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        ({"title": "  "}, {"title": "Enter a title for the goal."}),
        (
            {"target_date": D(2025, 1, 31)},
            {"target_date": "The target date cannot be before the pair started."},
        ),
        (
            {"participant_id": 4},
            {"participant_id": "A goal can only belong to a member of its pair."},
        ),
        (
            {"status": GoalStatus.COMPLETED, "completed_date": D(2025, 1, 2)},
            {"completed_date": "A goal cannot be completed before the pair started."},
        ),
        (
            {"status": GoalStatus.COMPLETED, "completed_date": D(2025, 5, 2)},
            {"completed_date": "A goal cannot be completed in the future."},
        ),
        (
            {"title": "", "target_date": D(2024, 1, 1)},
            {
                "title": "Enter a title for the goal.",
                "target_date": "The target date cannot be before the pair started.",
            },
        ),
    ],
)
def test_a_goal_that_breaks_a_rule_is_refused_in_clear_sentences(
    populated: Store, ids: Ids, change: dict[str, Any], problems: dict[str, str]
) -> None:
    if "participant_id" in change:
        change["participant_id"] = ids.withdrawn  # in the closed pair, not in this one
    goal = dataclasses.replace(populated.goal(ids.goal), **change)
    assert refused(populated, populated.update_goal, goal, TODAY) == problems
    add = Goal(**{**dataclasses.asdict(goal), "id": None})
    assert refused(populated, populated.add_goal_with_steps, add, [], TODAY) == problems


def test_a_goal_and_its_steps_are_added_together(populated: Store, ids: Ids) -> None:
    events = notified(populated)
    goal_id, step_ids = populated.add_goal_with_steps(
        Goal(pair_id=ids.active_pair, title="Lead a project", status=GoalStatus.COMPLETED),
        [
            GoalStep(goal_id=999, text="Plan it", owner=StepOwner.MENTEE, due_date=D(2025, 6, 1)),
            GoalStep(goal_id=999, text="Deliver it", milestone=True),
        ],
        TODAY,
    )
    assert populated.goal(goal_id).completed_date == TODAY
    assert [(s.id, s.goal_id, s.text, s.milestone) for s in populated.goal_steps(goal_id)] == [
        (step_ids[0], goal_id, "Plan it", False),
        (step_ids[1], goal_id, "Deliver it", True),
    ]
    assert events == [Changes(goals=True)]


def test_steps_of_a_new_goal_are_checked_too(populated: Store, ids: Ids) -> None:
    goal = Goal(pair_id=ids.active_pair, title="Lead a project")
    steps = [
        GoalStep(goal_id=0, text="fine"),
        GoalStep(goal_id=0, text=" ", due_date=D(2025, 1, 1)),
    ]
    assert refused(populated, populated.add_goal_with_steps, goal, steps, TODAY) == {
        "steps.1": "The due date cannot be before the pair started."
    }


def test_deleting_a_goal_takes_its_steps_and_undo_brings_back_the_same_rows(
    populated: Store, ids: Ids
) -> None:
    add_steps(populated, ids.goal, "Second", "Third")
    before = raw(populated)
    events = notified(populated)
    snapshot = populated.delete_goal(ids.goal)
    assert [len(snapshot["goals"]), len(snapshot["goal_steps"])] == [1, 3]
    assert populated.goal_steps(ids.goal) == []
    with pytest.raises(LookupError):
        populated.goal(ids.goal)
    assert populated.restore_goal(snapshot) == Changes(goals=True)
    assert raw(populated) == before
    assert events == [Changes(goals=True)] * 2


# -- action steps --------------------------------------------------------------------------


def test_update_step_saves_text_owner_due_date_and_milestone(populated: Store, ids: Ids) -> None:
    [step] = populated.goal_steps(ids.goal)
    edited = dataclasses.replace(
        step,
        text=" Give the talk ",
        owner=StepOwner.BOTH,
        due_date=D(2025, 6, 1),
        milestone=True,
        done=True,  # ignored: set_step_done ticks a step
        goal_id=ids.goal + 1,  # ignored: a step stays with its goal
    )
    assert populated.update_step(edited) == Changes(goals=True)
    assert populated.step(step.id or 0) == dataclasses.replace(
        step, text="Give the talk", owner=StepOwner.BOTH, due_date=D(2025, 6, 1), milestone=True
    )
    before = raw(populated)
    populated.update_step(step)
    populated.update_step(edited)
    assert raw(populated) == before


def test_a_step_that_breaks_a_rule_is_refused(populated: Store, ids: Ids) -> None:
    [step] = populated.goal_steps(ids.goal)
    bad = dataclasses.replace(step, text="", due_date=D(2025, 1, 31))
    assert refused(populated, populated.update_step, bad) == {
        "text": "Describe the step.",
        "due_date": "The due date cannot be before the pair started.",
    }


def test_ticking_a_step_done_dates_it_and_unticking_clears_the_date(
    populated: Store, ids: Ids
) -> None:
    [step_id] = [s.id or 0 for s in populated.goal_steps(ids.goal)]
    before = raw(populated)
    assert populated.set_step_done(step_id, True, D(2025, 4, 2)) == Changes(goals=True)
    step = populated.step(step_id)
    assert (step.done, step.done_date) == (True, D(2025, 4, 2))
    populated.set_step_done(step_id, False, D(2025, 4, 9))  # the date of an untick is not kept
    assert raw(populated) == before
    populated.set_step_done(step_id, True, D(2025, 4, 2))
    populated.set_step_done(step_id, False, None)
    assert raw(populated) == before


def test_a_step_needs_a_done_date_after_the_pair_started(populated: Store, ids: Ids) -> None:
    [step_id] = [s.id or 0 for s in populated.goal_steps(ids.goal)]
    assert refused(populated, populated.set_step_done, step_id, True, None) == {
        "done_date": "Say when the step was done."
    }
    assert refused(populated, populated.set_step_done, step_id, True, D(2025, 1, 31)) == {
        "done_date": "A step cannot be done before the pair started."
    }


def test_moving_a_step_and_back_restores_every_row(populated: Store, ids: Ids) -> None:
    first = populated.goal_steps(ids.goal)[0].id or 0
    b, c, d = add_steps(populated, ids.goal, "b", "c", "d")
    populated.delete_step(c)  # a gap in the positions: 0, 1, 3
    before = raw(populated)
    assert populated.move_step(d, 0) == 2
    assert [s.id for s in populated.goal_steps(ids.goal)] == [d, first, b]
    assert populated.move_step(d, 2) == 0
    assert raw(populated) == before
    assert populated.move_step(first, 99) == 0  # past the end: last
    assert populated.move_step(first, -3) == 2  # before the start: first
    assert raw(populated) == before


def test_deleting_a_step_and_undo_puts_it_back_in_its_place(populated: Store, ids: Ids) -> None:
    middle = add_steps(populated, ids.goal, "b", "c")[0]
    populated.set_step_done(middle, True, D(2025, 3, 3))
    before = raw(populated)
    events = notified(populated)
    snapshot = populated.delete_step(middle)
    assert [s.text for s in populated.goal_steps(ids.goal)] == ["Preparare un talk", "c"]
    assert populated.restore_step(snapshot) == Changes(goals=True)
    assert raw(populated) == before
    assert [s.text for s in populated.goal_steps(ids.goal)] == ["Preparare un talk", "b", "c"]
    assert events == [Changes(goals=True)] * 2


def test_missing_rows_are_lookup_errors(populated: Store) -> None:
    for read in (populated.goal, populated.step, populated.session):
        with pytest.raises(LookupError):
            read(999)
    with pytest.raises(LookupError):
        populated.delete_step(999)


# -- the session log -----------------------------------------------------------------------


def meeting(ids: Ids, **values: Any) -> Session:
    return Session(**{"pair_id": ids.active_pair, "date": D(2025, 4, 28), **values})


def test_log_a_session_with_follow_ups_in_one_step(populated: Store, ids: Ids) -> None:
    events = notified(populated)
    session_id, step_ids = populated.log_session(
        meeting(ids, duration_minutes=45, format=SessionFormat.PHONE, topics=("Slides",)),
        [
            GoalStep(goal_id=ids.goal, text="Send the draft", owner=StepOwner.MENTEE),
            GoalStep(goal_id=ids.goal, text="Book a room", due_date=D(2025, 5, 3)),
        ],
        TODAY,
    )
    assert events == [Changes(goals=True, sessions=True)]
    assert populated.session(session_id) == meeting(
        ids,
        id=session_id,
        duration_minutes=45,
        format=SessionFormat.PHONE,
        topics=("Slides",),
    )
    follow_ups = populated.follow_ups(session_id)
    assert [s.id for s in follow_ups] == step_ids
    # Without a date, due at the next meeting the program expects (every 14 days).
    assert [(s.text, s.due_date, s.session_id) for s in follow_ups] == [
        ("Send the draft", D(2025, 5, 12), session_id),
        ("Book a room", D(2025, 5, 3), session_id),
    ]
    assert [s.text for s in populated.goal_steps(ids.goal)][-2:] == [
        "Send the draft",
        "Book a room",
    ]
    assert [s.id for s in populated.all_goal_steps()][-2:] == step_ids


def test_follow_ups_are_due_at_the_pairs_own_rhythm(populated: Store, ids: Ids) -> None:
    pair = populated.pair(ids.active_pair)
    populated.update_pair(dataclasses.replace(pair, meeting_every_days=7))
    session_id, _ = populated.log_session(
        meeting(ids), [GoalStep(goal_id=ids.goal, text="Read a chapter")], TODAY
    )
    assert [s.due_date for s in populated.follow_ups(session_id)] == [D(2025, 5, 5)]


def test_a_session_without_follow_ups_changes_only_the_log(populated: Store, ids: Ids) -> None:
    events = notified(populated)
    session_id, step_ids = populated.log_session(meeting(ids), [], TODAY)
    assert step_ids == [] and populated.follow_ups(session_id) == []
    assert events == [Changes(sessions=True)]


@pytest.mark.parametrize(
    ("values", "problems"),
    [
        (
            {"date": D(2025, 5, 2)},
            {
                "date": "A session that was held or missed cannot be in the future; "
                "mark it cancelled or change the date."
            },
        ),
        (
            {"date": D(2025, 5, 2), "status": SessionStatus.MISSED},
            {
                "date": "A session that was held or missed cannot be in the future; "
                "mark it cancelled or change the date."
            },
        ),
        ({"date": D(2025, 1, 31)}, {"date": "The session cannot be before the pair started."}),
        (
            {"date": D(2025, 1, 31), "status": SessionStatus.CANCELLED},
            {"date": "The session cannot be before the pair started."},
        ),
        ({"duration_minutes": -1}, {"duration_minutes": "The duration cannot be negative."}),
        (
            {"attendees": "withdrawn"},
            {"attendees": "Only members of the pair or group can attend its sessions."},
        ),
    ],
)
def test_a_session_that_breaks_a_rule_is_refused(
    populated: Store, ids: Ids, values: dict[str, Any], problems: dict[str, str]
) -> None:
    if "attendees" in values:
        values["attendees"] = (ids.mentee, ids.withdrawn)
    session = meeting(ids, **values)
    assert refused(populated, populated.log_session, session, [], TODAY) == problems
    [first, *_] = populated.sessions(ids.active_pair)
    edited = dataclasses.replace(session, id=first.id)
    assert refused(populated, populated.update_session, edited, TODAY) == problems


def test_a_session_may_be_cancelled_ahead_and_attended_by_members(
    populated: Store, ids: Ids
) -> None:
    ahead = meeting(
        ids, date=D(2025, 6, 1), status=SessionStatus.CANCELLED, attendees=(ids.mentee,)
    )
    session_id, _ = populated.log_session(ahead, [], TODAY)
    assert populated.session(session_id).status is SessionStatus.CANCELLED
    same_day = meeting(ids, date=TODAY, duration_minutes=0, status=SessionStatus.MISSED)
    populated.log_session(same_day, [], TODAY)


def test_follow_ups_belong_to_a_goal_of_the_pair(populated: Store, ids: Ids) -> None:
    other = populated.add_goal(Goal(pair_id=ids.closed_pair, title="Elsewhere"))
    follow_ups = [
        GoalStep(goal_id=other, text="Not here"),
        GoalStep(goal_id=ids.goal, text=""),
        GoalStep(goal_id=ids.goal, text="Fine"),
    ]
    assert refused(populated, populated.log_session, meeting(ids), follow_ups, TODAY) == {
        "follow_ups.0": "A follow-up must belong to a goal of this pair.",
        "follow_ups.1": "Describe the step.",
    }


def test_update_session_saves_every_value_but_its_pair(populated: Store, ids: Ids) -> None:
    [first, *_] = populated.sessions(ids.active_pair)
    before = raw(populated)
    edited = dataclasses.replace(
        first,
        pair_id=ids.closed_pair,
        date=D(2025, 2, 11),
        duration_minutes=30,
        format=SessionFormat.CHAT,
        topics=("Feedback", "Planning"),
        notes="Private",
        confidential=True,
        status=SessionStatus.MISSED,
        attendees=(ids.mentor,),
    )
    events = notified(populated)
    assert populated.update_session(edited, TODAY) == Changes(sessions=True)
    assert populated.session(first.id or 0) == dataclasses.replace(edited, pair_id=ids.active_pair)
    populated.update_session(first, TODAY)
    assert raw(populated) == before
    assert events == [Changes(sessions=True)] * 2


def test_deleting_a_session_keeps_its_follow_ups_and_undo_links_them_again(
    populated: Store, ids: Ids
) -> None:
    session_id, step_ids = populated.log_session(
        meeting(ids), [GoalStep(goal_id=ids.goal, text="Send the draft")], TODAY
    )
    before = raw(populated)
    events = notified(populated)
    snapshot = populated.delete_session(session_id)
    assert populated.step(step_ids[0]).session_id is None
    assert populated.step(step_ids[0]).text == "Send the draft"
    assert populated.restore_session(snapshot) == Changes(goals=True, sessions=True)
    assert raw(populated) == before
    assert events == [Changes(goals=True, sessions=True)] * 2


def test_undoing_a_logged_session_takes_its_follow_ups_and_redo_returns_them(
    populated: Store, ids: Ids
) -> None:
    before = raw(populated)
    session_id, step_ids = populated.log_session(
        meeting(ids, notes="Good talk"),
        [GoalStep(goal_id=ids.goal, text="a"), GoalStep(goal_id=ids.goal, text="b")],
        TODAY,
    )
    logged = raw(populated)
    snapshot = populated.delete_session(session_id, with_follow_ups=True)
    assert raw(populated) == before
    assert [r["id"] for r in snapshot["goal_steps"]] == step_ids
    populated.restore_session(snapshot)
    assert raw(populated) == logged


def test_a_file_reopened_after_goal_and_session_edits_holds_them(
    populated: Store, ids: Ids
) -> None:
    populated.set_goal_status(ids.goal, GoalStatus.COMPLETED, TODAY)
    populated.log_session(meeting(ids), [GoalStep(goal_id=ids.goal, text="Celebrate")], TODAY)
    rows = raw(populated)
    path = populated.path
    assert path is not None
    populated.close()
    with Store.open(path) as again:
        assert raw(again) == rows
        assert again.integrity_problems() == []
        assert again.conn.execute("PRAGMA foreign_key_check").fetchall() == []
