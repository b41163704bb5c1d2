"""Undoable edits of the resource library, the workshops and trainings, and attendance. Thin,
as :mod:`.goal_commands`: each holds ids and values and calls the store; undo calls the store's
inverse (rows put back with the same ids), so an undo restores the file exactly."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ..model.library import Resource, ResourceFile, Training
from ..model.store import Store
from ..model.store_resources import ResourceSnapshot
from .goal_commands import StoreCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("resource_commands", text)


class AddResource(StoreCommand):
    """A new resource (with its file); undo deletes it, redo puts the same row back."""

    def __init__(self, store: Store, resource: Resource, file: ResourceFile | None) -> None:
        super().__init__(store, _tr("Add resource"))
        self._resource, self._file = resource, file
        self.resource_id: int | None = None
        self._rows: ResourceSnapshot = {}

    def _first(self) -> None:
        self.resource_id = self._store.add_resource(self._resource, self._file)

    def _again(self) -> None:
        self._store.restore_resource(self._rows)

    def undo(self) -> None:
        assert self.resource_id is not None
        self._rows = self._store.delete_resource(self.resource_id)


class EditResource(StoreCommand):
    """Save a resource's values (and a new file, or none); undo and redo put back the row
    read before and after, file included."""

    def __init__(self, store: Store, resource: Resource, file: ResourceFile | None) -> None:
        super().__init__(store, _tr("Edit resource"))
        assert resource.id is not None
        self._resource, self._file, self._id = resource, file, resource.id
        self._before: ResourceSnapshot = {}
        self._after: ResourceSnapshot = {}

    def _first(self) -> None:
        self._before = self._store.resource_rows(self._id)
        self._store.update_resource(self._resource, self._file)
        self._after = self._store.resource_rows(self._id)

    def _again(self) -> None:
        self._store.restore_resource(self._after)

    def undo(self) -> None:
        self._store.restore_resource(self._before)


class DeleteResource(StoreCommand):
    def __init__(self, store: Store, resource_id: int) -> None:
        super().__init__(store, _tr("Delete resource"))
        self._id = resource_id
        self._rows: ResourceSnapshot = {}

    def _first(self) -> None:
        self._rows = self._store.delete_resource(self._id)

    _again = _first

    def undo(self) -> None:
        self._store.restore_resource(self._rows)


class AddTraining(StoreCommand):
    def __init__(self, store: Store, training: Training) -> None:
        super().__init__(store, _tr("Add workshop or training"))
        self._training = training
        self.training_id: int | None = None
        self._rows: ResourceSnapshot = {}

    def _first(self) -> None:
        self.training_id = self._store.add_training(self._training)

    def _again(self) -> None:
        self._store.restore_training(self._rows)

    def undo(self) -> None:
        assert self.training_id is not None
        self._rows = self._store.delete_training(self.training_id)


class EditTraining(StoreCommand):
    """Save a training's values; undo saves the values read before."""

    def __init__(self, store: Store, training: Training) -> None:
        super().__init__(store, _tr("Edit workshop or training"))
        assert training.id is not None
        self._after = training
        self._before = store.training(training.id)

    def _first(self) -> None:
        self._store.update_training(self._after)

    _again = _first

    def undo(self) -> None:
        self._store.update_training(self._before)


class DeleteTraining(StoreCommand):
    def __init__(self, store: Store, training_id: int) -> None:
        super().__init__(store, _tr("Delete workshop or training"))
        self._id = training_id
        self._rows: ResourceSnapshot = {}

    def _first(self) -> None:
        self._rows = self._store.delete_training(self._id)

    _again = _first

    def undo(self) -> None:
        self._store.restore_training(self._rows)


class SetAttendance(StoreCommand):
    """Make exactly these participants a training's attendance; undo puts back the one before."""

    def __init__(self, store: Store, training_id: int, participant_ids: Iterable[int]) -> None:
        super().__init__(store, _tr("Record attendance"))
        self._id, self._after = training_id, frozenset(participant_ids)
        self._before: frozenset[int] = frozenset()

    def _first(self) -> None:
        self._before = self._store.replace_attendance(self._id, self._after)

    def _again(self) -> None:
        self._store.replace_attendance(self._id, self._after)

    def undo(self) -> None:
        self._store.replace_attendance(self._id, self._before)
