"""The Art. 30(1) record: one row per purpose, every Art. 30(1) column, unknowns named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import MAXIRESPONSE, write_yaml

import pia
from pia.cli import main
from pia.model import Assessment
from pia.ropa import COLUMNS, NOT_RECORDED, RopaError, ropa, write

ART30 = ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)")


@pytest.fixture(scope="module")
def maxi() -> Assessment:
    return pia.load(MAXIRESPONSE)


def test_one_row_per_purpose_on_maxiresponse(maxi: Assessment) -> None:
    frame = ropa([maxi])
    assert len(frame) == 4
    assert list(frame["Purpose id"]) == [p.id for p in maxi.purposes]
    assert list(frame["Art. 30(1)(b) purpose"]) == [p.name for p in maxi.purposes]
    assert (frame["Art. 30(1)(a) controller name"] == "bpost").all()


def test_every_art30_column_is_present(maxi: Assessment) -> None:
    frame = ropa([maxi])
    assert list(frame.columns) == list(COLUMNS)
    for letter in ART30:
        assert any(c.startswith(f"Art. 30(1){letter} ") for c in frame.columns), letter
    assert {"Art. 30(1)(a) DPO contact", "Art. 30(1)(a) controller company number"} <= set(
        frame.columns
    )
    assert frame.notna().all().all()


def test_two_assessments_together(maxi: Assessment, minimal: dict[str, Any]) -> None:
    small = Assessment.model_validate(minimal)
    frame = ropa([maxi, small])
    assert len(frame) == 5
    assert list(frame["Assessment"]) == [maxi.metadata.title] * 4 + ["Newsletter for members"]
    last = frame.iloc[-1]
    assert last["Art. 30(1)(a) controller name"] == "Example Club"
    assert last["Art. 30(1)(c) categories of data subjects"] == "Members"
    assert last["Art. 30(1)(c) categories of personal data"] == "Name and e-mail address"
    assert last["Legal bases (Art. 6(1))"] == "consent (Art. 6(1)(a) GDPR)"


def test_unknowns_say_not_recorded(maxi: Assessment, minimal: dict[str, Any]) -> None:
    small = ropa([Assessment.model_validate(minimal)]).iloc[0]
    for column in (
        "Art. 30(1)(a) controller address",
        "Art. 30(1)(a) controller company number",
        "Art. 30(1)(a) DPO contact",
        "Art. 30(1)(f) envisaged time limits for erasure",
    ):
        assert small[column] == NOT_RECORDED, column
    assert small["Art. 30(1)(e) third-country transfers and safeguards"] == "none recorded"
    assert small["Art. 30(1)(g) technical and organisational security measures"] == (
        "none recorded"
    )
    row = ropa([maxi]).set_index("Purpose id").loc["advertising"]
    transfers = row["Art. 30(1)(e) third-country transfers and safeguards"]
    assert "TCS to IN: transfer tool not recorded" in transfers
    retention = row["Art. 30(1)(f) envisaged time limits for erasure"]
    assert "customers: 3 years, from termination of the contract" in retention
    assert "consent only: period not recorded, trigger not recorded" in retention
    assert "TCS (processor, IN)" in row["Art. 30(1)(d) categories of recipients"]


def test_all_groups_when_the_purpose_names_none(minimal: dict[str, Any]) -> None:
    minimal["description"]["data_subjects"].append(
        {"id": "staff", "name": "Staff", "kind": "employee"}
    )
    del minimal["purposes"][0]["data_subjects"]
    row = ropa([Assessment.model_validate(minimal)]).iloc[0]
    assert row["Art. 30(1)(c) categories of data subjects"] == "Members; Staff"


def test_transfer_safeguard_and_measures(minimal: dict[str, Any]) -> None:
    minimal["description"]["recipients"] = [
        {"id": "mailer", "name": "Mailer Inc", "role": "processor", "country": "US"}
    ]
    minimal["description"]["transfers"] = [
        {
            "id": "to_us",
            "recipient": "mailer",
            "country": "US",
            "kind": "storage",
            "tool": "scc_2021_914",
            "scc_module": 2,
        }
    ]
    minimal["description"]["retention_rules"] = [
        {"id": "keep", "applies_to": ["customers"], "period": "2 years", "purposes": ["newsletter"]}
    ]
    minimal["measures"] = [
        {"id": "tls", "title": "TLS in transit", "kind": "technical", "status": "implemented"},
        {"id": "idea", "title": "Maybe later", "kind": "technical", "status": "proposed"},
        {
            "id": "dpa",
            "title": "Processor contract",
            "kind": "contractual",
            "status": "implemented",
        },
        {"id": "train", "title": "Staff training", "kind": "organisational", "status": "planned"},
    ]
    row = ropa([Assessment.model_validate(minimal)]).iloc[0]
    assert row["Art. 30(1)(d) categories of recipients"] == "Mailer Inc (processor, US)"
    assert row["Art. 30(1)(e) third-country transfers and safeguards"] == (
        "Mailer Inc to US: SCC 2021/914, module 2"
    )
    assert row["Art. 30(1)(f) envisaged time limits for erasure"] == (
        "customers: 2 years, trigger not recorded"
    )
    assert row["Art. 30(1)(g) technical and organisational security measures"] == (
        "TLS in transit (technical, implemented); Staff training (organisational, planned)"
    )


def test_csv_round_trips(tmp_path: Path, maxi: Assessment) -> None:
    frame = ropa([maxi])
    out = write(frame, tmp_path / "out" / "ropa.csv")
    again = pd.read_csv(out, encoding="utf-8", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(again, frame)
    assert "Anspachlaan" in out.read_text("utf-8")


def test_other_suffix_is_refused(tmp_path: Path, maxi: Assessment) -> None:
    with pytest.raises(RopaError, match=r"\.csv or \.xlsx"):
        write(ropa([maxi]), tmp_path / "ropa.json")


def test_xlsx_needs_openpyxl_or_says_so(tmp_path: Path, maxi: Assessment) -> None:
    out = tmp_path / "ropa.xlsx"
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        with pytest.raises(RopaError, match="install it"):
            write(ropa([maxi]), out)
    else:
        write(ropa([maxi]), out)
        assert len(pd.read_excel(out)) == 4


def test_cli_writes_the_record(tmp_path: Path, minimal: dict[str, Any], capsys) -> None:
    small = write_yaml(tmp_path / "small.yaml", minimal)
    out = tmp_path / "ropa.csv"
    assert main(["ropa", str(MAXIRESPONSE), str(small), "--out", str(out)]) == 0
    assert "5 processing purpose(s)" in capsys.readouterr().out
    assert len(pd.read_csv(out)) == 5
    assert main(["ropa", str(small), "--out", str(tmp_path / "ropa.txt")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_the_time_limit_for_erasure_includes_the_archive(minimal: dict[str, Any]) -> None:
    minimal["description"]["retention_rules"] = [
        {
            "id": "keep",
            "applies_to": ["customers"],
            "purposes": ["newsletter"],
            "period": "3 years",
            "trigger": "last purchase",
            "deletion": "archive_then_erasure",
            "archive": {"period": "7 years", "ground": "legal_obligation"},
        }
    ]
    (row,) = ropa([Assessment.model_validate(minimal)]).to_dict("records")
    assert row["Art. 30(1)(f) envisaged time limits for erasure"] == (
        "customers: 3 years, from last purchase, then archive 7 years"
    )
