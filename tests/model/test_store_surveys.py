"""The feedback questionnaire and its answers in the store: validation with one sentence per
field, one transaction per write, and undo data that puts the file back exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.model.domain import Changes, Feedback, MemberRole, Pair, PairMember, PairStatus
from mentordesk.model.errors import ValidationError
from mentordesk.model.store import Store
from mentordesk.model.store_surveys import answer_problem, asked, question_key, question_problems
from mentordesk.model.surveys import Audience, Question, QuestionKind, built_in_questions

from .conftest import Ids

TODAY = dt.date(2025, 6, 1)


def rows(store: Store) -> list[dict[str, object]]:
    return [dict(r) for r in store.conn.execute("SELECT * FROM feedback ORDER BY id")]


def mentee_answers(ids: Ids, **changes: object) -> Feedback:
    base = Feedback(
        participant_id=ids.mentee,
        round=" Midpoint ",
        date=dt.date(2025, 5, 20),
        answers={"useful": 4, "supported": 5, "recommend": 9},
        comment=" Molto utile ",
        pair_id=ids.active_pair,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# -- the questionnaire ---------------------------------------------------------------------


def test_built_in_until_edited_then_stored_and_undone(store: Store, events: list[Changes]) -> None:
    assert store.survey_questions() == built_in_questions()
    assert store.stored_survey_questions() == []
    mine = [
        Question("growth", Audience.MENTEE, QuestionKind.SCALE, " How much did you grow? ", 7),
        Question("nps", Audience.EVERYONE, QuestionKind.NPS, "Recommend us?"),
        Question("learned", Audience.MENTOR, QuestionKind.TEXT, "What did you learn?"),
    ]
    before = store.set_survey_questions(mine)
    assert before == []
    stored = store.survey_questions()
    assert [(q.key, q.text, q.position) for q in stored] == [
        ("growth", "How much did you grow?", 0),
        ("nps", "Recommend us?", 1),
        ("learned", "What did you learn?", 2),
    ]
    assert all(q.id is not None for q in stored)
    assert events == [Changes(surveys=True)]
    replaced = store.restore_survey_questions(before)
    assert [q.key for q in replaced] == ["growth", "nps", "learned"]
    assert store.survey_questions() == built_in_questions()


@pytest.mark.parametrize(
    ("questions", "field", "words"),
    [
        ([], "questions", "at least one"),
        ([Question("a", Audience.MENTEE, QuestionKind.SCALE, "  ")], "questions.0", "Write"),
        ([Question("Bad Key", Audience.MENTEE, QuestionKind.SCALE, "Q?")], "questions.0", "key"),
        ([Question("x" * 41, Audience.MENTEE, QuestionKind.SCALE, "Q?")], "questions.0", "1 to 40"),
        (
            [
                Question("same", Audience.MENTEE, QuestionKind.SCALE, "One?"),
                Question("same", Audience.MENTOR, QuestionKind.NPS, "Two?"),
            ],
            "questions.1",
            "Two questions",
        ),
    ],
)
def test_a_bad_questionnaire_is_refused_and_nothing_changes(
    store: Store, questions: list[Question], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as error:
        store.set_survey_questions(questions)
    assert words in error.value.problems[field]
    assert question_problems(questions) == error.value.problems
    assert store.stored_survey_questions() == []


def test_keys_made_from_question_texts() -> None:
    assert question_key("How useful is the program?") == "how_useful_is_the"
    assert question_key("Quanto è utile?") == "quanto_e_utile"
    assert question_key("Как се чувствате?") == "question"
    assert question_key("Useful?", ["useful", "useful_2"]) == "useful_3"


def test_answer_bounds_by_kind() -> None:
    scale, nps_q, text = (
        Question("s", Audience.MENTEE, QuestionKind.SCALE, "S"),
        Question("n", Audience.MENTEE, QuestionKind.NPS, "N"),
        Question("t", Audience.MENTEE, QuestionKind.TEXT, "T"),
    )
    assert answer_problem(scale, 1) is None and answer_problem(scale, 5) is None
    assert answer_problem(scale, 0) == "0 is not between 1 and 5."
    assert answer_problem(nps_q, 0) is None and answer_problem(nps_q, 10) is None
    assert answer_problem(nps_q, 11) == "11 is not between 0 and 10."
    assert "whole number" in (answer_problem(scale, True) or "")
    assert "whole number" in (answer_problem(scale, "4") or "")
    assert answer_problem(text, "free") is None
    assert answer_problem(text, 4) == "The answer must be text."


# -- who answers what ------------------------------------------------------------------------


def test_roles_and_questions_come_from_the_open_pair_else_the_person(
    populated: Store, ids: Ids
) -> None:
    assert populated.open_pair_of(ids.mentee) == ids.active_pair
    assert populated.open_pair_of(ids.withdrawn) is None  # only a closed pair
    assert populated.survey_role(ids.mentor) is MemberRole.MENTOR
    assert populated.survey_role(ids.withdrawn) is MemberRole.MENTEE
    assert populated.survey_role(ids.both) is MemberRole.PEER
    assert populated.survey_role(ids.withdrawn, ids.closed_pair) is MemberRole.MENTEE
    assert [q.key for q in populated.questions_for(ids.mentor)] == ["engagement", "gained"]
    assert [q.key for q in populated.questions_for(ids.both)] == [
        q.key for q in built_in_questions()
    ]
    assert [q.key for q in asked(built_in_questions(), MemberRole.MENTEE)] == [
        "useful",
        "supported",
        "recommend",
    ]


def test_an_active_pair_wins_over_a_paused_one(populated: Store, ids: Ids) -> None:
    paused = populated.add_pair(
        Pair(
            members=(
                PairMember(ids.both, MemberRole.MENTOR),
                PairMember(ids.mentee, MemberRole.PEER),
            ),
            status=PairStatus.PAUSED,
            start_date=dt.date(2025, 5, 1),
        )
    )
    assert populated.open_pair_of(ids.mentee) == ids.active_pair
    assert populated.open_pair_of(ids.both) == paused
    assert populated.survey_role(ids.both) is MemberRole.MENTOR


def test_rounds_built_in_then_those_used(populated: Store) -> None:
    assert populated.feedback_rounds() == ["First month", "Midpoint", "Closing", "Metà percorso"]


# -- answers ---------------------------------------------------------------------------------


def test_add_edit_delete_restore_each_exact(populated: Store, ids: Ids) -> None:
    events: list[Changes] = []
    populated.subscribe(events.append)
    before = rows(populated)
    new_id = populated.add_answers(mentee_answers(ids), TODAY)
    saved = populated.feedback_entry(new_id)
    assert saved.round == "Midpoint" and saved.comment == "Molto utile"
    assert list(saved.answers) == ["recommend", "supported", "useful"]  # stable order
    added = rows(populated)
    undo = populated.update_answers(
        dataclasses.replace(saved, answers={"useful": 2, "note": ""}, round="Closing"), TODAY
    )
    assert populated.feedback_entry(new_id).answers == {"useful": 2}  # an empty text: no answer
    populated.restore_feedback(undo)
    assert rows(populated) == added
    snapshot = populated.delete_feedback([new_id, new_id])
    assert rows(populated) == before
    populated.restore_feedback(snapshot)
    assert rows(populated) == added
    assert set(events) == {Changes(feedback=True)}


def test_an_answer_to_a_removed_question_may_stay_when_edited(populated: Store, ids: Ids) -> None:
    # The populated file's answers use an older key, "satisfaction", no longer asked.
    old = next(f for f in populated.feedback() if "satisfaction" in f.answers)
    populated.update_answers(dataclasses.replace(old, comment="ok"), TODAY)
    assert populated.feedback_entry(old.id or 0).answers["satisfaction"] == 5
    with pytest.raises(ValidationError) as error:
        populated.update_answers(
            dataclasses.replace(old, answers={**old.answers, "satisfaction": 4}), TODAY
        )
    assert error.value.problems == {"answers.satisfaction": "There is no question “satisfaction”."}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"participant_id": 999}, "participant_id", "Choose who"),
        ({"round": "  "}, "round", "Name the round"),
        ({"date": dt.date(2025, 6, 2)}, "date", "future"),
        ({"pair_id": "closed"}, "pair_id", "pair of this person"),
        ({"answers": {"useful": 6}}, "answers.useful", "6 is not between 1 and 5"),
        ({"answers": {"recommend": -1}}, "answers.recommend", "between 0 and 10"),
        ({"answers": {"engagement": 4}}, "answers.engagement", "not put to a mentee"),
        ({"answers": {"nope": 1}}, "answers.nope", "no question"),
        ({"answers": {}, "comment": " "}, "answers", "Nothing was answered"),
    ],
)
def test_bad_answers_are_refused_with_the_field(
    populated: Store, ids: Ids, changes: dict[str, object], field: str, words: str
) -> None:
    if changes.get("pair_id") == "closed":
        changes["pair_id"] = ids.closed_pair
    before = rows(populated)
    with pytest.raises(ValidationError) as error:
        populated.add_answers(mentee_answers(ids, **changes), TODAY)
    assert words in error.value.problems[field]
    assert rows(populated) == before


def test_import_is_all_or_nothing_and_undone_as_one(populated: Store, ids: Ids) -> None:
    before = rows(populated)
    good = mentee_answers(ids)
    mentor = Feedback(ids.mentor, "Midpoint", dt.date(2025, 5, 21), {"engagement": 4, "gained": 5})
    bad = dataclasses.replace(good, answers={"useful": 9})
    with pytest.raises(ValidationError) as error:
        populated.import_answers([good, mentor, bad], TODAY)
    assert list(error.value.problems) == ["2.answers.useful"]
    assert rows(populated) == before
    new_ids = populated.import_answers([good, mentor], TODAY)
    assert len(new_ids) == 2
    after = rows(populated)
    snapshot = populated.delete_feedback(new_ids)
    assert rows(populated) == before
    populated.restore_feedback(snapshot)
    assert rows(populated) == after


def test_unknown_answers_are_lookup_errors(populated: Store) -> None:
    with pytest.raises(LookupError):
        populated.feedback_entry(999)
    with pytest.raises(LookupError):
        populated.delete_feedback([999])
