"""Purposes scored: what is at stake for people (severity) and how likely harm is (likelihood).

Severity starts at CNIL's "negligible", where CNIL itself places ordinary targeted advertising,
and rises with the data and the people involved. Likelihood starts at "negligible" and rises with
every gap in the legal basis, the rights paths and the transparency the assessment records.
`PurposeFacts` (`pia.scoring.purpose_facts`) looks up what a purpose refers to;
`pia.findings.purposes` reads the same facts, so a score and a finding never read a field
differently. Large scale is the screening's verdict for the purpose. The legal-basis-fit
checklist is `pia.scoring.purpose_checks`. Weights and sources: `docs/method/purposes.md`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pia.model import LegalBasis, SourceKind, TestOutcome
from pia.risk import Factor, Scale, Title
from pia.scoring import SENSITIVITY_POINTS, ScoredItem, most_sensitive, scored
from pia.scoring.purpose_checks import purpose_checks
from pia.scoring.purpose_facts import PurposeFacts, gap_codes, purpose_facts
from pia.screening.facts import Facts, Outcome

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

# --- severity: what is at stake for the people ---------------------------------------------------


def _sensitive_data(f: PurposeFacts) -> Factor | None:
    if not f.categories:
        return None
    j, top, points = most_sensitive(f.categories)
    if not points:
        return None
    params = {"category": top.id, "sensitivity": top.sensitivity}
    return Factor("severity", "sensitive_data", points, params, f"{f.at}.data_categories[{j}]")


def _profiling(f: PurposeFacts) -> Factor | None:
    inferred = [(j, c) for j, c in f.categories if c.inferred]
    if not f.purpose.profiling and not inferred:
        return None
    path = (
        f"{f.at}.profiling" if f.purpose.profiling else f"{f.at}.data_categories[{inferred[0][0]}]"
    )
    params = {"profiling": f.purpose.profiling, "inferred": _ids(c for _, c in inferred)}
    return Factor("severity", "profiling", 1, params, path)


def _other_companies(f: PurposeFacts) -> Factor | None:
    found = f.sources_of((SourceKind.third_party,))
    if not found:
        return None
    params = {"sources": [s.id for _, s in found]}
    return Factor("severity", "other_companies", 1, params, f"{f.at}.data_sources[{found[0][0]}]")


def _vulnerable_people(f: PurposeFacts) -> Factor | None:
    found = f.vulnerable()
    if not found:
        return None
    j = found[0][0]
    path = f"{f.at}.data_subjects[{j}]" if j >= 0 else "description.data_subjects"
    return Factor("severity", "vulnerable_people", 1, {"groups": [g.id for _, g in found]}, path)


def _severity_ceiling(f: PurposeFacts, raised: list[Factor]) -> Factor | None:
    """Hold ordinary data below CNIL's 'maximum' (harm people may never get over)."""
    total = sum(x.points for x in raised)
    grave = any(SENSITIVITY_POINTS[c.sensitivity] >= 2 for _, c in f.categories)
    if total < 3 or grave or f.vulnerable():
        return None
    return Factor("severity", "severity_ceiling", 2 - total, {}, f.at)


def severity_factors(f: PurposeFacts) -> list[Factor]:
    raised = [
        x
        for x in (_sensitive_data(f), _profiling(f), _other_companies(f), _vulnerable_people(f))
        if x
    ]
    ceiling = _severity_ceiling(f, raised)
    return raised + [ceiling] if ceiling else raised


# --- likelihood: how likely harm is, given the safeguards recorded -------------------------------


def _ids(items: Iterable[Any]) -> list[str] | None:
    """The items' ids, None when there are none (a message says "none" its own way)."""
    return [i.id for i in items] or None


def _profiling_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.purpose.profiling or f.relies_on(LegalBasis.consent):
        return None
    params = {"bases": f.other_bases(LegalBasis.consent)}
    path = f"{f.at}.legal_bases"
    if f.personalised_advertising:
        return Factor("likelihood", "personalised_ads_without_consent", 2, params, path)
    return Factor("likelihood", "profiling_without_consent", 1, params, path)


def _interest_test_open(f: PurposeFacts) -> Factor | None:
    if not f.relies_on(LegalBasis.legitimate_interest):
        return None
    open_steps = [step for _, step, o in f.interest_tests() if o is not TestOutcome.passed]
    if not open_steps:
        return None
    recorded = f.purpose.legitimate_interest is not None
    path = (
        f"{f.at}.legitimate_interest" if recorded else f.claim_path(LegalBasis.legitimate_interest)
    )
    params = {"recorded": recorded, "steps": open_steps}
    return Factor("likelihood", "interest_test_open", min(2, len(open_steps)), params, path)


def _objection_not_easy(f: PurposeFacts) -> Factor | None:
    gaps = f.objection_gaps() if f.objection_applies else []
    if not gaps:
        return None
    params = {
        "bases": f.other_bases(LegalBasis.consent),
        "gaps": gap_codes(gaps),
    }
    return Factor("likelihood", "objection_not_easy", 1, params, f"{f.at}.{gaps[0][0]}")


