"""Retention scoring: each retention rule, and each group no rule covers, rated for over-keeping.

Severity is what is at stake when data is kept too long (how sensitive the data kept is);
likelihood is how likely data is kept longer than necessary (Art. 5(1)(e)): no period, no start
event or one that cannot happen, a period beyond the knowledge base's reference, no
justification, no known deletion. Each factor says what was found and where.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pia.knowledge import Knowledge, KnowledgeError, RetentionReference
from pia.model import (
    Assessment,
    DataCategory,
    DeletionMethod,
    LegalBasis,
    Period,
    Purpose,
    RetentionGroup,
    RetentionRule,
    SubjectKind,
    parse_period,
)
from pia.risk import Factor, Scale
from pia.scoring import Check, ScoredItem, scored

RULES_PATH = "description.retention_rules"
IndexedCategory = tuple[int, DataCategory]  # (index in description.data_categories, category)

GROUP_LABELS: dict[RetentionGroup, str] = {
    RetentionGroup.customers: "customers",
    RetentionGroup.prospects: "prospects",
    RetentionGroup.consent_only: "people who only gave consent",
    RetentionGroup.objected: "people who objected",
    RetentionGroup.rights_requesters: "people who exercised their rights",
    RetentionGroup.consent_records: "records of consent",
}

# People who never had a contract: a period that starts at the end of a contract or of the
# customer relationship never starts for them.
NO_CONTRACT_GROUPS = (RetentionGroup.prospects, RetentionGroup.consent_only)

# Heuristic: words in a start event (trigger) that presuppose a contract or a customer
# relationship, in English and Dutch, matched at the start of a word, case-insensitively.
# A text check, not an understanding of the trigger: docs/method/retention.md lists the words.
CONTRACT_WORDS = (
    "contract",  # also contracts, contractual
    "overeenkomst",
    "terminat",  # termination, terminated
    "ontbinding",
    "opzegging",
    "end of relationship",
    "end of the relationship",
    "end of the customer relationship",
    "end of the commercial relationship",
    "customer relationship",
    "klantrelatie",
    "einde van de relatie",
    "last purchase",
    "laatste aankoop",
)
_CONTRACT_TRIGGER = re.compile(
    r"\b(" + "|".join(re.escape(word) for word in CONTRACT_WORDS) + r")\w*", re.IGNORECASE
)

ART_5_1_E = "GDPR Art. 5(1)(e)"
PERIOD_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)"
TRIGGER_REFERENCE = "GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)"
JUSTIFICATION_REFERENCE = "GDPR Art. 5(1)(e), Art. 5(2), Recital 39"
DELETION_REFERENCE = "GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39"
SENSITIVITY_REFERENCE = "GDPR Art. 9(1), Art. 10; WP248 rev.01 criterion 4"
ID_DOCUMENT_REFERENCE = "GDPR Art. 5(1)(c), Art. 87; WP248 rev.01 criterion 4 (personal documents)"
PROFILE_REFERENCE = "GDPR Art. 4(4); WP248 rev.01 criterion 1"
PER_PURPOSE_REFERENCE = "GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2"

SENSITIVITY_POINTS = {"standard": 0, "highly_personal": 1, "special_category": 2,
                      "criminal_offence": 2}
SENSITIVITY_WORDS = {
    "standard": "standard personal data",
    "highly_personal": "data of a highly personal nature",
    "special_category": "special-category data (Art. 9)",
    "criminal_offence": "data on criminal offences (Art. 10)",
}
KNOWN_DELETION = (DeletionMethod.erasure, DeletionMethod.anonymisation,
                  DeletionMethod.archive_then_erasure)

# What a rule must record: field, check label, factor name, likelihood points, reference,
# what a rule lacking it "does not" do, and what follows when no rule covers a group.
GAPS = (
    ("period", "Period recorded", "No period", 2, PERIOD_REFERENCE,
     "sets no retention period", "no period is set"),
    ("trigger", "Start event recorded", "No start event", 1, TRIGGER_REFERENCE,
     "does not say which event starts its period", "nothing starts a period"),
    ("justification", "Justification recorded", "No justification", 1, JUSTIFICATION_REFERENCE,
     "does not say why its period is necessary", "no period is justified"),
    ("deletion", "Deletion method recorded", "Deletion method unknown", 1, DELETION_REFERENCE,
     "does not say how data is deleted at the end", "nothing says how their data is deleted"),
)


# --- what the assessment should cover -------------------------------------------------------------


def expected_groups(a: Assessment) -> dict[RetentionGroup, str]:
    """Each group the retention rules should cover, in the model's order, with why."""
    consent = [p.id for p in _consent_purposes(a)]
    objectable = [p.id for p in _objectable_purposes(a)]
    expected: dict[RetentionGroup, str] = {}
    for group, kind in _GROUP_KINDS.items():
        ids = [s.id for s in a.description.data_subjects if s.kind is kind]
        if ids:
            expected[group] = f"the assessment records {kind.value} groups ({_ids(ids)})"
    if consent:
        expected[RetentionGroup.consent_only] = f"purposes rely on consent ({_ids(consent)})"
    if objectable:
        expected[RetentionGroup.objected] = (
            "people may object to purposes of direct marketing or legitimate interest "
            f"({_ids(objectable)})"
        )
    documents = a.rights.identity_verification.documents
    expected[RetentionGroup.rights_requesters] = (
        f"people who exercise their rights must send identity proof ({'; '.join(documents)})"
        if documents
        else "every controller receives requests to exercise rights"
    )
    if consent:
        expected[RetentionGroup.consent_records] = (
            f"consent must be provable (Art. 7(1)) for purposes {_ids(consent)}"
        )
    return expected


