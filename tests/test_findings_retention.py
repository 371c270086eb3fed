"""Findings on retention (RET-*): each rule fires on its gap and only there."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
import pia.findings.retention  # noqa: F401  (registers the RET rules)
import pia.findings.retention_archive  # noqa: F401  (registers the archive's RET rules)
from pia.findings import RULES, findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.words import LANGUAGES, speaker

KB = load_knowledge()
RULE_IDS = [f"RET-{n:03d}" for n in range(1, 18)]
RULES_PATH = "description.retention_rules"
FIRST = f"{RULES_PATH}[0]"
Data = dict[str, Any]
GDPR = {"en": "GDPR Art. 5(1)(e)", "nl": "art. 5.1.e)", "fr": "art. 5(1)(e)"}

RECORDED = {
    "period": "3 years",
    "trigger": "end of the membership contract",
    "justification": "Members may rejoin within three years; older data is no longer needed.",
    "deletion": "erasure",
    "sources": ["notice §2"],
}
EVERY_GROUP = ["customers", "consent_only", "rights_requesters", "consent_records"]


def keeping(data: Data, *rules: Data) -> Data:
    """`minimal` with these retention rules, each fully recorded unless it says otherwise."""
    data["description"]["retention_rules"] = [
        {
            k: v
            for k, v in {"id": f"rule_{i}", "purposes": ["newsletter"], **RECORDED, **r}.items()
            if v is not None
        }
        for i, r in enumerate(rules)
    ]
    return data


def complete(data: Data) -> Data:
    """`minimal` with one short, recorded rule per expected group: no RET rule fires."""
    periods = {"rights_requesters": "1 month", "consent_records": "5 years"}
    triggers = {
        "consent_only": "withdrawal of consent",
        "consent_records": "end of consent",
        "rights_requesters": "receipt of the request",
    }
    rules = [
        {
            "applies_to": [g],
            "period": periods.get(g, "3 years"),
            "trigger": triggers.get(g, RECORDED["trigger"]),
        }
        for g in EVERY_GROUP
    ]
    return keeping(data, *rules)


def found(rule_id: str, data: Data) -> list[tuple[str, dict[str, Any]]]:
    a = Assessment.model_validate(data)
    return [(f.path, f.params) for f in findings_of(rule_id, a, KB)]


def paths(rule_id: str, data: Data) -> list[str]:
    return [path for path, _ in found(rule_id, data)]


def with_id_documents(data: Data) -> Data:
    data["rights"] = {"identity_verification": {"documents": ["copy of the identity card"]}}
    return data


def rule_for(data: Data, group: str) -> Data:
    """The rule of `complete` covering `group`, to change in a test."""
    rules = data["description"]["retention_rules"]
    return next(r for r in rules if r["applies_to"] == [group])


def test_rules_are_registered_with_reference_and_remedy_in_every_language():
    assert sorted(r for r in RULES if r.startswith("RET-")) == RULE_IDS
    for lang in LANGUAGES:
        for rule_id in RULE_IDS:
            assert all(speaker(lang).has(rule_id, part) for part in ("remedy", "reference"))
        assert speaker(lang).part("RET-001", "reference").startswith(GDPR[lang])


def test_every_retention_entry_of_the_knowledge_base_has_its_source_in_every_language():
    entries = [*KB.retention.references, *KB.retention.archives]
    for lang in LANGUAGES:
        said = speaker(lang)
        assert [e.id for e in entries if not said.has("retention_source", e.id)] == []
        assert [
            e.id for e in entries if e.why_minimum and not said.has("retention_why_minimum", e.id)
        ] == []
        assert [
            e.id for e in KB.retention.references if not said.has("retention_starts", e.id)
        ] == []


def test_the_english_sources_are_the_knowledge_base_text():
    en = speaker("en")
    for e in [*KB.retention.references, *KB.retention.archives]:
        assert en.label("retention_source", e.id) == e.source
        if e.why_minimum:
            assert en.label("retention_why_minimum", e.id) == e.why_minimum
    for e in KB.retention.references:
        assert en.label("retention_starts", e.id) == e.starts


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_a_complete_retention_schedule_has_no_retention_finding(minimal, rule_id):
    assert found(rule_id, with_id_documents(complete(minimal))) == []


# --- RET-001: a group with no rule ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("drop", "group"),
    [("customers", "customers"), ("consent_only", "consent_only")],
)
def test_ret001_fires_for_an_expected_group_no_rule_covers(minimal, drop, group):
    data = complete(minimal)
    data["description"]["retention_rules"].remove(rule_for(data, drop))
    [(path, params)] = found("RET-001", data)
    assert (path, params["group"]) == (RULES_PATH, group)
    assert params["ids"] == (["members"] if group == "customers" else ["newsletter"])
    assert params["documents"] is None


def test_ret001_lists_every_uncovered_group_of_an_assessment_without_rules(minimal):
    groups = [params["group"] for _, params in found("RET-001", minimal)]
    assert groups == ["customers", "consent_only", "rights_requesters"]


def test_ret001_expects_prospects_and_objectors_from_the_facts(minimal):
    minimal["description"]["data_subjects"].append(
        {"id": "leads", "name": "Leads", "kind": "prospect"}
    )
    minimal["purposes"][0]["direct_marketing"] = True
    groups = {params["group"] for _, params in found("RET-001", complete(minimal))}
    assert groups == {"prospects", "objected"}


def test_ret001_leaves_identity_documents_and_consent_records_to_their_own_rules(minimal):
    groups = {params["group"] for _, params in found("RET-001", with_id_documents(minimal))}
    assert groups == {"customers", "consent_only"}


# --- RET-002: a rule with no period ---------------------------------------------------------------


def test_ret002_fires_on_a_rule_without_period_and_names_what_else_is_missing(minimal):
    data = keeping(
        minimal, {"applies_to": ["customers"], "period": None, "trigger": None, "deletion": None}
    )
    [(path, params)] = found("RET-002", data)
    assert path == FIRST
    assert params["missing"] == ["trigger", "deletion"]
    assert params["groups"] == ["customers"]


@pytest.mark.parametrize(
    ("groups", "id_documents", "fires"),
    [
        (["customers"], False, True),
        (["consent_records"], False, False),
        (["rights_requesters"], False, True),
        (["rights_requesters"], True, False),
        (["customers", "consent_records"], False, True),
    ],
)
def test_ret002_leaves_consent_records_and_identity_documents_to_their_rules(
    minimal, groups, id_documents, fires
):
    data = keeping(minimal, {"applies_to": groups, "period": None})
    if id_documents:
        with_id_documents(data)
    assert (paths("RET-002", data) == [FIRST]) is fires


# --- RET-003: a start event that cannot happen ----------------------------------------------------


@pytest.mark.parametrize(
    ("group", "trigger", "fires"),
    [
        ("prospects", "end of the contract", True),
        ("consent_only", "ontbinding van de overeenkomst", True),
        ("prospects", "last click on a link in an e-mail", False),
        ("customers", "end of the contract", False),
    ],
)
def test_ret003_fires_when_a_contract_start_covers_people_without_a_contract(
    minimal, group, trigger, fires
):
    data = keeping(minimal, {"applies_to": [group], "trigger": trigger})
    assert (paths("RET-003", data) == [FIRST]) is fires


def test_ret003_names_only_the_groups_without_a_contract(minimal):
    data = keeping(
        minimal,
        {"applies_to": ["customers", "prospects"], "trigger": "Termination of the contract"},
    )
    [(_, params)] = found("RET-003", data)
    assert params["groups"] == ["prospects"]
    assert params["words"] == ["termination", "contract"]


# --- RET-004: longer than the reference -----------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "period", "fires"),
    [
        ("customers", "3 years", False),
        ("customers", "37 months", True),
        ("customers", "10 years", True),
        ("consent_records", "5 years", False),
        ("consent_records", "6 years", True),
        ("rights_requesters", "1 year", True),
        ("objected", "10 years", False),  # a minimum: longer is what it asks for
        ("objected", "1 year", False),  # shorter than a minimum is RET-015's
    ],
)
def test_ret004_fires_when_the_period_exceeds_the_reference(minimal, group, period, fires):
    assert (
        paths("RET-004", keeping(minimal, {"applies_to": [group], "period": period})) == [FIRST]
    ) is fires


def test_ret004_cites_the_reference_and_says_it_is_indicative(minimal):
    a = Assessment.model_validate(
        keeping(minimal, {"applies_to": ["customers"], "period": "6 years"})
    )
    [finding] = findings_of("RET-004", a, KB)
    assert finding.params == {
        "rule": "rule_0",
        "group": "customers",
        "period": "6 years",
        "reference_period": "3 years",
        "percent": "+100",
        "reference": "RET-CUSTOMERS",
        "verified": True,
        "justified": True,
    }


def test_ret004_leaves_identity_documents_to_ret008(minimal):
    data = with_id_documents(
        keeping(minimal, {"applies_to": ["rights_requesters"], "period": "1 year"})
    )
    assert paths("RET-004", data) == []
    assert paths("RET-008", data) == [FIRST]


# --- RET-015: shorter than a minimum reference ----------------------------------------------------


@pytest.mark.parametrize(
    ("group", "period", "fires"),
    [
        ("objected", "1 year", True),
        ("objected", "35 months", True),
        ("objected", "3 years", False),
        ("objected", "5 years", False),
        ("customers", "1 year", False),  # a maximum: shorter is within it
        ("consent_records", "1 month", False),
    ],
)
def test_ret015_fires_when_the_period_is_shorter_than_a_minimum(minimal, group, period, fires):
    data = keeping(minimal, {"applies_to": [group], "period": period})
    assert (paths("RET-015", data) == [FIRST]) is fires


def test_ret015_says_the_reference_is_a_minimum_and_why(minimal):
    a = Assessment.model_validate(
        keeping(minimal, {"applies_to": ["customers", "objected"], "period": "1 year"})
    )
    [finding] = findings_of("RET-015", a, KB)
    assert finding.params["group"] == "objected"
    assert (finding.params["percent"], finding.params["reference_period"]) == ("-67", "3 years")
    assert finding.params["reference"] == "RET-OBJECTED"
    assert finding.params["verified"] is False


# --- RET-005, RET-006, RET-010: parts of a rule with a period -------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "change"),
    [
        ("RET-005", {"justification": None}),
        ("RET-006", {"deletion": "unknown"}),
        ("RET-010", {"trigger": None}),
    ],
)
def test_a_part_missing_from_a_rule_with_a_period_is_reported(minimal, rule_id, change):
    recorded = keeping(minimal, {"applies_to": ["customers"]})
    assert paths(rule_id, recorded) == []
    lacking = keeping(minimal, {"applies_to": ["customers"], **change})
    assert paths(rule_id, lacking) == [FIRST]


@pytest.mark.parametrize("rule_id", ["RET-005", "RET-006", "RET-010"])
def test_parts_of_a_rule_with_no_period_are_left_to_the_no_period_finding(minimal, rule_id):
    data = keeping(
        minimal,
        {
            "applies_to": ["customers"],
            "period": None,
            "trigger": None,
            "justification": None,
            "deletion": None,
        },
    )
    assert paths(rule_id, data) == []
    assert paths("RET-002", data) == [FIRST]


# --- RET-007: one blanket period ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("purposes", "applies_to", "fires"),
    [
        (["newsletter", "survey"], ["customers"], True),
        (["newsletter"], ["customers"], False),
        (["newsletter"], EVERY_GROUP, True),
        (["newsletter"], ["customers", "consent_only"], False),
    ],
)
def test_ret007_fires_on_one_period_for_all_purposes_or_groups(
    minimal, purposes, applies_to, fires
):
    minimal["purposes"].append(
        {"id": "survey", "name": "Member survey", "legal_bases": [{"basis": "consent"}]}
    )
    data = keeping(minimal, {"applies_to": applies_to, "purposes": purposes})
    assert (paths("RET-007", data) == [FIRST]) is fires


def test_ret007_says_what_the_blanket_period_covers(minimal):
    minimal["purposes"].append(
        {"id": "survey", "name": "Member survey", "legal_bases": [{"basis": "consent"}]}
    )
    by_purpose = keeping(
        minimal, {"applies_to": ["customers"], "purposes": ["newsletter", "survey"]}
    )
    [(_, params)] = found("RET-007", by_purpose)
    assert params == {
        "rule": "rule_0",
        "period": "3 years",
        "covers": "purposes",
        "count": 2,
        "ids": ["newsletter", "survey"],
    }
    by_group = keeping(minimal, {"applies_to": EVERY_GROUP})
    [(_, params)] = found("RET-007", by_group)
    assert (params["covers"], params["count"], params["ids"]) == ("groups", 4, [])


def test_ret007_stays_quiet_without_a_period(minimal):
    data = keeping(minimal, {"applies_to": EVERY_GROUP, "period": None})
    assert paths("RET-007", data) == []


# --- RET-008: identity documents ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ([], [RULES_PATH]),
        ([{"applies_to": ["rights_requesters"], "period": None}], [FIRST]),
        ([{"applies_to": ["rights_requesters"], "period": "6 months"}], [FIRST]),
        ([{"applies_to": ["rights_requesters"], "period": "1 month"}], []),
        ([{"applies_to": ["rights_requesters"], "period": "14 days"}], []),
    ],
)
def test_ret008_wants_a_short_period_for_identity_documents(minimal, rules, expected):
    assert paths("RET-008", with_id_documents(keeping(minimal, *rules))) == expected


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ([], {"rule": None, "period": None, "percent": None, "missing": None}),
        (
            [{"applies_to": ["rights_requesters"], "period": None, "deletion": None}],
            {"rule": "rule_0", "period": None, "percent": None, "missing": ["deletion"]},
        ),
        (
            [{"applies_to": ["rights_requesters"], "period": "6 months"}],
            {"rule": "rule_0", "period": "6 months", "percent": "+500", "missing": None},
        ),
    ],
)
def test_ret008_says_which_case_it_is(minimal, rules, expected):
    [(_, params)] = found("RET-008", with_id_documents(keeping(minimal, *rules)))
    assert {k: params[k] for k in expected} == expected


def test_ret008_stays_quiet_when_no_identity_documents_are_asked(minimal):
    data = keeping(minimal, {"applies_to": ["rights_requesters"], "period": None})
    assert paths("RET-008", data) == []
    assert paths("RET-002", data) == [FIRST]


def test_ret008_counts_an_identity_document_category_kept_for_requesters(minimal):
    minimal["description"]["data_categories"].append(
        {
            "id": "id_copy",
            "name": "Copy of identity card",
            "kind": "government_id",
            "sensitivity": "highly_personal",
            "declared_to_data_subjects": True,
        }
    )
    data = keeping(
        minimal,
        {
            "applies_to": ["rights_requesters"],
            "data_categories": ["id_copy"],
            "purposes": [],
            "period": "1 year",
        },
    )
    assert paths("RET-008", data) == [FIRST]


# --- RET-009: consent records ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ([], [RULES_PATH]),
        ([{"applies_to": ["consent_records"], "period": None}], [FIRST]),
        ([{"applies_to": ["consent_records"]}], []),
    ],
)
def test_ret009_wants_a_period_for_consent_records(minimal, rules, expected):
    assert paths("RET-009", keeping(minimal, *rules)) == expected


def test_ret009_stays_quiet_when_no_purpose_relies_on_consent(minimal):
    minimal["purposes"][0]["legal_bases"] = [{"basis": "contract"}]
    assert paths("RET-009", minimal) == []


# --- RET-011 to RET-014: the archive after active use ---------------------------------------------

ARCHIVE = {"period": "7 years", "ground": "legal_obligation", "access_restricted": True}


def archived(data: Data, archive: Data | None, deletion: str = "archive_then_erasure") -> Data:
    """`complete` with the customers' rule archived after active use."""
    rule = rule_for(complete(data), "customers")
    rule["deletion"] = deletion
    if archive is not None:
        rule["archive"] = {k: v for k, v in archive.items() if v is not None}
    return data


