"""The portfolio: a row per assessment under a folder, stale and overdue flagged, never a crash."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pytest
from conftest import write_yaml as _write_yaml

from pia.cli import main
from pia.errors import InvalidAssessment
from pia.portfolio import COLUMNS, assessment_files, portfolio, portfolio_html
from pia.store import load, load_read_only

DATA = Path(__file__).resolve().parent.parent / "data"
AS_OF = dt.date(2026, 1, 1)


def write_yaml(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return _write_yaml(path, data)


@pytest.fixture(scope="module")
def frame():
    return portfolio(DATA, as_of=AS_OF).set_index("path")


def test_the_three_cases_give_three_rows(frame):
    assert set(frame.index) == {
        "maxiresponse/assessment.yaml",
        "example-employee-monitoring/assessment.yaml",
        "example-loyalty-app/assessment.yaml",
    }
    assert frame["error"].isna().all()
    assert list(portfolio(DATA, as_of=AS_OF).columns) == COLUMNS


def test_the_examples_are_marked_fictitious():
    for case in ("example-employee-monitoring", "example-loyalty-app"):
        assessment = load(DATA / case / "assessment.yaml")
        assert assessment.metadata.title.startswith("FICTITIOUS EXAMPLE")
        assert all("FICTITIOUS" in d.title for d in assessment.metadata.documents)
        assert "FICTITIOUS" in (DATA / case / "README.md").read_text(encoding="utf-8")


def test_loyalty_sign_off_is_signed_and_verified(frame):
    row = frame.loc["example-loyalty-app/assessment.yaml"]
    assert (row["signoff"], row["decision"]) == ("verified", "approve")
    assert row["status"] == "final"
    assert not row["review_overdue"]
    assert row["transfers"] == ""


def test_monitoring_review_is_overdue_as_of_a_fixed_date(frame):
    row = frame.loc["example-employee-monitoring/assessment.yaml"]
    assert row["review_overdue"]
    assert row["review_date"] == dt.date(2025, 6, 30)
    assert row["transfers"] == "US: 1"
    assert row["signoff"] == "draft"
    earlier = portfolio(DATA, as_of=dt.date(2025, 6, 30)).set_index("path")
    assert not earlier.loc["example-employee-monitoring/assessment.yaml", "review_overdue"]


def test_maxiresponse_row(frame):
    row = frame.loc["maxiresponse/assessment.yaml"]
    assert row["residual_risk"] == "high"
    assert row["open_blockers"] == 2
    assert row["transfers"] == "IN: 2"
    assert not row["review_overdue"]  # no review date recorded: not set, not overdue


def test_a_broken_file_gives_an_error_row(tmp_path, minimal):
    write_yaml(tmp_path / "good" / "assessment.yaml", minimal)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "assessment.yaml").write_text("metadata: [unclosed\n", encoding="utf-8")
    minimal["metadata"]["status"] = "done"
    write_yaml(tmp_path / "invalid" / "assessment.yaml", minimal)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "assessment.yaml").write_bytes(b"")
    write_yaml(tmp_path / "good" / ".history" / "assessment.yaml", {"not": "read"})
    frame = portfolio(tmp_path, as_of=AS_OF).set_index("path")
    assert len(frame) == 4
    assert pd.isna(frame.loc["good/assessment.yaml", "error"])
    assert "YAML syntax" in frame.loc["broken/assessment.yaml", "error"]
    assert "metadata.status" in frame.loc["invalid/assessment.yaml", "error"]
    assert "empty" in frame.loc["empty/assessment.yaml", "error"]
    assert "could not be read" in portfolio_html(frame.reset_index())


def test_html_escapes_text_and_has_no_script(tmp_path, minimal):
    minimal["metadata"]["title"] = "<script>alert(1)</script> & co"
    write_yaml(tmp_path / "a" / "assessment.yaml", minimal)
    page = portfolio_html(portfolio(tmp_path, as_of=AS_OF))
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "http" not in page and "src=" not in page


def test_html_highlights_overdue_and_blockers():
    page = portfolio_html(portfolio(DATA, as_of=AS_OF))
    assert "<td>verified</td>" in page
    assert '<td class="flag">overdue</td>' in page
    assert '<td class="flag">2</td>' in page


def test_cli_prints_the_table_and_writes_the_page(tmp_path, capsys):
    out = tmp_path / "site" / "portfolio.html"
    assert main(["portfolio", str(DATA), "--out", str(out), "--as-of", "2026-01-01"]) == 0
    printed = capsys.readouterr().out
    assert "example-loyalty-app/assessment.yaml" in printed and "verified" in printed
    assert "overdue" in out.read_text(encoding="utf-8")


def test_cli_exits_1_when_a_file_cannot_be_read(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "assessment.yaml").write_text("- a list\n", encoding="utf-8")
    assert main(["portfolio", str(tmp_path)]) == 1
    assert "could not be read" in capsys.readouterr().err


def test_a_duplicate_key_is_an_error_row_as_load_refuses_it(tmp_path):
    text = (DATA / "example-loyalty-app" / "assessment.yaml").read_text(encoding="utf-8")
    path = tmp_path / "dup" / "assessment.yaml"
    path.parent.mkdir()
    twice = text.replace("decision: approve\n", "decision: reject\n    decision: approve\n", 1)
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(Exception, match="duplicate"):
        load(path)
    [row] = portfolio(tmp_path, as_of=AS_OF).to_dict("records")
    assert row["signoff"] is None and "duplicate" in row["error"]


def test_processes_give_the_same_rows_as_one():
    assert portfolio(DATA, as_of=AS_OF, workers=2).equals(portfolio(DATA, as_of=AS_OF, workers=1))


# --- the folder walk: its own files only, no hang -------------------------------------------------


def hostile_folder(tmp_path: Path, minimal) -> Path:
    """One good assessment, and what a received archive could hold besides."""
    folder = tmp_path / "received"
    write_yaml(folder / "good" / "assessment.yaml", minimal)
    outside = write_yaml(tmp_path / "outside" / "assessment.yaml", minimal)
    (folder / "passwd").mkdir()
    (folder / "passwd" / "assessment.yaml").symlink_to("/etc/passwd")
    (folder / "elsewhere").mkdir()
    (folder / "elsewhere" / "assessment.yaml").symlink_to(outside)
    (folder / "linked-folder").symlink_to(outside.parent, target_is_directory=True)
    (folder / "good" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "pipe").mkdir()
    os.mkfifo(folder / "pipe" / "assessment.yaml")
    return folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_links_are_not_followed_and_pipes_not_read(tmp_path, minimal):
    folder = hostile_folder(tmp_path, minimal)
    files = [p.relative_to(folder).as_posix() for p in assessment_files(folder)]
    assert files == [  # no file under the linked folder or through the loop
        "elsewhere/assessment.yaml",
        "good/assessment.yaml",
        "passwd/assessment.yaml",
        "pipe/assessment.yaml",
    ]
    frame = portfolio(folder, as_of=AS_OF).set_index("path")
    assert pd.isna(frame.loc["good/assessment.yaml", "error"])
    for link in ("elsewhere/assessment.yaml", "passwd/assessment.yaml"):
        assert "a symbolic link, not followed" in frame.loc[link, "error"]
    assert "not a regular file" in frame.loc["pipe/assessment.yaml", "error"]
    page = portfolio_html(frame.reset_index())
    assert "root:" not in page and "/bin/" not in page


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_cli_lists_what_it_did_not_read_and_exits_1(tmp_path, minimal, capsys):
    folder = hostile_folder(tmp_path, minimal)
    assert main(["portfolio", str(folder), "--out", str(tmp_path / "p.html")]) == 1
    err = capsys.readouterr().err
    assert "passwd/assessment.yaml: a symbolic link, not followed" in err
    assert "pipe/assessment.yaml: this is not a regular file" in err
    assert "root:" not in err + (tmp_path / "p.html").read_text(encoding="utf-8")


BAD_INPUTS = Path(__file__).resolve().parent / "bad_inputs"


@pytest.mark.parametrize(
    "path",
    [*sorted(DATA.glob("*/assessment.yaml")), *sorted(BAD_INPUTS.glob("*.yaml"))],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_the_portfolio_reader_accepts_and_refuses_what_load_does(path):
    """`load_read_only` (the portfolio's reader) and `load`: the same model, or the same error."""
    try:
        expected: object = load(path).model_dump()
    except InvalidAssessment as e:
        expected = str(e)
    try:
        got: object = load_read_only(path).model_dump()
    except InvalidAssessment as e:
        got = str(e)
    assert got == expected
