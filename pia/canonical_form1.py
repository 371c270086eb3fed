"""Canonical form 1, kept only to check the sign-offs recorded before forms were numbered.

Form 1 hashed every field of the model with its default (`model_dump(mode="json")` without the
sign-offs and `metadata.status`, as JSON with sorted keys). So its text depended on which fields
the model of that pia had: the one a sign-off was recorded with is not known, but only two models
ever took form-1 hashes, and each is listed below by its fields. The content is rebuilt as each of
them dumped it (a field it did not have left out while it holds its default; with any other value
the content has changed since) and a sign-off is current if its hash is one of these.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from pia.model import Assessment, Record

Fields = Mapping[str, frozenset[str]]

_S = ("sources", "note")  # the fields of every sourced item


def _fields(**models: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {name: frozenset(fields) for name, fields in models.items()}


# The model of pia with the facts WP248 criteria 8 and 9, the Art. 9(2) exception, the Art. 6(3)
# law, the soft opt-in, DPF certification and the archive stage: the last to take form-1 hashes.
WITH_LEGAL_FACTS = _fields(
    Assessment=(
        *("schema_version", "metadata", "description", "purposes", "rights", "risks"),
        *("measures", "consultation", "signoffs"),
    ),
    Metadata=(
        *("title", "controller", "dpo_contact", "version", "status", "assessment_date"),
        *("review_date", "method", "analysts", "documents", "note"),
    ),
    Controller=(*_S, "name", "legal_form", "address", "company_number"),
    Document=("id", "title", "date", "language", "location", "available", "note"),
    Description=(
        *("processing", "data_categories", "data_subjects", "data_sources", "recipients"),
        *("transfers", "retention_rules", "automated_decisions_art22", "innovative_technology"),
        *("innovation", "prevents_exercising_rights"),
    ),
    DataCategory=(
        *_S,
        "id",
        "name",
        "kind",
        "sensitivity",
        "declared_to_data_subjects",
        "inferred",
    ),
    DataSubjectGroup=(*_S, "id", "name", "kind", "vulnerable", "approximate_count"),
    DataSource=(*_S, "id", "name", "kind", "provider", "channels", "data_categories"),
    Recipient=(
        *(*_S, "id", "name", "role", "service", "country", "parent_country"),
        *("processor_contract", "data_categories"),
    ),
    Transfer=(
        *(*_S, "id", "recipient", "country", "kind", "data_categories", "tool", "scc_module"),
        *("impact_assessment_done", "data_protection", "supplementary_measures"),
        *("reevaluation_due", "dpf_certified"),
    ),
    RetentionRule=(
        *(*_S, "id", "applies_to", "data_categories", "purposes", "period", "trigger"),
        *("justification", "deletion", "archive"),
    ),
    ArchiveStage=(*_S, "period", "ground", "access_restricted"),
    Purpose=(
        *(*_S, "id", "name", "description", "legal_bases", "data_categories", "data_sources"),
        *("data_subjects", "profiling", "direct_marketing", "channels", "consent"),
        *("legitimate_interest", "objection", "transparency", "special_category_exception"),
        "soft_opt_in",
    ),
    LegalBasisClaim=(*_S, "basis", "applies_when", "scope", "law"),
    ConsentDetails=(
        *(*_S, "how_obtained", "granular", "records_kept", "withdrawal_path"),
        "withdrawal_called_objection",
    ),
    LegitimateInterestAssessment=(
        *(*_S, "interest", "purpose_test", "necessity_test", "balancing_test"),
    ),
    InterestTest=("outcome", "reasoning"),
    ObjectionPath=(*_S, "channel", "as_easy_as_collection", "brought_to_attention"),
    Transparency=(*_S, "informed_at_collection", "informed_of_other_sources"),
    SoftOptIn=(
        *(*_S, "details_from_sale", "own_similar_products", "objection_at_collection"),
        "objection_in_each_message",
    ),
    RightsHandling=(*_S, "channels", "identity_verification", "refusals", "response_time"),
    IdentityVerification=(*_S, "when", "documents", "masking", "more_proof_may_be_asked"),
    RefusalPolicy=(*_S, "ground", "wording"),
    Risk=(
        *(*_S, "id", "title", "concerns", "impact", "severity_override", "likelihood_override"),
        "measures",
    ),
    Override=("level", "rationale"),
    Measure=(
        *(*_S, "id", "title", "description", "kind", "owner", "due", "status"),
        *("reduces_severity", "reduces_likelihood"),
    ),
    Consultation=("note", "dpo", "data_subjects"),
    DpoAdvice=(*_S, "name", "date", "advice", "followed", "reasons_if_not_followed"),
    DataSubjectViews=(*_S, "sought", "views", "why_not_sought"),
)

# The model when sign-offs were introduced, before those facts were added.
_ADDED_WITH_LEGAL_FACTS = {
    "Description": {"innovative_technology", "innovation", "prevents_exercising_rights"},
    "Transfer": {"dpf_certified"},
    "RetentionRule": {"archive"},
    "Purpose": {"special_category_exception", "soft_opt_in"},
    "LegalBasisClaim": {"law"},
}
BEFORE_LEGAL_FACTS = {
    name: fields - _ADDED_WITH_LEGAL_FACTS.get(name, set())
    for name, fields in WITH_LEGAL_FACTS.items()
    if name not in ("ArchiveStage", "SoftOptIn")
}

MODELS: tuple[Fields, ...] = (BEFORE_LEGAL_FACTS, WITH_LEGAL_FACTS)


def form1_hashes(assessment: Assessment) -> tuple[str, ...]:
    """The form-1 hash of the content as each model that took form-1 hashes dumped it, in order."""
    return tuple(_hash(assessment, fields) for fields in MODELS)


def _hash(assessment: Assessment, fields: Fields) -> str:
    """Form 1 exactly as it was (it must never change): kept apart from `pia.canonical`."""
    exclude = _merge(_absent(assessment, fields), {"signoffs": True, "metadata": {"status"}})
    content = assessment.model_dump(mode="json", exclude=exclude)
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _absent(node: Any, fields: Fields) -> dict[Any, Any]:
    """A pydantic `exclude` of every field `fields` lacks that holds its default, at any depth."""
    exclude: dict[Any, Any] = {}
    if isinstance(node, Record):
        known = _known(type(node), fields)
        for name, info in type(node).model_fields.items():
            value = getattr(node, name)
            if known is not None and name not in known:
                if not info.is_required() and value == info.get_default(call_default_factory=True):
                    exclude[name] = True
                continue
            inner = _absent(value, fields)
            if inner:
                exclude[name] = inner
    elif isinstance(node, list):
        for i, item in enumerate(node):
            inner = _absent(item, fields)
            if inner:
                exclude[i] = inner
    return exclude


def _known(model: type[BaseModel], fields: Fields) -> frozenset[str] | None:
    """The fields the form-1 model had for `model` (or a base of it); None: not listed."""
    for cls in model.__mro__:
        if cls.__name__ in fields:
            return fields[cls.__name__]
    return None


def _merge(exclude: dict[Any, Any], extra: Mapping[str, Any]) -> dict[Any, Any]:
    """Two pydantic `exclude` values in one (`True` excludes the whole field)."""
    merged = dict(exclude)
    for key, value in extra.items():
        current = merged.get(key)
        if value is True or current is True:
            merged[key] = True
        elif current is None:
            merged[key] = value
        else:
            inner = value if isinstance(value, Mapping) else dict.fromkeys(value, True)
            merged[key] = _merge(current, inner)
    return merged
