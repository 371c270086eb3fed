"""A purpose with what it refers to looked up, as its scores and its findings both read it.

`PurposeFacts` resolves a purpose's data categories, sources and groups and names the gaps in its
legal basis, objection, consent and notices; `pia.scoring.purposes` turns them into factors and
checks, `pia.findings.purposes` into findings, so a score and a finding never read a field
differently. The legal references both cite live here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from pia.model import (
    BASES_LAID_DOWN_BY_LAW,
    Channel,
    DataCategory,
    DataSource,
    DataSubjectGroup,
    LegalBasis,
    Purpose,
    Sensitivity,
    SourceKind,
    SubjectKind,
    TestOutcome,
)
from pia.screening.facts import is_vulnerable

if TYPE_CHECKING:
    from pia.model import Assessment, Description

ELECTRONIC_MAIL = (Channel.email, Channel.sms)  # "electronic mail" in XII.13 includes SMS
NOT_FROM_THE_PERSON = (SourceKind.third_party, SourceKind.public)  # Art. 14 applies
FROM_THE_PERSON = (SourceKind.data_subject, SourceKind.observed)  # Art. 13 applies
INTEREST_TESTS = (
    ("purpose_test", "purpose"),
    ("necessity_test", "necessity"),
    ("balancing_test", "balancing"),
)
ARTICLE = {basis: basis.article for basis in LegalBasis}

REF_PERSONALISED_ADS = (
    "EDPB Guidelines 8/2020 on the targeting of social media users; CJEU "
    "C-252/21 Meta Platforms v Bundeskartellamt (4 July 2023); WP29 Opinion "
    "06/2014 on legitimate interests (WP217)"
)
REF_LIA = "GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)"
REF_OBJECTION = "GDPR Art. 21(2)-(4)"
REF_CONSENT = "GDPR Art. 7(1)-(3), Art. 4(11)"
REF_WITHDRAWAL = "GDPR Art. 7(3) (withdrawal) and Art. 21 (objection): two different rights"
REF_EPRIVACY = (
    "Belgian Code of Economic Law Art. XII.13; Royal Decree of 4 April 2003 "
    "(soft opt-in); Directive 2002/58/EC Art. 13"
)
REF_SOFT_OPT_IN = (
    "Directive 2002/58/EC Art. 13(2); Belgian Code of Economic Law Art. XII.13 and "
    "Royal Decree of 4 April 2003, art. 1, 1°"
)
REF_ART9 = "GDPR Art. 9(1)-(2)"
REF_ART6_3 = "GDPR Art. 6(1)(c) and (e), Art. 6(3)"
# The conditions of the soft opt-in: field of `SoftOptIn`, and the condition in words.
SOFT_OPT_IN_CONDITIONS = (
    (
        "details_from_sale",
        "the e-mail address or number was obtained directly from the customer in the "
        "context of a sale",
    ),
    ("own_similar_products", "the advertising is only for the sender's own similar products"),
    ("objection_at_collection", "a free and easy way to object was offered at collection"),
    ("objection_in_each_message", "every message offers a free and easy way to object"),
)
REF_DECLARED = "GDPR Art. 5(1)(a), Art. 13(1)(c), Art. 14(1)(d)"
REF_ART13 = "GDPR Art. 13(1)-(2)"
REF_ART14 = "GDPR Art. 14(1)-(2), incl. Art. 14(2)(f) (the source)"
REF_SCALE = (
    "WP248 rev.01, criterion 5 (large scale), read as in the screening (docs/method/screening.md)"
)

_Item = TypeVar("_Item", DataCategory, DataSource, DataSubjectGroup)
Gaps = list[tuple[str, str]]  # (field path under the purpose, what is missing)


def names(items: Iterable[Any], attr: str = "id") -> str:
    return ", ".join(str(getattr(item, attr)) for item in items)


def bases_words(bases: Iterable[LegalBasis]) -> str:
    return ", ".join(f"{b.value.replace('_', ' ')} ({ARTICLE[b]})" for b in bases)


def gap_codes(purpose: Purpose, gaps: Gaps) -> list[str]:
    """The gaps as codes (label group `purpose_gap`): the field's path with `_` for `.`, and
    `_no` when the field is recorded as not so (False) rather than not recorded."""
    codes = []
    for path, _ in gaps:
        value: Any = purpose
        for name in path.split("."):
            value = getattr(value, name, None)
        codes.append(path.replace(".", "_") + ("_no" if value is False else ""))
    return codes


def relies_on(purpose: Purpose, basis: LegalBasis) -> bool:
    """Does any of the purpose's claims rest on `basis`?"""
    return any(claim.basis is basis for claim in purpose.legal_bases)


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
            self._categories = _resolve(
                self.purpose.data_categories, self._description.data_categories
            )
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
            self._groups = (
                _resolve(self.purpose.data_subjects, everyone)
                if self.purpose.data_subjects
                else tuple((-1, g) for g in everyone)
            )
        return self._groups

    def relies_on(self, basis: LegalBasis) -> bool:
        return relies_on(self.purpose, basis)

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
            state = (
                "is recorded as harder than"
                if easy is False
                else "is not recorded as being as easy as"
            )
            gaps.append(("objection.as_easy_as_collection", f"objecting {state} giving the data"))
        told = objection.brought_to_attention
        if told is not True:
            state = "is recorded as not" if told is False else "is not recorded as"
            gaps.append(
                (
                    "objection.brought_to_attention",
                    f"the right to object {state} presented clearly and separately",
                )
            )
        return gaps

    def consent_gaps(self) -> Gaps:
        consent = self.purpose.consent
        if consent is None:
            return [("consent", "how consent is obtained, proved and withdrawn is not recorded")]
        gaps = []
        if consent.records_kept is not True:
            state = (
                "is recorded as not kept" if consent.records_kept is False else "is not recorded"
            )
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
        return [
            (f, step, TestOutcome.not_recorded if lia is None else getattr(lia, f).outcome)
            for f, step in INTEREST_TESTS
        ]

    def electronic_channels(self) -> list[tuple[int, Channel]]:
        return [(k, ch) for k, ch in enumerate(self.purpose.channels) if ch in ELECTRONIC_MAIL]

    @property
    def electronic_marketing_without_consent(self) -> bool:
        """E-mail or SMS advertising that some claim puts on a basis other than consent."""
        return (
            self.purpose.direct_marketing
            and bool(self.electronic_channels())
            and bool(self.other_bases(LegalBasis.consent))
        )

    def soft_opt_in_gaps(self) -> Gaps:
        """What keeps a recorded soft opt-in from covering the advertising ([] if nothing).

        Each condition not recorded as met, and every group concerned that is not a group of
        customers: the exception covers existing customers only. Without a recorded soft opt-in,
        the one gap is that it is not recorded.
        """
        soft = self.purpose.soft_opt_in
        if soft is None:
            return [("soft_opt_in", "the soft opt-in for existing customers is not recorded")]
        gaps = []
        for field, condition in SOFT_OPT_IN_CONDITIONS:
            value = getattr(soft, field)
            if value is not True:
                state = "is recorded as not met" if value is False else "is not recorded"
                gaps.append((f"soft_opt_in.{field}", f"that {condition} {state}"))
        others = self.non_customers()
        if others:
            gaps.append(
                (
                    "data_subjects",
                    f"it also concerns people who are not customers ({names(g for _, g in others)})"
                    ", whom the soft opt-in does not cover",
                )
            )
        return gaps

    def non_customers(self) -> list[tuple[int, DataSubjectGroup]]:
        """The groups concerned that are not customers (the soft opt-in does not reach them)."""
        return [(j, g) for j, g in self.groups if g.kind is not SubjectKind.customer]

    @property
    def eprivacy_gap(self) -> bool:
        """E-mail or SMS advertising not on consent, which no recorded soft opt-in covers."""
        return self.electronic_marketing_without_consent and bool(self.soft_opt_in_gaps())

    def special_categories(self) -> list[tuple[int, DataCategory]]:
        """The categories used that are recorded as special-category data (Art. 9(1))."""
        return [(j, c) for j, c in self.categories if c.sensitivity is Sensitivity.special_category]

    @property
    def art9_gap(self) -> bool:
        """Special-category data used, and no Art. 9(2) exception recorded."""
        return bool(self.special_categories()) and self.purpose.special_category_exception is None

    def claims_without_law(self) -> list[tuple[int, LegalBasis]]:
        """Legal-obligation and public-task claims that record no law (Art. 6(3))."""
        return [
            (j, c.basis)
            for j, c in enumerate(self.purpose.legal_bases)
            if c.basis in BASES_LAID_DOWN_BY_LAW and not c.law
        ]

    def undeclared(self) -> list[tuple[int, DataCategory]]:
        return [(j, c) for j, c in self.categories if not c.declared_to_data_subjects]

    def art14_gap(self) -> list[tuple[int, DataSource]]:
        """Sources not from the person, when Art. 14 information is not recorded as given."""
        if self.purpose.transparency.informed_of_other_sources is True:
            return []
        return self.sources_of(NOT_FROM_THE_PERSON)

    def vulnerable(self) -> list[tuple[int, DataSubjectGroup]]:
        return [(j, g) for j, g in self.groups if is_vulnerable(g)]


def _resolve(ids: list[str], items: list[_Item]) -> tuple[tuple[int, _Item], ...]:
    known = {item.id: item for item in items}
    return tuple((j, known[i]) for j, i in enumerate(ids) if i in known)


def purpose_facts(assessment: Assessment) -> list[PurposeFacts]:
    """Every purpose with the description it refers to."""
    return [
        PurposeFacts(p, f"purposes[{i}]", assessment.description)
        for i, p in enumerate(assessment.purposes)
    ]
