"""Findings on retention (RET-001 to RET-010, RET-015): groups, periods, starts, references.

The archive after active use (RET-011 to RET-014, RET-016, RET-017) is in
`pia.findings.retention_archive`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import RetentionGroup
from pia.scoring.retention import missing
from pia.scoring.retention_groups import (
    GROUP_LABELS,
    Deviation,
    blanket_reason,
    contract_words,
    covered_groups,
    deviations,
    expected_groups,
    groups_trigger_misses,
    identity_documents_asked,
)
from pia.scoring.retention_kept import RULES_PATH

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment, RetentionRule

Found = Iterator[tuple[str, str, dict[str, Any]]]

ID_DOCUMENTS = RetentionGroup.rights_requesters
CONSENT_RECORDS = RetentionGroup.consent_records
PARTS = {"trigger": "start event", "justification": "justification", "deletion": "deletion method"}


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


def _groups(groups: Any) -> str:
    return ", ".join(GROUP_LABELS[g] for g in groups)


def _also_missing(r: RetentionRule) -> list[str]:
    return [word for field, word in PARTS.items() if missing(r, field)]


def _deviation_params(r: RetentionRule, d: Deviation) -> dict[str, Any]:
    """What the Dutch catalogue needs to say a period departs from its reference."""
    return {
        "rule": r.id,
        "group": d.group.value,
        "period": str(r.period),
        "reference_period": str(d.reference_period),
        "deviation": d.text,
        "reference": d.reference.id,
        "source": d.reference.source,
        "verified": d.reference.verified,
    }


def _nor(parts: list[str]) -> str:
    """` It records no start event or justification either.` (empty when nothing is missing)."""
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} or {parts[-1]}"
    return f" It records no {listed} either."


@rule(
    "RET-001",
    "major",
    "A group of people has no retention rule",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)",
    remedy="Add a retention rule for the group: its period, the event that starts it, why it is "
    "necessary, and how data is deleted at the end.",
)
def group_without_rule(assessment: Assessment, knowledge: Knowledge) -> Found:
    covered, own = covered_groups(assessment), own_rule_groups(assessment)
    for group, why in expected_groups(assessment).items():
        if group in covered or group in own:
            continue
        message = (
            f"No retention rule covers {GROUP_LABELS[group]}, although {why}. Their data has no "
            "set end, so it may be kept longer than necessary, and people cannot be told how long "
            "it is kept."
        )
        yield RULES_PATH, message, {"group": group.value, "expected_because": why}


@rule(
    "RET-002",
    "major",
    "A retention rule has no period",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)",
    remedy="Record the period (e.g. `3 years`), or the criteria that set it, with its start event, "
    "justification and deletion method.",
)
def rule_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    own = own_rule_groups(assessment)
    for path, r in rules_of(assessment):
        groups = [g for g in r.applies_to if g not in own]
        if r.period is not None or not groups:
            continue
        also = _also_missing(r)
        message = (
            f"Retention rule '{r.id}' ({_groups(r.applies_to)}) sets no period, so nothing limits "
            f"how long the data is kept, and people cannot be told.{_nor(also)}"
        )
        yield path, message, {"rule": r.id, "groups": [g.value for g in groups], "also": also}


@rule(
    "RET-003",
    "major",
    "The start event of a retention period cannot occur for a group it covers",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a)",
    remedy="Give the group a start event that happens to them, e.g. the collection of the data "
    "or their last active contact (a click, a reply, a visit).",
)
def trigger_cannot_occur(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        missed = groups_trigger_misses(r.trigger, r.applies_to)
        if not missed:
            continue
        words = contract_words(r.trigger)
        message = (
            f"Retention rule '{r.id}' starts its period at '{r.trigger}', which presupposes a "
            f"contract ({', '.join(words)}), but it covers {_groups(missed)}, who have none: "
            "for them the period never starts, so their data is kept without end."
        )
        params = {
            "rule": r.id,
            "trigger": r.trigger,
            "groups": [g.value for g in missed],
            "words": words,
        }
        yield path, message, params


@rule(
    "RET-004",
    "minor",
    "A retention period is longer than the reference period",
    reference="GDPR Art. 5(1)(e); reference periods of pia/knowledge/retention.yaml (indicative)",
    remedy="Shorten the period to the reference, or record why this processing needs longer.",
)
def longer_than_reference(assessment: Assessment, knowledge: Knowledge) -> Found:
    own = own_rule_groups(assessment) - {CONSENT_RECORDS}
    for path, r in rules_of(assessment):
        for d in deviations(r.period, r.applies_to, knowledge):
            if not d.longer or d.group in own:
                continue
            ref = d.reference
            verified = "" if ref.verified else " The reference itself is not verified."
            justified = (
                " A justification is recorded: check that it explains the longer period."
                if r.justification
                else " No justification is recorded."
            )
            message = (
                f"Retention rule '{r.id}' keeps the data of {GROUP_LABELS[d.group]} for "
                f"{r.period}: {d.text}, starting from '{ref.starts}' (source: {ref.source})."
                f"{verified} Reference periods are indicative, not binding, but a longer period "
                f"must be necessary.{justified}"
            )
            yield path, message, _deviation_params(r, d)


@rule(
    "RET-005",
    "minor",
    "A retention period has no justification",
    reference="GDPR Art. 5(1)(e), Art. 5(2), Recital 39",
    remedy="Record why the data is needed for this long: the purpose it still serves, or the "
    "legal obligation or limitation period it meets.",
)
def no_justification(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and r.justification is None:
            message = (
                f"Retention rule '{r.id}' keeps data for {r.period} but does not say why that "
                "long is necessary; the controller must be able to show it (accountability)."
            )
            yield path, message, {"rule": r.id, "period": str(r.period)}


@rule(
    "RET-006",
    "minor",
    "A retention rule does not say how data is deleted",
    reference="GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39",
    remedy="Record what happens at the end of the period: erasure, anonymisation, or a "
    "restricted archive followed by erasure.",
)
def no_deletion_method(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and missing(r, "deletion"):
            message = (
                f"Retention rule '{r.id}' sets {r.period} but not what happens at the end: "
                "without a known deletion (or anonymisation) step, data tends to stay."
            )
            yield path, message, {"rule": r.id}


@rule(
    "RET-007",
    "minor",
    "One blanket retention period for all purposes",
    reference="GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2",
    remedy="Set periods per purpose and per data category (e.g. shorter for profiles than for "
    "contract data), each with its own start event.",
)
def blanket_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        reason = blanket_reason(r, assessment)
        if reason:
            message = (
                f"Retention rule '{r.id}' sets {r.period} for everything: {reason}. Supervisory "
                "authorities expect a period per purpose and per data category, since data "
                "needed for one purpose is not necessarily needed as long for another."
            )
            yield path, message, {"rule": r.id, "period": str(r.period), "reason": reason}


@rule(
    "RET-008",
    "major",
    "Identity documents from rights requests are kept with no short period",
    reference="GDPR Art. 5(1)(c), Art. 5(1)(e), Art. 12(6)",
    remedy="Delete the copy of the identity document once the identity is checked; keep only the "
    "fact of the verification (who, when, how), with the request and the answer.",
)
def identity_documents_kept(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not identity_documents_asked(assessment):
        return
    rules = [(path, r) for path, r in rules_of(assessment) if ID_DOCUMENTS in r.applies_to]
    keep_fact = "Only the fact that identity was verified needs keeping, not the copy."
    if not rules:
        message = (
            "People who exercise their rights send identity documents, but no retention rule says "
            f"when the copies are deleted. {keep_fact}"
        )
        yield RULES_PATH, message, {"rule": None, "period": None}
    for path, r in rules:
        too_long = [d for d in deviations(r.period, [ID_DOCUMENTS], knowledge) if d.longer]
        if r.period is not None and not too_long:
            continue
        kept = f"for {r.period} ({too_long[0].text})" if too_long else "with no period"
        message = (
            f"Retention rule '{r.id}' keeps identity documents from rights requests {kept}. "
            f"{keep_fact}{_nor(_also_missing(r)) if r.period is None else ''}"
        )
        yield path, message, {"rule": r.id, "period": str(r.period) if r.period else None}


@rule(
    "RET-009",
    "minor",
    "Consent records have no retention period",
    reference="GDPR Art. 7(1), Art. 5(1)(e), Art. 5(2)",
    remedy="Keep the minimal proof of consent (who, when, which text, how, withdrawal) for as "
    "long as consent is relied on plus the period in which a claim can be brought; then delete.",
)
def consent_records_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    rules = [(path, r) for path, r in rules_of(assessment) if CONSENT_RECORDS in r.applies_to]
    if not rules and CONSENT_RECORDS in expected_groups(assessment):
        message = (
            "Purposes rely on consent, which the controller must be able to prove (Art. 7(1)), "
            "but no retention rule says how long the proof of consent is kept."
        )
        yield RULES_PATH, message, {"rule": None}
    for path, r in rules:
        if r.period is None:
            message = (
                f"Retention rule '{r.id}' covers records of consent but sets no period: the proof "
                f"may be lost too early or kept without end.{_nor(_also_missing(r))}"
            )
            yield path, message, {"rule": r.id}


@rule(
    "RET-010",
    "minor",
    "A retention period has no start event",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a)",
    remedy="Record the event that starts the period (e.g. end of contract, last active contact, "
    "withdrawal of consent, date of objection).",
)
def no_start_event(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.period is not None and r.trigger is None:
            message = (
                f"Retention rule '{r.id}' sets {r.period} but not from when, so the end of the "
                "period cannot be determined."
            )
            yield path, message, {"rule": r.id, "period": str(r.period)}


@rule(
    "RET-015",
    "minor",
    "A retention period is shorter than a minimum reference period",
    reference="GDPR Art. 21(2)-(3); minimum reference periods of "
    "pia/knowledge/retention.yaml (RET-OBJECTED: CNIL, at least 3 years)",
    remedy="Keep the data at least as long as the minimum reference, limited to what that "
    "purpose needs (for an objection: a hash of the e-mail address or telephone number on a "
    "separate suppression list), or record why a shorter period is enough.",
)
def shorter_than_minimum(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        for d in deviations(r.period, r.applies_to, knowledge):
            if not d.shorter:
                continue
            ref = d.reference
            verified = "" if ref.verified else " The reference itself is not verified."
            justified = (
                " A justification is recorded: check that it explains the shorter period."
                if r.justification
                else " No justification is recorded."
            )
            message = (
                f"Retention rule '{r.id}' keeps the data of {GROUP_LABELS[d.group]} for "
                f"{r.period}: {d.text}, starting from '{ref.starts}' (source: {ref.source}). "
                f"This reference is a minimum, not a maximum. {ref.why_minimum}{verified}"
                f"{justified}"
            )
            yield path, message, _deviation_params(r, d)
