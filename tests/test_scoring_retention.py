"""Retention scoring: each rule and each uncovered group, rated from factors the analyst sees."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.knowledge import load_knowledge
from pia.model import Assessment, RetentionGroup
from pia.risk import scale_for
from pia.scoring import ScoredItem
from pia.scoring.retention import score_retention
from pia.scoring.retention_groups import contract_words, expected_groups
from pia.words import speaker

KB = load_knowledge()
CNIL = scale_for("cnil")
Data = dict[str, Any]

RECORDED_RULE: Data = {
    "id": "keep_members",
    "applies_to": ["customers"],
    "data_categories": ["contact"],
    "purposes": ["newsletter"],
    "period": "3 years",
    "trigger": "end of the membership contract",
    "justification": "Members may rejoin within three years; older data is no longer needed.",
    "deletion": "erasure",
    "sources": ["notice §2"],
}


def with_rule(data: Data, **fields: Any) -> Data:
    """`minimal` with one fully recorded retention rule, changed by `fields` (None removes)."""
    rule = {**RECORDED_RULE, **fields}
    data["description"]["retention_rules"] = [{k: v for k, v in rule.items() if v is not None}]
    return data


def add_category(data: Data, **fields: Any) -> Data:
    category = {
        "id": "extra",
        "name": "Extra data",
        "kind": "contact",
        "sensitivity": "standard",
        "declared_to_data_subjects": True,
    }
    category.update(fields)
    data["description"]["data_categories"].append(category)
    data["purposes"][0]["data_categories"].append(category["id"])
    return data


def items(data: Data, method: str = "cnil") -> dict[str, ScoredItem]:
    a = Assessment.model_validate(data)
    return {item.id: item for item in score_retention(a, KB, scale_for(method))}


def rule_item(data: Data) -> ScoredItem:
    return items(data)["keep_members"]


def factor_points(item: ScoredItem) -> dict[str, int]:
    return {f.code: f.points for f in item.factors}


def check_of(item: ScoredItem, key: str):
    return next(c for c in item.checks if c.key == key)


# --- a fully recorded rule ------------------------------------------------------------------------


def test_a_recorded_justified_rule_within_the_reference_is_low(minimal):
    item = rule_item(with_rule(minimal))
    assert item.kind == "retention"
    assert item.path == "description.retention_rules[0]"
    assert factor_points(item) == {"deletion_recorded": -1}
    levels = (item.severity.key, item.likelihood.key, item.level)
    assert levels == ("negligible", "negligible", "low")
    assert {c.key: c.status for c in item.checks} == {
        "period": "recorded",
        "trigger": "recorded",
        "justification": "recorded",
        "deletion": "recorded",
        "trigger_fits": "recorded",
        "reference": "recorded",
        "per_purpose": "recorded",
        "archive": "not_applicable",
        "categories": "recorded",
    }


# --- likelihood: what the rule leaves out ---------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "factor", "points", "path"),
    [
        ({"period": None}, "no_period", 2, "description.retention_rules[0].period"),
        ({"trigger": None}, "no_trigger", 1, "description.retention_rules[0].trigger"),
        (
            {"justification": None},
            "no_justification",
            1,
            "description.retention_rules[0].justification",
        ),
        (
            {"deletion": "unknown"},
            "no_deletion",
            1,
            "description.retention_rules[0].deletion",
        ),
    ],
)
def test_each_missing_part_raises_likelihood_and_drops_the_safeguard(
    minimal, change, factor, points, path
):
    item = rule_item(with_rule(minimal, **change))
    found = {f.code: f for f in item.factors}
    assert found[factor].points == points
    assert found[factor].path == path
    assert "deletion_recorded" not in found
    assert check_of(item, path.rsplit(".", 1)[1]).status == "missing"


def test_an_empty_rule_reaches_maximum_likelihood(minimal):
    item = rule_item(
        with_rule(minimal, period=None, trigger=None, justification=None, deletion=None)
    )
    assert item.likelihood.key == "maximum"
    assert sum(f.points for f in item.likelihood.factors) == 5


ARCHIVE = {"period": "7 years", "ground": "legal_obligation", "access_restricted": True}


@pytest.mark.parametrize(
    ("deletion", "archive"),
    [("erasure", None), ("anonymisation", None), ("archive_then_erasure", ARCHIVE)],
)
def test_any_known_deletion_counts_as_the_safeguard(minimal, deletion, archive):
    item = rule_item(with_rule(minimal, deletion=deletion, archive=archive))
    assert factor_points(item)["deletion_recorded"] == -1


# --- the archive after active use -----------------------------------------------------------------

R0 = "description.retention_rules[0]"


@pytest.mark.parametrize(
    ("archive", "path", "status"),
    [
        (None, f"{R0}.archive", "missing"),
        ({**ARCHIVE, "period": None}, f"{R0}.archive.period", "missing"),
        ({**ARCHIVE, "ground": "unknown"}, f"{R0}.archive.ground", "missing"),
        ({**ARCHIVE, "ground": "other"}, f"{R0}.archive.ground", "failed"),
        ({**ARCHIVE, "access_restricted": None}, f"{R0}.archive.access_restricted", "missing"),
        ({**ARCHIVE, "access_restricted": False}, f"{R0}.archive.access_restricted", "failed"),
    ],
)
def test_an_archive_not_shown_raises_likelihood_and_drops_the_safeguard(
    minimal, archive, path, status
):
    if archive is not None:
        archive = {k: v for k, v in archive.items() if v is not None}
    item = rule_item(with_rule(minimal, deletion="archive_then_erasure", archive=archive))
    found = {f.code: f for f in item.factors}
    assert found["archive_not_shown"].points == 1
    assert found["archive_not_shown"].path == path
    assert "deletion_recorded" not in found
    assert check_of(item, "archive").status == status


def test_a_complete_archive_is_recorded_in_the_checklist(minimal):
    item = rule_item(with_rule(minimal, deletion="archive_then_erasure", archive=ARCHIVE))
    check = check_of(item, "archive")
    assert check.status == "recorded"
    assert check.params | {"gaps": None} == {
        "state": "archived",
        "deletion": "archive_then_erasure",
        "period": "7 years",
        "ground": "legal_obligation",
        "access": True,
        "gaps": None,
    }
    said = speaker("en").check(check).detail
    assert said == "7 years, a legal obligation to keep them, access restricted."
    assert "archive_not_shown" not in factor_points(item)


def test_an_archive_is_not_compared_with_the_active_reference_period(minimal):
    # 3 years of active use (= the customers' reference) and 10 years of archive: not "longer".
    archive = {**ARCHIVE, "period": "10 years", "ground": "legal_claims"}
    item = rule_item(with_rule(minimal, deletion="archive_then_erasure", archive=archive))
    assert "longer_than_reference" not in factor_points(item)


def test_an_archive_with_erasure_at_the_end_is_a_failed_check(minimal):
    item = rule_item(with_rule(minimal, deletion="erasure", archive=ARCHIVE))
    assert check_of(item, "archive").status == "failed"


# --- the start event ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "trigger", "cannot_occur"),
    [
        ("prospects", "end of the contract", True),
        ("prospects", "einde van de overeenkomst", True),
        ("consent_only", "Termination of the services", True),
        ("consent_only", "ontbinding van de overeenkomst", True),
        ("prospects", "end of the customer relationship", True),
        ("prospects", "last click on a link in our e-mails", False),
        ("consent_only", "withdrawal of consent", False),
        ("customers", "end of the contract", False),
        ("objected", "end of the contract", False),
    ],
)
def test_a_contract_start_cannot_occur_for_people_without_a_contract(
    minimal, group, trigger, cannot_occur
):
    item = rule_item(with_rule(minimal, applies_to=[group], trigger=trigger))
    assert ("trigger_impossible" in factor_points(item)) is cannot_occur
    assert check_of(item, "trigger_fits").status == ("failed" if cannot_occur else "recorded")


def test_contract_words_are_found_in_english_and_dutch():
    assert contract_words('termination of the contract ("ontbinding van de overeenkomst")') == [
        "termination",
        "contract",
        "ontbinding",
        "overeenkomst",
    ]
    assert contract_words("Contractual end") == ["contractual"]
    assert contract_words("collection of the data") == []
    assert contract_words(None) == []


# --- the reference period -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "points"),
    [("3 years", None), ("6 months", None), ("5 years", 1), ("6 years", 1), ("7 years", 2)],
)
def test_the_period_is_compared_with_the_reference(minimal, period, points):
    item = rule_item(with_rule(minimal, period=period))
    assert factor_points(item).get("longer_than_reference") == points
    reference = check_of(item, "reference")
    assert reference.params["outside"] == (["customers"] if points else None)
    assert reference.status == ("failed" if points else "recorded")


def test_a_longer_period_names_the_reference_source_and_loses_the_safeguard(minimal):
    item = rule_item(with_rule(minimal, period="10 years"))
    factor = next(f for f in item.factors if f.code == "longer_than_reference")
    assert factor.params["reference"] == "RET-CUSTOMERS" and "CNIL" in factor.params["source"]
    assert (factor.params["period"], factor.params["reference_period"]) == ("10 years", "3 years")
    assert factor.params["percent"] == 233
    assert "deletion_recorded" not in factor_points(item)


def test_the_worst_group_counts_when_a_rule_covers_several(minimal):
    # 2 months is within 3 years for customers but twice the 1-month rights-request reference.
    item = rule_item(
        with_rule(minimal, applies_to=["customers", "rights_requesters"], period="3 months")
    )
    assert factor_points(item)["longer_than_reference"] == 2


# --- a reference that is a minimum (people who objected: at least 3 years) ------------------------

OBJECTED = {"applies_to": ["objected"], "trigger": "the date of the objection"}


@pytest.mark.parametrize(
    ("period", "shorter"),
    [("3 years", None), ("5 years", None), ("10 years", None), ("2 years", 1), ("1 year", 2)],
)
def test_a_minimum_reference_flags_a_shorter_period_not_a_longer_one(minimal, period, shorter):
    item = rule_item(with_rule(minimal, **OBJECTED, period=period))
    points = factor_points(item)
    assert "longer_than_reference" not in points
    assert points.get("shorter_than_minimum") == shorter
    assert ("deletion_recorded" in points) is (shorter is None)
    reference = check_of(item, "reference")
    assert reference.params["outside"] == (["objected"] if shorter else None)
    assert reference.status == ("failed" if shorter else "recorded")


def test_a_shorter_period_says_what_it_defeats_and_cites_the_minimum(minimal):
    item = rule_item(with_rule(minimal, **OBJECTED, period="1 year"))
    factor = next(f for f in item.factors if f.code == "shorter_than_minimum")
    assert factor.axis == "likelihood"
    assert factor.path == "description.retention_rules[0].period"
    assert factor.params["groups"] == [RetentionGroup.objected]
    assert factor.params["reference"] == "RET-OBJECTED" and "CNIL" in factor.params["source"]
    assert (factor.params["period"], factor.params["percent"]) == ("1 year", 67)


def test_each_group_is_read_by_its_own_bound(minimal):
    # 2 years: within the customers' maximum (3 years), short of the objection minimum.
    item = rule_item(with_rule(minimal, applies_to=["customers", "objected"], period="2 years"))
    points = factor_points(item)
    assert points["shorter_than_minimum"] == 1
    assert "longer_than_reference" not in points
    # 5 years: longer than the customers' maximum, enough for the objection minimum.
    item = rule_item(with_rule(minimal, applies_to=["customers", "objected"], period="5 years"))
    points = factor_points(item)
    assert points["longer_than_reference"] == 1
    assert "shorter_than_minimum" not in points


# --- severity: what is kept -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ({"sensitivity": "standard"}, {}),
        ({"sensitivity": "highly_personal"}, {"most_sensitive_kept": 1}),
        ({"sensitivity": "special_category", "kind": "health"}, {"most_sensitive_kept": 2}),
        (
            {"sensitivity": "criminal_offence", "kind": "criminal_offences"},
            {"most_sensitive_kept": 2},
        ),
        (
            {"sensitivity": "highly_personal", "kind": "government_id"},
            {"most_sensitive_kept": 1, "id_documents_kept": 1},
        ),
        ({"inferred": True}, {"profiles_kept": 1}),
        (
            {"kind": "inferred_profile", "sensitivity": "highly_personal"},
            {"most_sensitive_kept": 1, "profiles_kept": 1},
        ),
    ],
)
def test_severity_follows_the_data_kept(minimal, category, expected):
    data = with_rule(add_category(minimal, **category), data_categories=["contact", "extra"])
    item = rule_item(data)
    assert {f.code: f.points for f in item.severity.factors} == expected
    assert item.severity.proposed == 1 + sum(expected.values())


def test_data_not_kept_by_the_rule_does_not_count(minimal):
    data = with_rule(add_category(minimal, sensitivity="special_category", kind="health"))
    assert rule_item(data).severity.factors == ()


def test_a_rule_listing_no_categories_assumes_those_of_its_purposes_and_says_so(minimal):
    data = with_rule(
        add_category(minimal, sensitivity="special_category", kind="health"), data_categories=[]
    )
    item = rule_item(data)
    factor = next(f for f in item.factors if f.code == "most_sensitive_kept")
    assert factor.points == 2 and factor.params["assumed"] == "purposes"
    assert factor.path == "description.data_categories[1]"
    assert check_of(item, "categories").status == "missing"


def test_a_rule_listing_neither_categories_nor_purposes_assumes_its_peoples_data(minimal):
    data = with_rule(
        add_category(minimal, sensitivity="highly_personal"), data_categories=[], purposes=[]
    )
    factor = next(f for f in rule_item(data).factors if f.code == "most_sensitive_kept")
    assert factor.params["assumed"] == "people"


def test_identity_proof_asked_in_rights_requests_counts_for_their_rule(minimal):
    minimal["rights"] = {"identity_verification": {"documents": ["copy of identity card"]}}
    item = rule_item(with_rule(minimal, applies_to=["rights_requesters"], period="1 month"))
    factor = next(f for f in item.factors if f.code == "id_documents_kept")
    assert factor.path == "rights.identity_verification.documents"


# --- blanket period -------------------------------------------------------------------------------


def test_one_period_for_all_purposes_is_noted_but_adds_no_points(minimal):
    minimal["purposes"].append(
        {"id": "survey", "name": "Member survey", "legal_bases": [{"basis": "consent"}]}
    )
    blanket = rule_item(with_rule(minimal, purposes=["newsletter", "survey"]))
    assert check_of(blanket, "per_purpose").status == "failed"
    assert check_of(blanket, "per_purpose").params == {"covers": "purposes", "count": 2}
    assert factor_points(blanket) == {"deletion_recorded": -1}
    assert check_of(rule_item(with_rule(minimal)), "per_purpose").status == "recorded"


# --- groups no rule covers ------------------------------------------------------------------------


def test_minimal_expects_customers_consent_groups_and_rights_requesters(minimal):
    assert set(items(minimal)) == {
        "retention-customers-uncovered",
        "retention-consent_only-uncovered",
        "retention-rights_requesters-uncovered",
        "retention-consent_records-uncovered",
    }


@pytest.mark.parametrize(
    ("change", "group", "expected"),
    [
        ({"subject_kind": "prospect"}, "prospects", True),
        ({"subject_kind": "other"}, "customers", False),
        ({"basis": "legitimate_interest"}, "objected", True),
        ({"basis": "legitimate_interest"}, "consent_only", False),
        ({"basis": "legitimate_interest"}, "consent_records", False),
        ({"basis": "contract", "direct_marketing": True}, "objected", True),
        ({"basis": "contract"}, "objected", False),
        ({"basis": "contract"}, "rights_requesters", True),
    ],
)
def test_groups_are_expected_from_the_facts(minimal, change, group, expected):
    minimal["description"]["data_subjects"][0]["kind"] = change.get("subject_kind", "customer")
    purpose = minimal["purposes"][0]
    purpose["legal_bases"] = [{"basis": change.get("basis", "consent")}]
    purpose["direct_marketing"] = change.get("direct_marketing", False)
    expected_now = expected_groups(Assessment.model_validate(minimal))
    assert (group in {g.value for g in expected_now}) is expected
    assert (f"retention-{group}-uncovered" in items(minimal)) is expected


def test_an_uncovered_group_is_high_likelihood_at_the_rules_list(minimal):
    item = items(minimal)["retention-customers-uncovered"]
    assert item.path == "description.retention_rules"
    assert factor_points(item) == {
        "no_period": 2,
        "no_trigger": 1,
        "no_justification": 1,
        "no_deletion": 1,
    }
    assert item.likelihood.key == "maximum"
    customers = RetentionGroup.customers
    assert item.factors[0].params == {"rule": None, "groups": [customers], "expected": customers}
    assert [(c.key, c.status) for c in item.checks] == [("rule", "missing")]


def test_a_covered_group_has_no_uncovered_item(minimal):
    assert "retention-customers-uncovered" not in items(with_rule(minimal))


def test_uncovered_rights_requesters_with_identity_documents_weigh_more(minimal):
    before = items(minimal)["retention-rights_requesters-uncovered"]
    minimal["rights"] = {"identity_verification": {"documents": ["copy of identity card"]}}
    after = items(minimal)["retention-rights_requesters-uncovered"]
    assert "id_documents_kept" not in factor_points(before)
    assert factor_points(after)["id_documents_kept"] == 1
    assert after.severity.proposed == before.severity.proposed + 1


# --- methods and Maxiresponse ---------------------------------------------------------------------


def test_the_ico_scale_reads_the_same_factors(minimal):
    item = items(minimal, "ico")["retention-customers-uncovered"]
    assert item.likelihood.key == "probable"
    assert item.level in {"low", "medium", "high"}


@pytest.fixture(scope="module")
def maxiresponse() -> dict[str, ScoredItem]:
    a = pia.load(MAXIRESPONSE)
    return {item.id: item for item in score_retention(a, KB, CNIL)}


def test_maxiresponse_customers_rule_is_medium_within_the_reference(maxiresponse):
    item = maxiresponse["retention_customers"]
    assert (item.severity.key, item.likelihood.key, item.level) == (
        "significant",
        "limited",
        "medium",
    )
    assert set(factor_points(item)) == {
        "most_sensitive_kept",
        "profiles_kept",
        "no_justification",
    }
    reference = check_of(item, "reference")
    assert (reference.status, reference.params["period"]) == ("recorded", "3 years")
    assert check_of(item, "per_purpose").status == "failed"


@pytest.mark.parametrize(
    "rule_id",
    [
        "retention_prospects",
        "retention_consent_only",
        "retention_objected",
        "retention_rights_requests",
        "retention_consent_records",
    ],
)
def test_maxiresponse_rules_without_period_are_high(maxiresponse, rule_id):
    item = maxiresponse[rule_id]
    assert item.level == "high"
    assert {"no_period", "no_trigger"} <= set(factor_points(item))


def test_maxiresponse_rights_requests_rule_keeps_identity_documents(maxiresponse):
    assert "id_documents_kept" in factor_points(maxiresponse["retention_rights_requests"])


def test_maxiresponse_covers_every_expected_group(maxiresponse):
    assert not [item_id for item_id in maxiresponse if item_id.endswith("-uncovered")]