def covered_groups(a: Assessment) -> set[RetentionGroup]:
    return {group for rule in a.description.retention_rules for group in rule.applies_to}


def identity_documents_asked(a: Assessment) -> bool:
    """Are identity documents asked of people who exercise their rights (or kept for them)?"""
    ids = {c.id for c in a.description.data_categories if c.kind == "government_id"}
    return bool(a.rights.identity_verification.documents) or any(
        RetentionGroup.rights_requesters in rule.applies_to and ids & set(rule.data_categories)
        for rule in a.description.retention_rules
    )


def contract_words(trigger: str | None) -> list[str]:
    """The contract words (heuristic list) found in a start event, lowercased, in order."""
    found = _CONTRACT_TRIGGER.finditer(trigger or "")
    return list(dict.fromkeys(m.group(0).lower() for m in found))


def groups_trigger_misses(
    trigger: str | None, groups: Iterable[RetentionGroup]
) -> list[RetentionGroup]:
    """The groups covered for whom a contract-based start event can never happen."""
    return [g for g in groups if g in NO_CONTRACT_GROUPS] if contract_words(trigger) else []


@dataclass(frozen=True, slots=True)
class Deviation:
    """A recorded period compared with the knowledge base's reference for one group."""

    group: RetentionGroup
    period: Period
    reference: RetentionReference
    reference_period: Period

    @property
    def ratio(self) -> float:
        return self.period.days / self.reference_period.days

    @property
    def text(self) -> str:
        """E.g. `+0% (3 years vs reference 3 years)`."""
        percent = round((self.ratio - 1) * 100)
        return f"{percent:+d}% ({self.period} vs reference {self.reference_period})"

    @property
    def source(self) -> str:
        unverified = "" if self.reference.verified else " (not verified)"
        return f"{self.reference.id}: {self.reference.source}{unverified}"


def deviations(
    period: Period | None, groups: Iterable[RetentionGroup], kb: Knowledge
) -> list[Deviation]:
    """The period against each covered group's reference period; none without a period."""
    if period is None:
        return []
    found = []
    for group in groups:
        try:
            reference = kb.retention_reference(group.value)
        except KnowledgeError:
            continue
        found.append(Deviation(group, period, reference, _reference_period(reference.period)))
    return found


@functools.lru_cache(maxsize=64)
def _reference_period(text: str) -> Period:
    return parse_period(text)


