"""Purposes scored: what is at stake for people (severity) and how likely harm is (likelihood).

Severity starts at CNIL's "negligible", where CNIL itself places ordinary targeted advertising,
and rises with the data and the people involved. Likelihood starts at "negligible" and rises with
every gap in the legal basis, the rights paths and the transparency the assessment records.
`PurposeFacts` looks up what a purpose refers to; `pia.findings.purposes` reads the same facts,
so a score and a finding never read a field differently. Large scale is the screening's verdict
for the purpose. Weights and sources: `docs/method/purposes.md`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from pia.model import (
    Channel,
    DataCategory,
    DataSource,
    DataSubjectGroup,
    LegalBasis,
    Purpose,
    Sensitivity,
    SourceKind,
    TestOutcome,
)
from pia.risk import Factor, Scale
from pia.scoring import Check, CheckStatus, ScoredItem, scored
from pia.screening import VULNERABLE_KINDS, Facts, Outcome

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.knowledge import LegalBasis as KbBasis
    from pia.model import Assessment, Description

    KbBases = dict[str, KbBasis]  # the knowledge base's legal bases by key

ELECTRONIC_MAIL = (Channel.email, Channel.sms)  # "electronic mail" in XII.13 includes SMS
NOT_FROM_THE_PERSON = (SourceKind.third_party, SourceKind.public)  # Art. 14 applies
FROM_THE_PERSON = (SourceKind.data_subject, SourceKind.observed)  # Art. 13 applies
INTEREST_TESTS = (("purpose_test", "purpose"), ("necessity_test", "necessity"),
                  ("balancing_test", "balancing"))
ARTICLE = {basis: basis.article for basis in LegalBasis}
SENSITIVITY = {  # points, words, reference
    Sensitivity.standard: (0, "standard data", ""),
    Sensitivity.highly_personal: (1, "data of a highly personal nature",
                                  "WP248 rev.01, criterion 4 (sensitive or highly personal data)"),
    Sensitivity.special_category: (2, "a special category of data (Art. 9)",
                                   "GDPR Art. 9(1); WP248 rev.01, criterion 4"),
    Sensitivity.criminal_offence: (2, "data on criminal offences (Art. 10)",
                                   "GDPR Art. 10; WP248 rev.01, criterion 4"),
}

REF_PERSONALISED_ADS = ("EDPB Guidelines 8/2020 on the targeting of social media users; CJEU "
                        "C-252/21 Meta Platforms v Bundeskartellamt (4 July 2023); WP29 Opinion "
                        "06/2014 on legitimate interests (WP217)")
REF_LIA = "GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)"
REF_OBJECTION = "GDPR Art. 21(2)-(4)"
REF_CONSENT = "GDPR Art. 7(1)-(3), Art. 4(11)"
REF_WITHDRAWAL = "GDPR Art. 7(3) (withdrawal) and Art. 21 (objection): two different rights"
REF_EPRIVACY = ("Belgian Code of Economic Law Art. XII.13; Royal Decree of 4 April 2003 "
                "(soft opt-in); Directive 2002/58/EC Art. 13")
REF_DECLARED = "GDPR Art. 5(1)(a), Art. 13(1)(c), Art. 14(1)(d)"
REF_ART13 = "GDPR Art. 13(1)-(2)"
REF_ART14 = "GDPR Art. 14(1)-(2), incl. Art. 14(2)(f) (the source)"
REF_SCALE = ("WP248 rev.01, criterion 5 (large scale), read as in the screening "
             "(docs/method/screening.md)")

_Item = TypeVar("_Item", DataCategory, DataSource, DataSubjectGroup)
Gaps = list[tuple[str, str]]  # (field path under the purpose, what is missing)


def names(items, attr: str = "id") -> str:
    return ", ".join(str(getattr(item, attr)) for item in items)


def bases_words(bases) -> str:
    return ", ".join(f"{b.value.replace('_', ' ')} ({ARTICLE[b]})" for b in bases)


# --- facts about a purpose, shared with the findings ---------------------------------------------


class PurposeFacts:
    """A purpose with its references looked up (on first use) as (index in its list, item) pairs."""

    __slots__ = ("purpose", "at", "_description", "_categories", "_sources", "_groups")

    def __init__(self, purpose: Purpose, at: str, description: Description) -> None:
        self.purpose = purpose
        self.at = at  # the purpose's field path, e.g. `purposes[3]`
        self._description = description
        self._categories: tuple[tuple[int, DataCategory], ...] | None = None
        self._sources: tuple[tuple[int, DataSource], ...] | None = None
        self._groups: tuple[tuple[int, DataSubjectGroup], ...] | None = None

    @property
    def categories(self) -> tuple[tuple[int, DataCategory], ...]:
        if self._categories is None:
            self._categories = _resolve(self.purpose.data_categories,
                                        self._description.data_categories)
        return self._categories

    @property
    def sources(self) -> tuple[tuple[int, DataSource], ...]:
        if self._sources is None:
            self._sources = _resolve(self.purpose.data_sources, self._description.data_sources)
        return self._sources

    @property
    def groups(self) -> tuple[tuple[int, DataSubjectGroup], ...]:
        """The groups concerned; every group (index -1) when the purpose names none."""
        if self._groups is None:
            everyone = self._description.data_subjects
            self._groups = _resolve(self.purpose.data_subjects, everyone) \
                if self.purpose.data_subjects else tuple((-1, g) for g in everyone)
        return self._groups

    def relies_on(self, basis: LegalBasis) -> bool:
        return any(claim.basis is basis for claim in self.purpose.legal_bases)

    def other_bases(self, basis: LegalBasis) -> list[LegalBasis]:
        """The bases claimed besides `basis`, each once, in claim order."""
        claimed = (c.basis for c in self.purpose.legal_bases if c.basis is not basis)
        return list(dict.fromkeys(claimed))

    def claim_path(self, basis: LegalBasis) -> str:
        j = next(j for j, c in enumerate(self.purpose.legal_bases) if c.basis is basis)
        return f"{self.at}.legal_bases[{j}]"

    def sources_of(self, kinds: tuple[SourceKind, ...]) -> list[tuple[int, DataSource]]:
        return [(j, s) for j, s in self.sources if s.kind in kinds]

    @property
    def personalised_advertising(self) -> bool:
        return self.purpose.profiling and self.purpose.direct_marketing

    @property
    def objection_applies(self) -> bool:
        """Direct marketing on a basis other than consent: Art. 21(2) is the way out.

        Under consent alone the way out is withdrawal (Art. 7(3)), checked with the consent.
        """
        return self.purpose.direct_marketing and bool(self.other_bases(LegalBasis.consent))

    def objection_gaps(self, direct_marketing: bool = True) -> Gaps:
        objection = self.purpose.objection
        if objection is None:
            return [("objection", "no way to object is recorded")]
        gaps = []
        if not objection.channel:
            gaps.append(("objection.channel", "where and how people object is not recorded"))
        easy = objection.as_easy_as_collection
        if direct_marketing and easy is not True:
            state = "is recorded as harder than" if easy is False else \
                "is not recorded as being as easy as"
            gaps.append(("objection.as_easy_as_collection", f"objecting {state} giving the data"))
        told = objection.brought_to_attention
        if told is not True:
            state = "is recorded as not" if told is False else "is not recorded as"
            gaps.append(("objection.brought_to_attention",
                         f"the right to object {state} presented clearly and separately"))
        return gaps

    def consent_gaps(self) -> Gaps:
        consent = self.purpose.consent
        if consent is None:
            return [("consent", "how consent is obtained, proved and withdrawn is not recorded")]
        gaps = []
        if consent.records_kept is not True:
            state = "is recorded as not kept" if consent.records_kept is False else \
                "is not recorded"
            gaps.append(("consent.records_kept", f"proof of consent {state}"))
        if consent.granular is not True:
            state = "is recorded as not" if consent.granular is False else "is not recorded as"
            gaps.append(("consent.granular", f"consent {state} asked separately per purpose"))
        if not consent.withdrawal_path:
            gaps.append(("consent.withdrawal_path", "how consent is withdrawn is not recorded"))
        return gaps

    @property
    def withdrawal_called_objection(self) -> bool:
        return self.purpose.consent is not None and self.purpose.consent.withdrawal_called_objection

    def interest_tests(self) -> list[tuple[str, str, TestOutcome]]:
        """(field, step, outcome) of the three steps; all `not_recorded` without an LIA."""
        lia = self.purpose.legitimate_interest
        return [(f, step, TestOutcome.not_recorded if lia is None else getattr(lia, f).outcome)
                for f, step in INTEREST_TESTS]

    def electronic_channels(self) -> list[tuple[int, Channel]]:
        return [(k, ch) for k, ch in enumerate(self.purpose.channels) if ch in ELECTRONIC_MAIL]

    @property
    def eprivacy_gap(self) -> bool:
        """E-mail or SMS advertising that some claim puts on a basis other than consent."""
        return (self.purpose.direct_marketing and bool(self.electronic_channels())
                and bool(self.other_bases(LegalBasis.consent)))

    def undeclared(self) -> list[tuple[int, DataCategory]]:
        return [(j, c) for j, c in self.categories if not c.declared_to_data_subjects]

    def art14_gap(self) -> list[tuple[int, DataSource]]:
        """Sources not from the person, when Art. 14 information is not recorded as given."""
        if self.purpose.transparency.informed_of_other_sources is True:
            return []
        return self.sources_of(NOT_FROM_THE_PERSON)

    def vulnerable(self) -> list[tuple[int, DataSubjectGroup]]:
        return [(j, g) for j, g in self.groups if g.vulnerable or g.kind in VULNERABLE_KINDS]


def _resolve(ids: list[str], items: list[_Item]) -> tuple[tuple[int, _Item], ...]:
    known = {item.id: item for item in items}
    return tuple((j, known[i]) for j, i in enumerate(ids) if i in known)


def purpose_facts(assessment: Assessment) -> list[PurposeFacts]:
    """Every purpose with the description it refers to."""
    return [PurposeFacts(p, f"purposes[{i}]", assessment.description)
            for i, p in enumerate(assessment.purposes)]


# --- severity: what is at stake for the people ---------------------------------------------------


def _sensitive_data(f: PurposeFacts) -> Factor | None:
    if not f.categories:
        return None
    j, top = max(f.categories, key=lambda jc: SENSITIVITY[jc[1].sensitivity][0])
    points, words, reference = SENSITIVITY[top.sensitivity]
    if not points:
        return None
    return Factor("severity", "Sensitive data used", points,
                  f"The purpose uses '{top.name}' ({top.id}), recorded as {words}.",
                  reference, f"{f.at}.data_categories[{j}]")


def _profiling(f: PurposeFacts) -> Factor | None:
    inferred = [(j, c) for j, c in f.categories if c.inferred]
    if not f.purpose.profiling and not inferred:
        return None
    what = "It profiles people (evaluates personal aspects of them)" if f.purpose.profiling \
        else "It uses data the controller infers about people"
    if inferred:
        what += f"; inferred categories: {names(c for _, c in inferred)}"
    path = f"{f.at}.profiling" if f.purpose.profiling else \
        f"{f.at}.data_categories[{inferred[0][0]}]"
    return Factor("severity", "Profiling and inferred data", 1,
                  f"{what}. A profile says more about a person than they gave, and can be wrong.",
                  "GDPR Art. 4(4); WP29 Guidelines on automated decision-making and profiling "
                  "(WP251 rev.01); WP248 rev.01, criterion 1", path)


def _other_companies(f: PurposeFacts) -> Factor | None:
    found = f.sources_of((SourceKind.third_party,))
    if not found:
        return None
    named = ", ".join(f"'{s.provider or s.name}' ({s.id})" for _, s in found)
    return Factor("severity", "Data from other companies", 1,
                  f"It combines data obtained from other companies ({named}) with its own, "
                  "beyond what people would expect when they gave their data.",
                  "WP248 rev.01, criterion 6 (matching or combining datasets); GDPR Art. 14",
                  f"{f.at}.data_sources[{found[0][0]}]")


def _vulnerable_people(f: PurposeFacts) -> Factor | None:
    found = f.vulnerable()
    if not found:
        return None
    j = found[0][0]
    return Factor("severity", "Vulnerable people concerned", 1,
                  f"It concerns vulnerable or dependent people ({names(g for _, g in found)}), "
                  "who can less easily refuse, object or defend their rights.",
                  "WP248 rev.01, criterion 7; GDPR Recital 75",
                  f"{f.at}.data_subjects[{j}]" if j >= 0 else "description.data_subjects")


def _severity_ceiling(f: PurposeFacts, raised: list[Factor]) -> Factor | None:
    """Hold ordinary data below CNIL's 'maximum' (harm people may never get over)."""
    total = sum(x.points for x in raised)
    grave = any(SENSITIVITY[c.sensitivity][0] >= 2 for _, c in f.categories)
    if total < 3 or grave or f.vulnerable():
        return None
    return Factor("severity", "Ceiling: no special data, no vulnerable people", 2 - total,
                  "Without special-category or criminal data and without vulnerable people, the "
                  "harm is held at 'significant': CNIL keeps 'maximum' for consequences people "
                  "may never get over, and places ordinary targeted advertising at 'negligible'.",
                  "CNIL PIA knowledge base (2018), severity levels PIA_EX_IMPN to PIA_EX_IMPM; "
                  "workbook calibration", f.at)


