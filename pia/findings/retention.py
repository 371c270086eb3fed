"""Findings on retention (RET-*): groups without a rule, missing periods, impossible starts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import ArchiveGround, DeletionMethod, RetentionGroup
from pia.scoring.retention import missing
from pia.scoring.retention_groups import (
    GROUP_LABELS,
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
            if d.ratio <= 1 or d.group in own:
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
            params = {
                "rule": r.id,
                "group": d.group.value,
                "period": str(r.period),
                "reference_period": str(d.reference_period),
                "deviation": d.text,
                "reference": ref.id,
                "source": ref.source,
                "verified": ref.verified,
            }
            yield path, message, params


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
        too_long = [d for d in deviations(r.period, [ID_DOCUMENTS], knowledge) if d.ratio > 1]
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


# --- the archive after active use -----------------------------------------------------------------


def _archived(a: Assessment) -> Iterator[tuple[str, RetentionRule]]:
    """Rules whose data are archived after active use (deletion `archive_then_erasure`)."""
    for path, r in rules_of(a):
        if r.deletion is DeletionMethod.archive_then_erasure:
            yield path, r


@rule(
    "RET-011",
    "major",
    "Data archived after active use, without an archive period",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)",
    remedy="Record how long the archive keeps the data after the active period (e.g. the "
    "limitation period or the legal retention duty it serves), and then erase them.",
)
def archive_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        if r.archive is not None and r.archive.period is not None:
            continue
        where = f"{path}.archive" if r.archive is None else f"{path}.archive.period"
        active = f"after {r.period} of active use" if r.period else "after active use"
        message = (
            f"Retention rule '{r.id}' ({_groups(r.applies_to)}) archives the data {active}, but "
            "records no archive period: nothing limits how long the archive keeps them, and "
            "people cannot be told the full period."
        )
        params = {
            "rule": r.id,
            "recorded": r.archive is not None,
            "active": str(r.period) if r.period else None,
        }
        yield where, message, params


@rule(
    "RET-012",
    "major",
    "Data archived without a ground for keeping them after active use",
    reference="GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1)",
    remedy="Record the ground that outlasts the purpose: a legal obligation to keep the data "
    "(name the law), the defence of legal claims (within the limitation period), or archiving "
    "in the public interest, research or statistics (Art. 89(1)); otherwise erase the data "
    "at the end of the active period.",
)
def archive_without_ground(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.ground not in (ArchiveGround.unknown, ArchiveGround.other):
            continue
        state = (
            "records no ground for it"
            if archive.ground is ArchiveGround.unknown
            else "records a ground the GDPR does not name for it ('other')"
        )
        message = (
            f"Retention rule '{r.id}' archives the data after active use but {state}: once the "
            "purpose is met, data may be kept only to meet a legal obligation, to establish or "
            "defend legal claims, or for archiving in the public interest, research or "
            "statistics."
        )
        yield f"{path}.archive.ground", message, {"rule": r.id, "ground": archive.ground.value}


@rule(
    "RET-013",
    "minor",
    "Archive after active use not restricted to authorised people",
    reference="GDPR Art. 5(1)(e)-(f), Art. 89(1); CNIL, Guide pratique 'Les durées de "
    "conservation' (July 2020): intermediate archive",
    remedy="Keep archived data apart from the working systems (separate storage, or at least "
    "separate access rights), open only to people specifically authorised, for an occasional "
    "and justified need.",
)
def archive_not_restricted(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.access_restricted is True:
            continue
        state = (
            "is recorded as not restricted"
            if archive.access_restricted is False
            else "is not recorded as restricted"
        )
        message = (
            f"Retention rule '{r.id}' archives the data after active use, but access to the "
            f"archive {state} to people specifically authorised: data still within reach of "
            "the teams that used them remain in active use."
        )
        params = {"rule": r.id, "restricted": archive.access_restricted}
        yield f"{path}.archive.access_restricted", message, params


@rule(
    "RET-014",
    "minor",
    "An archive is recorded, but the data are recorded as erased or anonymised at the end",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a)",
    remedy="Set the deletion method to `archive_then_erasure` if the data are archived after "
    "active use, or remove the archive if they are erased or anonymised at the end.",
)
def archive_contradicts_deletion(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.archive is None or r.deletion not in (
            DeletionMethod.erasure,
            DeletionMethod.anonymisation,
        ):
            continue
        message = (
            f"Retention rule '{r.id}' records an archive after active use, but says the data "
            f"are {'erased' if r.deletion is DeletionMethod.erasure else 'anonymised'} at the "
            "end of the period: people cannot be told which is true."
        )
        yield f"{path}.deletion", message, {"rule": r.id, "deletion": r.deletion.value}
