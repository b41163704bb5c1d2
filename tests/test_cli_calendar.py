"""``mentordesk calendar`` on the demo program: the whole program, one pair, clear refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from icalendar import Calendar

from mentordesk import cli
from mentordesk.model.calendar import upcoming
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import MeetingPlan, PairStatus
from mentordesk.model.store import Store


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def assert_one_sentence(err: str) -> None:
    assert err.startswith("mentordesk: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def planned_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The demo program with plans on two active pairs, the active group and a paused pair."""
    path = tmp_path_factory.mktemp("calendar") / "demo.mentordesk"
    demo_without_plans(path)
    with Store.open(path) as store:
        pairs = store.pairs()
        active = [p for p in pairs if p.status is PairStatus.ACTIVE and len(p.members) == 2]
        group = next(p for p in pairs if p.status is PairStatus.ACTIVE and len(p.members) > 2)
        paused = next(p for p in pairs if p.status is PairStatus.PAUSED)
        plans = [
            (active[0], MeetingPlan.WEEKLY, 2, "17:00"),
            (active[1], MeetingPlan.BIWEEKLY, 0, "08:30"),
            (group, MeetingPlan.MONTHLY, 3, "12:00"),
            (paused, MeetingPlan.WEEKLY, 4, "09:00"),
        ]
        for p, plan, weekday, time in plans:
            store.update_pair(
                dataclasses.replace(
                    p, meeting_plan=plan, meeting_weekday=weekday, meeting_time=time
                )
            )
    ids = {"weekly": active[0].id, "group": group.id, "paused": paused.id, "none": active[2].id}
    return path, {k: v for k, v in ids.items() if v is not None}


@pytest.fixture
def planned(
    planned_file: tuple[Path, dict[str, int]], tmp_path: Path
) -> tuple[Path, dict[str, int]]:
    path, ids = planned_file
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    return copy, ids


def demo_without_plans(path: Path) -> None:
    """The demo program with every meeting plan removed (it ships with a few)."""
    write_demo(path)
    with Store.open(path) as store:
        for pair in store.pairs():
            store.update_pair(
                dataclasses.replace(
                    pair, meeting_plan=MeetingPlan.NONE, meeting_weekday=None, meeting_time=None
                )
            )
    with closing(sqlite3.connect(path)) as conn:  # at rest as write_demo leaves it: no WAL
        conn.execute("PRAGMA journal_mode = DELETE")


def events(path: Path) -> list[Calendar]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_writes_every_active_pair_with_a_plan_and_changes_nothing(
    planned: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    db, _ids = planned
    before = db.read_bytes()
    out_file = tmp_path / "program.ics"
    code, out, err = run("calendar", out_file, "--db", db)
    assert (code, err) == (0, "")
    assert out == f"Wrote the meeting plans of 3 pairs to {out_file}.\n"
    assert db.read_bytes() == before
    found = events(out_file)
    rules = sorted(e["RRULE"].to_ical().decode().split(";")[0] for e in found)
    assert rules == ["FREQ=MONTHLY", "FREQ=WEEKLY", "FREQ=WEEKLY"]
    with Store.open(db, read_only=True) as store:
        coming = upcoming(
            store.pairs(), store.participants(), dt.date.today(), 40, program=store.program()
        )
    # The same pairs, under the same titles, as the Upcoming list.
    assert {str(e["SUMMARY"]) for e in found} == {m.title for m in coming}


def test_one_pair_on_its_own(planned: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    db, ids = planned
    out_file = tmp_path / "circle.ics"
    code, out, err = run("calendar", out_file, "--db", db, "--pair", str(ids["group"]))
    assert (code, err) == (0, "")
    assert out == f"Wrote the meeting plan of pair {ids['group']} to {out_file}.\n"
    (event,) = events(out_file)
    with Store.open(db, read_only=True) as store:
        group = store.pair(ids["group"])
    assert group.name and str(event["SUMMARY"]).startswith(f"{group.name}: ")
    assert event.decoded("DTSTART").strftime("%A %H:%M") == "Thursday 12:00"


@pytest.mark.parametrize(
    ("which", "sentence"),
    [
        ("paused", "Pair {id} is paused; only active pairs have planned meetings."),
        (
            "none",
            "Pair {id} has no meeting plan with a day and a time; set one in MentorDesk first.",
        ),
    ],
)
def test_a_pair_without_meetings_is_refused_in_one_sentence(
    planned: tuple[Path, dict[str, int]], tmp_path: Path, which: str, sentence: str
) -> None:
    db, ids = planned
    code, out, err = run("calendar", tmp_path / "x.ics", "--db", db, "--pair", str(ids[which]))
    assert (code, out) == (2, "")
    assert_one_sentence(err)
    assert err == "mentordesk: " + sentence.format(id=ids[which]) + "\n"
    assert not (tmp_path / "x.ics").exists()


def test_an_unknown_pair_is_refused(planned: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    db, _ids = planned
    code, _out, err = run("calendar", tmp_path / "x.ics", "--db", db, "--pair", "9999")
    assert code == 2
    assert err == "mentordesk: There is no pair 9999 in “demo.mentordesk”.\n"


def test_a_program_without_plans_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.mentordesk"
    demo_without_plans(db)
    code, _out, err = run("calendar", tmp_path / "x.ics", "--db", db)
    assert code == 2
    assert err == (
        "mentordesk: No active pair has a meeting plan with a day and a time, so no calendar "
        "was written.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "demo.mentordesk"
    ]


def test_an_unwritable_place_is_one_sentence(
    planned: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    db, _ids = planned
    code, _out, err = run("calendar", tmp_path / "missing" / "x.ics", "--db", db)
    assert code == 2
    assert_one_sentence(err)
    assert "could not be saved because the folder" in err
    assert not (tmp_path / "missing").exists()


def test_a_missing_program_file_or_a_bad_pair_id_is_one_sentence(tmp_path: Path) -> None:
    code, _out, err = run("calendar", tmp_path / "x.ics", "--db", tmp_path / "nowhere.mentordesk")
    assert code == 2
    assert_one_sentence(err)
    code, _out, err = run("calendar", tmp_path / "x.ics", "--db", "f", "--pair", "first")
    assert code == 2
    assert_one_sentence(err)
    assert "invalid int value: 'first'" in err


def test_help_names_the_options() -> None:
    code, out, _err = run("calendar", "--help")
    assert code == 0
    assert "OUT.ics" in out and "--db FILE" in out and "--pair ID" in out
    assert cli.wants_cli(["calendar", "x.ics"])