@pytest.mark.parametrize(
    ("rule_id", "archive", "deletion", "expected"),
    [
        ("RET-011", None, "archive_then_erasure", [f"{FIRST}.archive"]),
        (
            "RET-011",
            {**ARCHIVE, "period": None},
            "archive_then_erasure",
            [f"{FIRST}.archive.period"],
        ),
        ("RET-011", ARCHIVE, "archive_then_erasure", []),
        (
            "RET-012",
            {**ARCHIVE, "ground": None},
            "archive_then_erasure",
            [f"{FIRST}.archive.ground"],
        ),
        (
            "RET-012",
            {**ARCHIVE, "ground": "other"},
            "archive_then_erasure",
            [f"{FIRST}.archive.ground"],
        ),
        ("RET-012", {**ARCHIVE, "ground": "legal_claims"}, "archive_then_erasure", []),
        ("RET-012", None, "archive_then_erasure", []),  # RET-011 reports the missing archive
        (
            "RET-013",
            {**ARCHIVE, "access_restricted": None},
            "archive_then_erasure",
            [f"{FIRST}.archive.access_restricted"],
        ),
        (
            "RET-013",
            {**ARCHIVE, "access_restricted": False},
            "archive_then_erasure",
            [f"{FIRST}.archive.access_restricted"],
        ),
        ("RET-013", ARCHIVE, "archive_then_erasure", []),
        ("RET-014", ARCHIVE, "erasure", [f"{FIRST}.deletion"]),
        ("RET-014", ARCHIVE, "anonymisation", [f"{FIRST}.deletion"]),
        ("RET-014", ARCHIVE, "archive_then_erasure", []),
        ("RET-014", None, "erasure", []),
    ],
)
def test_the_archive_after_active_use(minimal, rule_id, archive, deletion, expected):
    assert paths(rule_id, archived(minimal, archive, deletion)) == expected


