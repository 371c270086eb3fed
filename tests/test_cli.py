"""`pia validate` and `pia show` as an analyst or CI calls them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import MAXIRESPONSE, write_yaml

from pia.cli import main


def test_validate_accepts_a_valid_file(tmp_path, minimal, capsys):
    path = write_yaml(tmp_path / "a.yaml", minimal)
    assert main(["validate", str(path)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_lists_every_problem_of_every_file_and_exits_1(tmp_path, minimal, capsys):
    good = write_yaml(tmp_path / "good.yaml", minimal)
    minimal["purposes"][0]["legal_bases"][0]["basis"] = "legitimate interests"
    minimal["metadata"]["status"] = "done"
    bad = write_yaml(tmp_path / "bad.yaml", minimal)
    assert main(["validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml: 2 problems" in err
    assert "purposes[0].legal_bases[0].basis: 'legitimate interests' is not one of" in err
    assert "metadata.status: 'done' is not one of draft, in_review, final" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["validate"])
    assert exit_.value.code == 2


def test_missing_file_is_a_clear_error_not_a_traceback(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    err = capsys.readouterr().err
    assert "nope.yaml" in err and "no such file" in err and "Traceback" not in err


def test_show_prints_purposes_transfers_retention_and_unknowns(tmp_path, minimal, capsys):
    minimal["metadata"]["documents"].append({"id": "dpa", "title": "Processor agreement"})
    minimal["description"]["recipients"] = [
        {"id": "helpdesk", "name": "Helpdesk Ltd", "role": "processor", "country": "IN"}
    ]
    minimal["description"]["transfers"] = [
        {
            "id": "support",
            "recipient": "helpdesk",
            "country": "IN",
            "kind": "remote_access",
            "sources": ["dpa §4"],
        }
    ]
    minimal["description"]["retention_rules"] = [
        {
            "id": "member_data",
            "applies_to": ["customers"],
            "period": "2 years",
            "trigger": "end of membership",
        }
    ]
    path = write_yaml(tmp_path / "a.yaml", minimal)
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "newsletter: Send the newsletter" in out
    assert "consent (Art. 6(1)(a) GDPR)" in out
    assert "support: to IN by remote access (helpdesk), tool: not recorded  [dpa §4]" in out
    assert "member_data (customers): 2 years after end of membership" in out
    assert "description.transfers[0].tool" in out


def test_the_installed_command_validates_maxiresponse():
    pia = [sys.executable, "-m", "pia.cli", "validate", str(MAXIRESPONSE)]
    result = subprocess.run(pia, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_reader_that_stops_early_is_not_an_error():
    command = f"{sys.executable} -m pia.cli score {MAXIRESPONSE} | head -1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    assert result.stdout.startswith("Screening:")
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
