"""The open-questions list: fields the sources were silent on."""

from __future__ import annotations

from pia.model import Assessment
from pia.unknowns import unknowns


def test_a_silent_transfer_tool_and_scc_module_are_open_questions(minimal):
    minimal["description"]["recipients"] = [
        {
            "id": "host",
            "name": "Host",
            "role": "processor",
            "country": "US",
            "parent_country": "US",
            "processor_contract": True,
        }
    ]
    minimal["description"]["transfers"] = [
        {"id": "t", "recipient": "host", "country": "US", "kind": "storage"}
    ]
    paths = {u.path for u in unknowns(Assessment.model_validate(minimal))}
    assert {
        "description.transfers[0].tool",
        "description.transfers[0].scc_module",
        "description.transfers[0].data_protection",
    } <= paths
    assert not any(p.startswith("description.recipients") for p in paths)


def test_answering_a_question_removes_it(minimal):
    a = Assessment.model_validate(minimal)
    assert "metadata.review_date" in {u.path for u in unknowns(a)}
    a.metadata.review_date = "2027-06-01"
    assert "metadata.review_date" not in {u.path for u in unknowns(a)}


def test_optional_text_that_is_simply_empty_is_not_a_question(minimal):
    paths = {u.path for u in unknowns(Assessment.model_validate(minimal))}
    assert "purposes[0].description" not in paths
    assert "metadata.dpo_contact" not in paths


def _paths(data) -> set[str]:
    return {u.path for u in unknowns(Assessment.model_validate(data))}


def test_screening_answers_of_wp248_criteria_8_and_9_are_open_questions(minimal):
    assert {
        "description.innovative_technology",
        "description.prevents_exercising_rights",
    } <= _paths(minimal)
    minimal["description"].update(innovative_technology=False, prevents_exercising_rights=False)
    assert not {"description.innovative_technology"} & _paths(minimal)


def test_some_questions_are_asked_only_where_they_apply(minimal):
    # None of these applies to a newsletter on consent with standard data and no transfer.
    asked = _paths(minimal)
    assert not any(
        p.endswith((".law", ".special_category_exception", ".soft_opt_in", ".archive"))
        for p in asked
    )
    purpose = minimal["purposes"][0]
    purpose["legal_bases"] = [{"basis": "legal_obligation"}, {"basis": "legitimate_interest"}]
    purpose.update(direct_marketing=True, channels=["email"])
    minimal["description"]["data_categories"][0]["sensitivity"] = "special_category"
    minimal["description"]["retention_rules"] = [
        {"id": "keep", "applies_to": ["customers"], "deletion": "archive_then_erasure"}
    ]
    asked = _paths(minimal)
    assert {
        "purposes[0].legal_bases[0].law",
        "purposes[0].special_category_exception",
        "purposes[0].soft_opt_in",
        "description.retention_rules[0].archive",
    } <= asked
    assert "purposes[0].legal_bases[1].law" not in asked  # Art. 6(3) is for (c) and (e) only


def test_dpf_certification_is_asked_only_for_a_transfer_to_the_us(minimal):
    minimal["description"]["recipients"] = [
        {"id": "host", "name": "Host", "role": "processor", "country": "US"},
        {"id": "desk", "name": "Desk", "role": "processor", "country": "IN"},
    ]
    minimal["description"]["transfers"] = [
        {"id": "us", "recipient": "host", "country": "US", "kind": "storage"},
        {"id": "in", "recipient": "desk", "country": "IN", "kind": "remote_access"},
    ]
    asked = _paths(minimal)
    assert "description.transfers[0].dpf_certified" in asked
    assert "description.transfers[1].dpf_certified" not in asked


def test_a_recorded_archive_asks_for_its_period_ground_and_access(minimal):
    minimal["description"]["retention_rules"] = [
        {
            "id": "keep",
            "applies_to": ["customers"],
            "deletion": "archive_then_erasure",
            "archive": {"period": "7 years"},
        }
    ]
    asked = _paths(minimal)
    assert {
        "description.retention_rules[0].archive.ground",
        "description.retention_rules[0].archive.access_restricted",
    } <= asked
    assert "description.retention_rules[0].archive.period" not in asked