def test_an_archive_rule_says_the_active_period(minimal):
    a = Assessment.model_validate(archived(minimal, None))
    (finding,) = findings_of("RET-011", a, KB)
    assert finding.params == {
        "rule": "rule_0",
        "groups": ["customers"],
        "recorded": False,
        "active": "3 years",
    }


# --- RET-016, RET-017: an archive kept for a legal obligation against the law ---------------------

INVOICES = {
    "id": "invoices",
    "name": "Invoices and payments",
    "kind": "purchase_history",
    "sensitivity": "standard",
    "declared_to_data_subjects": True,
}


def invoicing(
    data: Data,
    period: str,
    ground: str = "legal_obligation",
    categories: tuple[str, ...] = ("contact", "invoices"),
    justification: str | None = None,
    jurisdiction: str | None = "BE",
) -> Data:
    """`complete` with the customers' rule keeping invoices, archived `period` on `ground`, under
    the Belgian DPA unless `jurisdiction` says otherwise (the legal periods are Belgian law)."""
    data["metadata"]["jurisdiction"] = jurisdiction
    data["description"]["data_categories"].append(dict(INVOICES))
    archived(data, {**ARCHIVE, "period": period, "ground": ground})
    rule = rule_for(data, "customers")
    rule["data_categories"] = list(categories)
    if justification is None:
        rule.pop("justification")
    else:
        rule["justification"] = justification
    return data


