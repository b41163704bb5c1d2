"""Test environment: offscreen Qt, a fixed locale, a private matplotlib cache."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp(prefix="mentordesk-mpl-"))
