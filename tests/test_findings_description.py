"""Findings on the systematic description (DSC-*): each rule fires on its gap and only there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.findings import findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment

KB = load_knowledge()
RULE_IDS = [f"DSC-{n:03d}" for n in range(1, 13)]
Data = dict[str, Any]


def described(data: Data) -> Data:
    """`minimal` with a description complete enough that no DSC rule fires."""
    d = data["description"]
    d["data_subjects"][0].update(approximate_count=1200, sources=["notice §1"])
    d["data_sources"] = [
        {
            "id": "form",
            "name": "Sign-up form",
            "kind": "data_subject",
            "channels": ["web_form"],
            "data_categories": ["contact"],
            "sources": ["notice §2"],
        }
    ]
    d["recipients"] = []
    return data


def found(rule_id: str, data: Data) -> list[tuple[str, dict[str, Any]]]:
    a = Assessment.model_validate(data)
    return [(f.path, f.params) for f in findings_of(rule_id, a, KB)]


def paths(rule_id: str, data: Data) -> list[str]:
    return [path for path, _ in found(rule_id, data)]


def add_category(data: Data, **fields: Any) -> Data:
    category = {
        "id": "extra",
        "name": "Extra data",
        "kind": "contact",
        "sensitivity": "standard",
        "declared_to_data_subjects": True,
        "sources": ["notice §2"],
    }
    category.update(fields)
    data["description"]["data_categories"].append(category)
    data["description"]["data_sources"][0]["data_categories"].append(category["id"])
    data["purposes"][0]["data_categories"].append(category["id"])
    return data


def add_recipient(data: Data, rid: str, role: str, contract: bool | None) -> Data:
    recipient = {"id": rid, "name": rid.title(), "role": role, "country": "BE"}
    recipient["sources"] = ["notice §2"]
    if contract is not None:
        recipient["processor_contract"] = contract
    data["description"]["recipients"].append(recipient)
    return data


def add_group(data: Data, gid: str, kind: str = "customer", vulnerable: bool = False) -> Data:
    data["description"]["data_subjects"].append(
        {
            "id": gid,
            "name": gid.title(),
            "kind": kind,
            "vulnerable": vulnerable,
            "approximate_count": 10,
            "sources": ["notice §1"],
        }
    )
    return data


def profiling(data: Data, groups: list[str] | None = None, art22: bool = False) -> Data:
    data["purposes"][0]["profiling"] = True
    if groups is not None:
        data["purposes"][0]["data_subjects"] = groups
    data["description"]["automated_decisions_art22"] = art22
    return data


def test_a_complete_description_raises_no_description_finding(minimal):
    data = described(minimal)
    assert {rule_id: paths(rule_id, data) for rule_id in RULE_IDS} == dict.fromkeys(RULE_IDS, [])


Case = tuple[str, str, Callable[[Data], Any], list[str]]
CAT1 = "description.data_categories[1]"

CASES: list[Case] = [
    # DSC-001: a kind the knowledge base lacks
    ("DSC-001", "unknown kind", lambda d: add_category(d, kind="astrology"), [f"{CAT1}.kind"]),
    ("DSC-001", "known kind", lambda d: add_category(d, kind="location"), []),
    # DSC-002: rated below the kind's default with no note
    (
        "DSC-002",
        "location rated standard",
        lambda d: add_category(d, kind="location"),
        [f"{CAT1}.sensitivity"],
    ),
    (
        "DSC-002",
        "with a note saying why",
        lambda d: add_category(d, kind="location", note="Only the country is kept."),
        [],
    ),
    (
        "DSC-002",
        "at the default",
        lambda d: add_category(d, kind="location", sensitivity="highly_personal"),
        [],
    ),
    (
        "DSC-002",
        "above the default",
        lambda d: add_category(d, kind="contact", sensitivity="special_category"),
        [],
    ),
    ("DSC-002", "unknown kind", lambda d: add_category(d, kind="astrology"), []),
    # DSC-003: declared but used by no purpose
    (
        "DSC-003",
        "unused category",
        lambda d: (add_category(d), d["purposes"][0]["data_categories"].remove("extra")),
        [CAT1],
    ),
    ("DSC-003", "used category", add_category, []),
    # DSC-004: no source brings the category
    (
        "DSC-004",
        "no data source at all",
        lambda d: d["description"].update(data_sources=[]),
        ["description.data_sources"],
    ),
    (
        "DSC-004",
        "category no source brings",
        lambda d: (add_category(d), d["description"]["data_sources"][0]["data_categories"].pop()),
        [CAT1],
    ),
    # DSC-005: another company, not named
    (
        "DSC-005",
        "third party without provider",
        lambda d: d["description"]["data_sources"][0].update(kind="third_party"),
        ["description.data_sources[0].provider"],
    ),
    (
        "DSC-005",
        "third party named",
        lambda d: d["description"]["data_sources"][0].update(
            kind="third_party", provider="Data Broker NV"
        ),
        [],
    ),
    (
        "DSC-005",
        "public source without provider",
        lambda d: d["description"]["data_sources"][0].update(kind="public"),
        [],
    ),
    # DSC-006: processor without an Art. 28 contract
    (
        "DSC-006",
        "processor, contract not recorded",
        lambda d: add_recipient(d, "host", "processor", None),
        ["description.recipients[0].processor_contract"],
    ),
    (
        "DSC-006",
        "processor, no contract",
        lambda d: add_recipient(d, "host", "processor", False),
        ["description.recipients[0].processor_contract"],
    ),
    (
        "DSC-006",
        "sub-processor, contract not recorded",
        lambda d: add_recipient(d, "sub", "sub_processor", None),
        ["description.recipients[0].processor_contract"],
    ),
    (
        "DSC-006",
        "processor with contract",
        lambda d: add_recipient(d, "host", "processor", True),
        [],
    ),
    ("DSC-006", "controller", lambda d: add_recipient(d, "partner", "controller", None), []),
    # DSC-007: a sub-processor and no processor
    (
        "DSC-007",
        "sub-processor alone",
        lambda d: add_recipient(d, "sub", "sub_processor", True),
        ["description.recipients[0].role"],
    ),
    (
        "DSC-007",
        "sub-processor under a processor",
        lambda d: (
            add_recipient(d, "host", "processor", True),
            add_recipient(d, "sub", "sub_processor", True),
        ),
        [],
    ),
    # DSC-008 / DSC-009: profiling while Art. 22 is recorded as not engaged
    ("DSC-008", "profiling adults", profiling, ["purposes[0].profiling"]),
    ("DSC-008", "no profiling", lambda d: None, []),
    ("DSC-008", "Art. 22 engaged", lambda d: profiling(d, art22=True), []),
    (
        "DSC-008",
        "profiling vulnerable people",
        lambda d: (
            add_group(d, "patients", vulnerable=True),
            profiling(d, ["members", "patients"]),
        ),
        [],
    ),
    ("DSC-009", "profiling adults", profiling, []),
    (
        "DSC-009",
        "profiling vulnerable people",
        lambda d: (
            add_group(d, "patients", vulnerable=True),
            profiling(d, ["members", "patients"]),
        ),
        ["purposes[0].profiling"],
    ),
    (
        "DSC-009",
        "profiling children",
        lambda d: (add_group(d, "kids", kind="child"), profiling(d, ["kids"])),
        ["purposes[0].profiling"],
    ),
    (
        "DSC-009",
        "profiling employees",
        lambda d: (add_group(d, "staff", kind="employee"), profiling(d, ["staff"])),
        ["purposes[0].profiling"],
    ),
    (
        "DSC-008",
        "profiling employees",
        lambda d: (add_group(d, "staff", kind="employee"), profiling(d, ["staff"])),
        [],
    ),
    (
        "DSC-009",
        "purpose names no group; a vulnerable group exists",
        lambda d: (add_group(d, "patients", vulnerable=True), profiling(d, [])),
        ["purposes[0].profiling"],
    ),
    (
        "DSC-009",
        "vulnerable group the purpose does not concern",
        lambda d: (add_group(d, "patients", vulnerable=True), profiling(d, ["members"])),
        [],
    ),
    (
        "DSC-009",
        "Art. 22 engaged",
        lambda d: (add_group(d, "kids", kind="child"), profiling(d, ["kids"], art22=True)),
        [],
    ),
    # DSC-010: group without a number of people
    (
        "DSC-010",
        "count missing",
        lambda d: d["description"]["data_subjects"][0].pop("approximate_count"),
        ["description.data_subjects[0].approximate_count"],
    ),
    (
        "DSC-010",
        "count zero is a count",
        lambda d: d["description"]["data_subjects"][0].update(approximate_count=0),
        [],
    ),
    # DSC-011: items citing no source, once per section
    (
        "DSC-011",
        "two unsourced categories",
        lambda d: (
            add_category(d, id="a", sources=[]),
            add_category(d, id="b", sources=[]),
        ),
        [f"{CAT1}.sources"],
    ),
    (
        "DSC-011",
        "unsourced group and recipient",
        lambda d: (
            d["description"]["data_subjects"][0].update(sources=[]),
            add_recipient(d, "host", "processor", True)["description"]["recipients"][0].update(
                sources=[]
            ),
        ),
        ["description.data_subjects[0].sources", "description.recipients[0].sources"],
    ),
    # DSC-012: a document the analyst could not read
    (
        "DSC-012",
        "unread, not cited",
        lambda d: d["metadata"]["documents"].append(
            {"id": "general", "title": "General policy", "available": False}
        ),
        ["metadata.documents[1]"],
    ),
    (
        "DSC-012",
        "unread and cited",
        lambda d: d["metadata"]["documents"][0].update(available=False),
        ["metadata.documents[0]"],
    ),
    (
        "DSC-012",
        "read",
        lambda d: d["metadata"]["documents"].append({"id": "general", "title": "General policy"}),
        [],
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "change", "expected"),
    [(rule_id, change, expected) for rule_id, _, change, expected in CASES],
    ids=[f"{rule_id}-{name}" for rule_id, name, _, _ in CASES],
)
def test_rule_fires_on_its_gap_only(minimal, rule_id, change, expected):
    data = described(minimal)
    change(data)
    assert sorted(paths(rule_id, data)) == expected


def test_a_count_of_unsourced_items_is_given_once_per_section(minimal):
    data = described(minimal)
    add_category(data, id="a", sources=[])
    add_category(data, id="b", sources=[])
    [(path, params)] = found("DSC-011", data)
    assert params == {"section": "data_categories", "count": 2, "total": 3, "first": "a"}


def test_an_unread_document_counts_the_facts_that_cite_it(minimal):
    data = described(minimal)
    data["metadata"]["documents"][0]["available"] = False
    [(_, params)] = found("DSC-012", data)
    # contact category, members group and the form source cite `notice`
    assert params == {"document": "notice", "citations": 3}


def test_a_missing_contract_is_told_apart_from_an_absent_one(minimal):
    data = add_recipient(described(minimal), "host", "processor", None)
    add_recipient(data, "other", "processor", False)
    assert [p["contract"] for _, p in found("DSC-006", data)] == ["not_recorded", "absent"]


def test_the_vulnerable_groups_are_named(minimal):
    data = add_group(described(minimal), "kids", kind="child")
    add_group(data, "patients", vulnerable=True)
    profiling(data, ["members", "kids", "patients"])
    [(_, params)] = found("DSC-009", data)
    assert params["vulnerable"] == ["kids", "patients"]


# --- Maxiresponse ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> set[tuple[str, str]]:
    a = pia.load(MAXIRESPONSE)
    return {(f.id, f.path) for rule_id in RULE_IDS for f in findings_of(rule_id, a, KB)}


def test_maxiresponse_unnamed_data_supplier_and_processor_contracts(maxiresponse):
    assert ("DSC-005", "description.data_sources[2].provider") in maxiresponse
    contracts = {path for rule_id, path in maxiresponse if rule_id == "DSC-006"}
    assert contracts == {f"description.recipients[{i}].processor_contract" for i in range(3)}


def test_maxiresponse_profiling_is_flagged_for_art22_reasoning_not_as_vulnerable(maxiresponse):
    assert ("DSC-008", "purposes[3].profiling") in maxiresponse
    assert not any(rule_id == "DSC-009" for rule_id, _ in maxiresponse)


def test_maxiresponse_counts_missing_and_identity_copies_serve_no_purpose(maxiresponse):
    counts = {path for rule_id, path in maxiresponse if rule_id == "DSC-010"}
    assert len(counts) == 5
    assert ("DSC-003", "description.data_categories[8]") in maxiresponse


def test_maxiresponse_sensitivities_follow_the_knowledge_base_and_facts_are_sourced(maxiresponse):
    assert not any(rule_id in {"DSC-001", "DSC-002", "DSC-011"} for rule_id, _ in maxiresponse)


def test_no_source_at_all_is_one_finding_that_counts_the_categories(minimal):
    data = described(minimal)
    data["description"]["data_sources"] = []
    assert found("DSC-004", data) == [
        ("description.data_sources", {"category": None, "categories": 1})
    ]
