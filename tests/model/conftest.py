"""Shared fixtures for the model tests: stores on temporary files, sample people, a populated file.

The populated file is built once per session and copied for each test that needs it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model.domain import (
    Changes,
    ClosureReason,
    Feedback,
    Goal,
    GoalStatus,
    GoalStep,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Program,
    ProgramFormat,
    Role,
    Session,
    SessionFormat,
    StepOwner,
)
from mentordesk.model.i18n import install_translator
from mentordesk.model.store import Store

PROGRAM = Program(
    name="Mentoring 2025",
    format=ProgramFormat.ONE_TO_ONE,
    start_date=dt.date(2025, 1, 15),
    end_date=dt.date(2025, 12, 15),
    cadence_days=14,
    objectives="Crescita professionale",
    guidelines="Срещайте се поне веднъж на две седмици.",
    career_levels=("Junior", "Senior", "Lead"),
)


def sha256(path: Path) -> str:
    """The digest of a file's bytes, to prove a refused file was not modified."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    """The files in ``folder``, without the lock files (which the OS may keep or remove)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def person(first: str, last: str, **fields: Any) -> Participant:
    """A valid participant with only the fields a test cares about."""
    return Participant(first_name=first, last_name=last, **fields)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test starts and ends without a translator installed."""
    install_translator(None)
    yield
    install_translator(None)


@pytest.fixture
def program() -> Program:
    return PROGRAM


@pytest.fixture
def sample_participant() -> Participant:
    return Participant(
        first_name="Giulia",
        last_name="Bianchi-Rossi",
        email="giulia.bianchi@esempio.it",
        role=Role.MENTOR,
        department="Ricerca e sviluppo",
        career_level="Senior",
        skills_offered=("Analisi dei dati", "Leadership"),
        skills_wanted=("Публично говорене",),
        interests=("Montagna", "Caffè"),
        languages=("Italiano", "English", "Български"),
        location="Torino",
        availability=("Mon AM", "Thu PM"),
        capacity=2,
        bio="Vent'anni di esperienza; «mentore» per passione.",
        status=ParticipantStatus.ACTIVE,
        consent_date=dt.date(2025, 2, 1),
        private_notes="Preferisce incontri dal vivo.",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty program file on disk, open for writing."""
    with Store.create(tmp_path / "program.mentordesk", PROGRAM) as s:
        yield s


@pytest.fixture
def mem_store() -> Iterator[Store]:
    with Store.in_memory(PROGRAM) as s:
        yield s


@pytest.fixture
def events(store: Store) -> list[Changes]:
    """Every notification ``store`` sends, in order."""
    received: list[Changes] = []
    store.subscribe(received.append)
    return received


@dataclass(frozen=True)
class Ids:
    """Ids in the populated file (the same in every copy)."""

    mentor: int
    mentee: int
    both: int
    withdrawn: int
    active_pair: int
    closed_pair: int
    goal: int


def populate(store: Store) -> Ids:
    """A small but complete program: people, two pairs, goals, steps, sessions, feedback."""
    mentor = store.add_participant(
        person(
            "Marco",
            "Esposito",
            email="marco@esempio.it",
            role=Role.MENTOR,
            department="Engineering",
            career_level="Senior",
            status=ParticipantStatus.ACTIVE,
            capacity=2,
        )
    )
    mentee = store.add_participant(
        person(
            "Иван",
            "Петров",
            email="ivan@example.bg",
            role=Role.MENTEE,
            department="finance",
            career_level="Junior",
            status=ParticipantStatus.ACTIVE,
        )
    )
    both = store.add_participant(
        person("Ada", "Lovelace", role=Role.BOTH, department="Engineering", career_level="Lead")
    )
    withdrawn = store.add_participant(
        person("Zoe", "Zanetti", role=Role.MENTEE, status=ParticipantStatus.WITHDRAWN)
    )
    active_pair = store.add_pair(
        Pair(
            members=(
                PairMember(mentor, MemberRole.MENTOR),
                PairMember(mentee, MemberRole.MENTEE),
            ),
            status=PairStatus.ACTIVE,
            name="Marco & Иван",
            start_date=dt.date(2025, 2, 1),
        )
    )
    closed_pair = store.add_pair(
        Pair(
            members=(
                PairMember(mentor, MemberRole.MENTOR),
                PairMember(withdrawn, MemberRole.MENTEE),
            ),
            status=PairStatus.CLOSED,
            start_date=dt.date(2025, 2, 1),
            end_date=dt.date(2025, 3, 1),
            closure_reason=ClosureReason.SOMEONE_LEFT,
            closure_note="Zoe ha cambiato azienda.",
        )
    )
    goal = store.add_goal(
        Goal(
            pair_id=active_pair,
            participant_id=mentee,
            title="Parlare in pubblico",
            target_date=dt.date(2025, 6, 30),
            status=GoalStatus.ON_TRACK,
        )
    )
    store.add_goal_step(GoalStep(goal_id=goal, text="Preparare un talk", owner=StepOwner.MENTEE))
    store.add_session(
        Session(pair_id=active_pair, date=dt.date(2025, 2, 10), format=SessionFormat.IN_PERSON)
    )
    store.add_session(Session(pair_id=active_pair, date=dt.date(2025, 2, 24)))
    store.add_feedback(
        Feedback(
            participant_id=mentee,
            pair_id=active_pair,
            round="Metà percorso",
            date=dt.date(2025, 4, 1),
            answers={"satisfaction": 5, "comment": "Отлично"},
        )
    )
    store.add_feedback(
        Feedback(participant_id=mentor, round="Metà percorso", date=dt.date(2025, 4, 2))
    )
    return Ids(mentor, mentee, both, withdrawn, active_pair, closed_pair, goal)


@pytest.fixture(scope="session")
def populated_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ids]:
    path = tmp_path_factory.mktemp("populated") / "populated.mentordesk"
    with Store.create(path, PROGRAM) as s:
        ids = populate(s)
    return path, ids


@pytest.fixture
def ids(populated_file: tuple[Path, Ids]) -> Ids:
    return populated_file[1]


@pytest.fixture
def populated_path(populated_file: tuple[Path, Ids], tmp_path: Path) -> Path:
    """A private copy of the populated file (closed, so the copy is the whole program)."""
    target = tmp_path / "populated.mentordesk"
    shutil.copyfile(populated_file[0], target)
    return target


@pytest.fixture
def populated(populated_path: Path) -> Iterator[Store]:
    with Store.open(populated_path) as s:
        yield s
