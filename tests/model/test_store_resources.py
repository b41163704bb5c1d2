"""The resource library, workshops and trainings, and attendance in the Store: validation with a
sentence per field, a file copied into the program file within its size limit, suggestions for a
pair, and deletes that restore every row exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from mentordesk.model import library
from mentordesk.model.domain import (
    Changes,
    MemberRole,
    Pair,
    PairMember,
    PairStatus,
    ParticipantStatus,
    Role,
)
from mentordesk.model.errors import ValidationError
from mentordesk.model.library import (
    MAX_FILE_BYTES,
    Resource,
    ResourceFile,
    ResourceKind,
    Training,
    TrainingAudience,
    TrainingKind,
    clean_link,
    clean_skills,
    rank_suggestions,
    read_resource_file,
    resource_problems,
    size_text,
    too_big,
)
from mentordesk.model.store import Store

from .conftest import Ids, person

DAY = dt.date(2025, 3, 10)


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the library's tables, to compare before and after (a row put back may
    get another rowid; its values and its id are what count)."""
    return {
        table: sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {table}"))
        for table in ("resources", "trainings", "training_attendance")
    }


def guide(**fields: Any) -> Resource:
    values: dict[str, Any] = {
        "title": "Public speaking guide",
        "kind": ResourceKind.GUIDE,
        "link": "https://example.org/speaking",
        "skills": ("Public speaking",),
    }
    return Resource(**(values | fields))


# -- domain rules ----------------------------------------------------------------------------


def test_labels_of_every_kind() -> None:
    assert [k.label for k in ResourceKind] == [
        "Article",
        "Video",
        "Guide",
        "Template",
        "Workshop material",
    ]
    assert [k.label for k in TrainingKind] == ["Workshop", "Training", "Orientation"]
    assert [a.label for a in TrainingAudience] == ["Mentees", "Mentors", "Everyone"]


def test_sizes_read_as_people_read_them() -> None:
    assert size_text(820) == "820 bytes"
    assert size_text(14 * 1024) == "14 KB"
    assert size_text(3 * 1024 * 1024 + 200 * 1024) == "3.2 MB"
    assert too_big(MAX_FILE_BYTES) is None
    message = too_big(MAX_FILE_BYTES + 1)
    assert message is not None and "20.0 MB" in message and "link" in message


def test_links_and_skills_are_cleaned() -> None:
    assert clean_link("  www.example.org/a ") == "https://www.example.org/a"
    assert clean_link("http://x.example") == "http://x.example"
    assert clean_link("mailto:coach@example.org") == "mailto:coach@example.org"
    assert clean_link("   ") == ""
    assert clean_skills((" Python", "python", "", "SQL ", "  ")) == ("Python", "SQL")


def test_resource_problems_name_each_field() -> None:
    assert resource_problems(guide()) == {}
    assert resource_problems(guide(link="")) == {}
    assert resource_problems(guide(link="mailto:a@example.org")) == {}
    problems = resource_problems(
        guide(title="  ", link="ftp://files.example/x"), ResourceFile("a/b.pdf", b"x")
    )
    assert set(problems) == {"title", "link", "file"}
    assert "https://" in problems["link"]
    assert set(resource_problems(guide(link="https://"))) == {"link"}
    assert set(resource_problems(guide(), ResourceFile(" ", b""))) == {"file"}
    big = ResourceFile("big.bin", bytes(MAX_FILE_BYTES + 1))
    assert "20.0 MB" in resource_problems(guide(), big)["file"]


def test_reading_a_file_checks_its_size_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = tmp_path / "agenda.txt"
    small.write_bytes(b"1. Introductions")
    assert read_resource_file(small) == ResourceFile("agenda.txt", b"1. Introductions")
    monkeypatch.setattr(library, "MAX_FILE_BYTES", 4)
    with pytest.raises(ValidationError) as refused:
        read_resource_file(small)
    assert "16 bytes" in refused.value.problems["file"]
    with pytest.raises(ValidationError) as missing:
        read_resource_file(tmp_path / "gone.pdf")
    assert "gone.pdf cannot be read" in missing.value.problems["file"]


def test_ranking_counts_the_wanted_skills_each_resource_helps_with() -> None:
    a = guide(title="b both", skills=("Python", "SQL"), id=1)
    b = guide(title="A one", skills=("sql",), id=2)
    c = guide(title="c none", skills=("Excel",), id=3)
    d = guide(title="a one", skills=("PYTHON ",), id=4)
    found = rank_suggestions([c, b, a, d], ("python", " SQL ", ""))
    assert [(s.resource.id, s.skills) for s in found] == [
        (1, ("Python", "SQL")),
        (2, ("sql",)),
        (4, ("PYTHON ",)),
    ]
    assert len(rank_suggestions([a, b, d], ("sql", "python"), limit=2)) == 2
    assert rank_suggestions([a], ()) == []


# -- resources in the store --------------------------------------------------------------------


