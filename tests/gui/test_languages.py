"""In Italian and Bulgarian, every page and menu of the demo program shows no English text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog

from mentordesk.i18n_catalog import read_ts, ts_path
from mentordesk.model.demo import write_demo
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.translations import install, uninstall

from .visible_text import menu_texts, plain, widget_texts


class English:
    """Recognises interface text still in English: a source string with a different translation."""

    def __init__(self, lang: str) -> None:
        self.exact: set[str] = set()
        patterns = []
        entries = read_ts(ts_path(lang)).values()
        # Words the language itself uses ("Date" is Italian for dates) are not English left.
        self.native = {plain(form) for e in entries if not e.vanished for form in e.forms}
        for entry in entries:
            source = plain(entry.key.source)
            if entry.vanished or plain(entry.translation) == source:
                continue
            if not re.search(r"\{\w*\}|%\d|%n", source):
                self.exact.add(source)
                continue
            parts = re.split(r"\{\w*(?::[^}]*)?\}|%\d|%n", source)
            if sum(len(re.sub(r"\W", "", p)) for p in parts) >= 8:
                patterns.append(".+?".join(re.escape(p) for p in parts))
        self.templates = re.compile("|".join(f"(?:{p})" for p in patterns))

    def __call__(self, text: str) -> bool:
        text = plain(text)
        if len(re.sub(r"[^A-Za-z]", "", text)) < 3 or text in self.native:
            return False
        return text in self.exact or self.templates.fullmatch(text) is not None


@pytest.fixture(params=["it", "bg"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translators = install(request.param)
    yield request.param
    uninstall(translators)


def test_every_page_speaks_the_language(
    language: str, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "demo.mentordesk"
    write_demo(path, lang=language)
    window = make_window()
    assert window.open_file(path)
    view = window.view
    assert view is not None
    english = English(language)
    found: dict[str, set[str]] = {}
    for row in range(view.nav.count()):
        view.nav.setCurrentRow(row)
        page = view.pages.currentWidget()
        texts = {t for t in widget_texts(page) if english(t)}
        if texts:
            found[view.nav.item(row).text()] = texts
    for menu in window.menuBar().findChildren(type(window.go_menu)):
        texts = {t for t in menu_texts(menu) if english(t)}
        if texts:
            found.setdefault("menus", set()).update(texts)
    assert not found, f"English left in {language}: {found}"
    assert (
        QLocale().language()
        == {"it": QLocale.Language.Italian, "bg": QLocale.Language.Bulgarian}[language]
    )


def test_the_checker_sees_english(qapp) -> None:  # type: ignore[no-untyped-def]
    english = English("it")
    assert english("&Undo".replace("&", "")) or english("Participants")
    assert not english("Partecipanti")


def test_every_dialog_speaks_the_language(
    language: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The smoke test opens every dialog of the demo; none may show English."""
    from mentordesk.ui import smoke, translations

    english = English(language)
    found: dict[str, set[str]] = {}
    visit = smoke.DialogVisitor.__call__

    def look_then_visit(visitor: smoke.DialogVisitor, dialog: QDialog) -> bool:
        texts = {t for t in widget_texts(dialog) if english(t)}
        texts |= {dialog.windowTitle()} if english(dialog.windowTitle()) else set()
        if texts:
            found.setdefault(type(dialog).__name__, set()).update(texts)
        return visit(visitor, dialog)

    monkeypatch.setattr(smoke.DialogVisitor, "__call__", look_then_visit)
    monkeypatch.setattr(translations, "chosen_language", lambda *_args: language)
    assert smoke.run_smoke_test(tmp_path / "shot.png") == 0
    assert found == {}, f"English left in {language} dialogs: {found}"
