"""Goals without the store: progress from action steps, SMART hints, goal templates chosen from
a mentee's wanted skills, and the milestones the Overview celebrates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from .domain import (
    ClosureReason,
    Goal,
    GoalStatus,
    GoalStep,
    Pair,
    PairStatus,
    Participant,
    Session,
    SessionStatus,
    StepOwner,
)
from .i18n import tr

# -- progress ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    fraction: float  # 0 to 1


def goal_progress(goal: Goal, steps: Iterable[GoalStep]) -> Progress:
    """How far a goal is, from its done steps. A completed goal counts as whole; one without
    steps is 0 until it is completed (its status is all there is to go by)."""
    own = [s for s in steps if s.goal_id == goal.id]
    done = sum(s.done for s in own)
    if goal.status is GoalStatus.COMPLETED:
        fraction = 1.0
    else:
        fraction = done / len(own) if own else 0.0
    return Progress(done, len(own), fraction)


# -- SMART hints ---------------------------------------------------------------------------


def smart_hints(
    goal: Goal, steps: Iterable[GoalStep] | None = None, today: dt.date | None = None
) -> list[str]:
    """What would make ``goal`` SMARTer, as sentences; empty when nothing is missing.

    Pass its ``steps`` to be told when it has none, ``today`` to be told its date has passed.
    """
    hints = []
    if len(goal.title.split()) < 3:
        hints.append(tr("Make the goal specific: say in a few words what exactly will change."))
    if not goal.measure.strip():
        hints.append(tr("Say how you will measure it: what will show the goal is reached?"))
    if goal.target_date is None:
        hints.append(tr("Set a target date, so the pair knows when to take stock."))
    elif today is not None and goal.target_date < today and goal.status is not GoalStatus.COMPLETED:
        hints.append(tr("The target date has passed: mark the goal completed or set a new date."))
    if not goal.why.strip():
        hints.append(tr("Write why it matters: a relevant goal is easier to keep working on."))
    if steps is not None and not any(s.goal_id == goal.id for s in steps):
        hints.append(tr("Break the goal into a few action steps, each with an owner and a date."))
    return hints


# -- templates -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepDraft:
    text: str
    owner: StepOwner
    due_date: dt.date
    milestone: bool = False

    def step(self, goal_id: int = 0) -> GoalStep:
        return GoalStep(
            goal_id=goal_id,
            text=self.text,
            owner=self.owner,
            due_date=self.due_date,
            milestone=self.milestone,
        )


@dataclass(frozen=True, slots=True)
class GoalDraft:
    """A goal suggested by a template, to edit before it is saved."""

    template: str  # the template's key, e.g. "develop_skill"
    name: str  # the template's name, as a chooser lists it
    title: str
    measure: str
    why: str
    target_date: dt.date
    steps: tuple[StepDraft, ...]
    skill: str = ""  # the wanted skill it was made for, if any
    participant_id: int | None = None  # the mentee it belongs to

    def goal(self, pair_id: int) -> Goal:
        return Goal(
            pair_id=pair_id,
            title=self.title,
            measure=self.measure,
            why=self.why,
            target_date=self.target_date,
            participant_id=self.participant_id,
        )

    def goal_steps(self, goal_id: int = 0) -> list[GoalStep]:
        return [s.step(goal_id) for s in self.steps]


# A template: (skill or "", start) -> (name, title, measure, why, days to target, steps as
# (text, owner, days after start, milestone)).
_Steps = list[tuple[str, StepOwner, int, bool]]
_Template = tuple[str, str, str, str, int, _Steps]

MENTOR, MENTEE, BOTH = StepOwner.MENTOR, StepOwner.MENTEE, StepOwner.BOTH


def _develop_skill(skill: str) -> _Template:
    if skill:
        title = tr("Get better at {skill}").format(skill=skill)
        measure = tr("Use {skill} in a real piece of work and get feedback on it").format(
            skill=skill
        )
        why = tr("{skill} is a skill the mentee wants to grow").format(skill=skill)
        start = tr("Rate your {skill} today and name where you want to use it").format(skill=skill)
        practise = tr("Practise {skill} on a real task").format(skill=skill)
    else:
        title = tr("Develop a new skill")
        measure = tr("Use the skill in a real piece of work and get feedback on it")
        why = tr("Choose the skill that would help the mentee most this year")
        start = tr("Choose the skill and rate it today")
        practise = tr("Practise the skill on a real task")
    steps: _Steps = [
        (start, MENTEE, 7, False),
        (tr("Agree on resources and exercises to try"), BOTH, 14, False),
        (practise, MENTEE, 45, True),
        (tr("Give feedback on the result"), MENTOR, 55, False),
        (tr("Review progress and choose the next step"), BOTH, 84, False),
    ]
    return tr("Develop a skill"), title, measure, why, 90, steps


def _presentation(skill: str) -> _Template:
    if skill:
        title = tr("Prepare a presentation about {skill}").format(skill=skill)
    else:
        title = tr("Prepare and give a presentation")
    steps: _Steps = [
        (tr("Choose the audience and the one message to leave them with"), BOTH, 7, False),
        (tr("Draft the outline and the slides"), MENTEE, 21, False),
        (tr("Rehearse twice and take feedback"), BOTH, 35, False),
        (tr("Give the presentation"), MENTEE, 45, True),
        (tr("Talk over how it went and what to keep"), BOTH, 52, False),
    ]
    return (
        tr("Prepare a presentation"),
        title,
        tr("A talk of about ten minutes given to a real audience"),
        tr("Speaking in front of a group builds visibility and confidence"),
        60,
        steps,
    )


def _next_role(skill: str) -> _Template:
    if skill:
        compare = tr("Compare your experience, including {skill}, with what it expects").format(
            skill=skill
        )
    else:
        compare = tr("Compare your experience with what it expects")
    steps: _Steps = [
        (tr("Describe the next role you want and what it expects"), MENTEE, 14, False),
        (compare, BOTH, 30, False),
        (tr("Talk to someone who has that role now"), MENTEE, 45, False),
        (tr("Agree a development plan with your manager"), MENTEE, 75, True),
    ]
    return (
        tr("Career path: next role"),
        tr("Career path: prepare for the next role"),
        tr("A written plan for the next role, agreed with the manager"),
        tr("Knowing what the next step expects makes the work towards it deliberate"),
        90,
        steps,
    )


def _network(skill: str) -> _Template:
    if skill:
        introduce = tr("Introduce three people who are good at {skill}").format(skill=skill)
    else:
        introduce = tr("Introduce three people from other teams")
    steps: _Steps = [
        (introduce, MENTOR, 14, False),
        (tr("Meet each of them for a coffee or a call"), MENTEE, 45, True),
        (tr("Write down what you learnt and whom to keep in touch with"), MENTEE, 50, False),
        (tr("Review the network and plan the next contacts"), BOTH, 60, False),
    ]
    return (
        tr("Grow your network"),
        tr("Grow a network beyond the team"),
        tr("Meet five people outside the team and keep in touch with two"),
        tr("People who know your work open doors no plan can"),
        75,
        steps,
    )


def _lead_project(skill: str) -> _Template:
    if skill:
        title = tr("Lead a small project that uses {skill}").format(skill=skill)
    else:
        title = tr("Lead a small project")
    steps: _Steps = [
        (tr("Choose a project of a few weeks with your manager"), MENTEE, 14, False),
        (tr("Plan the work, the risks and the checkpoints together"), BOTH, 21, False),
        (tr("Hold the first checkpoint with the team"), MENTEE, 42, True),
        (tr("Deliver the project"), MENTEE, 80, True),
        (tr("Look back on what worked and what to change"), BOTH, 90, False),
    ]
    return (
        tr("Lead a project"),
        title,
        tr("A project led from plan to delivery, with a short look back"),
        tr("Leading real work is the surest way to learn to lead"),
        100,
        steps,
    )


#: The templates by key, in the order a chooser lists them.
TEMPLATES: dict[str, Callable[[str], _Template]] = {
    "develop_skill": _develop_skill,
    "presentation": _presentation,
    "next_role": _next_role,
    "network": _network,
    "lead_project": _lead_project,
}

#: At most this many "develop a skill" drafts, one per wanted skill.
MAX_SKILL_DRAFTS = 3


def template_draft(
    key: str, start: dt.date, skill: str = "", mentee: int | None = None
) -> GoalDraft:
    """The goal template ``key`` filled in for ``skill``, its dates counted from ``start``."""
    name, title, measure, why, days, steps = TEMPLATES[key](skill.strip())
    return GoalDraft(
        template=key,
        name=name,
        title=title,
        measure=measure,
        why=why,
        target_date=start + dt.timedelta(days=days),
        steps=tuple(
            StepDraft(text, owner, start + dt.timedelta(days=after), milestone)
            for text, owner, after, milestone in steps
        ),
        skill=skill.strip(),
        participant_id=mentee,
    )


def templates_for(mentee: Participant, start: dt.date) -> list[GoalDraft]:
    """Goal drafts for ``mentee``: one "develop a skill" per wanted skill (the first few),
    then the other templates, shaped by the first wanted skill where it fits."""
    skills = list(dict.fromkeys(s.strip() for s in mentee.skills_wanted if s.strip()))
    first = skills[0] if skills else ""
    drafts = [
        template_draft("develop_skill", start, skill, mentee.id)
        for skill in skills[:MAX_SKILL_DRAFTS] or [""]
    ]
    drafts += [template_draft(key, start, first, mentee.id) for key in list(TEMPLATES)[1:]]
    return drafts


# -- milestones ----------------------------------------------------------------------------


class MilestoneKind(StrEnum):
    GOAL_COMPLETED = "goal_completed"
    STEP_REACHED = "step_reached"  # a step marked as a milestone was done
    SESSIONS_HELD = "sessions_held"  # the 10th, 25th, 50th or 100th session held
    GOALS_REACHED = "goals_reached"  # the pair closed with its goals reached


#: Session counts worth celebrating.
SESSION_COUNTS = (10, 25, 50, 100)


@dataclass(frozen=True, slots=True)
class Milestone:
    """Something to celebrate, dated, for the Overview feed."""

    kind: MilestoneKind
    date: dt.date
    pair_id: int
    subject: str = ""  # the goal's title or the step's text
    count: int = 0  # sessions held
    goal_id: int | None = None
    step_id: int | None = None
    session_id: int | None = None

    @property
    def text(self) -> str:
        if self.kind is MilestoneKind.GOAL_COMPLETED:
            return tr("Goal completed: {title}").format(title=self.subject)
        if self.kind is MilestoneKind.STEP_REACHED:
            return tr("Milestone reached: {step}").format(step=self.subject)
        if self.kind is MilestoneKind.SESSIONS_HELD:
            return tr("{count} sessions held").format(count=self.count)
        return tr("Pair closed with its goals reached")


def milestones(
    goals: Iterable[Goal],
    steps: Iterable[GoalStep],
    sessions: Iterable[Session],
    pairs: Iterable[Pair],
) -> list[Milestone]:
    """Every milestone reached so far, newest first."""
    found: list[Milestone] = []
    pair_of: dict[int | None, int] = {}
    for g in goals:
        pair_of[g.id] = g.pair_id
        if g.status is GoalStatus.COMPLETED and g.completed_date is not None:
            found.append(
                Milestone(
                    MilestoneKind.GOAL_COMPLETED, g.completed_date, g.pair_id, g.title, goal_id=g.id
                )
            )
    for s in steps:
        if s.milestone and s.done and s.done_date is not None and s.goal_id in pair_of:
            found.append(
                Milestone(
                    MilestoneKind.STEP_REACHED,
                    s.done_date,
                    pair_of[s.goal_id],
                    s.text,
                    goal_id=s.goal_id,
                    step_id=s.id,
                )
            )
    held: dict[int, int] = {}
    for meeting in sorted(sessions, key=lambda m: (m.date, m.id or 0)):
        if meeting.status is SessionStatus.HELD:
            n = held[meeting.pair_id] = held.get(meeting.pair_id, 0) + 1
            if n in SESSION_COUNTS:
                found.append(
                    Milestone(
                        MilestoneKind.SESSIONS_HELD,
                        meeting.date,
                        meeting.pair_id,
                        count=n,
                        session_id=meeting.id,
                    )
                )
    for p in pairs:
        if (
            p.status is PairStatus.CLOSED
            and p.closure_reason is ClosureReason.GOALS_REACHED
            and p.end_date is not None
            and p.id is not None
        ):
            found.append(Milestone(MilestoneKind.GOALS_REACHED, p.end_date, p.id))
    order = list(MilestoneKind)
    found.sort(key=lambda m: (m.date, -order.index(m.kind)), reverse=True)
    return found
