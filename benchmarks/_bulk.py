"""Writing a generated program fast: the benchmarks' one bulk insert."""

from __future__ import annotations

from typing import Any

from mentordesk.model.store import Store


def insert_many(store: Store, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one ``executemany``."""
    columns = list(rows[0])
    names, values = ", ".join(columns), ", ".join(f":{c}" for c in columns)
    store.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({values})", rows)