PERIOD_PATH = f"{FIRST}.archive.period"
LONGER_BECAUSE = "Invoices are also evidence in disputes that may be brought up to 12 years."


@pytest.mark.parametrize(
    ("rule_id", "change", "expected"),
    [
        # legal periods for invoices: 7 years (accounting), 10 years (tax, the longest)
        ("RET-016", {"period": "12 years"}, [PERIOD_PATH]),
        ("RET-016", {"period": "10 years"}, []),
        ("RET-016", {"period": "12 years", "justification": LONGER_BECAUSE}, []),
        ("RET-016", {"period": "12 years", "ground": "legal_claims"}, []),
        ("RET-016", {"period": "12 years", "categories": ("contact",)}, []),
        ("RET-017", {"period": "5 years"}, [PERIOD_PATH]),
        ("RET-017", {"period": "8 years"}, [PERIOD_PATH]),  # short of the 10-year tax duty
        ("RET-017", {"period": "10 years"}, []),
        ("RET-017", {"period": "12 years"}, []),
        ("RET-017", {"period": "5 years", "ground": "legal_claims"}, []),
        ("RET-017", {"period": "5 years", "categories": ("contact",)}, []),
    ],
)
def test_an_archive_for_a_legal_obligation_is_compared_with_the_law(
    minimal, rule_id, change, expected
):
    assert paths(rule_id, invoicing(minimal, **change)) == expected


