"""The Store's part for the resource library, workshops and trainings, and attendance (issue 6).

As in :mod:`.store_goals`, every edit returns what undoing it needs: a delete the rows it took
out (restored with the same ids), an attendance change the attendance before it; a value edit
returns :class:`Changes`, and undo saves the values read before the edit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .domain import Changes, MemberRole
from .errors import ValidationError
from .i18n import tr
from .library import (
    Resource,
    ResourceFile,
    ResourceKind,
    Suggestion,
    Training,
    TrainingAudience,
    TrainingKind,
    clean_link,
    clean_skills,
    rank_suggestions,
    resource_problems,
    training_problems,
)
from .rows import date_to_text, dump_list, load_list, text_to_date
from .store_base import Records, check

#: Rows taken out by a delete, by table, to put back exactly as they were.
ResourceSnapshot = dict[str, list[dict[str, Any]]]

_RESOURCES = Changes(resources=True)

# Every column but the file's bytes, which are read only when the file is opened or saved.
_RESOURCE_COLUMNS = (
    "id, title, kind, link, file_name, skills, description, "
    "coalesce(length(file_data), 0) AS file_size"
)


def _cleaned(resource: Resource) -> Resource:
    return Resource(
        title=resource.title.strip(),
        kind=resource.kind,
        link=clean_link(resource.link),
        file_name=resource.file_name,
        skills=clean_skills(resource.skills),
        description=resource.description.strip(),
        id=resource.id,
    )


def _resource_values(resource: Resource) -> dict[str, Any]:
    return {
        "title": resource.title,
        "kind": resource.kind.value,
        "link": resource.link,
        "skills": dump_list(resource.skills),
        "description": resource.description,
    }


def _row_to_resource(r: sqlite3.Row) -> Resource:
    return Resource(
        title=r["title"],
        kind=ResourceKind(r["kind"]),
        link=r["link"],
        file_name=r["file_name"],
        skills=load_list(r["skills"]),
        description=r["description"],
        file_size=r["file_size"],
        id=r["id"],
    )


def _training_row(t: Training) -> dict[str, Any]:
    return {
        "title": t.title.strip(),
        "kind": t.kind.value,
        "audience": t.audience.value,
        "date": date_to_text(t.date),
        "required": int(t.required),
        "resource_id": t.resource_id,
        "notes": t.notes.strip(),
    }


def _row_to_training(r: sqlite3.Row) -> Training:
    day = text_to_date(r["date"])
    assert day is not None
    return Training(
        title=r["title"],
        date=day,
        kind=TrainingKind(r["kind"]),
        audience=TrainingAudience(r["audience"]),
        required=bool(r["required"]),
        resource_id=r["resource_id"],
        notes=r["notes"],
        id=r["id"],
    )


class ResourceRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    # -- resources -------------------------------------------------------------------------

    def resources(self) -> list[Resource]:
        """The library, by title (ignoring case)."""
        rows = self.conn.execute(
            f"SELECT {_RESOURCE_COLUMNS} FROM resources ORDER BY title COLLATE NOCASE, id"
        )
        return [_row_to_resource(r) for r in rows]

    def resource(self, resource_id: int) -> Resource:
        """One resource (without its file's bytes); LookupError when there is none."""
        row = self.conn.execute(
            f"SELECT {_RESOURCE_COLUMNS} FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no resource {resource_id}")
        return _row_to_resource(row)

    def resource_file(self, resource_id: int) -> ResourceFile | None:
        """The file copied into the program for a resource, or None when it has none."""
        self.resource(resource_id)
        row = self.conn.execute(
            "SELECT file_name, file_data FROM resources WHERE id = ?", (resource_id,)
        ).fetchone()
        if not row["file_name"]:
            return None
        return ResourceFile(row["file_name"], bytes(row["file_data"]))

    def add_resource(self, resource: Resource, file: ResourceFile | None = None) -> int:
        """Add a resource, with a file copied into the program when given (its
        ``file_name`` is then the file's); ValidationError by field when it cannot be."""
        resource = _cleaned(resource)
        check(resource_problems(resource, file))
        row = _resource_values(resource)
        row["file_name"] = file.name if file is not None else ""
        row["file_data"] = file.data if file is not None else None
        with self.batch(_RESOURCES):
            return self._insert("resources", row)

    def update_resource(self, resource: Resource, file: ResourceFile | None = None) -> Changes:
        """Save a resource's values. A ``file`` replaces its file; without one, the file stays
        unless ``resource.file_name`` is empty, which removes it."""
        resource_id = resource.id
        assert resource_id is not None
        old = self.resource(resource_id)
        resource = _cleaned(resource)
        check(resource_problems(resource, file))
        row = _resource_values(resource)
        if file is not None:
            row |= {"file_name": file.name, "file_data": file.data}
        elif old.has_file and not resource.file_name:
            row |= {"file_name": "", "file_data": None}
        with self.batch(_RESOURCES):
            self.db.table("resources").update(resource_id, row)
        return _RESOURCES

    def resource_rows(self, resource_id: int) -> ResourceSnapshot:
        """A resource's row as it is (with its file), for undoing an edit exactly."""
        row = self.conn.execute("SELECT * FROM resources WHERE id = ?", (resource_id,)).fetchone()
        if row is None:
            raise LookupError(f"no resource {resource_id}")
        links = self.conn.execute(
            "SELECT id FROM trainings WHERE resource_id = ? ORDER BY id", (resource_id,)
        )
        return {"resources": [dict(row)], "links": [dict(r) for r in links]}

    def delete_resource(self, resource_id: int) -> ResourceSnapshot:
        """Delete a resource (trainings that used it keep their place, without it); return
        the rows for :meth:`restore_resource`."""
        snapshot = self.resource_rows(resource_id)
        with self.batch(_RESOURCES):
            self.conn.execute("DELETE FROM resources WHERE id = ?", (resource_id,))
        return snapshot

    def restore_resource(self, snapshot: ResourceSnapshot) -> Changes:
        """Put back a resource removed by :meth:`delete_resource` (or the row saved by
        :meth:`resource_rows` before an edit), with its id and its trainings linked again."""
        [row] = snapshot["resources"]
        with self.batch(_RESOURCES):
            self.conn.execute("DELETE FROM resources WHERE id = ?", (row["id"],))
            self._insert("resources", row)
            self.conn.executemany(
                "UPDATE trainings SET resource_id = ? WHERE id = ?",
                [(row["id"], link["id"]) for link in snapshot.get("links", ())],
            )
        return _RESOURCES

    def suggest_resources(self, pair_id: int, limit: int | None = None) -> list[Suggestion]:
        """Resources that help with the skills the pair's mentees (or peers) want, those
        that help with the most first."""
        pair = self.pair(pair_id)
        learners = [m.participant_id for m in pair.members if m.role is not MemberRole.MENTOR]
        wanted: list[str] = []
        for pid in learners:
            row = self.conn.execute(
                "SELECT skills_wanted FROM participants WHERE id = ?", (pid,)
            ).fetchone()
            wanted += load_list(row[0])
        return rank_suggestions(self.resources(), tuple(wanted), limit)

    def wanted_skills(self) -> list[str]:
        """The skills participants (not withdrawn) want, the most wanted first; spelled as
        most of them spell it."""
        rows = self.conn.execute(
            "SELECT skill.value, count(*) FROM participants p, json_each(p.skills_wanted) skill "
            "WHERE p.status <> 'withdrawn' GROUP BY skill.value"
        )
        counts: dict[str, dict[str, int]] = {}
        for skill, n in rows:
            spellings = counts.setdefault(skill.strip().casefold(), {})
            spellings[skill.strip()] = spellings.get(skill.strip(), 0) + n
        ranked = sorted(
            counts.values(), key=lambda s: (-sum(s.values()), min(s).casefold(), min(s))
        )
        return [max(s, key=lambda k: (s[k], k)) for s in ranked if any(k for k in s)]

    # -- workshops and trainings -------------------------------------------------------------

    def trainings(self) -> list[Training]:
        """Every workshop, training and orientation, the latest first."""
        rows = self.conn.execute("SELECT * FROM trainings ORDER BY date DESC, id DESC")
        return [_row_to_training(r) for r in rows]

    def training(self, training_id: int) -> Training:
        """One training; LookupError when there is none."""
        row = self.conn.execute("SELECT * FROM trainings WHERE id = ?", (training_id,)).fetchone()
        if row is None:
            raise LookupError(f"no training {training_id}")
        return _row_to_training(row)

    def _training_problems(self, training: Training) -> dict[str, str]:
        problems = training_problems(training)
        if training.resource_id is not None and not self._exists("resources", training.resource_id):
            problems["resource_id"] = tr("The resource chosen for it is no longer in the library.")
        return problems

    def add_training(self, training: Training) -> int:
        """Add a workshop, training or orientation; ValidationError by field."""
        check(self._training_problems(training))
        with self.batch(_RESOURCES):
            return self._insert("trainings", _training_row(training))

    def update_training(self, training: Training) -> Changes:
        """Save a training's values (its attendance: :meth:`set_attendance`)."""
        assert training.id is not None
        self.training(training.id)
        check(self._training_problems(training))
        with self.batch(_RESOURCES):
            self.db.table("trainings").update(training.id, _training_row(training))
        return _RESOURCES

    def delete_training(self, training_id: int) -> ResourceSnapshot:
        """Delete a training with its attendance; return the rows for :meth:`restore_training`."""
        row = self.conn.execute("SELECT * FROM trainings WHERE id = ?", (training_id,)).fetchone()
        if row is None:
            raise LookupError(f"no training {training_id}")
        attendance = self.conn.execute(
            "SELECT * FROM training_attendance WHERE training_id = ? ORDER BY rowid",
            (training_id,),
        )
        snapshot = {"trainings": [dict(row)], "training_attendance": [dict(r) for r in attendance]}
        with self.batch(_RESOURCES):
            self.conn.execute("DELETE FROM trainings WHERE id = ?", (training_id,))
        return snapshot

    def restore_training(self, snapshot: ResourceSnapshot) -> Changes:
        """Put back a training removed by :meth:`delete_training`, with its id and attendance."""
        with self.batch(_RESOURCES):
            for table in ("trainings", "training_attendance"):
                for row in snapshot.get(table, ()):
                    self._insert(table, row)
        return _RESOURCES

    # -- attendance ------------------------------------------------------------------------

    def attendance(self, training_id: int) -> frozenset[int]:
        """The participants who attended a training."""
        rows = self.conn.execute(
            "SELECT participant_id FROM training_attendance WHERE training_id = ?",
            (training_id,),
        )
        return frozenset(r[0] for r in rows)

    def attendance_counts(self) -> dict[int, int]:
        """How many attended each training (trainings nobody attended are left out)."""
        rows = self.conn.execute(
            "SELECT training_id, count(*) FROM training_attendance GROUP BY training_id"
        )
        return {r[0]: r[1] for r in rows}

    def set_attendance(
        self, training_id: int, participant_ids: Iterable[int], attended: bool = True
    ) -> frozenset[int]:
        """Tick (or untick) these participants as having attended; return the attendance
        before, for :meth:`replace_attendance` to undo it."""
        before = self.attendance(training_id)
        ids = set(participant_ids)
        after = before | ids if attended else before - ids
        self.replace_attendance(training_id, after)
        return before

    def replace_attendance(
        self, training_id: int, participant_ids: Iterable[int]
    ) -> frozenset[int]:
        """Make exactly these participants the training's attendance; return the one before.

        ValidationError (field ``participants``) when one is not in the program.
        """
        self.training(training_id)
        ids = frozenset(participant_ids)
        unknown = ids - self._existing_participants(ids)
        if unknown:
            raise ValidationError(
                {
                    "participants": tr(
                        "Attendance can only be given to participants of the program "
                        "(unknown: {ids})."
                    ).format(ids=", ".join(str(i) for i in sorted(unknown)))
                }
            )
        before = self.attendance(training_id)
        if ids == before:
            return before
        with self.batch(_RESOURCES):
            self.conn.executemany(
                "DELETE FROM training_attendance WHERE training_id = ? AND participant_id = ?",
                [(training_id, pid) for pid in sorted(before - ids)],
            )
            self.conn.executemany(
                "INSERT INTO training_attendance (training_id, participant_id) VALUES (?, ?)",
                [(training_id, pid) for pid in sorted(ids - before)],
            )
        return before

    # -- helpers ---------------------------------------------------------------------------

    def _exists(self, table: str, row_id: int) -> bool:
        found = self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return found is not None

    def _existing_participants(self, ids: frozenset[int]) -> frozenset[int]:
        rows = self.conn.execute(
            "SELECT id FROM participants WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )
        return frozenset(r[0] for r in rows)
