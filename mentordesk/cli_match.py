"""``mentordesk match``: propose pairs or groups without a window, and say why anyone is left out.

Uses the same scores and matching as the app. Nothing is written unless ``--apply`` is given,
and then only *proposed* pairs: the coordinator confirms them in the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from .model.domain import (
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    Participant,
    ParticipantStatus,
    Role,
)
from .model.errors import FileProblem
from .model.i18n import tr

EXIT_OK = 0
_OPEN = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
MODES = ("one-to-one", "peer-pairs", "peer-groups")


def add_parser(sub: Any) -> None:
    match = sub.add_parser(
        "match",
        help=tr("propose pairs or groups with the best total compatibility"),
        description=tr(
            "Propose mentor–mentee pairs, peer pairs or peer groups for everyone not yet in a "
            "pair, print them with their scores, the total and who is left out and why. "
            "Nothing is written unless --apply is given; then the proposals are stored as "
            "proposed pairs for the coordinator to confirm."
        ),
    )
    match.add_argument(
        "--db", required=True, type=Path, metavar="FILE", help=tr("the program file")
    )
    match.add_argument("--mode", choices=MODES, help=tr("default: from the program's format"))
    match.add_argument(
        "--group-size",
        type=int,
        metavar="N",
        help=tr("people per group (3–6); default: the program's matching settings"),
    )
    match.add_argument("--apply", action="store_true", help=tr("store the proposals"))
    match.add_argument(
        "--scores", type=Path, metavar="SCORES.csv", help=tr("write every combination's score")
    )
    match.set_defaults(run=run_match)


def run_match(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.backups import keep_or_say
    from .model.compatibility import mentoring_scores, peer_scores
    from .model.match_settings import Rules
    from .model.matching import assign, form_groups, pair_peers
    from .model.store import Store

    if args.group_size is not None and not 3 <= args.group_size <= 6:
        raise FileProblem(
            tr("A group has 3 to 6 people; --group-size {n} is not possible.").format(
                n=args.group_size
            )
        )
    with Store.open(args.db, read_only=not args.apply) as store:
        if args.apply and (problem := keep_or_say(store)):
            err.write(tr("No backup was made: {problem}").format(problem=problem) + "\n")
        program = store.program()
        mode = args.mode or {"one_to_one": "one-to-one", "peer_pairs": "peer-pairs"}.get(
            program.format.value, "peer-groups"
        )
        # Only those the program's intake counts as ready are offered (issue 7).
        ready = store.intake_statuses(dt.date.today())
        people = [
            p
            for p in store.participants()
            if p.status is not ParticipantStatus.WITHDRAWN and ready[p.id or 0].ready
        ]
        pairs = [p for p in store.pairs() if p.status in _OPEN]
        load = Counter(
            m.participant_id for p in pairs for m in p.members if m.role is MemberRole.MENTOR
        )
        taken = {
            m.participant_id for p in pairs for m in p.members if m.role is not MemberRole.MENTOR
        }
        saved = store.pair_rules()
        rules = Rules(never=saved.never, prefer=saved.prefer, load=dict(load))
        settings = store.match_settings()
        levels = program.career_levels
        proposals: list[Pair] = []
        if mode == "one-to-one":
            mentors = [p for p in people if p.role is not Role.MENTEE]
            mentees = [p for p in people if p.role is not Role.MENTOR and p.id not in taken]
            if not mentors or not mentees:
                raise FileProblem(
                    tr(
                        "There is nobody to match: the program needs mentors with "
                        "places left and mentees without a mentor."
                    )
                )
            scores = mentoring_scores(mentors, mentees, levels, settings, rules)
            result = assign(
                scores.score,
                scores.eligible,
                scores.capacity,
                maximise_matched=settings.most_matched_first,
            )
            for row, col in result.pairs:
                proposals.append(_pair(mentors[row], mentees[col]))
                out.write(
                    f"{mentors[row].full_name} → {mentees[col].full_name}  "
                    f"{scores.score[row, col]:.0f}\n"
                )
            out.write(
                tr("Total score: {total:.0f} for {n} pairs.").format(
                    total=result.total, n=len(result.pairs)
                )
                + "\n"
            )
            for col in result.unmatched_columns:
                out.write(
                    tr("Unmatched: {name}: {why}").format(
                        name=mentees[col].full_name, why=_why(scores, col, levels, settings)
                    )
                    + "\n"
                )
        else:
            pool = [p for p in people if p.id not in taken and p.id not in load]
            if len(pool) < 2:
                raise FileProblem(
                    tr(
                        "There is nobody to match: fewer than two people are not "
                        "in a pair or group yet."
                    )
                )
            scores = peer_scores(pool, levels, settings, rules)
            if mode == "peer-pairs":
                peers = pair_peers(scores.score, scores.eligible)
                groups = [tuple(pair) for pair in peers.pairs]
            else:
                size = args.group_size or settings.group_size
                groups = list(form_groups(scores.score, scores.eligible, size))
            for n, group in enumerate(groups, start=1):
                members = [pool[i] for i in group]
                proposals.append(_group(members, n if len(members) > 2 else None))
                inside = [scores.score[a, b] for i, a in enumerate(group) for b in group[i + 1 :]]
                average = sum(inside) / len(inside) if inside else 0.0
                out.write(", ".join(p.full_name for p in members) + f"  {average:.0f}\n")
            grouped = {i for g in groups for i in g}
            for i, p in enumerate(pool):
                if i not in grouped:
                    out.write(
                        tr("Unmatched: {name}: {why}").format(
                            name=p.full_name, why=tr("an odd one out, or nobody eligible left")
                        )
                        + "\n"
                    )
        if args.scores:
            _write_scores(args.scores, scores, levels, settings)
        if args.apply and proposals:
            with store.batch():
                for pair in proposals:
                    store.add_pair(pair)
            out.write(
                tr("Stored {n} proposals in {db}; confirm them in MentorDesk.").format(
                    n=len(proposals), db=args.db.name
                )
                + "\n"
            )
    return EXIT_OK


def _pair(mentor: Participant, mentee: Participant) -> Pair:
    assert mentor.id is not None and mentee.id is not None
    return Pair(
        members=(
            PairMember(mentor.id, MemberRole.MENTOR),
            PairMember(mentee.id, MemberRole.MENTEE),
        ),
        status=PairStatus.PROPOSED,
    )


def _group(members: list[Participant], number: int | None) -> Pair:
    name = tr("Group {n}").format(n=number) if number else ""
    return Pair(
        members=tuple(PairMember(p.id or 0, MemberRole.PEER) for p in members),
        status=PairStatus.PROPOSED,
        name=name,
    )


def _why(scores: Any, col: int, levels: Any, settings: Any) -> str:
    """Why a mentee got nobody: the most common reason mentors were ruled out, else capacity."""
    from .model.compatibility import Ineligible

    codes = [int(c) for c in scores.reason[:, col] if int(c)]
    if len(codes) < scores.reason.shape[0]:
        return tr("every eligible mentor's places went to mentees who fit them better")
    code, _n = Counter(codes).most_common(1)[0]
    row = next(i for i, c in enumerate(scores.reason[:, col]) if int(c) == code)
    return tr("no eligible mentor ({reason})").format(
        reason=Ineligible(code).sentence(scores.rows[row], scores.columns[col], levels, settings)
    )


def _write_scores(path: Path, scores: Any, levels: Any, settings: Any) -> None:
    from .model.compatibility import Ineligible
    from .model.export import save_csv

    def lines() -> Any:
        yield ["row_email", "column_email", "score", "eligible", "reason"]
        for i, a in enumerate(scores.rows):
            for j, b in enumerate(scores.columns):
                code = int(scores.reason[i, j])
                reason = Ineligible(code).sentence(a, b, levels, settings) if code else ""
                eligible = "yes" if scores.eligible[i, j] else "no"
                yield [a.email or "", b.email or "", f"{scores.score[i, j]:.1f}", eligible, reason]

    save_csv(path, lines())
