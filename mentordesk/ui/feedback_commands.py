"""Undoable edits of the feedback questionnaire and its answers. Thin, as
:mod:`.goal_commands`: each holds ids and values and calls the store; undo calls the store's
inverse (deleted rows restored with the same ids), so an undo puts the file back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ..model.domain import Feedback
from ..model.store import Store
from ..model.store_surveys import FeedbackSnapshot
from ..model.surveys import Question
from .goal_commands import StoreCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("feedback_commands", text)


class AddAnswers(StoreCommand):
    """One person's answers to a round; undo deletes them, redo puts the same row back."""

    def __init__(self, store: Store, feedback: Feedback, today: dt.date) -> None:
        super().__init__(store, _tr("Add answers"))
        self._feedback, self._today = feedback, today
        self.feedback_id: int | None = None
        self._rows: FeedbackSnapshot = []

    def _first(self) -> None:
        self.feedback_id = self._store.add_answers(self._feedback, self._today)

    def _again(self) -> None:
        self._store.restore_feedback(self._rows)

    def undo(self) -> None:
        assert self.feedback_id is not None
        self._rows = self._store.delete_feedback([self.feedback_id])


class EditAnswers(StoreCommand):
    """New values for stored answers; undo puts the row back as it was."""

    def __init__(self, store: Store, feedback: Feedback, today: dt.date) -> None:
        super().__init__(store, _tr("Edit answers"))
        self._new, self._today = feedback, today
        self._before: FeedbackSnapshot = []

    def _first(self) -> None:
        self._before = self._store.update_answers(self._new, self._today)

    def _again(self) -> None:
        self._first()

    def undo(self) -> None:
        self._store.restore_feedback(self._before)


class DeleteAnswers(StoreCommand):
    def __init__(self, store: Store, ids: Sequence[int]) -> None:
        super().__init__(store, _tr("Delete answers"))
        self._ids = list(ids)
        self._rows: FeedbackSnapshot = []

    def _first(self) -> None:
        self._rows = self._store.delete_feedback(self._ids)

    def _again(self) -> None:
        self._first()

    def undo(self) -> None:
        self._store.restore_feedback(self._rows)


class ImportAnswers(StoreCommand):
    """A survey export's answers, written in one transaction and undone as one step."""

    def __init__(self, store: Store, entries: Sequence[Feedback], today: dt.date) -> None:
        super().__init__(store, _tr("Import survey answers"))
        self._entries, self._today = list(entries), today
        self.ids: list[int] = []
        self._rows: FeedbackSnapshot = []

    def _first(self) -> None:
        self.ids = self._store.import_answers(self._entries, self._today)

    def _again(self) -> None:
        self._store.restore_feedback(self._rows)

    def undo(self) -> None:
        self._rows = self._store.delete_feedback(self.ids)


class SetQuestions(StoreCommand):
    """A new questionnaire; undo puts back the questions stored before (or the built-in set)."""

    def __init__(self, store: Store, questions: Sequence[Question]) -> None:
        super().__init__(store, _tr("Edit questions"))
        self._new = list(questions)
        self._old: list[Question] = []

    def _first(self) -> None:
        self._old = self._store.set_survey_questions(self._new)

    def _again(self) -> None:
        self._store.restore_survey_questions(self._new)

    def undo(self) -> None:
        self._store.restore_survey_questions(self._old)
