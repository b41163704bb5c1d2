"""The matching board, driven as a coordinator drives it: real drags with the mouse, the
keyboard, the buttons; each test checks what the board shows and what the file then holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog

from mentordesk.model.board import POOL, Board
from mentordesk.model.domain import MemberRole, PairStatus
from mentordesk.model.store import Store
from mentordesk.model.store_matching import RuleKind
from mentordesk.ui.board_models import CARD_ROLE, PERSON_ROLE
from mentordesk.ui.board_page import AssignDialog, BoardPage
from mentordesk.ui.main_window import MainWindow

from .conftest import DialogScript, ScriptedPrompts


@pytest.fixture
def page(window: MainWindow, qtbot: Any) -> BoardPage:
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Matching"))
    board_page = window.view.board
    qtbot.waitUntil(lambda: board_page.board is not None)
    return board_page


def store_of(page: BoardPage) -> Store:
    return page._store


def mentor_of(store: Store, mentee: int) -> tuple[int, PairStatus] | None:
    """The mentor and status of the open pair a mentee is in, as the file holds it."""
    for pair in store.pairs():
        if pair.status in (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED):
            ids = {m.participant_id: m.role for m in pair.members}
            if ids.get(mentee) is MemberRole.MENTEE:
                mentor = next(i for i, r in ids.items() if r is MemberRole.MENTOR)
                return mentor, pair.status
    return None


def pool_index(page: BoardPage, person: int) -> QModelIndex:
    for row, p in enumerate(page.pool_model.people):
        if p.id == person:
            return page.pool_model.index(row)
    raise AssertionError(f"{person} is not in the pool")


def drag(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    source: QAbstractItemView,
    index: QModelIndex,
    target: QAbstractItemView,
    target_index: QModelIndex | None,
) -> Qt.DropAction:
    """Press on a card, move past the drag distance; the drag lands on ``target_index``."""
    result: dict[str, Any] = {}

    def deliver(self: QDrag, *args: Any) -> Qt.DropAction:
        mime: QMimeData = self.mimeData()
        if target_index is not None:
            target.scrollTo(target_index)
        rect = target.visualRect(target_index) if target_index is not None else None
        point = QPointF(rect.center()) if rect is not None else QPointF(5, 5)
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.MoveAction, mime, buttons, mods)
        QApplication.sendEvent(target.viewport(), enter)
        move = QDragMoveEvent(point.toPoint(), Qt.DropAction.MoveAction, mime, buttons, mods)
        QApplication.sendEvent(target.viewport(), move)
        result["accepted"] = move.isAccepted()
        assert move.isAccepted(), "the target refused the drag"
        drop = QDropEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
        QApplication.sendEvent(target.viewport(), drop)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", deliver)
    source.scrollTo(index)
    start = source.visualRect(index).center()
    qtbot.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    distance = QApplication.startDragDistance() + 10
    qtbot.mouseMove(source.viewport(), start + QPoint(distance, distance))
    qtbot.mouseRelease(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert result, "the drag never started"
    return Qt.DropAction.MoveAction


def open_mentor(board: Board, mentee: int) -> int:
    """The best eligible mentor with a place for this mentee."""
    return board.best_partners(mentee)[0]


def test_dragging_a_mentee_onto_a_mentor_proposes_the_pair_and_undo_takes_it_back(
    page: BoardPage, window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    mentor = open_mentor(board, mentee)
    target = page.columns_model.column_row(mentor)
    drag(qtbot, monkeypatch, page.pool_view, pool_index(page, mentee), page.columns_view, target)

    store = store_of(page)
    assert mentor_of(store, mentee) == (mentor, PairStatus.PROPOSED)
    card = page.columns_model.person_index(mentee)  # the board shows it under the mentor
    assert card.isValid() and page.columns_model.columns[card.parent().row()].key == mentor
    assert str(round(board.score(mentor, mentee) or 0)) in card.data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert "Score" in card.data(Qt.ItemDataRole.ToolTipRole)  # hovering explains the badge
    assert mentee not in [p.id for p in page.pool_model.people]

    pair_ids = {p.id for p in store.pairs()}
    window.undo_action.trigger()
    assert mentor_of(store, mentee) is None
    assert mentee in [p.id for p in page.pool_model.people]
    window.redo_action.trigger()
    assert mentor_of(store, mentee) == (mentor, PairStatus.PROPOSED)
    assert {p.id for p in store.pairs()} == pair_ids  # the same ids come back


def test_moving_a_proposal_to_another_mentor_and_back_to_the_pool(
    page: BoardPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    first, second = board.best_partners(mentee)[:2]
    page.on_drop(mentee, first)
    index = page.columns_model.person_index(mentee)
    drag(
        qtbot,
        monkeypatch,
        page.columns_view,
        index,
        page.columns_view,
        page.columns_model.column_row(second),
    )
    assert mentor_of(store_of(page), mentee) == (second, PairStatus.PROPOSED)

    index = page.columns_model.person_index(mentee)
    drag(qtbot, monkeypatch, page.columns_view, index, page.pool_view, None)
    assert mentor_of(store_of(page), mentee) is None
    assert mentee in [p.id for p in page.pool_model.people]


def test_a_full_mentor_refuses_the_drop_with_a_visible_reason(
    page: BoardPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = page.board
    assert board is not None
    full = next(c for c in board.columns if c.places_left == 0 and c.capacity > 0)
    mentee = board.pool[0].id or 0
    before = store_of(page).pairs()
    drag(
        qtbot,
        monkeypatch,
        page.pool_view,
        pool_index(page, mentee),
        page.columns_view,
        page.columns_model.column_row(full.key),
    )
    assert page.notice.isVisible()
    assert f"{full.title} has no place left" in page.notice.text()
    assert store_of(page).pairs() == before


def test_an_ineligible_drop_asks_first_and_respects_the_answer(
    page: BoardPage, prompts: ScriptedPrompts
) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    mentor = open_mentor(board, mentee)
    store_of(page).set_pair_rule(mentor, mentee, RuleKind.NEVER, True)
    assert page.board is not None and not page.board.eligible(mentor, mentee)

    prompts.confirm_answers = [False, True]
    assert not page.on_drop(mentee, mentor)
    assert "ruled out pairing" in prompts.asked[0] and mentor_of(store_of(page), mentee) is None
    assert page.on_drop(mentee, mentor)  # "Pair Anyway"
    assert mentor_of(store_of(page), mentee) == (mentor, PairStatus.PROPOSED)
    card = page.columns_model.person_index(mentee).data(CARD_ROLE)
    assert card.badge.endswith(" !")  # the badge keeps showing the rule was overridden


def test_selecting_a_mentee_stars_its_three_best_mentors(page: BoardPage) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    page.pool_view.setCurrentIndex(pool_index(page, mentee))
    best = board.best_partners(mentee)
    assert len(best) == 3
    for rank, key in enumerate(best, start=1):
        card = page.columns_model.column_row(key).data(CARD_ROLE)
        assert card.rank == rank


def test_keyboard_only_enter_assigns_to_the_best_mentor(
    page: BoardPage, dialogs: DialogScript, qtbot: Any
) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    best = board.best_partners(mentee)[0]
    page.pool_view.setFocus()
    page.pool_view.setCurrentIndex(pool_index(page, mentee))
    shown: list[str] = []

    def choose_first(dialog: QDialog) -> bool:
        assert isinstance(dialog, AssignDialog)
        shown.append(dialog.list.item(0).text())
        return True

    dialogs.steps.append(choose_first)
    qtbot.keyClick(page.pool_view, Qt.Key.Key_Return)
    assert shown and shown[0].startswith("★ ")
    assert mentor_of(store_of(page), mentee) == (best, PairStatus.PROPOSED)
    # Delete returns the selected card to the pool
    page.columns_view.setFocus()
    page.columns_view.setCurrentIndex(page.columns_model.person_index(mentee))
    qtbot.keyClick(page.columns_view, Qt.Key.Key_Delete)
    assert mentor_of(store_of(page), mentee) is None


def test_auto_match_fills_the_pool_confirm_makes_them_active_today_and_undo(
    page: BoardPage, window: MainWindow, qtbot: Any
) -> None:
    store = store_of(page)
    board = page.board
    assert board is not None
    pool = [p.id or 0 for p in board.pool]
    active_before = {p.id: p for p in store.pairs() if p.status is PairStatus.ACTIVE}
    qtbot.mouseClick(page.auto_button, Qt.MouseButton.LeftButton)
    matched = [m for m in pool if mentor_of(store, m) is not None]
    assert len(matched) == len(pool) - len(page.pool_model.people)
    assert matched, "the demo has mentors with places for its unmatched mentees"
    for column in page.board.columns if page.board else []:
        assert len(column.members) <= max(column.capacity, len(column.members))
    for pair_id, pair in active_before.items():  # active pairs kept as they were
        assert next(p for p in store.pairs() if p.id == pair_id) == pair

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    today = dt.date.today()
    for mentee in matched:
        assert mentor_of(store, mentee)[1] is PairStatus.ACTIVE  # type: ignore[index]
    assert all(
        p.start_date == today
        for p in store.pairs()
        if p.id not in active_before
        and p.status is PairStatus.ACTIVE
        and p.start_date
        and p.start_date >= today
    )
    assert not page.confirm_button.isEnabled()
    window.undo_action.trigger()  # back to proposed
    assert all(mentor_of(store, m)[1] is PairStatus.PROPOSED for m in matched)  # type: ignore[index]
    window.undo_action.trigger()  # auto-match undone
    assert all(mentor_of(store, m) is None for m in matched)


def test_active_pairs_cannot_be_dragged_and_locked_proposals_stay(
    page: BoardPage, qtbot: Any
) -> None:
    board = page.board
    assert board is not None
    active = next(pid for pid, (_key, pl) in board.placed.items() if pl.status is PairStatus.ACTIVE)
    index = page.columns_model.person_index(active)
    assert not index.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not page.on_drop(active, POOL)
    assert "kept as it is" in page.notice.text()

    mentee = board.pool[0].id or 0
    page.on_drop(mentee, board.best_partners(mentee)[0])
    page.columns_view.setFocus()
    page.columns_view.setCurrentIndex(page.columns_model.person_index(mentee))
    qtbot.keyClick(page.columns_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    mine = [
        p
        for p in store_of(page).pairs()
        if p.status is PairStatus.PROPOSED and mentee in {m.participant_id for m in p.members}
    ]
    assert [p.locked for p in mine] == [True]
    assert page.clear_button.isEnabled()  # the demo's own proposals are not locked
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(page.board.proposed_ids()) == 1 if page.board else False
    assert mentor_of(store_of(page), mentee) is not None  # the locked proposal stayed
    assert not page.on_drop(mentee, POOL)
    assert "locked" in page.notice.text()


def test_search_narrows_both_sides(page: BoardPage, qtbot: Any) -> None:
    board = page.board
    assert board is not None
    person = board.pool[0]
    qtbot.keyClicks(page.search, person.last_name)
    assert [p.id for p in page.pool_model.people] == [
        p.id
        for p in board.pool
        if person.last_name.casefold() in p.full_name.casefold()
        or person.last_name.casefold()
        in " ".join((p.department, *p.skills_wanted, *p.skills_offered)).casefold()
    ]
    names = [c.title for c in page.columns_model.columns]
    assert len(names) < len(board.columns)


def test_a_read_only_board_changes_nothing(
    page: BoardPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    monkeypatch.setattr(store_of(page), "read_only", True)
    page.reload()
    assert not page.auto_button.isEnabled()
    assert not page.on_drop(mentee, board.best_partners(mentee)[0])


def test_card_view_never_drags_an_active_pair_even_when_asked(
    page: BoardPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[Callable[..., Any]] = []
    monkeypatch.setattr(QDrag, "exec", lambda *a: called.append(a) or Qt.DropAction.IgnoreAction)
    page.columns_view.clearSelection()
    page.columns_view.startDrag(Qt.DropAction.MoveAction)
    assert not called
    assert page.columns_model.data(QModelIndex(), PERSON_ROLE) is None


def test_matching_settings_change_the_scores_and_undo_restores_them(
    page: BoardPage, window: MainWindow, dialogs: DialogScript, qtbot: Any
) -> None:
    from mentordesk.model.match_settings import Criterion, MatchSettings
    from mentordesk.ui.match_settings_dialog import MatchSettingsDialog

    board = page.board
    assert board is not None
    mentee = board.pool[0].id or 0
    mentor = board.best_partners(mentee)[0]
    before = board.score(mentor, mentee)

    def only_skills(dialog: QDialog) -> bool:
        assert isinstance(dialog, MatchSettingsDialog)
        for criterion, spin in dialog.weights.items():
            spin.setValue(10 if criterion is Criterion.SKILLS else 0)
        return True

    dialogs.steps.append(only_skills)
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    saved = store_of(page).match_settings()
    assert {c: w for c, w in saved.weights.items() if w} == {Criterion.SKILLS: 10}
    assert page.board is not None and page.board.score(mentor, mentee) != before
    window.undo_action.trigger()
    assert store_of(page).match_settings() == MatchSettings()
    assert page.board is not None and page.board.score(mentor, mentee) == before


# -- peer programs: groups as columns, a "new group" target, rotation rounds ---------------


@pytest.fixture
def peer_page(make_window: Callable[[], MainWindow], tmp_path: Any, qtbot: Any) -> BoardPage:
    from mentordesk.model.domain import Participant, Program, ProgramFormat, Role

    path = tmp_path / "Circles.mentordesk"
    departments = ["Sales", "Finance", "Product"]
    with Store.create(path, Program(name="Peer circles", format=ProgramFormat.PEER_GROUPS)) as s:
        s.add_participants(
            Participant(
                first_name=f"Peer{i}",
                last_name=f"Cohort{i:02d}",
                email=f"peer{i}@example.org",
                role=Role.BOTH,
                department=departments[i % 3],
                skills_offered=(f"Skill {i % 4}",),
                skills_wanted=(f"Skill {(i + 1) % 4}",),
            )
            for i in range(9)
        )
        s.set_match_settings(s.match_settings().__class__(group_size=3))
    window = make_window()
    assert window.open_file(path)
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Matching"))
    qtbot.waitUntil(lambda: window.view is not None and window.view.board.board is not None)
    return window.view.board


def groups(store: Store, status: PairStatus = PairStatus.PROPOSED) -> list[set[int]]:
    return [{m.participant_id for m in p.members} for p in store.pairs() if p.status is status]


def test_peer_board_new_group_join_and_leave(
    peer_page: BoardPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = peer_page.board
    assert board is not None and board.peers
    assert peer_page.pool_label.text().startswith("&Not in a group (9)")
    first, second = (p.id or 0 for p in board.pool[:2])
    new_group = peer_page.columns_model.index(len(peer_page.columns_model.columns) - 1, 0)
    assert "New group" in new_group.data(Qt.ItemDataRole.DisplayRole)
    drag(
        qtbot,
        monkeypatch,
        peer_page.pool_view,
        pool_index(peer_page, first),
        peer_page.columns_view,
        new_group,
    )
    assert groups(store_of(peer_page)) == [{first}]
    [pair_id] = [c.key for c in peer_page.board.columns] if peer_page.board else []
    drag(
        qtbot,
        monkeypatch,
        peer_page.pool_view,
        pool_index(peer_page, second),
        peer_page.columns_view,
        peer_page.columns_model.column_row(pair_id),
    )
    assert groups(store_of(peer_page)) == [{first, second}]
    peer_page.on_drop(first, POOL)
    assert groups(store_of(peer_page)) == [{second}]
    peer_page.on_drop(second, POOL)  # the last one out: the empty group goes
    assert groups(store_of(peer_page)) == []


def test_peer_auto_match_then_rounds_where_nobody_meets_twice(
    peer_page: BoardPage, qtbot: Any
) -> None:
    store = store_of(peer_page)
    qtbot.mouseClick(peer_page.auto_button, Qt.MouseButton.LeftButton)
    first_round = groups(store)
    assert sorted(len(g) for g in first_round) == [3, 3, 3]
    qtbot.mouseClick(peer_page.confirm_button, Qt.MouseButton.LeftButton)
    met = {frozenset((a, b)) for g in first_round for a in g for b in g if a < b}
    assert peer_page.round_button.isVisible()
    qtbot.mouseClick(peer_page.round_button, Qt.MouseButton.LeftButton)
    second_round = groups(store)
    assert second_round and all(
        frozenset((a, b)) not in met for g in second_round for a in g for b in g if a < b
    )
    assert groups(store, PairStatus.CLOSED) == first_round  # the first round ended today
    assert "round 1" in peer_page.columns_label.text()
    window = peer_page.window()
    assert isinstance(window, MainWindow)
    window.undo_action.trigger()
    assert groups(store, PairStatus.ACTIVE) == first_round and groups(store) == []

    rounds = 1
    while True:  # confirm each round and start the next, until nobody new can meet
        qtbot.mouseClick(peer_page.round_button, Qt.MouseButton.LeftButton)
        if peer_page.notice.isVisible():
            break
        new = groups(store)
        pairs = [frozenset((a, b)) for g in new for a in g for b in g if a < b]
        assert not met & set(pairs), "someone met a person they had met already"
        met |= set(pairs)
        rounds += 1
        qtbot.mouseClick(peer_page.confirm_button, Qt.MouseButton.LeftButton)
        assert rounds < 10
    assert "Everyone has met everyone" in peer_page.notice.text()
    assert rounds >= 3 and len(met) <= 36


def test_an_edited_participant_shows_on_the_board_at_once(page: BoardPage) -> None:
    import dataclasses

    board = page.board
    assert board is not None
    person = board.pool[0]
    store_of(page).update_participant(dataclasses.replace(person, department="Research Lab"))
    card = page.pool_model.data(pool_index(page, person.id or 0), CARD_ROLE)
    assert "Research Lab" in card.details  # people and scores were read again
    assert page.board is not board


def test_the_matching_page_is_built_when_first_shown(window: MainWindow) -> None:
    view = window.view
    assert view is not None
    assert view._board is None  # noqa: SLF001 (not built at start-up: numpy waits)
    view.nav.setCurrentRow(3)  # the coordinator clicks "Matching"
    board = view._board  # noqa: SLF001
    assert board is not None and view.pages.currentWidget() is board is view.board
    assert view.pages.indexOf(board) == 3 and view.pages.count() == view.nav.count()
    assert board.pool_model.rowCount() > 0
