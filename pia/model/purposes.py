"""Purposes and their lawfulness (Art. 5(1)(b), 6, 7, 21): the necessity half of Art. 35(7)(b)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from pia.model.common import UNKNOWN_IF_MISSING, Id, Record, Sourced, Text
from pia.model.description import Channel


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


class LegalBasisClaim(Sourced):
    """One basis the controller relies on, and when (a purpose may rely on several)."""

    basis: LegalBasis
    applies_when: Text | None = Field(
        None, description="The condition under which this basis is claimed, e.g. `no contract`."
    )
    scope: Text | None = Field(None, description="The part of the purpose this basis covers.")


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


class Purpose(Sourced):
    id: Id
    name: Text
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
