"""Recently opened program files, kept in the user's QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """Recent files that still exist, newest first."""
        raw = self._settings.value("recentFiles", [])
        # QSettings gives back a lone string for a one-item list in some formats.
        items: list[str] = (
            [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        )
        return [Path(p) for p in items if Path(p).is_file()]

    def add(self, path: Path) -> None:
        path = path.resolve()
        items = [str(path)] + [str(p) for p in self.paths() if p.resolve() != path]
        self._settings.setValue("recentFiles", items[:MAX_RECENT])

    def remove(self, path: Path) -> None:
        items = [str(p) for p in self.paths() if p.resolve() != path.resolve()]
        self._settings.setValue("recentFiles", items)

    @property
    def last_file(self) -> Path | None:
        value = self._settings.value("lastFile", "")
        return Path(str(value)) if value else None

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        self._settings.setValue("lastFile", str(path) if path else "")
