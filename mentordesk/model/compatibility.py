"""How well mentors and mentees (or peers) fit: score matrices for a whole program, and the
plain-words explanation of any one combination.

Each criterion gives a fit from 0 to 1 and the score is ``100 × Σ weight·fit / Σ weight`` over
the criteria whose weight is above 0. A criterion that cannot be judged for a combination (an
empty list on either side, a career level that is not one of the program's, no department or
location given, no partner preference from either) gives the neutral fit 0.5, so a missing
answer neither rewards nor punishes.

- skills, interests, availability: the share of the mentee's items (skills wanted, interests,
  free times) that the mentor has (skills offered, interests, free times); for peers the two
  directions averaged. Items compare case-insensitively, trimmed.
- language: 1 when they share one. Location: 1 in the same place, 0.5 when either is "Remote".
- level: 1 when the mentor is ``level_gap`` levels above the mentee, one third less for each
  level outside that range; for peers 1 at the same or a neighbouring level.
- department: 1 when different (or the same, by the program's rule). Preference: 1 when either
  asked for the other, 0 when either asked for someone else.

Hard constraints (withdrawn, the same person, "never pair", no shared language, mentor not
above, same department, no places left, outside the level gap) make a combination ineligible;
``Scores.reason`` holds the lowest :class:`Ineligible` number that applies. An ineligible
combination keeps its score, so the board can say what overriding the rule would give.

This module is the public entry point; the work is done in:

- :mod:`.compatibility_fits`: participants as features, the points of one combination;
- :mod:`.compatibility_reasons`: the hard constraints, as codes and in words;
- :mod:`.compatibility_lists` and :mod:`.compatibility_matrix`: every combination at once,
  never pair by pair (list fields as bitsets, the rest as a small table of profiles);
- :mod:`.compatibility_text`: :func:`explain`, one combination in plain Python with the same
  arithmetic in the same order, so its numbers equal the matrix exactly.
"""

from __future__ import annotations

from .compatibility_fits import LEVEL_STEPS, NEUTRAL
from .compatibility_fits import _key as _key  # the benchmarks clear the caches of these two
from .compatibility_fits import _keys as _keys
from .compatibility_lists import BITSET_ITEMS
from .compatibility_matrix import Scores, mentoring_scores, peer_scores
from .compatibility_reasons import Ineligible
from .compatibility_text import Explanation, Part, explain
from .match_settings import DEFAULT_WEIGHTS, Criterion, DepartmentRule, MatchSettings, Rules

__all__ = [
    "BITSET_ITEMS",
    "DEFAULT_WEIGHTS",
    "LEVEL_STEPS",
    "NEUTRAL",
    "Criterion",
    "DepartmentRule",
    "Explanation",
    "Ineligible",
    "MatchSettings",
    "Part",
    "Rules",
    "Scores",
    "explain",
    "mentoring_scores",
    "peer_scores",
]
