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
from enum import StrEnum
from functools import cache, lru_cache

from .domain import Role
from .i18n import tr


class Target(StrEnum):
    """Where a roster column goes in a participant (or what it tells the import)."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    ROLE = "role"
    DEPARTMENT = "department"
    CAREER_LEVEL = "career_level"
    SKILLS_OFFERED = "skills_offered"
    SKILLS_WANTED = "skills_wanted"
    INTERESTS = "interests"
    LANGUAGES = "languages"
    LOCATION = "location"
    AVAILABILITY = "availability"
    CAPACITY = "capacity"
    BIO = "bio"
    STATUS = "status"
    CONSENT_DATE = "consent_date"
    PRIVATE_NOTES = "private_notes"
    TIMESTAMP = "timestamp"

    @property
    def label(self) -> str:
        return {
            Target.FIRST_NAME: tr("First name"),
            Target.LAST_NAME: tr("Last name"),
            Target.FULL_NAME: tr("Full name (split into first and last)"),
            Target.EMAIL: tr("E-mail"),
            Target.ROLE: tr("Role"),
            Target.DEPARTMENT: tr("Department"),
            Target.CAREER_LEVEL: tr("Career level"),
            Target.SKILLS_OFFERED: tr("Skills offered"),
            Target.SKILLS_WANTED: tr("Skills wanted"),
            Target.INTERESTS: tr("Interests"),
            Target.LANGUAGES: tr("Languages"),
            Target.LOCATION: tr("Location"),
            Target.AVAILABILITY: tr("Availability"),
            Target.CAPACITY: tr("Capacity (mentees)"),
            Target.BIO: tr("Bio"),
            Target.STATUS: tr("Status"),
            Target.CONSENT_DATE: tr("Consent date"),
            Target.PRIVATE_NOTES: tr("Private notes"),
            Target.TIMESTAMP: tr("Submitted at (newest answer wins)"),
        }[self]


#: Targets one participant has one value of (the others are lists or may repeat).
SINGLE: frozenset[Target] = frozenset(Target) - {Target.PRIVATE_NOTES}

#: Phrases (folded: lower case, no accents, punctuation as spaces) and how sure each makes us.
#: Exact matches score higher than phrases found inside a longer header.
_PHRASES: dict[Target, tuple[tuple[str, float], ...]] = {
    Target.FIRST_NAME: (
        ("first name", 0.9),
        ("given name", 0.9),
        ("forename", 0.9),
        ("firstname", 0.9),
        ("nome", 0.8),
        ("nome di battesimo", 0.9),
        ("име", 0.8),
        ("собствено име", 0.9),
    ),
    Target.LAST_NAME: (
        ("last name", 0.9),
        ("surname", 0.9),
        ("family name", 0.9),
        ("lastname", 0.9),
        ("cognome", 0.9),
        ("фамилия", 0.9),
        ("фамилно име", 0.9),
    ),
    Target.FULL_NAME: (
        ("name", 0.6),
        ("full name", 0.9),
        ("your name", 0.8),
        ("nome e cognome", 0.9),
        ("nominativo", 0.8),
        ("име и фамилия", 0.9),
        ("трите имена", 0.9),
        ("имена", 0.7),
    ),
    Target.EMAIL: (
        ("email", 0.9),
        ("e mail", 0.9),
        ("email address", 0.9),
        ("mail", 0.7),
        ("indirizzo email", 0.9),
        ("posta elettronica", 0.9),
        ("имейл", 0.9),
        ("електронна поща", 0.9),
        ("e mail адрес", 0.9),
    ),
    Target.ROLE: (
        ("role", 0.8),
        ("mentor or mentee", 0.9),
        ("both mentor and mentee", 0.9),
        ("participate as", 0.8),
        ("sign up as", 0.8),
        ("ruolo", 0.8),
        ("partecipi come", 0.8),
        ("mentore o mentee", 0.9),
        ("роля", 0.8),
        ("ментор или менти", 0.9),
        ("участвам като", 0.8),
    ),
    Target.DEPARTMENT: (
        ("department", 0.9),
        ("team", 0.6),
        ("organisation", 0.7),
        ("organization", 0.7),
        ("business unit", 0.8),
        ("division", 0.7),
        ("job function", 0.7),
        ("function", 0.5),
        ("reparto", 0.9),
        ("dipartimento", 0.9),
        ("ufficio", 0.7),
        ("funzione", 0.6),
        ("отдел", 0.9),
        ("дирекция", 0.8),
        ("звено", 0.7),
    ),
    Target.CAREER_LEVEL: (
        ("career level", 0.9),
        ("position level", 0.9),
        ("grade", 0.8),
        ("seniority", 0.8),
        ("level", 0.6),
        ("job level", 0.9),
        ("band", 0.6),
        ("livello", 0.8),
        ("inquadramento", 0.8),
        ("anzianita", 0.6),
        ("ниво", 0.8),
        ("длъжностно ниво", 0.9),
        ("позиция", 0.6),
    ),
    Target.SKILLS_OFFERED: (
        ("skills offered", 0.95),
        ("skills you can offer", 0.95),
        ("good at", 0.85),
        ("can teach", 0.85),
        ("can help with", 0.85),
        ("expertise", 0.8),
        ("areas of expertise", 0.9),
        ("strengths", 0.7),
        ("competenze offerte", 0.95),
        ("competenze che puoi offrire", 0.95),
        ("posso offrire", 0.9),
        ("posso insegnare", 0.9),
        ("умения които мога да предложа", 0.95),
        ("мога да предложа", 0.9),
        ("мога да помогна", 0.85),
        ("експертиза", 0.8),
    ),
    Target.SKILLS_WANTED: (
        ("skills wanted", 0.95),
        ("skills to develop", 0.95),
        ("want to develop", 0.9),
        ("want to learn", 0.9),
        ("would like to learn", 0.9),
        ("would like to develop", 0.9),
        ("important to you", 0.85),
        ("areas for development", 0.9),
        ("goals", 0.5),
        ("competenze che vuoi sviluppare", 0.95),
        ("vuoi sviluppare", 0.9),
        ("vorrei sviluppare", 0.9),
        ("vorrei imparare", 0.9),
        ("da sviluppare", 0.85),
        ("умения които искам да развия", 0.95),
        ("искам да развия", 0.9),
        ("искам да науча", 0.9),
    ),
    Target.INTERESTS: (
        ("interests", 0.9),
        ("hobbies", 0.9),
        ("interessi", 0.9),
        ("hobby", 0.8),
        ("интереси", 0.9),
        ("хобита", 0.9),
    ),
    Target.LANGUAGES: (
        ("languages", 0.9),
        ("language", 0.8),
        ("languages spoken", 0.95),
        ("lingue", 0.9),
        ("lingua", 0.8),
        ("lingue parlate", 0.95),
        ("езици", 0.9),
        ("език", 0.8),
    ),
    Target.LOCATION: (
        ("location", 0.9),
        ("office", 0.7),
        ("home office", 0.9),
        ("city", 0.8),
        ("site", 0.6),
        ("where are you based", 0.9),
        ("sede", 0.9),
        ("citta", 0.8),
        ("luogo", 0.7),
        ("местоположение", 0.9),
        ("офис", 0.7),
        ("град", 0.8),
    ),
    Target.AVAILABILITY: (
        ("availability", 0.9),
        ("available", 0.7),
        ("when can you meet", 0.9),
        ("disponibilita", 0.9),
        ("quando puoi", 0.8),
        ("наличност", 0.8),
        ("кога можете", 0.8),
        ("свободно време", 0.8),
    ),
    Target.CAPACITY: (
        ("capacity", 0.9),
        ("how many mentees", 0.95),
        ("number of mentees", 0.95),
        ("max mentees", 0.95),
        ("quanti mentee", 0.95),
        ("numero di mentee", 0.95),
        ("quanti allievi", 0.9),
        ("колко менти", 0.95),
        ("брой менти", 0.95),
        ("колко подопечни", 0.9),
    ),
    Target.BIO: (
        ("bio", 0.9),
        ("biography", 0.9),
        ("about you", 0.9),
        ("about yourself", 0.9),
        ("elevator pitch", 0.85),
        ("introduce yourself", 0.9),
        ("presentazione", 0.8),
        ("parlaci di te", 0.9),
        ("biografia", 0.9),
        ("за мен", 0.9),
        ("биография", 0.9),
        ("представете се", 0.9),
    ),
    Target.STATUS: (("status", 0.8), ("stato", 0.7), ("статус", 0.8)),
    Target.CONSENT_DATE: (
        ("consent", 0.8),
        ("consent date", 0.95),
        ("privacy", 0.6),
        ("consenso", 0.8),
        ("trattamento dei dati", 0.8),
        ("съгласие", 0.8),
        ("лични данни", 0.7),
    ),
    Target.PRIVATE_NOTES: (
        ("notes", 0.7),
        ("private notes", 0.95),
        ("comments for the", 0.7),
        ("note", 0.6),
        ("commenti", 0.6),
        ("бележки", 0.7),
        ("коментари", 0.6),
    ),
    Target.TIMESTAMP: (
        ("timestamp", 0.95),
        ("completion time", 0.95),
        ("submitted", 0.8),
        ("submission date", 0.9),
        ("informazioni cronologiche", 0.95),
        ("ora di completamento", 0.95),
        ("data e ora", 0.8),
        ("клеймо за време", 0.95),
        ("време на попълване", 0.9),
        ("час на завършване", 0.95),
    ),
}

_FOLDED_PHRASES: tuple[tuple[Target, tuple[tuple[str, float], ...]], ...] = ()


def _fold_phrases() -> None:
    global _FOLDED_PHRASES
    _FOLDED_PHRASES = tuple(
        (target, tuple((fold(phrase), score) for phrase, score in phrases))
        for target, phrases in _PHRASES.items()
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


def guess_target(header: str, role: Role | None = None) -> tuple[Target | None, float]:
    """The target a header most likely means, with a score from 0 to 1 (None, 0: no idea)."""
    folded = fold(header)
    if not folded:
        return None, 0.0
    if folded in _OWN_HEADERS:
        return _OWN_HEADERS[folded], 1.0
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

_MENTEE_WORDS = (
    "mentee",
    "mentees",
    "mentorati",
    "mentorato",
    "allievi",
    "allievo",
    "менти",
    "подопечни",
    "подопечен",
    "learners",
    "protege",
    "proteges",
)
_MENTOR_WORDS = (
    "mentor",
    "mentors",
    "mentore",
    "mentori",
    "ментор",
    "ментори",
    "наставник",
    "наставници",
    "tutor",
    "tutors",
)
_BOTH_WORDS = (
    "both",
    "entrambi",
    "entrambe",
    "peer",
    "peers",
    "pari",
    "двете",
    "двамата",
    "mentor and mentee",
    "mentore e mentee",
    "ментор и менти",
    "и двете",
)
_YES = ("yes", "y", "si", "true", "1", "да", "x", "vero")
_NO = ("no", "n", "false", "0", "не", "falso")


@cache
def _padded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {fold(w)} " for w in words)


def _has_word(folded: str, words: tuple[str, ...]) -> bool:
    padded = f" {folded} "
    return any(w in padded for w in _padded(words))


def guess_sheet_role(name: str) -> Role | None:
    """The role of everyone on a sheet (or in a CSV file) named ``name``, if the name says it."""
    folded = fold(name)
    if _has_word(folded, _BOTH_WORDS):
        return Role.BOTH
    if _has_word(folded, _MENTEE_WORDS):
        return Role.MENTEE
    if _has_word(folded, _MENTOR_WORDS):
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
    if _has_word(folded, _BOTH_WORDS) or (
        _has_word(folded, _MENTOR_WORDS) and _has_word(folded, _MENTEE_WORDS)
    ):
        return Role.BOTH
    if _has_word(folded, _MENTEE_WORDS):
        return Role.MENTEE
    if _has_word(folded, _MENTOR_WORDS):
        return Role.MENTOR
    if folded in _YES:
        return Role.BOTH
    if folded in _NO:
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
