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

from pia.knowledge import Knowledge
from pia.model import ArchiveGround, Assessment, DeletionMethod, RetentionGroup, RetentionRule
from pia.risk import Factor, Scale
from pia.scoring import Check, CheckStatus, ScoredItem, most_sensitive, scored
from pia.scoring.retention_archive import ARCHIVE_REFERENCE, archive_gaps, archive_words
from pia.scoring.retention_groups import (
    GROUP_LABELS,
    blanket_reason,
    contract_words,
    deviations,
    groups_text,
    groups_trigger_misses,
    id_list,
    identity_documents_asked,
)
from pia.scoring.retention_kept import Kept, things_kept
from pia.screening.facts import SENSITIVITY_WORDS

ART_5_1_E = "GDPR Art. 5(1)(e)"
PERIOD_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)"
TRIGGER_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)"
JUSTIFICATION_REFERENCE = "GDPR Art. 5(1)(e), Art. 5(2), Recital 39"
DELETION_REFERENCE = "GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39"
SENSITIVITY_REFERENCE = "GDPR Art. 9(1), Art. 10; WP248 rev.01 criterion 4"
ID_DOCUMENT_REFERENCE = "GDPR Art. 5(1)(c), Art. 87; WP248 rev.01 criterion 4 (personal documents)"
PROFILE_REFERENCE = "GDPR Art. 4(4); WP248 rev.01 criterion 1"
PER_PURPOSE_REFERENCE = "GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2"
# What a rule must record: field, check label, factor name, likelihood points, reference,
# what a rule lacking it "does not" do, and what follows when no rule covers a group.
GAPS = (
    (
        "period",
        "Period recorded",
        "No period",
        2,
        PERIOD_REFERENCE,
        "sets no retention period",
        "no period is set",
    ),
    (
        "trigger",
        "Start event recorded",
        "No start event",
        1,
        TRIGGER_REFERENCE,
        "does not say which event starts its period",
        "nothing starts a period",
    ),
    (
        "justification",
        "Justification recorded",
        "No justification",
        1,
        JUSTIFICATION_REFERENCE,
        "does not say why its period is necessary",
        "no period is justified",
    ),
    (
        "deletion",
        "Deletion method recorded",
        "Deletion method unknown",
        1,
        DELETION_REFERENCE,
        "does not say how data is deleted at the end",
        "nothing says how their data is deleted",
    ),
)


# --- factors --------------------------------------------------------------------------------------


def severity_factors(k: Kept, a: Assessment) -> list[Factor]:
    """What is at stake: the most sensitive data, identity documents, profiles."""
    factors = []
    assumed = f" ({k.categories_assumed})" if k.categories_assumed else ""
    if k.categories:
        i, top, points = most_sensitive(k.categories)
        reason = (
            f"The most sensitive data kept is '{top.name}' ({top.id}), "
            f"{SENSITIVITY_WORDS[top.sensitivity.value]}{assumed}."
        )
        if points:
            factors.append(
                _severity(
                    "Most sensitive data kept",
                    points,
                    reason,
                    SENSITIVITY_REFERENCE,
                    f"description.data_categories[{i}]",
                )
            )
    documents = [(i, c) for i, c in k.categories if c.kind == "government_id"]
    if documents:
        reason = (
            f"Identity documents or numbers are kept ({id_list(c.id for _, c in documents)})"
            f"{assumed}; a copy enables identity fraud."
        )
        path = f"description.data_categories[{documents[0][0]}]"
        factors.append(_severity("Identity documents kept", 1, reason, ID_DOCUMENT_REFERENCE, path))
    elif RetentionGroup.rights_requesters in k.groups and identity_documents_asked(a):
        reason = (
            "People who exercise their rights must send identity proof "
            f"({'; '.join(a.rights.identity_verification.documents)}), and this retention "
            "covers it; a copy enables identity fraud."
        )
        path = "rights.identity_verification.documents"
        factors.append(_severity("Identity documents kept", 1, reason, ID_DOCUMENT_REFERENCE, path))
    profiles = [(i, c) for i, c in k.categories if c.inferred or c.kind == "inferred_profile"]
    if profiles:
        reason = (
            f"Profiles or inferred data are kept ({id_list(c.id for _, c in profiles)})"
            f"{assumed}: predictions about a person that can be wrong and outlive their use."
        )
        path = f"description.data_categories[{profiles[0][0]}]"
        factors.append(
            _severity("Profiles or inferred data kept", 1, reason, PROFILE_REFERENCE, path)
        )
    return factors