def blanket_reason(rule: RetentionRule, a: Assessment) -> str | None:
    """Why a rule with a period is one blanket period for everything, or None."""
    if rule.period is None:
        return None
    purposes = [p.id for p in a.purposes]
    if len(purposes) >= 2 and set(purposes) <= set(rule.purposes):
        return f"one period covers all {len(purposes)} purposes ({_ids(purposes)})"
    expected = list(expected_groups(a))
    if len(expected) >= 2 and set(expected) <= set(rule.applies_to):
        return f"one period covers all {len(expected)} groups of people"
    return None


# --- what is kept ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Kept:
    """What is scored: a recorded rule, or a group that no rule covers."""

    id: str
    title: str
    path: str
    groups: tuple[RetentionGroup, ...]
    rule: RetentionRule | None
    categories: tuple[IndexedCategory, ...]
    categories_assumed: str | None  # why the categories were assumed; None when listed
    why_expected: str | None = None  # for a group no rule covers


def categories_kept(rule: RetentionRule, a: Assessment) -> tuple[list[IndexedCategory], str | None]:
    """The categories a rule keeps; when it lists none, the assumed ones and why."""
    unlisted = "the rule lists no data categories, so"
    if rule.data_categories:
        return _pick(a, set(rule.data_categories)), None
    wanted = {c for p in a.purposes if p.id in rule.purposes for c in p.data_categories}
    if wanted:
        return _pick(a, wanted), f"{unlisted} those of its purposes are assumed"
    for group in rule.applies_to:
        wanted |= {c.id for _, c in group_categories(group, a)[0]}
    if wanted:
        return _pick(a, wanted), f"{unlisted} those of the purposes about its people are assumed"
    return _pick(a, None), f"{unlisted} all the assessment's categories are assumed"


def group_categories(group: RetentionGroup, a: Assessment) -> tuple[list[IndexedCategory], str]:
    """The categories a group's data likely holds (from the purposes concerning it), and how."""
    if group is RetentionGroup.rights_requesters:
        chosen = [(i, c) for i, c in _pick(a, None) if c.kind == "government_id"]
        return chosen, "the identity documents recorded in the assessment are assumed"
    if group in _GROUP_KINDS:
        kind = _GROUP_KINDS[group]
        subjects = {s.id for s in a.description.data_subjects if s.kind is kind}
        purposes = [p for p in a.purposes if subjects & set(p.data_subjects)]
    elif group is RetentionGroup.objected:
        purposes = _objectable_purposes(a)
    else:
        purposes = _consent_purposes(a)
    wanted = {c for p in purposes for c in p.data_categories}
    if wanted:
        return _pick(a, wanted), "the categories of the purposes concerning them are assumed"
    return _pick(a, None), "all the assessment's categories are assumed"


def things_kept(a: Assessment) -> list[Kept]:
    """Every recorded rule, then every expected group that no rule covers."""
    kept = []
    for i, rule in enumerate(a.description.retention_rules):
        categories, assumed = categories_kept(rule, a)
        path = f"{RULES_PATH}[{i}]"
        kept.append(Kept(rule.id, _rule_title(rule), path, tuple(rule.applies_to), rule,
                         tuple(categories), assumed))
    covered = covered_groups(a)
    for group, why in expected_groups(a).items():
        if group not in covered:
            categories, assumed = group_categories(group, a)
            title = f"Retention of {GROUP_LABELS[group]}: no retention rule"
            kept.append(Kept(f"retention-{group.value}-uncovered", title, RULES_PATH, (group,),
                             None, tuple(categories), f"no rule covers them, so {assumed}", why))
    return kept


# --- factors --------------------------------------------------------------------------------------


