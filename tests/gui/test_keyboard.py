"""Keyboard use: Tab walks every dialog in reading order, and menu mnemonics never collide
(in any language)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMenu, QWidget

from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.translations import install, uninstall

from .conftest import DialogScript


def tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits in ``dialog``, in order."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = dialog.nextInFocusChain()
    tab = Qt.FocusPolicy.TabFocus
    while widget is not dialog and id(widget) not in seen:
        seen.add(id(widget))
        if (
            dialog.isAncestorOf(widget)
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & tab == tab
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def back_jumps(dialog: QDialog) -> list[str]:
    """Steps where Tab goes up the dialog to a field (the buttons at the end may sit higher)."""
    chain = tab_chain(dialog)
    found = []
    for a, b in zip(chain, chain[1:], strict=False):
        above = b.mapTo(dialog, QPoint(0, 0)).y() < a.mapTo(dialog, QPoint(0, 0)).y() - 8
        if above and not isinstance(b, QAbstractButton):
            found.append(f"{type(a).__name__} → {type(b).__name__} {b.accessibleName()!r}")
    return found


def test_every_dialog_tabs_in_reading_order(window: MainWindow, dialogs: DialogScript) -> None:
    seen: dict[str, list[str]] = {}

    def look(dialog: QDialog) -> bool:
        chain = tab_chain(dialog)
        assert len(chain) >= 2, f"{type(dialog).__name__}: nothing to Tab to"
        seen[type(dialog).__name__] = back_jumps(dialog)
        return False

    view = window.view
    assert view is not None
    dialogs.steps.extend([look, look])
    window.edit_program()
    window.preferences()
    for page in (view.pairs, view.resources):
        view.show_page(page)
        if page is view.pairs:
            view.pairs.table.selectRow(0)
        for button in _dialog_buttons(page):
            dialogs.steps.append(look)
            button.click()
    dialogs.steps.append(look)
    window.add_participant_action.trigger()
    assert {
        "ProgramDialog",
        "PreferencesDialog",
        "ParticipantDialog",
        "GoalDialog",
        "SessionDialog",
        "CheckInDialog",
        "ResourceDialog",
        "TrainingDialog",
    } <= set(seen)
    assert {name: jumps for name, jumps in seen.items() if jumps} == {}


def _dialog_buttons(page: QWidget) -> Iterator[QAbstractButton]:
    for button in page.findChildren(QAbstractButton):
        if button.text().endswith("…") and button.isEnabled() and button.isVisible():
            yield button


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", "it", "bg"])
def test_menu_mnemonics_are_unique(language: str, window: MainWindow) -> None:
    translators = install(language)
    try:
        # The menus were built in English: build a window again in this language.
        fresh = MainWindow(window.services)
        try:
            menus = [fresh.menuBar(), *fresh.menuBar().findChildren(QMenu)]
            clashes = {}
            for menu in menus:
                letters = [_mnemonic(a.text()) for a in menu.actions() if a.isVisible()]
                letters = [x for x in letters if x]
                if len(letters) != len(set(letters)):
                    clashes[menu.title() or "menu bar"] = [a.text() for a in menu.actions()]
            assert clashes == {}
        finally:
            fresh.close()
            fresh.deleteLater()
    finally:
        uninstall(translators)


@pytest.mark.parametrize("language", ["en", "it", "bg"])
def test_page_mnemonics_are_unique(
    language: str, make_window: Callable[[], MainWindow], demo_file: Path
) -> None:
    translators = install(language)
    try:
        window = make_window()
        assert window.open_file(demo_file)
        view = window.view
        assert view is not None
        clashes = {}
        for row in range(view.nav.count()):
            view.nav.setCurrentRow(row)
            page = view.pages.currentWidget()
            if page is view.pairs:
                view.pairs.table.selectRow(0)  # the pair's detail has fields of its own
            texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
            texts += [
                label.text()
                for label in page.findChildren(QLabel)
                if label.isVisibleTo(page) and label.buddy() is not None
            ]
            letters = [m for m in map(_mnemonic, texts) if m]
            if len(letters) != len(set(letters)):
                clashes[view.nav.item(row).text()] = texts
        assert clashes == {}
    finally:
        uninstall(translators)
