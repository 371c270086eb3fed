"""Findings on purposes and their legal bases: consent, legitimate interest, objection, notices.

The rules read the same `PurposeFacts` (`pia.scoring.purpose_facts`) as the purpose scores, so a
finding and a factor never disagree about what was recorded. Each yields codes and ids; its words
are in pia/words/<lang>/findings-purposes.ftl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule
from pia.model import LegalBasis, LegalBasisClaim, TestOutcome
from pia.scoring.purpose_facts import purpose_facts

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, dict[str, Any]]]

# A condition or scope that seems to cite an article or a named instrument ("Art. 60 of the VAT
# Code", "Law of 21 March 1991", "wet van ...", "Royal Decree ..."): PUR-009 then says to move the
# law into the claim's `law` field, which is what it reads.
NAMES_A_LAW = re.compile(
    r"\b(?:(?i:art(?:icle|ikel)?\.?)\s*(?:[0-9]+|[IVXL]+\.[0-9]+)"
    r"|(?i:act|code|wetboek|decree|decreet|regulation|directive|ordinance|ordonnantie)"
    r"|(?i:law\s+of|wet\s+van|loi\s+du|koninklijk\s+besluit|arr[êe]t[ée]))\b"
)


# --- legal basis fit ------------------------------------------------------------------------------


@rule("PUR-001", "blocker")
def personalised_ads_without_consent(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if f.personalised_advertising and not f.relies_on(LegalBasis.consent):
            bases = [b.value for b in f.other_bases(LegalBasis.consent)]
            yield f"{f.at}.legal_bases", {"purpose": f.purpose.id, "bases": bases}


@rule("PUR-002", "major")
def interest_test_not_recorded(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.legitimate_interest):
            continue
        for field, step, outcome in f.interest_tests():
            if outcome is not TestOutcome.not_recorded:
                continue
            if f.purpose.legitimate_interest is None:
                path = f.claim_path(LegalBasis.legitimate_interest)
            else:
                path = f"{f.at}.legitimate_interest.{field}"
            yield path, {"purpose": f.purpose.id, "step": step}


@rule("PUR-003", "blocker")
def interest_test_failed(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.legitimate_interest):
            continue
        for field, step, outcome in f.interest_tests():
            if outcome is TestOutcome.failed:
                path = f"{f.at}.legitimate_interest.{field}"
                yield path, {"purpose": f.purpose.id, "step": step}


def _gap(field: str, recorded: Any) -> dict[str, Any]:
    """A gap as params: its code (`objection_channel`) and the yes/no answer recorded there.

    `recorded` is False where the answer is recorded as no, None where it is not recorded."""
    return {"gap": field.replace(".", "_"), "recorded": False if recorded is False else None}


@rule("PUR-004", "major")
def objection_not_easy(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.objection_applies:
            continue
        bases = [b.value for b in f.other_bases(LegalBasis.consent)]
        objection = f.purpose.objection
        for field, _ in f.objection_gaps():
            part = field.removeprefix("objection").removeprefix(".")
            recorded = getattr(objection, part) if objection is not None and part else None
            params = {"purpose": f.purpose.id, "bases": bases, **_gap(field, recorded)}
            yield f"{f.at}.{field}", params


@rule("PUR-005", "major")
def withdrawal_called_objection(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if f.withdrawal_called_objection:
            yield f"{f.at}.consent.withdrawal_called_objection", {"purpose": f.purpose.id}


@rule("PUR-006", "major")
def consent_not_shown(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.consent):
            continue
        consent = f.purpose.consent
        for field, _ in f.consent_gaps():
            part = field.removeprefix("consent").removeprefix(".")
            recorded = getattr(consent, part) if consent is not None and part else None
            yield f"{f.at}.{field}", {"purpose": f.purpose.id, **_gap(field, recorded)}


@rule("PUR-007", "major")
def electronic_marketing_without_consent(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.electronic_marketing_without_consent or f.purpose.soft_opt_in is not None:
            continue
        channels = [ch.value for _, ch in f.electronic_channels()]
        bases = [b.value for b in f.other_bases(LegalBasis.consent)]
        yield f.at, {"purpose": f.purpose.id, "channels": channels, "bases": bases}


def _unscoped(claim: LegalBasisClaim) -> bool:
    return not claim.applies_when and not claim.scope


@rule("PUR-008", "minor")
def alternative_bases(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        claims = f.purpose.legal_bases
        unscoped = [j for j, c in enumerate(claims) if _unscoped(c)]
        if len(claims) < 2 or (len(claims) == 2 and not unscoped):
            continue
        params = {
            "purpose": f.purpose.id,
            "bases": [c.basis.value for c in claims],
            "count": len(claims),
            "unscoped": len(unscoped),
        }
        yield f"{f.at}.legal_bases", params


@rule("PUR-009", "minor")
def basis_without_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        for j, basis in f.claims_without_law():
            claim = f.purpose.legal_bases[j]
            said = " ".join(t for t in (claim.applies_when, claim.scope) if t)
            hinted = bool(NAMES_A_LAW.search(said))
            params = {"purpose": f.purpose.id, "basis": basis.value, "hinted": hinted}
            yield f"{f.at}.legal_bases[{j}].law", params


# --- data and transparency ------------------------------------------------------------------------


@rule("PUR-010", "major")
def undeclared_category(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        for j, category in f.undeclared():
            params = {"purpose": f.purpose.id, "category": category.id}
            yield f"{f.at}.data_categories[{j}]", params


@rule("PUR-011", "major")
def other_sources_without_art14(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        found = f.art14_gap()
        if not found:
            continue
        informed = f.purpose.transparency.informed_of_other_sources
        params = {
            "purpose": f.purpose.id,
            "sources": [s.id for _, s in found],
            "informed": False if informed is False else None,
        }
        yield f"{f.at}.transparency.informed_of_other_sources", params


@rule("PUR-012", "minor")
def purpose_without_categories(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, purpose in enumerate(assessment.purposes):
        if not purpose.data_categories:
            yield f"purposes[{i}].data_categories", {"purpose": purpose.id}


@rule("PUR-013", "major")
def not_informed_at_collection(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, purpose in enumerate(assessment.purposes):
        if purpose.transparency.informed_at_collection is False:
            yield f"purposes[{i}].transparency.informed_at_collection", {"purpose": purpose.id}


# --- soft opt-in and special categories -----------------------------------------------------------


@rule("PUR-014", "major")
def soft_opt_in_not_shown(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        soft = f.purpose.soft_opt_in
        if soft is None or not f.electronic_marketing_without_consent:
            continue
        for field, _ in f.soft_opt_in_gaps():
            condition = field.removeprefix("soft_opt_in.")
            met = None if field == "data_subjects" else getattr(soft, condition)
            params: dict[str, Any] = {
                "purpose": f.purpose.id,
                "condition": condition,
                "met": False if met is False else None,
                "groups": [g.id for _, g in f.non_customers()] if field == "data_subjects" else [],
            }
            yield f"{f.at}.{field}", params


@rule("PUR-015", "major")
def special_categories_without_exception(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.art9_gap:
            continue
        params = {"purpose": f.purpose.id, "categories": [c.id for _, c in f.special_categories()]}
        yield f"{f.at}.special_category_exception", params