def severity_factors(f: PurposeFacts) -> list[Factor]:
    raised = [x for x in (_sensitive_data(f), _profiling(f), _other_companies(f),
                          _vulnerable_people(f)) if x]
    ceiling = _severity_ceiling(f, raised)
    return raised + [ceiling] if ceiling else raised


# --- likelihood: how likely harm is, given the safeguards recorded -------------------------------


def _profiling_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.purpose.profiling or f.relies_on(LegalBasis.consent):
        return None
    bases = bases_words(f.other_bases(LegalBasis.consent))
    if f.personalised_advertising:
        return Factor("likelihood", "Personalised advertising without consent", 2,
                      f"It profiles people for advertising but claims no consent; it relies on "
                      f"{bases}. Such profiling is rarely lawful without consent.",
                      REF_PERSONALISED_ADS, f"{f.at}.legal_bases")
    return Factor("likelihood", "Profiling without consent", 1,
                  f"It profiles people on {bases}, without consent: that the profiling is "
                  "necessary and does not override people's interests must then be shown.",
                  "GDPR Art. 6(1), Art. 21(1); WP29 Opinion 06/2014 on legitimate interests "
                  "(WP217)", f"{f.at}.legal_bases")


def _interest_test_open(f: PurposeFacts) -> Factor | None:
    if not f.relies_on(LegalBasis.legitimate_interest):
        return None
    open_steps = [(step, o) for _, step, o in f.interest_tests() if o is not TestOutcome.passed]
    if not open_steps:
        return None
    if f.purpose.legitimate_interest is None:
        where, path = "no legitimate interests assessment is recorded", \
            f.claim_path(LegalBasis.legitimate_interest)
    else:
        steps = ", ".join(f"{step}: {o.value.replace('_', ' ')}" for step, o in open_steps)
        where, path = f"its three-step test is incomplete ({steps})", \
            f"{f.at}.legitimate_interest"
    return Factor("likelihood", "Legitimate interest test not passed", min(2, len(open_steps)),
                  f"It relies on legitimate interest, but {where}: nothing shows that the "
                  "interest is real, the processing necessary and people's interests not "
                  "overriding.", REF_LIA, path)


