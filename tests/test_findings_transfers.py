"""Findings on transfers (TRF-*): each rule fires on its gap and stays quiet elsewhere."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL

import pia
from pia.findings import RULES, Severity, findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.words import LANGUAGES, speaker

KB = load_knowledge()
RULE_IDS = [f"TRF-{n:03d}" for n in range(1, 13) if n != 8]  # TRF-008 retired (DSC-006)
Data = dict[str, Any]

# Every safeguard recorded: no TRF rule fires on a transfer like this one.
SAFE_TRANSFER: Data = {
    "id": "support",
    "recipient": "vendor",
    "country": "IN",
    "kind": "remote_access",
    "data_categories": ["contact"],
    "tool": "scc_2021_914",
    "scc_module": 2,
    "impact_assessment_done": True,
    "data_protection": "encrypted_keys_in_eea",
    "supplementary_measures": ["Access only through an EEA jump host, logged"],
    "reevaluation_due": "every 12 months",
}
RECIPIENT: Data = {
    "id": "vendor",
    "name": "Vendor",
    "role": "processor",
    "country": "IN",
    "parent_country": "IN",
    "processor_contract": True,
    "data_categories": ["contact"],
}


def case(
    transfer: Data | None = None, recipient: Data | None = None, *, no_transfer: bool = False
) -> Data:
    """The minimal assessment with one safe transfer, changed by the given fields."""
    data = copy.deepcopy(MINIMAL)
    data["description"]["recipients"] = [{**RECIPIENT, **(recipient or {})}]
    if not no_transfer:
        data["description"]["transfers"] = [{**SAFE_TRANSFER, **(transfer or {})}]
    return data


def paths(rule_id: str, data: Data) -> list[str]:
    return [f.path for f in findings_of(rule_id, Assessment.model_validate(data), KB)]


T = "description.transfers[0]"
R = "description.recipients[0]"

FIRES = [
    ("TRF-001", case({"tool": "unknown"}), f"{T}.tool"),
    ("TRF-001", case({"tool": "none"}), f"{T}.tool"),
    ("TRF-001", case({"tool": "dpf"}), f"{T}.tool"),
    ("TRF-001", case({"tool": "adequacy_decision"}), f"{T}.tool"),
    ("TRF-001", case({"tool": "unknown", "country": "JP"}, {"country": "JP"}), f"{T}.tool"),
    ("TRF-002", case(no_transfer=True), f"{R}.country"),
    ("TRF-002", case(no_transfer=True, recipient={"country": "CH"}), f"{R}.country"),
    ("TRF-003", case({"scc_module": None}), f"{T}.scc_module"),
    ("TRF-004", case({"impact_assessment_done": None}), f"{T}.impact_assessment_done"),
    (
        "TRF-004",
        case({"impact_assessment_done": False, "tool": "bcr"}),
        f"{T}.impact_assessment_done",
    ),
    (
        "TRF-005",
        case({"data_protection": "clear_text", "supplementary_measures": []}),
        f"{T}.data_protection",
    ),
    (
        "TRF-005",
        case({"data_protection": "unknown", "supplementary_measures": []}),
        f"{T}.data_protection",
    ),
    (
        "TRF-005",
        case({"data_protection": "encrypted_keys_with_recipient", "supplementary_measures": []}),
        f"{T}.data_protection",
    ),
    ("TRF-006", case({"tool": "art49_derogation"}), f"{T}.tool"),
    ("TRF-006", case({"tool": "art49_derogation", "kind": "onward_transfer"}), f"{T}.tool"),
    ("TRF-007", case({"reevaluation_due": None}), f"{T}.reevaluation_due"),
    (
        "TRF-009",
        case(
            {"country": "US", "data_protection": "clear_text"},
            {"country": "IE", "parent_country": "US"},
        ),
        f"{R}.parent_country",
    ),
    (
        "TRF-009",
        case(no_transfer=True, recipient={"country": "IE", "parent_country": "CN"}),
        f"{R}.parent_country",
    ),
    ("TRF-010", case({"country": "US"}, {"country": "IE", "parent_country": None}), f"{T}.country"),
    # the DPF named, but the recipient is recorded as not certified
    ("TRF-001", case({"tool": "dpf", "country": "US", "dpf_certified": False}), f"{T}.tool"),
    ("TRF-011", case({"tool": "dpf", "country": "US"}, {"country": "US"}), f"{T}.dpf_certified"),
    (
        "TRF-011",
        case({"tool": "adequacy_decision", "country": "US"}, {"country": "US"}),
        f"{T}.dpf_certified",
    ),
    (
        "TRF-012",
        case({"tool": "unknown", "country": "US", "dpf_certified": True}, {"country": "US"}),
        f"{T}.tool",
    ),
]

QUIET = [
    # adequacy covers the destination: no tool needed to be named, and no later step
    ("TRF-001", case({"tool": "unknown", "country": "CH"}, {"country": "CH"})),
    ("TRF-001", case({"tool": "dpf", "country": "US"}, {"country": "US"})),
    ("TRF-001", case({"tool": "adequacy_decision", "country": "JP"}, {"country": "JP"})),
    ("TRF-001", case({"tool": "unknown", "country": "FR"}, {"country": "FR"})),
    ("TRF-002", case(no_transfer=True, recipient={"country": "BE"})),
    ("TRF-003", case({"tool": "bcr", "scc_module": None})),
    ("TRF-004", case({"tool": "unknown", "impact_assessment_done": None})),
    (
        "TRF-004",
        case({"tool": "dpf", "country": "US", "impact_assessment_done": None}, {"country": "US"}),
    ),
    ("TRF-004", case({"tool": "art49_derogation", "impact_assessment_done": None})),
    ("TRF-005", case({"data_protection": "clear_text"})),  # measures recorded
    ("TRF-005", case({"data_protection": "pseudonymised", "supplementary_measures": []})),
    (
        "TRF-005",
        case(
            {
                "data_protection": "clear_text",
                "supplementary_measures": [],
                "country": "US",
                "tool": "scc_2021_914",
            },
            {"country": "US"},
        ),
    ),
    (
        "TRF-006",
        case({"tool": "art49_derogation", "kind": "onward_transfer"}, {"role": "controller"}),
    ),
    ("TRF-007", case({"reevaluation_due": None, "country": "CH"}, {"country": "CH"})),
    ("TRF-009", case(no_transfer=True, recipient={"country": "IE", "parent_country": "IN"})),
    ("TRF-009", case(no_transfer=True, recipient={"country": "IE", "parent_country": None})),
    (
        "TRF-009",
        case(
            no_transfer=True,
            recipient={"country": "IE", "parent_country": "US", "role": "controller"},
        ),
    ),
    # keys held in the EEA: the remedy the finding asks for is recorded
    ("TRF-009", case({"country": "US"}, {"country": "IE", "parent_country": "US"})),
    ("TRF-010", case({"country": "US"}, {"country": "US"})),
    ("TRF-010", case({"country": "IE"}, {"country": "IE"})),
    # certified: the DPF covers the transfer whatever tool is named
    (
        "TRF-001",
        case({"tool": "unknown", "country": "US", "dpf_certified": True}, {"country": "US"}),
    ),
    ("TRF-011", case({"tool": "dpf", "country": "US", "dpf_certified": True}, {"country": "US"})),
    ("TRF-011", case({"tool": "scc_2021_914", "country": "US"}, {"country": "US"})),
    ("TRF-011", case({"tool": "dpf", "country": "US", "dpf_certified": False})),  # TRF-001's
    ("TRF-012", case({"tool": "dpf", "country": "US", "dpf_certified": True}, {"country": "US"})),
    (
        "TRF-012",
        case({"tool": "scc_2021_914", "country": "US", "dpf_certified": True}, {"country": "US"}),
    ),
    ("TRF-012", case({"tool": "unknown", "country": "IN", "dpf_certified": True})),  # not the US
]


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_a_safe_transfer_raises_nothing(rule_id):
    assert paths(rule_id, case()) == []


@pytest.mark.parametrize(("rule_id", "data", "path"), FIRES)
def test_rule_fires_on_its_gap(rule_id, data, path):
    assert paths(rule_id, data) == [path]


@pytest.mark.parametrize(("rule_id", "data"), QUIET)
def test_rule_stays_quiet(rule_id, data):
    assert paths(rule_id, data) == []


@pytest.mark.parametrize(
    ("rule_id", "severity"),
    [
        ("TRF-001", "blocker"),
        ("TRF-002", "major"),
        ("TRF-003", "minor"),
        ("TRF-004", "major"),
        ("TRF-005", "major"),
        ("TRF-006", "major"),
        ("TRF-007", "minor"),
        ("TRF-009", "minor"),
        ("TRF-010", "minor"),
        ("TRF-011", "major"),
        ("TRF-012", "minor"),
    ],
)
def test_severities(rule_id, severity):
    findings_of(rule_id, Assessment.model_validate(case()), KB)  # loads the rule modules
    assert RULES[rule_id].severity is Severity(severity)
    assert all(speaker(lang).has(rule_id, "reference") for lang in LANGUAGES)


def test_a_finding_carries_codes_not_words():
    a = Assessment.model_validate(case({"tool": "none"}))
    (finding,) = findings_of("TRF-001", a, KB)
    assert finding.params == {
        "transfer": "support",
        "recipient": "vendor",
        "country": "IN",
        "tool": "none",
        "state": "no_tool",
    }
    assert not hasattr(finding, "message")  # the words are in pia/words


@pytest.mark.parametrize(
    ("transfer", "recipient", "state"),
    [
        ({"tool": "none"}, {}, "no_tool"),
        ({"tool": "unknown"}, {}, "unknown_tool"),
        ({"tool": "dpf", "country": "US", "dpf_certified": False}, {}, "dpf_not_certified"),
        ({"tool": "dpf"}, {}, "no_adequacy"),  # the DPF names no Indian recipient
        ({"tool": "adequacy_decision"}, {}, "no_adequacy"),
    ],
)
def test_why_the_tool_fails_is_a_state(transfer, recipient, state):
    a = Assessment.model_validate(case(transfer, recipient))
    (finding,) = findings_of("TRF-001", a, KB)
    assert finding.params["state"] == state
    assert finding.params["tool"] == transfer["tool"]


@pytest.mark.parametrize(("done", "state"), [(None, "not_recorded"), (False, "not_done")])
def test_a_missing_impact_assessment_is_told_apart_from_one_not_done(done, state):
    a = Assessment.model_validate(case({"impact_assessment_done": done}))
    (finding,) = findings_of("TRF-004", a, KB)
    assert finding.params["state"] == state
    assert finding.params["tool"] == "scc_2021_914"


def test_the_parent_law_finding_names_the_laws_and_the_parent_country():
    data = case(no_transfer=True, recipient={"country": "IE", "parent_country": "US"})
    (finding,) = findings_of("TRF-009", Assessment.model_validate(data), KB)
    assert finding.params == {
        "recipient": "vendor",
        "country": "IE",
        "parent_country": "US",
        "laws": ["us_cloud_act", "us_fisa_702"],
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_law_reaching_through_a_parent_has_a_name(lang):
    keys = [law.key for law in KB.countries.laws_reaching_through_parent]
    assert [key for key in keys if not speaker(lang).has("parent_law", key)] == []


# --- Maxiresponse ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> dict[str, list[str]]:
    a = pia.load(MAXIRESPONSE)
    return {rule_id: [f.path for f in findings_of(rule_id, a, KB)] for rule_id in RULE_IDS}


def test_maxiresponse_transfers_to_india_have_no_tool(maxiresponse):
    assert maxiresponse["TRF-001"] == [
        "description.transfers[0].tool",
        "description.transfers[1].tool",
    ]


def test_maxiresponse_readable_data_without_measures(maxiresponse):
    assert len(maxiresponse["TRF-005"]) == 2


def test_processor_contracts_are_left_to_the_description_rule(maxiresponse):
    # TRF-008 was merged into DSC-006, which covers processors inside and outside the EEA.
    assert "TRF-008" not in maxiresponse


def test_maxiresponse_eea_host_with_a_third_country_parent(maxiresponse):
    assert maxiresponse["TRF-009"] == ["description.recipients[0].parent_country"]


@pytest.mark.parametrize("rule_id", ["TRF-002", "TRF-003", "TRF-004", "TRF-006", "TRF-010"])
def test_maxiresponse_quiet_rules(maxiresponse, rule_id):
    assert maxiresponse[rule_id] == []
