"""The Participants page, driven as a coordinator does: type, click, press keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialog

from mentordesk.model.domain import ClosureReason, PairStatus, ParticipantStatus, Role
from mentordesk.model.store import Store
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.participant_dialog import ParticipantDialog
from mentordesk.ui.participants_model import DEPARTMENT, EMAIL, ID_ROLE, LEVEL, NAME, STATUS


def on_file(path: Path) -> Store:
    """A read-only look at what the file holds now (the window keeps it open)."""
    return Store.open(path, read_only=True)


def page(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.view is not None
    window.view.show_page(window.view.participants)
    return window.view.participants


def visible_column(p, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.table.model().index(r, column).data() for r in range(p.table.model().rowCount())]


def select_rows(p, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    selection = p.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            p.table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_table_lists_everyone_sorted_by_last_name(window: MainWindow, demo_file: Path) -> None:
    p = page(window)
    with on_file(demo_file) as store:
        people = store.participants()
    assert p.table.model().rowCount() == len(people) >= 30
    by_last_name = sorted(people, key=lambda x: (x.last_name.casefold(), x.first_name.casefold()))
    assert visible_column(p, NAME) == [x.full_name for x in by_last_name]
    assert p.count_label.text() == f"{len(people)} participants"


def test_search_filters_as_you_type(qtbot, window: MainWindow, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    with on_file(demo_file) as store:
        people = store.participants()
    skill = people[0].skills_offered[0] if people[0].skills_offered else people[0].department
    expected = {
        x.full_name
        for x in people
        if skill.casefold()
        in " ".join(
            [x.first_name, x.last_name, x.email, x.department, *x.skills_offered, *x.skills_wanted]
        ).casefold()
    }
    qtbot.keyClicks(p.search, skill.lower())
    assert set(visible_column(p, NAME)) == expected
    assert p.count_label.text() == f"Showing {len(expected)} of {len(people)} participants"
    assert p.clear_filters_button.isVisible()

    # A word that matches nobody, then clearing.
    p.search.clear()
    qtbot.keyClicks(p.search, "zzqx")
    assert p.table.model().rowCount() == 0
    qtbot.mouseClick(p.clear_filters_button, Qt.MouseButton.LeftButton)
    assert p.table.model().rowCount() == len(people)
    assert p.search.text() == ""


def test_role_and_status_filters(window: MainWindow, demo_file: Path) -> None:
    p = page(window)
    with on_file(demo_file) as store:
        people = store.participants()
    p.role_filter.setCurrentIndex(p.role_filter.findData(Role.MENTOR))
    p.status_filter.setCurrentIndex(p.status_filter.findData(ParticipantStatus.ACTIVE))
    expected = {
        x.email for x in people if x.role == Role.MENTOR and x.status == ParticipantStatus.ACTIVE
    }
    assert set(visible_column(p, EMAIL)) == expected
    assert 0 < len(expected) < len(people)


def test_add_participant_validates_as_you_type(
    qtbot,
    window: MainWindow,
    dialogs,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    p = page(window)
    with on_file(demo_file) as store:
        taken = store.participants()[0].email
        before = len(store.participants())
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ParticipantDialog)
        seen["ok_at_start"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.first_name, "Grace")
        qtbot.keyClicks(dialog.last_name, "Hopper")
        qtbot.keyClicks(dialog.email, "grace.example.org")
        seen["bad_email"] = dialog.errors["email"].text()
        seen["ok_with_bad_email"] = dialog.ok_button.isEnabled()
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, taken.upper())
        seen["taken_email"] = dialog.errors["email"].text()
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "grace.hopper@example.org")
        seen["fixed"] = dialog.errors["email"].isVisible()
        dialog.role.setCurrentIndex(dialog.role.findData(Role.MENTOR))
        qtbot.keyClicks(dialog.skills_offered, "COBOL, compilers; COBOL")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(fill)
    qtbot.mouseClick(p.add_button, Qt.MouseButton.LeftButton)

    assert seen["ok_at_start"] is False
    assert "not a valid e-mail" in str(seen["bad_email"])
    assert seen["ok_with_bad_email"] is False
    assert "already has this e-mail" in str(seen["taken_email"])
    assert seen["fixed"] is False
    assert "Grace Hopper" in visible_column(p, NAME)
    assert p.selected_ids(), "the new participant is selected"
    with on_file(demo_file) as store:
        grace = [x for x in store.participants() if x.email == "grace.hopper@example.org"]
        assert len(store.participants()) == before + 1
    assert grace[0].role == Role.MENTOR and grace[0].capacity == 1
    assert grace[0].skills_offered == ("COBOL", "compilers")

    window.undo_action.trigger()
    assert "Grace Hopper" not in visible_column(p, NAME)
    with on_file(demo_file) as store:
        assert len(store.participants()) == before
    window.redo_action.trigger()
    assert "Grace Hopper" in visible_column(p, NAME)
    with on_file(demo_file) as store:
        assert len(store.participants()) == before + 1


def test_cancelled_dialog_changes_nothing(
    qtbot,
    window: MainWindow,
    dialogs,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    p = page(window)
    before = demo_file.read_bytes()

    def cancel(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.first_name, "Nobody")  # type: ignore[attr-defined]
        dialog.reject()
        return False

    dialogs.steps.append(cancel)
    qtbot.mouseClick(p.add_button, Qt.MouseButton.LeftButton)
    assert "Nobody" not in " ".join(visible_column(p, NAME))
    assert not window.undo_stack.canUndo()
    assert demo_file.read_bytes() == before


def test_edit_by_double_click_and_undo(
    qtbot,
    window: MainWindow,
    dialogs,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    p = page(window)
    target = p.table.model().index(0, NAME)
    pid = int(p.table.model().index(0, 0).data(ID_ROLE))

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.ok_button.text() == "Save"
        dialog.department.setCurrentText("")
        qtbot.keyClicks(dialog.department.lineEdit(), "Research Lab")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return True

    dialogs.steps.append(edit)
    rect = p.table.visualRect(target)
    # A real double-click is press, release, double-click: item views ignore a lone one.
    qtbot.mouseClick(p.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(p.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not dialogs.steps, "the double-click opened the dialog"
    with on_file(demo_file) as store:
        assert store.participant(pid).department == "Research Lab"
    window.undo_action.trigger()
    with on_file(demo_file) as store:
        assert store.participant(pid).department != "Research Lab"


def test_delete_asks_then_undo_restores_pairs(
    qtbot,
    window: MainWindow,
    prompts,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    p = page(window)
    with on_file(demo_file) as store:
        in_pairs = store.pair_statuses_by_participant()
        members_before = sum(len(x.members) for x in store.pairs())
    paired = next(iter(in_pairs))
    p.show_filtered()
    p.select_ids([paired])
    p.table.setFocus()

    prompts.confirm_answers.append(False)  # first they change their mind
    qtbot.keyClick(p.table, Qt.Key.Key_Delete)
    assert len(prompts.asked) == 1 and "undo" in prompts.asked[0].lower()
    with on_file(demo_file) as store:
        assert any(x.id == paired for x in store.participants())

    prompts.confirm_answers.append(True)
    qtbot.keyClick(p.table, Qt.Key.Key_Delete)
    with on_file(demo_file) as store:
        assert not any(x.id == paired for x in store.participants())
        assert sum(len(x.members) for x in store.pairs()) < members_before
    assert window.undo_action.text().startswith("&Undo Delete")

    window.undo_action.trigger()
    with on_file(demo_file) as store:
        assert any(x.id == paired for x in store.participants())
        assert sum(len(x.members) for x in store.pairs()) == members_before


def test_change_status_of_many(window: MainWindow, demo_file: Path) -> None:
    p = page(window)
    select_rows(p, [0, 1, 2])
    ids = p.selected_ids()
    assert len(ids) == 3 and p.status_button.isEnabled() and not p.edit_button.isEnabled()
    withdrawn = [a for a in p.status_menu.actions() if a.text() == "Withdrawn"][0]
    withdrawn.trigger()
    with on_file(demo_file) as store:
        assert {store.participant(i).status for i in ids} == {ParticipantStatus.WITHDRAWN}
    assert {p.table.model().index(r, STATUS).data() for r in range(3)} == {"Withdrawn"}
    assert sorted(p.selected_ids()) == sorted(ids), "the selection survives the change"
    window.undo_action.trigger()
    with on_file(demo_file) as store:
        assert any(store.participant(i).status != ParticipantStatus.WITHDRAWN for i in ids)


def test_undo_redo_keyboard_shortcuts(qtbot, window: MainWindow, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    select_rows(p, [0])
    pid = p.selected_ids()[0]
    with on_file(demo_file) as store:
        original = store.participant(pid).status
    target = next(s for s in ParticipantStatus if s != original)
    p.set_status_of_selected(target)
    window.activateWindow()
    qtbot.keyClick(p.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with on_file(demo_file) as store:
        assert store.participant(pid).status == original
    qtbot.keyClick(
        p.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with on_file(demo_file) as store:
        assert store.participant(pid).status == target


def test_header_click_sorts_and_keeps_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    header = p.table.horizontalHeader()
    select_rows(p, [3])
    chosen = p.selected_ids()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(LEVEL)
    with on_file(window.view.store.path) as store:  # type: ignore[union-attr, arg-type]
        levels = store.program().career_levels
    shown = [levels.index(level) for level in visible_column(p, LEVEL)]
    assert shown == sorted(shown), "career levels sort in the program's order, not A to Z"
    assert p.selected_ids() == chosen
    click(LEVEL)
    shown = [levels.index(level) for level in visible_column(p, LEVEL)]
    assert shown == sorted(shown, reverse=True)
    click(DEPARTMENT)
    departments = [d.casefold() for d in visible_column(p, DEPARTMENT)]
    assert departments == sorted(departments)
    assert p.selected_ids() == chosen


def test_search_ignores_accents_and_case(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    p = page(window)
    qtbot.keyClicks(p.search, "CHLOE")
    assert visible_column(p, NAME) == ["Chloé Martin"]
    p.search.clear()
    qtbot.keyClicks(p.search, "chlo")
    p.search.insert("é")  # QTest types ASCII only; an input method inserts text like this
    assert visible_column(p, NAME) == ["Chloé Martin"]


def test_delete_says_which_pairs_close_and_undo_reopens_them(
    qtbot,
    window: MainWindow,
    prompts,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    with on_file(demo_file) as store:
        pair = next(
            x for x in store.pairs() if x.status == PairStatus.ACTIVE and len(x.members) == 2
        )
    mentee = pair.members[-1].participant_id
    p = page(window)
    p.show_filtered()
    p.select_ids([mentee])
    prompts.confirm_answers.append(True)
    p.delete_selected()
    assert "Their 1 open pair will be closed as “Someone left the program”." in prompts.asked[0]
    with on_file(demo_file) as store:
        closed = store.pair(pair.id)
        assert (
            closed.status == PairStatus.CLOSED
            and closed.closure_reason == ClosureReason.SOMEONE_LEFT
        )
    window.undo_action.trigger()
    with on_file(demo_file) as store:
        assert store.pair(pair.id).status == PairStatus.ACTIVE
        assert [m.participant_id for m in store.pair(pair.id).members] == [
            m.participant_id for m in pair.members
        ]