def _objection_not_easy(f: PurposeFacts) -> Factor | None:
    gaps = f.objection_gaps() if f.objection_applies else []
    if not gaps:
        return None
    return Factor("likelihood", "Objection to direct marketing not easy or not presented", 1,
                  f"It is direct marketing on {bases_words(f.other_bases(LegalBasis.consent))}, "
                  f"but {'; '.join(g for _, g in gaps)}. People may object at any time, "
                  "without giving reasons, and must be told so explicitly.",
                  REF_OBJECTION, f"{f.at}.{gaps[0][0]}")


def _consent_not_shown(f: PurposeFacts) -> Factor | None:
    gaps = f.consent_gaps() if f.relies_on(LegalBasis.consent) else []
    if not gaps:
        return None
    return Factor("likelihood", "Consent not demonstrable, granular or withdrawable", 1,
                  f"It relies on consent, but {'; '.join(g for _, g in gaps)}: consent that "
                  "cannot be shown to be valid is no legal basis.", REF_CONSENT,
                  f"{f.at}.{gaps[0][0]}")


def _withdrawal_called_objection(f: PurposeFacts) -> Factor | None:
    if not f.withdrawal_called_objection:
        return None
    return Factor("likelihood", "Withdrawal of consent called an objection", 1,
                  "The information calls withdrawing consent an 'objection'. People may then "
                  "think they must give reasons or that the controller can refuse, whereas "
                  "withdrawal is unconditional and as easy as consenting.",
                  REF_WITHDRAWAL, f"{f.at}.consent.withdrawal_called_objection")


