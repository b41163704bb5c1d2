"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 released a reference to ``None`` on every call that returns
nothing; the app then aborted ("none_dealloc") after a few hundred keystrokes. Checked in a
child process, so a broken binding fails this test instead of crashing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(500):
    label.setText("x")
    label.setEnabled(True)
print(sys.getrefcount(None) - before)
"""


def test_calls_returning_nothing_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lost = -int(result.stdout.strip().splitlines()[-1])
    assert lost < 100, f"the Qt binding dropped {lost} references to None in 1,000 calls"
