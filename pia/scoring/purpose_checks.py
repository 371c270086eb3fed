"""The legal-basis-fit checklist of a purpose: its basis, rights paths and notices.

Each check is a key, a status and the facts its detail names (message `check-<key>`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pia.model import BASES_LAID_DOWN_BY_LAW, LegalBasis, TestOutcome
from pia.scoring import Check, CheckStatus
from pia.scoring.purpose_facts import (
    FROM_THE_PERSON,
    NOT_FROM_THE_PERSON,
    SOFT_OPT_IN_CONDITIONS,
    PurposeFacts,
    gap_codes,
)

if TYPE_CHECKING:
    from pia.knowledge import LegalBasis as KbBasis

    KbBases = dict[str, KbBasis]  # the knowledge base's legal bases by key


def _status(value: bool | None) -> CheckStatus:
    return "recorded" if value is True else "failed" if value is False else "missing"


def _ids(items: Iterable[tuple[int, Any]]) -> list[str] | None:
    """The items' ids; None when there are none (a detail says "none" its own way)."""
    return [i.id for _, i in items] or None


def _basis_checks(f: PurposeFacts) -> list[Check]:
    bases = [c.basis for c in f.purpose.legal_bases]
    checks = [Check("legal_basis", "recorded", {"bases": bases})]
    status: CheckStatus
    by_law = [c for c in f.purpose.legal_bases if c.basis in BASES_LAID_DOWN_BY_LAW]
    unnamed = [basis for _, basis in f.claims_without_law()]
    status = "not_applicable" if not by_law else "missing" if unnamed else "recorded"
    checks.append(Check("law", status, {"unnamed": unnamed or None}))
    special = f.special_categories()
    exception = f.purpose.special_category_exception
    status = "not_applicable" if not special else "missing" if exception is None else "recorded"
    params = {"categories": _ids(special), "exception": exception}
    checks.append(Check("art9", status, params))
    if not f.purpose.profiling:
        status = "not_applicable"
    else:
        status = "recorded" if f.relies_on(LegalBasis.consent) else "failed"
    checks.append(Check("consent_for_profiling", status))
    outcomes = {step: o for _, step, o in f.interest_tests()}
    if not f.relies_on(LegalBasis.legitimate_interest):
        status = "not_applicable"
    elif set(outcomes.values()) == {TestOutcome.passed}:
        status = "recorded"
    else:
        status = "failed" if TestOutcome.failed in outcomes.values() else "missing"
    checks.append(Check("interest_test", status, dict(outcomes)))
    return checks


def _rights_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    p = f.purpose
    status: CheckStatus
    objectable = any(kb_bases[c.basis.value].right_to_object for c in p.legal_bases)
    gaps: list[str] = []
    if not (f.objection_applies or objectable):
        status = "not_applicable"
    else:
        gaps = gap_codes(f.objection_gaps(direct_marketing=f.objection_applies))
        refused = p.objection is not None and False in (
            p.objection.as_easy_as_collection,
            p.objection.brought_to_attention,
        )
        status = "recorded" if not gaps else "failed" if refused else "missing"
    checks = [Check("objection", status, {"gaps": gaps or None})]
    gaps = []
    if not f.relies_on(LegalBasis.consent):
        status = "not_applicable"
    else:
        gaps = gap_codes(f.consent_gaps())
        gaps += ["withdrawal_called_objection"] if f.withdrawal_called_objection else []
        refused = p.consent is not None and False in (p.consent.records_kept, p.consent.granular)
        status = (
            "failed"
            if f.withdrawal_called_objection or refused
            else "missing"
            if gaps
            else "recorded"
        )
    checks.append(Check("consent_details", status, {"gaps": gaps or None}))
    checks.append(_eprivacy_check(f))
    return checks


def _eprivacy_check(f: PurposeFacts) -> Check:
    """E-mail and SMS advertising: consent, or a soft opt-in for existing customers (XII.13)."""
    p = f.purpose
    if not (p.direct_marketing and f.electronic_channels()):
        return Check("eprivacy", "not_applicable", {"state": "no_email", "gaps": None})
    if not f.electronic_marketing_without_consent:
        return Check("eprivacy", "recorded", {"state": "consent", "gaps": None})
    if p.soft_opt_in is None:
        return Check("eprivacy", "failed", {"state": "no_soft_opt_in", "gaps": None})
    gaps = gap_codes(f.soft_opt_in_gaps())
    refused = any(getattr(p.soft_opt_in, k) is False for k in SOFT_OPT_IN_CONDITIONS)
    status: CheckStatus = (
        "recorded" if not gaps else "failed" if refused or f.non_customers() else "missing"
    )
    return Check("eprivacy", status, {"state": "soft_opt_in", "gaps": gaps or None})


def _transparency_checks(f: PurposeFacts) -> list[Check]:
    t = f.purpose.transparency
    kinds = {s.kind for _, s in f.sources}
    status: CheckStatus = (
        "not_applicable"
        if kinds and not kinds & set(FROM_THE_PERSON)
        else _status(t.informed_at_collection)
    )
    checks = [Check("art13", status)]
    elsewhere = f.sources_of(NOT_FROM_THE_PERSON)
    status = "not_applicable" if not elsewhere else _status(t.informed_of_other_sources)
    checks.append(Check("art14", status, {"sources": _ids(elsewhere)}))
    hidden = f.undeclared()
    params = {"categories": _ids(hidden)}
    checks.append(Check("declared_categories", "failed" if hidden else "recorded", params))
    unknown = [(j, g) for j, g in f.groups if g.approximate_count is None]
    params = {"groups": _ids(unknown)}
    checks.append(Check("scale", "missing" if unknown else "recorded", params))
    return checks


def purpose_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    """The legal-basis-fit checklist of one purpose."""
    return _basis_checks(f) + _rights_checks(f, kb_bases) + _transparency_checks(f)