def _consent_not_shown(f: PurposeFacts) -> Factor | None:
    gaps = f.consent_gaps() if f.relies_on(LegalBasis.consent) else []
    if not gaps:
        return None
    params = {"gaps": gap_codes(gaps)}
    return Factor("likelihood", "consent_not_shown", 1, params, f"{f.at}.{gaps[0][0]}")


def _withdrawal_called_objection(f: PurposeFacts) -> Factor | None:
    if not f.withdrawal_called_objection:
        return None
    path = f"{f.at}.consent.withdrawal_called_objection"
    return Factor("likelihood", "withdrawal_called_objection", 1, {}, path)


def _electronic_marketing_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.eprivacy_gap:
        return None
    channels = f.electronic_channels()
    soft_opt_in = f.purpose.soft_opt_in is not None
    if not soft_opt_in:
        path = f"{f.at}.channels[{channels[0][0]}]"
        gaps = None
    else:
        found = f.soft_opt_in_gaps()
        path = f"{f.at}.{found[0][0]}"
        gaps = gap_codes(found)
    params = {
        "channels": [ch for _, ch in channels],
        "consent": f.relies_on(LegalBasis.consent),
        "bases": f.other_bases(LegalBasis.consent),
        "gaps": gaps,
    }
    return Factor("likelihood", "electronic_marketing_without_consent", 1, params, path)


def _special_categories_without_exception(f: PurposeFacts) -> Factor | None:
    if not f.art9_gap:
        return None
    params = {"categories": [c.id for _, c in f.special_categories()]}
    path = f"{f.at}.special_category_exception"
    return Factor("likelihood", "special_categories_without_exception", 1, params, path)


def _undeclared(f: PurposeFacts) -> Factor | None:
    found = f.undeclared()
    if not found:
        return None
    params = {"n": len(found), "categories": [c.id for _, c in found]}
    return Factor("likelihood", "undeclared", 1, params, f"{f.at}.data_categories[{found[0][0]}]")


def _art14_missing(f: PurposeFacts) -> Factor | None:
    found = f.art14_gap()
    if not found:
        return None
    params = {
        "sources": [s.id for _, s in found],
        "informed": f.purpose.transparency.informed_of_other_sources,
    }
    path = f"{f.at}.transparency.informed_of_other_sources"
    return Factor("likelihood", "art14_missing", 1, params, path)


def _scale(f: PurposeFacts, large: Outcome) -> Factor | None:
    """Large scale as the screening decides it for this purpose, so both always agree."""
    if large.met:
        return Factor("likelihood", "large_scale", 1, {}, f"{f.at}.data_subjects")
    unknown = [g.id for _, g in f.groups if g.approximate_count is None]
    if unknown:
        params = {"groups": unknown}
        return Factor("likelihood", "scale_unknown", 0, params, f"{f.at}.data_subjects")
    return None


def _safeguards_recorded(f: PurposeFacts) -> Factor | None:
    consent = f.relies_on(LegalBasis.consent)
    interest = f.relies_on(LegalBasis.legitimate_interest)
    if not (consent or interest):
        return None
    if consent and (f.consent_gaps() or f.withdrawal_called_objection):
        return None
    if interest and any(o is not TestOutcome.passed for _, _, o in f.interest_tests()):
        return None
    params = {"consent": consent, "interest": interest}
    path = f"{f.at}.consent" if consent else f"{f.at}.legitimate_interest"
    return Factor("likelihood", "safeguards_recorded", -1, params, path)


def likelihood_factors(f: PurposeFacts, large: Outcome) -> list[Factor]:
    found = (
        _profiling_without_consent(f),
        _interest_test_open(f),
        _objection_not_easy(f),
        _consent_not_shown(f),
        _withdrawal_called_objection(f),
        _electronic_marketing_without_consent(f),
        _special_categories_without_exception(f),
        _undeclared(f),
        _art14_missing(f),
        _scale(f, large),
        _safeguards_recorded(f),
    )
    return [x for x in found if x]


# --- entry point ---------------------------------------------------------------------------------


def score_purposes(assessment: Assessment, kb: Knowledge, scale: Scale) -> list[ScoredItem]:
    """One scored item per purpose: severity and likelihood with their factors, and the checks."""
    kb_bases = {basis.key: basis for basis in kb.legal_bases.bases}
    large = Facts(assessment).scale  # the screening's large-scale outcome of each purpose
    return [
        scored(
            "purpose",
            f.purpose.id,
            Title("purpose", {"purpose": f.purpose.id}),
            f.at,
            severity_factors(f) + likelihood_factors(f, large[i]),
            scale,
            purpose_checks(f, kb_bases),
        )
        for i, f in enumerate(purpose_facts(assessment))
    ]
