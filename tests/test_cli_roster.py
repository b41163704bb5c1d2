"""``mentordesk import`` and ``export``: exit status, output, and files left as they were."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from mentordesk import cli
from mentordesk.model.domain import Participant, ParticipantStatus, Program, Role
from mentordesk.model.store import Store
from tests.real_rosters import REAL

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path) -> tuple[int, str, str]:
    """Run a subcommand; return its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    status = cli.run([str(a) for a in args], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def assert_one_sentence(err: str) -> None:
    """An error is one line on stderr, prefixed ``mentordesk:``, and never a traceback."""
    assert err.startswith("mentordesk: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people(db: Path) -> list[Participant]:
    with Store.open(db, read_only=True) as store:
        return store.participants()


def csv_file(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "spring.mentordesk"
    assert run("new", path)[0] == 0
    return path


@pytest.fixture()
def anna_file(tmp_path: Path) -> Path:
    """A program that already has Anna Rossi, a mentor in Sales."""
    path = tmp_path / "anna.mentordesk"
    anna = Participant(
        "Anna", "Rossi", "anna@example.org", Role.MENTOR, department="Sales", capacity=2
    )
    with Store.create(path, Program(name="Anna's program")) as store:
        store.add_participant(anna)
    return path


@pytest.fixture()
def italian_roster(tmp_path: Path) -> Path:
    """Two small sheets, mentors and mentees, and a hidden one."""
    path = tmp_path / "iscrizioni.xlsx"
    wb = openpyxl.Workbook()
    mentors = wb.active
    mentors.title = "Mentori"
    mentors.append(["Nome", "Cognome", "Indirizzo email", "Livello", "Quanti mentee puoi seguire?"])
    mentors.append(["Giulia", "Bianchi", "giulia@esempio.it", "Livello 3", "2"])
    mentors.append(["Marco", "Esposito", "marco@esempio.it", "Livello 4", "1"])
    mentees = wb.create_sheet("Mentee")
    mentees.append(["Nome", "Cognome", "Indirizzo email", "Competenze che vuoi sviluppare"])
    mentees.append(["Luca", "Verdi", "luca@esempio.it", "Excel; Python"])
    hidden = wb.create_sheet("Meta")
    hidden.append(["form", "id"])
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


# -- the real rosters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["msforms-applications.xlsx", "msforms-extra-row.xlsx", "msforms-wrong-sheet-name.xlsx"]
)
def test_forms_exports_import_from_the_command_line(name: str, program_file: Path) -> None:
    status, out, err = run("import", REAL / name, "--db", program_file)
    assert (status, err) == (0, "")
    mentees = "mentee" if name == "msforms-applications.xlsx" else "mentees"
    lines = out.splitlines()
    assert lines[0].startswith("rejected: ")
    assert lines[0].endswith(
        f"A newer answer with the same e-mail (sheet “{mentees}”, row 8) is imported instead."
    )
    assert lines[1:] == [
        "New career levels added to the program: Professional Level 20-29, Manager Level 30-39, "
        "Director Level 40-49, Vice President Level 50-59, President Level 60-69.",
        f"Imported {name} into spring.mentordesk: 11 new, 0 updated, 0 unchanged, 1 rejected.",
    ]
    imported = people(program_file)
    assert len(imported) == 11
    assert sum(p.role is Role.MENTOR for p in imported) == 5
    assert "jchukina@its.jnj.com" not in {p.email for p in imported}


def test_civil_service_files_import_one_after_the_other(program_file: Path) -> None:
    for name in ("civil-service-small-mentors.csv", "civil-service-small-mentees.csv"):
        status, out, err = run("import", REAL / name, "--db", program_file)
        assert (status, err) == (0, "")
        assert out.endswith(
            f"{name} into spring.mentordesk: 50 new, 0 updated, 0 unchanged, 0 rejected.\n"
        )
    imported = people(program_file)
    assert len(imported) == 100
    assert {p.role for p in imported} == {Role.MENTOR, Role.MENTEE, Role.BOTH}
    with Store.open(program_file, read_only=True) as store:
        assert {"AA", "SCS1", "Grade 7"} <= set(store.program().career_levels)
    # The same files again: everyone is there already and nothing changes.
    status, out, _ = run("import", REAL / "civil-service-small-mentees.csv", "--db", program_file)
    assert status == 0 and out.endswith(": 0 new, 0 updated, 50 unchanged, 0 rejected.\n")


# -- files that cannot be imported leave the program as it was -------------------------------


def _write(path: Path, content: bytes) -> None:
    path.write_bytes(content)


def _truncated(path: Path) -> None:
    data = (REAL / "msforms-applications.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zip_of_text(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a workbook")


def _password(path: Path) -> None:
    # Excel saves a protected .xlsx as an OLE compound file holding an "EncryptedPackage".
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)


def _hidden_only(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    hidden = wb.create_sheet("Roster")
    hidden.append(["Name", "E-mail"])
    hidden.append(["Anna Rossi", "anna@example.org"])
    hidden.sheet_state = "hidden"
    wb.save(path)


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("empty.xlsx", lambda p: _write(p, b""), "is empty (0 bytes)"),
        ("scan.pdf", lambda p: _write(p, b"%PDF-1.7\n%binary"), "is a PDF document"),
        ("photo.png", lambda p: _write(p, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
        ("page.csv", lambda p: _write(p, b"<!DOCTYPE html><html></html>"), "a web page"),
        ("cut.xlsx", _truncated, "is damaged or not a complete workbook"),
        ("archive.xlsx", _zip_of_text, "is a zip archive or another kind of document"),
        ("protected.xlsx", _password, "is protected with a password"),
        ("hidden.xlsx", _hidden_only, "the only sheets with data are hidden"),
        ("numbers.csv", lambda p: _write(p, b"1,2,3\n4,5,6\n"), "looks like a roster"),
        ("folder.xlsx", _folder, "is a folder"),
        ("missing.xlsx", lambda p: None, "There is no file “missing.xlsx”"),
    ],
)
def test_an_unreadable_roster_is_one_sentence_and_changes_nothing(
    name: str, make: Callable[[Path], None], says: str, program_file: Path, tmp_path: Path
) -> None:
    roster = tmp_path / name
    make(roster)
    digest = sha256(program_file)
    status, out, err = run("import", roster, "--db", program_file)
    assert (status, out) == (2, "")
    assert_one_sentence(err)
    assert name in err and says in err
    assert sha256(program_file) == digest


def test_a_roster_whose_every_row_is_rejected_changes_nothing(
    program_file: Path, tmp_path: Path
) -> None:
    roster = csv_file(
        tmp_path / "mentors.csv",
        "first name,last name,email",
        "Anna,Rossi,anna@",
        ",Bianchi,bruno@example.org",
    )
    digest = sha256(program_file)
    status, out, err = run("import", roster, "--db", program_file)
    assert status == 2
    assert_one_sentence(err)
    assert "nothing could be imported from “mentors.csv”" in err
    lines = out.splitlines()
    assert lines[0] == (
        "rejected: sheet “mentors”, row 2, column C: This is not a valid e-mail address "
        "(like name@example.org)."
    )
    assert lines[1].startswith("rejected: sheet “mentors”, row 3")
    assert lines[1].endswith(": Enter a first name.")
    assert lines[2:] == [
        "Imported mentors.csv into spring.mentordesk: 0 new, 0 updated, 0 unchanged, 2 rejected.",
    ]
    assert sha256(program_file) == digest


def test_a_missing_program_file_is_one_sentence(tmp_path: Path) -> None:
    roster = csv_file(tmp_path / "mentors.csv", "name,email", "Anna Rossi,anna@example.org")
    status, out, err = run("import", roster, "--db", tmp_path / "nowhere.mentordesk")
    assert (status, out) == (2, "")
    assert_one_sentence(err)
    assert "nowhere.mentordesk" in err
    assert not (tmp_path / "nowhere.mentordesk").exists()


# -- options ---------------------------------------------------------------------------------


def test_an_unknown_sheet_is_refused_with_the_sheets_there_are(
    program_file: Path, italian_roster: Path
) -> None:
    digest = sha256(program_file)
    status, out, err = run("import", italian_roster, "--db", program_file, "--sheet", "Mentors")
    assert (status, out) == (2, "")
    assert_one_sentence(err)
    # The hidden sheet is not one to choose.
    assert err == (
        "mentordesk: “iscrizioni.xlsx” has no sheet “Mentors”; its sheets are: Mentee, Mentori.\n"
    )
    assert sha256(program_file) == digest


def test_only_the_sheets_asked_for_are_imported(program_file: Path, italian_roster: Path) -> None:
    status, out, _ = run("import", italian_roster, "--db", program_file, "--sheet", "Mentee")
    assert status == 0
    assert out == (
        "Imported iscrizioni.xlsx into spring.mentordesk: 1 new, 0 updated, 0 unchanged, "
        "0 rejected.\n"
    )
    (luca,) = people(program_file)
    assert (luca.full_name, luca.role, luca.skills_wanted) == (
        "Luca Verdi",
        Role.MENTEE,
        ("Excel", "Python"),
    )


def test_dry_run_says_what_would_happen_and_changes_nothing(
    program_file: Path, italian_roster: Path
) -> None:
    digest = sha256(program_file)
    status, out, err = run("import", italian_roster, "--db", program_file, "--dry-run")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "New career levels added to the program: Livello 3, Livello 4.",
        "Would import iscrizioni.xlsx into spring.mentordesk: 3 new, 0 updated, 0 unchanged, "
        "0 rejected.",
    ]
    assert sha256(program_file) == digest
    assert people(program_file) == []
    status, out, _ = run("import", italian_roster, "--db", program_file)
    assert status == 0 and out.splitlines()[-1].startswith("Imported iscrizioni.xlsx")
    assert len(people(program_file)) == 3


def test_role_for_everyone(program_file: Path, tmp_path: Path) -> None:
    roster = csv_file(tmp_path / "people.csv", "name,email", "Anna Rossi,anna@example.org")
    assert run("import", roster, "--db", program_file)[0] == 2  # nobody says which role
    status, out, _ = run("import", roster, "--db", program_file, "--role", "both")
    assert status == 0 and out.endswith(": 1 new, 0 updated, 0 unchanged, 0 rejected.\n")
    (anna,) = people(program_file)
    assert (anna.role, anna.capacity) == (Role.BOTH, 1)


def test_on_existing_update_skip_and_keep_both(anna_file: Path, tmp_path: Path) -> None:
    roster = csv_file(
        tmp_path / "mentors.csv",
        "first name,last name,email,department",
        "Anna,Rossi,ANNA@example.org,Legal",
    )
    status, out, _ = run("import", roster, "--db", anna_file, "--on-existing", "skip")
    assert status == 0 and out.endswith(": 0 new, 0 updated, 1 unchanged, 0 rejected.\n")
    assert [p.department for p in people(anna_file)] == ["Sales"]

    status, out, _ = run("import", roster, "--db", anna_file)  # update is the default
    assert status == 0 and out.endswith(": 0 new, 1 updated, 0 unchanged, 0 rejected.\n")
    (anna,) = people(anna_file)
    assert (anna.department, anna.capacity, anna.email) == ("Legal", 2, "ANNA@example.org")

    status, out, _ = run("import", roster, "--db", anna_file, "--on-existing", "keep-both")
    assert status == 0 and out.endswith(": 1 new, 0 updated, 0 unchanged, 0 rejected.\n")
    first, second = sorted(people(anna_file), key=lambda p: p.id or 0)
    assert first == anna
    assert (second.full_name, second.email) == ("Anna Rossi", "")
    assert "ANNA@example.org belongs to Anna Rossi" in second.private_notes


def test_a_bad_on_existing_value_is_a_usage_error(program_file: Path) -> None:
    roster = REAL / "civil-service-small-mentors.csv"
    digest = sha256(program_file)
    status, out, err = run("import", roster, "--db", program_file, "--on-existing", "merge")
    assert (status, out) == (2, "")
    assert_one_sentence(err)
    assert "--on-existing" in err and "--help" in err
    assert sha256(program_file) == digest


def test_many_rejected_rows_are_counted_after_fifty(program_file: Path, tmp_path: Path) -> None:
    lines = ["name,email"] + [f"Person {n},person{n}@" for n in range(55)]
    lines.append("Anna Rossi,anna@example.org")
    roster = csv_file(tmp_path / "mentees.csv", *lines)
    status, out, _ = run("import", roster, "--db", program_file)
    assert status == 0
    shown = out.splitlines()
    assert sum(line.startswith("rejected: ") for line in shown) == 50
    assert shown[0].startswith("rejected: sheet “mentees”, row 2, column B: ")
    assert shown[50] == "… and 5 more rejected rows."
    assert shown[-1].endswith(": 1 new, 0 updated, 0 unchanged, 55 rejected.")


def test_a_rejected_duplicate_is_listed_with_its_own_row(
    program_file: Path, tmp_path: Path
) -> None:
    roster = csv_file(
        tmp_path / "mentees.csv",
        "name,email,department",
        "Anna Rossi,anna@example.org,Sales",
        "Anna Rossi,anna@example.org,Legal",
    )
    status, out, _ = run("import", roster, "--db", program_file)
    assert status == 0
    assert out.splitlines()[0].startswith("rejected: sheet “mentees”, row 2")


# -- mappings --------------------------------------------------------------------------------


def test_a_saved_mapping_is_used(program_file: Path, tmp_path: Path) -> None:
    roster = csv_file(
        tmp_path / "volunteers.csv",
        "Called,Family,Mail address,Hobby",
        "Anna,Rossi,anna@example.org,Chess",
    )
    assert run("import", roster, "--db", program_file, "--role", "mentee")[0] == 2
    mapping = {
        "mentordesk_mapping": 1,
        "sheets": [
            {
                "name": "volunteers",
                "role": "mentee",
                "include": True,
                "columns": {"Called": "first_name", "Family": "last_name", "Hobby": "interests"},
            }
        ],
    }
    (tmp_path / "m.json").write_text(json.dumps(mapping), encoding="utf-8")
    status, out, err = run("import", roster, "--db", program_file, "--mapping", tmp_path / "m.json")
    assert (status, err) == (0, "")
    (anna,) = people(program_file)
    assert (anna.full_name, anna.email, anna.role, anna.interests) == (
        "Anna Rossi",
        "anna@example.org",
        Role.MENTEE,
        ("Chess",),
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "“m.json” is not a MentorDesk import mapping"),
        ('{"mentordesk_mapping": 1, "on_existing": "merge"}', "The saved mapping does not fit"),
    ],
)
def test_a_bad_mapping_is_one_sentence_and_changes_nothing(
    content: str, says: str, program_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "m.json").write_text(content, encoding="utf-8")
    digest = sha256(program_file)
    roster = csv_file(tmp_path / "mentors.csv", "name,email", "Anna Rossi,anna@example.org")
    status, out, err = run("import", roster, "--db", program_file, "--mapping", tmp_path / "m.json")
    assert (status, out) == (2, "")
    assert_one_sentence(err)
    assert says in err
    assert sha256(program_file) == digest


