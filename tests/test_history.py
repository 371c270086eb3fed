"""Every save keeps the version it replaces; versions are pruned, listed and restored."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE, ROOT, write_yaml

import pia
from pia import history
from pia.cli import main
from pia.errors import HistoryNotKept, UnknownVersion
from pia.history import Version, find, folder, keep, prune, restore, to_prune, versions
from pia.store import revision, saving

NOW = dt.datetime(2024, 6, 15, 12, 0, tzinfo=dt.UTC)
NAME = re.compile(r"^\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{12}\.yaml$")


@pytest.fixture
def case(tmp_path: Path, minimal) -> Path:
    return write_yaml(tmp_path / "assessment.yaml", minimal)


def retitle(path: Path, *titles: str) -> list[bytes]:
    """Save each title in turn; return the file's bytes before each save."""
    assessment, before = pia.load(path), []
    for title in titles:
        before.append(path.read_bytes())
        assessment.metadata.title = title
        pia.save(assessment, path)
    return before


# --- keeping --------------------------------------------------------------------------------------


def test_each_save_keeps_the_exact_previous_bytes_named_by_time_and_revision(case: Path):
    earlier = retitle(case, "Second title", "Third title")
    copies = sorted(folder(case).iterdir())
    assert folder(case) == case.parent / ".history" / "assessment"
    assert [c.read_bytes() for c in copies] == earlier
    for copy, data in zip(copies, earlier, strict=True):
        assert NAME.match(copy.name) and copy.name[-17:-5] == revision(data)[:12]
    assert pia.load(case).metadata.title == "Third title"


def test_a_save_that_changes_nothing_and_a_first_save_keep_nothing(tmp_path: Path, minimal):
    path = tmp_path / "new.yaml"
    pia.save(pia.Assessment.model_validate(minimal), path)
    assessment = pia.load(path)
    pia.save(assessment, path)  # the same text again
    assert not (tmp_path / ".history").exists()


def test_versions_lists_the_current_file_first_then_newest_first(case: Path):
    earlier = retitle(case, "Second title", "Third title")
    found = versions(case)
    assert [v.current for v in found] == [True, False, False]
    assert [v.revision for v in found] == [revision(case.read_bytes())] + [
        revision(data) for data in reversed(earlier)
    ]
    assert [v.size for v in found[1:]] == [len(data) for data in reversed(earlier)]
    assert found[0].path == case and found[1].path.parent == folder(case)
    assert found[0].timestamp >= found[1].timestamp >= found[2].timestamp
    assert all(v.timestamp.tzinfo is dt.UTC for v in found)


def test_the_copy_keeps_the_file_mode(case: Path):
    case.chmod(0o640)
    retitle(case, "Second title")
    (copy,) = folder(case).iterdir()
    assert copy.stat().st_mode & 0o777 == 0o640


def test_when_the_history_cannot_be_written_the_save_goes_ahead_with_a_warning(case: Path):
    (case.parent / ".history").write_text("not a folder")
    with pytest.warns(HistoryNotKept, match="could not be kept"):
        retitle(case, "Saved all the same")
    assert pia.load(case).metadata.title == "Saved all the same"
    names = [".assessment.yaml.lock", ".history", "assessment.yaml"]
    assert sorted(p.name for p in case.parent.iterdir()) == names


def test_a_failed_save_takes_its_history_copy_back(case: Path, monkeypatch):
    before = case.read_bytes()

    def disk_full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving, "write_atomically", disk_full)
    with pytest.raises(OSError, match="No space"):
        retitle(case, "Never written")
    assert case.read_bytes() == before
    names = [".assessment.yaml.lock", "assessment.yaml"]
    assert sorted(p.name for p in case.parent.iterdir()) == names


def test_a_forced_save_keeps_the_version_it_overwrote(case: Path):
    mine, theirs = pia.load(case), pia.load(case)
    theirs.metadata.title = "Their title"
    pia.save(theirs, case)
    their_bytes = case.read_bytes()
    mine.metadata.title = "My title"
    pia.save(mine, case, force=True)
    assert history.read(case, revision(their_bytes)) == their_bytes
    assert versions(case)[1].revision == revision(their_bytes)


def test_history_folders_are_git_ignored():
    assert ".history/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


# --- pruning --------------------------------------------------------------------------------------


