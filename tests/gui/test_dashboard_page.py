"""The Dashboard page on the demo program, with the clock fixed: the tiles a coordinator
reads, the period filter, clicking a bar, a slice or a tile to list who is behind it, saving a
chart as PNG and SVG, the palette, and an empty program."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib.artist import Artist
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from mentordesk.model.dashboard import compute, read_ids
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import Changes, Participant, Program, Session
from mentordesk.model.store import Store
from mentordesk.ui.charts import ChartView
from mentordesk.ui.dashboard_page import DashboardPage, IdListDialog

from .conftest import DialogScript, ScriptedPrompts

DAY = dt.date(2026, 3, 16)
LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def day_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "Northwind.mentordesk"
    write_demo(path, today=DAY)
    return path


@pytest.fixture
def store(day_master: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "Northwind.mentordesk"
    path.write_bytes(day_master.read_bytes())
    with Store.open(path) as s:
        yield s


def open_page(
    qtbot: Any, store: Store, prompts: ScriptedPrompts, dialogs: DialogScript
) -> DashboardPage:
    page = DashboardPage(store, QUndoStack(), prompts, dialogs, lambda: DAY)
    qtbot.addWidget(page)
    page.resize(1280, 1000)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(
    qtbot: Any, store: Store, prompts: ScriptedPrompts, dialogs: DialogScript
) -> Iterator[DashboardPage]:
    p = open_page(qtbot, store, prompts, dialogs)
    yield p
    p.close()


def tile_texts(page: DashboardPage) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in page.tiles.items()}


def listed(dialogs: DialogScript) -> list[tuple[str, list[str]]]:
    """Make the next dialog record its title and names, then close it."""
    seen: list[tuple[str, list[str]]] = []

    def step(dialog: QDialog) -> bool:
        assert isinstance(dialog, IdListDialog)
        assert dialog.isVisible()
        seen.append((dialog.windowTitle(), dialog.names()))
        return False

    dialogs.steps.append(step)
    return seen


def artist_for(chart: ChartView, label: str) -> Artist:
    return next(a for a, (text, _ids) in chart.targets.items() if text == label)


def click(qtbot: Any, chart: ChartView, label: str) -> None:
    """Click the bar, slice or point of ``label`` with the mouse, where it is drawn."""
    x, y = chart.target_centre(artist_for(chart, label))
    qtbot.mouseClick(chart.canvas, LEFT, pos=QPoint(round(x), round(y)))


def pair_names(store: Store, ids: tuple[int, ...]) -> list[str]:
    labels = {f.pair_id: f.label for f in store.pair_facts(include_closed=True)}
    return sorted((labels[i] for i in ids), key=str.casefold)


def people_names(store: Store, ids: tuple[int, ...]) -> list[str]:
    names = store.participant_names()
    return sorted((names[i] for i in ids), key=str.casefold)


def test_the_tiles_show_the_demo_programs_figures(page: DashboardPage, store: Store) -> None:
    assert tile_texts(page) == {
        "participants": "40",
        "match_rate": "68 %",
        "active_pairs": "12",
        "sessions_month": "20",
        "days_since": "1",
        "goals": "24 %",
        "satisfaction": "4.1 / 5",
        "nps": "+54",
        "closed": "4",
    }
    tiles = page.tiles
    assert tiles["participants"].detail.text() == (
        "14 mentors · 20 mentees · 6 both\n5 applicants · 33 active · 2 withdrawn"
    )
    assert tiles["match_rate"].detail.text() == "17 of 25 who want a match; 8 waiting"
    assert tiles["goals"].detail.text() == "5 of 21 goals; 5 in the period"
    assert tiles["nps"].detail.text() == "18 promoters, 7 passives, 3 detractors"
    assert tiles["match_rate"].accessibleName() == "Match rate: 68 %"
    # The same figures as the model's.
    d = compute(store, DAY, questions=store.survey_questions())
    assert d.match_rate is not None and page.tiles["match_rate"].value.text() == (
        f"{round(d.match_rate * 100)} %"
    )
    assert not page.empty_note.isVisible()
    assert "all time" in page.period_note.text()


def test_clicking_a_bar_lists_the_pairs_behind_it(
    qtbot: Any, page: DashboardPage, store: Store, dialogs: DialogScript
) -> None:
    chart = page.cards["sessions"].chart
    labels = [text for text, _ in chart.targets.values()]
    assert labels == ["Oct 25", "Nov 25", "Dec 25", "Jan 26", "Feb 26", "Mar 26"]
    seen = listed(dialogs)
    click(qtbot, chart, "Jan 26")
    january = next(b for b in compute(store, DAY).sessions_per_month if b.key == "2026-01")
    assert seen == [("Sessions per month: Jan 26", pair_names(store, january.ids))]
    assert len(seen[0][1]) == 15


def test_clicking_a_slice_or_a_funnel_bar(
    qtbot: Any, page: DashboardPage, store: Store, dialogs: DialogScript
) -> None:
    d = compute(store, DAY)
    seen = listed(dialogs)
    click(qtbot, page.cards["goals"].chart, "Off track")
    assert seen == [("Goal status: Off track", pair_names(store, d.goals_by_status[2].ids))]
    seen = listed(dialogs)
    click(qtbot, page.cards["funnel"].chart, "Completed")
    assert seen == [("Participation funnel: Completed", people_names(store, d.funnel[3].ids))]
    seen = listed(dialogs)
    click(qtbot, page.cards["skills"].chart, "Leadership · Offered by mentors")
    leadership = next(s for s in d.skills if s.skill == "Leadership")
    assert seen[0][1] == people_names(store, leadership.offered_by)
    seen = listed(dialogs)
    click(qtbot, page.cards["rounds"].chart, "Midpoint · NPS")
    assert seen[0][1] == people_names(store, d.rounds[1].participant_ids)


def test_a_matplotlib_pick_and_a_click_beside_the_bars(
    qtbot: Any, page: DashboardPage, dialogs: DialogScript
) -> None:
    chart = page.cards["closed"].chart
    from matplotlib.backend_bases import MouseEvent, PickEvent

    dialogs.steps.append(lambda d: False)
    with qtbot.waitSignal(chart.picked) as signal:
        artist = artist_for(chart, "Goals reached")
        mouse = MouseEvent("button_press_event", chart.canvas, 0, 0)
        chart.canvas.callbacks.process(
            "pick_event", PickEvent("pick_event", chart.canvas, mouse, artist)
        )
    assert signal.args is not None and signal.args[0] == "Goals reached"
    assert len(read_ids(signal.args[1])) == 1
    # Nowhere near a bar: nothing is listed (the script would fail on an unexpected dialog).
    dialogs.steps.clear()
    qtbot.mouseClick(chart.canvas, LEFT, pos=QPoint(5, 5))


def test_clicking_a_tile_lists_the_people_behind_it(
    qtbot: Any, page: DashboardPage, store: Store, dialogs: DialogScript
) -> None:
    d = compute(store, DAY)
    seen = listed(dialogs)
    qtbot.mouseClick(page.tiles["match_rate"], LEFT)
    assert seen == [("Waiting for a match", people_names(store, d.unmatched.ids))]
    seen = listed(dialogs)
    page.tiles["closed"].setFocus()
    qtbot.keyClick(page.tiles["closed"], Qt.Key.Key_Return)
    assert seen[0][0] == "Pairs closed in the period" and len(seen[0][1]) == 4
    for key in ("participants", "active_pairs", "sessions_month", "days_since", "goals", "nps"):
        seen = listed(dialogs)
        qtbot.mouseClick(page.tiles[key], LEFT)
        assert len(seen) == 1
    assert seen[0][0] == "Who gave feedback in the period"


def test_an_empty_list_says_so(qtbot: Any) -> None:
    dialog = IdListDialog("Nobody", [])
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Nobody is behind this figure."
    assert dialog.names() == []


def test_the_period_filters_the_dated_figures(page: DashboardPage, store: Store) -> None:
    page.set_period("month")
    assert page.period_note.text().startswith(
        "Sessions, feedback, goals completed and pairs closed from 1 Mar 2026 to 16 Mar 2026."
    )
    chart = page.cards["sessions"].chart
    assert [text for text, _ in chart.targets.values()] == ["Mar 26"]
    assert page.from_edit.date().toPython() == dt.date(2026, 3, 1)
    assert not page.from_edit.isEnabled()
    expected = compute(store, DAY, page.period())
    assert page.tiles["closed"].value.text() == str(expected.closed_pairs)
    assert page.tiles["participants"].value.text() == "40"  # not dated

    page.set_period("quarter")
    assert [t for t, _ in chart.targets.values()] == ["Jan 26", "Feb 26", "Mar 26"]
    page.set_period("year")
    assert page.period().start == dt.date(2026, 1, 1)

    page.set_period("custom", dt.date(2025, 11, 1), dt.date(2025, 12, 31))
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    assert [t for t, _ in chart.targets.values()] == ["Nov 25", "Dec 25"]
    page.to_edit.setDate(page.to_edit.date().addMonths(-1))  # typed by the coordinator
    assert [t for t, _ in chart.targets.values()] == ["Nov 25"]
    # A range typed back to front is read the right way round.
    page.from_edit.setDate(page.from_edit.date().addYears(1))
    assert page.period().start == dt.date(2025, 11, 30)

    page.set_period("all")
    assert len(chart.targets) == 6 and "all time" in page.period_note.text()
    # Nothing in the period: the charts say so instead of drawing empty axes.
    page.set_period("custom", dt.date(2020, 1, 1), dt.date(2020, 2, 1))
    assert page.tiles["satisfaction"].value.text() == "—"
    assert page.tiles["nps"].value.text() == "—"
    assert chart.targets == {}
    texts = [t.get_text() for t in chart.figure.axes[0].texts]
    assert texts == ["No sessions held in this period yet."]


def test_save_a_chart_as_png_and_svg(
    page: DashboardPage, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    png, svg = tmp_path / "sessions.png", tmp_path / "goals.svg"
    prompts.paths += [str(png), str(svg), None]
    page.cards["sessions"].save_button.click()
    page.cards["goals"].save_button.click()
    page.cards["funnel"].save_button.click()  # cancelled: nothing written
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Off track" in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".svg")) == [
        "goals.svg",
        "sessions.png",
    ]
    prompts.paths.append(str(tmp_path / "no such folder" / "x.png"))
    page.cards["skills"].save_button.click()
    assert prompts.errors and "could not be saved" in prompts.errors[0]


def test_charts_are_named_for_screen_readers(page: DashboardPage) -> None:
    for card in page.cards.values():
        assert card.chart.accessibleName() == card.title.text()
        assert card.chart.canvas.accessibleDescription()
        assert card.save_button.accessibleName().startswith("Save ")
    assert (
        page.cards["skills"].chart.accessibleDescription().startswith("Mentees who want each skill")
    )


def test_charts_follow_the_palette(qtbot: Any, page: DashboardPage) -> None:
    """Switching the application to a dark palette (as the system's dark mode does) redraws
    the charts in its colours."""
    chart = page.cards["sessions"].chart
    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: chart.colours()["background"] == "#1e1e1e")
        face = chart.figure.get_facecolor()
        assert [round(c * 255) for c in face[:3]] == [0x1E, 0x1E, 0x1E]
        tick = chart.figure.axes[0].get_xticklabels()[0]
        assert tick.get_color() == "#eeeeee"
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(
        lambda: chart.colours()["background"] == light.color(QPalette.ColorRole.Base).name()
    )


def test_hovering_a_bar_tells_what_a_click_does(qtbot: Any, page: DashboardPage) -> None:
    chart = page.cards["sessions"].chart
    x, y = chart.target_centre(artist_for(chart, "Jan 26"))
    qtbot.mouseMove(chart.canvas, QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: chart.canvas.toolTip() != "")
    assert chart.canvas.toolTip() == "Jan 26: 15 — click to list them"
    qtbot.mouseMove(chart.canvas, QPoint(3, 3))
    qtbot.waitUntil(lambda: chart.canvas.toolTip() == "")


def test_a_change_reloads_the_shown_page(page: DashboardPage, store: Store) -> None:
    store.subscribe(page.on_changes)
    pair = compute(store, DAY).active_pairs.ids[0]
    store.add_session(Session(pair_id=pair, date=DAY))
    assert page.tiles["sessions_month"].value.text() == "21"
    page.on_changes(Changes(checkins=True))  # not watched: nothing to do
    assert page.tiles["sessions_month"].value.text() == "21"


def test_a_session_logged_keeps_the_skills_and_feedback_a_new_person_does_not(
    page: DashboardPage, store: Store
) -> None:
    store.subscribe(page.on_changes)
    first = page.figures
    assert first is not None
    pair = first.active_pairs.ids[0]
    store.add_session(Session(pair_id=pair, date=DAY))
    second = page.figures
    assert second is not None and second.sessions_this_month.count == 21
    assert second.skills is first.skills and second.rounds is first.rounds
    store.add_participant(Participant("Nuova", "Persona", skills_wanted=("Origami",)))
    third = page.figures
    assert third is not None and third.skills is not first.skills
    assert "Origami" in [s.skill for s in third.skills]


def test_an_empty_program(
    qtbot: Any, tmp_path: Path, prompts: ScriptedPrompts, dialogs: DialogScript
) -> None:
    with Store.create(tmp_path / "empty.mentordesk", Program(name="Empty")) as store:
        page = open_page(qtbot, store, prompts, dialogs)
        try:
            assert page.empty_note.isVisible()
            assert "no participants yet" in page.empty_note.text()
            values = tile_texts(page)
            assert values["match_rate"] == values["days_since"] == "—"
            assert values["satisfaction"] == values["nps"] == values["goals"] == "—"
            assert values["participants"] == values["closed"] == "0"
            for card in page.cards.values():
                assert card.chart.targets == {}
            messages = [page.cards[k].chart.figure.axes[0].texts[0].get_text() for k in page.cards]
            assert "No goals set yet." in messages
            page.grab().save(str(tmp_path / "empty.png"))
        finally:
            page.close()


def test_screenshot(page: DashboardPage) -> None:
    page.resize(1280, 1500)
    page.grab().save("/tmp/dashboard.png")
    assert Path("/tmp/dashboard.png").stat().st_size > 50_000


def test_the_page_loads_matplotlib_only_when_shown(tmp_path: Path, day_master: Path) -> None:
    code = f"""
import json, sys
from PySide6.QtGui import QUndoStack
from mentordesk.model.store import Store
from mentordesk.ui.app import create_application
from mentordesk.ui.dashboard_page import DashboardPage
from mentordesk.ui.prompts import Prompts
app = create_application([])
store = Store.open({str(day_master)!r}, read_only=True)
page = DashboardPage(store, QUndoStack(), Prompts())
before = 'matplotlib' in sys.modules
page.show()
app.processEvents()
print(json.dumps([before, 'matplotlib' in sys.modules]))
page.close()
store.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [False, True]
