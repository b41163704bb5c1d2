"""The Store's part for the feedback questionnaire and its answers (issue 6).

Every edit returns what undoing it needs: setting the questions returns the questions stored
before (an empty list: the built-in questionnaire), a delete the rows it took out (restored with
the same ids); an update returns :class:`Changes`, and undo saves the values read before it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .domain import Changes, Feedback, MemberRole, PairStatus, Role
from .i18n import tr
from .rows import feedback_to_row, row_to_feedback
from .store_base import Records, check
from .surveys import Audience, Question, QuestionKind, built_in_questions

#: Feedback rows taken out by a delete, to put back exactly as they were.
FeedbackSnapshot = list[dict[str, Any]]

_FEEDBACK = Changes(feedback=True)
_SURVEYS = Changes(surveys=True)
#: As the schema's CHECK on ``survey_questions.key``.
_KEY = re.compile(r"^[a-z0-9_]{1,40}$")
_OPEN = (PairStatus.ACTIVE.value, PairStatus.PAUSED.value)


def question_key(text: str, taken: Iterable[str] = ()) -> str:
    """A key for a new question from its text ("How useful…?" -> "how_useful"), unlike ``taken``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", plain)
    base = "_".join(words[:4])[:34].strip("_") or "question"
    used = set(taken)
    key, n = base, 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key


def question_problems(questions: Sequence[Question]) -> dict[str, str]:
    """Problems with a questionnaire by field ("questions.N" or "questions"); empty when fine."""
    problems: dict[str, str] = {}
    if not questions:
        problems["questions"] = tr("Keep at least one question.")
    seen: set[str] = set()
    for n, q in enumerate(questions):
        where = f"questions.{n}"
        if not q.text.strip():
            problems[where] = tr("Write the question.")
        elif not _KEY.match(q.key):
            problems[where] = tr(
                "The key “{key}” may only hold lowercase letters, digits and “_” (1 to 40)."
            ).format(key=q.key)
        elif q.key in seen:
            problems[where] = tr("Two questions have the key “{key}”.").format(key=q.key)
        seen.add(q.key)
    return problems


def answer_problem(question: Question, value: object) -> str | None:
    """Why ``value`` cannot answer ``question``, or None when it can."""
    bounds = question.kind.bounds
    if bounds is None:
        return None if isinstance(value, str) else tr("The answer must be text.")
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int):
        return tr("The answer must be a whole number from {low} to {high}.").format(
            low=low, high=high
        )
    if not low <= value <= high:
        return tr("{value} is not between {low} and {high}.").format(
            value=value, low=low, high=high
        )
    return None


def asked(questions: Sequence[Question], role: MemberRole) -> list[Question]:
    """The questions put to a member in ``role``, in their order."""
    return [q for q in questions if q.audience.asks(role)]


def _member_role(role: Role) -> MemberRole:
    return {Role.MENTOR: MemberRole.MENTOR, Role.MENTEE: MemberRole.MENTEE}.get(
        role, MemberRole.PEER
    )