def _electronic_marketing_without_consent(f: PurposeFacts) -> Factor | None:
    if not f.eprivacy_gap:
        return None
    channels = f.electronic_channels()
    how = "claims no consent" if not f.relies_on(LegalBasis.consent) else \
        "puts part of it on a basis other than consent"
    return Factor("likelihood", "E-mail or SMS advertising without consent", 1,
                  f"It advertises by {names((ch for _, ch in channels), 'value')} and {how} "
                  f"({bases_words(f.other_bases(LegalBasis.consent))}). Advertising by e-mail "
                  "or SMS needs prior consent; the soft opt-in exception (existing customers, "
                  "the sender's own similar products, opt-out offered at collection and in every "
                  "message) is not recorded.", REF_EPRIVACY, f"{f.at}.channels[{channels[0][0]}]")


def _undeclared(f: PurposeFacts) -> Factor | None:
    found = f.undeclared()
    if not found:
        return None
    return Factor("likelihood", "Data categories not declared to people", 1,
                  f"It uses {len(found)} data categories people are not told about "
                  f"({names(c for _, c in found)}): they cannot foresee the processing or use "
                  "their rights on it.", REF_DECLARED, f"{f.at}.data_categories[{found[0][0]}]")


def _art14_missing(f: PurposeFacts) -> Factor | None:
    found = f.art14_gap()
    if not found:
        return None
    state = "is recorded as not given" if f.purpose.transparency.informed_of_other_sources \
        is False else "is not recorded as given"
    return Factor("likelihood", "Data from elsewhere without Art. 14 information", 1,
                  f"It uses data not obtained from the people themselves "
                  f"({names(s for _, s in found)}), and the Art. 14 information, including the "
                  f"source, {state}: people may not know the controller holds these data.",
                  REF_ART14, f"{f.at}.transparency.informed_of_other_sources")


