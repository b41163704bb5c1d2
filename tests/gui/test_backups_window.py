"""Backups in the window: kept on opening, File ▸ Restore from Backup…, bad files' way forward."""

from __future__ import annotations

import errno
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.model import backups, programfile
from mentordesk.model.domain import Participant
from mentordesk.model.store import Store
from mentordesk.ui.app import make_excepthook
from mentordesk.ui.backup_dialog import BackupDialog, when
from mentordesk.ui.main_window import MainWindow


def participants(path: Path) -> int:
    with Store.open(path, read_only=True) as store:
        return len(store.participants())


def choose_row(qtbot, row: int, seen: list[list[str]]) -> Callable[[QDialog], bool]:  # type: ignore[no-untyped-def]
    """A dialog step: note what the list shows, pick ``row``, press Restore…"""

    def step(dialog: QDialog) -> bool:
        assert isinstance(dialog, BackupDialog)
        tree = dialog.list
        seen.extend(
            [tree.topLevelItem(r).text(c) for c in range(5)]  # type: ignore[union-attr]
            for r in range(tree.topLevelItemCount())
        )
        tree.setCurrentItem(tree.topLevelItem(row))
        assert dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return step


def test_opening_keeps_a_backup_and_restore_brings_it_back(
    qtbot,
    window: MainWindow,
    demo_file: Path,
    prompts,
    dialogs,  # type: ignore[no-untyped-def]
) -> None:
    [kept] = backups.list_backups(demo_file)
    assert kept.path.parent == demo_file.with_name("Northwind.mentordesk backups")
    assert window.restore_action.isEnabled()
    assert window.restore_action.text() == "Restore from &Backup…"
    assert window.view is not None
    before = len(window.view.store.participants())
    window.view.store.add_participant(Participant(first_name="Dopo", last_name="Il Backup"))

    seen: list[list[str]] = []
    dialogs.steps.append(choose_row(qtbot, 0, seen))
    prompts.confirm_answers.append(True)
    window.restore_action.trigger()  # as the coordinator does, through the File menu
    assert seen == [[when(kept), str(before), str(kept.pairs), str(kept.sessions), ""]]
    assert "Replace the program in “Northwind.mentordesk”" in prompts.asked[-1]
    assert f"({before} participants" in prompts.asked[-1]
    assert window.view is not None and not window.view.store.read_only
    assert len(window.view.store.participants()) == before
    assert window.view.overview.total_tile.count == before
    assert "Backup restored" in window.statusBar().currentMessage()
    newest = backups.list_backups(demo_file)[0]
    assert newest.before_restore and newest.participants == before + 1


def test_cancelling_the_restore_changes_nothing(
    qtbot,
    window: MainWindow,
    demo_file: Path,
    prompts,
    dialogs,  # type: ignore[no-untyped-def]
) -> None:
    assert window.view is not None
    window.view.store.add_participant(Participant(first_name="Resta", last_name="Qui"))
    count = len(window.view.store.participants())
    dialogs.steps.append(choose_row(qtbot, 0, []))
    prompts.confirm_answers.append(False)
    assert not window.restore_backup()
    assert window.view is not None and len(window.view.store.participants()) == count
    assert len(backups.list_backups(demo_file)) == 1


