"""The Resources page and a pair's suggested resources, driven as a coordinator drives them on
the demo program: each test checks what the page shows and what the file then holds, and that
undo puts the file back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem

from mentordesk.model import library
from mentordesk.model.domain import MemberRole, PairStatus
from mentordesk.model.library import ResourceKind, TrainingAudience, TrainingKind
from mentordesk.model.store import Store
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pair_resources import SuggestedResources
from mentordesk.ui.resource_dialogs import AttendanceDialog, ResourceDialog, TrainingDialog
from mentordesk.ui.resources_page import ATTENDED, ID_ROLE, MATERIAL, ResourcesPage

from .conftest import DialogScript, ScriptedPrompts
from .test_pairs_page import click_pair, dump

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def store(demo_file: Path) -> Iterator[Store]:
    with Store.open(demo_file) as s:
        yield s


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def page(
    qtbot: Any,
    store: Store,
    prompts: ScriptedPrompts,
    dialogs: DialogScript,
    opened: list[QUrl],
) -> Iterator[ResourcesPage]:
    undo = QUndoStack()

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    p = ResourcesPage(store, undo, prompts, dialogs, dt.date.today, open_url=open_url)
    p.undo_stack = undo  # type: ignore[attr-defined]
    store.subscribe(p.on_changes)  # as the window does, so undo refreshes the page
    qtbot.addWidget(p)
    p.resize(1100, 720)
    p.show()
    yield p
    store.unsubscribe(p.on_changes)
    p.close()


def undo_stack(page: ResourcesPage) -> QUndoStack:
    return page.undo_stack  # type: ignore[attr-defined, no-any-return]


def items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]  # type: ignore[misc]


def click_row(qtbot: Any, tree: QTreeWidget, row_id: int) -> QTreeWidgetItem:
    item = next(i for i in items(tree) if i.data(0, ID_ROLE) == row_id)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item and item.isSelected()
    return item


def resource_id(store: Store, title: str) -> int:
    found = next(r.id for r in store.resources() if r.title == title)
    assert found is not None
    return found


def test_the_demo_library_and_workshops_are_listed(page: ResourcesPage, store: Store) -> None:
    titles = [i.text(0) for i in items(page.resource_tree)]
    assert titles == [r.title for r in store.resources()] and len(titles) == 8
    assert page.library_count.text() == "8 resources"
    rows = items(page.training_tree)
    assert [r.text(1) for r in rows] == [
        "Midpoint check: reviewing your goals",
        "Giving and receiving feedback",
        "Mentor orientation (required)",
    ]
    assert [r.text(ATTENDED) for r in rows] == ["upcoming", "13", "12"]
    assert rows[1].text(MATERIAL) == "Giving and receiving feedback: workshop handout"
    assert not page.edit_button.isEnabled() and not page.attendance_button.isEnabled()
    page.search.setText("speaking")
    shown = [i.text(0) for i in items(page.resource_tree) if not i.isHidden()]
    assert shown == ["Ten minutes on stage: preparing a talk"]
    assert page.library_count.text() == "1 of 8 resources"
    page.search.clear()
    assert page.grab().save("/tmp/res_resources_page.png")


def test_add_a_resource_with_a_file_then_undo_and_redo(
    qtbot: Any,
    page: ResourcesPage,
    store: Store,
    prompts: ScriptedPrompts,
    dialogs: DialogScript,
    tmp_path: Path,
) -> None:
    start = dump(store)
    handout = tmp_path / "check-in-questions.md"
    handout.write_bytes(b"# Questions for a check-in\n- How often did you meet?\n")
    prompts.paths.append(str(handout))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ResourceDialog)
        assert not dialog.ok_button.isEnabled()  # no title yet
        assert dialog.errors["title"].text() == "Enter a title for the resource."
        qtbot.mouseClick(dialog.choose_button, LEFT)
        assert dialog.title.text() == "check in questions"  # from the file's name
        assert dialog.file_label.text() == "check-in-questions.md (53 bytes)"
        dialog.title.setText("Check-in questions")
        dialog.kind.setCurrentIndex(dialog.kind.findData(ResourceKind.TEMPLATE.value))
        qtbot.keyClicks(dialog.skills, "Coaching")
        # The most wanted skills are offered; clicking one adds it.
        assert "Leadership" in dialog.wanted_label.text()
        dialog.wanted_label.linkActivated.emit("Leadership")
        assert dialog.skills.text() == "Coaching, Leadership"
        assert "Leadership" not in dialog.wanted_label.text()
        dialog.layout().activate()
        assert dialog.grab().save("/tmp/res_resource_dialog.png")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.steps.append(fill)
    qtbot.mouseClick(page.add_button, LEFT)
    rid = resource_id(store, "Check-in questions")
    saved = store.resource(rid)
    assert saved.kind is ResourceKind.TEMPLATE and saved.skills == ("Coaching", "Leadership")
    assert store.resource_file(rid) == library.ResourceFile(
        "check-in-questions.md", handout.read_bytes()
    )
    assert page.selected_resource_id() == rid
    assert page.open_button.text() == "Save &File…"
    added = dump(store)
    undo_stack(page).undo()
    assert dump(store) == start
    assert "Check-in questions" not in [i.text(0) for i in items(page.resource_tree)]
    undo_stack(page).redo()
    assert dump(store) == added


def test_a_file_too_big_is_refused_with_a_clear_sentence(
    qtbot: Any,
    page: ResourcesPage,
    store: Store,
    prompts: ScriptedPrompts,
    dialogs: DialogScript,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(library, "MAX_FILE_BYTES", 1024)
    film = tmp_path / "recording.mp4"
    film.write_bytes(bytes(4096))
    prompts.paths.append(str(film))
    start = dump(store)

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, ResourceDialog)
        qtbot.mouseClick(dialog.choose_button, LEFT)
        problem = dialog.errors["file"]
        assert problem.isVisible()
        assert problem.text().startswith("The file is 4 KB; files of at most 1 KB")
        assert dialog.file_label.text() == "No file copied in"
        dialog.reject()
        return False

    dialogs.steps.append(refuse)
    qtbot.mouseClick(page.add_button, LEFT)
    assert dump(store) == start


def test_edit_a_resource_removing_its_file_and_undo(
    qtbot: Any, page: ResourcesPage, store: Store, dialogs: DialogScript
) -> None:
    rid = resource_id(store, "Your first mentoring meeting: an agenda")
    start = dump(store)
    click_row(qtbot, page.resource_tree, rid)

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, ResourceDialog)
        assert dialog.windowTitle() == "Edit resource"
        assert dialog.file_label.text().startswith("first-meeting-agenda.txt")
        qtbot.mouseClick(dialog.remove_button, LEFT)
        dialog.link.setText("www.northwind.example/first-meeting")
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "  ")
        assert not dialog.ok_button.isEnabled()
        dialog.title.setText("First meeting agenda")
        dialog.link.setText("not a link")
        assert "web address" in dialog.errors["link"].text()
        dialog.link.setText("www.northwind.example/first-meeting")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return True

    dialogs.steps.append(edit)
    qtbot.mouseClick(page.edit_button, LEFT)
    saved = store.resource(rid)
    assert saved.title == "First meeting agenda"
    assert saved.link == "https://www.northwind.example/first-meeting"
    assert store.resource_file(rid) is None
    assert page.open_button.text() == "&Open Link"
    edited = dump(store)
    undo_stack(page).undo()
    assert dump(store) == start
    assert store.resource_file(rid) is not None
    undo_stack(page).redo()
    assert dump(store) == edited


def test_open_a_link_and_save_a_file_out(
    qtbot: Any,
    page: ResourcesPage,
    store: Store,
    prompts: ScriptedPrompts,
    opened: list[QUrl],
    tmp_path: Path,
) -> None:
    video = resource_id(store, "Ten minutes on stage: preparing a talk")
    click_row(qtbot, page.resource_tree, video)
    assert page.open_button.text() == "&Open Link"
    qtbot.mouseClick(page.open_button, LEFT)
    assert opened == [QUrl("https://learning.northwind.example/videos/ten-minutes-on-stage")]

    agenda = resource_id(store, "Your first mentoring meeting: an agenda")
    click_row(qtbot, page.resource_tree, agenda)
    target = tmp_path / "agenda copy.txt"
    prompts.paths.append(str(target))
    qtbot.mouseClick(page.open_button, LEFT)
    assert target.read_text(encoding="utf-8").startswith("Northwind Growth Mentoring")
    prompts.paths.append(str(tmp_path / "no such folder" / "x.txt"))
    qtbot.mouseClick(page.open_button, LEFT)
    assert prompts.errors and "could not be written" in prompts.errors[-1]


def test_delete_a_resource_used_by_a_workshop_and_undo(
    qtbot: Any, page: ResourcesPage, store: Store, prompts: ScriptedPrompts
) -> None:
    rid = resource_id(store, "Giving and receiving feedback: workshop handout")
    start = dump(store)
    click_row(qtbot, page.resource_tree, rid)
    prompts.confirm_answers += [False, True]
    qtbot.mouseClick(page.delete_button, LEFT)
    assert dump(store) == start
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "Giving and receiving feedback: workshop handout" in prompts.asked[-1]
    assert rid not in {r.id for r in store.resources()}
    assert all(t.resource_id != rid for t in store.trainings())
    assert items(page.training_tree)[1].text(MATERIAL) == ""
    undo_stack(page).undo()
    assert dump(store) == start


def test_add_a_workshop_and_tick_attendance_in_bulk(
    qtbot: Any, page: ResourcesPage, store: Store, dialogs: DialogScript
) -> None:
    start = dump(store)
    today = dt.date.today()

    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, TrainingDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.title, "Coaching skills for mentors")
        dialog.kind.setCurrentIndex(dialog.kind.findData(TrainingKind.TRAINING.value))
        dialog.audience.setCurrentIndex(dialog.audience.findData(TrainingAudience.MENTOR.value))
        dialog.date.setDate(dialog.date.date().addDays(-3))
        dialog.required.setChecked(True)
        dialog.material.setCurrentIndex(dialog.material.findText("Writing SMART development goals"))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return True

    dialogs.steps.append(add)
    qtbot.mouseClick(page.add_training_button, LEFT)
    [training] = [t for t in store.trainings() if t.title == "Coaching skills for mentors"]
    assert training.id is not None
    assert training.date == today - dt.timedelta(days=3) and training.required
    assert training.kind is TrainingKind.TRAINING and training.audience is TrainingAudience.MENTOR
    assert page.selected_training_id() == training.id
    added = dump(store)

    people = {p.full_name: p.id for p in store.participants()}

    def attend(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceDialog)
        assert dialog.count.text() == "0 attended"
        # The audience (mentors) first, then everyone else.
        assert "·  Mentor" in dialog.items()[0].text()
        assert dialog.items()[-1].text().endswith("·  Mentee")
        qtbot.keyClicks(dialog.search, "i")  # a bulk tick of everyone whose name has an i
        shown = [i for i in dialog.items() if not i.isHidden()]
        assert 0 < len(shown) < len(dialog.items())
        qtbot.mouseClick(dialog.tick_button, LEFT)
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, "giulia")
        assert [i.text() for i in dialog.items() if not i.isHidden()] == ["Giulia Rossi  ·  Mentor"]
        qtbot.mouseClick(dialog.untick_button, LEFT)
        dialog.search.clear()
        assert dialog.count.text() == f"{len(dialog.attended())} attended"
        dialog.layout().activate()
        assert dialog.grab().save("/tmp/res_attendance_dialog.png")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return True

    dialogs.steps.append(attend)
    click_row(qtbot, page.training_tree, training.id)
    qtbot.mouseClick(page.attendance_button, LEFT)
    attended = store.attendance(training.id)
    expected = {
        pid
        for name, pid in people.items()
        if "i" in name.casefold() and "giulia" not in name.casefold()
    }
    withdrawn = {p.id for p in store.participants() if p.status.value == "withdrawn"}
    assert attended == expected - withdrawn
    row = next(i for i in items(page.training_tree) if i.data(0, ID_ROLE) == training.id)
    assert row.text(ATTENDED) == str(len(attended))
    ticked = dump(store)
    undo_stack(page).undo()
    assert dump(store) == added
    undo_stack(page).undo()
    assert dump(store) == start
    undo_stack(page).redo()
    undo_stack(page).redo()
    assert dump(store) == ticked


def test_edit_and_delete_a_workshop_with_undo(
    qtbot: Any, page: ResourcesPage, store: Store, dialogs: DialogScript, prompts: ScriptedPrompts
) -> None:
    start = dump(store)
    feedback = next(t for t in store.trainings() if t.title == "Giving and receiving feedback")
    assert feedback.id is not None
    click_row(qtbot, page.training_tree, feedback.id)

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, TrainingDialog)
        assert dialog.title.text() == "Giving and receiving feedback"
        dialog.notes.setPlainText("Moved to the London office.")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return True

    dialogs.steps.append(edit)
    qtbot.mouseClick(page.edit_training_button, LEFT)
    assert store.training(feedback.id).notes == "Moved to the London office."
    prompts.confirm_answers.append(True)
    qtbot.mouseClick(page.delete_training_button, LEFT)
    assert feedback.id not in {t.id for t in store.trainings()}
    assert store.attendance(feedback.id) == frozenset()
    undo_stack(page).undo()
    undo_stack(page).undo()
    assert dump(store) == start


def test_a_read_only_program_offers_no_changes(
    qtbot: Any, demo_file: Path, prompts: ScriptedPrompts, dialogs: DialogScript
) -> None:
    with Store.open(demo_file, read_only=True) as store:
        p = ResourcesPage(store, QUndoStack(), prompts, dialogs, dt.date.today)
        qtbot.addWidget(p)
        p.show()
        click_row(qtbot, p.resource_tree, resource_id(store, "Cloud architecture reading list"))
        assert not p.add_button.isEnabled() and not p.edit_button.isEnabled()
        assert p.open_button.isEnabled()
        p.add_resource()
        p.edit_resource()
        p.delete_resource()
        p.close()


# -- a pair's suggestions -----------------------------------------------------------------------


def test_a_pairs_view_suggests_resources_for_its_mentee(
    qtbot: Any, window: MainWindow, prompts: ScriptedPrompts, opened: list[QUrl]
) -> None:
    assert window.view is not None
    window.view.nav.setCurrentRow(window.view.page_names().index("Pairs"))
    pairs = window.view.pairs
    qtbot.waitUntil(lambda: pairs.table_model.total > 0)
    store = pairs._store
    pair = next(
        p
        for p in store.pairs()
        if p.status is PairStatus.ACTIVE
        and any(
            store.participant(m.participant_id).first_name == "Emily"
            for m in p.members
            if m.role is MemberRole.MENTEE
        )
    )
    assert pair.id is not None
    click_pair(qtbot, pairs, pair.id)
    box = pairs.detail.suggested
    texts = [box.list.item(n).text() for n in range(box.list.count())]  # type: ignore[union-attr]
    # Emily wants Negotiation and Public speaking.
    assert texts[0].startswith("Negotiation basics") or texts[0].startswith("Ten minutes")
    assert any("for Public speaking" in t for t in texts)
    assert any("for Negotiation" in t for t in texts)
    pairs.detail.grab().save("/tmp/res_pair_suggestions.png")

    # The box on its own: double-click opens the link.
    standalone = SuggestedResources(store, prompts, open_url=lambda url: bool(opened.append(url)))
    qtbot.addWidget(standalone)
    standalone.show()
    standalone.show_pair(pair.id)
    first = standalone.list.item(0)
    assert first is not None
    rect = standalone.list.visualItemRect(first)
    qtbot.mouseClick(standalone.list.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(standalone.list.viewport(), LEFT, pos=rect.center())
    assert opened and opened[0].toString().startswith("https://")
    assert prompts.errors == ["No program could open " + opened[0].toString() + "."]
    standalone.show_pair(None)
    assert not standalone.list.isVisible()
    assert "No resource" in standalone.empty.text()
    standalone.close()
