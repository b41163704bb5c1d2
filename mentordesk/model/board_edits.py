"""The matching board's edits: each gesture (a drop, lock, confirm, clear, automatic matching,
a new rotation round) as an :class:`~.board_types.Edit` made from what a
:class:`~.board.Board` knows. :class:`~.board.Board`'s methods of the same names call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from .board_types import NEW_GROUP, POOL, Edit
from .domain import MemberRole, Pair, PairMember, PairStatus
from .i18n import tr

if TYPE_CHECKING:
    from .board import Board
    from .store import Store


def drop(board: Board, person_id: int, target: int) -> Edit:
    """The edit for a drop :meth:`~.board.Board.judge` allowed."""
    person = board.people[person_id]
    here = board.column_of(person_id)
    touches = [board.placed[person_id][1].pair_id] if here != POOL else []
    if target == POOL:
        text = tr("Return {name} to the unmatched").format(name=person.full_name)
    else:
        title = tr("a new group") if target == NEW_GROUP else board.column(target).title
        text = tr("Place {name} with {other}").format(name=person.full_name, other=title)
    if board.peers and target not in (POOL, NEW_GROUP):
        touches.append(target)
    round_ = board.round or None

    def run(store: Store) -> list[int]:
        if here != POOL:
            pair_id = board.placed[person_id][1].pair_id
            if board.peers:
                store.remove_member(pair_id, person_id)
            elif target == POOL:
                store.delete_pairs([pair_id])
            else:
                store.replace_member(pair_id, here, target)
                return []
        if target == POOL:
            return []
        if board.peers and target != NEW_GROUP:
            store.add_member(target, person_id, MemberRole.PEER)
            return []
        if board.peers:
            pair = Pair((PairMember(person_id, MemberRole.PEER),), rotation_round=round_)
        else:
            pair = mentor_pair(target, person_id)
        return store.add_pairs([pair])

    return Edit(text, tuple(touches), run)


def lock(pair_ids: Sequence[int], locked: bool) -> Edit:
    """Lock proposals (automatic matching and dragging leave them alone), or unlock them."""
    text = tr("Lock proposals") if locked else tr("Unlock proposals")
    ids = tuple(pair_ids)

    def run(store: Store) -> Sequence[int]:
        store.set_pairs_locked(ids, locked)
        return ()

    return Edit(text, ids, run)


def confirm(board: Board) -> Edit:
    """Make every proposal active, starting on the board's day."""
    ids = tuple(board.proposed_ids())
    states = {i: (PairStatus.ACTIVE, board.today) for i in ids}

    def run(store: Store) -> Sequence[int]:
        store.set_pair_states(states)
        return ()

    return Edit(tr("Confirm {n} proposals").format(n=len(ids)), ids, run)


def clear(board: Board) -> Edit:
    """Return every unlocked proposal to the pool."""
    ids = tuple(board.proposed_ids(unlocked_only=True))

    def run(store: Store) -> Sequence[int]:
        store.delete_pairs(ids)
        return ()

    return Edit(tr("Clear {n} proposals").format(n=len(ids)), ids, run)


def auto_match(board: Board) -> tuple[Edit, list[Pair]]:
    """Optimal proposals for everyone in the pool, around what is already placed."""
    from .matching import assign, form_groups, pair_peers

    scores = board.scores
    proposals: list[Pair] = []
    cols = sorted(board.col_index[p.id] for p in board.pool if p.id in board.col_index)
    if not board.peers:
        places = {c.key: c.places_left for c in board.columns}
        capacity = [places.get(p.id or 0, 0) for p in scores.rows]
        result = assign(
            scores.score[:, cols],
            scores.eligible[:, cols],
            capacity,
            maximise_matched=board.settings.most_matched_first,
        )
        for r, c in result.pairs:
            mentor, mentee = scores.rows[r], scores.columns[cols[c]]
            proposals.append(mentor_pair(mentor.id or 0, mentee.id or 0))
    elif len(cols) >= 2:
        sub = scores.score[np.ix_(cols, cols)]
        ok = scores.eligible[np.ix_(cols, cols)]
        people = [scores.columns[c] for c in cols]
        if board.group_size == 2:
            groups = [tuple(p) for p in pair_peers(sub, ok).pairs]
        else:
            settings = board.settings
            attribute = [getattr(p, settings.balance_by.value) for p in people]
            found = form_groups(
                sub, ok, board.group_size, attribute=attribute, balance=settings.balance.value
            )
            groups = eligible_groups(found, ok)
        proposals = [
            Pair(
                tuple(PairMember(people[i].id or 0, MemberRole.PEER) for i in group),
                rotation_round=board.round or None,
            )
            for group in groups
        ]
    text = tr("Auto-match {n} proposals").format(n=len(proposals))
    return Edit(text, (), lambda store: store.add_pairs(proposals)), proposals


def next_round(board: Board) -> tuple[Edit, int]:
    """Peer rotation: close this round's groups and propose a round of people who never met."""
    from .matching import rotation_round

    everyone = list(board.scores.columns)
    index = {p.id: i for i, p in enumerate(everyone)}
    current = [p for p in board.pairs if p.id is not None]
    # Groups that took place end; proposals never did, so their people have not met.
    closed = [p.id for p in current if p.id is not None and p.status is not PairStatus.PROPOSED]
    proposed = [p.id for p in current if p.id is not None and p.status is PairStatus.PROPOSED]
    met: list[frozenset[int]] = []
    for pair in board.history:
        ids = [index[m.participant_id] for m in pair.members if m.participant_id in index]
        if pair.status is not PairStatus.PROPOSED and len(ids) > 1:
            met.append(frozenset(ids))
    groups = rotation_round(
        board.scores.score, board.scores.eligible, met, group_size=board.group_size
    )
    number = board.round + 1
    proposals = [
        Pair(
            tuple(PairMember(everyone[i].id or 0, MemberRole.PEER) for i in g),
            rotation_round=number,
        )
        for g in groups
    ]
    today = board.today

    def run(store: Store) -> Sequence[int]:
        store.delete_pairs(proposed)
        store.close_pairs(closed, today)
        return store.add_pairs(proposals)

    touches = tuple(p.id for p in current if p.id is not None)
    return Edit(tr("Start round {n}").format(n=number), touches, run), len(proposals)


def eligible_groups(
    groups: Sequence[tuple[int, ...]], ok: npt.NDArray[np.bool_]
) -> list[tuple[int, ...]]:
    """The groups without two people who may not meet: whoever clashes most goes back to the
    pool (the group heuristic only avoids such groups when it can)."""
    kept = []
    for group in groups:
        members = list(group)
        while True:
            clashes = [sum(not ok[a, b] for b in members if b != a) for a in members]
            if not any(clashes):
                break
            members.pop(clashes.index(max(clashes)))
        if len(members) >= 2:
            kept.append(tuple(members))
    return kept


def mentor_pair(mentor: int, mentee: int) -> Pair:
    return Pair((PairMember(mentor, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE)))