def severity_factors(k: Kept, a: Assessment) -> list[Factor]:
    """What is at stake: the most sensitive data, identity documents, profiles."""
    factors = []
    assumed = f" ({k.categories_assumed})" if k.categories_assumed else ""
    if k.categories:
        i, top = max(k.categories, key=lambda ic: SENSITIVITY_POINTS[ic[1].sensitivity.value])
        points = SENSITIVITY_POINTS[top.sensitivity.value]
        reason = (f"The most sensitive data kept is '{top.name}' ({top.id}), "
                  f"{SENSITIVITY_WORDS[top.sensitivity.value]}{assumed}.")
        if points:
            factors.append(_severity("Most sensitive data kept", points, reason,
                                     SENSITIVITY_REFERENCE, f"description.data_categories[{i}]"))
    documents = [(i, c) for i, c in k.categories if c.kind == "government_id"]
    if documents:
        reason = (f"Identity documents or numbers are kept ({_ids(c.id for _, c in documents)})"
                  f"{assumed}; a copy enables identity fraud.")
        path = f"description.data_categories[{documents[0][0]}]"
        factors.append(_severity("Identity documents kept", 1, reason, ID_DOCUMENT_REFERENCE, path))
    elif RetentionGroup.rights_requesters in k.groups and identity_documents_asked(a):
        reason = ("People who exercise their rights must send identity proof "
                  f"({'; '.join(a.rights.identity_verification.documents)}), and this retention "
                  "covers it; a copy enables identity fraud.")
        path = "rights.identity_verification.documents"
        factors.append(_severity("Identity documents kept", 1, reason, ID_DOCUMENT_REFERENCE, path))
    profiles = [(i, c) for i, c in k.categories if c.inferred or c.kind == "inferred_profile"]
    if profiles:
        reason = (f"Profiles or inferred data are kept ({_ids(c.id for _, c in profiles)})"
                  f"{assumed}: predictions about a person that can be wrong and outlive their use.")
        path = f"description.data_categories[{profiles[0][0]}]"
        factors.append(_severity("Profiles or inferred data kept", 1, reason, PROFILE_REFERENCE,
                                 path))
    return factors


def likelihood_factors(k: Kept, kb: Knowledge) -> list[Factor]:
    """How likely data outlives its need: what the rule leaves out, and how long it keeps."""
    rule, who = k.rule, _groups_text(k.groups)
    if rule is None:
        gap = f"No retention rule covers {who} (expected because {k.why_expected})"
        return [_likelihood(name, points, f"{gap}, so {then}.", ref, k.path)
                for _, _, name, points, ref, _, then in GAPS]
    factors = []
    for field, _, name, points, ref, lacks, _ in GAPS:
        if missing(rule, field):
            reason = f"Rule {rule.id} {lacks}" + (f" for {who}." if field == "period" else ".")
            factors.append(_likelihood(name, points, reason, ref, f"{k.path}.{field}"))
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if missed:
        words = ", ".join(f"'{w}'" for w in contract_words(rule.trigger))
        reason = (f"Rule {rule.id} starts its period at '{rule.trigger}' ({words}), an event that "
                  f"never happens for {_groups_text(missed)}, who have no contract: their data "
                  "would be kept without end.")
        factors.append(_likelihood("Start event cannot occur", 1, reason, TRIGGER_REFERENCE,
                                   f"{k.path}.trigger"))
    compared = deviations(rule.period, k.groups, kb)
    longer = [d for d in compared if d.ratio > 1]
    if longer:
        worst = max(longer, key=lambda d: d.ratio)
        detail = "; ".join(f"{GROUP_LABELS[d.group]}: {d.text}" for d in longer)
        reason = (f"Rule {rule.id} keeps data longer than the reference period ({detail}). "
                  "Reference periods are indicative, not binding.")
        factors.append(_likelihood("Longer than the reference period", 2 if worst.ratio > 2 else 1,
                                   reason, f"{ART_5_1_E}; reference {worst.source}",
                                   f"{k.path}.period"))
    elif compared and _fully_recorded(rule) and not missed:
        reason = (f"Rule {rule.id} records its start, {rule.deletion.value.replace('_', ' ')} at "
                  "the end, a justification, and a period within the reference "
                  f"({'; '.join(d.text for d in compared)}).")
        factors.append(_likelihood("Deletion recorded, justified, within reference", -1, reason,
                                   "GDPR Art. 5(1)(e), Recital 39", k.path))
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
        detail = f"No rule covers {_groups_text(k.groups)}; expected because {k.why_expected}."
        return [Check("rule", "A retention rule covers the group", "missing", detail,
                      PERIOD_REFERENCE)]
    checks = []
    for field, label, _, _, ref, _, _ in GAPS:
        value = getattr(rule, field)
        status = "missing" if missing(rule, field) else "recorded"
        detail = "Not recorded." if status == "missing" else str(getattr(value, "value", value))
        checks.append(Check(field, label, status, detail, ref))
    label = "Start event can happen for every group covered"
    missed = groups_trigger_misses(rule.trigger, k.groups)
    if rule.trigger is None:
        checks.append(Check("trigger_fits", label, "not_applicable", "No start event.",
                            TRIGGER_REFERENCE))
    else:
        detail = (f"Presupposes a contract ({', '.join(contract_words(rule.trigger))}); "
                  f"{_groups_text(missed)} have none." if missed
                  else "No contract words for a group without a contract (text heuristic).")
        checks.append(Check("trigger_fits", label, "failed" if missed else "recorded", detail,
                            TRIGGER_REFERENCE))
    compared = deviations(rule.period, k.groups, kb)
    detail = "; ".join(f"{GROUP_LABELS[d.group]}: {d.text}, {d.reference.id}" for d in compared)
    status = ("not_applicable" if not compared
              else "failed" if any(d.ratio > 1 for d in compared) else "recorded")
    checks.append(Check("reference", "Period within the reference period", status,
                        detail or "No period to compare.", ART_5_1_E))
    blanket = blanket_reason(rule, a)
    status = "not_applicable" if rule.period is None else "failed" if blanket else "recorded"
    detail = _sentence(blanket or "the rule covers part of the processing")
    checks.append(Check("per_purpose", "Period set per purpose and group, not one blanket period",
                        status, detail if rule.period else "No period.", PER_PURPOSE_REFERENCE))
    assumed = k.categories_assumed
    detail = _sentence(assumed) if assumed else _ids(c.id for _, c in k.categories)
    checks.append(Check("categories", "Data categories listed",
                        "missing" if assumed else "recorded", detail, PER_PURPOSE_REFERENCE))
    return checks


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

