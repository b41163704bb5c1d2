"""The demo program's resource library and workshops: resources that match what the mentees
want, so every active mentored pair is offered something, and two workshops with attendance."""

from __future__ import annotations

import datetime as dt

from mentordesk.model.demo import demo_store
from mentordesk.model.domain import MemberRole, PairStatus
from mentordesk.model.library import ResourceKind

TODAY = dt.date(2026, 3, 1)


def test_the_demo_library_serves_the_pairs() -> None:
    with demo_store(TODAY) as store:
        resources = store.resources()
        assert len(resources) == 8
        assert {r.kind for r in resources} == set(ResourceKind)
        [with_file] = [r for r in resources if r.has_file]
        file = store.resource_file(with_file.id or 0)
        assert file is not None and file.data.decode().startswith("Northwind Growth Mentoring")
        assert all(r.link.startswith("https://") for r in resources if not r.has_file)
        wanted = store.wanted_skills()
        assert wanted[:3] == ["Leadership", "Presentation skills", "Public speaking"]
        active = [p for p in store.pairs() if p.status is PairStatus.ACTIVE]
        mentored = [p for p in active if any(m.role is MemberRole.MENTEE for m in p.members)]
        offered = [p for p in mentored if store.suggest_resources(p.id or 0)]
        assert len(offered) >= len(mentored) - 2


def test_the_demo_workshops_have_attendance() -> None:
    with demo_store(TODAY) as store:
        trainings = store.trainings()
        assert [t.title for t in trainings] == [
            "Midpoint check: reviewing your goals",
            "Giving and receiving feedback",
            "Mentor orientation",
        ]
        counts = store.attendance_counts()
        past = [t for t in trainings if t.date < TODAY]
        assert len(past) == 2 and all(counts[t.id or 0] >= 10 for t in past)
        assert trainings[0].date > TODAY and (trainings[0].id or 0) not in counts
        orientation = trainings[-1]
        assert orientation.required and orientation.resource_id is not None
        mentors = {p.id for p in store.participants() if p.role.value == "mentor"}
        assert store.attendance(orientation.id or 0) <= mentors
