"""The whole assessment: metadata, description, purposes, rights, risks, consultation, sign-offs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, PrivateAttr, StringConstraints, model_validator
from pydantic_core import PydanticCustomError, ValidationError

from pia.knowledge import load_knowledge
from pia.model.common import (
    UNKNOWN_IF_MISSING,
    Id,
    Justification,
    Name,
    Record,
    Sourced,
    Text,
    matching,
    source_document,
)
from pia.model.description import Channel, CountryCode, Description
from pia.model.purposes import Purpose
from pia.model.risks import SCALE_LEVELS, Measure, Risk

# --- metadata -------------------------------------------------------------------------------------


class Controller(Sourced):
    name: Name
    legal_form: Name | None = None
    address: Text | None = None
    company_number: Annotated[Name | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Company registration number, e.g. a Belgian KBO/BCE number."
    )


class Document(Record):
    """A document the facts were taken from; sources cite it as `<id> §<section>`."""

    id: Id
    title: Name
    date: dt.date | None = None
    language: (
        Annotated[str, matching(r"^[a-z]{2}$", "a two-letter language code such as `nl`")] | None
    ) = None
    location: Text | None = Field(None, description="Where a reader finds it (URL or file).")
    available: bool = Field(True, description="Could the analyst read it? False when only cited.")
    note: Text | None = None


class Status(StrEnum):
    draft = "draft"
    in_review = "in_review"
    final = "final"


class FactsLanguage(StrEnum):
    """The language the analyst wrote the facts in: the report says it; the text stays as is."""

    en = "en"
    nl = "nl"
    fr = "fr"
    de = "de"


class Method(StrEnum):
    """Risk scale: CNIL's 4x4 (default) or the ICO's 3x3."""

    cnil = "cnil"
    ico = "ico"


def eea_member_state(code: str) -> str:
    """`code` when it is an EEA member state in the knowledge base (`countries.yaml`), else an
    error coded `not_eea_country`: only an EEA state has a GDPR supervisory authority."""
    eea = load_knowledge().countries.eea
    if code not in {member.code for member in eea.members}:
        part = next((t for t in eea.territories if t.code == code), None)
        hint = f"; {code} is part of {part.part_of}, use {part.part_of}" if part else ""
        raise PydanticCustomError(
            "not_eea_country",
            "'{code}' is not the code of an EEA country, whose supervisory authority would be "
            "competent (Art. 55, 56 GDPR){hint}",
            {"code": code, "hint": hint},
        )
    return code


Jurisdiction = Annotated[CountryCode, AfterValidator(eea_member_state)]


class Metadata(Record):
    title: Name
    controller: Controller
    jurisdiction: Annotated[Jurisdiction | None, UNKNOWN_IF_MISSING] = Field(
        None,
        description="The country (ISO 3166-1 alpha-2, e.g. `BE`) of the supervisory authority "
        "competent for the processing, whose Art. 35(4) list of processing that needs a DPIA "
        "applies (Art. 35(4), Art. 55 GDPR); for cross-border processing, the lead authority of "
        "the main establishment (Art. 56(1) GDPR).",
    )
    dpo_contact: Text | None = None
    version: Annotated[str, matching(r"^\d+(\.\d+){0,2}$", "a version number such as `1.2`")] = (
        "0.1"
    )
    status: Status = Status.draft
    assessment_date: dt.date | None = None
    review_date: Annotated[dt.date | None, UNKNOWN_IF_MISSING] = Field(
        None, description="When the assessment must be reviewed again (Art. 35(11))."
    )
    method: Method = Method.cnil
    language: FactsLanguage | None = Field(
        None, description="The language the facts below are written in (None: not recorded)."
    )
    analysts: list[Name] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    note: Text | None = None


# --- rights ---------------------------------------------------------------------------------------


class IdentityCheck(StrEnum):
    always = "always"
    on_reasonable_doubt = "on_reasonable_doubt"
    never = "never"
    unknown = "unknown"


class IdentityVerification(Sourced):
    when: IdentityCheck = Field(
        IdentityCheck.unknown, description="Art. 12(6): only when there is reasonable doubt."
    )
    documents: list[Text] = Field(default_factory=list, description="What people must send.")
    masking: Text | None = Field(None, description="What people may or must black out.")
    more_proof_may_be_asked: bool = False


class RefusalGround(StrEnum):
    """Why requests may be refused; Art. 12(5) allows only the first two."""

    manifestly_unfounded = "manifestly_unfounded"
    manifestly_excessive = "manifestly_excessive"
    excessive = "excessive"
    abusive = "abusive"
    other = "other"


class RefusalPolicy(Sourced):
    ground: RefusalGround
    wording: Text | None = Field(None, description="The ground as the notice words it.")


class RightsHandling(Sourced):
    """Arts. 12-22: how people exercise their rights, and how requests are checked and refused."""

    channels: list[Channel] = Field(default_factory=list)
    identity_verification: IdentityVerification = Field(default_factory=IdentityVerification)
    refusals: list[RefusalPolicy] = Field(default_factory=list)
    response_time: Annotated[Text | None, UNKNOWN_IF_MISSING] = Field(
        None, description="Art. 12(3): one month, extendable by two."
    )


# --- consultation and sign-off --------------------------------------------------------------------


class DpoAdvice(Sourced):
    """The advice the controller must seek from the DPO on the DPIA (Art. 35(2), Art. 39(1)(c))."""

    name: Name | None = Field(None, description="The DPO who gave the advice.")
    date: dt.date | None = Field(None, description="When the DPO gave the advice.")
    advice: Text = Field(
        description="The gist and conclusion of the DPO's advice on the DPIA (Art. 35(2), "
        "Art. 39(1)(c) GDPR)."
    )
    followed: bool | None = Field(None, description="Did the controller follow the advice?")
    reasons_if_not_followed: Text | None = Field(
        None,
        description="Why the advice was not followed, documented with the DPIA (Art. 35(2), "
        "accountability under Art. 5(2) and 24(1) GDPR; WP248).",
    )


class DataSubjectViews(Sourced):
    sought: bool | None = Field(None, description="Art. 35(9): were views sought?")
    views: Text | None = Field(
        None, description="What the people concerned or their representatives said (Art. 35(9))."
    )
    why_not_sought: Text | None = Field(
        None, description="Why their views were not sought, e.g. disproportionate (Art. 35(9))."
    )


class Consultation(Record):
    note: Text | None = Field(None, description="The analyst's remark on the consultations.")
    dpo: Annotated[DpoAdvice | None, UNKNOWN_IF_MISSING] = Field(
        None, description="The DPO's advice (Art. 35(2))."
    )
    data_subjects: DataSubjectViews = Field(default_factory=DataSubjectViews)


class Decision(StrEnum):
    approve = "approve"
    approve_with_conditions = "approve_with_conditions"
    reject = "reject"


class AcceptedFinding(Record):
    finding: Annotated[str, matching(r"^[A-Z]{2,5}-\d{3}$", "a finding id such as `TRF-002`")]
    justification: Justification


Principal = Annotated[
    str, matching(r"^[^\s,\"]{1,200}$", "a principal without blanks, commas or quotes")
]
Signature = Annotated[
    str,
    StringConstraints(max_length=20_000),
    matching(
        r"^-----BEGIN SSH SIGNATURE-----[A-Za-z0-9+/=\s]+-----END SSH SIGNATURE-----$",
        "an armored SSH signature (-----BEGIN SSH SIGNATURE----- ...)",
    ),
]


class SignOff(Record):
    name: Name
    role: Name
    decision: Decision
    conditions: list[Text] = Field(default_factory=list)
    date: dt.date
    content_hash: Annotated[
        str, matching(r"^[0-9a-f]{64}$", "a SHA-256 hash: 64 lowercase hexadecimal digits")
    ] = Field(description="SHA-256 of the assessment's canonical content when it was signed.")
    canonical_form: int | None = Field(
        None,
        ge=1,
        description="The canonical form `content_hash` was taken in (`pia.canonical`); `sign` "
        "always records it. Absent on sign-offs recorded before forms were numbered, which "
        "cannot be checked and must be signed again.",
    )
    accepted_findings: list[AcceptedFinding] = Field(default_factory=list)
    record_form: int | None = Field(
        None,
        ge=1,
        description="The form of the record's signed message (`pia.signoff.message`); `sign` "
        "always records it.",
    )
    principal: Principal | None = Field(
        None,
        description="Who signed, as the allowed_signers file names them (e.g. an e-mail "
        "address); absent on a sign-off recorded without a key.",
    )
    signature: Signature | None = Field(
        None,
        description="The SSH signature (SSHSIG) of the record's message, made with the "
        "signatory's key; absent: recorded but not signed.",
    )


# --- the assessment -------------------------------------------------------------------------------


class Assessment(Record):
    """One DPIA as the analyst recorded it. Scores are never stored: they are recomputed."""

    schema_version: Literal[1] = 1
    metadata: Metadata
    description: Description
    purposes: list[Purpose] = Field(min_length=1)
    rights: RightsHandling = Field(default_factory=RightsHandling)
    risks: list[Risk] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    consultation: Consultation = Field(default_factory=Consultation)
    signoffs: list[SignOff] = Field(default_factory=list)

    # SHA-256 of the file this was loaded from; lets `store.save` detect a conflicting edit.
    _revision: str | None = PrivateAttr(None)

    def item_names(self) -> dict[str, str]:
        """Every item's name (documents and risks: title) by id; ids are unique across sections.
        Codes carry ids; a face says an id with the analyst's name for it."""
        d = self.description
        names: dict[str, str] = {}
        for items in (
            d.data_categories,
            d.data_subjects,
            d.data_sources,
            d.recipients,
            self.purposes,
            self.measures,
            self.metadata.documents,
            self.risks,
        ):
            names.update({i.id: i.name if hasattr(i, "name") else i.title for i in items})
        return names

    @model_validator(mode="after")
    def _references_resolve(self) -> Assessment:
        problems = list(reference_problems(self))
        if problems:
            raise ValidationError.from_exception_data(
                "Assessment",
                [
                    {"type": PydanticCustomError(code, message), "loc": loc, "input": value}
                    for loc, code, message, value in problems
                ],
            )
        return self