_GROUP_KINDS = {
    RetentionGroup.customers: SubjectKind.customer,
    RetentionGroup.prospects: SubjectKind.prospect,
}


def _consent_purposes(a: Assessment) -> list[Purpose]:
    return [p for p in a.purposes if _claims(p, LegalBasis.consent)]


def _objectable_purposes(a: Assessment) -> list[Purpose]:
    """Purposes people may object to: direct marketing (Art. 21(2)) or legitimate interest."""
    return [p for p in a.purposes
            if p.direct_marketing or _claims(p, LegalBasis.legitimate_interest)]


def _claims(purpose: Purpose, basis: LegalBasis) -> bool:
    return any(claim.basis is basis for claim in purpose.legal_bases)


def _pick(a: Assessment, ids: set[str] | None) -> list[IndexedCategory]:
    """The assessment's categories with these ids (all when None), with their index."""
    cats = enumerate(a.description.data_categories)
    return [(i, c) for i, c in cats if ids is None or c.id in ids]


def _severity(name: str, points: int, reason: str, reference: str, path: str) -> Factor:
    return Factor("severity", name, points, reason, reference, path)


def _likelihood(name: str, points: int, reason: str, reference: str, path: str) -> Factor:
    return Factor("likelihood", name, points, reason, reference, path)


def _sentence(text: str) -> str:
    return f"{text[0].upper()}{text[1:]}."


def _ids(ids: Iterable[str]) -> str:
    return ", ".join(ids)


def _groups_text(groups: Iterable[RetentionGroup]) -> str:
    return ", ".join(GROUP_LABELS[g] for g in groups)


def _rule_title(rule: RetentionRule) -> str:
    who = _groups_text(rule.applies_to)
    if rule.period is None:
        return f"Retention of {who}: no period recorded"
    start = f" from {rule.trigger}" if rule.trigger else ", start not recorded"
    return f"Retention of {who}: {rule.period}{start}"
