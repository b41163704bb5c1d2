"""The translation catalogue: every user-visible string, read from the code, kept for Qt Linguist.

``python -m mentordesk.i18n_catalog`` updates ``resources/i18n/mentordesk_{it,bg}.ts`` and builds
the ``.qm`` files with ``pyside6-lrelease``. We read the code with :mod:`ast` instead of running
``pyside6-lupdate`` because lupdate does not know the calls our modules translate through: the
model's ``tr(text)`` (context ``model``, no Qt in the model) and each module's small
``_tr(text)`` helper that names its context once. The ``.ts`` files stay the ones Qt Linguist
opens, and ``lrelease`` still builds what the app loads.

Recognised, with a string literal as the text:

- ``self.tr(text[, disambiguation[, n]])``: the context is the class the call is written in;
- ``QCoreApplication.translate(context, text[, disambiguation[, n]])``;
- ``QT_TRANSLATE_NOOP(context, text)`` and ``QT_TR_NOOP(text)`` (class context), for constants;
- a module's helper ``def _tr(text): return QCoreApplication.translate("Context", text)``, also
  when another module imports it;
- the model's ``tr(text[, context])`` and ``tr_noop(text)`` from ``mentordesk.model.i18n``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"it": "it_IT", "bg": "bg_BG"}
MODEL_CONTEXT = "model"


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    numerus: bool = False
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Dynamic:
    """A translation call whose text is not a literal: its strings must be marked elsewhere."""

    file: str
    line: int
    call: str


@dataclass
class Catalogue:
    messages: dict[Key, Message] = field(default_factory=dict)
    dynamic: list[Dynamic] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, file: str) -> None:
        message = self.messages.setdefault(key, Message(key))
        message.numerus = message.numerus or numerus
        if file not in message.files:
            message.files.append(file)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """``def _tr(text): return QCoreApplication.translate("Ctx", text)`` gives ``"Ctx"``."""
    if len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (isinstance(call, ast.Call) and _call_name(call) == "translate" and call.args):
        return None
    context = _literal(call.args[0])
    params = [a.arg for a in func.args.args]
    if context is None or len(call.args) < 2 or not params:
        return None
    text = call.args[1]
    return context if isinstance(text, ast.Name) and text.id == params[0] else None


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _resolve(module: str, level: int, name: str | None, is_package: bool) -> str:
    if level == 0:
        return name or ""
    base = module.split(".")
    base = base[: len(base) - level + (1 if is_package else 0)]
    return ".".join([*base, name] if name else base)


class _Module:
    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.name = _module_name(path, root)
        self.file = path.relative_to(root).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.is_package = path.name == "__init__.py"
        self.helpers: dict[str, str] = {}
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef):
                context = _helper_context(node)
                if context is not None:
                    self.helpers[node.name] = context

    def imports(self) -> Iterator[tuple[str, str, str]]:
        """(local name, module, imported name) for every ``from X import name``."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom):
                source = _resolve(self.name, node.level, node.module, self.is_package)
                for alias in node.names:
                    yield alias.asname or alias.name, source, alias.name


def _modules(root: Path, package: str) -> list[_Module]:
    skip = {Path(__file__).resolve()}
    files = sorted(p for p in (root / package).rglob("*.py") if p.resolve() not in skip)
    return [_Module(p, root) for p in files]


def extract(root: Path = ROOT, package: str = "mentordesk") -> Catalogue:
    """Every translatable string in ``package``, in the order the code names them."""
    modules = _modules(root, package)
    helpers = {m.name: m.helpers for m in modules}
    catalogue = Catalogue()
    for module in modules:
        local = dict(module.helpers)
        model_tr: set[str] = set()
        for name, source, imported in module.imports():
            if source == f"{package}.model.i18n" and imported in ("tr", "tr_noop"):
                model_tr.add(name)
            elif imported in helpers.get(source, {}):
                local[name] = helpers[source][imported]
        _Visitor(catalogue, module.file, local, model_tr).visit(module.tree)
    return catalogue


