"""Findings on who was consulted and when the assessment is reviewed (Art. 35(2), (9), (11))."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, str, dict[str, Any]]]


# --- the DPO's advice -----------------------------------------------------------------------------


@rule(
    "CON-001",
    "major",
    "No advice of the data protection officer",
    reference="GDPR Art. 35(2), Art. 39(1)(c); WP248 rev.01, Annex 2 (interested parties)",
    remedy="Seek the DPO's advice on the assessment and record it, with its date.",
)
def no_dpo_advice(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.consultation.dpo is None:
        message = (
            "No advice of the data protection officer is recorded: the controller must seek it "
            "when carrying out the assessment, and record it."
        )
        yield "consultation.dpo", message, {}


@rule(
    "CON-002",
    "major",
    "DPO advice not followed, without reasons",
    reference="GDPR Art. 35(2); WP248 rev.01; WP243 rev.01 (guidelines on DPOs), section 4.2",
    remedy="Record in writing why the controller departs from the DPO's advice.",
)
def dpo_advice_overruled_without_reasons(assessment: Assessment, knowledge: Knowledge) -> Found:
    dpo = assessment.consultation.dpo
    if dpo is not None and dpo.followed is False and not dpo.reasons_if_not_followed:
        message = (
            "The DPO's advice was not followed and no reasons are recorded: where the controller "
            "departs from the advice, the assessment must say why in writing."
        )
        yield "consultation.dpo.reasons_if_not_followed", message, {}


@rule(
    "CON-003",
    "minor",
    "Not recorded whether the DPO's advice was followed",
    reference="GDPR Art. 35(2); WP248 rev.01 (the DPO's advice and the controller's decision "
    "are documented)",
    remedy="Record whether the controller followed the DPO's advice, and why not if it did not.",
)
def dpo_advice_outcome_unknown(assessment: Assessment, knowledge: Knowledge) -> Found:
    dpo = assessment.consultation.dpo
    if dpo is not None and dpo.followed is None:
        message = (
            "The DPO's advice is recorded, but not whether the controller followed it: the "
            "decision taken on the advice belongs in the assessment."
        )
        yield "consultation.dpo.followed", message, {}


# --- the views of the people concerned ------------------------------------------------------------


@rule(
    "CON-004",
    "minor",
    "Views of the people concerned not sought, with no reason given",
    reference="GDPR Art. 35(9); WP248 rev.01 (document the reasons for not seeking views)",
    remedy="Seek the views of the people concerned or their representatives (e.g. a survey or a "
    "consumer association), or record why that is not appropriate.",
)
def views_not_sought_without_reason(assessment: Assessment, knowledge: Knowledge) -> Found:
    views = assessment.consultation.data_subjects
    if views.sought is True or views.why_not_sought:
        return
    if views.sought is None:
        message = (
            "The assessment does not say whether the views of the people concerned were sought; "
            "if they were not, the reasons must be recorded."
        )
        yield "consultation.data_subjects.sought", message, {"sought": None}
    else:
        message = (
            "The views of the people concerned were not sought and no reason is recorded: where "
            "they are not sought, the assessment must say why."
        )
        yield "consultation.data_subjects.why_not_sought", message, {"sought": False}


@rule(
    "CON-005",
    "minor",
    "Views of the people concerned sought but not recorded",
    reference="GDPR Art. 35(9); WP248 rev.01 (document the views and any departure from them)",
    remedy="Record the views received and how the assessment took them into account.",
)
def views_sought_not_recorded(assessment: Assessment, knowledge: Knowledge) -> Found:
    views = assessment.consultation.data_subjects
    if views.sought is True and not views.views:
        message = (
            "The views of the people concerned were sought, but what they said is not recorded, "
            "so the decision cannot be shown to have taken them into account."
        )
        yield "consultation.data_subjects.views", message, {}


# --- review ---------------------------------------------------------------------------------------


@rule(
    "CON-006",
    "minor",
    "No review date",
    reference="GDPR Art. 35(11); WP248 rev.01 (the DPIA is a continuous process, reviewed "
    "regularly)",
    remedy="Set a date by which the assessment is reviewed, and review it sooner when the "
    "processing or its risks change.",
)
def no_review_date(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.metadata.review_date is None:
        message = (
            "No review date is set: nothing ensures the assessment is looked at again when the "
            "processing or its risks change."
        )
        yield "metadata.review_date", message, {}


@rule(
    "CON-007",
    "minor",
    "Review date already passed on the assessment date",
    reference="GDPR Art. 35(11)",
    remedy="Review the assessment now and set the next review date.",
)
def review_overdue(assessment: Assessment, knowledge: Knowledge) -> Found:
    # Pure: "today" is the assessment's own date; without one the rule cannot tell, and is quiet.
    metadata = assessment.metadata
    as_of, review = metadata.assessment_date, metadata.review_date
    if as_of is None or review is None or review >= as_of:
        return
    message = (
        f"The review was due on {review.isoformat()}, before the assessment date "
        f"{as_of.isoformat()}: the assessment is overdue for review."
    )
    yield (
        "metadata.review_date",
        message,
        {"review_date": review.isoformat(), "as_of": as_of.isoformat()},
    )
