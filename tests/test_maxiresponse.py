"""The Maxiresponse assessment: the facts a reader of bpost's policy would check; a clean save."""

from __future__ import annotations

import re

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.model import (
    Assessment,
    DataProtection,
    LegalBasis,
    Record,
    RefusalGround,
    RetentionGroup,
    Sourced,
    TransferKind,
    TransferTool,
)
from pia.store import _yaml, render

POLICY_SECTION = re.compile(r"^policy §([0-9]+)$")


@pytest.fixture(scope="module")
def a() -> Assessment:
    return pia.load(MAXIRESPONSE)


def by_id(items, item_id):
    return next(item for item in items if item.id == item_id)


def sourced_items(node, path="assessment"):
    """Every Sourced item in the assessment, with its field path."""
    if isinstance(node, Sourced):
        yield path, node
    if isinstance(node, Record):
        for name in type(node).model_fields:
            yield from sourced_items(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from sourced_items(item, f"{path}[{i}]")


# --- metadata and controller ----------------------------------------------------------------------


def test_metadata(a):
    m = a.metadata
    assert m.title == "Maxiresponse profiling for personalised advertising"
    assert (m.method.value, m.status.value, m.version) == ("cnil", "draft", "0.1")
    policy = by_id(m.documents, "policy")
    assert policy.title == "Specifiek Privacybeleid – Maxiresponse"
    assert (policy.date.isoformat(), policy.language) == ("2022-11-29", "nl")
    assert m.review_date is None  # not recorded anywhere: a gap, not a guess


def test_controller(a):
    c = a.metadata.controller
    assert c.name == "bpost"
    assert c.company_number == "BE 0214.596.464"
    assert "publiek recht" in c.legal_form
    assert c.sources == ["policy §2"]


# --- description ----------------------------------------------------------------------------------


def test_only_the_section_3_list_is_declared(a):
    declared = {c.id for c in a.description.data_categories if c.declared_to_data_subjects}
    assert {"identity", "contact"} <= declared
    profiling_inputs = {
        "preferences",
        "interests",
        "behaviour",
        "public_statistics",
        "other_company_data",
        "buyer_profile",
    }
    assert profiling_inputs.isdisjoint(declared)
    assert by_id(a.description.data_categories, "buyer_profile").inferred


def test_data_from_other_companies_is_a_third_party_source(a):
    source = by_id(a.description.data_sources, "other_companies")
    assert source.kind.value == "third_party"
    assert "other_company_data" in source.data_categories
    assert source.provider is None  # the policy names no company


def test_aws_hosts_in_ireland(a):
    aws = by_id(a.description.recipients, "aws")
    assert (aws.country, aws.role.value) == ("IE", "processor")
    assert aws.parent_country == "US"
    assert "background knowledge" in aws.note  # not from the policy, and says so


@pytest.mark.parametrize("recipient", ["tcs", "infosys"])
def test_remote_access_from_india_with_unknown_tool(a, recipient):
    assert by_id(a.description.recipients, recipient).country == "IN"
    [transfer] = [t for t in a.description.transfers if t.recipient == recipient]
    assert transfer.country == "IN"
    assert transfer.kind is TransferKind.remote_access
    assert transfer.tool is TransferTool.unknown
    assert transfer.data_protection is DataProtection.unknown
    assert transfer.scc_module is None
    assert transfer.impact_assessment_done is None
    assert transfer.supplementary_measures == []
    assert "policy §6" in transfer.sources


def test_no_transfer_recorded_for_aws(a):
    assert {t.recipient for t in a.description.transfers} == {"tcs", "infosys"}


def test_retention_three_years_after_contract_for_customers_only(a):
    [rule] = [r for r in a.description.retention_rules if r.period is not None]
    assert rule.applies_to == [RetentionGroup.customers]
    assert str(rule.period) == "3 years"
    assert "contract" in rule.trigger
    assert rule.deletion.value == "erasure"
    assert rule.justification is None


def test_groups_the_policy_is_silent_on_have_unknown_retention(a):
    rules = {g: r for r in a.description.retention_rules for g in r.applies_to}
    assert set(rules) == set(RetentionGroup)
    for group in set(RetentionGroup) - {RetentionGroup.customers}:
        rule = rules[group]
        assert (rule.period, rule.trigger) == (None, None), group
        assert "silent" in rule.note, group


def test_no_art22_decision(a):
    assert a.description.automated_decisions_art22 is False


def test_numbers_of_people_are_unknown(a):
    assert all(g.approximate_count is None for g in a.description.data_subjects)


# --- purposes -------------------------------------------------------------------------------------


def test_four_purposes(a):
    ids = [p.id for p in a.purposes]
    assert ids == ["contract_services", "customer_requests", "improvement", "advertising"]


def test_contract_purpose_claims_all_four_bases(a):
    bases = {c.basis for c in by_id(a.purposes, "contract_services").legal_bases}
    assert bases == {
        LegalBasis.contract,
        LegalBasis.legitimate_interest,
        LegalBasis.legal_obligation,
        LegalBasis.public_task,
    }


def test_advertising_purpose(a):
    ads = by_id(a.purposes, "advertising")
    bases = {c.basis for c in ads.legal_bases}
    assert bases == {LegalBasis.consent, LegalBasis.legitimate_interest}
    assert ads.profiling and ads.direct_marketing
    assert ads.consent.withdrawal_called_objection is True
    assert "Jouw data, jouw keuze" in ads.consent.withdrawal_path
    assert "Aanvullend" in ads.objection.channel
    assert "Optimaal" in ads.consent.how_obtained
    assert {"other_company_data", "buyer_profile"} <= set(ads.data_categories)
    for test in ("purpose_test", "necessity_test", "balancing_test"):
        assert getattr(ads.legitimate_interest, test).outcome.value == "not_recorded"


# --- rights ---------------------------------------------------------------------------------------


def test_rights_handling(a):
    r = a.rights
    assert {c.value for c in r.channels} == {"web_form", "post"}
    assert r.identity_verification.when.value == "always"
    assert r.identity_verification.more_proof_may_be_asked
    assert "unreadable" in r.identity_verification.masking
    assert r.response_time is None


def test_refusal_grounds_are_not_those_of_art_12_5(a):
    grounds = {refusal.ground: refusal for refusal in a.rights.refusals}
    assert set(grounds) == {RefusalGround.excessive, RefusalGround.abusive}
    assert "buitensporig" in grounds[RefusalGround.excessive].wording
    assert "misbruik" in grounds[RefusalGround.abusive].wording


# --- what the policy does not record -------------------------------------------------------------


def test_nothing_recorded_that_the_policy_lacks(a):
    assert (a.risks, a.measures, a.signoffs) == ([], [], [])
    assert a.consultation.dpo is None
    assert a.consultation.data_subjects.sought is None


def test_every_item_with_facts_cites_the_policy(a):
    for path, item in sourced_items(a):
        facts = item.model_dump(exclude_defaults=True, exclude={"sources", "note"})
        if facts:
            assert item.sources, f"{path} records facts without a source"
        for ref in item.sources:
            match = POLICY_SECTION.match(ref)
            assert match and 1 <= int(match.group(1)) <= 10, f"{path}: {ref!r}"


def test_unknowns_are_explained(a):
    """Every transfer and retention rule says in a note what the policy leaves open."""
    for item in [*a.description.transfers, *a.description.retention_rules]:
        assert item.note, item.id


# --- saving ---------------------------------------------------------------------------------------


def test_render_round_trip(a):
    again = Assessment.model_validate(_yaml().load(render(a)))
    assert again.model_dump() == a.model_dump()


def test_comments_survive_a_save(a):
    text = MAXIRESPONSE.read_text(encoding="utf-8")
    comments = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    assert len(comments) >= 10
    saved = render(a, _yaml().load(text))
    saved_lines = {line.strip() for line in saved.splitlines()}
    assert [c for c in comments if c not in saved_lines] == []


def test_saving_unchanged_leaves_the_file_unchanged(a):
    text = MAXIRESPONSE.read_text(encoding="utf-8")
    assert render(a, _yaml().load(text)) == text
