"""The Italian and Bulgarian catalogues are complete, current, and built into the .qm files."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mentordesk.i18n_catalog import (
    LANGUAGES,
    ROOT,
    build_qm,
    extract,
    read_ts,
    ts_path,
)

UPDATE = "run `python -m mentordesk.i18n_catalog`, then translate what it marks unfinished"
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%\d|<[^>]+>|&[a-z]+;")


@pytest.fixture(scope="module")
def catalogue():  # type: ignore[no-untyped-def]
    return extract()


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_string_in_the_code_is_in_the_catalogue(catalogue, lang: str) -> None:  # type: ignore[no-untyped-def]
    entries = read_ts(ts_path(lang))
    live = {key for key, entry in entries.items() if not entry.vanished}
    missing = [f"{k.context}: {k.source!r}" for k in catalogue.messages if k not in live]
    stale = [f"{k.context}: {k.source!r}" for k in live if k not in catalogue.messages]
    assert not missing, f"{len(missing)} strings missing from {lang} ({UPDATE}): {missing[:10]}"
    assert not stale, f"{len(stale)} strings no longer in the code ({UPDATE}): {stale[:10]}"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_string_is_translated(lang: str) -> None:
    entries = [e for e in read_ts(ts_path(lang)).values() if not e.vanished]
    unfinished = [f"{e.key.context}: {e.key.source!r}" for e in entries if not e.finished]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}: {unfinished[:10]}"
    for entry in entries:
        assert len(entry.forms) == (2 if entry.numerus else 1), entry.key
        assert all(form.strip() for form in entry.forms), entry.key


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_translations_keep_placeholders_and_mnemonics(lang: str) -> None:
    wrong = []
    for entry in read_ts(ts_path(lang)).values():
        source = entry.key.source
        for form in entry.forms:
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(form)):
                wrong.append(f"{source!r} → {form!r}")
            if ("%n" in source) != ("%n" in form) or source.count("\n") != form.count("\n"):
                wrong.append(f"{source!r} → {form!r}")
            if _mnemonic(source) != _mnemonic(form):
                wrong.append(f"mnemonic: {source!r} → {form!r}")
    assert not wrong, wrong[:10]


def _mnemonic(text: str) -> bool:
    return "&" in re.sub(r"&[a-z]+;|&&", "", text)


#: Words Bulgarian keeps in Latin letters: names of things, formats and the like.
_LATIN_IN_BULGARIAN = re.compile(
    r"MentorDesk|E-mail|e-mail|NPS|PDF|PNG|SVG|CSV|ICS|Excel|SMART|ID|Microsoft Forms|Google Forms"
    r"|Net Promoter Score|\.\w+|\*\.\w+|--[\w-]+|\{[^}]*\}|%\w|<[^>]+>|&\w+;"
)


def _unmarked(text: str) -> str:
    """Without mnemonic ampersands (entities like ``&amp;`` stay)."""
    return re.sub(r"&(?!\w+;)", "", text)


def test_bulgarian_is_written_in_cyrillic() -> None:
    latin_only = [
        f"{e.key.source!r} → {e.forms[0]!r}"
        for e in read_ts(ts_path("bg")).values()
        if not e.vanished
        and re.search(r"[A-Za-z]{3}", _LATIN_IN_BULGARIAN.sub("", _unmarked(" ".join(e.forms))))
        and not re.search(r"[А-Яа-я]", " ".join(e.forms))
    ]
    assert latin_only == []


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_qm_files_are_built_from_the_ts_files(lang: str, tmp_path: Path) -> None:
    ts = ts_path(lang)
    fresh = tmp_path / f"{lang}.qm"
    build_qm(ts, fresh)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), UPDATE


# --- strings in the interface that are not wrapped for translation ------------------------------

#: Qt calls whose string arguments a person reads.
_SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
    "addAction", "addMenu", "setLabelText", "setAccessibleName", "setAccessibleDescription",
    "addTab", "insertTab", "setTabText", "setWhatsThis", "addItem", "addItems", "addRow",
    "setHeaderLabels", "showMessage", "information", "warning", "critical", "question",
    "setSuffix", "setPrefix", "setSpecialValueText", "setButtonText", "setCancelButtonText",
    "setSubTitle", "setInformativeText", "setDetailedText", "setHtml", "setMarkdown",
    "setPlainText", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QCommandLinkButton",
}  # fmt: skip
#: Text that is the same in every language: the app's name, an example e-mail address.
_SAME_EVERYWHERE = re.compile(r"MentorDesk|[\w.]+@[\w.]+")


def _words(node: ast.expr) -> str:
    """The words a literal (or an f-string's literal parts) shows, markup and names removed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return ""
    text = _SAME_EVERYWHERE.sub("", re.sub(r"<[^>]*>|&\w+;", "", text))
    return text if re.search(r"[A-Za-z]{2}", text) else ""


def unwrapped(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in _SHOWN and any(_words(arg) for arg in node.args):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_no_interface_text_escapes_translation() -> None:
    assert unwrapped(ROOT / "mentordesk" / "ui") == []


def test_the_scan_finds_an_unwrapped_label(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "def build(self):\n"
        "    QLabel('Pairs to confirm')\n"
        "    self.title.setText(f'{n} pairs')\n"
        "    QLabel(self.tr('Fine'))\n"
        "    QLabel('<b>%1</b>')\n"
    )
    assert [line.split(":")[1] for line in unwrapped(tmp_path)] == ["2", "3"]


def test_translation_calls_name_their_text(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A call that translates a variable needs its strings marked where they are defined."""
    allowed = {"header", "h", "SIGN_IN_FILTER", "XLSX_FILTER", "MAPPING_FILTER", "FILE_FILTER",
               "ROSTER_FILTER", "SURVEY_FILTER"}  # fmt: skip
    for item in catalogue.dynamic:
        argument = item.call[item.call.index("(") + 1 : -1]
        assert argument in allowed, f"{item.file}:{item.line}: {item.call} (mark the text)"