def _scale(f: PurposeFacts, large: Outcome) -> Factor | None:
    """Large scale as the screening decides it for this purpose, so both always agree."""
    if large.met:
        return Factor("likelihood", "Large scale", 1,
                      f"{' '.join(large.reasons)} Any weakness touches many people.",
                      REF_SCALE, f"{f.at}.data_subjects")
    unknown = [g for _, g in f.groups if g.approximate_count is None]
    if unknown:
        return Factor("likelihood", "Number of people not recorded", 0,
                      f"How many people it concerns is not recorded ({names(unknown)}), and the "
                      "other signs of large scale do not point to it, so scale adds nothing.",
                      REF_SCALE, f"{f.at}.data_subjects")
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
    shown = [w for w, on in (("consent is provable, granular and easy to withdraw", consent),
                             ("the three-step legitimate interest test passed", interest)) if on]
    return Factor("likelihood", "Legal-basis safeguards recorded", -1,
                  f"Recorded safeguards: {' and '.join(shown)}.", f"{REF_CONSENT}; {REF_LIA}",
                  f"{f.at}.consent" if consent else f"{f.at}.legitimate_interest")


def likelihood_factors(f: PurposeFacts, large: Outcome) -> list[Factor]:
    found = (_profiling_without_consent(f), _interest_test_open(f), _objection_not_easy(f),
             _consent_not_shown(f), _withdrawal_called_objection(f),
             _electronic_marketing_without_consent(f), _undeclared(f), _art14_missing(f),
             _scale(f, large), _safeguards_recorded(f))
    return [x for x in found if x]


# --- the legal-basis-fit checklist ---------------------------------------------------------------


def _status(value: bool | None) -> CheckStatus:
    return "recorded" if value is True else "failed" if value is False else "missing"


def _basis_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    claimed = ", ".join(f"{kb_bases[c.basis.value].label} ({ARTICLE[c.basis]})"
                        for c in f.purpose.legal_bases)
    checks = [Check("legal_basis", "Legal basis recorded", "recorded", claimed, "GDPR Art. 6(1)")]
    status: CheckStatus
    if not f.purpose.profiling:
        status, detail = "not_applicable", "No profiling."
    elif f.relies_on(LegalBasis.consent):
        status, detail = "recorded", "Consent is claimed."
    else:
        status, detail = "failed", "Profiling without a consent claim."
    checks.append(Check("consent_for_profiling", "Consent for profiling and personalised ads",
                        status, detail, REF_PERSONALISED_ADS))
    tests = f.interest_tests()
    outcomes = {o for _, _, o in tests}
    if not f.relies_on(LegalBasis.legitimate_interest):
        status, detail = "not_applicable", "Legitimate interest is not claimed."
    else:
        status = "recorded" if outcomes == {TestOutcome.passed} else \
            "failed" if TestOutcome.failed in outcomes else "missing"
        detail = "; ".join(f"{step}: {o.value.replace('_', ' ')}" for _, step, o in tests)
    checks.append(Check("interest_test", "Legitimate interest: purpose, necessity, balancing",
                        status, detail, REF_LIA))
    return checks


