"""Goal progress, SMART hints, goal templates and milestones: pure functions, no store."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.model.domain import (
    ClosureReason,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    Session,
    SessionStatus,
    StepOwner,
)
from mentordesk.model.goals import (
    MAX_SKILL_DRAFTS,
    SESSION_COUNTS,
    TEMPLATES,
    Milestone,
    MilestoneKind,
    Progress,
    goal_progress,
    milestones,
    smart_hints,
    template_draft,
    templates_for,
)
from mentordesk.model.i18n import install_translator
from mentordesk.model.store import Store

from .conftest import Ids

D = dt.date
MISMATCH = ClosureReason.MISMATCH
START = D(2025, 3, 1)


def step(goal_id: int = 1, done: bool = False, **values: object) -> GoalStep:
    fields: dict[str, object] = {"goal_id": goal_id, "text": "Do it", "done": done, **values}
    return GoalStep(**fields)  # type: ignore[arg-type]


# -- progress ------------------------------------------------------------------------------


def test_progress_counts_the_goals_own_done_steps() -> None:
    goal = Goal(pair_id=1, title="Grow", id=1, status=GoalStatus.ON_TRACK)
    steps = [step(done=True), step(), step(done=True), step(), step(goal_id=2, done=True)]
    assert goal_progress(goal, steps) == Progress(2, 4, 0.5)


@pytest.mark.parametrize(
    ("status", "fraction"),
    [
        (GoalStatus.NOT_STARTED, 0.0),
        (GoalStatus.ON_TRACK, 0.0),
        (GoalStatus.OFF_TRACK, 0.0),
        (GoalStatus.COMPLETED, 1.0),
    ],
)
def test_a_goal_without_steps_goes_by_its_status(status: GoalStatus, fraction: float) -> None:
    goal = Goal(pair_id=1, title="Grow", id=1, status=status)
    assert goal_progress(goal, []) == Progress(0, 0, fraction)


def test_a_completed_goal_is_whole_even_with_steps_left() -> None:
    goal = Goal(pair_id=1, title="Grow", id=1, status=GoalStatus.COMPLETED)
    assert goal_progress(goal, [step(done=True), step()]) == Progress(1, 2, 1.0)


# -- SMART hints ---------------------------------------------------------------------------


SMART = Goal(
    pair_id=1,
    id=1,
    title="Give a talk at the sales kickoff",
    measure="Ten minutes in front of the team",
    why="Confidence",
    target_date=D(2025, 6, 1),
)


def test_a_smart_goal_needs_no_hint() -> None:
    assert smart_hints(SMART) == []
    assert smart_hints(SMART, [step()], today=D(2025, 6, 1)) == []
    done = dataclasses.replace(SMART, status=GoalStatus.COMPLETED)
    assert smart_hints(done, [step()], today=D(2025, 7, 1)) == []


def test_hints_say_what_is_missing_in_sentences() -> None:
    vague = Goal(pair_id=1, id=1, title="Python", measure=" ", why="")
    assert smart_hints(vague, [step(goal_id=2)], today=START) == [
        "Make the goal specific: say in a few words what exactly will change.",
        "Say how you will measure it: what will show the goal is reached?",
        "Set a target date, so the pair knows when to take stock.",
        "Write why it matters: a relevant goal is easier to keep working on.",
        "Break the goal into a few action steps, each with an owner and a date.",
    ]


def test_a_passed_target_date_is_pointed_out() -> None:
    assert smart_hints(SMART, today=D(2025, 6, 2)) == [
        "The target date has passed: mark the goal completed or set a new date."
    ]


# -- templates -----------------------------------------------------------------------------


def mentee(*skills: str) -> Participant:
    return Participant("Sofia", "Romano", skills_wanted=skills, id=7)


def test_templates_for_a_mentee_start_from_their_wanted_skills() -> None:
    drafts = templates_for(mentee("Public speaking", " ", "SQL", "public speaking", "Go"), START)
    assert [(d.template, d.skill) for d in drafts] == [
        ("develop_skill", "Public speaking"),
        ("develop_skill", "SQL"),
        ("develop_skill", "public speaking"),  # another spelling is another skill
        ("presentation", "Public speaking"),
        ("next_role", "Public speaking"),
        ("network", "Public speaking"),
        ("lead_project", "Public speaking"),
    ]
    assert MAX_SKILL_DRAFTS == 3
    first = drafts[0]
    assert first.title == "Get better at Public speaking"
    assert first.measure == "Use Public speaking in a real piece of work and get feedback on it"
    assert first.why == "Public speaking is a skill the mentee wants to grow"
    assert first.target_date == D(2025, 5, 30)
    assert first.participant_id == 7
    assert [(s.text, s.owner, s.due_date, s.milestone) for s in first.steps] == [
        (
            "Rate your Public speaking today and name where you want to use it",
            StepOwner.MENTEE,
            D(2025, 3, 8),
            False,
        ),
        ("Agree on resources and exercises to try", StepOwner.BOTH, D(2025, 3, 15), False),
        ("Practise Public speaking on a real task", StepOwner.MENTEE, D(2025, 4, 15), True),
        ("Give feedback on the result", StepOwner.MENTOR, D(2025, 4, 25), False),
        ("Review progress and choose the next step", StepOwner.BOTH, D(2025, 5, 24), False),
    ]
    texts = [d.title for d in drafts[3:]]
    assert texts == [
        "Prepare a presentation about Public speaking",
        "Career path: prepare for the next role",
        "Grow a network beyond the team",
        "Lead a small project that uses Public speaking",
    ]
    assert "Public speaking" in drafts[4].steps[1].text
    assert "Public speaking" in drafts[5].steps[0].text


def test_templates_for_a_mentee_without_wanted_skills_are_general() -> None:
    drafts = templates_for(mentee(), START)
    assert [d.template for d in drafts] == list(TEMPLATES)
    assert [d.name for d in drafts] == [
        "Develop a skill",
        "Prepare a presentation",
        "Career path: next role",
        "Grow your network",
        "Lead a project",
    ]
    assert [d.title for d in drafts] == [
        "Develop a new skill",
        "Prepare and give a presentation",
        "Career path: prepare for the next role",
        "Grow a network beyond the team",
        "Lead a small project",
    ]
    assert all(d.skill == "" and "{" not in d.title for d in drafts)
    assert drafts[0].steps[0].text == "Choose the skill and rate it today"
    assert drafts[2].steps[1].text == "Compare your experience with what it expects"
    assert drafts[3].steps[0].text == "Introduce three people from other teams"


@pytest.mark.parametrize("key", list(TEMPLATES))
@pytest.mark.parametrize("skill", ["", "Negotiation"])
def test_every_template_is_a_smart_goal_with_three_to_five_dated_steps(
    key: str, skill: str
) -> None:
    draft = template_draft(key, START, skill)
    assert 3 <= len(draft.steps) <= 5
    assert any(s.milestone for s in draft.steps)
    dues = [s.due_date for s in draft.steps]
    assert dues == sorted(dues) and START < dues[0] and dues[-1] <= draft.target_date
    assert len({s.owner for s in draft.steps}) >= 2
    goal = draft.goal(pair_id=3)
    assert goal.participant_id is None and goal.pair_id == 3
    assert smart_hints(dataclasses.replace(goal, id=5), draft.goal_steps(5)) == []


def test_template_strings_are_translated() -> None:
    install_translator(lambda context, text: f"«{text}»" if context == "model" else text)
    [draft, *_] = templates_for(mentee("SQL"), START)
    assert draft.title == "«Get better at SQL»"
    assert draft.name == "«Develop a skill»"
    assert all(s.text.startswith("«") for s in draft.steps)


def test_a_draft_is_saved_as_a_goal_with_its_steps(populated: Store, ids: Ids) -> None:
    person = next(p for p in populated.participants() if p.id == ids.mentee)
    draft = templates_for(dataclasses.replace(person, skills_wanted=("Excel",)), START)[0]
    goal_id, step_ids = populated.add_goal_with_steps(
        draft.goal(ids.active_pair), draft.goal_steps(), START
    )
    goal = populated.goal(goal_id)
    assert (goal.title, goal.participant_id, goal.target_date) == (
        "Get better at Excel",
        ids.mentee,
        draft.target_date,
    )
    saved = populated.goal_steps(goal_id)
    assert [s.id for s in saved] == step_ids
    assert [dataclasses.replace(s, id=None) for s in saved] == draft.goal_steps(goal_id)


# -- milestones ----------------------------------------------------------------------------


def pair(pair_id: int, **values: object) -> Pair:
    members = (PairMember(1, MemberRole.MENTOR), PairMember(2, MemberRole.MENTEE))
    return Pair(members, id=pair_id, **values)  # type: ignore[arg-type]


def test_milestones_of_a_program_newest_first() -> None:
    goals = [
        Goal(1, "Ship it", id=10, status=GoalStatus.COMPLETED, completed_date=D(2025, 5, 1)),
        Goal(1, "Not yet", id=11, status=GoalStatus.ON_TRACK),
        Goal(2, "No date", id=12, status=GoalStatus.COMPLETED),  # from another tool: no date
    ]
    steps = [
        step(10, True, id=1, milestone=True, done_date=D(2025, 5, 1), text="Deploy"),
        step(10, True, id=2, done_date=D(2025, 4, 1)),  # done, but not a milestone
        step(11, False, id=3, milestone=True),  # a milestone not reached
        step(11, True, id=4, milestone=True),  # done without a date
        step(99, True, id=5, milestone=True, done_date=D(2025, 4, 1)),  # its goal is gone
    ]
    sessions = [Session(1, START + dt.timedelta(days=7 * n), id=100 + n) for n in range(26)] + [
        Session(2, START + dt.timedelta(days=n), id=200 + n, status=status)
        for n, status in enumerate([SessionStatus.CANCELLED, SessionStatus.MISSED] * 5)
    ]
    pairs = [
        pair(1, status=PairStatus.ACTIVE, start_date=START),
        pair(
            2,
            status=PairStatus.CLOSED,
            end_date=D(2025, 6, 30),
            closure_reason=ClosureReason.GOALS_REACHED,
        ),
        pair(
            3,
            status=PairStatus.CLOSED,
            end_date=D(2025, 6, 1),
            closure_reason=ClosureReason.MISMATCH,
        ),
        pair(4, status=PairStatus.CLOSED, closure_reason=ClosureReason.GOALS_REACHED),
    ]
    found = milestones(goals, steps, reversed(sessions), pairs)
    assert found == [
        Milestone(MilestoneKind.SESSIONS_HELD, D(2025, 8, 16), 1, count=25, session_id=124),
        Milestone(MilestoneKind.GOALS_REACHED, D(2025, 6, 30), 2),
        Milestone(MilestoneKind.SESSIONS_HELD, D(2025, 5, 3), 1, count=10, session_id=109),
        # On the same day, the goal before its step.
        Milestone(MilestoneKind.GOAL_COMPLETED, D(2025, 5, 1), 1, "Ship it", goal_id=10),
        Milestone(MilestoneKind.STEP_REACHED, D(2025, 5, 1), 1, "Deploy", goal_id=10, step_id=1),
    ]
    assert [m.text for m in found] == [
        "25 sessions held",
        "Pair closed with its goals reached",
        "10 sessions held",
        "Goal completed: Ship it",
        "Milestone reached: Deploy",
    ]
    assert SESSION_COUNTS[:2] == (10, 25)


def test_no_milestones_in_a_new_program() -> None:
    assert milestones([], [], [], [pair(1)]) == []