def copy_at(when: dt.datetime, n: int = 0) -> Version:
    name = f"{when.strftime('%Y%m%dT%H%M%S.%fZ')}-{n:012x}"
    return Version(name, when, f"{n:012x}", Path(name + ".yaml"), 1)


def hours(*ages: float) -> list[dt.datetime]:
    return [NOW - dt.timedelta(hours=h) for h in ages]


@pytest.mark.parametrize(
    ("stamps", "kept"),
    [
        pytest.param(hours(0.1, 1, 5, 23.9), hours(0.1, 1, 5, 23.9), id="all of the last 24 hours"),
        # 14 June: 30 h and 34 h old -> the newer stays; 13 June: 50 h and 59 h -> the newer
        pytest.param(hours(30, 34, 50, 59), hours(30, 50), id="one per day after 24 hours"),
        # a day already holding a version under 24 hours old needs no second one
        pytest.param(hours(23, 30), hours(23), id="a day already kept"),  # both 14 June
        pytest.param(
            [NOW - dt.timedelta(days=d) for d in range(1, 31)],
            [NOW - dt.timedelta(days=d) for d in range(1, 31)],
            id="one a day for 30 days",
        ),
        pytest.param(
            [dt.datetime(2024, 4, 20, tzinfo=dt.UTC), dt.datetime(2024, 4, 2, tzinfo=dt.UTC)]
            + [dt.datetime(2024, 3, 30, tzinfo=dt.UTC), dt.datetime(2023, 12, 1, tzinfo=dt.UTC)],
            [dt.datetime(2024, 4, 20, tzinfo=dt.UTC), dt.datetime(2024, 3, 30, tzinfo=dt.UTC)]
            + [dt.datetime(2023, 12, 1, tzinfo=dt.UTC)],
            id="one per month after 30 days",
        ),
        pytest.param(
            [NOW - dt.timedelta(minutes=m) for m in range(250)],
            [NOW - dt.timedelta(minutes=m) for m in range(200)],
            id="never more than 200",
        ),
        pytest.param(
            [NOW + dt.timedelta(hours=1)] + hours(1),
            [NOW + dt.timedelta(hours=1)] + hours(1),
            id="a clock ahead loses nothing",
        ),
    ],
)
def test_pruning_rule(stamps: list[dt.datetime], kept: list[dt.datetime]):
    copies = [copy_at(t, n) for n, t in enumerate(stamps)]
    dropped = {v.timestamp for v in to_prune(copies, NOW)}
    assert sorted(set(stamps) - dropped) == sorted(kept)


def test_prune_removes_the_files_the_rule_drops(case: Path):
    data = case.read_bytes()
    for age in (1, 2, 30, 34, 24 * 40, 24 * 44):  # 34 h: 14 June again; 44 days: May again
        keep(case, data + f"# {age}\n".encode(), when=NOW - dt.timedelta(hours=age))
    assert len(list(folder(case).iterdir())) == 6
    dropped = prune(case, now=NOW)
    assert sorted(v.timestamp for v in dropped) == sorted(hours(34, 24 * 44))
    assert sorted(v.timestamp for v in versions(case)[1:]) == sorted(hours(1, 2, 30, 24 * 40))


def test_prune_removes_temporary_copies_left_by_a_killed_save(case: Path):
    retitle(case, "Second title")
    old_tmp, new_tmp = folder(case) / ".x.yaml.abc.tmp", folder(case) / ".y.yaml.def.tmp"
    for tmp in (old_tmp, new_tmp):
        tmp.write_text("half a copy")
    now = dt.datetime.fromtimestamp(new_tmp.stat().st_mtime, dt.UTC) + dt.timedelta(minutes=61)
    os.utime(new_tmp, (now.timestamp() - 60, now.timestamp() - 60))
    prune(case, now=now)
    assert not old_tmp.exists() and new_tmp.exists()
    assert len(versions(case)) == 2


# --- finding and restoring ------------------------------------------------------------------------


def test_find_a_version_by_index_revision_or_id(case: Path):
    retitle(case, "Second title", "Third title")
    found = versions(case)
    assert find(case, 0) == find(case, "current") == found[0]
    assert find(case, "2") == found[2]
    assert find(case, found[1].revision[:12]) == found[1]
    assert find(case, found[1].revision[:6].upper()) == found[1]
    assert find(case, found[2].id) == found[2]
    with pytest.raises(UnknownVersion, match="there is no version 7"):
        find(case, 7)
    with pytest.raises(UnknownVersion, match="no version 'zzzz'"):
        find(case, "zzzz")


