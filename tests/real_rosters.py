"""Where the real rosters nobody here wrote are (``../shared/fixtures/real/``, read-only).

``MENTORDESK_REAL_ROSTERS`` overrides it; a checkout elsewhere than beside ``shared/`` falls
back to the workplace's copy.
"""

from __future__ import annotations

import os
from pathlib import Path

_CANDIDATES = (
    os.environ.get("MENTORDESK_REAL_ROSTERS", ""),
    str(Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real"),
    "/work/shared/fixtures/real",
)

REAL = next(
    (Path(c) for c in _CANDIDATES if c and Path(c, "SOURCES.md").is_file()), Path(_CANDIDATES[1])
)
