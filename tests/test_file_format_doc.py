"""docs/file-format.md describes every table and column a new program file has, and no more."""

from __future__ import annotations

import re
from pathlib import Path

from mentordesk.model.domain import Program
from mentordesk.model.schema import SCHEMA_VERSION
from mentordesk.model.store import Store

DOC = Path(__file__).resolve().parent.parent / "docs" / "file-format.md"


def documented() -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), set())
        elif line.startswith("## "):
            current = None
        elif current is not None and line.startswith("| `"):
            cell = line.split("|")[1]
            current.update(re.findall(r"`(\w+)`", cell))
    return tables


def test_every_table_and_column_is_documented() -> None:
    with Store.in_memory(Program(name="Doc")) as store:
        actual = {
            table: {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
            for table in store.table_counts()
        }
    assert documented() == actual


def test_the_documented_version_is_the_one_written() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"**schema version {SCHEMA_VERSION}** (`PRAGMA user_version = {SCHEMA_VERSION}`)" in text
