"""Findings on consultation and review (CON-*): DPO advice, data subjects' views, review date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.findings import findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment

KB = load_knowledge()
RULE_IDS = [f"CON-{n:03d}" for n in range(1, 8)]
Data = dict[str, Any]


def consulted(data: Data) -> Data:
    """`minimal` with consultation and review recorded so that no CON rule fires."""
    data["metadata"].update(assessment_date="2026-03-01", review_date="2027-03-01")
    data["consultation"] = {
        "dpo": {"advice": "Proceed once the measures are in place.", "followed": True},
        "data_subjects": {"sought": True, "views": "Members asked for a monthly opt-out reminder."},
    }
    return data


def found(rule_id: str, data: Data) -> list[tuple[str, dict[str, Any]]]:
    a = Assessment.model_validate(data)
    return [(f.path, f.params) for f in findings_of(rule_id, a, KB)]


def paths(rule_id: str, data: Data) -> list[str]:
    return [path for path, _ in found(rule_id, data)]


def dpo(**fields: Any) -> Callable[[Data], None]:
    return lambda d: d["consultation"]["dpo"].update(fields)


def views(**fields: Any) -> Callable[[Data], None]:
    return lambda d: d["consultation"]["data_subjects"].update(fields)


def dates(**fields: Any) -> Callable[[Data], None]:
    return lambda d: d["metadata"].update(fields)


def test_recorded_consultation_raises_no_consultation_finding(minimal):
    data = consulted(minimal)
    assert {rule_id: paths(rule_id, data) for rule_id in RULE_IDS} == dict.fromkeys(RULE_IDS, [])


def test_an_empty_consultation_section_asks_for_dpo_advice_and_views(minimal):
    fired = {rule_id: paths(rule_id, minimal) for rule_id in ("CON-001", "CON-004", "CON-006")}
    assert fired == {
        "CON-001": ["consultation.dpo"],
        "CON-004": ["consultation.data_subjects.sought"],
        "CON-006": ["metadata.review_date"],
    }


REASONS = "consultation.dpo.reasons_if_not_followed"

CASES: list[tuple[str, str, Callable[[Data], Any], list[str]]] = [
    # CON-001: no DPO advice
    ("CON-001", "no advice", lambda d: d["consultation"].pop("dpo"), ["consultation.dpo"]),
    # CON-002: DPO overruled without reasons
    ("CON-002", "not followed, no reasons", dpo(followed=False), [REASONS]),
    (
        "CON-002",
        "not followed, with reasons",
        dpo(followed=False, reasons_if_not_followed="The measure costs more than the risk."),
        [],
    ),
    ("CON-002", "outcome not recorded", dpo(followed=None), []),
    ("CON-002", "no advice (CON-001's)", lambda d: d["consultation"].pop("dpo"), []),
    # CON-003: not recorded whether the advice was followed
    ("CON-003", "outcome not recorded", dpo(followed=None), ["consultation.dpo.followed"]),
    ("CON-003", "not followed", dpo(followed=False), []),
    # CON-004: views not sought, no reason
    ("CON-004", "silent", views(sought=None, views=None), ["consultation.data_subjects.sought"]),
    (
        "CON-004",
        "not sought, no reason",
        views(sought=False, views=None),
        ["consultation.data_subjects.why_not_sought"],
    ),
    (
        "CON-004",
        "not sought, with a reason",
        views(sought=False, views=None, why_not_sought="A survey would reveal a new product."),
        [],
    ),
    # CON-005: sought, but the views are not recorded
    ("CON-005", "sought, not recorded", views(views=None), ["consultation.data_subjects.views"]),
    ("CON-005", "not sought", views(sought=False, views=None), []),
    # CON-006: no review date
    ("CON-006", "no review date", dates(review_date=None), ["metadata.review_date"]),
    # CON-007: review date passed on the assessment date
    (
        "CON-007",
        "review before the assessment",
        dates(review_date="2026-02-28"),
        ["metadata.review_date"],
    ),
    ("CON-007", "review on the assessment date", dates(review_date="2026-03-01"), []),
    (
        "CON-007",
        "no assessment date: no clock read",
        dates(assessment_date=None, review_date="2000-01-01"),
        [],
    ),
    ("CON-007", "no review date (CON-006's)", dates(review_date=None), []),
]


@pytest.mark.parametrize(
    ("rule_id", "change", "expected"),
    [(rule_id, change, expected) for rule_id, _, change, expected in CASES],
    ids=[f"{rule_id}-{name}" for rule_id, name, _, _ in CASES],
)
def test_rule_fires_on_its_gap_only(minimal, rule_id, change, expected):
    data = consulted(minimal)
    change(data)
    assert paths(rule_id, data) == expected


def test_an_overdue_review_gives_both_dates(minimal):
    data = consulted(minimal)
    dates(review_date="2025-12-31")(data)
    [(_, params)] = found("CON-007", data)
    assert params == {"review_date": dt.date(2025, 12, 31), "as_of": dt.date(2026, 3, 1)}


def test_maxiresponse_records_no_dpo_advice_views_or_review_date():
    a = pia.load(MAXIRESPONSE)
    fired = {(f.id, f.path) for rule_id in RULE_IDS for f in findings_of(rule_id, a, KB)}
    assert fired == {
        ("CON-001", "consultation.dpo"),
        ("CON-004", "consultation.data_subjects.sought"),
        ("CON-006", "metadata.review_date"),
    }


@pytest.mark.parametrize(("sought", "path"), [(None, "sought"), (False, "why_not_sought")])
def test_views_not_sought_and_not_said_are_told_apart(minimal, sought, path):
    data = consulted(minimal)
    views(sought=sought, views=None)(data)
    assert found("CON-004", data) == [(f"consultation.data_subjects.{path}", {"sought": sought})]