def test_add_edit_and_read_a_resource_with_a_file(store: Store, events: list[Changes]) -> None:
    new_id = store.add_resource(
        guide(title="  Agenda ", link="", skills=("Coaching", " coaching", "Leadership")),
        ResourceFile("agenda.txt", b"hello"),
    )
    saved = store.resource(new_id)
    assert saved == Resource(
        "Agenda",
        ResourceKind.GUIDE,
        "",
        "agenda.txt",
        ("Coaching", "Leadership"),
        "",
        5,
        new_id,
    )
    assert saved.has_file
    assert store.resource_file(new_id) == ResourceFile("agenda.txt", b"hello")
    assert events == [Changes(resources=True)]

    # An edit without a new file keeps the file; a new file replaces it; no name removes it.
    assert store.update_resource(_retitle(saved)) == Changes(resources=True)
    assert store.resource(new_id).title == "Agenda v2"
    assert store.resource_file(new_id) == ResourceFile("agenda.txt", b"hello")
    store.update_resource(saved, ResourceFile("agenda-2.md", b"# Agenda"))
    assert store.resource(new_id).file_name == "agenda-2.md"
    store.update_resource(_without_file(saved))
    assert store.resource_file(new_id) is None
    assert store.resource(new_id).file_size == 0
    with pytest.raises(LookupError):
        store.resource(999)
    with pytest.raises(LookupError):
        store.resource_file(999)


def _retitle(r: Resource) -> Resource:
    return Resource(r.title + " v2", r.kind, r.link, r.file_name, r.skills, r.description, 0, r.id)


def _without_file(r: Resource) -> Resource:
    return Resource(r.title, r.kind, "www.example.org", "", r.skills, r.description, 0, r.id)


def test_resources_are_listed_by_title(store: Store) -> None:
    store.add_resource(guide(title="zeta"))
    store.add_resource(guide(title="Alpha"))
    store.add_resource(guide(title="beta", kind=ResourceKind.VIDEO))
    assert [r.title for r in store.resources()] == ["Alpha", "beta", "zeta"]


def test_bad_resources_are_refused_and_nothing_is_written(store: Store) -> None:
    before = dump(store)
    with pytest.raises(ValidationError) as empty:
        store.add_resource(guide(title=" "))
    assert set(empty.value.problems) == {"title"}
    with pytest.raises(ValidationError) as big:
        store.add_resource(guide(), ResourceFile("film.mp4", bytes(MAX_FILE_BYTES + 1)))
    assert "at most 20.0 MB" in big.value.problems["file"]
    assert dump(store) == before
    kept = store.add_resource(guide())
    with pytest.raises(ValidationError):
        store.update_resource(guide(id=kept, link="not a link at all"))
    assert store.resource(kept).link == "https://example.org/speaking"


def test_delete_and_restore_a_resource_relinks_its_trainings(store: Store) -> None:
    rid = store.add_resource(guide(), ResourceFile("notes.pdf", b"%PDF-1.4 x"))
    tid = store.add_training(Training("Speaking workshop", DAY, resource_id=rid))
    before = dump(store)
    snapshot = store.delete_resource(rid)
    assert store.training(tid).resource_id is None
    assert store.resources() == []
    store.restore_resource(snapshot)
    assert dump(store) == before

    # The row read before an edit puts the edit back exactly.
    rows = store.resource_rows(rid)
    store.update_resource(_without_file(store.resource(rid)))
    store.restore_resource(rows)
    assert dump(store) == before
    with pytest.raises(LookupError):
        store.resource_rows(12345)


# -- suggestions -----------------------------------------------------------------------------


def test_suggestions_match_the_mentees_wanted_skills(store: Store) -> None:
    mentor = store.add_participant(
        person("Ann", "Mentor", role=Role.MENTOR, skills_wanted=("Excel",))
    )
    mentee = store.add_participant(
        person("Bo", "Mentee", skills_wanted=("public speaking", "Negotiation"))
    )
    pair = store.add_pair(
        Pair(
            (PairMember(mentor, MemberRole.MENTOR), PairMember(mentee, MemberRole.MENTEE)),
            status=PairStatus.ACTIVE,
        )
    )
    speaking = store.add_resource(guide())
    both = store.add_resource(guide(title="Pitching", skills=("Negotiation", "Public Speaking")))
    store.add_resource(guide(title="Spreadsheets", skills=("Excel",)))  # the mentor's wish
    found = store.suggest_resources(pair)
    assert [(s.resource.id, s.skills) for s in found] == [
        (both, ("Negotiation", "Public Speaking")),
        (speaking, ("Public speaking",)),
    ]
    assert len(store.suggest_resources(pair, limit=1)) == 1
    peers = store.add_participant(person("Cy", "Peer", skills_wanted=("Excel",)))
    group = store.add_pair(Pair((PairMember(peers, MemberRole.PEER),)))
    assert [s.resource.title for s in store.suggest_resources(group)] == ["Spreadsheets"]
    with pytest.raises(LookupError):
        store.suggest_resources(404)


