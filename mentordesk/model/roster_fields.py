"""What a roster's columns, sheets and role answers mean, guessed in English, Italian and Bulgarian.

Survey exports use whole questions as headers ("Which of these mentor skills are important to
you?", "Competenze che vuoi sviluppare", "Умения, които искам да развия"), so a header is
matched against phrases, not names: every phrase found in it scores, the most specific wins.
The coordinator can change every guess in the wizard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from .domain import Role
from .i18n import tr
from .roster_vocabulary import (
    BOTH_WORDS,
    MENTEE_WORDS,
    MENTOR_WORDS,
    NO,
    PHRASES,
    YES,
    Target,
)

_FOLDED_PHRASES: tuple[tuple[Target, tuple[tuple[str, float], ...]], ...] = ()


def _fold_phrases() -> None:
    global _FOLDED_PHRASES
    _FOLDED_PHRASES = tuple(
        (target, tuple((fold(phrase), score) for phrase, score in phrases))
        for target, phrases in PHRASES.items()
    )


#: The English header of each target, so a workbook exported by MentorDesk maps exactly.
_OWN_HEADERS: dict[str, Target] = {t.value.replace("_", " "): t for t in Target}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as single spaces: what phrases are matched on."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Bulgarian "й" decomposes to "и" + breve: harmless here, both sides are folded the same.
    return " ".join(re.findall(r"\w+", plain.replace("_", " ")))


_fold_phrases()  # once, now that fold() exists: every header is matched against all of them


def _exported_headers() -> dict[str, Target]:
    """The Participants headers MentorDesk's export writes, in English and in the interface's
    language: a workbook exported in Italian or Bulgarian maps exactly too."""
    from .export import PARTICIPANT_COLUMNS  # export builds on this module: imported late

    targets = {t.value for t in Target}
    return {
        fold(text): Target(field)
        for field, header in PARTICIPANT_COLUMNS
        if field in targets
        for text in (header, tr(header))
    }


def guess_target(header: str, role: Role | None = None) -> tuple[Target | None, float]:
    """The target a header most likely means, with a score from 0 to 1 (None, 0: no idea)."""
    folded = fold(header)
    if not folded:
        return None, 0.0
    own = _OWN_HEADERS.get(folded) or _exported_headers().get(folded)
    if own is not None:
        return own, 1.0
    best: tuple[Target | None, float] = (None, 0.0)
    padded = f" {folded} "
    for candidate, phrases in _FOLDED_PHRASES:
        for folded_phrase, score in phrases:
            if folded == folded_phrase:
                score = min(1.0, score + 0.1)
            elif f" {folded_phrase} " not in padded:
                continue
            else:
                # A phrase that is most of the header says more than one word of a question.
                score *= 0.85 + 0.15 * len(folded_phrase) / len(folded)
            if score > best[1]:
                best = (candidate, score)
    if best[0] is None and any(stem in folded for stem in ("skill", "competenz", "умени")):
        # A bare "Skills" column: what mentors offer, what mentees want.
        return (Target.SKILLS_WANTED if role is Role.MENTEE else Target.SKILLS_OFFERED), 0.6
    return best[0], round(best[1], 3)


# -- sheets and roles -------------------------------------------------------------------------


@cache
def _padded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {fold(w)} " for w in words)


def _has_word(folded: str, words: tuple[str, ...]) -> bool:
    padded = f" {folded} "
    return any(w in padded for w in _padded(words))


def guess_sheet_role(name: str) -> Role | None:
    """The role of everyone on a sheet (or in a CSV file) named ``name``, if the name says it."""
    folded = fold(name)
    if _has_word(folded, BOTH_WORDS):
        return Role.BOTH
    if _has_word(folded, MENTEE_WORDS):
        return Role.MENTEE
    if _has_word(folded, MENTOR_WORDS):
        return Role.MENTOR
    return None


def guess_role_value(answer: str, sheet_role: Role | None) -> Role | None:
    """The role an answer in a role column means ("Mentore", "Entrambi", "Ментор", "yes"…).

    A yes/no answer (to "Would you be both mentor and mentee?") gives ``BOTH`` or the sheet's
    role. None when the answer says nothing recognisable.
    """
    folded = fold(answer)
    if not folded:
        return None
    if _has_word(folded, BOTH_WORDS) or (
        _has_word(folded, MENTOR_WORDS) and _has_word(folded, MENTEE_WORDS)
    ):
        return Role.BOTH
    if _has_word(folded, MENTEE_WORDS):
        return Role.MENTEE
    if _has_word(folded, MENTOR_WORDS):
        return Role.MENTOR
    if folded in YES:
        return Role.BOTH
    if folded in NO:
        return sheet_role
    return None


def guess_role_from_columns(targets: Sequence[Target | None]) -> Role | None:
    """A sheet whose name says nothing: mentors answer how many mentees, mentees what they want."""
    offers = Target.SKILLS_OFFERED in targets or Target.CAPACITY in targets
    wants = Target.SKILLS_WANTED in targets
    if offers and wants:
        return Role.BOTH
    if offers:
        return Role.MENTOR
    if wants:
        return Role.MENTEE
    return None


# -- the header row ---------------------------------------------------------------------------

#: How far down a sheet the header may be (title rows, blank rows, instructions above it).
HEADER_SEARCH_ROWS = 20


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """Index of the row that looks most like a header; None when no row does.

    A header has several text cells and many of them mean a known field; data rows have
    numbers, dates and e-mail addresses; title rows have one cell.
    """
    best: tuple[float, int] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [c for c in row if isinstance(c, str) and c.strip()]
        filled = sum(1 for c in row if c is not None and c != "")
        if len(texts) < 2:
            continue
        known = sum(1 for t in texts if guess_target(t)[1] >= 0.6)
        data_like = sum(1 for t in texts if "@" in t or any(ch.isdigit() for ch in t[:4]))
        score = 3 * known + len(texts) - 2 * data_like - (filled - len(texts))
        if known and (best is None or score > best[0]):
            best = (score, index)
    return None if best is None else best[1]
