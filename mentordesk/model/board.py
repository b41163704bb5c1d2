"""The matching board's facts, built from the Store: who is with whom, who is left and why,
what a drop would do, and the optimal proposals for the rest. Plain Python: the Qt board
only shows a :class:`Board` and turns the coordinator's gestures into :class:`Edit` runs.

Mentoring programs: one column per mentor (a "both" is a mentor here and a mentee card in
the pool), holding the mentees of their open pairs. Peer programs: one column per open pair or
group. Active and paused pairs are kept as they are; locked proposals too.

The public entry point: the types live in :mod:`.board_types`, and the edits' work is done by
:mod:`.board_edits`, which :class:`Board`'s edit methods call.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from . import board_edits
from .board_types import NEW_GROUP, OPEN, POOL, Column, Drop, Edit, Placement, Verdict
from .compatibility import Ineligible, Scores, explain, mentoring_scores, peer_scores
from .domain import (
    MemberRole,
    Pair,
    PairStatus,
    Participant,
    ParticipantStatus,
    ProgramFormat,
    Role,
)
from .i18n import tr
from .intake import IntakeStatus
from .intake_figures import waiting_lines, waiting_summary
from .match_settings import MatchSettings, Rules
from .store import Store

__all__ = [
    "NEW_GROUP",
    "OPEN",
    "POOL",
    "Board",
    "Column",
    "Drop",
    "Edit",
    "Placement",
    "Verdict",
]


class Board:
    """Everything the board shows for one program, computed at once from the store."""

    def __init__(
        self, store: Store, today: dt.date | None = None, *, reuse: Board | None = None
    ) -> None:
        """``reuse``: a board of the same program before a change to its pairs only; its
        participants, settings and scores are taken over (scores never depend on pairs)."""
        program = store.program()
        self.today = today or dt.date.today()
        self.levels = program.career_levels
        self._reuse = reuse
        self.settings: MatchSettings
        self.rules: Rules
        self.intake: dict[int, IntakeStatus]
        if reuse is not None:
            self.settings, self.rules = reuse.settings, reuse.rules
            people = reuse.participants
            self.intake = reuse.intake
        else:
            self.settings = store.match_settings()
            self.rules = store.pair_rules()
            people = store.participants()
            self.intake = store.intake_statuses(self.today)
        self.participants: list[Participant] = people
        self.peers = program.format is not ProgramFormat.ONE_TO_ONE
        self.group_size = (
            2 if program.format is ProgramFormat.PEER_PAIRS else (self.settings.group_size)
        )
        self.people = {p.id: p for p in people if p.id is not None}
        self.history = store.pairs()  # every pair ever, for rotation rounds
        self.pairs = [p for p in self.history if p.status in OPEN]
        self._open = {p.id: p for p in self.pairs if p.id is not None}
        self.round = max((p.rotation_round or 0 for p in self.history), default=0)
        self.columns: list[Column] = []
        self.pool: list[Participant] = []
        self.placed: dict[int, tuple[int, Placement]] = {}  # person -> (column key, placement)
        # Only the people the program's intake counts as ready are offered (issue 7).
        active = [
            p
            for p in people
            if p.status is not ParticipantStatus.WITHDRAWN and self.intake[p.id or 0].ready
        ]
        if self.peers:
            self._build_peers(active)
        else:
            self._build_mentoring(active)
        self._by_key = {c.key: c for c in self.columns}
        #: People still on their way through intake (not withdrawn or refused), not offered.
        self.waiting: list[tuple[Participant, IntakeStatus]] = [
            (p, self.intake[p.id or 0])
            for p in people
            if p.status is not ParticipantStatus.WITHDRAWN
            and not self.intake[p.id or 0].ready
            and not self.intake[p.id or 0].stage.closed
            and p.id not in self.placed
        ]
        self._reuse = None  # keep no chain of old boards alive

    # -- building ------------------------------------------------------------------------------

    def _build_mentoring(self, active: list[Participant]) -> None:
        in_pairs: dict[int, list[Placement]] = {}
        for pair in self.pairs:
            lead = next((m for m in pair.members if m.role is MemberRole.MENTOR), None)
            if lead is None or pair.id is None:
                continue
            for m in pair.members:
                if m.role is MemberRole.MENTEE and m.participant_id in self.people:
                    placement = Placement(
                        self.people[m.participant_id], pair.id, pair.status, pair.locked
                    )
                    in_pairs.setdefault(lead.participant_id, []).append(placement)
                    self.placed[m.participant_id] = (lead.participant_id, placement)
        mentors = [p for p in active if p.role is not Role.MENTEE]
        known = {p.id for p in mentors}
        mentors += [self.people[i] for i in in_pairs if i not in known]
        mentees = [p for p in active if p.role is not Role.MENTOR]
        known = {p.id for p in mentees}
        mentees += [pl.person for i, (_key, pl) in self.placed.items() if i not in known]
        mentors.sort(key=_name_key)
        mentees.sort(key=_name_key)
        for mentor in mentors:
            assert mentor.id is not None
            members = in_pairs.get(mentor.id, [])
            members.sort(key=lambda pl: _name_key(pl.person))
            self.columns.append(
                Column(mentor.id, mentor.full_name, mentor, mentor.capacity, members)
            )
        self.pool = [p for p in mentees if p.id not in self.placed]
        self.scores: Scores = self._reused_scores(mentors, mentees) or mentoring_scores(
            mentors, mentees, self.levels, self.settings, self._rules()
        )
        # Person id -> row (mentor) or column (mentee) of the score matrices.
        self.row_index = {p.id: i for i, p in enumerate(self.scores.rows)}
        self.col_index = {p.id: i for i, p in enumerate(self.scores.columns)}

    def _build_peers(self, active: list[Participant]) -> None:
        everyone = list(active)
        known = {p.id for p in everyone}
        for pair in self.pairs:
            assert pair.id is not None
            members = [
                Placement(self.people[m.participant_id], pair.id, pair.status, pair.locked)
                for m in pair.members
                if m.participant_id in self.people
            ]
            title = pair.name or " & ".join(pl.person.first_name for pl in members)
            column = Column(
                pair.id,
                title,
                None,
                max(self.group_size, len(members)),
                members,
                pair.rotation_round,
            )
            self.columns.append(column)
            for placement in members:
                self.placed[placement.person.id or 0] = (pair.id, placement)
                if placement.person.id not in known:
                    known.add(placement.person.id)
                    everyone.append(placement.person)
        everyone.sort(key=_name_key)
        self.pool = [p for p in everyone if p.id not in self.placed]
        self.scores = self._reused_scores(everyone, everyone) or peer_scores(
            everyone, self.levels, self.settings, self._rules()
        )
        self.row_index = self.col_index = {p.id: i for i, p in enumerate(everyone)}

    def _reused_scores(
        self, rows: Sequence[Participant], columns: Sequence[Participant]
    ) -> Scores | None:
        old = self._reuse
        if old is None or old.peers != self.peers:
            return None
        same_rows = [p.id for p in rows] == [p.id for p in old.scores.rows]
        same_cols = [p.id for p in columns] == [p.id for p in old.scores.columns]
        return old.scores if same_rows and same_cols else None

    def _rules(self) -> Rules:
        # Places are the board's business (a full mentor refuses a drop with its own reason),
        # so the badges show the fit whatever the load.
        return Rules(never=self.rules.never, prefer=self.rules.prefer)

    # -- what the board shows ------------------------------------------------------------------

    def column(self, key: int) -> Column:
        return self._by_key[key]

    def column_of(self, person_id: int) -> int:
        """The column key someone is in, or :data:`POOL`."""
        return self.placed[person_id][0] if person_id in self.placed else POOL

    def _cell(self, a: int, b: int) -> tuple[int, int] | None:
        """Matrix cell of mentor ``a`` with mentee ``b`` (or peers ``a`` and ``b``)."""
        if a in self.row_index and b in self.col_index:
            return self.row_index[a], self.col_index[b]
        return None

    def score(self, a: int, b: int) -> float | None:
        cell = self._cell(a, b)
        return None if cell is None else float(self.scores.score[cell])

    def eligible(self, a: int, b: int) -> bool:
        cell = self._cell(a, b)
        return cell is not None and bool(self.scores.eligible[cell])

    def card_score(self, person_id: int) -> float | None:
        """A placed card's badge: the score with its mentor, or the mean with its group."""
        if person_id not in self.placed:
            return None
        key, _placement = self.placed[person_id]
        if not self.peers:
            return self.score(key, person_id)
        others = [pl.person.id for pl in self.column(key).members if pl.person.id != person_id]
        values = [self.score(person_id, o) for o in others if o is not None]
        known = [v for v in values if v is not None]
        return sum(known) / len(known) if known else None

    def explanation(self, a: int, b: int) -> str:
        """Score, parts and any rule broken, in plain words (a card's tooltip)."""
        cell = self._cell(a, b)
        if cell is None:
            return ""
        e = explain(self.scores, cell[0], cell[1], self.levels, self.settings, self._rules())
        points = self.settings.points()
        lines = [tr("Score {score:.0f} of 100").format(score=e.score)]
        lines += [
            f"• {part.criterion.label} {part.points:.0f}/{points[part.criterion]:.0f}: "
            f"{part.sentence}"
            for part in e.parts
            if points[part.criterion] > 0
        ]
        lines += [tr("Not eligible: {reason}").format(reason=r) for r in e.reasons]
        return "\n".join(lines)

    @cached_property
    def _arrays(self) -> _Arrays:
        rows = np.array([p.id or 0 for p in self.scores.rows], dtype=np.int64)
        cols = np.array([p.id or 0 for p in self.scores.columns], dtype=np.int64)
        if self.peers:
            has_place = np.array([i not in self.placed for i in rows.tolist()], dtype=bool)
        else:
            places = {c.key: c.places_left for c in self.columns}
            has_place = np.array([places.get(i, 0) > 0 for i in rows.tolist()], dtype=bool)
        pool = np.array(
            [self.col_index[p.id] for p in self.pool if p.id in self.col_index], dtype=np.int64
        )
        return _Arrays(rows, cols, has_place, pool)

    def best_partners(self, person_id: int, *, as_mentor: bool = False, k: int = 3) -> list[int]:
        """The ``k`` best eligible partners who can still take someone, best first.

        A mentee card: mentors with a place left. A mentor (``as_mentor``): mentees in the pool.
        A peer: peers in the pool. Ties go to the lower id.
        """
        a = self._arrays
        if not self.peers and not as_mentor:
            col = self.col_index.get(person_id)
            if col is None:
                return []
            ok = self.scores.eligible[:, col] & a.has_place & (a.rows != person_id)
            ids, values = a.rows[ok], self.scores.score[ok, col]
        else:
            row = self.row_index.get(person_id)
            if row is None:
                return []
            cols = a.pool
            ok = self.scores.eligible[row, cols] & (a.cols[cols] != person_id)
            ids, values = a.cols[cols][ok], self.scores.score[row, cols][ok]
        order = np.lexsort((ids, -values))[:k]
        return [int(i) for i in ids[order]]

    def blocked(self) -> frozenset[int]:
        """Everyone in the pool whom no eligible partner with a place left could take."""
        a = self._arrays
        if not len(a.pool):
            return frozenset()
        ok = self.scores.eligible[:, a.pool] & (a.rows[:, None] != a.cols[a.pool][None, :])
        ok &= a.has_place[:, None]
        return frozenset(int(i) for i in a.cols[a.pool][~ok.any(axis=0)])

    def unmatched_reason(self, person_id: int) -> str:
        """Why someone in the pool has no partner yet, in words (a pool card's tooltip)."""
        col = self.col_index.get(person_id)
        if col is None:
            return tr("Not offered for matching (withdrawn).")
        a = self._arrays
        others = a.rows != person_id
        fits = self.scores.eligible[:, col] & others
        free = int((fits & a.has_place).sum())
        if free:
            return tr("Not placed yet: {n} eligible partners have a place left.").format(n=free)
        if fits.any():
            return tr("Everyone who fits is taken ({n} eligible, no place left).").format(
                n=int(fits.sum())
            )
        if not others.any():
            return tr("Nobody else to pair with.")
        reasons = self.scores.reason[:, col]
        codes = Counter(int(c) for c in reasons[others])
        code, _n = codes.most_common(1)[0]
        row = int(np.flatnonzero(others & (reasons == code))[0])
        return tr("No eligible partner: {reason}").format(
            reason=Ineligible(code).sentence(
                self.scores.rows[row], self.scores.columns[col], self.levels, self.settings
            )
        )

    def waiting_text(self) -> str:
        """The pool's note on who is missing, e.g. "3 not ready yet: screening incomplete"."""
        return waiting_summary(self.waiting)

    def waiting_list(self) -> str:
        """One line per person not ready yet, with why (the note's tooltip)."""
        return waiting_lines(self.waiting)

    # -- what a drop would do ------------------------------------------------------------------

    def judge(self, person_id: int, target: int) -> Drop:
        """What dropping ``person_id``'s card on ``target`` (a column key, POOL, NEW_GROUP) does."""
        person = self.people[person_id]
        here = self.column_of(person_id)
        if here == target:
            return Drop(Verdict.SAME)
        if here != POOL:
            placement = self.placed[person_id][1]
            if placement.status is not PairStatus.PROPOSED:
                return Drop(
                    Verdict.KEPT,
                    tr("{name}'s pair is {status}: it is kept as it is.").format(
                        name=person.full_name, status=placement.status.label.lower()
                    ),
                )
            if placement.locked:
                return Drop(
                    Verdict.KEPT,
                    tr("{name}'s proposal is locked; unlock it first.").format(
                        name=person.full_name
                    ),
                )
        if target == POOL or (self.peers and target == NEW_GROUP):
            return Drop(Verdict.OK)
        column = self.column(target)  # a KeyError for anything else
        partners = (
            [column.key]
            if not self.peers
            else [pl.person.id for pl in column.members if pl.person.id is not None]
        )
        if person_id in partners:  # a "both" on their own column: never a pair, not even forced
            return Drop(Verdict.SAME, tr("Nobody can be paired with themselves."))
        if self.peers:
            # Joining a group changes it: the group's own state decides, as for leaving one.
            pair = self._open[target]
            if pair.status is not PairStatus.PROPOSED:
                return Drop(
                    Verdict.KEPT,
                    tr("{name} is {status}: it is kept as it is.").format(
                        name=column.title, status=pair.status.label.lower()
                    ),
                )
            if pair.locked:
                return Drop(
                    Verdict.KEPT,
                    tr("{name} is a locked proposal; unlock it first.").format(name=column.title),
                )
        if column.places_left <= 0:
            taken = len(column.members)
            return Drop(
                Verdict.FULL,
                tr("{name} has no place left ({taken} of {capacity} taken).").format(
                    name=column.title, taken=taken, capacity=column.capacity
                ),
            )
        for other in partners:
            reason = self._rule_broken(other, person_id)
            if reason:
                return Drop(Verdict.INELIGIBLE, reason)
        return Drop(Verdict.OK)

    def _rule_broken(self, a: int, b: int) -> str:
        cell = self._cell(a, b)
        if cell is None:
            return tr("{name} is not offered for matching.").format(name=self.people[b].full_name)
        code = int(self.scores.reason[cell])
        if not code:
            return ""
        return Ineligible(code).sentence(
            self.scores.rows[cell[0]], self.scores.columns[cell[1]], self.levels, self.settings
        )

    # -- edits (made by board_edits) ------------------------------------------------------

    def proposed_ids(self, *, unlocked_only: bool = False) -> list[int]:
        return [
            p.id
            for p in self.pairs
            if p.id is not None
            and p.status is PairStatus.PROPOSED
            and not (unlocked_only and p.locked)
        ]

    def drop(self, person_id: int, target: int) -> Edit:
        """The edit for a drop :meth:`judge` allowed."""
        return board_edits.drop(self, person_id, target)

    def lock(self, pair_ids: Sequence[int], locked: bool) -> Edit:
        """Lock or unlock proposals."""
        return board_edits.lock(pair_ids, locked)

    def confirm(self) -> Edit:
        """Make every proposal active, starting today."""
        return board_edits.confirm(self)

    def clear(self) -> Edit:
        """Return every unlocked proposal to the pool."""
        return board_edits.clear(self)

    def auto_match(self) -> tuple[Edit, list[Pair]]:
        """Optimal proposals for everyone in the pool, around what is already placed."""
        return board_edits.auto_match(self)

    def next_round(self) -> tuple[Edit, int]:
        """Peer rotation: close this round's groups and propose a round of people who never met."""
        return board_edits.next_round(self)


class _Arrays(NamedTuple):
    rows: npt.NDArray[np.int64]  # participant id of each score row
    cols: npt.NDArray[np.int64]  # participant id of each score column
    has_place: npt.NDArray[np.bool_]  # per row: a mentor with a place, a peer in the pool
    pool: npt.NDArray[np.int64]  # score columns of the people in the pool


def _name_key(p: Participant) -> tuple[str, str]:
    return (p.last_name.casefold(), p.first_name.casefold())