# -- trainings and attendance ------------------------------------------------------------------


def test_trainings_are_added_edited_and_listed_latest_first(
    populated: Store, ids: Ids, events: list[Changes]
) -> None:
    store = populated
    first = store.add_training(Training("  Orientation ", DAY, TrainingKind.ORIENTATION))
    later = store.add_training(
        Training(
            "Feedback workshop",
            DAY + dt.timedelta(days=30),
            audience=TrainingAudience.MENTOR,
            required=True,
            notes=" Room 4 ",
        )
    )
    assert [t.id for t in store.trainings()] == [later, first]
    assert store.training(first).title == "Orientation"
    assert store.training(later).notes == "Room 4"
    edited = Training("Orientation", DAY, TrainingKind.TRAINING, id=first)
    assert store.update_training(edited) == Changes(resources=True)
    assert store.training(first) == edited
    with pytest.raises(ValidationError) as blank:
        store.add_training(Training(" ", DAY))
    assert set(blank.value.problems) == {"title"}
    with pytest.raises(ValidationError) as gone:
        store.update_training(Training("x", DAY, resource_id=77, id=first))
    assert set(gone.value.problems) == {"resource_id"}
    with pytest.raises(LookupError):
        store.update_training(Training("x", DAY, id=999))
    with pytest.raises(LookupError):
        store.training(999)


def test_attendance_ticked_in_bulk_and_undone(populated: Store, ids: Ids) -> None:
    store = populated
    tid = store.add_training(Training("Orientation", DAY))
    assert store.attendance(tid) == frozenset()
    assert store.set_attendance(tid, [ids.mentor, ids.mentee]) == frozenset()
    assert store.attendance(tid) == {ids.mentor, ids.mentee}
    assert store.attendance_counts() == {tid: 2}
    before = store.set_attendance(tid, [ids.mentee, ids.both], attended=False)
    assert before == {ids.mentor, ids.mentee}
    assert store.attendance(tid) == {ids.mentor}
    assert store.replace_attendance(tid, before) == {ids.mentor}
    assert store.attendance(tid) == {ids.mentor, ids.mentee}
    # Nothing to change writes nothing (and notifies nobody).
    received: list[Changes] = []
    store.subscribe(received.append)
    store.replace_attendance(tid, {ids.mentor, ids.mentee})
    assert received == []


def test_attendance_of_unknown_people_or_trainings_is_refused(populated: Store, ids: Ids) -> None:
    store = populated
    tid = store.add_training(Training("Orientation", DAY))
    with pytest.raises(ValidationError) as unknown:
        store.set_attendance(tid, [ids.mentor, 9001, 9000])
    assert "unknown: 9000, 9001" in unknown.value.problems["participants"]
    assert store.attendance(tid) == frozenset()
    with pytest.raises(LookupError):
        store.set_attendance(4242, [ids.mentor])


def test_delete_and_restore_a_training_with_its_attendance(populated: Store, ids: Ids) -> None:
    store = populated
    rid = store.add_resource(guide())
    tid = store.add_training(Training("Orientation", DAY, resource_id=rid, notes="n"))
    store.set_attendance(tid, [ids.both, ids.mentor])
    before = dump(store)
    snapshot = store.delete_training(tid)
    assert store.trainings() == [] and store.attendance_counts() == {}
    store.restore_training(snapshot)
    assert dump(store) == before
    with pytest.raises(LookupError):
        store.delete_training(31337)


def test_resources_survive_closing_and_reopening(tmp_path: Path, store: Store) -> None:
    rid = store.add_resource(guide(), ResourceFile("x.bin", bytes(range(256))))
    path = store.path
    assert path is not None
    store.close()
    with Store.open(path, read_only=True) as again:
        assert again.resource_file(rid) == ResourceFile("x.bin", bytes(range(256)))


def test_wanted_skills_most_wanted_first_as_most_spell_them(store: Store) -> None:
    store.add_participant(person("A", "A", skills_wanted=("Python", "SQL", " ")))
    store.add_participant(person("B", "B", skills_wanted=("python", "Excel")))
    store.add_participant(person("C", "C", skills_wanted=("Python", "Excel")))
    store.add_participant(
        person("D", "D", skills_wanted=("Leadership",), status=ParticipantStatus.WITHDRAWN)
    )
    assert store.wanted_skills() == ["Python", "Excel", "SQL"]


def test_undoing_a_participants_delete_puts_their_attendance_back(
    populated: Store, ids: Ids
) -> None:
    store = populated
    tid = store.add_training(Training("Orientation", DAY))
    store.set_attendance(tid, [ids.mentor, ids.mentee])
    before = dump(store)
    snapshot = store.delete_participants([ids.mentor])
    assert store.attendance(tid) == {ids.mentee}
    store.restore(snapshot)
    assert dump(store) == before
