"""Intake (issue 7), driven as a coordinator does: tick a participant's checklist and see them
appear on the matching board; bulk ticks and stages from the Participants page, undone; the
Program Settings' Intake tab; the Overview's figures; the Today item of an expiring check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QInputDialog, QLineEdit, QMenu

from mentordesk.model.intake import Stage
from mentordesk.model.store import Store
from mentordesk.model.today import TodayKind
from mentordesk.ui.intake_dialog import IntakeDialog, TickDialog
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.participants_model import ID_ROLE, INTAKE
from mentordesk.ui.participants_page import ParticipantsPage
from mentordesk.ui.program_dialog import ProgramDialog

from .conftest import DialogScript


def on_file(path: Path) -> Store:
    return Store.open(path, read_only=True)


def participants(window: MainWindow) -> ParticipantsPage:
    assert window.view is not None
    window.view.show_page(window.view.participants)
    return window.view.participants


def shown(page: ParticipantsPage) -> dict[str, str]:
    """Name -> intake stage, as the table shows them."""
    model = page.table.model()
    return {
        model.index(r, 0).data(): model.index(r, INTAKE).data() for r in range(model.rowCount())
    }


def select(page: ParticipantsPage, demo_file: Path, *names: str) -> list[int]:
    with on_file(demo_file) as store:
        ids = [p.id or 0 for p in store.participants() if p.full_name in names]
    page.select_ids(ids)
    return ids


def board_pool(window: MainWindow, qtbot: Any) -> list[str]:
    assert window.view is not None
    window.view.show_page(window.view.board)
    board = window.view.board
    qtbot.waitUntil(lambda: board.board is not None and not board._stale)
    return [p.full_name for p in board.pool_model.people]


def menu_action(menu: QMenu, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def test_ticking_the_checklist_puts_a_mentee_on_the_board(
    window: MainWindow, demo_file: Path, dialogs: DialogScript, qtbot: Any
) -> None:
    assert "Yana Koleva" not in board_pool(window, qtbot)
    assert window.view is not None
    waiting = window.view.board.waiting_label
    assert waiting.isVisible() and waiting.text() == "2 not ready yet: screening incomplete"
    assert "Yana Koleva (mentee): screening incomplete" in waiting.toolTip()

    page = participants(window)
    page.intake_filter.setCurrentIndex(page.intake_filter.findData("not_ready"))
    assert shown(page) == {"Olivia Bennett": "Applied", "Yana Koleva": "Applied"}
    select(page, demo_file, "Yana Koleva")

    def tick(dialog: QDialog) -> bool:
        assert isinstance(dialog, IntakeDialog)
        assert "screening incomplete" in dialog.summary.text()
        for name in ("Interview held", "Agreement signed"):
            row = dialog.row_of(name)
            box = dialog.checklist.cellWidget(row, 0)
            assert isinstance(box, QCheckBox)
            # On the box itself: the cell is wider than the box and its words.
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            who = dialog.checklist.cellWidget(row, 2)
            assert isinstance(who, QLineEdit)
            qtbot.keyClicks(who, "Maria")
        return True

    dialogs.steps.append(tick)
    page.intake.update_menu()
    page.intake.details_action.trigger()
    with on_file(demo_file) as store:
        yana = next(p.id or 0 for p in store.participants() if p.full_name == "Yana Koleva")
        assert {c.checked_by for c in store.screening_checks(yana)} == {"Maria"}
        assert store.intake_statuses(window.services.today())[yana].stage is Stage.READY
    assert shown(page) == {"Olivia Bennett": "Applied"}  # Yana left the "not ready" filter

    assert "Yana Koleva" in board_pool(window, qtbot)
    assert waiting.text() == "1 not ready yet: screening incomplete"

    window.undo_action.trigger()
    assert "Yana Koleva" not in board_pool(window, qtbot)


def test_bulk_tick_and_stage_from_the_participants_page_and_undo(
    window: MainWindow, demo_file: Path, dialogs: DialogScript, qtbot: Any
) -> None:
    page = participants(window)
    ids = select(page, demo_file, "Olivia Bennett", "Yana Koleva")

    def when_and_who(dialog: QDialog) -> bool:
        assert isinstance(dialog, TickDialog)
        qtbot.keyClicks(dialog.checked_by, "Sam")
        return True

    dialogs.steps.append(when_and_who)
    page.intake.update_menu()
    menu_action(page.intake.tick_menu, "Agreement signed").trigger()
    with on_file(demo_file) as store:
        agreement = next(i.id for i in store.screening_items() if i.name == "Agreement signed")
        ticked = {c.participant_id for c in store.screening_checks() if c.item_id == agreement}
        assert set(ids) <= ticked

    def reason(dialog: QDialog) -> bool:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("No references yet")
        return True

    dialogs.steps.append(reason)
    menu_action(page.intake.stage_menu, "Not accepted").trigger()
    assert shown(page)["Olivia Bennett"] == "Not accepted"
    with on_file(demo_file) as store:
        status = store.intake_statuses(window.services.today())[ids[0]]
        assert (status.stage, status.reason) == (Stage.NOT_ACCEPTED, "No references yet")
    assert window.undo_stack.undoText() == "Move 2 participants to “Not accepted”"

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert shown(page)["Olivia Bennett"] == "Applied"
    with on_file(demo_file) as store:
        assert not any(c.item_id == agreement for c in store.screening_checks(ids[1]))
    index = page.table.model().index(0, INTAKE)
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.table.model().index(0, 0).data(ID_ROLE)


def test_program_settings_edit_the_checklist_and_targets_in_one_undo_step(
    window: MainWindow, demo_file: Path, dialogs: DialogScript, qtbot: Any
) -> None:
    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgramDialog)
        dialog.tabs.setCurrentWidget(dialog.intake)
        tab = dialog.intake
        assert [i.name for i in tab.checklist()][:2] == ["Interview held", "References checked"]
        tab.target_mentors.setValue(40)
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        row = tab.table.rowCount() - 1
        item = tab.table.item(row, 0)
        assert item is not None
        item.setText("Consent to data use")
        assert dialog.ok_button.isEnabled()
        item.setText("interview held")  # twice the same name: refused
        assert not dialog.ok_button.isEnabled()
        item.setText("Consent to data use")
        return True

    dialogs.steps.append(edit)
    window.settings_action.trigger()
    with on_file(demo_file) as store:
        assert store.intake_settings().target_mentors == 40
        assert store.screening_items()[-1].name == "Consent to data use"
    window.undo_action.trigger()
    with on_file(demo_file) as store:
        assert store.intake_settings().target_mentors == 22
        assert "Consent to data use" not in [i.name for i in store.screening_items()]


def test_overview_and_today_show_intake(
    window: MainWindow, demo_file: Path, dialogs: DialogScript, qtbot: Any
) -> None:
    assert window.view is not None
    overview = window.view.overview
    window.view.show_page(overview)
    tiles = overview.intake.stage_tiles
    assert (tiles[Stage.APPLIED].count, tiles[Stage.WITHDRAWN].count) == (2, 2)
    assert overview.intake.bars["mentors"].format() == "18 of 22"
    qtbot.mouseClick(tiles[Stage.APPLIED], Qt.MouseButton.LeftButton)
    page = window.view.participants
    assert set(shown(page)) == {"Olivia Bennett", "Yana Koleva"}

    today = window.view.today_page
    window.view.show_page(today)
    while not any(r.item.kind is TodayKind.CHECK_EXPIRING for r in today.rows):
        qtbot.mouseClick(today.scroll_area.more_button, Qt.MouseButton.LeftButton)
    [row] = [r for r in today.rows if r.item.kind is TodayKind.CHECK_EXPIRING]
    assert row.item.subject == "Giulia Rossi"
    assert row.button.text() == "Intake…"
    dialogs.steps.append(lambda d: isinstance(d, IntakeDialog) and False)
    row.button.setFocus()
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    assert not dialogs.steps
    assert window.view.pages.currentWidget() is page


def test_a_stage_set_by_hand_in_the_intake_dialog_and_back_to_the_rules(
    window: MainWindow, demo_file: Path, dialogs: DialogScript, qtbot: Any
) -> None:
    page = participants(window)
    [olivia] = select(page, demo_file, "Olivia Bennett")

    def ready(dialog: QDialog) -> bool:
        assert isinstance(dialog, IntakeDialog)
        assert not dialog.reason.isEnabled()
        dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.READY))
        return True

    dialogs.steps.append(ready)
    page.intake.show_details()
    assert shown(page)["Olivia Bennett"] == "Ready"
    assert "Olivia Bennett" not in board_pool(window, qtbot)  # a mentor: a column, not a card
    assert window.view is not None
    assert olivia in [c.key for c in window.view.board.board.columns]  # type: ignore[union-attr]

    def back_to_the_rules(dialog: QDialog) -> bool:
        assert isinstance(dialog, IntakeDialog)
        assert "set by hand" in dialog.summary.text()
        dialog.stage.setCurrentIndex(0)
        return True

    page = participants(window)
    dialogs.steps.append(back_to_the_rules)
    page.intake.open_intake(olivia)
    assert shown(page)["Olivia Bennett"] == "Applied"
    window.undo_action.trigger()
    assert shown(page)["Olivia Bennett"] == "Ready"