@pytest.mark.parametrize("rule_id", ["RET-016", "RET-017"])
@pytest.mark.parametrize(
    ("jurisdiction", "fires"),
    [("BE", True), (None, False), ("NL", False), ("FR", False)],
)
def test_the_legal_archive_periods_apply_only_under_their_country(
    minimal, rule_id, jurisdiction, fires
):
    period = "12 years" if rule_id == "RET-016" else "5 years"
    data = invoicing(minimal, period, jurisdiction=jurisdiction)
    assert paths(rule_id, data) == ([PERIOD_PATH] if fires else [])


def test_ret016_cites_the_legal_provision_and_every_period_that_applies(minimal):
    a = Assessment.model_validate(invoicing(minimal, "12 years"))
    [finding] = findings_of("RET-016", a, KB)
    assert finding.params["legal"] == "ARC-BE-TAX-RECORDS"
    assert finding.params["legal_verified"] is False
    assert finding.params["entries"] == ["ARC-BE-ACCOUNTING", "ARC-BE-TAX-RECORDS"]
    assert (finding.params["percent"], finding.params["legal_period"]) == ("+20", "10 years")
    assert finding.params["assumed"] is None


@pytest.mark.parametrize(
    ("lang", "law"),
    [
        ("en", "Belgian Income Tax Code 1992 (CIR 92 / WIB 92), art. 315"),
        ("nl", "Wetboek van de inkomstenbelastingen 1992 (WIB 92), art. 315, derde lid"),
        ("fr", "Code des impôts sur les revenus 1992 (CIR 92), art. 315, alinéa 3"),
    ],
)
def test_the_law_an_archive_finding_cites_is_named_in_the_reports_language(minimal, lang, law):
    a = Assessment.model_validate(invoicing(minimal, "12 years"))
    [finding] = findings_of("RET-016", a, KB)
    reference = speaker(lang).finding(finding).reference
    assert reference.startswith(GDPR[lang])
    assert f"ARC-BE-TAX-RECORDS{' :' if lang == 'fr' else ':'} {law}" in reference


