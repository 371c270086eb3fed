"""Two people edit one assessment: the later save is refused, named field by field; nothing lost."""

from __future__ import annotations

import multiprocessing as mp
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, write_yaml

import pia
from pia.diff import rebase
from pia.history import folder

TIMEOUT = 60


# --- two processes --------------------------------------------------------------------------------


def first_editor(path: str, loaded: Any, first_saved: Any, results: Any) -> None:
    """Loads, waits until the other has loaded too, changes the title and a legal basis, saves."""
    assessment = pia.load(path)
    loaded.wait(TIMEOUT)
    assessment.metadata.title = "Title from the first editor"
    assessment.purposes[0].legal_bases[0].basis = "contract"
    pia.save(assessment, path)
    first_saved.set()
    results.put(("first", "saved"))


def second_editor(path: str, loaded: Any, first_saved: Any, results: Any) -> None:
    """Loads, changes a name and the same legal basis, saves second: refused, then re-applied."""
    base = pia.load(path)
    mine = base.model_copy(deep=True)
    loaded.wait(TIMEOUT)
    mine.purposes[0].name = "Name from the second editor"
    mine.purposes[0].legal_bases[0].basis = "legitimate_interest"
    first_saved.wait(TIMEOUT)
    try:
        pia.save(mine, path)
    except pia.SaveConflict as e:
        results.put(("refused", str(e), [(f.path, f.yours, f.theirs, f.both) for f in e.fields]))
    else:
        results.put(("refused", None, []))
        return
    theirs = pia.load(path)  # reload, then apply this session's change to their version
    merged, skipped = rebase(base, mine, theirs)
    merged._revision = theirs._revision
    pia.save(merged, path)
    results.put(("second", "saved after reload", [c.path for c in skipped]))


@pytest.mark.slow
def test_two_processes_the_second_save_is_refused_then_reapplied(tmp_path: Path, minimal):
    path = write_yaml(tmp_path / "assessment.yaml", minimal)
    ctx = mp.get_context("spawn")
    loaded, first_saved, results = ctx.Barrier(2), ctx.Event(), ctx.Queue()
    editors = [
        ctx.Process(target=editor, args=(str(path), loaded, first_saved, results))
        for editor in (first_editor, second_editor)
    ]
    for process in editors:
        process.start()
    try:
        reports = [results.get(timeout=TIMEOUT) for _ in range(3)]
    finally:
        for process in editors:
            process.join(TIMEOUT)
            if process.is_alive():
                process.kill()
    assert [p.exitcode for p in editors] == [0, 0]
    order = ["first", "refused", "second"]
    first, refused, second = sorted(reports, key=lambda report: order.index(report[0]))
    assert first == ("first", "saved")
    _, message, fields = refused
    assert (
        "purposes[0].legal_bases[0].basis: you have 'legitimate_interest', the file now has "
        "'contract' (you both changed it)"
    ) in message
    assert fields == [
        ("purposes[0].legal_bases[0].basis", "legitimate_interest", "contract", True),
        ("metadata.title", "Newsletter for members", "Title from the first editor", False),
    ]
    assert "reload to see their version" in message and "Nothing was written." in message
    assert second == ("second", "saved after reload", [])
    final = pia.load(path)
    assert final.metadata.title == "Title from the first editor"  # the first's change kept
    assert final.purposes[0].name == "Name from the second editor"  # the second's re-applied
    assert final.purposes[0].legal_bases[0].basis == "legitimate_interest"
    assert len(list(folder(path).iterdir())) == 2  # both earlier versions in the history


# --- two widget sessions in one process -----------------------------------------------------------


@pytest.fixture
def maxi(tmp_path: Path) -> Path:
    return Path(shutil.copy(MAXIRESPONSE, tmp_path / "assessment.yaml"))


def no_scores(assessment: pia.Assessment) -> None:
    return None


def open_two(path: Path):
    from pia.widgets import Session

    return Session.open(path, assess=no_scores), Session.open(path, assess=no_scores)


