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

from typing import TYPE_CHECKING

from pia.model import LegalBasis, Sensitivity, SourceKind, TestOutcome
from pia.risk import Factor, Scale
from pia.scoring import SENSITIVITY_POINTS, ScoredItem, most_sensitive, scored
from pia.scoring.purpose_checks import purpose_checks
from pia.scoring.purpose_facts import (
    REF_ART9,
    REF_ART14,
    REF_CONSENT,
    REF_DECLARED,
    REF_EPRIVACY,
    REF_LIA,
    REF_OBJECTION,
    REF_PERSONALISED_ADS,
    REF_SCALE,
    REF_SOFT_OPT_IN,
    REF_WITHDRAWAL,
    PurposeFacts,
    bases_words,
    names,
    purpose_facts,
)
from pia.screening.facts import Facts, Outcome

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

SENSITIVITY_REASONS = {  # how the factor names the data, and the reference it cites
    Sensitivity.highly_personal: (
        "data of a highly personal nature",
        "WP248 rev.01, criterion 4 (sensitive or highly personal data)",
    ),
    Sensitivity.special_category: (
        "a special category of data (Art. 9)",
        "GDPR Art. 9(1); WP248 rev.01, criterion 4",
    ),
    Sensitivity.criminal_offence: (
        "data on criminal offences (Art. 10)",
        "GDPR Art. 10; WP248 rev.01, criterion 4",
    ),
}


# --- severity: what is at stake for the people ---------------------------------------------------


def _sensitive_data(f: PurposeFacts) -> Factor | None:
    if not f.categories:
        return None
    j, top, points = most_sensitive(f.categories)
    if not points:
        return None
    words, reference = SENSITIVITY_REASONS[top.sensitivity]
    return Factor(
        "severity",
        "Sensitive data used",
        points,
        f"The purpose uses '{top.name}' ({top.id}), recorded as {words}.",
        reference,
        f"{f.at}.data_categories[{j}]",
    )


def _profiling(f: PurposeFacts) -> Factor | None:
    inferred = [(j, c) for j, c in f.categories if c.inferred]
    if not f.purpose.profiling and not inferred:
        return None
    what = (
        "It profiles people (evaluates personal aspects of them)"
        if f.purpose.profiling
        else "It uses data the controller infers about people"
    )
    if inferred:
        what += f"; inferred categories: {names(c for _, c in inferred)}"
    path = (
        f"{f.at}.profiling" if f.purpose.profiling else f"{f.at}.data_categories[{inferred[0][0]}]"
    )
    return Factor(
        "severity",
        "Profiling and inferred data",
        1,
        f"{what}. A profile says more about a person than they gave, and can be wrong.",
        "GDPR Art. 4(4); WP29 Guidelines on automated decision-making and profiling "
        "(WP251 rev.01); WP248 rev.01, criterion 1",
        path,
    )


def _other_companies(f: PurposeFacts) -> Factor | None:
    found = f.sources_of((SourceKind.third_party,))
    if not found:
        return None
    named = ", ".join(f"'{s.provider or s.name}' ({s.id})" for _, s in found)
    return Factor(
        "severity",
        "Data from other companies",
        1,
        f"It combines data obtained from other companies ({named}) with its own, "
        "beyond what people would expect when they gave their data.",
        "WP248 rev.01, criterion 6 (matching or combining datasets); GDPR Art. 14",
        f"{f.at}.data_sources[{found[0][0]}]",
    )


def _vulnerable_people(f: PurposeFacts) -> Factor | None:
    found = f.vulnerable()
    if not found:
        return None
    j = found[0][0]
    return Factor(
        "severity",
        "Vulnerable people concerned",
        1,
        f"It concerns vulnerable or dependent people ({names(g for _, g in found)}), "
        "who can less easily refuse, object or defend their rights.",
        "WP248 rev.01, criterion 7; GDPR Recital 75",
        f"{f.at}.data_subjects[{j}]" if j >= 0 else "description.data_subjects",
    )