class _Visitor(ast.NodeVisitor):
    def __init__(
        self, catalogue: Catalogue, file: str, helpers: dict[str, str], model_tr: set[str]
    ) -> None:
        self.catalogue = catalogue
        self.file = file
        self.helpers = helpers
        self.model_tr = model_tr
        self.classes: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.helpers and _helper_context(node) is not None:
            return  # the helper's own ``translate(context, text)``
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        found = self._recognise(node)
        if found is None:
            return
        context, text_node, rest = found
        text = _literal(text_node)
        if text is None:
            self.catalogue.dynamic.append(Dynamic(self.file, node.lineno, ast.unparse(node)))
            return
        comment = _literal(rest[0]) if rest else ""
        numerus = len(rest) >= 2
        self.catalogue.add(Key(context, text, comment or ""), numerus, self.file)

    def _recognise(self, node: ast.Call) -> tuple[str, ast.expr | None, list[ast.expr]] | None:
        name = _call_name(node)
        args = list(node.args)
        is_attr = isinstance(node.func, ast.Attribute)
        if name == "tr" and is_attr:
            return (self.classes[-1] if self.classes else ""), _first(args), args[1:]
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context = _literal(args[0])
            if context is None:
                return None  # a helper's own body, or a call we cannot place
            return context, args[1], args[2:]
        if name == "QT_TR_NOOP" and self.classes:
            return self.classes[-1], _first(args), []
        if is_attr or name is None:
            return None
        if name in self.model_tr:
            if name != "tr_noop" and len(args) >= 2 and _literal(args[1]):
                return str(_literal(args[1])), args[0], []
            return MODEL_CONTEXT, _first(args), []
        if name in self.helpers:
            return self.helpers[name], _first(args), args[1:]
        return None


def _first(args: list[ast.expr]) -> ast.expr | None:
    return args[0] if args else None


# --- Qt Linguist files ---------------------------------------------------------------------------


@dataclass
class Entry:
    """One message of a ``.ts`` file, with its translation (forms, for a numerus message)."""

    key: Key
    numerus: bool
    forms: list[str]
    finished: bool
    vanished: bool = False

    @property
    def translation(self) -> str:
        return self.forms[0] if self.forms else ""


def read_ts(path: Path) -> dict[Key, Entry]:
    """The messages of a ``.ts`` file, keyed by context, source and disambiguation."""
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if node is None:
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in node.iter("numerusform")]
            else:
                forms = [node.text or ""]
            finished = kind == "" and any(forms)
            vanished = kind in ("vanished", "obsolete")
            entries[key] = Entry(key, numerus, forms, finished, vanished)
    return entries


def merge(catalogue: Catalogue, old: dict[Key, Entry], keep_vanished: bool = True) -> list[Entry]:
    """The catalogue's messages with the translations ``old`` already has.

    A new message whose text is already translated in another context takes that translation:
    the same English words mean the same thing across the interface.
    """
    by_text: dict[tuple[str, bool], list[str]] = {}
    for entry in old.values():
        if entry.finished:
            by_text.setdefault((entry.key.source, entry.numerus), entry.forms)
    entries = []
    for key, message in catalogue.messages.items():
        known = old.get(key)
        if known is not None and known.forms and any(known.forms):
            entries.append(Entry(key, message.numerus, known.forms, known.finished))
        elif (message.key.source, message.numerus) in by_text:
            entries.append(Entry(key, message.numerus, by_text[key.source, message.numerus], True))
        else:
            entries.append(Entry(key, message.numerus, [], False))
    if keep_vanished:
        for key, entry in old.items():
            if key not in catalogue.messages and entry.finished:
                entries.append(Entry(key, entry.numerus, entry.forms, True, vanished=True))
    return entries


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    """Write ``entries`` as a Qt Linguist file, contexts in name order, messages in code order."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for entry in sorted(entries, key=lambda e: e.key.context):
        context = contexts.get(entry.key.context)
        if context is None:
            context = contexts[entry.key.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry.key.context
        message = ET.SubElement(context, "message")
        if entry.numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = entry.key.source
        if entry.key.comment:
            ET.SubElement(message, "comment").text = entry.key.comment
        translation = ET.SubElement(message, "translation")
        if entry.vanished:
            translation.set("type", "vanished")
        elif not entry.finished:
            translation.set("type", "unfinished")
        if entry.numerus:
            for form in entry.forms or ["", ""]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / "resources" / "i18n" / f"mentordesk_{lang}.ts"


def lrelease() -> str:
    """The path of ``pyside6-lrelease`` (installed with PySide6-Essentials)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    return str(Path(sys.executable).parent / "pyside6-lrelease")


def build_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(root: Path = ROOT, drop_vanished: bool = False) -> dict[str, tuple[int, int]]:
    """Update each ``.ts`` from the code, build its ``.qm``; return (done, total) per language."""
    catalogue = extract(root)
    counts = {}
    for lang, language in LANGUAGES.items():
        path = ts_path(lang, root)
        entries = merge(catalogue, read_ts(path), keep_vanished=not drop_vanished)
        write_ts(path, language, entries)
        build_qm(path, path.with_suffix(".qm"))
        live = [e for e in entries if not e.vanished]
        counts[lang] = (sum(e.finished for e in live), len(live))
    return counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    counts = update(drop_vanished="--drop-vanished" in args)
    for lang, (done, total) in counts.items():
        print(f"{lang}: {done} of {total} translated")
    for item in extract().dynamic:
        print(f"note: {item.file}:{item.line}: text not a literal: {item.call}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
