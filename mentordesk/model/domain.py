"""Domain types of a mentoring program: plain dataclasses and string enums."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .i18n import tr


class ProgramFormat(StrEnum):
    ONE_TO_ONE = "one_to_one"
    PEER_PAIRS = "peer_pairs"
    PEER_GROUPS = "peer_groups"

    @property
    def label(self) -> str:
        return {
            ProgramFormat.ONE_TO_ONE: tr("One-to-one mentoring"),
            ProgramFormat.PEER_PAIRS: tr("Peer pairs"),
            ProgramFormat.PEER_GROUPS: tr("Peer groups"),
        }[self]


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"

    @property
    def label(self) -> str:
        return {
            Role.MENTOR: tr("Mentor"),
            Role.MENTEE: tr("Mentee"),
            Role.BOTH: tr("Mentor and mentee"),
        }[self]


class ParticipantStatus(StrEnum):
    APPLICANT = "applicant"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            ParticipantStatus.APPLICANT: tr("Applicant"),
            ParticipantStatus.ACTIVE: tr("Active"),
            ParticipantStatus.WITHDRAWN: tr("Withdrawn"),
        }[self]


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            # Their own context: "Active" agrees with "pair" in Italian and Bulgarian, not with
            # "participant" as the participant status does.
            PairStatus.PROPOSED: tr("Proposed", "pair status"),
            PairStatus.ACTIVE: tr("Active", "pair status"),
            PairStatus.PAUSED: tr("Paused", "pair status"),
            PairStatus.CLOSED: tr("Closed", "pair status"),
        }[self]


class MemberRole(StrEnum):
    """A member's role inside one pair or group."""

    MENTOR = "mentor"
    MENTEE = "mentee"
    PEER = "peer"

    @property
    def label(self) -> str:
        return {
            MemberRole.MENTOR: tr("Mentor"),
            MemberRole.MENTEE: tr("Mentee"),
            MemberRole.PEER: tr("Peer"),
        }[self]


class ClosureReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    TIME_ENDED = "time_ended"
    MISMATCH = "mismatch"
    SOMEONE_LEFT = "someone_left"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            ClosureReason.GOALS_REACHED: tr("Goals reached"),
            ClosureReason.TIME_ENDED: tr("Planned time ended"),
            ClosureReason.MISMATCH: tr("Not a good match"),
            ClosureReason.SOMEONE_LEFT: tr("Someone left the program"),
            ClosureReason.OTHER: tr("Other reason"),
        }[self]


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return {
            GoalStatus.NOT_STARTED: tr("Not started"),
            GoalStatus.ON_TRACK: tr("On track"),
            GoalStatus.OFF_TRACK: tr("Off track"),
            GoalStatus.COMPLETED: tr("Completed"),
        }[self]