def _severity_ceiling(f: PurposeFacts, raised: list[Factor]) -> Factor | None:
    """Hold ordinary data below CNIL's 'maximum' (harm people may never get over)."""
    total = sum(x.points for x in raised)
    grave = any(SENSITIVITY_POINTS[c.sensitivity] >= 2 for _, c in f.categories)
    if total < 3 or grave or f.vulnerable():
        return None
    return Factor(
        "severity",
        "Ceiling: no special data, no vulnerable people",
        2 - total,
        "Without special-category or criminal data and without vulnerable people, the "
        "harm is held at 'significant': CNIL keeps 'maximum' for consequences people "
        "may never get over, and places ordinary targeted advertising at 'negligible'.",
        "CNIL PIA knowledge base (2018), severity levels PIA_EX_IMPN to PIA_EX_IMPM; "
        "workbook calibration",
        f.at,
    )


def severity_factors(f: PurposeFacts) -> list[Factor]:
    raised = [
        x
        for x in (_sensitive_data(f), _profiling(f), _other_companies(f), _vulnerable_people(f))
        if x
    ]
    ceiling = _severity_ceiling(f, raised)
    return raised + [ceiling] if ceiling else raised


# --- likelihood: how likely harm is, given the safeguards recorded -------------------------------


def _profiling_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.purpose.profiling or f.relies_on(LegalBasis.consent):
        return None
    bases = bases_words(f.other_bases(LegalBasis.consent))
    if f.personalised_advertising:
        return Factor(
            "likelihood",
            "Personalised advertising without consent",
            2,
            f"It profiles people for advertising but claims no consent; it relies on "
            f"{bases}. Such profiling is rarely lawful without consent.",
            REF_PERSONALISED_ADS,
            f"{f.at}.legal_bases",
        )
    return Factor(
        "likelihood",
        "Profiling without consent",
        1,
        f"It profiles people on {bases}, without consent: that the profiling is "
        "necessary and does not override people's interests must then be shown.",
        "GDPR Art. 6(1), Art. 21(1); WP29 Opinion 06/2014 on legitimate interests (WP217)",
        f"{f.at}.legal_bases",
    )


def _interest_test_open(f: PurposeFacts) -> Factor | None:
    if not f.relies_on(LegalBasis.legitimate_interest):
        return None
    open_steps = [(step, o) for _, step, o in f.interest_tests() if o is not TestOutcome.passed]
    if not open_steps:
        return None
    if f.purpose.legitimate_interest is None:
        where, path = (
            "no legitimate interests assessment is recorded",
            f.claim_path(LegalBasis.legitimate_interest),
        )
    else:
        steps = ", ".join(f"{step}: {o.value.replace('_', ' ')}" for step, o in open_steps)
        where, path = f"its three-step test is incomplete ({steps})", f"{f.at}.legitimate_interest"
    return Factor(
        "likelihood",
        "Legitimate interest test not passed",
        min(2, len(open_steps)),
        f"It relies on legitimate interest, but {where}: nothing shows that the "
        "interest is real, the processing necessary and people's interests not "
        "overriding.",
        REF_LIA,
        path,
    )


def _objection_not_easy(f: PurposeFacts) -> Factor | None:
    gaps = f.objection_gaps() if f.objection_applies else []
    if not gaps:
        return None
    return Factor(
        "likelihood",
        "Objection to direct marketing not easy or not presented",
        1,
        f"It is direct marketing on {bases_words(f.other_bases(LegalBasis.consent))}, "
        f"but {'; '.join(g for _, g in gaps)}. People may object at any time, "
        "without giving reasons, and must be told so explicitly.",
        REF_OBJECTION,
        f"{f.at}.{gaps[0][0]}",
    )


def _consent_not_shown(f: PurposeFacts) -> Factor | None:
    gaps = f.consent_gaps() if f.relies_on(LegalBasis.consent) else []
    if not gaps:
        return None
    return Factor(
        "likelihood",
        "Consent not demonstrable, granular or withdrawable",
        1,
        f"It relies on consent, but {'; '.join(g for _, g in gaps)}: consent that "
        "cannot be shown to be valid is no legal basis.",
        REF_CONSENT,
        f"{f.at}.{gaps[0][0]}",
    )


def _withdrawal_called_objection(f: PurposeFacts) -> Factor | None:
    if not f.withdrawal_called_objection:
        return None
    return Factor(
        "likelihood",
        "Withdrawal of consent called an objection",
        1,
        "The information calls withdrawing consent an 'objection'. People may then "
        "think they must give reasons or that the controller can refuse, whereas "
        "withdrawal is unconditional and as easy as consenting.",
        REF_WITHDRAWAL,
        f"{f.at}.consent.withdrawal_called_objection",
    )