def test_two_sessions_the_later_change_is_refused_with_both_values_then_reapplied(maxi: Path):
    alice, bob = open_two(maxi)
    assert alice.apply(("purposes", 3, "legal_bases", 1, "basis"), "legitimate_interest") is None
    alice.apply(("metadata", "title"), "Alice's title")
    after_alice = maxi.read_bytes()

    problem = bob.apply(("purposes", 3, "legal_bases", 1, "basis"), "contract")
    assert problem is not None
    line = (
        "purposes[3].legal_bases[1].basis: you have 'contract', the file now has "
        "'legitimate_interest' (you both changed it)"
    )
    assert line in problem
    assert (
        "metadata.title: you have 'Maxiresponse profiling for personalised advertising', "
        in problem
    )
    assert "Reload to see their version" in problem
    status = bob.status.value
    assert "not saved:" in status and "reload to see their version".lower() in status.lower()
    assert "&#x27;contract&#x27;" in status and "<br>" in status
    assert maxi.read_bytes() == after_alice  # their file stays
    assert bob.unsaved is not None  # the refused change is kept in the session

    bob.reload()
    assert bob.assessment.metadata.title == "Alice's title"
    assert "reapply()" in bob.status.value
    assert bob.reapply() is None
    assert bob.unsaved is None
    final = pia.load(maxi)
    assert final.metadata.title == "Alice's title"
    assert final.purposes[3].legal_bases[1].basis == "contract"


def test_changes_refused_one_after_another_are_all_reapplied(maxi: Path):
    alice, bob = open_two(maxi)
    alice.apply(("metadata", "title"), "Alice's title")
    assert bob.apply(("purposes", 0, "name"), "Bob's first") is not None
    assert bob.apply(("purposes", 1, "name"), "Bob's second") is not None
    bob.reload()
    assert bob.reapply() is None
    names = [p.name for p in pia.load(maxi).purposes[:2]]
    assert names == ["Bob's first", "Bob's second"]
    assert pia.load(maxi).metadata.title == "Alice's title"


def test_a_change_to_fields_they_did_not_touch_is_still_refused_naming_theirs(maxi: Path):
    alice, bob = open_two(maxi)
    alice.apply(("metadata", "version"), "0.2")
    problem = bob.apply(("metadata", "title"), "Bob's title")
    assert "metadata.version: you have '0.1', the file now has '0.2'" in problem
    assert "you both changed it" not in problem
    assert pia.load(maxi).metadata.title != "Bob's title"


def test_without_the_loaded_version_every_differing_answer_is_named(maxi: Path):
    alice, bob = open_two(maxi)
    alice.apply(("metadata", "version"), "0.2")
    shutil.rmtree(maxi.parent / ".history")  # the version both loaded is gone
    problem = bob.apply(("metadata", "title"), "Bob's title")
    assert "metadata.title: you have \"Bob's title\", the file now has 'Maxiresponse" in problem
    assert "metadata.version: you have '0.1', the file now has '0.2'" in problem


def test_an_edit_in_a_text_editor_is_refused_too(maxi: Path):
    (session,) = open_two(maxi)[:1]
    text = maxi.read_text(encoding="utf-8").replace("status: draft", "status: final")
    maxi.write_text(text, encoding="utf-8")
    problem = session.apply(("metadata", "status"), "in_review")
    assert "metadata.status: you have 'in_review', the file now has 'final'" in problem
    assert maxi.read_text(encoding="utf-8") == text


def test_a_save_landing_while_the_text_is_prepared_is_not_overwritten(
    tmp_path, minimal, monkeypatch
):
    from pia.store import saving

    path = write_yaml(tmp_path / "assessment.yaml", minimal)
    mine, theirs = pia.load(path), pia.load(path)
    theirs.metadata.title = "Their title"
    real_check = saving._check_round_trip

    def their_save_lands_meanwhile(*args):
        monkeypatch.setattr(saving, "_check_round_trip", real_check)
        pia.save(theirs, path)  # after my conflict check passed, before my write
        return real_check(*args)

    monkeypatch.setattr(saving, "_check_round_trip", their_save_lands_meanwhile)
    mine.purposes[0].name = "My name"
    with pytest.raises(pia.SaveConflict) as caught:
        pia.save(mine, path)
    assert "metadata.title: you have 'Newsletter for members', the file now has 'Their title'" in (
        str(caught.value)
    )
    assert pia.load(path).metadata.title == "Their title"
