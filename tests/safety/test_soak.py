"""The soak run in CI: a few hundred random edits with undo and redo (the long run: README.md)."""

from __future__ import annotations

import pytest

from .soak import soak

pytestmark = pytest.mark.safety


def test_random_edits_with_undo_and_redo_keep_every_invariant(qapp: object) -> None:
    """(``qapp``: the QApplication of pytest-qt, so the soak does not make its own.)"""
    report = soak(150, seed=3)
    assert report.steps > 100
    assert report.violations == []
