"""Findings on who was consulted and when the assessment is reviewed (Art. 35(2), (9), (11)).

Each rule yields a field path and parameters; its words are in
pia/words/<lang>/findings-consultation.ftl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, dict[str, Any]]]


# --- the DPO's advice -----------------------------------------------------------------------------


@rule("CON-001", "major")
def no_dpo_advice(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.consultation.dpo is None:
        yield "consultation.dpo", {}


@rule("CON-002", "major")
def dpo_advice_overruled_without_reasons(assessment: Assessment, knowledge: Knowledge) -> Found:
    dpo = assessment.consultation.dpo
    if dpo is not None and dpo.followed is False and not dpo.reasons_if_not_followed:
        yield "consultation.dpo.reasons_if_not_followed", {}


@rule("CON-003", "minor")
def dpo_advice_outcome_unknown(assessment: Assessment, knowledge: Knowledge) -> Found:
    dpo = assessment.consultation.dpo
    if dpo is not None and dpo.followed is None:
        yield "consultation.dpo.followed", {}


# --- the views of the people concerned ------------------------------------------------------------


@rule("CON-004", "minor")
def views_not_sought_without_reason(assessment: Assessment, knowledge: Knowledge) -> Found:
    views = assessment.consultation.data_subjects
    if views.sought is True or views.why_not_sought:
        return
    if views.sought is None:  # not said whether they were sought
        yield "consultation.data_subjects.sought", {"sought": None}
    else:
        yield "consultation.data_subjects.why_not_sought", {"sought": False}


@rule("CON-005", "minor")
def views_sought_not_recorded(assessment: Assessment, knowledge: Knowledge) -> Found:
    views = assessment.consultation.data_subjects
    if views.sought is True and not views.views:
        yield "consultation.data_subjects.views", {}


# --- review ---------------------------------------------------------------------------------------


@rule("CON-006", "minor")
def no_review_date(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.metadata.review_date is None:
        yield "metadata.review_date", {}


@rule("CON-007", "minor")
def review_overdue(assessment: Assessment, knowledge: Knowledge) -> Found:
    # Pure: "today" is the assessment's own date; without one the rule cannot tell, and is quiet.
    metadata = assessment.metadata
    as_of, review = metadata.assessment_date, metadata.review_date
    if as_of is None or review is None or review >= as_of:
        return
    yield "metadata.review_date", {"review_date": review, "as_of": as_of}