def test_restore_brings_back_the_exact_bytes_and_keeps_the_current_version(case: Path):
    case.write_text("# the analyst's comment\n" + case.read_text(encoding="utf-8"))
    original = case.read_bytes()
    retitle(case, "Second title", "Third title")
    replaced = case.read_bytes()
    new = restore(case, 2)
    assert case.read_bytes() == original and new == revision(original)
    assert versions(case)[1].revision == revision(replaced)
    assert len(versions(case)) == 4
    assert history.read(case, revision(replaced)) == replaced


def test_restoring_the_current_content_changes_nothing(case: Path):
    retitle(case, "Second title")
    before = case.read_bytes()
    assert restore(case, 0) == revision(before)
    assert case.read_bytes() == before and len(versions(case)) == 2


def test_an_invalid_version_is_not_restored(case: Path):
    retitle(case, "Second title")
    copy = versions(case)[1].path
    copy.write_text(copy.read_text(encoding="utf-8").replace("consent", "gut feeling"))
    before = case.read_bytes()
    with pytest.raises(pia.InvalidAssessment) as caught:
        restore(case, 1)
    assert str(copy) in str(caught.value) and "basis" in str(caught.value)
    assert case.read_bytes() == before and len(versions(case)) == 2


def test_a_restore_over_a_change_made_meanwhile_is_refused(case: Path):
    retitle(case, "Second title")
    expected = revision(case.read_bytes())
    retitle(case, "Someone else's title")
    with pytest.raises(pia.SaveConflict, match="changed on disk"):
        restore(case, 2, expected=expected)
    assert pia.load(case).metadata.title == "Someone else's title"


# --- the command line -----------------------------------------------------------------------------


def test_pia_history_lists_versions_with_status_and_what_changed(case: Path, capsys):
    retitle(case, "Second title")
    assessment = pia.load(case)
    assessment.purposes[0].legal_bases[0].basis = "contract"
    pia.save(assessment, case)
    assert main(["history", str(case)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{case}: 3 versions; earlier ones are kept in {folder(case)}/"
    assert out[1].split()[:6] == ["#", "saved", "(UTC)", "revision", "size", "sign-off"]
    current, middle, oldest = out[2:]
    assert current.startswith("  0 current ") and versions(case)[0].revision[:12] in current
    assert "draft" in current and current.endswith("1 answer: purposes[0].legal_bases[0].basis")
    assert middle.startswith("  1 ") and middle.endswith("1 answer: metadata.title")
    assert oldest.startswith("  2 ") and oldest.endswith("the oldest kept")


def test_pia_history_marks_a_kept_version_that_no_longer_reads(case: Path, capsys):
    retitle(case, "Second title", "Third title")
    versions(case)[2].path.write_text("purposes: [unfinished", encoding="utf-8")
    assert main(["history", str(case)]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    assert lines[1].endswith("(the one below is not valid)")
    assert lines[2].split()[6:] == ["-", "not", "a", "valid", "assessment"]


def test_pia_restore_by_index_and_by_revision(case: Path, capsys):
    original = case.read_bytes()
    retitle(case, "Second title")
    assert main(["restore", str(case), "1"]) == 0
    assert case.read_bytes() == original
    assert "restored the version of" in capsys.readouterr().out
    second = versions(case)[1].revision[:12]
    assert main(["restore", str(case), second]) == 0
    assert pia.load(case).metadata.title == "Second title"
    assert main(["restore", str(case), "0"]) == 0
    assert "nothing to do" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["restore", "{case}", "9"], "there is no version 9"),
        (["restore", "{case}", "abcdef"], "no version 'abcdef'"),
        (["history", "{missing}"], "no such file, and no history of it"),
    ],
)
def test_pia_history_and_restore_errors_exit_1(case: Path, capsys, args, message):
    argv = [a.format(case=case, missing=case.parent / "missing.yaml") for a in args]
    assert main(argv) == 1
    assert message in capsys.readouterr().err


def test_history_of_the_maxiresponse_copy_lists_it_as_current(tmp_path: Path, capsys):
    path = tmp_path / "assessment.yaml"
    path.write_bytes(MAXIRESPONSE.read_bytes())
    assert main(["history", str(path)]) == 0
    assert "0 current" in capsys.readouterr().out
