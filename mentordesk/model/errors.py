"""Errors the model raises, each carrying one clear sentence for the coordinator."""

from __future__ import annotations


class MentorDeskError(Exception):
    """Base class: ``str(error)`` is a sentence a coordinator can act on."""


class FileProblem(MentorDeskError):
    """A program file cannot be opened as it is."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class NotAProgramFile(FileProblem):
    """The file is not SQLite, or SQLite but not MentorDesk's."""


class DamagedFile(FileProblem):
    """The file is a MentorDesk file but SQLite reports damage."""


class NewerFileVersion(FileProblem):
    """The file was written by a newer MentorDesk; it is never modified."""


class FileInUse(FileProblem):
    """Another MentorDesk has the file open."""


class ReadOnlyFile(FileProblem):
    """The file (or its disk) cannot be written; it can still be opened read-only."""


class DiskFull(FileProblem):
    """The disk is full; nothing was changed. The file can still be opened read-only."""


class ReadOnlyStore(MentorDeskError):
    """A write was attempted on a store opened read-only."""


class ValidationError(MentorDeskError):
    """A value would break a rule of the program file; ``problems`` maps field to sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems
