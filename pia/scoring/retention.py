"""Retention scoring: each retention rule, and each group no rule covers, rated for over-keeping.

Severity is what is at stake when data is kept too long (how sensitive the data kept is);
likelihood is how likely data is kept longer than necessary (Art. 5(1)(e)): no period, no start
event or one that cannot happen, a period beyond the knowledge base's reference, no
justification, no known deletion; and, where the reference is a minimum (a suppression list
that honours an objection), how likely the data is gone before it has done its job. Each factor
says what was found and where. What is rated comes from `pia.scoring.retention_kept`; which
groups the rules should cover, and how a period compares with the reference, from
`pia.scoring.retention_groups`; the archive after active use from `pia.scoring.retention_archive`.
"""

from __future__ import annotations

from typing import Any

from pia.knowledge import Knowledge
from pia.model import ArchiveGround, Assessment, DeletionMethod, RetentionGroup, RetentionRule
from pia.risk import Factor, Scale
from pia.scoring import Check, CheckStatus, ScoredItem, most_sensitive, scored
from pia.scoring.retention_archive import (
    archive_gap_codes,
    archive_gaps,
)
from pia.scoring.retention_groups import (
    Deviation,
    blanket_reason,
    contract_words,
    deviations,
    groups_trigger_misses,
    identity_documents_asked,
)
from pia.scoring.retention_kept import Kept, things_kept

# What a rule must record: field, the factor's code when it is not, likelihood points.
GAPS = (
    ("period", "no_period", 2),
    ("trigger", "no_trigger", 1),
    ("justification", "no_justification", 1),
    ("deletion", "no_deletion", 1),
)


# --- factors --------------------------------------------------------------------------------------


def severity_factors(k: Kept, a: Assessment) -> list[Factor]:
    """What is at stake: the most sensitive data, identity documents, profiles."""
    factors = []
    assumed: dict[str, Any] = {"assumed": k.categories_assumed, "covered": k.rule is not None}
    if k.categories:
        i, top, points = most_sensitive(k.categories)
        if points:
            params = assumed | {"category": top.id, "sensitivity": top.sensitivity}
            path = f"description.data_categories[{i}]"
            factors.append(Factor("severity", "most_sensitive_kept", points, params, path))
    documents = [(i, c) for i, c in k.categories if c.kind == "government_id"]
    if documents:
        params = assumed | {"categories": [c.id for _, c in documents], "documents": None}
        path = f"description.data_categories[{documents[0][0]}]"
        factors.append(Factor("severity", "id_documents_kept", 1, params, path))
    elif RetentionGroup.rights_requesters in k.groups and identity_documents_asked(a):
        asked = list(a.rights.identity_verification.documents) or None
        params = assumed | {"categories": None, "documents": asked}
        path = "rights.identity_verification.documents"
        factors.append(Factor("severity", "id_documents_kept", 1, params, path))
    profiles = [(i, c) for i, c in k.categories if c.inferred or c.kind == "inferred_profile"]
    if profiles:
        params = assumed | {"categories": [c.id for _, c in profiles]}
        path = f"description.data_categories[{profiles[0][0]}]"
        factors.append(Factor("severity", "profiles_kept", 1, params, path))
    return factors


def likelihood_factors(k: Kept, kb: Knowledge) -> list[Factor]:
    """How likely data outlives its need: what the rule leaves out, and how long it keeps."""
    rule, groups = k.rule, list(k.groups)
    params: dict[str, Any]
    if rule is None:
        params = {"rule": None, "groups": groups, "expected": groups[0]}
        return [Factor("likelihood", code, points, params, k.path) for _, code, points in GAPS]
    factors = []
    for field, code, points in GAPS:
        if missing(rule, field):
            params = {"rule": rule.id, "groups": groups}
            factors.append(Factor("likelihood", code, points, params, f"{k.path}.{field}"))
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if missed:
        params = {
            "rule": rule.id,
            "trigger": rule.trigger,
            "words": contract_words(rule.trigger),
            "groups": missed,
        }
        factors.append(Factor("likelihood", "trigger_impossible", 1, params, f"{k.path}.trigger"))
    compared = deviations(rule.period, k.groups, kb)
    longer = [d for d in compared if d.longer]
    shorter = [d for d in compared if d.shorter]
    if longer:
        worst = max(longer, key=lambda d: d.ratio)
        params = _deviation(rule, worst, longer)
        points = 2 if worst.ratio > 2 else 1
        factors.append(
            Factor("likelihood", "longer_than_reference", points, params, f"{k.path}.period")
        )
    if shorter:
        worst = min(shorter, key=lambda d: d.ratio)
        params = _deviation(rule, worst, shorter)
        points = 2 if worst.ratio < 0.5 else 1
        factors.append(
            Factor("likelihood", "shorter_than_minimum", points, params, f"{k.path}.period")
        )
    archive = archive_gaps(rule)
    if archive:
        params = {"rule": rule.id, "gaps": archive_gap_codes(rule)}
        path = f"{k.path}.{archive[0][0]}"
        factors.append(Factor("likelihood", "archive_not_shown", 1, params, path))
    elif compared and not longer and not shorter and _fully_recorded(rule) and not missed:
        params = {
            "rule": rule.id,
            "deletion": rule.deletion,
            "archived": rule.deletion is DeletionMethod.archive_then_erasure,
        }
        factors.append(Factor("likelihood", "deletion_recorded", -1, params, k.path))
    return factors


