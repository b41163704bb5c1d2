"""The words MentorDesk looks for in roster headers and answers, in English, Italian and
Bulgarian: which participant field a header means, and which role an answer means.

Data only; the matching is in :mod:`roster_fields`. Add a phrase here when a real survey's
header is not recognised.
"""

from __future__ import annotations

from enum import StrEnum

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
PHRASES: dict[Target, tuple[tuple[str, float], ...]] = {
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

# -- role words ---------------------------------------------------------------------------------

MENTEE_WORDS = (
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
MENTOR_WORDS = (
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
BOTH_WORDS = (
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
YES = ("yes", "y", "si", "true", "1", "да", "x", "vero")
NO = ("no", "n", "false", "0", "не", "falso")
