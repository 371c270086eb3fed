"""Findings on how people exercise their rights (Arts. 12-22): channels, identity, refusals.

Each rule yields codes and values; its words are in pia/words/<lang>/findings-rights.ftl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule
from pia.model import Channel, IdentityCheck, RefusalGround
from pia.model.common import parse_period

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment, IdentityVerification, RightsHandling

Found = Iterator[tuple[str, dict[str, Any]]]

# Words naming an official identity document, which carries a photo and, in Belgium, the
# national register number. English, Dutch, French and German: the languages of notices the
# workbook expects.
IDENTITY_DOCUMENT = re.compile(
    r"\b(identity card|id[- ]card|identity document|eid|passport|driving licen[cs]e"
    r"|driver'?s licen[cs]e|national (?:register|identification) number|residence permit"
    r"|identiteitskaart|identiteitsbewijs|id-kaart|paspoort|rijbewijs|rijksregister"
    r"|verblijfsvergunning|carte d'identit[ée]|passeport|permis de conduire|registre national"
    r"|titre de s[ée]jour|personalausweis|reisepass|f[üu]hrerschein|nationalregister)",
    re.IGNORECASE,
)

# Art. 12(3): one month from receipt; a calendar month has at most 31 days.
ONE_MONTH_DAYS = 31

# Channels through which data is collected online, and rights channels that are not electronic
# (Recital 59: requests should be possible electronically where data is processed electronically).
ONLINE_COLLECTION = {
    Channel.website,
    Channel.mobile_app,
    Channel.web_form,
    Channel.email,
    Channel.cookies_and_similar,
}
NOT_ELECTRONIC = {Channel.post, Channel.in_person, Channel.telephone}

# Refusal grounds Art. 12(5) does not allow: it names only manifestly unfounded or manifestly
# excessive requests, and the controller must prove it.
NOT_A_GROUND = {RefusalGround.excessive, RefusalGround.abusive, RefusalGround.other}


# --- identity checks ------------------------------------------------------------------------------


@rule("RGT-001", "major")
def identity_always_checked(assessment: Assessment, knowledge: Knowledge) -> Found:
    check = assessment.rights.identity_verification
    if check.when is IdentityCheck.always:
        yield "rights.identity_verification.when", {"when": check.when.value}


def _identity_documents(check: IdentityVerification) -> list[str]:
    return [text for text in check.documents if IDENTITY_DOCUMENT.search(text)]


@rule("RGT-002", "major")
def identity_document_unmasked(assessment: Assessment, knowledge: Knowledge) -> Found:
    check = assessment.rights.identity_verification
    documents = _identity_documents(check)
    if documents and not check.masking:
        yield "rights.identity_verification.masking", {"documents": documents}


@rule("RGT-003", "minor")
def more_proof_without_criteria(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.rights.identity_verification.more_proof_may_be_asked:
        yield "rights.identity_verification.more_proof_may_be_asked", {}


# --- refusals and response time -------------------------------------------------------------------


@rule("RGT-004", "major")
def refusal_beyond_art12_5(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, refusal in enumerate(assessment.rights.refusals):
        if refusal.ground not in NOT_A_GROUND:
            continue
        params = {"ground": refusal.ground.value, "wording": refusal.wording or None}
        yield f"rights.refusals[{i}].ground", params


@rule("RGT-005", "minor")
def no_response_time(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not assessment.rights.response_time:
        yield "rights.response_time", {}


@rule("RGT-006", "major")
def response_time_over_a_month(assessment: Assessment, knowledge: Knowledge) -> Found:
    stated = assessment.rights.response_time
    try:
        period = parse_period(stated) if stated else None
    except ValueError:
        return  # written in words: RGT-005 does not apply, and the text is read by a person
    if period is not None and period.days > ONE_MONTH_DAYS:
        yield "rights.response_time", {"response_time": str(period)}


# --- channels -------------------------------------------------------------------------------------


def _collected_online(assessment: Assessment) -> bool:
    return any(
        channel in ONLINE_COLLECTION
        for source in assessment.description.data_sources
        for channel in source.channels
    )


@rule("RGT-007", "minor")
def no_rights_channel(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not assessment.rights.channels:
        yield "rights.channels", {}


@rule("RGT-008", "minor")
def rights_only_offline(assessment: Assessment, knowledge: Knowledge) -> Found:
    channels = assessment.rights.channels
    if channels and set(channels) <= NOT_ELECTRONIC and _collected_online(assessment):
        yield "rights.channels", {"channels": [c.value for c in channels]}


# --- sources of facts -----------------------------------------------------------------------------


def _recorded_parts(rights: RightsHandling) -> list[tuple[str, Any]]:
    """The parts of rights handling that hold facts, each of which should cite a source."""
    parts: list[tuple[str, Any]] = [("rights", rights)]
    check = rights.identity_verification
    if check.when is not IdentityCheck.unknown or check.documents or check.masking:
        parts.append(("rights.identity_verification", check))
    parts += [(f"rights.refusals[{i}]", refusal) for i, refusal in enumerate(rights.refusals)]
    return parts


@rule("RGT-009", "minor")
def rights_without_sources(assessment: Assessment, knowledge: Knowledge) -> Found:
    unsourced = [path for path, part in _recorded_parts(assessment.rights) if not part.sources]
    if unsourced:
        yield f"{unsourced[0]}.sources", {"count": len(unsourced), "first": unsourced[0]}
