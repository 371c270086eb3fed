"""`diff`: the changed answers (items by id), and how risks, findings and verdicts changed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL, write_yaml

import pia
from pia.canonical import CANONICAL_FORM
from pia.cli import main
from pia.diff import answer_changes, conflicts, diff, rebase
from pia.diff_formats import as_json, as_text
from pia.model import Assessment, SignOff
from pia.signoff import content_hash


def model(data: dict[str, Any]) -> Assessment:
    return Assessment.model_validate(data)


def two_purposes() -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    second = copy.deepcopy(data["purposes"][0]) | {"id": "reminders", "name": "Send reminders"}
    data["purposes"].append(second)
    return data


# --- the answers ----------------------------------------------------------------------------------


def retitle(d):
    d["metadata"]["title"] = "Quarterly newsletter"


def swap_purposes(d):
    d["purposes"].reverse()


def swap_and_rename(d):
    d["purposes"].reverse()
    d["purposes"][1]["name"] = "Send the members' newsletter"


def add_purpose(d):
    d["purposes"].append({"id": "survey", "name": "Survey", "legal_bases": [{"basis": "consent"}]})


def remove_purpose(d):
    del d["purposes"][0]


def change_basis(d):
    d["purposes"][1]["legal_bases"][0]["basis"] = "legitimate_interest"


def add_basis(d):
    d["purposes"][0]["legal_bases"].append({"basis": "contract"})


def add_subject(d):
    d["description"]["data_subjects"].append({"id": "staff", "name": "Staff", "kind": "employee"})
    d["purposes"][0]["data_subjects"].append("staff")


def record_dpo_advice(d):
    d["consultation"] = {"dpo": {"advice": "Go ahead."}}


def start_profiling(d):
    d["purposes"][0]["profiling"] = True


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            retitle,
            [("metadata.title", "changed", "Newsletter for members", "Quarterly newsletter")],
        ),
        (
            swap_purposes,
            [("purposes", "reordered", ["newsletter", "reminders"], ["reminders", "newsletter"])],
        ),
        (
            swap_and_rename,
            [
                (
                    "purposes[1].name",
                    "changed",
                    "Send the newsletter",
                    "Send the members' newsletter",
                ),
                ("purposes", "reordered", ["newsletter", "reminders"], ["reminders", "newsletter"]),
            ],
        ),
        (remove_purpose, [("purposes[0]", "removed", "newsletter", None)]),
        (add_purpose, [("purposes[2]", "added", None, "survey")]),
        (
            change_basis,
            [("purposes[1].legal_bases[0].basis", "changed", "consent", "legitimate_interest")],
        ),
        (add_basis, [("purposes[0].legal_bases[1]", "added", None, {"basis": "contract"})]),
        (
            add_subject,
            [
                ("description.data_subjects[1]", "added", None, "staff"),
                ("purposes[0].data_subjects", "changed", ["members"], ["members", "staff"]),
            ],
        ),
        (record_dpo_advice, [("consultation.dpo", "added", None, {"advice": "Go ahead."})]),
        (start_profiling, [("purposes[0].profiling", "changed", False, True)]),
    ],
)
def test_answer_changes(edit, expected):
    old = two_purposes()
    new = copy.deepcopy(old)
    edit(new)

    def short(value):  # an item with an id is named by it; a new section by what it records
        if isinstance(value, dict) and "id" in value:
            return value["id"]
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if v not in (None, [], False, "unknown")}
        return value

    found = [
        (c.path, c.kind, short(c.old), short(c.new)) for c in answer_changes(model(old), model(new))
    ]
    assert found == expected


def test_readable_changes():
    old, new = model(two_purposes()), two_purposes()
    add_subject(new)
    retitle(new)
    add_purpose(new)
    lines = [str(c) for c in answer_changes(old, model(new))]
    assert lines == [
        "~ metadata.title: 'Newsletter for members' -> 'Quarterly newsletter'",
        "+ description.data_subjects[1]: the item 'staff'",
        "~ purposes[0].data_subjects: added [staff]",
        "+ purposes[2]: the item 'survey'",
    ]


def test_layout_comments_and_written_defaults_are_no_change(tmp_path: Path):
    plain = write_yaml(tmp_path / "a.yaml", MINIMAL)
    text = plain.read_text(encoding="utf-8").replace("metadata:", "# a comment\nmetadata:")
    text += "consultation: {}\nrisks: []\n"
    other = tmp_path / "b.yaml"
    other.write_text(text.replace("  title: Newsletter", "  method: cnil\n  title: Newsletter"))
    assert answer_changes(pia.load(plain), pia.load(other)) == []


# --- the results on Maxiresponse ------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> Assessment:
    return pia.load(MAXIRESPONSE)


def consent_gaps_closed(a: Assessment) -> Assessment:
    """Maxiresponse with the advertising purpose's consent and transparency gaps recorded closed,
    so that its likelihood turns on its legal bases."""
    fixed = a.model_copy(deep=True)
    ads = fixed.purposes[3]
    ads.consent.granular = ads.consent.records_kept = True
    ads.consent.withdrawal_called_objection = False
    ads.transparency.informed_of_other_sources = True
    for category in fixed.description.data_categories:
        category.declared_to_data_subjects = True
    return fixed


def test_a_legal_basis_changed_lowers_the_advertising_risk_and_closes_pur_findings(maxiresponse):
    before = consent_gaps_closed(maxiresponse)
    after = before.model_copy(deep=True)
    after.purposes[3].legal_bases[0].basis = "consent"  # was legitimate interest
    d = diff(before, after)
    assert [(c.path, c.old, c.new) for c in d.changes] == [
        ("purposes[3].legal_bases[0].basis", "legitimate_interest", "consent")
    ]
    (advertising,) = [r for r in d.risks if r.id == "advertising"]
    assert (advertising.inherent, advertising.residual) == (("high", "medium"), ("high", "medium"))
    closed = sorted((f.id, f.path) for f in d.closed)
    assert ("PUR-002", "purposes[3].legitimate_interest.balancing_test") in closed
    assert ("PUR-004", "purposes[3].objection.as_easy_as_collection") in closed
    assert ("PUR-007", "purposes[3]") in closed
    assert {f.id[:3] for f in d.closed} == {"PUR"} and d.opened == ()
    assert d.screening == ("required", "required") and d.signoff == ("draft", "draft")

    # the same change against Maxiresponse as recorded: the PUR findings still close
    d = diff(maxiresponse, after)
    assert {"PUR-002", "PUR-004", "PUR-007"} <= {f.id for f in d.closed}
    assert ("advertising", ("high", "medium")) in [(r.id, r.inherent) for r in d.risks]


def test_a_transfer_tool_on_scc_module_2_closes_trf_001_for_that_transfer(maxiresponse):
    after = maxiresponse.model_copy(deep=True)
    after.description.transfers[0].tool = "scc_2021_914"
    after.description.transfers[0].scc_module = 2
    d = diff(maxiresponse, after)
    assert [(f.id, f.path) for f in d.closed if f.id == "TRF-001"] == [
        ("TRF-001", "description.transfers[0].tool")
    ]
    assert "TRF-001" not in {f.id for f in d.opened}
    text = as_text(d, "recorded", "with SCCs")
    assert "~ description.transfers[0].tool: 'unknown' -> 'scc_2021_914'" in text
    assert "+ description.transfers[0].scc_module: 2" in text
    assert "  - TRF-001 [blocker] description.transfers[0].tool: " in text


def test_moving_a_purpose_opens_and_closes_no_finding(maxiresponse):
    moved = maxiresponse.model_copy(deep=True)
    moved.purposes = [moved.purposes[3], *moved.purposes[:3]]
    d = diff(maxiresponse, moved)
    assert [c.kind for c in d.changes] == ["reordered"]
    assert (d.opened, d.closed, d.risks) == ((), (), ())


def test_screening_art36_and_signoff_changes():
    old = model(MINIMAL)
    signed = old.model_copy(deep=True)
    signed.signoffs = [
        SignOff(
            name="A. Board",
            role="CEO",
            decision="approve",
            date="2024-05-02",
            content_hash=content_hash(old),
            canonical_form=CANONICAL_FORM,
        )
    ]
    risky = copy.deepcopy(MINIMAL)
    risky["purposes"][0] |= {"profiling": True, "direct_marketing": True}
    risky["description"]["data_categories"][0]["sensitivity"] = "highly_personal"
    risky["signoffs"] = [signed.signoffs[0].model_dump(mode="json")]
    d = diff(signed, model(risky))
    assert d.screening == ("not_required", "likely_required")
    assert d.prior_consultation == (False, True)
    assert d.signoff == ("unsigned", "stale")
    text = as_text(d)
    assert "Screening: not required -> likely required" in text
    assert "Art. 36 prior consultation: not required -> required" in text
    assert "Sign-off: unsigned -> stale" in text


def test_json_has_every_part(maxiresponse):
    after = maxiresponse.model_copy(deep=True)
    after.description.transfers[1].tool = "scc_2021_914"
    data = json.loads(as_json(diff(maxiresponse, after)))
    assert set(data) == {
        "changes",
        "risks",
        "opened",
        "closed",
        "screening",
        "prior_consultation",
        "signoff",
    }
    assert data["changes"] == [
        {
            "path": "description.transfers[1].tool",
            "kind": "changed",
            "old": "unknown",
            "new": "scc_2021_914",
        }
    ]
    assert set(data["closed"][0]) == {"id", "severity", "path", "params"}  # codes, for tools


# --- conflicts and re-applying --------------------------------------------------------------------


def title(d, value="Their title"):
    d["metadata"]["title"] = value


def test_conflicts_name_each_overwritten_answer_theirs_too_first_the_shared_ones():
    base = two_purposes()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["purposes"][1]["legal_bases"][0]["basis"] = "contract"
    mine["purposes"][0]["name"] = "Mine only"
    theirs["purposes"][1]["legal_bases"][0]["basis"] = "legitimate_interest"
    title(theirs)
    theirs["purposes"].reverse()  # their order stays: it is not listed
    found = conflicts(model(base), model(mine), model(theirs))
    assert [str(c) for c in found] == [
        "purposes[0].legal_bases[0].basis: you have 'contract', the file now has "
        "'legitimate_interest' (you both changed it)",
        "metadata.title: you have 'Newsletter for members', the file now has 'Their title'",
    ]


@pytest.mark.parametrize(
    ("base", "theirs", "expected"),
    [
        (
            True,
            "removed",
            [
                "purposes[1]: you have the item 'reminders', the file now has nothing "
                "(you both changed it)"
            ],
        ),
        (
            False,
            "title",
            [
                "metadata.title: you have 'Newsletter for members', the file now has 'Their title'",
                "purposes[1].name: you have 'Mine', the file now has 'Send reminders'",
            ],
        ),
        (True, "same", []),
    ],
)
def test_conflicts_cases(base, theirs, expected):
    start = two_purposes()
    mine = copy.deepcopy(start)
    mine["purposes"][1]["name"] = "Mine"
    other = copy.deepcopy(start if theirs != "same" else mine)
    if theirs == "removed":
        del other["purposes"][1]
    elif theirs == "title":
        title(other)
    found = conflicts(model(start) if base else None, model(mine), model(other))
    assert [str(c) for c in found] == expected


def test_rebase_applies_my_changes_to_their_version():
    base = two_purposes()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["purposes"][0]["name"] = "My name"
    add_purpose(mine)
    mine["purposes"][1]["legal_bases"][0]["basis"] = "contract"
    title(theirs)
    theirs["purposes"][1]["legal_bases"][0]["basis"] = "legitimate_interest"
    theirs["purposes"][0]["legal_bases"][0]["basis"] = "contract"
    merged, skipped = rebase(model(base), model(mine), model(theirs))
    assert merged.metadata.title == "Their title"
    assert [p.id for p in merged.purposes] == ["newsletter", "reminders", "survey"]
    assert merged.purposes[0].name == "My name"
    assert merged.purposes[0].legal_bases[0].basis == "contract"  # theirs, I did not touch it
    assert merged.purposes[1].legal_bases[0].basis == "contract"  # mine wins where both changed
    assert skipped == []


def test_rebase_skips_a_change_to_an_item_they_removed():
    base = two_purposes()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["purposes"][1]["name"] = "Renamed"
    del theirs["purposes"][1]
    merged, skipped = rebase(model(base), model(mine), model(theirs))
    assert [p.id for p in merged.purposes] == ["newsletter"]
    assert [c.path for c in skipped] == ["purposes[1].name"]


# --- the command line -----------------------------------------------------------------------------


def test_pia_diff_files_text_and_json(tmp_path: Path, capsys):
    old = tmp_path / "old.yaml"
    old.write_bytes(MAXIRESPONSE.read_bytes())
    changed = pia.load(old)
    changed.description.transfers[0].tool = "scc_2021_914"
    changed.description.transfers[0].scc_module = 2
    new = tmp_path / "new.yaml"
    pia.save(changed, new, force=True)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{old} -> {new}\n\nAnswers: 2 changes\n")
    assert "Findings closed: " in out and "- TRF-001 [blocker]" in out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "TRF-001" in {f["id"] for f in data["closed"]}


def test_pia_diff_against_a_kept_version(tmp_path: Path, capsys):
    path = write_yaml(tmp_path / "assessment.yaml", MINIMAL)
    assessment = pia.load(path)
    assessment.metadata.title = "Second title"
    pia.save(assessment, path)
    assert main(["diff", f"{path}@1", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}@1 (")
    assert "~ metadata.title: 'Newsletter for members' -> 'Second title'" in out


@pytest.mark.parametrize(
    ("old", "message"),
    [("{dir}/nope.yaml", "no such file"), ("{dir}/assessment.yaml@5", "no version 5")],
)
def test_pia_diff_errors_exit_1(tmp_path: Path, capsys, old, message):
    path = write_yaml(tmp_path / "assessment.yaml", MINIMAL)
    assert main(["diff", old.format(dir=tmp_path), str(path)]) == 1
    assert message in capsys.readouterr().err