def _rights_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    p = f.purpose
    status: CheckStatus
    objectable = any(kb_bases[c.basis.value].right_to_object for c in p.legal_bases)
    if not (f.objection_applies or objectable):
        status, detail = "not_applicable", "No basis that carries a right to object."
    else:
        gaps = f.objection_gaps(direct_marketing=f.objection_applies)
        refused = p.objection is not None and False in (p.objection.as_easy_as_collection,
                                                         p.objection.brought_to_attention)
        status = "recorded" if not gaps else "failed" if refused else "missing"
        detail = "; ".join(g for _, g in gaps) or "Recorded."
    checks = [Check("objection", "Objection path", status, detail, "GDPR Art. 21(1)-(4)")]
    if not f.relies_on(LegalBasis.consent):
        status, detail = "not_applicable", "Consent is not claimed."
    else:
        said = [g for _, g in f.consent_gaps()]
        said += ["withdrawal is called an objection"] if f.withdrawal_called_objection else []
        refused = p.consent is not None and False in (p.consent.records_kept, p.consent.granular)
        status = "failed" if f.withdrawal_called_objection or refused else \
            "missing" if said else "recorded"
        detail = "; ".join(said) or "Recorded."
    checks.append(Check("consent_details", "Consent provable, granular, withdrawable", status,
                        detail, REF_CONSENT))
    if not (p.direct_marketing and f.electronic_channels()):
        status, detail = "not_applicable", "No advertising by e-mail or SMS."
    elif f.eprivacy_gap:
        status, detail = "failed", "Not all of it rests on consent; soft opt-in not recorded."
    else:
        status, detail = "recorded", "Consent is the only basis claimed."
    checks.append(Check("eprivacy", "E-mail and SMS advertising (XII.13)", status, detail,
                        REF_EPRIVACY))
    return checks


def _transparency_checks(f: PurposeFacts) -> list[Check]:
    t = f.purpose.transparency
    status: CheckStatus
    kinds = {s.kind for _, s in f.sources}
    if kinds and not kinds & set(FROM_THE_PERSON):
        status, detail = "not_applicable", "No data collected from the people themselves."
    else:
        status = _status(t.informed_at_collection)
        detail = {"recorded": "Informed at collection.", "failed": "Not informed at collection.",
                  "missing": "Not recorded."}[status]
    checks = [Check("art13", "Information at collection (Art. 13)", status, detail, REF_ART13)]
    elsewhere = f.sources_of(NOT_FROM_THE_PERSON)
    if not elsewhere:
        status, detail = "not_applicable", "No data from other companies or public sources."
    else:
        status, detail = _status(t.informed_of_other_sources), \
            f"Sources: {names(s for _, s in elsewhere)}."
    checks.append(Check("art14", "Information on data from elsewhere (Art. 14)", status, detail,
                        REF_ART14))
    hidden = f.undeclared()
    checks.append(Check("declared_categories", "Every category used is declared to people",
                        "failed" if hidden else "recorded",
                        f"Not declared: {names(c for _, c in hidden)}." if hidden else
                        "All declared.", REF_DECLARED))
    unknown = [g for _, g in f.groups if g.approximate_count is None]
    checks.append(Check("scale", "Number of people recorded", "missing" if unknown else "recorded",
                        f"Unknown for: {names(unknown)}." if unknown else "Recorded.", REF_SCALE))
    return checks


def purpose_checks(f: PurposeFacts, kb_bases: KbBases) -> list[Check]:
    """The legal-basis-fit checklist of one purpose."""
    return _basis_checks(f, kb_bases) + _rights_checks(f, kb_bases) + _transparency_checks(f)


# --- entry point ---------------------------------------------------------------------------------


def score_purposes(assessment: Assessment, kb: Knowledge, scale: Scale) -> list[ScoredItem]:
    """One scored item per purpose: severity and likelihood with their factors, and the checks."""
    kb_bases = {basis.key: basis for basis in kb.legal_bases.bases}
    large = Facts(assessment).scale  # the screening's large-scale outcome of each purpose
    return [scored("purpose", f.purpose.id, f.purpose.name, f.at,
                   severity_factors(f) + likelihood_factors(f, large[i]), scale,
                   purpose_checks(f, kb_bases))
            for i, f in enumerate(purpose_facts(assessment))]
