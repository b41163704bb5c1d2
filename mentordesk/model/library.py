"""The resource library and the program's workshops and trainings (issue 6): domain types and
the rules they must satisfy.

A resource is an article, a video, a guide, a template or a workshop's material: a link, or a
file copied into the program file (so the program stays one file), with the skills it helps
with. A pair's view suggests the resources whose skills its mentees want. A training is a
dated workshop, training or orientation with its attendance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ValidationError
from .i18n import tr

#: The largest file copied into the program file (it grows by as much with every copy).
MAX_FILE_BYTES = 20 * 1024 * 1024


class ResourceKind(StrEnum):
    ARTICLE = "article"
    VIDEO = "video"
    GUIDE = "guide"
    TEMPLATE = "template"
    WORKSHOP = "workshop"

    @property
    def label(self) -> str:
        return {
            ResourceKind.ARTICLE: tr("Article"),
            ResourceKind.VIDEO: tr("Video"),
            ResourceKind.GUIDE: tr("Guide"),
            ResourceKind.TEMPLATE: tr("Template"),
            ResourceKind.WORKSHOP: tr("Workshop material"),
        }[self]


class TrainingKind(StrEnum):
    WORKSHOP = "workshop"
    TRAINING = "training"
    ORIENTATION = "orientation"

    @property
    def label(self) -> str:
        return {
            TrainingKind.WORKSHOP: tr("Workshop"),
            TrainingKind.TRAINING: tr("Training"),
            TrainingKind.ORIENTATION: tr("Orientation"),
        }[self]


class TrainingAudience(StrEnum):
    """Who a training is for."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    EVERYONE = "everyone"

    @property
    def label(self) -> str:
        return {
            TrainingAudience.MENTEE: tr("Mentees"),
            TrainingAudience.MENTOR: tr("Mentors"),
            TrainingAudience.EVERYONE: tr("Everyone"),
        }[self]


@dataclass(frozen=True, slots=True)
class Resource:
    """A resource of the library. ``file_size`` is read from the file (0 without a file);
    the file's bytes are read only when asked for (:class:`ResourceFile`)."""

    title: str
    kind: ResourceKind = ResourceKind.ARTICLE
    link: str = ""
    file_name: str = ""
    skills: tuple[str, ...] = ()
    description: str = ""
    file_size: int = 0
    id: int | None = None

    @property
    def has_file(self) -> bool:
        return bool(self.file_name)


@dataclass(frozen=True, slots=True)
class ResourceFile:
    """A file copied into the program file: its name (no folder) and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Training:
    """A workshop, training or orientation on one day."""

    title: str
    date: dt.date
    kind: TrainingKind = TrainingKind.WORKSHOP
    audience: TrainingAudience = TrainingAudience.EVERYONE
    required: bool = False
    resource_id: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A resource suggested for a pair, with the wanted skills it helps with."""

    resource: Resource
    skills: tuple[str, ...]


# -- rules -----------------------------------------------------------------------------------


def size_text(size: int) -> str:
    """A file size as people read it: "820 bytes", "14 KB", "3.2 MB"."""
    if size < 1024:
        return tr("{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return tr("{n} KB").format(n=round(size / 1024))
    return tr("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def too_big(size: int) -> str | None:
    """The sentence refusing a file of ``size`` bytes, or None when it may be copied in."""
    if size <= MAX_FILE_BYTES:
        return None
    return tr(
        "The file is {size}; files of at most {limit} can be copied into the program file. "
        "Put it on a shared drive and add its link instead."
    ).format(size=size_text(size), limit=size_text(MAX_FILE_BYTES))


def read_resource_file(path: str | Path) -> ResourceFile:
    """The file at ``path``, to copy into the program; ValidationError (field ``file``) when
    it cannot be read or is too big (checked before reading it)."""
    path = Path(path)
    try:
        problem = too_big(path.stat().st_size)
        if problem is None:
            return ResourceFile(path.name, path.read_bytes())
    except OSError as exc:
        problem = tr("The file {name} cannot be read ({reason}).").format(
            name=path.name, reason=exc.strerror or exc
        )
    raise ValidationError({"file": problem})


def clean_link(text: str) -> str:
    """A link as typed, with ``https://`` added to an address such as ``www.example.org``."""
    text = text.strip()
    if text and "://" not in text and not text.startswith("mailto:"):
        text = "https://" + text
    return text


def clean_skills(skills: tuple[str, ...]) -> tuple[str, ...]:
    """The skills trimmed, without blanks and without repeats (ignoring case)."""
    seen: dict[str, str] = {}
    for skill in (s.strip() for s in skills):
        if skill:
            seen.setdefault(skill.casefold(), skill)
    return tuple(seen.values())


def resource_problems(resource: Resource, file: ResourceFile | None = None) -> dict[str, str]:
    """Problems with ``resource`` (and a new file for it) by field name; empty when it can
    be saved."""
    problems: dict[str, str] = {}
    if not resource.title.strip():
        problems["title"] = tr("Enter a title for the resource.")
    link = resource.link.strip()
    if link:
        parts = urlsplit(link)
        web = parts.scheme in ("http", "https") and bool(parts.netloc)
        if any(c.isspace() for c in link) or not (web or parts.scheme == "mailto"):
            problems["link"] = tr(
                "Enter a web address, such as https://example.org/guide, or leave it empty."
            )
    if file is not None:
        if not file.name.strip() or "/" in file.name or "\\" in file.name:
            problems["file"] = tr("The file needs a name without folders.")
        else:
            big = too_big(len(file.data))
            if big is not None:
                problems["file"] = big
    return problems


def training_problems(training: Training) -> dict[str, str]:
    """Problems with ``training`` by field name; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not training.title.strip():
        problems["title"] = tr("Enter a title for the workshop or training.")
    return problems


def rank_suggestions(
    resources: list[Resource], wanted: tuple[str, ...], limit: int | None = None
) -> list[Suggestion]:
    """The resources that help with any of the ``wanted`` skills (ignoring case), those that
    help with the most first, then by title."""
    wanted_keys = {w.strip().casefold() for w in wanted if w.strip()}
    found = []
    for resource in resources:
        skills = tuple(s for s in resource.skills if s.strip().casefold() in wanted_keys)
        if skills:
            found.append(Suggestion(resource, skills))
    found.sort(key=lambda s: (-len(s.skills), s.resource.title.casefold(), s.resource.id or 0))
    return found if limit is None else found[:limit]