def likelihood_factors(k: Kept, kb: Knowledge) -> list[Factor]:
    """How likely data outlives its need: what the rule leaves out, and how long it keeps."""
    rule, who = k.rule, groups_text(k.groups)
    if rule is None:
        gap = f"No retention rule covers {who} (expected because {k.why_expected})"
        return [
            _likelihood(name, points, f"{gap}, so {then}.", ref, k.path)
            for _, _, name, points, ref, _, then in GAPS
        ]
    factors = []
    for field, _, name, points, ref, lacks, _ in GAPS:
        if missing(rule, field):
            reason = f"Rule {rule.id} {lacks}" + (f" for {who}." if field == "period" else ".")
            factors.append(_likelihood(name, points, reason, ref, f"{k.path}.{field}"))
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if missed:
        words = ", ".join(f"'{w}'" for w in contract_words(rule.trigger))
        reason = (
            f"Rule {rule.id} starts its period at '{rule.trigger}' ({words}), an event that "
            f"never happens for {groups_text(missed)}, who have no contract: their data "
            "would be kept without end."
        )
        factors.append(
            _likelihood(
                "Start event cannot occur", 1, reason, TRIGGER_REFERENCE, f"{k.path}.trigger"
            )
        )
    compared = deviations(rule.period, k.groups, kb)
    longer = [d for d in compared if d.longer]
    shorter = [d for d in compared if d.shorter]
    if longer:
        worst = max(longer, key=lambda d: d.ratio)
        detail = "; ".join(f"{GROUP_LABELS[d.group]}: {d.text}" for d in longer)
        reason = (
            f"Rule {rule.id} keeps data longer than the reference period ({detail}). "
            "Reference periods are indicative, not binding."
        )
        factors.append(
            _likelihood(
                "Longer than the reference period",
                2 if worst.ratio > 2 else 1,
                reason,
                f"{ART_5_1_E}; reference {worst.source}",
                f"{k.path}.period",
            )
        )
    if shorter:
        worst = min(shorter, key=lambda d: d.ratio)
        detail = "; ".join(f"{GROUP_LABELS[d.group]}: {d.text}" for d in shorter)
        reason = (
            f"Rule {rule.id} keeps data for less than a reference period that is a minimum "
            f"({detail}). {worst.reference.why_minimum}"
        )
        factors.append(
            _likelihood(
                "Shorter than the minimum reference period",
                2 if worst.ratio < 0.5 else 1,
                reason,
                f"reference {worst.source}",
                f"{k.path}.period",
            )
        )
    archive = archive_gaps(rule)
    if archive:
        reason = (
            f"Rule {rule.id} archives the data after active use, but "
            f"{'; '.join(g for _, g in archive)}: an archive is for occasional, authorised "
            "access on a ground that outlasts the purpose, not a longer active period."
        )
        factors.append(
            _likelihood(
                "Archive after active use not shown",
                1,
                reason,
                ARCHIVE_REFERENCE,
                f"{k.path}.{archive[0][0]}",
            )
        )
    elif compared and not longer and not shorter and _fully_recorded(rule) and not missed:
        archived = (
            f" (archive: {archive_words(rule)})"
            if rule.deletion is DeletionMethod.archive_then_erasure
            else ""
        )
        reason = (
            f"Rule {rule.id} records its start, {rule.deletion.value.replace('_', ' ')} at "
            f"the end{archived}, a justification, and a period within the reference "
            f"({'; '.join(d.text for d in compared)})."
        )
        factors.append(
            _likelihood(
                "Deletion recorded, justified, within reference",
                -1,
                reason,
                "GDPR Art. 5(1)(e), Recital 39",
                k.path,
            )
        )
    return factors


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
        detail = f"No rule covers {groups_text(k.groups)}; expected because {k.why_expected}."
        return [
            Check("rule", "A retention rule covers the group", "missing", detail, PERIOD_REFERENCE)
        ]
    checks = []
    for field, label, _, _, ref, _, _ in GAPS:
        value = getattr(rule, field)
        status: CheckStatus = "missing" if missing(rule, field) else "recorded"
        detail = "Not recorded." if status == "missing" else str(getattr(value, "value", value))
        checks.append(Check(field, label, status, detail, ref))
    label = "Start event can happen for every group covered"
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if rule.trigger is None:
        checks.append(
            Check("trigger_fits", label, "not_applicable", "No start event.", TRIGGER_REFERENCE)
        )
    else:
        detail = (
            f"Presupposes a contract ({', '.join(contract_words(rule.trigger))}); "
            f"{groups_text(missed)} have none."
            if missed
            else "No contract words for a group without a contract (text heuristic)."
        )
        checks.append(
            Check(
                "trigger_fits", label, "failed" if missed else "recorded", detail, TRIGGER_REFERENCE
            )
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
            "Period within the reference period",
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
            "Period set per purpose and group, not one blanket period",
            status,
            detail if rule.period else "No period.",
            PER_PURPOSE_REFERENCE,
        )
    )
    checks.append(_archive_check(rule))
    assumed = k.categories_assumed
    detail = _sentence(assumed) if assumed else id_list(c.id for _, c in k.categories)
    checks.append(
        Check(
            "categories",
            "Data categories listed",
            "missing" if assumed else "recorded",
            detail,
            PER_PURPOSE_REFERENCE,
        )
    )
    return checks


def _archive_check(rule: RetentionRule) -> Check:
    label = "Archive after active use: period, ground, restricted access"
    if rule.deletion is not DeletionMethod.archive_then_erasure:
        if rule.archive is None:
            return Check(
                "archive",
                label,
                "not_applicable",
                "No archive after active use.",
                ARCHIVE_REFERENCE,
            )
        detail = (
            f"An archive is recorded ({archive_words(rule)}), but the data are recorded as "
            f"'{rule.deletion.value.replace('_', ' ')}' at the end of the period."
        )
        return Check("archive", label, "failed", detail, ARCHIVE_REFERENCE)
    gaps = archive_gaps(rule)
    archive = rule.archive
    refused = archive is not None and (
        archive.ground is ArchiveGround.other or archive.access_restricted is False
    )
    status: CheckStatus = "recorded" if not gaps else "failed" if refused else "missing"
    detail = (
        _sentence(archive_words(rule)) if not gaps else _sentence("; ".join(g for _, g in gaps))
    )
    return Check("archive", label, status, detail, ARCHIVE_REFERENCE)


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


def _severity(name: str, points: int, reason: str, reference: str, path: str) -> Factor:
    return Factor("severity", name, points, reason, reference, path)


def _likelihood(name: str, points: int, reason: str, reference: str, path: str) -> Factor:
    return Factor("likelihood", name, points, reason, reference, path)


def _sentence(text: str) -> str:
    return f"{text[0].upper()}{text[1:]}."
