"""Sign-off: the content hash, stale sign-offs, accepted blockers, `pia sign` and `pia status`."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL, write_yaml

from pia.cli import main
from pia.errors import SignoffRefused
from pia.model import Assessment, Decision
from pia.result import assess
from pia.signoff import SignoffState, content_hash, sign, signoff_states, status
from pia.store import load, save

DAY = dt.date(2026, 3, 2)
STALE = "stale, the assessment changed after this sign-off"
WHY = "Standard contractual clauses are signed by 30 June."


def _assessment(data: dict[str, Any] | None = None) -> Assessment:
    return Assessment.model_validate(copy.deepcopy(data or MINIMAL))


def _sign(a: Assessment, decision: str = "approve", **kwargs: Any) -> Assessment:
    fields = {"name": "An Peeters", "role": "CEO", "date": DAY, **kwargs}
    return sign(a, decision=decision, **fields)


def _edited(a: Assessment, title: str = "Newsletter for all members") -> Assessment:
    data = a.model_dump()
    data["metadata"]["title"] = title
    return Assessment.model_validate(data)


@pytest.fixture
def maxiresponse(tmp_path):
    """A copy of the Maxiresponse file, free to sign and save."""
    return shutil.copy(MAXIRESPONSE, tmp_path / "assessment.yaml")


# --- content hash ---------------------------------------------------------------------------------

# The minimal assessment written differently: comments, flow style, key order, quoting, folded and
# padded text, and defaults written out. None of it is content.
REWRITTEN = """\
# Written by hand, in another order.
purposes:
  - {id: newsletter, name: 'Send the newsletter', data_subjects: [members],
     data_categories: [contact], legal_bases: [{basis: consent}]}  # flow style
schema_version: 1
description:
  data_subjects: [{kind: customer, name: Members, id: members}]
  processing: >-
    Members receive a monthly
    newsletter by e-mail.
  data_categories:
    - sources: ["notice §2"]
      id: contact
      name: "  Name and e-mail address  "
      kind: contact
      sensitivity: standard
      declared_to_data_subjects: true
metadata:
  documents:
    - {id: notice, title: Privacy notice}
  controller: {name: "Example Club"}
  title: Newsletter for members
"""

EXPLICIT_DEFAULTS = """\
schema_version: 1
metadata:
  title: Newsletter for members
  controller: {name: Example Club, legal_form: null}
  version: "0.1"
  status: draft
  method: cnil
  analysts: []
  documents: [{id: notice, title: Privacy notice, available: true}]
description:
  processing: Members receive a monthly newsletter by e-mail.
  data_categories:
    - id: contact
      name: Name and e-mail address
      kind: contact
      sensitivity: standard
      declared_to_data_subjects: true
      sources: [notice §2]
  data_subjects: [{id: members, name: Members, kind: customer}]
purposes:
  - id: newsletter
    name: Send the newsletter
    legal_bases: [{basis: consent}]
    data_categories: [contact]
    data_subjects: [members]