class StepOwner(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"

    @property
    def label(self) -> str:
        return {
            StepOwner.MENTOR: tr("Mentor"),
            StepOwner.MENTEE: tr("Mentee"),
            StepOwner.BOTH: tr("Both"),
        }[self]


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    CHAT = "chat"

    @property
    def label(self) -> str:
        return {
            SessionFormat.IN_PERSON: tr("In person"),
            SessionFormat.VIDEO: tr("Video"),
            SessionFormat.PHONE: tr("Phone"),
            SessionFormat.CHAT: tr("Chat"),
        }[self]


class SessionStatus(StrEnum):
    HELD = "held"
    CANCELLED = "cancelled"
    MISSED = "missed"  # planned, but nobody came

    @property
    def label(self) -> str:
        return {
            SessionStatus.HELD: tr("Held"),
            SessionStatus.CANCELLED: tr("Cancelled"),
            SessionStatus.MISSED: tr("Missed"),
        }[self]


class MeetingPlan(StrEnum):
    """A pair's recurring meeting plan."""

    NONE = ""
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return {
            MeetingPlan.NONE: tr("No regular meeting"),
            MeetingPlan.WEEKLY: tr("Weekly"),
            MeetingPlan.BIWEEKLY: tr("Every two weeks"),
            MeetingPlan.MONTHLY: tr("Monthly"),
        }[self]


class CheckInChannel(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {
            CheckInChannel.IN_PERSON: tr("In person"),
            CheckInChannel.VIDEO: tr("Video call"),
            CheckInChannel.PHONE: tr("Phone"),
            CheckInChannel.CHAT: tr("Chat"),
            CheckInChannel.EMAIL: tr("Email"),
        }[self]


#: The list-valued participant fields, stored as JSON arrays.
LIST_FIELDS: tuple[str, ...] = (
    "skills_offered",
    "skills_wanted",
    "interests",
    "languages",
    "availability",
)


@dataclass(frozen=True, slots=True)
class Program:
    name: str
    format: ProgramFormat = ProgramFormat.ONE_TO_ONE
    formal: bool = True
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    cadence_days: int = 14
    objectives: str = ""
    guidelines: str = ""
    career_levels: tuple[str, ...] = ()
    grace_days: int = 7  # a pair is overdue after cadence_days + grace_days without a session
    # The coordinator's check-ins (MENTOR's Elements of Effective Practice): the first within
    # this many days of the match, this many in the first month, then one every N days.
    checkin_first_days: int = 14
    checkins_first_month: int = 2
    checkin_every_days: int = 30


@dataclass(frozen=True, slots=True)
class Participant:
    first_name: str
    last_name: str
    email: str = ""
    role: Role = Role.MENTEE
    department: str = ""
    career_level: str = ""
    skills_offered: tuple[str, ...] = ()
    skills_wanted: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    location: str = ""
    availability: tuple[str, ...] = ()
    capacity: int = 0
    bio: str = ""
    status: ParticipantStatus = ParticipantStatus.APPLICANT
    consent_date: dt.date | None = None
    private_notes: str = ""
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class PairMember:
    participant_id: int
    role: MemberRole


@dataclass(frozen=True, slots=True)
class Pair:
    """A pair or a group (a group has more than two members)."""

    members: tuple[PairMember, ...]
    status: PairStatus = PairStatus.PROPOSED
    name: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    locked: bool = False  # kept as it is by automatic matching
    rotation_round: int | None = None  # peer cohorts: the round this pair or group belongs to
    # The pair's agreement.
    expectations: str = ""
    meeting_every_days: int | None = None
    channel: SessionFormat | None = None
    confidentiality_date: dt.date | None = None  # both agreed to keep what is said confidential
    # A recurring meeting plan, for the calendar.
    meeting_plan: MeetingPlan = MeetingPlan.NONE
    meeting_weekday: int | None = None  # 0 = Monday
    meeting_time: str | None = None  # "HH:MM"
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PairChange:
    """One dated step in a pair's life (proposed, active, paused, closed, reopened)."""

    pair_id: int
    date: dt.date
    status: PairStatus
    closure_reason: ClosureReason | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A coordinator's contact with a pair, or with one member of it (``participant_id``)."""

    pair_id: int
    date: dt.date
    channel: CheckInChannel = CheckInChannel.PHONE
    participant_id: int | None = None
    answers: dict[str, int | str] = field(default_factory=dict)
    notes: str = ""
    confidential: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    pair_id: int
    title: str
    measure: str = ""
    why: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED
    completed_date: dt.date | None = None
    participant_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class GoalStep:
    goal_id: int
    text: str
    owner: StepOwner = StepOwner.BOTH
    due_date: dt.date | None = None
    done: bool = False
    done_date: dt.date | None = None
    milestone: bool = False  # reaching it is celebrated like a completed goal
    session_id: int | None = None  # a follow-up agreed in this session
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Session:
    pair_id: int
    date: dt.date
    duration_minutes: int = 60
    format: SessionFormat = SessionFormat.VIDEO
    topics: tuple[str, ...] = ()
    notes: str = ""
    confidential: bool = False
    status: SessionStatus = SessionStatus.HELD
    attendees: tuple[int, ...] = ()  # groups: who came (participant ids); empty = everyone
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    participant_id: int
    round: str
    date: dt.date
    answers: dict[str, int | str] = field(default_factory=dict)
    comment: str = ""
    pair_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Changes:
    """What a store operation changed, so each screen refreshes only what is affected."""

    program: bool = False
    participants: bool = False
    pairs: bool = False
    goals: bool = False
    sessions: bool = False
    feedback: bool = False
    matching: bool = False  # match settings and pair rules
    checkins: bool = False
    surveys: bool = False  # the feedback questionnaire's questions
    resources: bool = False  # the resource library, workshops and trainings, attendance

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            program=self.program or other.program,
            participants=self.participants or other.participants,
            pairs=self.pairs or other.pairs,
            goals=self.goals or other.goals,
            sessions=self.sessions or other.sessions,
            feedback=self.feedback or other.feedback,
            matching=self.matching or other.matching,
            checkins=self.checkins or other.checkins,
            surveys=self.surveys or other.surveys,
            resources=self.resources or other.resources,
        )

    def __bool__(self) -> bool:
        return any(
            (
                self.program,
                self.participants,
                self.pairs,
                self.goals,
                self.sessions,
                self.feedback,
                self.matching,
                self.checkins,
                self.surveys,
                self.resources,
            )
        )


@dataclass(frozen=True, slots=True)
class ProgramCounts:
    """Counts shown on the Overview."""

    participants_by_role: dict[Role, int]
    participants_by_status: dict[ParticipantStatus, int]
    pairs_by_status: dict[PairStatus, int]
    participants: int
    sessions: int
    goals: int