def _deviation(rule: RetentionRule, worst: Deviation, found: list[Deviation]) -> dict[str, Any]:
    """The parameters of a period outside its reference: the groups, and the worst case."""
    return {
        "rule": rule.id,
        "groups": [d.group for d in found],
        "period": str(worst.period),
        "reference_period": str(worst.reference_period),
        "percent": abs(round((worst.ratio - 1) * 100)),
        "reference": worst.reference.id,
        "source": worst.reference.source,
        "verified": worst.reference.verified,
    }


def _fully_recorded(rule: RetentionRule) -> bool:
    return not any(missing(rule, field) for field, *_ in GAPS)


def missing(rule: RetentionRule, field: str) -> bool:
    """Is this part of the rule (period, trigger, justification, deletion) not recorded?"""
    value = getattr(rule, field)
    return value is None or value is DeletionMethod.unknown


# --- checks ---------------------------------------------------------------------------------------


def checks_of(k: Kept, a: Assessment, kb: Knowledge) -> list[Check]:
    """What was looked at for the item, recorded or not: the checklist the report shows."""
    rule = k.rule
    if rule is None:
        return [Check("rule", "missing", {"groups": list(k.groups)})]
    checks = []
    for field, *_ in GAPS:
        value = getattr(rule, field)
        status: CheckStatus = "missing" if missing(rule, field) else "recorded"
        shown = None if status == "missing" else value if field == "deletion" else str(value)
        checks.append(Check(field, status, {"value": shown}))
    missed = groups_trigger_misses(rule.trigger, k.groups)
    status = "not_applicable" if rule.trigger is None else "failed" if missed else "recorded"
    params: dict[str, Any] = {
        "words": contract_words(rule.trigger) or None,
        "groups": missed or None,
    }
    checks.append(Check("trigger_fits", status, params))
    compared = deviations(rule.period, k.groups, kb)
    outside = [d.group for d in compared if d.outside]
    status = "not_applicable" if not compared else "failed" if outside else "recorded"
    params = {
        "period": str(rule.period) if rule.period is not None else None,
        "groups": [d.group for d in compared] or None,
        "outside": outside or None,
    }
    checks.append(Check("reference", status, params))
    blanket = blanket_reason(rule, a)
    status = "not_applicable" if rule.period is None else "failed" if blanket else "recorded"
    covers, count = blanket if blanket else (None, 0)
    checks.append(Check("per_purpose", status, {"covers": covers, "count": count}))
    checks.append(_archive_check(rule))
    assumed = k.categories_assumed
    params = {
        "assumed": assumed,
        "covered": True,
        "categories": [c.id for _, c in k.categories] or None,
    }
    checks.append(Check("categories", "missing" if assumed else "recorded", params))
    return checks


def _archive_check(rule: RetentionRule) -> Check:
    archive = rule.archive
    params: dict[str, Any] = {
        "deletion": rule.deletion,
        "period": str(archive.period) if archive and archive.period else None,
        "ground": archive.ground if archive else None,
        "access": archive.access_restricted if archive else None,
        "gaps": None,
    }
    if rule.deletion is not DeletionMethod.archive_then_erasure:
        status: CheckStatus = "not_applicable" if archive is None else "failed"
        return Check("archive", status, params | {"state": "not_archived"})
    gaps = archive_gap_codes(rule)
    refused = archive is not None and (
        archive.ground is ArchiveGround.other or archive.access_restricted is False
    )
    status = "recorded" if not gaps else "failed" if refused else "missing"
    return Check("archive", status, params | {"state": "archived", "gaps": gaps or None})


# --- entry point ----------------------------------------------------------------------------------


def score_retention(assessment: Assessment, kb: Knowledge, scale: Scale) -> list[ScoredItem]:
    """One scored item per retention rule, then one per expected group that no rule covers."""
    items = []
    for k in things_kept(assessment):
        factors = severity_factors(k, assessment) + likelihood_factors(k, kb)
        checks = checks_of(k, assessment, kb)
        items.append(scored("retention", k.id, k.title, k.path, factors, scale, checks))
    return items


# --- small helpers --------------------------------------------------------------------------------