risks: []
measures: []
signoffs: []
"""


@pytest.mark.parametrize("text", [REWRITTEN, EXPLICIT_DEFAULTS], ids=["rewritten", "defaults"])
def test_hash_does_not_depend_on_how_the_file_is_written(tmp_path, text):
    plain = load(write_yaml(tmp_path / "plain.yaml", MINIMAL))
    other = tmp_path / "other.yaml"
    other.write_text(text, encoding="utf-8")
    assert content_hash(load(other)) == content_hash(plain)


def test_hash_is_sha256_of_sorted_compact_json_without_signoffs_and_workflow_status():
    a = _sign(_assessment())
    content = a.model_dump(mode="json", exclude={"signoffs": True, "metadata": {"status"}})
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert content_hash(a) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert len(content_hash(a)) == 64


def _set(*path: str | int, to: Any) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = to

    return change


ANSWER_CHANGES = {
    "title": _set("metadata", "title", to="Newsletter for all members"),
    "inner whitespace": _set("metadata", "title", to="Newsletter  for members"),
    "version": _set("metadata", "version", to="0.2"),
    "a default made explicit and different": _set("metadata", "method", to="ico"),
    "processing": _set("description", "processing", to="Members receive a weekly newsletter."),
    "a boolean": _set("description", "data_categories", 0, "declared_to_data_subjects", to=False),
    "a source removed": _set("description", "data_categories", 0, "sources", to=[]),
    "a legal basis": _set("purposes", 0, "legal_bases", 0, "basis", to="contract"),
    "a note added": _set("consultation", to={"note": "The DPO was not asked yet."}),
    "a document added": _set(
        "metadata", "documents", to=[*MINIMAL["metadata"]["documents"], {"id": "x", "title": "X"}]
    ),
}


@pytest.mark.parametrize("change", ANSWER_CHANGES.values(), ids=ANSWER_CHANGES)
def test_any_change_of_an_answer_changes_the_hash(change):
    data = copy.deepcopy(MINIMAL)
    change(data)
    assert content_hash(_assessment(data)) != content_hash(_assessment())


def test_adding_a_signoff_does_not_change_the_hash():
    a = _assessment()
    signed = _sign(_sign(a), "reject")
    assert len(signed.signoffs) == 2
    assert content_hash(signed) == content_hash(a) == signed.signoffs[0].content_hash


def test_marking_a_signed_assessment_final_keeps_the_signoff():
    data = copy.deepcopy(MINIMAL)
    before = content_hash(_assessment(data))
    data["metadata"]["status"] = "final"
    assert content_hash(_assessment(data)) == before


# --- status ---------------------------------------------------------------------------------------

STEPS: dict[str, Callable[[Assessment], Assessment]] = {
    "approve": _sign,
    "conditions": lambda a: _sign(a, "approve_with_conditions", conditions=["Train the staff"]),
    "reject": lambda a: _sign(a, "reject"),
    "edit": _edited,
}


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([], "draft"),
        (["approve"], "signed"),
        (["conditions"], "signed"),
        (["reject"], "rejected"),
        (["approve", "edit"], "stale"),
        (["reject", "edit"], "stale"),
        (["approve", "edit", "reject"], "rejected"),
        (["reject", "edit", "approve"], "signed"),
        (["approve", "reject"], "rejected"),
    ],
)
def test_status_follows_the_latest_signoff(steps, expected):
    a = _assessment()
    for step in steps:
        a = STEPS[step](a)
    assert status(a) == expected


def test_status_goes_draft_signed_stale_through_the_file(tmp_path):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    a = load(path)
    assert status(a) == "draft" and signoff_states(a) == []
    save(_sign(a), path)
    a = load(path)
    assert status(a) == "signed"
    assert signoff_states(a) == [
        SignoffState(a.signoffs[0], False, "2026-03-02 approved by An Peeters (CEO): current")
    ]
    a.metadata.title = "Newsletter for all members"
    save(a, path)
    a = load(path)
    assert status(a) == "stale"
    [state] = signoff_states(a)
    assert state.stale and state.text.endswith(STALE)
    again = _sign(a, "approve_with_conditions", conditions=["Train the staff"])
    assert [s.stale for s in signoff_states(again)] == [True, False]
    assert signoff_states(again)[1].text.endswith(
        "with conditions by An Peeters (CEO), 1 condition: current"
    )


def test_sign_is_pure_and_records_every_field():
    a = _assessment()
    a._revision = "r1"
    signed = _sign(a, "approve_with_conditions", conditions=["Train the staff", "Review in 2027"])
    assert a.signoffs == [] and signed is not a
    assert signed._revision == "r1"  # still the same file for `store.save`
    [s] = signed.signoffs
    assert (s.name, s.role, s.decision, s.date) == (
        "An Peeters",
        "CEO",
        Decision("approve_with_conditions"),
        DAY,
    )
    assert s.conditions == ["Train the staff", "Review in 2027"]
    assert s.content_hash == content_hash(a) and s.accepted_findings == []


# --- refusals and acceptances ---------------------------------------------------------------------


def test_approving_maxiresponse_with_open_blockers_is_refused(maxiresponse):
    with pytest.raises(SignoffRefused) as refused:
        _sign(load(maxiresponse))
    message = str(refused.value)
    assert refused.value.unaccepted == ("TRF-001",)
    assert "TRF-001 at description.transfers[0].tool: Transfer 'tcs_india'" in message
    assert "TRF-001 at description.transfers[1].tool: Transfer 'infosys_india'" in message
    assert '--accept "TRF-001=' in message and 'accept={"TRF-001":' in message


@pytest.mark.parametrize("decision", ["approve", "approve_with_conditions"])
def test_accepted_blockers_are_recorded_and_the_file_keeps_its_comments(maxiresponse, decision):
    original = maxiresponse.read_text(encoding="utf-8")
    a = load(maxiresponse)
    conditions = ["Sign SCCs with TCS and Infosys"] if decision != "approve" else []
    blockers = {f.id for f in assess(a).findings if f.severity == "blocker"}
    save(
        _sign(a, decision, conditions=conditions, accept=dict.fromkeys(blockers, WHY)), maxiresponse
    )
    saved = maxiresponse.read_text(encoding="utf-8")
    assert saved.startswith(original.split("signoffs: []")[0])  # comments and layout untouched
    assert "# === Sign-off: none yet" in saved
    assert "\n  - name: An Peeters\n" in saved and f"justification: {WHY}" in saved
    again = load(maxiresponse)
    assert status(again) == "signed"
    [s] = again.signoffs
    assert [(f.finding, f.justification) for f in s.accepted_findings] == [("TRF-001", WHY)]
    assert s.content_hash == content_hash(a)


def test_reject_needs_no_acceptance(maxiresponse):
    a = load(maxiresponse)
    signed = _sign(a, "reject")
    assert status(signed) == "rejected" and signed.signoffs[0].accepted_findings == []


def test_a_precomputed_result_is_used(maxiresponse):
    a = load(maxiresponse)
    with pytest.raises(SignoffRefused, match="TRF-001"):
        _sign(a, result=assess(a))


@pytest.mark.parametrize(
    ("decision", "kwargs", "expected"),
    [
        ("approve_with_conditions", {}, "needs at least one condition"),
        ("approve_with_conditions", {"conditions": ["  "]}, "needs at least one condition"),
        ("approve", {"conditions": ["Train the staff"]}, "use approve_with_conditions"),
        ("approve", {"accept": {"CON-001": "too short"}}, "shorter than 15 characters"),
        ("approve", {"accept": {"TRF-001": WHY}}, "'TRF-001' is not the id of an open finding"),
        ("approve", {"name": "  "}, "name: needs at least 1 character"),
        ("approve", {"role": ""}, "role: needs at least 1 character"),
        ("approved", {}, "decision 'approved' is not one of approve, approve_with_conditions"),
    ],
)
def test_incomplete_signoffs_are_refused(decision, kwargs, expected):
    with pytest.raises(SignoffRefused, match="sign-off not recorded") as refused:
        _sign(_assessment(), decision, **kwargs)
    assert expected in str(refused.value)


def test_a_refusal_lists_every_reason_at_once(maxiresponse):
    with pytest.raises(SignoffRefused) as refused:
        _sign(load(maxiresponse), "approve_with_conditions", name="", accept={"TRF-001": "short"})
    lines = [line for line in str(refused.value).splitlines() if line.startswith("- ")]
    assert len(lines) == 4, refused.value
    assert refused.value.unaccepted == ("TRF-001",)  # a too-short justification accepts nothing


def test_a_non_blocker_finding_may_be_accepted_too():
    signed = _sign(_assessment(), accept={"CON-001": "The DPO is consulted at the next review."})
    assert [f.finding for f in signed.signoffs[0].accepted_findings] == ["CON-001"]


# --- the command ----------------------------------------------------------------------------------

SIGN = ["--name", "An Peeters", "--role", "CEO"]


def test_pia_sign_saves_and_prints_hash_and_status(tmp_path, capsys):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    args = ["sign", str(path), *SIGN, "--decision", "approve_with_conditions"]
    assert main([*args, "--condition", "Train the staff", "--condition", "Review in 2027"]) == 0
    out = capsys.readouterr().out
    a = load(path)
    assert f"content hash: {content_hash(a)}" in out and "status: signed" in out
    assert f"{dt.date.today().isoformat()} approved with conditions by An Peeters (CEO)" in out
    assert a.signoffs[0].conditions == ["Train the staff", "Review in 2027"]


def test_pia_sign_refuses_unaccepted_blockers_and_leaves_the_file(maxiresponse, capsys):
    before = maxiresponse.read_bytes()
    assert main(["sign", str(maxiresponse), *SIGN, "--decision", "approve"]) == 1
    err = capsys.readouterr().err
    assert "TRF-001 at description.transfers[0].tool" in err and "Traceback" not in err
    assert maxiresponse.read_bytes() == before


def test_pia_sign_with_accept_then_status(maxiresponse, capsys):
    args = ["sign", str(maxiresponse), *SIGN, "--decision", "approve", "--date", "2026-03-02"]
    assert main([*args, "--accept", f"TRF-001={WHY}"]) == 0
    assert "status: signed" in capsys.readouterr().out
    assert main(["status", str(maxiresponse)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{maxiresponse}: signed",
        "  2026-03-02 approved by An Peeters (CEO), accepted TRF-001: current",
    ]


def test_pia_status_of_a_draft_and_of_a_stale_file(tmp_path, capsys):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: draft\n"
    assert main(["sign", str(path), *SIGN, "--decision", "reject", "--date", "2026-03-02"]) == 0
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{path}: rejected"
    path.write_text(path.read_text().replace("monthly", "weekly"), encoding="utf-8")
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: stale",
        "  2026-03-02 rejected by An Peeters (CEO): " + STALE,
    ]


@pytest.mark.parametrize(
    "extra",
    [
        ["--decision", "approve", "--name", "X"],  # no --role
        ["--decision", "maybe", *SIGN],
        ["--decision", "approve", *SIGN, "--date", "2026-02-30"],
        ["--decision", "approve", *SIGN, "--accept", "TRF-001"],
    ],
    ids=["missing role", "unknown decision", "impossible date", "accept without justification"],
)
def test_pia_sign_usage_errors_exit_2(tmp_path, capsys, extra):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    with pytest.raises(SystemExit) as exit_:
        main(["sign", str(path), *extra])
    assert exit_.value.code == 2
    assert load(path).signoffs == []