# -- export, and importing it back -----------------------------------------------------------


def participants_header(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [c for c in next(wb["Participants"].iter_rows(max_row=1, values_only=True))]
    finally:
        wb.close()


def test_export_leaves_private_notes_out_unless_asked(anna_file: Path, tmp_path: Path) -> None:
    with Store.open(anna_file) as store:
        (anna,) = store.participants()
        store.update_participant(dataclasses.replace(anna, private_notes="Confidential"))
    digest = sha256(anna_file)
    status, out, err = run("export", tmp_path / "plain.xlsx", "--db", anna_file)
    assert (status, err) == (0, "")
    assert out == (
        f"Exported anna.mentordesk to {tmp_path / 'plain.xlsx'}: 1 participants, 0 pairs, "
        "0 goals, 0 sessions, 0 feedback answers.\n"
    )
    assert "Private notes" not in participants_header(tmp_path / "plain.xlsx")
    status, _, _ = run("export", tmp_path / "all.xlsx", "--db", anna_file, "--include-confidential")
    assert status == 0
    assert participants_header(tmp_path / "all.xlsx")[-1] == "Private notes"
    assert sha256(anna_file) == digest


def test_export_to_a_missing_folder_is_one_sentence(anna_file: Path, tmp_path: Path) -> None:
    status, out, err = run("export", tmp_path / "nowhere" / "out.xlsx", "--db", anna_file)
    assert (status, out) == (2, "")
    assert_one_sentence(err)


def test_the_demo_exported_and_imported_into_a_new_file_is_the_same(tmp_path: Path) -> None:
    demo, export, copy = (
        tmp_path / "demo.mentordesk",
        tmp_path / "demo.xlsx",
        tmp_path / "copy.mentordesk",
    )
    assert run("demo", demo, "--today", "2025-06-01")[0] == 0
    assert run("export", export, "--db", demo, "--include-confidential")[0] == 0
    assert run("new", copy)[0] == 0
    status, out, err = run("import", export, "--db", copy, "--sheet", "Participants")
    assert (status, err) == (0, "")
    original, imported = people(demo), people(copy)
    assert out.endswith(f": {len(original)} new, 0 updated, 0 unchanged, 0 rejected.\n")

    def key(p: Participant) -> str:
        return p.email or p.full_name

    assert sorted((dataclasses.replace(p, id=None) for p in original), key=key) == sorted(
        (dataclasses.replace(p, id=None) for p in imported), key=key
    )
    assert any(p.private_notes for p in imported)
    assert any(p.status is ParticipantStatus.WITHDRAWN for p in imported)
