"""The legal-basis-fit checklist of a purpose: its basis, rights paths and notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pia.model import BASES_LAID_DOWN_BY_LAW, LegalBasis, TestOutcome
from pia.scoring import Check, CheckStatus
from pia.scoring.purpose_facts import (
    ARTICLE,
    FROM_THE_PERSON,
    NOT_FROM_THE_PERSON,
    REF_ART6_3,
    REF_ART9,
    REF_ART13,
    REF_ART14,
    REF_CONSENT,
    REF_DECLARED,
    REF_EPRIVACY,
    REF_LIA,
    REF_PERSONALISED_ADS,
    REF_SCALE,
    REF_SOFT_OPT_IN,
    SOFT_OPT_IN_CONDITIONS,
    PurposeFacts,
    names,
)

if TYPE_CHECKING:
    from pia.knowledge import LegalBasis as KbBasis

    KbBases = dict[str, KbBasis]  # the knowledge base's legal bases by key


def _status(value: bool | None) -> CheckStatus:
    return "recorded" if value is True else "failed" if value is False else "missing"


def _basis_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    claimed = ", ".join(
        f"{kb_bases[c.basis.value].label} ({ARTICLE[c.basis]})" for c in f.purpose.legal_bases
    )
    checks = [Check("legal_basis", "recorded", claimed, "GDPR Art. 6(1)")]
    status: CheckStatus
    by_law = [c for c in f.purpose.legal_bases if c.basis in BASES_LAID_DOWN_BY_LAW]
    if not by_law:
        status, detail = "not_applicable", "No legal obligation or public task is claimed."
    else:
        unnamed = f.claims_without_law()
        status = "missing" if unnamed else "recorded"
        detail = "; ".join(
            f"{kb_bases[c.basis.value].label}: {c.law or 'law not recorded'}" for c in by_law
        )
    checks.append(Check("law", status, detail, REF_ART6_3))
    special = f.special_categories()
    exception = f.purpose.special_category_exception
    if not special:
        status, detail = "not_applicable", "No special-category data used."
    elif exception is None:
        status = "missing"
        detail = f"Special-category data used ({names(c for _, c in special)}); no exception."
    else:
        status, detail = "recorded", f"{exception.value.replace('_', ' ')} ({exception.article})."
    checks.append(Check("art9", status, detail, REF_ART9))
    if not f.purpose.profiling:
        status, detail = "not_applicable", "No profiling."
    elif f.relies_on(LegalBasis.consent):
        status, detail = "recorded", "Consent is claimed."
    else:
        status, detail = "failed", "Profiling without a consent claim."
    checks.append(
        Check(
            "consent_for_profiling",
            status,
            detail,
            REF_PERSONALISED_ADS,
        )
    )
    tests = f.interest_tests()
    outcomes = {o for _, _, o in tests}
    if not f.relies_on(LegalBasis.legitimate_interest):
        status, detail = "not_applicable", "Legitimate interest is not claimed."
    else:
        status = (
            "recorded"
            if outcomes == {TestOutcome.passed}
            else "failed"
            if TestOutcome.failed in outcomes
            else "missing"
        )
        detail = "; ".join(f"{step}: {o.value.replace('_', ' ')}" for _, step, o in tests)
    checks.append(
        Check(
            "interest_test",
            status,
            detail,
            REF_LIA,
        )
    )
    return checks


def _rights_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    p = f.purpose
    status: CheckStatus
    objectable = any(kb_bases[c.basis.value].right_to_object for c in p.legal_bases)
    if not (f.objection_applies or objectable):
        status, detail = "not_applicable", "No basis that carries a right to object."
    else:
        gaps = f.objection_gaps(direct_marketing=f.objection_applies)
        refused = p.objection is not None and False in (
            p.objection.as_easy_as_collection,
            p.objection.brought_to_attention,
        )
        status = "recorded" if not gaps else "failed" if refused else "missing"
        detail = "; ".join(g for _, g in gaps) or "Recorded."
    checks = [Check("objection", status, detail, "GDPR Art. 21(1)-(4)")]
    if not f.relies_on(LegalBasis.consent):
        status, detail = "not_applicable", "Consent is not claimed."
    else:
        said = [g for _, g in f.consent_gaps()]
        said += ["withdrawal is called an objection"] if f.withdrawal_called_objection else []
        refused = p.consent is not None and False in (p.consent.records_kept, p.consent.granular)
        status = (
            "failed"
            if f.withdrawal_called_objection or refused
            else "missing"
            if said
            else "recorded"
        )
        detail = "; ".join(said) or "Recorded."
    checks.append(
        Check(
            "consent_details",
            status,
            detail,
            REF_CONSENT,
        )
    )
    reference = REF_EPRIVACY
    if not (p.direct_marketing and f.electronic_channels()):
        status, detail = "not_applicable", "No advertising by e-mail or SMS."
    elif not f.electronic_marketing_without_consent:
        status, detail = "recorded", "Consent is the only basis claimed."
    elif p.soft_opt_in is None:
        status, detail = "failed", "Not all of it rests on consent; soft opt-in not recorded."
    else:
        reference = REF_SOFT_OPT_IN
        gaps = f.soft_opt_in_gaps()
        refused = any(getattr(p.soft_opt_in, k) is False for k, _ in SOFT_OPT_IN_CONDITIONS)
        status = "recorded" if not gaps else "failed" if refused or f.non_customers() else "missing"
        detail = (
            "Not all of it rests on consent; soft opt-in: "
            + ("every condition recorded as met, customers only." if not gaps else "")
            + "; ".join(g for _, g in gaps)
            + ("." if gaps else "")
        )
    checks.append(Check("eprivacy", status, detail, reference))
    return checks


def _transparency_checks(f: PurposeFacts) -> list[Check]:
    t = f.purpose.transparency
    status: CheckStatus
    kinds = {s.kind for _, s in f.sources}
    if kinds and not kinds & set(FROM_THE_PERSON):
        status, detail = "not_applicable", "No data collected from the people themselves."
    else:
        status = _status(t.informed_at_collection)
        detail = {
            "recorded": "Informed at collection.",
            "failed": "Not informed at collection.",
            "missing": "Not recorded.",
        }[status]
    checks = [Check("art13", status, detail, REF_ART13)]
    elsewhere = f.sources_of(NOT_FROM_THE_PERSON)
    if not elsewhere:
        status, detail = "not_applicable", "No data from other companies or public sources."
    else:
        status, detail = (
            _status(t.informed_of_other_sources),
            f"Sources: {names(s for _, s in elsewhere)}.",
        )
    checks.append(Check("art14", status, detail, REF_ART14))
    hidden = f.undeclared()
    checks.append(
        Check(
            "declared_categories",
            "failed" if hidden else "recorded",
            f"Not declared: {names(c for _, c in hidden)}." if hidden else "All declared.",
            REF_DECLARED,
        )
    )
    unknown = [g for _, g in f.groups if g.approximate_count is None]
    checks.append(
        Check(
            "scale",
            "missing" if unknown else "recorded",
            f"Unknown for: {names(unknown)}." if unknown else "Recorded.",
            REF_SCALE,
        )
    )
    return checks


def purpose_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    """The legal-basis-fit checklist of one purpose."""
    return _basis_checks(f, kb_bases) + _rights_checks(f, kb_bases) + _transparency_checks(f)