class SurveyRecords(Records):
    """Mixed into :class:`~mentordesk.model.store.Store`."""

    # -- the questionnaire ---------------------------------------------------------------

    def stored_survey_questions(self) -> list[Question]:
        """The program's own questions (empty while it uses the built-in questionnaire)."""
        rows = self.conn.execute("SELECT * FROM survey_questions ORDER BY position, id")
        return [
            Question(
                r["key"],
                Audience(r["audience"]),
                QuestionKind(r["kind"]),
                r["text"],
                r["position"],
                r["id"],
            )
            for r in rows
        ]

    def survey_questions(self) -> list[Question]:
        """The questionnaire: the program's own questions, else the built-in ones."""
        return self.stored_survey_questions() or built_in_questions()

    def set_survey_questions(self, questions: Sequence[Question]) -> list[Question]:
        """Replace the questionnaire (in this order) in one transaction; return the questions
        stored before, for :meth:`restore_survey_questions`."""
        check(question_problems(questions))
        return self.restore_survey_questions(questions)

    def restore_survey_questions(self, questions: Sequence[Question]) -> list[Question]:
        """Put back questions returned by :meth:`set_survey_questions` (empty: the built-in
        questionnaire); return the ones replaced."""
        before = self.stored_survey_questions()
        with self.batch(_SURVEYS):
            self.conn.execute("DELETE FROM survey_questions")
            for n, q in enumerate(questions):
                self._insert(
                    "survey_questions",
                    {
                        "key": q.key,
                        "audience": q.audience.value,
                        "kind": q.kind.value,
                        "text": q.text.strip(),
                        "position": n,
                    },
                )
        return before

    # -- who answers what ----------------------------------------------------------------

    def open_pair_of(self, participant_id: int) -> int | None:
        """The participant's open pair (active before paused, the newest first), or None."""
        row = self.conn.execute(
            "SELECT p.id FROM pairs p JOIN pair_members m ON m.pair_id = p.id "
            "WHERE m.participant_id = ? AND p.status IN (?, ?) "
            "ORDER BY p.status = ? DESC, coalesce(p.start_date, '') DESC, p.id DESC LIMIT 1",
            (participant_id, *_OPEN, PairStatus.ACTIVE.value),
        ).fetchone()
        return None if row is None else int(row[0])

    def survey_role(self, participant_id: int, pair_id: int | None = None) -> MemberRole:
        """The role a participant answers in: theirs in ``pair_id`` (default: their open
        pair), else from their own role (someone both mentor and mentee answers as a peer)."""
        pair_id = pair_id if pair_id is not None else self.open_pair_of(participant_id)
        if pair_id is not None:
            row = self.conn.execute(
                "SELECT role FROM pair_members WHERE pair_id = ? AND participant_id = ?",
                (pair_id, participant_id),
            ).fetchone()
            if row is not None:
                return MemberRole(row[0])
        return _member_role(self.participant(participant_id).role)

    def questions_for(self, participant_id: int, pair_id: int | None = None) -> list[Question]:
        """The questions put to this participant."""
        return asked(self.survey_questions(), self.survey_role(participant_id, pair_id))

    # -- answers -------------------------------------------------------------------------

    def feedback_entry(self, feedback_id: int) -> Feedback:
        """One person's answers to one round; LookupError when there are none."""
        row = self.conn.execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
        if row is None:
            raise LookupError(f"no feedback {feedback_id}")
        return row_to_feedback(row)

    def feedback_problems(
        self, feedback: Feedback, today: dt.date, kept: dict[str, int | str] | None = None
    ) -> dict[str, str]:
        """Problems with ``feedback`` by field (answers as "answers.KEY"); empty when it can
        be saved. ``kept``: answers already stored, which may stay even if their question was
        removed from the questionnaire since."""
        problems: dict[str, str] = {}
        exists = self.conn.execute(
            "SELECT 1 FROM participants WHERE id = ?", (feedback.participant_id,)
        ).fetchone()
        if exists is None:
            return {"participant_id": tr("Choose who answered.")}
        if not feedback.round.strip():
            problems["round"] = tr("Name the round, for example “Midpoint”.")
        if feedback.date > today:
            problems["date"] = tr("Answers cannot be dated in the future.")
        if feedback.pair_id is not None:
            members = self.conn.execute(
                "SELECT 1 FROM pair_members WHERE pair_id = ? AND participant_id = ?",
                (feedback.pair_id, feedback.participant_id),
            ).fetchone()
            if members is None:
                problems["pair_id"] = tr("The answers can only be about a pair of this person.")
                return problems
        role = self.survey_role(feedback.participant_id, feedback.pair_id)
        questions = {q.key: q for q in self.survey_questions()}
        kept = kept or {}
        answers = _tidy(feedback).answers  # an empty text is no answer
        for key, value in answers.items():
            q = questions.get(key)
            if q is None:
                if kept.get(key) != value:
                    problems[f"answers.{key}"] = tr("There is no question “{key}”.").format(key=key)
            elif not q.audience.asks(role):
                problems[f"answers.{key}"] = tr("This question is not put to a {role}.").format(
                    role=role.label.lower()
                )
            elif (problem := answer_problem(q, value)) is not None:
                problems[f"answers.{key}"] = problem
        if not answers and not feedback.comment.strip():
            problems["answers"] = tr("Nothing was answered.")
        return problems

    def add_answers(self, feedback: Feedback, today: dt.date) -> int:
        """Save one person's answers to a round; return their id (undo: :meth:`delete_feedback`)."""
        check(self.feedback_problems(feedback, today))
        with self.batch(_FEEDBACK):
            return self._insert("feedback", feedback_to_row(_tidy(feedback)))

    def update_answers(self, feedback: Feedback, today: dt.date) -> FeedbackSnapshot:
        """Save edited answers (round, date, answers, comment, pair; not who answered);
        return the row as it was, for :meth:`restore_feedback`."""
        assert feedback.id is not None
        old = self.feedback_entry(feedback.id)
        before = [
            dict(self.conn.execute("SELECT * FROM feedback WHERE id = ?", (old.id,)).fetchone())
        ]
        saved = dataclasses.replace(feedback, participant_id=old.participant_id)
        check(self.feedback_problems(saved, today, old.answers))
        row = feedback_to_row(_tidy(saved))
        del row["participant_id"]
        with self.batch(_FEEDBACK):
            self.db.table("feedback").update(feedback.id, row)
        return before

    def import_answers(self, entries: Sequence[Feedback], today: dt.date) -> list[int]:
        """Save many people's answers in one transaction (all or nothing); return their ids
        (undo: :meth:`delete_feedback`, redo: :meth:`restore_feedback`)."""
        problems: dict[str, str] = {}
        for n, entry in enumerate(entries):
            problems |= {f"{n}.{k}": v for k, v in self.feedback_problems(entry, today).items()}
        check(problems)
        with self.batch(_FEEDBACK):
            return [self._insert("feedback", feedback_to_row(_tidy(e))) for e in entries]

    def delete_feedback(self, ids: Iterable[int]) -> FeedbackSnapshot:
        """Delete answers; return the rows for :meth:`restore_feedback`."""
        wanted = list(dict.fromkeys(ids))
        snapshot = []
        for feedback_id in wanted:
            row = self.conn.execute("SELECT * FROM feedback WHERE id = ?", (feedback_id,))
            found = row.fetchone()
            if found is None:
                raise LookupError(f"no feedback {feedback_id}")
            snapshot.append(dict(found))
        with self.batch(_FEEDBACK):
            self.conn.executemany("DELETE FROM feedback WHERE id = ?", [(i,) for i in wanted])
        return snapshot

    def restore_feedback(self, snapshot: FeedbackSnapshot) -> Changes:
        """Put back answers removed by :meth:`delete_feedback` (or as they were before
        :meth:`update_answers`), with the same ids."""
        with self.batch(_FEEDBACK):
            for row in snapshot:
                self.conn.execute("DELETE FROM feedback WHERE id = ?", (row["id"],))
                self._insert("feedback", row)
        return _FEEDBACK

    def feedback_rounds(self) -> list[str]:
        """The built-in rounds, then the rounds the answers name, each once."""
        from .surveys import built_in_rounds

        used = [r[0] for r in self.conn.execute("SELECT DISTINCT round FROM feedback ORDER BY 1")]
        rounds = dict.fromkeys(built_in_rounds())
        known = {r.casefold() for r in rounds}
        for name in used:
            if name.casefold() not in known:
                rounds[name] = None
                known.add(name.casefold())
        return list(rounds)


def _tidy(feedback: Feedback) -> Feedback:
    """Texts trimmed; the answers in a stable order."""
    answers = {
        k: v.strip() if isinstance(v, str) else v
        for k, v in sorted(feedback.answers.items())
        if not (isinstance(v, str) and not v.strip())  # an empty text is no answer
    }
    return dataclasses.replace(
        feedback, round=feedback.round.strip(), comment=feedback.comment.strip(), answers=answers
    )
