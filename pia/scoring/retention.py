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
    ARCHIVE_REFERENCE,
    archive_gap_codes,
    archive_gaps,
    archive_words,
)
from pia.scoring.retention_groups import (
    GROUP_LABELS,
    Deviation,
    blanket_reason,
    contract_words,
    deviations,
    groups_text,
    groups_trigger_misses,
    id_list,
    identity_documents_asked,
)
from pia.scoring.retention_kept import Kept, things_kept

ART_5_1_E = "GDPR Art. 5(1)(e)"
PERIOD_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)"
TRIGGER_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)"
JUSTIFICATION_REFERENCE = "GDPR Art. 5(1)(e), Art. 5(2), Recital 39"
DELETION_REFERENCE = "GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39"
PER_PURPOSE_REFERENCE = "GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2"
# What a rule must record: field, factor code, likelihood points, check reference.
GAPS = (
    ("period", "no_period", 2, PERIOD_REFERENCE),
    ("trigger", "no_trigger", 1, TRIGGER_REFERENCE),
    ("justification", "no_justification", 1, JUSTIFICATION_REFERENCE),
    ("deletion", "no_deletion", 1, DELETION_REFERENCE),
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
        params = {"rule": None, "groups": groups}
        return [Factor("likelihood", code, points, params, k.path) for _, code, points, _ in GAPS]
    factors = []
    for field, code, points, _ in GAPS:
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
        detail = f"No rule covers {groups_text(k.groups)}."
        return [Check("rule", "missing", detail, PERIOD_REFERENCE)]
    checks = []
    for field, _, _, ref in GAPS:
        value = getattr(rule, field)
        status: CheckStatus = "missing" if missing(rule, field) else "recorded"
        detail = "Not recorded." if status == "missing" else str(getattr(value, "value", value))
        checks.append(Check(field, status, detail, ref))
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if rule.trigger is None:
        checks.append(Check("trigger_fits", "not_applicable", "No start event.", TRIGGER_REFERENCE))
    else:
        detail = (
            f"Presupposes a contract ({', '.join(contract_words(rule.trigger))}); "
            f"{groups_text(missed)} have none."
            if missed
            else "No contract words for a group without a contract (text heuristic)."
        )
        checks.append(
            Check("trigger_fits", "failed" if missed else "recorded", detail, TRIGGER_REFERENCE)
        )
    compared = deviations(rule.period, k.groups, kb)
    detail = "; ".join(f"{GROUP_LABELS[d.group]}: {d.text}, {d.reference.id}" for d in compared)
    status = (
        "not_applicable"
        if not compared
        else "failed"
        if any(d.outside for d in compared)
        else "recorded"
    )
    checks.append(
        Check(
            "reference",
            status,
            detail or "No period to compare.",
            ART_5_1_E,
        )
    )
    blanket = blanket_reason(rule, a)
    status = "not_applicable" if rule.period is None else "failed" if blanket else "recorded"
    detail = _sentence(blanket or "the rule covers part of the processing")
    checks.append(
        Check(
            "per_purpose",
            status,
            detail if rule.period else "No period.",
            PER_PURPOSE_REFERENCE,
        )
    )
    checks.append(_archive_check(rule))
    assumed = k.categories_assumed
    detail = f"Assumed: {assumed}." if assumed else id_list(c.id for _, c in k.categories)
    checks.append(
        Check(
            "categories",
            "missing" if assumed else "recorded",
            detail,
            PER_PURPOSE_REFERENCE,
        )
    )
    return checks


def _archive_check(rule: RetentionRule) -> Check:
    if rule.deletion is not DeletionMethod.archive_then_erasure:
        if rule.archive is None:
            return Check(
                "archive",
                "not_applicable",
                "No archive after active use.",
                ARCHIVE_REFERENCE,
            )
        detail = (
            f"An archive is recorded ({archive_words(rule)}), but the data are recorded as "
            f"'{rule.deletion.value.replace('_', ' ')}' at the end of the period."
        )
        return Check("archive", "failed", detail, ARCHIVE_REFERENCE)
    gaps = archive_gaps(rule)
    archive = rule.archive
    refused = archive is not None and (
        archive.ground is ArchiveGround.other or archive.access_restricted is False
    )
    status: CheckStatus = "recorded" if not gaps else "failed" if refused else "missing"
    detail = (
        _sentence(archive_words(rule)) if not gaps else _sentence("; ".join(g for _, g in gaps))
    )
    return Check("archive", status, detail, ARCHIVE_REFERENCE)


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


def _sentence(text: str) -> str:
    return f"{text[0].upper()}{text[1:]}."
