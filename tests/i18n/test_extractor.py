"""The catalogue reads every way the code translates, and keeps translations across updates."""

from __future__ import annotations

from pathlib import Path

from mentordesk.i18n_catalog import Catalogue, Key, extract, merge, read_ts, write_ts

MODEL_I18N = """
def tr(text, context="model"):
    return text
def tr_noop(text):
    return text
"""
UI = """
from PySide6.QtCore import QT_TRANSLATE_NOOP, QT_TR_NOOP, QCoreApplication
from ..model.i18n import tr

FILTER = QT_TRANSLATE_NOOP("prompts", "Programs (*.mentordesk)")

def _tr(text):
    return QCoreApplication.translate("helpers", text)

class Page:
    LABEL = QT_TR_NOOP("Marked")

    def build(self):
        self.tr("Hello " "world")
        self.tr("Close", "a pair")
        self.tr("%n pairs", "", 3)
        QCoreApplication.translate("Other", "Explicit")
        _tr("Through a helper")
        tr("From the model")
        self.tr(self.name)

        def inner():
            self.tr("Nested in a method")
"""
OTHER = """
from .page import _tr
from ..model.i18n import tr as model_tr

def show():
    _tr("Imported helper")
    model_tr("Named context", "report")
"""


def _package(root: Path) -> None:
    for folder, files in {
        "app": {"__init__.py": ""},
        "app/model": {"__init__.py": "", "i18n.py": MODEL_I18N},
        "app/ui": {"__init__.py": "", "page.py": UI, "other.py": OTHER},
    }.items():
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / folder / name).write_text(text)


def test_every_kind_of_call_is_found_with_its_context(tmp_path: Path) -> None:
    _package(tmp_path)
    catalogue = extract(tmp_path, "app")
    found = {(k.context, k.source, k.comment) for k in catalogue.messages}
    assert found == {
        ("prompts", "Programs (*.mentordesk)", ""),
        ("helpers", "Through a helper", ""),
        ("helpers", "Imported helper", ""),
        ("Page", "Marked", ""),
        ("Page", "Hello world", ""),
        ("Page", "Close", "a pair"),
        ("Page", "%n pairs", ""),
        ("Page", "Nested in a method", ""),
        ("Other", "Explicit", ""),
        ("model", "From the model", ""),
        ("report", "Named context", ""),
    }
    assert catalogue.messages[Key("Page", "%n pairs")].numerus
    assert [d.call for d in catalogue.dynamic] == ["self.tr(self.name)"]


def _catalogue(*sources: str) -> Catalogue:
    catalogue = Catalogue()
    for source in sources:
        catalogue.add(Key("Page", source), numerus=source.startswith("%n"), file="page.py")
    return catalogue


def test_translations_survive_an_update_and_gone_strings_are_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "it.ts"
    entries = merge(_catalogue("Save", "%n pairs", "Gone"), {})
    assert not any(e.finished for e in entries)
    for entry in entries:
        entry.forms = ["%n coppia", "%n coppie"] if entry.numerus else [entry.key.source + " (it)"]
        entry.finished = True
    write_ts(path, "it_IT", entries)

    again = merge(_catalogue("Save", "%n pairs", "New"), read_ts(path))
    by_source = {e.key.source: e for e in again}
    assert by_source["Save"].forms == ["Save (it)"] and by_source["Save"].finished
    assert by_source["%n pairs"].forms == ["%n coppia", "%n coppie"]
    assert not by_source["New"].finished
    assert by_source["Gone"].vanished
    write_ts(path, "it_IT", again)
    read = read_ts(path)
    assert read[Key("Page", "Gone")].vanished
    assert not read[Key("Page", "New")].finished
    assert len(merge(_catalogue("Save"), read, keep_vanished=False)) == 1


def test_a_text_translated_elsewhere_is_reused(tmp_path: Path) -> None:
    old = merge(_catalogue("Cancel"), {})
    old[0].forms, old[0].finished = ["Annulla"], True
    catalogue = Catalogue()
    catalogue.add(Key("Dialog", "Cancel"), False, "dialog.py")
    (entry,) = [e for e in merge(catalogue, {e.key: e for e in old}) if not e.vanished]
    assert entry.key.context == "Dialog" and entry.forms == ["Annulla"] and entry.finished
