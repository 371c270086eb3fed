"""Findings on retention (RET-001 to RET-010, RET-015): groups, periods, starts, references.

The archive after active use (RET-011 to RET-014, RET-016, RET-017) is in
`pia.findings.retention_archive`. Each rule yields a field path and parameters (rule ids, group
and part codes, periods as text, knowledge-base ids); its words are in
pia/words/<lang>/findings-retention.ftl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule
from pia.model import RetentionGroup
from pia.scoring.retention import missing
from pia.scoring.retention_groups import (
    GROUP_KINDS,
    Deviation,
    blanket_reason,
    consent_purposes,
    contract_words,
    covered_groups,
    deviations,
    expected_groups,
    groups_trigger_misses,
    identity_documents_asked,
    objectable_purposes,
)
from pia.scoring.retention_kept import RULES_PATH

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment, RetentionRule

Found = Iterator[tuple[str, dict[str, Any]]]

ID_DOCUMENTS = RetentionGroup.rights_requesters
CONSENT_RECORDS = RetentionGroup.consent_records
PARTS = ("trigger", "justification", "deletion")


def own_rule_groups(a: Assessment) -> set[RetentionGroup]:
    """Groups whose missing or excessive period RET-008 or RET-009 reports instead."""
    own = {CONSENT_RECORDS}
    if identity_documents_asked(a):
        own.add(ID_DOCUMENTS)
    return own


def rules_of(a: Assessment) -> Iterator[tuple[str, RetentionRule]]:
    """Each retention rule with its path."""
    for i, r in enumerate(a.description.retention_rules):
        yield f"{RULES_PATH}[{i}]", r


def missing_parts(r: RetentionRule) -> list[str] | None:
    """The parts of a rule not recorded besides its period (`retention_part` codes), or None."""
    return [part for part in PARTS if missing(r, part)] or None


def percent(ratio: float) -> str:
    """How far a period departs from another, signed: `+100`, `-67`."""
    return f"{round((ratio - 1) * 100):+d}"


def _deviation_params(r: RetentionRule, d: Deviation) -> dict[str, Any]:
    """A period against the knowledge base's reference for one group."""
    return {
        "rule": r.id,
        "group": d.group.value,
        "period": str(r.period),
        "reference_period": str(d.reference_period),
        "percent": percent(d.ratio),
        "reference": d.reference.id,
        "verified": d.reference.verified,
        "justified": r.justification is not None,
    }


def _expected_because(a: Assessment, group: RetentionGroup) -> dict[str, Any]:
    """What makes a group expected (`expected_groups`): the ids of the people or purposes, or
    the identity documents asked of people who exercise their rights (None when none are)."""
    ids: list[str] = []
    if group in GROUP_KINDS:
        ids = [s.id for s in a.description.data_subjects if s.kind is GROUP_KINDS[group]]
    elif group in (RetentionGroup.consent_only, CONSENT_RECORDS):
        ids = [p.id for p in consent_purposes(a)]
    elif group is RetentionGroup.objected:
        ids = [p.id for p in objectable_purposes(a)]
    documents = list(a.rights.identity_verification.documents)
    return {"ids": ids, "documents": documents if group is ID_DOCUMENTS and documents else None}


def _blanket(r: RetentionRule, a: Assessment) -> dict[str, Any]:
    """What a blanket period covers (see `blanket_reason`): all purposes, or all groups."""
    purposes = [p.id for p in a.purposes]
    if len(purposes) >= 2 and set(purposes) <= set(r.purposes):
        return {"covers": "purposes", "count": len(purposes), "ids": purposes}
    return {"covers": "groups", "count": len(expected_groups(a)), "ids": []}


@rule("RET-001", "major")
def group_without_rule(assessment: Assessment, knowledge: Knowledge) -> Found:
    covered, own = covered_groups(assessment), own_rule_groups(assessment)
    for group in expected_groups(assessment):
        if group in covered or group in own:
            continue
        yield RULES_PATH, {"group": group.value, **_expected_because(assessment, group)}


@rule("RET-002", "major")
def rule_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    own = own_rule_groups(assessment)
    for path, r in rules_of(assessment):
        if r.period is not None or all(g in own for g in r.applies_to):
            continue
        groups = [g.value for g in r.applies_to]
        yield path, {"rule": r.id, "groups": groups, "missing": missing_parts(r)}


@rule("RET-003", "major")
def trigger_cannot_occur(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        missed = groups_trigger_misses(r.trigger, r.applies_to)
        if not missed:
            continue
        params = {
            "rule": r.id,
            "trigger": r.trigger,
            "groups": [g.value for g in missed],
            "words": contract_words(r.trigger),
        }
        yield path, params


@rule("RET-004", "minor")
def longer_than_reference(assessment: Assessment, knowledge: Knowledge) -> Found:
    own = own_rule_groups(assessment) - {CONSENT_RECORDS}
    for path, r in rules_of(assessment):
        for d in deviations(r.period, r.applies_to, knowledge):
            if d.longer and d.group not in own:
                yield path, _deviation_params(r, d)


@rule("RET-005", "minor")
def no_justification(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and r.justification is None:
            yield path, {"rule": r.id, "period": str(r.period)}


@rule("RET-006", "minor")
def no_deletion_method(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and missing(r, "deletion"):
            yield path, {"rule": r.id, "period": str(r.period)}


@rule("RET-007", "minor")
def blanket_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if blanket_reason(r, assessment):
            yield path, {"rule": r.id, "period": str(r.period), **_blanket(r, assessment)}


@rule("RET-008", "major")
def identity_documents_kept(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not identity_documents_asked(assessment):
        return
    rules = [(path, r) for path, r in rules_of(assessment) if ID_DOCUMENTS in r.applies_to]
    none = {"rule": None, "period": None, "reference_period": None, "percent": None}
    if not rules:
        yield RULES_PATH, {**none, "missing": None}
    for path, r in rules:
        too_long = [d for d in deviations(r.period, [ID_DOCUMENTS], knowledge) if d.longer]
        if r.period is not None and not too_long:
            continue
        params: dict[str, Any] = {**none, "rule": r.id, "missing": None}
        if too_long:
            d = too_long[0]
            params |= {
                "period": str(r.period),
                "reference_period": str(d.reference_period),
                "percent": percent(d.ratio),
            }
        else:
            params["missing"] = missing_parts(r)
        yield path, params


@rule("RET-009", "minor")
def consent_records_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    rules = [(path, r) for path, r in rules_of(assessment) if CONSENT_RECORDS in r.applies_to]
    if not rules and CONSENT_RECORDS in expected_groups(assessment):
        yield RULES_PATH, {"rule": None, "missing": None}
    for path, r in rules:
        if r.period is None:
            yield path, {"rule": r.id, "missing": missing_parts(r)}


@rule("RET-010", "minor")
def no_start_event(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and r.trigger is None:
            yield path, {"rule": r.id, "period": str(r.period)}


@rule("RET-015", "minor")
def shorter_than_minimum(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        for d in deviations(r.period, r.applies_to, knowledge):
            if d.shorter:
                yield path, _deviation_params(r, d)
