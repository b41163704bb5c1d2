"""The Pairs page, driven as a coordinator drives it on the demo program: the search, the status
filter and the "needs attention" toggle; each test checks what the table shows and, for edits,
what the file then holds."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentordesk.model.domain import GoalStatus, PairStatus, SessionStatus
from mentordesk.model.store import Store
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pairs_model import (
    GOALS,
    ID_ROLE,
    MEMBERS,
    SESSIONS,
    SINCE,
    STATUS,
)
from mentordesk.ui.pairs_page import PairsPage


@pytest.fixture
def page(window: MainWindow, qtbot: Any) -> PairsPage:
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    pairs_page = window.view.pairs
    qtbot.waitUntil(lambda: pairs_page.table_model.total > 0)
    return pairs_page


def store_of(page: PairsPage) -> Store:
    return page._store


def shown_ids(page: PairsPage) -> list[int]:
    model = page.table.model()
    return [int(model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]


def cell(page: PairsPage, pair_id: int, column: int) -> str:
    model = page.table.model()
    row = shown_ids(page).index(pair_id)
    return str(model.index(row, column).data() or "")


def test_table_shows_every_pair_with_its_figures(page: PairsPage) -> None:
    store = store_of(page)
    pairs = store.pairs()
    assert sorted(shown_ids(page)) == sorted(p.id for p in pairs if p.id is not None)
    assert page.count_label.text() == f"{len(pairs)} pairs and groups"
    names = {p.id: p.full_name for p in store.participants()}
    today = dt.date.today()
    for pair in pairs:
        assert pair.id is not None
        title = cell(page, pair.id, MEMBERS)
        assert all(names[m.participant_id] in title for m in pair.members)
        assert cell(page, pair.id, STATUS) == pair.status.label
        held = [s for s in store.sessions(pair.id) if s.status is SessionStatus.HELD]
        assert cell(page, pair.id, SESSIONS) == str(len(held))
        since = str((today - max(s.date for s in held)).days) if held else ""
        assert cell(page, pair.id, SINCE) == since
        goals = Counter(g.status for g in store.goals() if g.pair_id == pair.id)
        if goals[GoalStatus.OFF_TRACK]:
            assert f"{goals[GoalStatus.OFF_TRACK]} off track" in cell(page, pair.id, GOALS)
    group = next(p for p in pairs if len(p.members) > 2)
    assert group.id is not None and cell(page, group.id, MEMBERS).startswith(group.name)


def test_sorting_by_sessions(page: PairsPage) -> None:
    page.table.sortByColumn(SESSIONS, Qt.SortOrder.DescendingOrder)
    model = page.table.model()
    counts = [int(model.index(r, SESSIONS).data()) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_filter_by_status_search_and_needs_attention(qtbot: Any, page: PairsPage) -> None:
    store = store_of(page)
    pairs = store.pairs()
    paused = {p.id for p in pairs if p.status is PairStatus.PAUSED}
    page.status_filter.setFocus()
    page.status_filter.setCurrentIndex(page.status_filter.findText("Paused"))
    assert set(shown_ids(page)) == paused
    assert page.count_label.text() == f"Showing {len(paused)} of {len(pairs)} pairs"
    assert page.clear_filters_button.isVisible()

    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(page)) == len(pairs)

    # Search by a member's name, as typed, accents and case aside.
    person = store.participants()[0]
    qtbot.keyClicks(page.search, person.last_name.upper())
    expected = {
        p.id
        for p in pairs
        if any(
            q.last_name == person.last_name
            for q in store.participants()
            if q.id in {m.participant_id for m in p.members}
        )
    }
    assert set(shown_ids(page)) == expected and expected
    page.search.clear()

    # Needs attention: active, quiet longer than cadence + grace, or a goal off track.
    program = store.program()
    limit = program.cadence_days + program.grace_days
    today = dt.date.today()
    off = {g.pair_id for g in store.goals() if g.status is GoalStatus.OFF_TRACK}
    page.attention.click()
    shown = set(shown_ids(page))
    assert shown and page.attention.text() == f"Needs &attention ({len(shown)})"
    for pair in pairs:
        held = [s.date for s in store.sessions(pair.id) if s.status is SessionStatus.HELD]
        since = max([*held, *([pair.start_date] if pair.start_date else [])], default=None)
        quiet = since is not None and (today - since).days > limit
        wanted = pair.status is PairStatus.ACTIVE and (quiet or pair.id in off)
        assert (pair.id in shown) == wanted, pair
    page.status_filter.setCurrentIndex(page.status_filter.findText("Closed"))
    assert shown_ids(page) == []
    assert page.count_label.text() == f"Showing 0 of {len(pairs)} pairs"


def test_page_follows_changes_made_elsewhere(page: PairsPage, demo_file: Path) -> None:
    store = store_of(page)
    pair = next(p for p in store.pairs() if p.status is PairStatus.ACTIVE)
    assert pair.id is not None
    store.change_pair_status(pair.id, PairStatus.PAUSED, dt.date.today())
    assert cell(page, pair.id, STATUS) == "Paused"
