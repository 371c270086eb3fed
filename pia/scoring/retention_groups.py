"""Whom retention rules should cover, and how a rule's start event and period compare for them.

Shared by the retention scores (`pia.scoring.retention`) and findings (`pia.findings.retention`):
the groups the assessment implies (customers, prospects, people who consented or objected, people
who exercise their rights), the contract words that make a start event impossible for people
without a contract, a period's deviation from the knowledge base's reference (a maximum, or a
minimum), and blanket periods.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pia.knowledge import Knowledge, KnowledgeError, RetentionReference
from pia.model import (
    Assessment,
    LegalBasis,
    Period,
    Purpose,
    RetentionGroup,
    RetentionRule,
    SubjectKind,
    parse_period,
)
from pia.scoring.purpose_facts import relies_on

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

# Groups that are kinds of people recorded in the description.
GROUP_KINDS = {
    RetentionGroup.customers: SubjectKind.customer,
    RetentionGroup.prospects: SubjectKind.prospect,
}


def expected_groups(a: Assessment) -> list[RetentionGroup]:
    """Each group the retention rules should cover, in the model's order: the kinds of people
    recorded, people who only consented and who objected (when purposes rely on consent or can
    be objected to), people who exercise their rights (every controller receives requests), and
    the records of consent (consent must be provable, Art. 7(1))."""
    consent = bool(consent_purposes(a))
    expected = [
        group
        for group, kind in GROUP_KINDS.items()
        if any(s.kind is kind for s in a.description.data_subjects)
    ]
    expected += [RetentionGroup.consent_only] if consent else []
    expected += [RetentionGroup.objected] if objectable_purposes(a) else []
    expected.append(RetentionGroup.rights_requesters)
    expected += [RetentionGroup.consent_records] if consent else []
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
    """A recorded period compared with the knowledge base's reference for one group.

    Most references are a maximum (keep no longer unless necessary); some are a minimum (keep at
    least this long: a suppression list honours an objection only while it lasts). `outside` is
    what the reference warns about: longer than a maximum, or shorter than a minimum."""

    group: RetentionGroup
    period: Period
    reference: RetentionReference
    reference_period: Period

    @property
    def ratio(self) -> float:
        return self.period.days / self.reference_period.days

    @property
    def minimum(self) -> bool:
        """Is the reference a minimum rather than a maximum?"""
        return self.reference.bound == "minimum"

    @property
    def longer(self) -> bool:
        """Longer than a maximum reference (longer than a minimum is what it asks for)."""
        return not self.minimum and self.ratio > 1

    @property
    def shorter(self) -> bool:
        """Shorter than a minimum reference (shorter than a maximum is within it)."""
        return self.minimum and self.ratio < 1

    @property
    def outside(self) -> bool:
        return self.longer or self.shorter


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


def blanket_reason(rule: RetentionRule, a: Assessment) -> tuple[str, int] | None:
    """Why a rule with a period is one blanket period for everything: (`purposes` or `groups`,
    how many it covers), or None."""
    if rule.period is None:
        return None
    purposes = [p.id for p in a.purposes]
    if len(purposes) >= 2 and set(purposes) <= set(rule.purposes):
        return "purposes", len(purposes)
    expected = expected_groups(a)
    if len(expected) >= 2 and set(expected) <= set(rule.applies_to):
        return "groups", len(expected)
    return None


def consent_purposes(a: Assessment) -> list[Purpose]:
    return [p for p in a.purposes if relies_on(p, LegalBasis.consent)]


def objectable_purposes(a: Assessment) -> list[Purpose]:
    """Purposes people may object to: direct marketing (Art. 21(2)) or legitimate interest."""
    return [
        p for p in a.purposes if p.direct_marketing or relies_on(p, LegalBasis.legitimate_interest)
    ]
