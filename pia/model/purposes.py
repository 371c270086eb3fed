"""Purposes and their lawfulness (Art. 5(1)(b), 6, 7, 21): the necessity half of Art. 35(7)(b)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field

from pia.model.common import UNKNOWN_IF_MISSING, AskedWhen, Id, Name, Record, Sourced, Text
from pia.model.description import Channel, Sensitivity


class LegalBasis(StrEnum):
    """The six grounds of Art. 6(1) GDPR, in the order of its letters."""

    consent = "consent"
    contract = "contract"
    legal_obligation = "legal_obligation"
    vital_interests = "vital_interests"
    public_task = "public_task"
    legitimate_interest = "legitimate_interest"

    @property
    def letter(self) -> str:
        return "abcdef"[list(LegalBasis).index(self)]

    @property
    def article(self) -> str:
        return f"Art. 6(1)({self.letter}) GDPR"


# Art. 6(3): the bases of Art. 6(1)(c) and (e) must be laid down by Union or Member State law.
BASES_LAID_DOWN_BY_LAW = (LegalBasis.legal_obligation, LegalBasis.public_task)


def _needs_a_law(claim: LegalBasisClaim, _root: object) -> bool:
    return claim.basis in BASES_LAID_DOWN_BY_LAW


class LegalBasisClaim(Sourced):
    """One basis the controller relies on, and when (a purpose may rely on several)."""

    basis: LegalBasis
    applies_when: Text | None = Field(
        None, description="The condition under which this basis is claimed, e.g. `no contract`."
    )
    scope: Text | None = Field(None, description="The part of the purpose this basis covers.")
    law: Annotated[
        Text | None,
        UNKNOWN_IF_MISSING,
        AskedWhen(_needs_a_law, "the basis is a legal obligation or a public task"),
    ] = Field(
        None,
        description="For a legal obligation or a public task: the Union or Member State law that "
        "lays it down (Art. 6(3)), e.g. `Belgian Code of Economic Law, art. III.86`.",
    )


class SpecialCategoryException(StrEnum):
    """The exceptions of Art. 9(2) GDPR to the ban on special-category data, in letter order."""

    explicit_consent = "explicit_consent"
    employment_social_security = "employment_social_security"
    vital_interests = "vital_interests"
    not_for_profit_body = "not_for_profit_body"
    made_public_by_data_subject = "made_public_by_data_subject"
    legal_claims = "legal_claims"
    substantial_public_interest = "substantial_public_interest"
    health_or_social_care = "health_or_social_care"
    public_health = "public_health"
    archiving_research_statistics = "archiving_research_statistics"

    @property
    def letter(self) -> str:
        return "abcdefghij"[list(SpecialCategoryException).index(self)]

    @property
    def article(self) -> str:
        return f"Art. 9(2)({self.letter}) GDPR"


class TestOutcome(StrEnum):
    passed = "passed"
    failed = "failed"
    not_recorded = "not_recorded"


class InterestTest(Record):
    """One of the three cumulative steps of EDPB Guidelines 1/2024 on Art. 6(1)(f)."""

    outcome: TestOutcome = TestOutcome.not_recorded
    reasoning: Text | None = None


class LegitimateInterestAssessment(Sourced):
    interest: Text | None = Field(None, description="The interest pursued, as stated.")
    purpose_test: InterestTest = Field(default_factory=InterestTest)
    necessity_test: InterestTest = Field(default_factory=InterestTest)
    balancing_test: InterestTest = Field(default_factory=InterestTest)


class ConsentDetails(Sourced):
    how_obtained: Annotated[Text | None, UNKNOWN_IF_MISSING] = Field(
        None, description="The mechanism, e.g. a privacy-level choice in an account dashboard."
    )
    granular: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Separate consent per purpose (Art. 7(2), Recital 43)?"
    )
    records_kept: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Can the controller demonstrate consent (Art. 7(1))?"
    )
    withdrawal_path: Annotated[Text | None, UNKNOWN_IF_MISSING] = Field(
        None, description="How consent is withdrawn (Art. 7(3): as easy as giving it)."
    )
    withdrawal_called_objection: bool = Field(
        False, description="Does the notice describe withdrawal of consent as an 'objection'?"
    )


class ObjectionPath(Sourced):
    channel: Text | None = Field(None, description="Where and how people object (Art. 21).")
    as_easy_as_collection: Annotated[bool | None, UNKNOWN_IF_MISSING] = None
    brought_to_attention: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Explicitly and separately presented (Art. 21(4))?"
    )


class Transparency(Sourced):
    informed_at_collection: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Art. 13 information given when data is collected from the person."
    )
    informed_of_other_sources: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Art. 14 information (incl. the source, 14(2)(f)) for data from elsewhere.",
    )


class SoftOptIn(Sourced):
    """E-mail or SMS advertising to existing customers without their consent: the "soft opt-in".

    Directive 2002/58/EC Art. 13(2); in Belgium, Code of Economic Law art. XII.13 with the Royal
    Decree of 4 April 2003, art. 1, 1°. Every condition must hold, for customers only.
    """

    details_from_sale: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Did the controller obtain the e-mail address or number directly from the "
        "customer, in the context of the sale of a product or service?",
    )
    own_similar_products: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Is the advertising only for the controller's own, similar products or "
        "services?",
    )
    objection_at_collection: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Could the customer object, free of charge and easily, when the details "
        "were collected?",
    )
    objection_in_each_message: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Does every message offer a free and easy way to object?",
    )


def _electronic_marketing_without_consent(purpose: Purpose, _root: object) -> bool:
    """E-mail or SMS advertising that some claim puts on a basis other than consent."""
    electronic = any(c in (Channel.email, Channel.sms) for c in purpose.channels)
    other = any(c.basis is not LegalBasis.consent for c in purpose.legal_bases)
    return purpose.direct_marketing and electronic and other


def _uses_special_categories(purpose: Purpose, root: Any) -> bool:
    """Does the purpose use a category recorded as special-category data (Art. 9(1))?"""
    categories = getattr(getattr(root, "description", None), "data_categories", None)
    if categories is None:  # listed from the purpose alone: ask
        return True
    special = {c.id for c in categories if c.sensitivity is Sensitivity.special_category}
    return bool(special & set(purpose.data_categories))


class Purpose(Sourced):
    id: Id
    name: Name
    description: Text | None = None
    legal_bases: list[LegalBasisClaim] = Field(min_length=1)
    data_categories: list[Id] = Field(default_factory=list, description="Categories it uses.")
    data_sources: list[Id] = Field(default_factory=list, description="Sources it draws on.")
    data_subjects: list[Id] = Field(
        default_factory=list, description="Groups of people it concerns."
    )
    profiling: bool = Field(False, description="Evaluates personal aspects (Art. 4(4))?")
    direct_marketing: bool = Field(False, description="Advertising to the person (Art. 21(2))?")
    channels: list[Channel] = Field(default_factory=list, description="How it reaches people.")
    consent: ConsentDetails | None = None
    legitimate_interest: LegitimateInterestAssessment | None = None
    objection: ObjectionPath | None = None
    transparency: Transparency = Field(default_factory=Transparency)
    special_category_exception: Annotated[
        SpecialCategoryException | None,
        UNKNOWN_IF_MISSING,
        AskedWhen(_uses_special_categories, "the purpose uses special-category data"),
    ] = Field(
        None,
        description="The Art. 9(2) exception that lifts the ban on special-category data for "
        "this purpose, e.g. `explicit_consent` (Art. 9(2)(a)).",
    )
    soft_opt_in: Annotated[
        SoftOptIn | None,
        UNKNOWN_IF_MISSING,
        AskedWhen(
            _electronic_marketing_without_consent,
            "the purpose advertises by e-mail or SMS on a basis other than consent",
        ),
    ] = Field(
        None,
        description="E-mail or SMS advertising to existing customers without consent: the "
        "conditions of the soft opt-in (Directive 2002/58/EC Art. 13(2)).",
    )
