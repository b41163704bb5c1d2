"""The Milestones feed on the Overview, and the mentor's certificate: what the coordinator sees
on the demo program, a click that opens the pair, and the PDF written for a mentor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from mentordesk.model.domain import Goal, GoalStatus, MemberRole, Pair, PairMember, Program
from mentordesk.model.milestones import milestone_feed
from mentordesk.model.store import Store
from mentordesk.ui.certificate import CertificateDialog, write_certificate
from mentordesk.ui.overview_page import MILESTONES_SHOWN, OverviewPage

from .conftest import ScriptedPrompts

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def store(demo_file: Path) -> Iterator[Store]:
    with Store.open(demo_file) as s:
        yield s


@pytest.fixture
def overview(qtbot: Any, store: Store) -> Iterator[OverviewPage]:
    page = OverviewPage(store, today=dt.date.today)
    store.subscribe(page.on_changes)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    yield page
    store.unsubscribe(page.on_changes)
    page.close()


def rows(page: OverviewPage) -> list[QTreeWidgetItem]:
    tree = page.milestones
    return [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]  # type: ignore[misc]


def test_the_feed_shows_the_latest_milestones(overview: OverviewPage, store: Store) -> None:
    expected = milestone_feed(store, dt.date.today(), MILESTONES_SHOWN)
    shown = rows(overview)
    assert len(shown) == MILESTONES_SHOWN == len(expected)
    assert [(r.text(1), r.text(2)) for r in shown] == [(m.subject, m.text) for m in expected]
    texts = [r.text(2) for r in shown]
    assert "Closed with its goals reached" in texts
    assert any(t.startswith("Goal completed: ") for t in texts)
    assert any(t == "10 sessions held together" for t in texts)
    assert all(not r.icon(0).isNull() for r in shown)
    assert not overview.milestones_empty.isVisible()
    assert overview.grab().save("/tmp/res_overview.png")


def test_clicking_a_milestone_opens_its_pair(
    qtbot: Any, overview: OverviewPage, store: Store
) -> None:
    item = rows(overview)[3]
    wanted = item.data(0, Qt.ItemDataRole.UserRole)
    rect = overview.milestones.visualItemRect(item)
    with qtbot.waitSignal(overview.open_pair) as opened:
        qtbot.mouseClick(overview.milestones.viewport(), LEFT, pos=rect.center())
    assert opened.args == [wanted]


def test_a_goal_completed_today_comes_first(overview: OverviewPage, store: Store) -> None:
    pair = next(p for p in store.pairs() if p.status.value == "active")
    assert pair.id is not None
    today = dt.date.today()
    store.add_goal(
        Goal(pair.id, "Lead the team retrospective", status=GoalStatus.COMPLETED,
             completed_date=today)
    )  # fmt: skip
    first = rows(overview)[0]
    assert first.text(2) == "Goal completed: Lead the team retrospective"
    assert first.text(0) == overview.milestones.topLevelItem(0).text(0)  # type: ignore[union-attr]
    assert first.data(0, Qt.ItemDataRole.UserRole) == pair.id


def test_a_new_program_has_nothing_to_celebrate_yet(qtbot: Any) -> None:
    with Store.in_memory(Program(name="Fresh start")) as store:
        page = OverviewPage(store)
        qtbot.addWidget(page)
        page.show()
        assert rows(page) == []
        assert page.milestones_empty.isVisible()
        assert page.milestones_empty.text().startswith("Nothing to celebrate yet.")
        page.close()


# -- the certificate ----------------------------------------------------------------------------


def mentor_with_sessions(store: Store) -> tuple[int, str]:
    for pair in store.pairs():
        for m in pair.members:
            if m.role is MemberRole.MENTOR and pair.id in {s.pair_id for s in store.sessions()}:
                return m.participant_id, store.participant(m.participant_id).full_name
    raise AssertionError("the demo has no mentor with sessions")


def test_write_a_certificate_pdf(store: Store, tmp_path: Path) -> None:
    pid, name = mentor_with_sessions(store)
    path = tmp_path / "certificate.pdf"
    write_certificate(store, pid, path, dt.date.today())
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/MediaBox [0 0 842" in data  # A4 landscape, 842 x 595 points
    # Nothing confidential: the certificate's text is made of the facts alone.
    secrets = [s.notes for s in store.sessions() if s.confidential]
    assert secrets and all(s.encode() not in data for s in secrets)


def test_the_certificate_dialog_previews_and_saves(
    qtbot: Any, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    pid, name = mentor_with_sessions(store)
    dialog = CertificateDialog(store, prompts, dt.date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(pid)
    assert dialog.mentor.currentText() == name
    assert dialog.summary.text().startswith("For mentoring")
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert dialog.save_button.isEnabled()
    dialog.layout().activate()
    assert dialog.grab().save("/tmp/res_certificate_dialog.png")
    target = tmp_path / "for the wall.pdf"
    prompts.paths.append(str(target))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.saved == target and target.read_bytes().startswith(b"%PDF")
    prompts.paths.append(str(tmp_path / "missing folder" / "x.pdf"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "could not be saved" in prompts.errors[-1]
    prompts.paths.append(None)
    qtbot.mouseClick(dialog.save_button, LEFT)  # cancelled: nothing happens
    dialog.close()


def test_a_mentor_without_sessions_gets_a_clear_sentence(
    qtbot: Any, store: Store, prompts: ScriptedPrompts
) -> None:
    # Olivia, who applied to mentor, is proposed a pair: no session yet.
    people = {p.full_name: p.id for p in store.participants()}
    quiet, mentee = people["Olivia Bennett"], people["Chloé Martin"]
    assert quiet is not None and mentee is not None
    store.add_pair(
        Pair((PairMember(quiet, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE)))
    )
    dialog = CertificateDialog(store, prompts, dt.date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(quiet)
    assert "has no held session logged yet" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.close()
    with Store.in_memory(Program(name="Empty")) as empty:
        nobody = CertificateDialog(empty, prompts, dt.date.today())
        qtbot.addWidget(nobody)
        assert nobody.problem.text() == "No one has mentored a pair or group yet."
        nobody.save()  # nothing to save
