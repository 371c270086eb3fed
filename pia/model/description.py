"""The systematic description (Art. 35(7)(a)): data, people, sources, recipients, retention."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from pia.model.common import (
    UNKNOWN_IF_MISSING,
    AskedWhen,
    Id,
    Name,
    PeriodText,
    Record,
    Sourced,
    Text,
    matching,
)

CountryCode = Annotated[
    str,
    matching(r"^[A-Z]{2}$", "a two-letter ISO country code in capitals, e.g. `BE`"),
    Field(description="ISO 3166-1 alpha-2 country code, e.g. `BE`, `IE`, `IN`."),
]


class Sensitivity(StrEnum):
    """How much harm a category can do (Art. 9, Art. 10, WP248 criterion 4)."""

    standard = "standard"
    highly_personal = "highly_personal"
    special_category = "special_category"
    criminal_offence = "criminal_offence"


class DataCategory(Sourced):
    id: Id
    name: Name = Field(description="The category as the analyst names it.")
    kind: Annotated[
        str, matching(r"^[a-z][a-z_]*$", "a kind in lowercase letters and _, e.g. `contact`")
    ] = Field(
        description="Kind from the knowledge base: identity, contact, behaviour, inferred_profile."
    )
    sensitivity: Sensitivity = Field(
        description="Standard, highly personal, Art. 9 or Art. 10 data."
    )
    declared_to_data_subjects: bool = Field(
        description="Is it named in the information given to people (Art. 13(1)/14(1)(d))?"
    )
    inferred: bool = Field(False, description="Derived by the controller rather than collected.")


class SubjectKind(StrEnum):
    customer = "customer"
    prospect = "prospect"
    website_or_app_user = "website_or_app_user"
    employee = "employee"
    child = "child"
    other = "other"


class DataSubjectGroup(Sourced):
    id: Id
    name: Name
    kind: SubjectKind
    vulnerable: bool = Field(False, description="WP248 criterion 7: power imbalance, children, ...")
    approximate_count: Annotated[int | None, UNKNOWN_IF_MISSING] = Field(
        None, ge=0, description="How many people, roughly (WP248 large-scale factor a)."
    )


class SourceKind(StrEnum):
    """Where data comes from; anything not from the person triggers Art. 14."""

    data_subject = "data_subject"
    observed = "observed"
    third_party = "third_party"
    public = "public"
    inferred = "inferred"


class Channel(StrEnum):
    website = "website"
    mobile_app = "mobile_app"
    web_form = "web_form"
    email = "email"
    telephone = "telephone"
    sms = "sms"
    post = "post"
    cookies_and_similar = "cookies_and_similar"
    in_person = "in_person"
    other = "other"


class DataSource(Sourced):
    id: Id
    name: Name
    kind: SourceKind
    provider: Name | None = Field(
        None, description="The company the data comes from, if not the person."
    )
    channels: list[Channel] = Field(default_factory=list, description="How the data arrives.")
    data_categories: list[Id] = Field(
        default_factory=list, description="Ids of the categories it brings."
    )


class RecipientRole(StrEnum):
    controller = "controller"
    joint_controller = "joint_controller"
    processor = "processor"
    sub_processor = "sub_processor"
    third_party = "third_party"


# Recipients that process data on the controller's behalf (Art. 28).
PROCESSOR_ROLES = frozenset({RecipientRole.processor, RecipientRole.sub_processor})


class Recipient(Sourced):
    id: Id
    name: Name
    role: RecipientRole
    service: Text | None = Field(None, description="What the recipient does with the data.")
    country: CountryCode = Field(description="Where the recipient processes or accesses the data.")
    parent_country: Annotated[CountryCode | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Country of the parent company, whose law may reach the data."
    )
    processor_contract: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Is an Art. 28(3) contract in place?"
    )
    data_categories: list[Id] = Field(default_factory=list)


class TransferKind(StrEnum):
    """How data leaves the EEA. Remote access counts (EDPB Recommendations 01/2020, step 1)."""

    storage = "storage"
    remote_access = "remote_access"
    onward_transfer = "onward_transfer"


class TransferTool(StrEnum):
    """Chapter V instruments; keys match `pia/knowledge/transfer_tools.yaml`."""

    adequacy_decision = "adequacy_decision"
    dpf = "dpf"
    scc_2021_914 = "scc_2021_914"
    bcr = "bcr"
    code_of_conduct = "code_of_conduct"
    certification = "certification"
    ad_hoc_clauses = "ad_hoc_clauses"
    art49_derogation = "art49_derogation"
    none = "none"
    unknown = "unknown"


class DataProtection(StrEnum):
    """What the recipient can read: the key question of EDPB Recommendations 01/2020 step 4."""

    clear_text = "clear_text"
    encrypted_keys_with_recipient = "encrypted_keys_with_recipient"
    encrypted_keys_in_eea = "encrypted_keys_in_eea"
    pseudonymised = "pseudonymised"
    unknown = "unknown"


class Transfer(Sourced):
    id: Id
    recipient: Id = Field(description="The recipient id that receives or accesses the data.")
    country: CountryCode = Field(description="The third country the data goes to or is read from.")
    kind: TransferKind
    data_categories: list[Id] = Field(default_factory=list)
    tool: TransferTool = Field(
        TransferTool.unknown, description="The Chapter V instrument relied on."
    )
    scc_module: Annotated[int | None, UNKNOWN_IF_MISSING] = Field(
        None, ge=1, le=4, description="SCC 2021/914 module (1 C2C, 2 C2P, 3 P2P, 4 P2C)."
    )
    impact_assessment_done: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Was the third-country law and practice assessed (step 3, SCC clause 14)?"
    )
    data_protection: DataProtection = Field(
        DataProtection.unknown,
        description="Clear text, encrypted (who holds the keys) or pseudonymised.",
    )
    supplementary_measures: list[Text] = Field(default_factory=list, description="Step 4 measures.")
    reevaluation_due: Annotated[Name | None, UNKNOWN_IF_MISSING] = Field(
        None, description="When the transfer is next re-evaluated (step 6), as a date or a cadence."
    )
    dpf_certified: Annotated[
        bool | None,
        UNKNOWN_IF_MISSING,
        AskedWhen(lambda t, _root: t.country == "US", "the transfer goes to the US"),
    ] = Field(
        None,
        description="Is the recipient in the US certified under the EU-US Data Privacy Framework "
        "(on the DPF List, for these data)? Then the adequacy decision of 10 July 2023 (Art. 45) "
        "is the transfer tool. Check dataprivacyframework.gov at the assessment date.",
    )


class RetentionGroup(StrEnum):
    """Whose data a retention rule covers; each group needs its own period and trigger."""

    customers = "customers"
    prospects = "prospects"
    consent_only = "consent_only"
    objected = "objected"
    rights_requesters = "rights_requesters"
    consent_records = "consent_records"


class DeletionMethod(StrEnum):
    erasure = "erasure"
    anonymisation = "anonymisation"
    archive_then_erasure = "archive_then_erasure"
    unknown = "unknown"


class ArchiveGround(StrEnum):
    """Why data may be kept after active use, once the purpose no longer needs it."""

    legal_obligation = "legal_obligation"  # a law requires keeping them: Art. 17(3)(b)
    legal_claims = "legal_claims"  # limitation periods, legal hold: Art. 17(3)(e)
    archiving_in_public_interest = "archiving_in_public_interest"  # Art. 17(3)(d), Art. 89(1)
    other = "other"  # no ground the GDPR names for keeping data after use
    unknown = "unknown"


def _archived(rule: RetentionRule, _root: object) -> bool:
    return rule.deletion is DeletionMethod.archive_then_erasure


class ArchiveStage(Sourced):
    """The archive after active use: kept apart, with access restricted, then erased.

    Not a second active period: the data are no longer used for the purpose, only consulted
    occasionally by people specifically authorised, to meet a legal obligation, to establish or
    defend legal claims, or for archiving in the public interest, research or statistics
    (GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1); CNIL, Guide pratique "Les durées de
    conservation", July 2020: base active, archivage intermédiaire).
    """

    period: Annotated[PeriodText | None, UNKNOWN_IF_MISSING] = Field(
        None, description="How long the archive keeps the data after active use, e.g. `7 years`."
    )
    ground: ArchiveGround = Field(
        ArchiveGround.unknown,
        description="Why the data are kept after active use: a legal obligation, legal claims, or "
        "archiving in the public interest (Art. 89(1)).",
    )
    access_restricted: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="Is access limited to people specifically authorised, apart from the teams "
        "that use the data?",
    )


class RetentionRule(Sourced):
    id: Id
    applies_to: list[RetentionGroup] = Field(min_length=1, description="The groups it covers.")
    data_categories: list[Id] = Field(default_factory=list)
    purposes: list[Id] = Field(default_factory=list)
    period: Annotated[PeriodText | None, UNKNOWN_IF_MISSING] = Field(
        None, description="How long, e.g. `3 years` (the active period, if an archive follows)."
    )
    trigger: Annotated[Text | None, UNKNOWN_IF_MISSING] = Field(
        None, description="The event that starts the period, e.g. `end of the contract`."
    )
    justification: Annotated[Text | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Why this period is necessary (Art. 5(1)(e))."
    )
    deletion: DeletionMethod = Field(DeletionMethod.unknown, description="What happens at the end.")
    archive: Annotated[
        ArchiveStage | None,
        UNKNOWN_IF_MISSING,
        AskedWhen(_archived, "the data are archived after active use"),
    ] = Field(
        None,
        description="The archive after the active period (deletion `archive_then_erasure`): how "
        "long, on what ground, with access restricted?",
    )


class Description(Record):
    """Art. 35(7)(a): what is processed, about whom, from where, shared with whom, kept how long."""

    processing: Text = Field(description="The processing in a few sentences.")
    data_categories: list[DataCategory] = Field(min_length=1)
    data_subjects: list[DataSubjectGroup] = Field(min_length=1)
    data_sources: list[DataSource] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    retention_rules: list[RetentionRule] = Field(default_factory=list)
    automated_decisions_art22: bool = Field(
        False, description="Are decisions with legal or similarly significant effect automated?"
    )
    innovative_technology: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="WP248 criterion 8: does the processing use new technology, or a new "
        "technological or organisational solution, or technology in a new way?",
    )
    innovation: Annotated[
        Text | None,
        AskedWhen(lambda d, _root: d.innovative_technology is True, "innovative technology is yes"),
    ] = Field(
        None, description="What is new, and why its effects on people are not yet well known."
    )
    prevents_exercising_rights: Annotated[bool | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="WP248 criterion 9: does the processing itself decide whether people may "
        "exercise a right, use a service or enter into a contract (e.g. screening applicants "
        "against a credit database)?",
    )