Problem = tuple[tuple[str | int, ...], str, str, Any]


def reference_problems(a: Assessment) -> Iterator[Problem]:
    """Every duplicate id, dangling reference and off-scale level, with its field path."""
    d = a.description
    sections: dict[str, list[Any]] = {
        "description.data_categories": d.data_categories,
        "description.data_subjects": d.data_subjects,
        "description.data_sources": d.data_sources,
        "description.recipients": d.recipients,
        "description.transfers": d.transfers,
        "description.retention_rules": d.retention_rules,
        "purposes": a.purposes,
        "risks": a.risks,
        "measures": a.measures,
        "metadata.documents": a.metadata.documents,
    }
    ids: dict[str, dict[str, Any]] = {}
    seen: dict[str, str] = {}
    for section, items in sections.items():
        ids[section] = {}
        for i, item in enumerate(items):
            loc: tuple[str | int, ...] = (*section.split("."), i, "id")
            if item.id in seen:
                yield (
                    loc,
                    "duplicate_id",
                    f"id {item.id!r} is already used in {seen[item.id]}",
                    item.id,
                )
            else:
                seen[item.id] = section
            ids[section][item.id] = item

    def check(loc: tuple[str | int, ...], value: str, *targets: str) -> Iterator[Problem]:
        if not any(value in ids[t] for t in targets):
            names = " or ".join(t.rsplit(".", 1)[-1].replace("_", " ") for t in targets)
            yield loc, "dangling_id", f"{value!r} is not the id of any of the {names}", value

    def check_all(
        base: tuple[str | int, ...], field: str, values: list[str], *targets: str
    ) -> Iterator[Problem]:
        for j, value in enumerate(values):
            yield from check((*base, field, j), value, *targets)

    cats, subjects, srcs = (
        "description.data_categories",
        "description.data_subjects",
        "description.data_sources",
    )
    for i, s in enumerate(d.data_sources):
        yield from check_all(
            ("description", "data_sources", i), "data_categories", s.data_categories, cats
        )
    for i, r in enumerate(d.recipients):
        yield from check_all(
            ("description", "recipients", i), "data_categories", r.data_categories, cats
        )
    for i, t in enumerate(d.transfers):
        base: tuple[str | int, ...] = ("description", "transfers", i)
        yield from check((*base, "recipient"), t.recipient, "description.recipients")
        yield from check_all(base, "data_categories", t.data_categories, cats)
    for i, rule in enumerate(d.retention_rules):
        base = ("description", "retention_rules", i)
        yield from check_all(base, "data_categories", rule.data_categories, cats)
        yield from check_all(base, "purposes", rule.purposes, "purposes")
    for i, p in enumerate(a.purposes):
        base = ("purposes", i)
        yield from check_all(base, "data_categories", p.data_categories, cats)
        yield from check_all(base, "data_sources", p.data_sources, srcs)
        yield from check_all(base, "data_subjects", p.data_subjects, subjects)
    scored = ("purposes", "description.transfers", "description.retention_rules")
    levels = SCALE_LEVELS[a.metadata.method.value]
    for i, risk in enumerate(a.risks):
        base = ("risks", i)
        yield from check_all(base, "concerns", risk.concerns, *scored)
        yield from check_all(base, "measures", risk.measures, "measures")
        for axis in ("severity", "likelihood"):
            override = getattr(risk, f"{axis}_override")
            if override is not None and override.level not in levels[axis]:
                allowed = ", ".join(levels[axis])
                message = (
                    f"{override.level!r} is not a {axis} level of the {a.metadata.method.value} "
                    f"method; use one of {allowed}"
                )
                yield (*base, f"{axis}_override", "level"), "unknown_level", message, override.level
    yield from _source_problems(a, set(ids["metadata.documents"]))


def _source_problems(a: Assessment, documents: set[str]) -> Iterator[Problem]:
    """Each `sources` entry must cite a document listed in `metadata.documents`."""
    for loc, sourced in _walk_sourced(a, ()):
        for j, ref in enumerate(sourced.sources):
            if source_document(ref) not in documents:
                known = ", ".join(sorted(documents)) or "none listed"
                message = f"{ref!r} cites no document in metadata.documents (known: {known})"
                yield (*loc, "sources", j), "unknown_document", message, ref


def _walk_sourced(node: Any, loc: tuple[str | int, ...]) -> Iterator[tuple[tuple, Sourced]]:
    if isinstance(node, Sourced):
        yield loc, node
    if isinstance(node, Record):
        for name in type(node).model_fields:
            yield from _walk_sourced(getattr(node, name), (*loc, name))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk_sourced(item, (*loc, i))
