"""The kill harness in CI: small files, two kills per operation (the full run: README.md)."""

from __future__ import annotations

import pytest

from .kill_harness import OPS, QUICK, run, table

pytestmark = pytest.mark.safety


def test_killed_operations_leave_sound_files_with_all_or_nothing() -> None:
    results = run(2, list(OPS), QUICK, seed=1, say=lambda _text: None)
    assert all(t.kills + t.finished >= 2 for t in results.values()), table(results)
    assert not any(t.problems for t in results.values()), table(results)
    assert sum(t.partial for t in results.values()) == 0
