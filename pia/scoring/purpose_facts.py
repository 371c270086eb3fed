"""A purpose with what it refers to looked up, as its scores and its findings both read it.

`PurposeFacts` resolves a purpose's data categories, sources and groups and names the gaps in its
legal basis, objection, consent and notices (as codes); `pia.scoring.purposes` turns them into
factors and checks, `pia.findings.purposes` into findings, so a score and a finding never read a
field differently.
"""

from __future__ import annotations

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
# The conditions of the soft opt-in: fields of `SoftOptIn`.
SOFT_OPT_IN_CONDITIONS = (
    "details_from_sale",
    "own_similar_products",
    "objection_at_collection",
    "objection_in_each_message",
)

_Item = TypeVar("_Item", DataCategory, DataSource, DataSubjectGroup)
# (field path under the purpose, the gap as a code of the label group `purpose_gap`): the path
# with `_` for `.`, and `_no` where the field is recorded as not so rather than not recorded.
Gaps = list[tuple[str, str]]


def _gap(path: str, value: Any = None) -> tuple[str, str]:
    return path, path.replace(".", "_") + ("_no" if value is False else "")


def gap_codes(gaps: Gaps) -> list[str]:
    return [code for _, code in gaps]


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
            return [_gap("objection")]
        gaps = []
        if not objection.channel:
            gaps.append(_gap("objection.channel"))
        easy = objection.as_easy_as_collection
        if direct_marketing and easy is not True:
            gaps.append(_gap("objection.as_easy_as_collection", easy))
        told = objection.brought_to_attention
        if told is not True:
            gaps.append(_gap("objection.brought_to_attention", told))
        return gaps

    def consent_gaps(self) -> Gaps:
        consent = self.purpose.consent
        if consent is None:
            return [_gap("consent")]
        gaps = []
        if consent.records_kept is not True:
            gaps.append(_gap("consent.records_kept", consent.records_kept))
        if consent.granular is not True:
            gaps.append(_gap("consent.granular", consent.granular))
        if not consent.withdrawal_path:
            gaps.append(_gap("consent.withdrawal_path"))
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
            return [_gap("soft_opt_in")]
        gaps = []
        for field in SOFT_OPT_IN_CONDITIONS:
            value = getattr(soft, field)
            if value is not True:
                gaps.append(_gap(f"soft_opt_in.{field}", value))
        if self.non_customers():
            gaps.append(_gap("data_subjects"))
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