def test_ret017_says_a_legal_period_is_a_minimum(minimal):
    a = Assessment.model_validate(invoicing(minimal, "5 years"))
    [finding] = findings_of("RET-017", a, KB)
    assert finding.params["legal"] == "ARC-BE-TAX-RECORDS"
    assert (finding.params["percent"], finding.params["legal_period"]) == ("-50", "10 years")
    assert finding.params["archive_period"] == "5 years"


def test_an_archive_rule_listing_no_categories_is_compared_with_assumed_ones(minimal):
    data = invoicing(minimal, "12 years", categories=())
    data["purposes"][0]["data_categories"].append("invoices")
    a = Assessment.model_validate(data)
    [finding] = findings_of("RET-016", a, KB)
    assert finding.params["assumed"] == "purposes"


# --- Maxiresponse ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> dict[str, list[str]]:
    a = pia.load(MAXIRESPONSE)
    return {rule_id: [f.path for f in findings_of(rule_id, a, KB)] for rule_id in RULE_IDS}


def test_maxiresponse_retention_findings(maxiresponse):
    rules = [f"{RULES_PATH}[{i}]" for i in range(6)]
    assert maxiresponse == {
        "RET-001": [],
        "RET-002": rules[1:4],  # prospects, consent only, objected: no period
        "RET-003": [],
        "RET-004": [],
        "RET-005": [rules[0]],  # customers: 3 years, no justification
        "RET-006": [],
        "RET-007": [rules[0]],  # customers: one period for all four purposes
        "RET-008": [rules[4]],  # identity documents with no period
        "RET-009": [rules[5]],  # consent records with no period
        "RET-010": [],
        # §7: kept 3 years after the end of the contract, then erased; no archive is recorded.
        "RET-011": [],
        "RET-012": [],
        "RET-013": [],
        "RET-014": [],
        "RET-015": [],  # the objected rule has no period (RET-002)
        "RET-016": [],
        "RET-017": [],
    }
