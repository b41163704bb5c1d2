"""The main window: Overview, program settings, the File menu, files open twice, bad files."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.model.domain import PairStatus, ParticipantStatus, Role
from mentordesk.model.store import Store
from mentordesk.ui.app import make_excepthook
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.participants_model import ID_ROLE
from mentordesk.ui.program_dialog import ProgramDialog


def test_overview_shows_counts_and_each_opens_the_list(
    qtbot,
    window: MainWindow,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert window.view is not None
    overview = window.view.overview
    with Store.open(demo_file, read_only=True) as store:
        counts = store.counts()
        program = store.program()
        statuses = store.pair_statuses_by_participant()
    assert overview.title.text() == program.name
    assert window.windowTitle() == f"{program.name} — {demo_file.name} — MentorDesk"
    assert overview.total_tile.count == counts.participants
    assert overview.role_tiles[Role.MENTEE].count == counts.participants_by_role[Role.MENTEE]
    assert (
        overview.status_tiles[ParticipantStatus.WITHDRAWN].count
        == (counts.participants_by_status[ParticipantStatus.WITHDRAWN])
    )
    for status in PairStatus:
        assert overview.pair_tiles[status].count == counts.pairs_by_status[status] > 0

    qtbot.mouseClick(overview.role_tiles[Role.MENTEE], Qt.MouseButton.LeftButton)
    page = window.view.participants
    assert window.view.pages.currentWidget() is page
    assert page.role_filter.currentData() == Role.MENTEE
    assert page.table.model().rowCount() == counts.participants_by_role[Role.MENTEE]

    qtbot.mouseClick(
        window.view.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.nav.visualItemRect(window.view.nav.item(0)).center(),
    )
    assert window.view.pages.currentWidget() is overview
    qtbot.mouseClick(overview.pair_tiles[PairStatus.PAUSED], Qt.MouseButton.LeftButton)
    shown = {
        int(page.table.model().index(r, 0).data(ID_ROLE))
        for r in range(page.table.model().rowCount())
    }
    assert shown == {pid for pid, s in statuses.items() if PairStatus.PAUSED in s}
    assert page.role_filter.currentIndex() == 0, "the earlier role filter was cleared"


def test_overview_follows_edits(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.view is not None
    overview = window.view.overview
    mentors = overview.role_tiles[Role.MENTOR].count
    page = window.view.participants
    qtbot.mouseClick(overview.role_tiles[Role.MENTOR], Qt.MouseButton.LeftButton)
    page.select_ids([int(page.table.model().index(0, 0).data(ID_ROLE))])
    window.view.show_page(window.view.overview)
    # Delete from the page while the Overview is shown: the Overview refreshes itself.
    window.services.prompts.confirm_answers.append(True)  # type: ignore[attr-defined]
    page.delete_selected()
    assert overview.role_tiles[Role.MENTOR].count == mentors - 1


def test_program_settings_rename_level_moves_participants(
    qtbot,
    window: MainWindow,
    dialogs,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    with Store.open(demo_file, read_only=True) as store:
        program = store.program()
        first_level = program.career_levels[0]
        on_first = [p.id for p in store.participants() if p.career_level == first_level]
    assert on_first

    def rename(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgramDialog)
        dialog.levels.item(0).setText("Trainee")
        dialog.name.clear()
        assert not dialog.ok_button.isEnabled()
        assert dialog.errors["name"].text() == "Enter a name for the program."
        qtbot.keyClicks(dialog.name, "Northwind Circle")
        qtbot.mouseClick(dialog.add_level, Qt.MouseButton.LeftButton)
        dialog.levels.currentItem().setText("Trainee")
        assert dialog.errors["career_levels"].isVisible()
        qtbot.mouseClick(dialog.remove_level, Qt.MouseButton.LeftButton)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return True

    dialogs.steps.append(rename)
    window.settings_action.trigger()
    assert window.windowTitle().startswith("Northwind Circle — ")
    with Store.open(demo_file, read_only=True) as store:
        assert store.program().career_levels[0] == "Trainee"
        assert all(store.participant(pid).career_level == "Trainee" for pid in on_first)
    window.undo_action.trigger()
    with Store.open(demo_file, read_only=True) as store:
        assert store.program() == program
        assert all(store.participant(pid).career_level == first_level for pid in on_first)


def test_start_page_new_program_then_close_and_reopen_recent(
    qtbot,
    make_window: Callable[[], MainWindow],
    prompts,
    dialogs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.start_page
    assert not window.close_action.isEnabled()
    target = tmp_path / "Spring cohort.mentordesk"
    prompts.paths.append(str(target))
    dialogs.steps.append(lambda d: d.reject() or False)  # settings dialog opened, cancelled
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    assert window.view is not None and window.view.overview.title.text() == "Spring cohort"
    assert window.view.page_names() == [
        "Overview",
        "Today",
        "Participants",
        "Matching",
        "Pairs",
        "Calendar",
        "Feedback",
        "Dashboard",
        "Resources",
    ]

    window.close_action.trigger()
    assert window.view is None and window.stack.currentWidget() is window.start_page
    assert window.start_page.recent.count() == 1
    item = window.start_page.recent.item(0)
    window.start_page.recent.itemActivated.emit(item)
    assert window.view is not None and window.view.store.path == target


def test_save_a_copy(window: MainWindow, prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "backup" / "copy.mentordesk"
    copy.parent.mkdir()
    prompts.paths.append(str(copy))
    window.copy_action.trigger()
    with (
        Store.open(copy, read_only=True) as store,
        Store.open(
            window.view.store.path,
            read_only=True,  # type: ignore[union-attr]
        ) as original,
    ):
        assert store.table_counts() == original.table_counts()
    # A copy to a folder that does not exist: a message, nothing written.
    prompts.paths.append(str(tmp_path / "missing" / "x.mentordesk"))
    window.copy_action.trigger()
    assert prompts.errors and "could not be written" in prompts.errors[-1]


def test_second_window_opens_read_only(
    make_window: Callable[[], MainWindow],
    prompts,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    first = make_window()
    assert first.open_file(demo_file)
    second = make_window()
    prompts.confirm_answers.append(True)
    assert second.open_file(demo_file)
    assert "already open in another MentorDesk window" in prompts.asked[-1]
    assert second.view is not None and second.view.store.read_only
    assert second.view.banner.isVisible()
    assert second.windowTitle().endswith("(read-only)")
    assert not second.view.participants.add_button.isEnabled()
    assert not second.settings_action.isEnabled()
    # Refusing leaves the second window as it was.
    third = make_window()
    prompts.confirm_answers.append(False)
    assert not third.open_file(demo_file)
    assert third.view is None


def test_bad_files_get_a_message_and_stay_untouched(
    make_window: Callable[[], MainWindow],
    prompts,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    text = tmp_path / "roster.mentordesk"
    text.write_text("name,email\nAda,ada@example.org\n")
    assert not window.open_file(text)
    assert "roster.mentordesk" in prompts.errors[-1]
    assert "not a MentorDesk program file" in prompts.errors[-1]
    assert text.read_text() == "name,email\nAda,ada@example.org\n"
    assert window.stack.currentWidget() is window.start_page


def test_open_via_file_menu(
    make_window: Callable[[], MainWindow],
    prompts,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    prompts.paths.append(str(demo_file))
    window.open_action.trigger()
    assert window.view is not None and window.view.store.path == demo_file
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == [demo_file.name]


def test_exception_hook_logs_and_tells(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[str, str]] = []
    log_path = tmp_path / "mentordesk.log"
    hook = make_excepthook(log_path, lambda title, text: told.append((title, text)))
    try:
        secret = "secret participant data"
        raise RuntimeError(secret)
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="mentordesk"):
            hook(RuntimeError, exc, exc.__traceback__)
    assert told and told[0][0] == "Something went wrong"
    assert str(log_path) in told[0][1] and "safe" in told[0][1]
    assert "RuntimeError" in caplog.text and "test_window.py" in caplog.text
    assert "secret participant data" not in caplog.text


def test_program_settings_keep_and_change_the_follow_up_schedule(
    window: MainWindow,
    dialogs,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    import dataclasses

    assert window.view is not None
    store = window.view.store
    custom = dataclasses.replace(
        store.program(), grace_days=3, checkin_first_days=10, checkins_first_month=3
    )
    store.update_program(custom)

    def untouched(dialog: QDialog) -> bool:  # OK without a change keeps every figure
        assert isinstance(dialog, ProgramDialog)
        assert (dialog.grace.value(), dialog.checkin_first.value()) == (3, 10)
        return True

    def every_three_weeks(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgramDialog)
        dialog.checkin_every.setValue(21)
        dialog.grace.setValue(5)
        return True

    dialogs.steps += [untouched, every_three_weeks]
    window.settings_action.trigger()
    assert store.program() == custom
    window.settings_action.trigger()
    assert store.program() == dataclasses.replace(custom, checkin_every_days=21, grace_days=5)
    window.undo_action.trigger()
    assert store.program() == custom