def _electronic_marketing_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.eprivacy_gap:
        return None
    channels = f.electronic_channels()
    how = (
        "claims no consent"
        if not f.relies_on(LegalBasis.consent)
        else "puts part of it on a basis other than consent"
    )
    if f.purpose.soft_opt_in is None:
        exception = (
            "the soft opt-in exception (existing customers, the sender's own similar products, "
            "opt-out offered at collection and in every message) is not recorded"
        )
        path = f"{f.at}.channels[{channels[0][0]}]"
    else:
        gaps = f.soft_opt_in_gaps()
        exception = f"the soft opt-in is recorded, but {'; '.join(g for _, g in gaps)}"
        path = f"{f.at}.{gaps[0][0]}"
    return Factor(
        "likelihood",
        "E-mail or SMS advertising without consent",
        1,
        f"It advertises by {names((ch for _, ch in channels), 'value')} and {how} "
        f"({bases_words(f.other_bases(LegalBasis.consent))}). Advertising by e-mail "
        f"or SMS needs prior consent; {exception}.",
        REF_EPRIVACY if f.purpose.soft_opt_in is None else REF_SOFT_OPT_IN,
        path,
    )


def _special_categories_without_exception(f: PurposeFacts) -> Factor | None:
    if not f.art9_gap:
        return None
    found = f.special_categories()
    return Factor(
        "likelihood",
        "Special-category data without an Art. 9(2) exception",
        1,
        f"It uses special-category data ({names(c for _, c in found)}), which Art. 9(1) "
        "forbids unless an exception of Art. 9(2) applies, and none is recorded.",
        REF_ART9,
        f"{f.at}.special_category_exception",
    )


def _undeclared(f: PurposeFacts) -> Factor | None:
    found = f.undeclared()
    if not found:
        return None
    return Factor(
        "likelihood",
        "Data categories not declared to people",
        1,
        f"It uses {len(found)} data categories people are not told about "
        f"({names(c for _, c in found)}): they cannot foresee the processing or use "
        "their rights on it.",
        REF_DECLARED,
        f"{f.at}.data_categories[{found[0][0]}]",
    )


def _art14_missing(f: PurposeFacts) -> Factor | None:
    found = f.art14_gap()
    if not found:
        return None
    state = (
        "is recorded as not given"
        if f.purpose.transparency.informed_of_other_sources is False
        else "is not recorded as given"
    )
    return Factor(
        "likelihood",
        "Data from elsewhere without Art. 14 information",
        1,
        f"It uses data not obtained from the people themselves "
        f"({names(s for _, s in found)}), and the Art. 14 information, including the "
        f"source, {state}: people may not know the controller holds these data.",
        REF_ART14,
        f"{f.at}.transparency.informed_of_other_sources",
    )


def _scale(f: PurposeFacts, large: Outcome) -> Factor | None:
    """Large scale as the screening decides it for this purpose, so both always agree."""
    if large.met:
        return Factor(
            "likelihood",
            "Large scale",
            1,
            f"{' '.join(large.reasons)} Any weakness touches many people.",
            REF_SCALE,
            f"{f.at}.data_subjects",
        )
    unknown = [g for _, g in f.groups if g.approximate_count is None]
    if unknown:
        return Factor(
            "likelihood",
            "Number of people not recorded",
            0,
            f"How many people it concerns is not recorded ({names(unknown)}), and the "
            "other signs of large scale do not point to it, so scale adds nothing.",
            REF_SCALE,
            f"{f.at}.data_subjects",
        )
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
    shown = [
        w
        for w, on in (
            ("consent is provable, granular and easy to withdraw", consent),
            ("the three-step legitimate interest test passed", interest),
        )
        if on
    ]
    return Factor(
        "likelihood",
        "Legal-basis safeguards recorded",
        -1,
        f"Recorded safeguards: {' and '.join(shown)}.",
        f"{REF_CONSENT}; {REF_LIA}",
        f"{f.at}.consent" if consent else f"{f.at}.legitimate_interest",
    )


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
            f.purpose.name,
            f.at,
            severity_factors(f) + likelihood_factors(f, large[i]),
            scale,
            purpose_checks(f, kb_bases),
        )
        for i, f in enumerate(purpose_facts(assessment))
    ]
