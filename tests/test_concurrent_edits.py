"""Two people edit one assessment: the later save is refused, named field by field; nothing lost."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, record, write_yaml

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


# --- two processes saving at the same moment, round after round ----------------------------------

# 100 rounds here; `make reliability` (PIA_RELIABILITY=1) does 1,000. PIA_SAVE_WITHOUT_LOCK=1 runs
# the savers with the store's lock taken out, to count what it prevents (docs/reliability.md).
ROUNDS = 1000 if os.environ.get("PIA_RELIABILITY") else 100
WITHOUT_LOCK = bool(os.environ.get("PIA_SAVE_WITHOUT_LOCK"))


def saver(me: int, path: str, rounds: Any, at_once: Any, results: Any, without_lock: bool) -> None:
    """Each round: load the file, wait for the other saver, change the title and save at once.

    Every third round this saver edits through a notebook form (`Session.apply`), as an analyst
    would. Reports (round, me, the revision saved or None if refused, whether a refused edit is
    still held: in memory, or in the form's session for `reapply()`).
    """
    from pia.widgets import Session

    if without_lock:
        from pia.store import saving

        saving.locked = lambda path: contextlib.nullcontext()  # type: ignore[assignment]
    for round_no in iter(rounds.get, None):
        title = f"Title of saver {me} in round {round_no}"
        if (round_no + me) % 3 == 0:
            session = Session.open(path, assess=no_scores)
            at_once.wait(TIMEOUT)
            problem = session.apply(("metadata", "title"), title)
            saved = session.assessment._revision if problem is None else None
            held = session.unsaved is not None and session.unsaved[1].metadata.title == title
        else:
            assessment = pia.load(path)
            at_once.wait(TIMEOUT)
            assessment.metadata.title = title
            try:
                saved = pia.save(assessment, path)
            except pia.SaveConflict:
                saved = None
            held = assessment.metadata.title == title
        results.put((round_no, me, saved, held))


def on_record(path: Path, saved: str) -> bool:
    """The save that returned `saved` is the file now, or a version kept in its history."""
    from pia.history import read

    return read(path, saved) is not None


@pytest.mark.slow
def test_saves_at_the_same_moment_never_lose_an_acknowledged_one(tmp_path: Path, minimal):
    path = write_yaml(tmp_path / "assessment.yaml", minimal)
    ctx = mp.get_context("spawn")
    at_once, results = ctx.Barrier(2), ctx.Queue()
    rounds = [ctx.Queue(), ctx.Queue()]
    savers = [
        ctx.Process(target=saver, args=(me, str(path), rounds[me], at_once, results, WITHOUT_LOCK))
        for me in (0, 1)
    ]
    for process in savers:
        process.start()
    lost, both_saved, refused, refused_not_held, by_form = [], 0, 0, 0, 0
    started = time.monotonic()
    try:
        for round_no in range(1, ROUNDS + 1):
            for queue in rounds:
                queue.put(round_no)
            reports = [results.get(timeout=TIMEOUT) for _ in savers]
            saved = [report[2] for report in reports if report[2] is not None]
            both_saved += len(saved) == 2
            for _, me, revision, held in reports:
                by_form += (round_no + me) % 3 == 0
                if revision is None:
                    refused += 1
                    refused_not_held += not held
                elif not on_record(path, revision):
                    lost.append(f"round {round_no}: saver {me}'s save {revision[:12]} is lost")
    finally:
        for queue in rounds:
            queue.put(None)
        for process in savers:
            process.join(TIMEOUT)
            if process.is_alive():
                process.kill()
    record(
        f"concurrent saves{' WITHOUT THE LOCK' if WITHOUT_LOCK else ''}: {ROUNDS:,} rounds of two "
        f"processes saving the same version at once ({by_form:,} of the {2 * ROUNDS:,} saves "
        f"through a notebook form): {len(lost)} acknowledged saves lost, {both_saved} rounds where "
        f"both said saved, {refused:,} refused with the conflict message "
        f"({refused_not_held} of them without the edit kept) in {time.monotonic() - started:.0f} s"
    )
    assert [p.exitcode for p in savers] == [0, 0]
    assert not lost, "\n".join(lost)
    assert both_saved == 0  # both had loaded the same version: one of them must be refused
    assert refused == ROUNDS and refused_not_held == 0


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


# --- the lock ------------------------------------------------------------------------------------


def test_a_save_waits_while_another_holds_the_lock(tmp_path: Path, minimal):
    from pia.store.lock import locked

    path = write_yaml(tmp_path / "assessment.yaml", minimal)
    before = path.read_bytes()
    assessment = pia.load(path)
    assessment.metadata.title = "Saved once the lock is free"
    with locked(path):  # as another save would, from the last read to the rename
        saving = threading.Thread(target=pia.save, args=(assessment, path))
        saving.start()
        saving.join(0.3)
        assert saving.is_alive() and path.read_bytes() == before  # it waits
    saving.join(TIMEOUT)
    assert pia.load(path).metadata.title == "Saved once the lock is free"


def test_a_lock_held_too_long_refuses_the_save_and_the_form_keeps_the_edit(
    maxi: Path, monkeypatch
):
    from pia.store import lock

    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.2)
    (session,) = open_two(maxi)[:1]
    before = maxi.read_bytes()
    with lock.locked(maxi):  # a save that hangs (a stopped process, a stuck file system)
        problem = session.apply(("metadata", "title"), "Kept while the file is locked")
    assert problem is not None
    assert f"{maxi}: another save of this file has held its lock" in problem
    assert "for over 0.2 s. Nothing was written" in problem
    assert "reapply()" in problem and maxi.read_bytes() == before
    assert session.reapply() is None  # the lock is free again: the kept edit is saved
    assert pia.load(maxi).metadata.title == "Kept while the file is locked"


def test_pia_restore_on_a_locked_file_is_a_message(maxi: Path, monkeypatch, capsys):
    from pia.cli import main
    from pia.store import lock

    assessment = pia.load(maxi)
    assessment.metadata.title = "A second version"
    pia.save(assessment, maxi)
    before = maxi.read_bytes()
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.2)
    with lock.locked(maxi):
        code = main(["restore", str(maxi), "1"])
    assert code == 1
    assert capsys.readouterr().err.startswith(f"{maxi}: another save of this file has held its")
    assert maxi.read_bytes() == before


def test_the_lock_file_is_neither_an_assessment_nor_a_kept_version(tmp_path: Path, minimal):
    from pia.history import versions
    from pia.portfolio import assessment_files
    from pia.store.lock import lock_file

    path = write_yaml(tmp_path / "assessment.yaml", minimal)
    assessment = pia.load(path)
    assessment.metadata.title = "Saved once"
    pia.save(assessment, path)
    assert lock_file(path).is_file() and lock_file(path).read_bytes() == b""
    assert assessment_files(tmp_path) == [path]
    assert [v.path.name for v in versions(path)][0] == "assessment.yaml"
    assert len(versions(path)) == 2  # the file and the version it replaced, nothing else
