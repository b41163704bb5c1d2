"""Automatic matching on score matrices: mentor–mentee assignment, peer pairs, groups, rotations.

Works on matrices only: ``scores`` (floats, 0–100) and ``eligible`` (bools of the same shape,
False = never pair these two; a non-finite score counts as ineligible). Turning participants
into those matrices is the job of the compatibility module. scipy is imported inside the
functions that use it, so the main window opens without it.

Every matcher puts *cardinality first*: more people matched beats a higher total score (an
optional switch for ``assign``). That is done by adding a bonus larger than any achievable
difference in score to every eligible pair.

Modules: ``assignment`` (mentor–mentee), ``peers`` and ``peer_search`` (peer pairs),
``groups``, ``rotation``; ``_arrays`` holds what they share.
"""

from ._arrays import Assignment
from .assignment import assign
from .groups import BALANCE_MODES, form_groups
from .peers import pair_peers
from .rotation import all_met, rotation_round

__all__ = [
    "BALANCE_MODES",
    "Assignment",
    "all_met",
    "assign",
    "form_groups",
    "pair_peers",
    "rotation_round",
]
