"""Python's garbage collector is paused while an import reads, previews and writes, and always
restored: after an import, after one that fails halfway, and left off where it was off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from mentordesk.model.domain import Program
from mentordesk.model.roster_apply import apply
from mentordesk.model.roster_import import preview
from mentordesk.model.roster_plan import guess_plan
from mentordesk.model.roster_rows import read_candidates
from mentordesk.model.sheets import paused_gc
from mentordesk.model.store import Store

from .test_roster_rows import book

ROSTER = book(
    ["First name", "Last name", "E-mail"],
    *[[f"F{i}", f"L{i}", f"p{i}@example.org"] for i in range(2500)],
    name="mentees",
)


@pytest.fixture(autouse=True)
def collector() -> Iterator[None]:
    """The collector on when a test starts, and as it was before once it ends."""
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def stop(_done: int, _total: int) -> None:
    raise KeyboardInterrupt  # the coordinator pressed Cancel


def test_the_collector_is_off_while_an_import_runs_and_on_again_after() -> None:
    on: list[bool] = []
    with Store.in_memory(Program(name="Test")) as store:
        result = preview(
            store, ROSTER, guess_plan(ROSTER), progress=lambda *_: on.append(gc.isenabled())
        )
        assert gc.isenabled()
        apply(store, result, lambda *_: on.append(gc.isenabled()))
        assert gc.isenabled()
        assert len(store.participants()) == 2500
    assert len(on) > 3 and not any(on)


@pytest.mark.parametrize("phase", ["read", "preview", "write"])
def test_the_collector_is_on_again_after_an_import_that_fails(phase: str) -> None:
    plan = guess_plan(ROSTER)
    with Store.in_memory(Program(name="Test")) as store:
        with pytest.raises(KeyboardInterrupt):
            if phase == "read":
                read_candidates(ROSTER, plan, progress=stop)
            elif phase == "preview":
                preview(store, ROSTER, plan, progress=stop)
            else:
                apply(store, preview(store, ROSTER, plan), stop)
        assert gc.isenabled()
        assert store.participants() == []


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with Store.in_memory(Program(name="Test")) as store:
        apply(store, preview(store, ROSTER, guess_plan(ROSTER)))
        assert not gc.isenabled()
        with pytest.raises(KeyboardInterrupt), paused_gc():
            raise KeyboardInterrupt
        assert not gc.isenabled()


def test_a_paused_collector_still_frees_what_the_import_drops() -> None:
    # Reference counting frees garbage without the collector: only cycles would wait.
    with paused_gc():
        before = len(gc.get_objects())
        for _ in range(3):
            read_candidates(ROSTER, guess_plan(ROSTER))
        assert len(gc.get_objects()) < before + 1000
