"""Findings on rights handling (RGT-*): identity checks, refusals, response time, channels."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.findings import findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.words import LANGUAGES, Speaker, names_of

KB = load_knowledge()
RULE_IDS = [f"RGT-{n:03d}" for n in range(1, 10)]
Data = dict[str, Any]


def handled(data: Data) -> Data:
    """`minimal` with rights handling complete enough that no RGT rule fires."""
    data["description"]["data_sources"] = [
        {
            "id": "form",
            "name": "Sign-up form",
            "kind": "data_subject",
            "channels": ["web_form"],
            "data_categories": ["contact"],
        }
    ]
    data["rights"] = {
        "channels": ["web_form", "post"],
        "identity_verification": {"when": "on_reasonable_doubt", "sources": ["notice §5"]},
        "response_time": "1 month",
        "sources": ["notice §5"],
    }
    return data


def found(rule_id: str, data: Data) -> list[tuple[str, dict[str, Any]]]:
    a = Assessment.model_validate(data)
    return [(f.path, f.params) for f in findings_of(rule_id, a, KB)]


def paths(rule_id: str, data: Data) -> list[str]:
    return [path for path, _ in found(rule_id, data)]


def identity(**fields: Any) -> Callable[[Data], None]:
    return lambda d: d["rights"]["identity_verification"].update(fields)


def rights(**fields: Any) -> Callable[[Data], None]:
    return lambda d: d["rights"].update(fields)


def refusals(*grounds: str) -> Callable[[Data], None]:
    return rights(refusals=[{"ground": g, "sources": ["notice §5"]} for g in grounds])


def collected_by(*channels: str) -> Callable[[Data], None]:
    return lambda d: d["description"]["data_sources"][0].update(channels=list(channels))


def both(*changes: Callable[[Data], None]) -> Callable[[Data], None]:
    return lambda d: [change(d) for change in changes]


def test_complete_rights_handling_raises_no_rights_finding(minimal):
    data = handled(minimal)
    assert {rule_id: paths(rule_id, data) for rule_id in RULE_IDS} == dict.fromkeys(RULE_IDS, [])


WHEN = "rights.identity_verification.when"
MASKING = "rights.identity_verification.masking"
MORE = "rights.identity_verification.more_proof_may_be_asked"
ID_CARD = ["Full contact details", "A copy of the front of the identity card"]

CASES: list[tuple[str, str, Callable[[Data], Any], list[str]]] = [
    # RGT-001: proof of identity for every request
    ("RGT-001", "always", identity(when="always"), [WHEN]),
    ("RGT-001", "on reasonable doubt", identity(when="on_reasonable_doubt"), []),
    ("RGT-001", "never", identity(when="never"), []),
    ("RGT-001", "not recorded", identity(when="unknown"), []),
    # RGT-002: identity document without masking instructions
    ("RGT-002", "identity card, no masking", identity(documents=ID_CARD), [MASKING]),
    ("RGT-002", "passport, no masking", identity(documents=["Passport scan"]), [MASKING]),
    ("RGT-002", "Dutch: rijbewijs", identity(documents=["kopie van uw rijbewijs"]), [MASKING]),
    ("RGT-002", "French: carte d'identité", identity(documents=["carte d'identité"]), [MASKING]),
    (
        "RGT-002",
        "identity card with masking",
        identity(documents=ID_CARD, masking="Black out the photo and the national number."),
        [],
    ),
    ("RGT-002", "no identity document", identity(documents=["Customer number"]), []),
    ("RGT-002", "'eid' only as a whole word", identity(documents=["What the person said"]), []),
    # RGT-003: more proof may be asked
    ("RGT-003", "more proof may be asked", identity(more_proof_may_be_asked=True), [MORE]),
    ("RGT-003", "no more proof", identity(more_proof_may_be_asked=False), []),
    # RGT-004: refusal grounds beyond Art. 12(5)
    ("RGT-004", "excessive", refusals("excessive"), ["rights.refusals[0].ground"]),
    ("RGT-004", "abusive", refusals("abusive"), ["rights.refusals[0].ground"]),
    ("RGT-004", "other", refusals("other"), ["rights.refusals[0].ground"]),
    (
        "RGT-004",
        "manifestly grounds then excessive",
        refusals("manifestly_unfounded", "manifestly_excessive", "excessive"),
        ["rights.refusals[2].ground"],
    ),
    # RGT-005: no response time
    ("RGT-005", "not stated", rights(response_time=None), ["rights.response_time"]),
    ("RGT-005", "in words", rights(response_time="one month, two more if complex"), []),
    # RGT-006: longer than one month
    ("RGT-006", "45 days", rights(response_time="45 days"), ["rights.response_time"]),
    ("RGT-006", "2 months", rights(response_time="2 months"), ["rights.response_time"]),
    ("RGT-006", "30 days", rights(response_time="30 days"), []),
    ("RGT-006", "4 weeks", rights(response_time="4 weeks"), []),
    ("RGT-006", "in words", rights(response_time="three months"), []),
    ("RGT-006", "not stated", rights(response_time=None), []),
    # RGT-007: no channel at all
    ("RGT-007", "no channel", rights(channels=[]), ["rights.channels"]),
    ("RGT-007", "post only", rights(channels=["post"]), []),
    # RGT-008: only off-line channels while data is collected online
    ("RGT-008", "post only, web form collection", rights(channels=["post"]), ["rights.channels"]),
    (
        "RGT-008",
        "post and telephone, e-mail collection",
        both(rights(channels=["post", "telephone"]), collected_by("email")),
        ["rights.channels"],
    ),
    (
        "RGT-008",
        "post only, off-line collection",
        both(rights(channels=["post"]), collected_by("post", "in_person")),
        [],
    ),
    ("RGT-008", "post and e-mail", rights(channels=["post", "email"]), []),
    ("RGT-008", "no channel (RGT-007's)", rights(channels=[]), []),
    # RGT-009: rights handling citing no source
    ("RGT-009", "section unsourced", rights(sources=[]), ["rights.sources"]),
    (
        "RGT-009",
        "identity check unsourced",
        identity(sources=[]),
        ["rights.identity_verification.sources"],
    ),
    (
        "RGT-009",
        "refusal unsourced",
        rights(refusals=[{"ground": "manifestly_excessive"}]),
        ["rights.refusals[0].sources"],
    ),
    (
        "RGT-009",
        "nothing recorded on identity checks needs no source",
        identity(when="unknown", sources=[]),
        [],
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "change", "expected"),
    [(rule_id, change, expected) for rule_id, _, change, expected in CASES],
    ids=[f"{rule_id}-{name}" for rule_id, name, _, _ in CASES],
)
def test_rule_fires_on_its_gap_only(minimal, rule_id, change, expected):
    data = handled(minimal)
    change(data)
    assert paths(rule_id, data) == expected


def test_the_identity_documents_asked_are_named(minimal):
    data = handled(minimal)
    identity(documents=ID_CARD)(data)
    [(_, params)] = found("RGT-002", data)
    assert params == {"documents": ["A copy of the front of the identity card"]}


def test_a_refusal_keeps_the_notice_wording(minimal):
    data = handled(minimal)
    rights(refusals=[{"ground": "abusive", "wording": "abuse of the right"}])(data)
    [(_, params)] = found("RGT-004", data)
    assert params == {"ground": "abusive", "wording": "abuse of the right"}


def test_a_refusal_without_wording_says_none(minimal):
    data = handled(minimal)
    refusals("excessive")(data)
    [(_, params)] = found("RGT-004", data)
    assert params == {"ground": "excessive", "wording": None}


def test_the_response_time_and_the_off_line_channels_are_params(minimal):
    data = handled(minimal)
    rights(response_time="45 days", channels=["post", "telephone"])(data)
    assert found("RGT-006", data) == [("rights.response_time", {"response_time": "45 days"})]
    assert found("RGT-008", data) == [("rights.channels", {"channels": ["post", "telephone"]})]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_case_that_fires_is_said_from_its_params(minimal, lang):
    for _, _, change, expected in CASES:
        if not expected:
            continue
        data = handled(copy.deepcopy(minimal))
        change(data)
        a = Assessment.model_validate(data)
        said = Speaker(lang, names_of(a))
        for rule_id in RULE_IDS:
            for f in findings_of(rule_id, a, KB):
                words = said.finding(f)
                assert all((words.title, words.message, words.remedy, words.reference))


def test_unsourced_parts_are_counted_once(minimal):
    data = handled(minimal)
    rights(sources=[], refusals=[{"ground": "manifestly_excessive"}])(data)
    [(path, params)] = found("RGT-009", data)
    assert (path, params["count"]) == ("rights.sources", 2)


# --- Maxiresponse ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> set[tuple[str, str]]:
    a = pia.load(MAXIRESPONSE)
    return {(f.id, f.path) for rule_id in RULE_IDS for f in findings_of(rule_id, a, KB)}


def test_maxiresponse_identity_checks_and_refusals_are_major_findings(maxiresponse):
    assert {
        ("RGT-001", WHEN),
        ("RGT-003", MORE),
        ("RGT-004", "rights.refusals[0].ground"),
        ("RGT-004", "rights.refusals[1].ground"),
        ("RGT-005", "rights.response_time"),
    } == maxiresponse


def test_maxiresponse_masking_and_web_form_keep_the_other_rules_quiet(maxiresponse):
    quiet = {"RGT-002", "RGT-006", "RGT-007", "RGT-008", "RGT-009"}
    assert not {rule_id for rule_id, _ in maxiresponse} & quiet
