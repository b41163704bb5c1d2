"""The demo program in English, Italian and Bulgarian (issue 9): the same program with the same
figures, every text written in its own language."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mentordesk import cli
from mentordesk.model import dashboard
from mentordesk.model.board import Board
from mentordesk.model.compatibility import mentoring_scores, peer_scores
from mentordesk.model.demo import (
    DEMO_LANGUAGES,
    demo_file,
    demo_language,
    demo_store,
    load_demo_data,
    write_demo,
)
from mentordesk.model.domain import ParticipantStatus, Role
from mentordesk.model.i18n import install_translator
from mentordesk.model.store import Store

TODAY = dt.date(2026, 11, 23)
TRANSLATED = ("it", "bg")
ROOT = Path(__file__).resolve().parents[2]
#: "Remote" as the interface says it: matching counts a location saying it as remote.
REMOTE = {"it": "Da remoto", "bg": "Дистанционно"}
#: Fields holding codes or keys, the same in every language.
CODES = frozenset(
    {"key", "format", "role", "status", "owner", "channel", "plan", "time", "kind"}
    | {"audience", "reason", "mentor", "mentee", "peers", "with", "resource", "attended"}
)
#: Texts that are the same in every language: names of tools, and no text at all.
SAME_EVERYWHERE = frozenset({"Python", "SQL", "Excel", "SEO", ""})
#: What a translated file adds to the English one (which leaves these to the code's defaults).
ADDED = frozenset({("email_domain",), ("intake",), ("feedback", "rounds")})
#: Fields whose repeated values must translate the same way every time, for matching and the
#: dashboard to count them alike: each family of fields and where it is found.
FAMILIES = {
    "skills": ("offers", "wants", "skills", "session_topics"),
    "interests": ("interests",),
    "availability": ("availability",),
    "departments": ("dept",),
    "levels": ("level", "career_levels"),
    "locations": ("location",),
}

Path_ = tuple[str | int, ...]


def leaves(en: Any, other: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any, Any]]:
    """Every value of the English file with the value at the same place in ``other``; fails
    when the two differ in shape."""
    if isinstance(en, dict):
        assert isinstance(other, dict), path
        assert en.keys() <= other.keys(), (path, en.keys() - other.keys())
        for extra in other.keys() - en.keys():
            here = (*path, extra)
            participant = len(path) == 2 and path[0] == "participants" and extra == "email"
            assert here in ADDED or participant, here
        for key, value in en.items():
            yield from leaves(value, other[key], (*path, key))
    elif isinstance(en, list):
        assert isinstance(other, list) and len(other) == len(en), path
        for n, (a, b) in enumerate(zip(en, other, strict=True)):
            yield from leaves(a, b, (*path, n))
    else:
        yield path, en, other


def field(path: Path_) -> str:
    return next(p for p in reversed(path) if isinstance(p, str))


@pytest.fixture(scope="module")
def english() -> dict[str, Any]:
    return load_demo_data()


@pytest.fixture(scope="module")
def stores() -> Iterator[dict[str, Store]]:
    opened = {lang: demo_store(TODAY, lang=lang) for lang in DEMO_LANGUAGES}
    yield opened
    for store in opened.values():
        store.close()


# -- the files -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_same_program_with_no_english_left(lang: str, english: dict[str, Any]) -> None:
    translated = load_demo_data(lang=lang)
    texts = 0
    for path, en, other in leaves(english, translated):
        if not isinstance(en, str) or field(path) in CODES:
            assert other == en, path  # numbers, days, flags, codes and keys
        elif en in SAME_EVERYWHERE:
            assert other == en, path
        else:
            assert isinstance(other, str) and other != en, (path, other)
            assert "northwind" not in other.casefold(), (path, other)
            texts += 1
    assert texts > 300
    assert {"email_domain", "intake"} <= translated.keys() and "rounds" in translated["feedback"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_repeated_texts_translate_the_same_way(lang: str, english: dict[str, Any]) -> None:
    translated = load_demo_data(lang=lang)
    for family, fields in FAMILIES.items():
        forward: dict[str, str] = {}
        for path, en, other in leaves(english, translated):
            if field(path) in fields:
                assert forward.setdefault(en, other) == other, (family, en, other)
        # One translation each, and never the same for two English texts.
        assert len(set(forward.values())) == len(forward), family
        assert len(forward) >= 4, family


@pytest.mark.parametrize("lang", TRANSLATED)
def test_everyone_shares_the_language_of_the_demo(lang: str, english: dict[str, Any]) -> None:
    """Shared languages are a hard rule of matching: in English everyone speaks English."""
    for data in (english, load_demo_data(lang=lang)):
        spoken = [set(p["languages"]) for p in data["participants"]]
        assert set.intersection(*spoken)


def test_bulgarian_names_are_cyrillic_with_latin_e_mail_addresses() -> None:
    cyrillic = re.compile(r"^[А-Яа-я][а-я]+(?:[ -][А-Яа-я][а-я]+)*$")
    with demo_store(TODAY, lang="bg") as store:
        people = store.participants()
    assert len(people) == 40
    for p in people:
        assert cyrillic.match(p.first_name) and cyrillic.match(p.last_name), p
        assert re.fullmatch(r"[a-z]+\.[a-z]+@vitosha\.example", p.email), p.email
    assert "Мария Иванова" in {f"{p.first_name} {p.last_name}" for p in people}


def test_italian_names_with_plain_e_mail_addresses() -> None:
    with demo_store(TODAY, lang="it") as store:
        people = store.participants()
    assert all(re.fullmatch(r"[a-z]+\.[a-z]+@tramontana\.example", p.email) for p in people)
    assert len({p.email for p in people}) == len(people)
    english = {p["first"] for p in load_demo_data()["participants"]}
    assert not english & {p.first_name for p in people}


# -- the same figures --------------------------------------------------------------------------


def figures(store: Store) -> dict[str, Any]:
    """What the screens count, score and propose, by id (the same ids in every language)."""
    people = sorted(store.participants(), key=lambda p: p.id or 0)
    levels = store.program().career_levels
    open_ = (ParticipantStatus.ACTIVE, ParticipantStatus.APPLICANT)
    mentors = [p for p in people if p.role is not Role.MENTEE and p.status in open_]
    mentees = [p for p in people if p.role is not Role.MENTOR and p.status in open_]
    settings, rules = store.match_settings(), store.pair_rules()
    scores = mentoring_scores(mentors, mentees, levels, settings, rules)
    peers = peer_scores(mentees, levels, settings, rules)
    board = Board(store, TODAY)
    _, proposals = board.auto_match()
    board_figures = dashboard.compute(store, TODAY)
    rounds = {r: n for n, r in enumerate(dict.fromkeys(f.round for f in store.feedback()))}
    return {
        "counts": store.counts(),
        "tables": store.table_counts(),
        "sessions": [
            (s.id, s.pair_id, s.date, s.duration_minutes, s.format, s.status, s.confidential)
            for s in store.sessions()
        ],
        "feedback": [
            (f.participant_id, f.pair_id, rounds[f.round], f.date, f.answers)
            for f in store.feedback()
        ],
        "steps": [(s.goal_id, s.due_date, s.done, s.milestone) for s in store.all_goal_steps()],
        "checkins": [(c.pair_id, c.date, c.participant_id) for c in store.checkins()],
        "intake": {i: s.stage for i, s in store.intake_statuses(TODAY).items()},
        "attendance": sorted(store.attendance_counts().values()),
        "scores": (scores.score.round(9).tolist(), scores.reason.tolist()),
        "peer scores": peers.score.round(9).tolist(),
        "auto-match": sorted(
            sorted((m.participant_id, m.role) for m in pair.members) for pair in proposals
        ),
        "best partners": {p.id: board.best_partners(p.id or 0) for p in people},
        "dashboard": (
            board_figures.match_rate,
            board_figures.satisfaction,
            board_figures.nps,
            board_figures.median_days_since_session,
            [(b.key, b.count) for b in board_figures.funnel],
            [(b.key, b.count) for b in board_figures.goals_by_status],
            [(b.key, b.count) for b in board_figures.closed_by_reason],
            [(b.key, b.count) for b in board_figures.sessions_per_month],
            sorted((s.wanted, s.offered) for s in board_figures.skills),
            [(r.first_date, r.satisfaction, r.nps) for r in board_figures.rounds],
        ),
    }


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_same_figures_as_in_english(lang: str, stores: dict[str, Store]) -> None:
    english = figures(stores["en"])
    # The interface in the demo's language, as the app shows it: "Remote" is translated.
    install_translator(lambda _context, text: REMOTE[lang] if text == "Remote" else text)
    translated = figures(stores[lang])
    assert english.keys() == translated.keys()
    for name, value in english.items():
        assert translated[name] == value, name
    assert english["counts"].participants == 40 and english["counts"].sessions > 100
    assert np.asarray(english["scores"][0]).std() > 5  # scores that tell people apart


def test_the_texts_the_code_used_to_hold_are_in_the_demo_language(
    stores: dict[str, Store],
) -> None:
    it, bg = stores["it"], stores["bg"]
    assert [i.name for i in it.screening_items()][0] == "Colloquio svolto"
    assert [i.name for i in bg.screening_items()][2] == "Свидетелство за съдимост"
    assert {f.round for f in it.feedback()} == {"Primo mese", "Metà percorso"}
    assert {f.round for f in bg.feedback()} == {"Първи месец", "Среден етап"}
    assert {f.round for f in stores["en"].feedback()} == {"First month", "Midpoint"}
    assert it.program().name.startswith("Tramontana")
    assert bg.program().name.startswith("Витоша")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_interface_translation_agrees_with_the_demo(lang: str) -> None:
    """Matching reads "Remote" and the dashboard's rounds in the interface's language."""
    ts = ROOT / "resources" / "i18n" / f"mentordesk_{lang}.ts"
    if not ts.exists():
        pytest.skip("no interface translation yet")
    said = {
        m.findtext("source"): m.findtext("translation")
        for c in ET.parse(ts).getroot()
        if c.findtext("name") == "model"
        for m in c.iter("message")
    }
    data = load_demo_data(lang=lang)
    expected = {"Remote": REMOTE[lang], "First month": data["feedback"]["rounds"][0]}
    expected["Midpoint"] = data["feedback"]["rounds"][1]
    for source, text in expected.items():
        if said.get(source):
            assert said[source] == text, source


# -- choosing the language -----------------------------------------------------------------------


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    with pytest.raises(ValueError, match="'fr'.*en, it, bg"):
        write_demo(path, TODAY, lang="fr")
    assert not path.exists()
    with pytest.raises(ValueError):
        demo_store(TODAY, lang="EN")
    with pytest.raises(ValueError):
        demo_file("")


@pytest.mark.parametrize(
    ("interface", "lang"),
    [("it", "it"), ("it_IT", "it"), ("bg-BG", "bg"), ("BG", "bg"), ("en_GB", "en")]
    + [("de_DE", "en"), ("", "en"), ("C", "en")],
)
def test_the_demo_language_for_an_interface_language(interface: str, lang: str) -> None:
    assert demo_language(interface) == lang


def test_the_files_are_where_the_code_looks() -> None:
    assert [demo_file(lang).name for lang in DEMO_LANGUAGES] == [
        "demo_program.json",
        "demo_program.it.json",
        "demo_program.bg.json",
    ]
    assert all(json.loads(demo_file(lang).read_text(encoding="utf-8")) for lang in DEMO_LANGUAGES)


# -- the command line ------------------------------------------------------------------------


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run([str(a) for a in args], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_demo_in_bulgarian_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "демо.mentordesk"
    status, out, err = run("demo", path, "--lang", "bg", "--today", TODAY.isoformat())
    assert (status, err) == (0, "")
    with Store.open(path, read_only=True) as store:
        assert store.program().name == load_demo_data(lang="bg")["program"]["name"]
        assert all(p.email.endswith("@vitosha.example") for p in store.participants())
        counts = store.counts()
    assert f"participants: {counts.participants}," in out and counts.participants == 40
    english = tmp_path / "demo.mentordesk"
    assert run("demo", english, "--today", TODAY.isoformat())[0] == 0
    with Store.open(english, read_only=True) as store:
        assert store.program().name == "Northwind Growth Mentoring 2026"
        assert store.counts() == counts


def test_the_command_line_offers_the_demo_languages() -> None:
    status, out, _ = run("demo", "--help")
    assert status == 0 and "--lang {" + ",".join(DEMO_LANGUAGES) + "}" in out


def test_demo_with_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "demo.mentordesk"
    status, _, err = run("demo", path, "--lang", "fr")
    assert status == 2
    assert err.startswith("mentordesk: ") and err.count("\n") == 1 and "--lang" in err
    assert not path.exists()
