"""``mentordesk match`` on the demo program: proposals, reasons, the scores file, --apply."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.model.backups import list_backups
from mentordesk.model.demo import write_demo
from mentordesk.model.domain import MemberRole, PairStatus
from mentordesk.model.store import Store


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.mentordesk"
    write_demo(path)
    return path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_proposes_pairs_for_mentees_without_a_mentor_and_changes_nothing(demo: Path) -> None:
    before = demo.read_bytes()
    code, out, err = run("match", "--db", str(demo))
    assert (code, err) == (0, "")
    lines = [line for line in out.splitlines() if "→" in line]
    assert lines, out
    assert "Total score:" in out
    with Store.open(demo, read_only=True) as store:
        taken = {
            m.participant_id
            for p in store.pairs()
            if p.status is not PairStatus.CLOSED
            for m in p.members
            if m.role is MemberRole.MENTEE
        }
        names = {p.id: p.full_name for p in store.participants()}
    proposed = {line.split("→")[1].rsplit(" ", 2)[0].strip() for line in lines}
    assert not proposed & {names[i] for i in taken}, "nobody already matched is proposed again"
    assert demo.read_bytes() == before


def test_scores_file_lists_every_combination_with_reasons(demo: Path, tmp_path: Path) -> None:
    scores = tmp_path / "scores.csv"
    code, _out, _err = run("match", "--db", str(demo), "--scores", str(scores))
    assert code == 0
    with scores.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert rows and set(rows[0]) == {"row_email", "column_email", "score", "eligible", "reason"}
    assert all(0 <= float(r["score"]) <= 100 for r in rows)
    refused = [r for r in rows if r["eligible"] == "no"]
    assert refused and all(r["reason"] for r in refused)


def test_apply_stores_proposed_pairs(demo: Path) -> None:
    with Store.open(demo, read_only=True) as store:
        before = len(store.pairs())
    code, out, _err = run("match", "--db", str(demo), "--apply")
    assert code == 0 and "Stored" in out
    with Store.open(demo, read_only=True) as store:
        new = store.pairs()[before:]
    assert new and all(p.status is PairStatus.PROPOSED for p in new)
    # As on opening in the window, a dated copy of the program as it was is kept first.
    (kept,) = list_backups(demo)
    with Store.open(kept.path, read_only=True) as store:
        assert len(store.pairs()) == before


def test_a_dry_match_keeps_no_backup(demo: Path) -> None:
    assert run("match", "--db", str(demo))[0] == 0
    assert list_backups(demo) == []


@pytest.mark.parametrize("mode", ["peer-pairs", "peer-groups"])
def test_peer_modes(demo: Path, mode: str) -> None:
    code, out, _err = run("match", "--db", str(demo), "--mode", mode, "--group-size", "3")
    assert code == 0
    groups = [line for line in out.splitlines() if "," in line and not line.startswith("Unmatched")]
    assert groups
    size = 2 if mode == "peer-pairs" else 3
    assert all(
        len(line.rsplit("  ", 1)[0].split(", ")) in (size, size + 1, size - 1) for line in groups
    )


def test_bad_group_size_and_empty_program(tmp_path: Path, demo: Path) -> None:
    code, _out, err = run("match", "--db", str(demo), "--group-size", "9")
    assert code == 2 and "3 to 6" in err
    empty = tmp_path / "empty.mentordesk"
    assert run("new", str(empty))[0] == 0
    code, _out, err = run("match", "--db", str(empty))
    assert code == 2 and err.startswith("mentordesk: There is nobody to match")
    code, _out, err = run("match", "--db", str(empty), "--mode", "peer-pairs")
    assert code == 2 and "nobody to match" in err


def test_uses_the_programs_saved_rules_and_settings(demo: Path, tmp_path: Path) -> None:
    from mentordesk.model.intake import IntakeSettings, ReadyStage
    from mentordesk.model.match_settings import MatchSettings
    from mentordesk.model.store_matching import RuleKind

    _code, out, _err = run("match", "--db", str(demo))
    first = next(line for line in out.splitlines() if "→" in line)
    mentor_name, mentee_name = (s.rsplit("  ", 1)[0].strip() for s in first.split("→"))
    with Store.open(demo) as store:
        ids = {p.full_name: p.id for p in store.participants()}
        store.set_pair_rule(ids[mentor_name] or 0, ids[mentee_name] or 0, RuleKind.NEVER, True)
        store.set_match_settings(MatchSettings(group_size=3))
        # Everyone free is offered, as before the demo's applicants had an intake.
        store.set_intake_settings(IntakeSettings(ready_stage=ReadyStage.ANY))
    _code, out, _err = run("match", "--db", str(demo))
    assert first not in out.splitlines()  # the coordinator's "never pair" holds here too
    _code, out, _err = run("match", "--db", str(demo), "--mode", "peer-groups")
    groups = [line for line in out.splitlines() if ", " in line and "Unmatched" not in line]
    assert groups and all(line.count(", ") == 2 for line in groups)  # groups of 3


def test_a_scores_file_that_cannot_be_written_is_one_sentence(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "scores.csv"
    code, out, err = run("match", "--db", str(demo), "--scores", str(target))
    assert code == 2 and "does not exist; choose another folder" in err
    assert "Traceback" not in err and not target.parent.exists()