def test_damaged_file_offers_restore_from_backup(
    qtbot,
    make_window: Callable[[], MainWindow],
    demo_file: Path,
    prompts,
    dialogs,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    assert window.open_file(demo_file)
    count = len(window.view.store.participants())  # type: ignore[union-attr]
    window.close_program()
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])

    prompts.confirm_answers.append(True)  # "Restore from Backup…"
    dialogs.steps.append(choose_row(qtbot, 0, []))
    prompts.confirm_answers.append(True)  # "Restore"
    assert window.open_file(demo_file)
    message = prompts.asked[0]
    assert "“Northwind.mentordesk” is damaged and cannot be opened safely" in message
    assert "the file was not changed" in message
    assert "Backups of this program that can be restored: 1, the newest from" in message
    assert window.view is not None and len(window.view.store.participants()) == count
    damaged = backups.list_backups(demo_file)[0]
    assert damaged.before_restore and not damaged.readable
    assert damaged.path.read_bytes() == data[: len(data) // 2]


def test_damaged_file_without_backups_is_a_plain_message(
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    demo_file: Path,
    prompts,  # type: ignore[no-untyped-def]
) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    window = make_window()
    assert not window.open_file(demo_file)
    assert prompts.asked == []
    assert "is damaged" in prompts.errors[-1]
    assert demo_file.read_bytes() == data[: len(data) // 2]


@pytest.mark.parametrize(
    ("exc", "sentence"),
    [
        (sqlite3.OperationalError("database or disk is full"), "is full"),
        (OSError(errno.EROFS, "Read-only file system"), "is read-only"),
    ],
    ids=["full-disk", "read-only"],
)
def test_full_disk_or_read_only_file_offers_read_only(
    make_window: Callable[[], MainWindow],
    demo_file: Path,
    prompts,
    monkeypatch: pytest.MonkeyPatch,
    exc: BaseException,
    sentence: str,  # type: ignore[no-untyped-def]
) -> None:
    def refuse(conn: sqlite3.Connection) -> None:
        raise exc

    monkeypatch.setattr(programfile, "start_writing", refuse)
    before = demo_file.read_bytes()
    window = make_window()
    prompts.confirm_answers.append(True)
    assert window.open_file(demo_file)
    assert sentence in prompts.asked[-1] and "Nothing was changed" in prompts.asked[-1]
    assert window.view is not None and window.view.store.read_only
    assert not window.restore_action.isEnabled()
    assert demo_file.read_bytes() == before
    assert backups.list_backups(demo_file) == []


def test_a_backup_that_cannot_be_written_does_not_stop_the_work(
    make_window: Callable[[], MainWindow],
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def full(conn: sqlite3.Connection, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(programfile, "backup_copy", full)
    window = make_window()
    assert window.open_file(demo_file)
    assert window.view is not None and not window.view.store.read_only
    assert window.statusBar().currentMessage() == (
        "No backup of “Northwind.mentordesk” could be written (the disk is full); "
        "nothing was changed."
    )


def test_second_window_cannot_restore(
    make_window: Callable[[], MainWindow],
    demo_file: Path,
    prompts,  # type: ignore[no-untyped-def]
) -> None:
    first = make_window()
    assert first.open_file(demo_file)
    second = make_window()
    prompts.confirm_answers.append(True)
    assert second.open_file(demo_file)
    assert not second.restore_action.isEnabled()
    assert not second.restore_backup()
    assert len(backups.list_backups(demo_file)) == 1  # the read-only window kept none


def test_crash_dialog_and_log_carry_no_personal_data(
    tmp_path: Path,
    demo_file: Path,
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    with Store.open(demo_file, read_only=True) as store:
        person = next(p for p in store.participants() if p.email and p.private_notes)
    secrets = [person.first_name, person.last_name, person.email, person.private_notes]
    told: list[tuple[str, str]] = []
    hook = make_excepthook(tmp_path / "mentordesk.log", lambda t, x: told.append((t, x)))
    try:
        try:
            raise KeyError(person.email)
        except KeyError as inner:
            raise ValueError(f"{person.full_name}: {person.private_notes}") from inner
    except ValueError as exc:
        with caplog.at_level(logging.DEBUG, logger="mentordesk"):
            hook(ValueError, exc, exc.__traceback__)
    shown = " ".join(told[0])
    assert "ValueError" in caplog.text
    for secret in secrets:
        assert secret not in caplog.text
        assert secret not in shown


def test_a_full_disk_during_an_edit_says_so(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[str, str]] = []
    hook = make_excepthook(tmp_path / "mentordesk.log", lambda t, x: told.append((t, x)))
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        with caplog.at_level(logging.ERROR, logger="mentordesk"):
            hook(sqlite3.OperationalError, exc, exc.__traceback__)
    title, text = told[0]
    assert title == "The disk is full"
    assert "the last change was not saved; nothing else was changed" in text
    assert "OperationalError" in caplog.text


def test_file_open_in_another_process_opens_read_only(
    make_window: Callable[[], MainWindow],
    demo_file: Path,
    prompts,  # type: ignore[no-untyped-def]
) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from mentordesk.model.store import Store\n"
            "s = Store.open(sys.argv[1]); print('open', flush=True); sys.stdin.read(); s.close()",
            str(demo_file),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        window = make_window()
        prompts.confirm_answers.append(True)
        assert window.open_file(demo_file)
        assert "already open in another MentorDesk window" in prompts.asked[-1]
        assert window.view is not None and window.view.store.read_only
        assert window.windowTitle().endswith("(read-only)")
        assert not window.restore_action.isEnabled()
    finally:
        child.communicate("", timeout=30)
