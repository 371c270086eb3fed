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
