"""Findings on how people exercise their rights (Arts. 12-22): channels, identity, refusals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import Channel, IdentityCheck, RefusalGround
from pia.model.common import parse_period

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment, IdentityVerification, RightsHandling

Found = Iterator[tuple[str, str, dict[str, Any]]]

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

REFUSAL_PROBLEM = {
    RefusalGround.excessive: (
        "drops the word 'manifestly': Art. 12(5) allows refusing only a manifestly excessive "
        "request, and the controller must prove it"
    ),
    RefusalGround.abusive: (
        "is not a ground Art. 12(5) names: a request may be refused only when it is manifestly "
        "unfounded or excessive, which the controller must prove"
    ),
    RefusalGround.other: (
        "is not a ground Art. 12(5) allows: only manifestly unfounded or excessive requests may "
        "be refused, and the controller must prove it"
    ),
}


# --- identity checks ------------------------------------------------------------------------------


@rule(
    "RGT-001",
    "major",
    "Proof of identity asked for every request",
    reference="GDPR Art. 12(2), Art. 12(6), Art. 5(1)(c); EDPB Guidelines 01/2022 on the right of "
    "access (v2.0), section 3.3 (proportionality of identification)",
    remedy="Ask for proof of identity only where there is reasonable doubt, and first use what "
    "is already known (e.g. a signed-in account or the registered e-mail address).",
)
def identity_always_checked(assessment: Assessment, knowledge: Knowledge) -> Found:
    check = assessment.rights.identity_verification
    if check.when is IdentityCheck.always:
        message = (
            "Every request must come with proof of identity, not only where there is reasonable "
            "doubt: asking for proof by default is disproportionate, especially from people the "
            "controller already knows (e.g. signed in to their account), and it deters people "
            "from using their rights."
        )
        yield "rights.identity_verification.when", message, {"when": check.when.value}


def _identity_documents(check: IdentityVerification) -> list[str]:
    return [text for text in check.documents if IDENTITY_DOCUMENT.search(text)]


@rule(
    "RGT-002",
    "major",
    "Identity document asked without masking instructions",
    reference="GDPR Art. 5(1)(c), Art. 87; EDPB Guidelines 01/2022 on the right of access "
    "(v2.0), section 3.3; Belgian Law of 8 August 1983 organising a National Register of "
    "natural persons, art. 8 (use of the register number) and art. 5 (access to its "
    "information), as cited in a secondary source (the Law's text not read)",
    remedy="Tell people to black out the photo, the national register number and every other "
    "item not needed to confirm identity, and delete the copy once identity is confirmed.",
)
def identity_document_unmasked(assessment: Assessment, knowledge: Knowledge) -> Found:
    check = assessment.rights.identity_verification
    documents = _identity_documents(check)
    if documents and not check.masking:
        message = (
            "People are asked for an identity document, which shows their photo and national "
            "identification number, and are not told what they may black out: more data is "
            "collected than confirming identity needs, and national numbers may only be used "
            "where national law allows."
        )
        yield "rights.identity_verification.masking", message, {"documents": documents}


@rule(
    "RGT-003",
    "minor",
    "More proof of identity may be asked, with no criteria",
    reference="GDPR Art. 12(6), Recital 64; EDPB Guidelines 01/2022 on the right of access "
    "(v2.0), section 3.3",
    remedy="Record when more proof is asked (what makes a doubt reasonable) and what proof is "
    "then accepted.",
)
def more_proof_without_criteria(assessment: Assessment, knowledge: Knowledge) -> Found:
    if assessment.rights.identity_verification.more_proof_may_be_asked:
        message = (
            "The controller may ask for more proof of identity, but the assessment records no "
            "criteria for when: people cannot foresee what they will have to send, and the "
            "controller may ask for more than it needs."
        )
        yield "rights.identity_verification.more_proof_may_be_asked", message, {}


# --- refusals and response time -------------------------------------------------------------------


@rule(
    "RGT-004",
    "major",
    "Request refused on a ground Art. 12(5) does not allow",
    reference="GDPR Art. 12(5) (manifestly unfounded or excessive requests; burden of proof on "
    "the controller); EDPB Guidelines 01/2022 on the right of access (v2.0)",
    remedy="Limit refusals to manifestly unfounded or manifestly excessive requests, and record "
    "how the controller will demonstrate it in each case.",
)
def refusal_beyond_art12_5(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, refusal in enumerate(assessment.rights.refusals):
        problem = REFUSAL_PROBLEM.get(refusal.ground)
        if problem is None:
            continue
        wording = f" (the notice says: {refusal.wording})" if refusal.wording else ""
        message = f"Refusing requests as '{refusal.ground.value}'{wording} {problem}."
        params = {"ground": refusal.ground.value, "wording": refusal.wording}
        yield f"rights.refusals[{i}].ground", message, params


@rule(
    "RGT-005",
    "minor",
    "No response time for requests",
    reference="GDPR Art. 12(3) (one month, extendable by two months with reasons)",
    remedy="Record the response time: at most one month from receipt, extended by up to two "
    "months only for complex or numerous requests, with notice to the person.",
)
def no_response_time(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not assessment.rights.response_time:
        message = (
            "The assessment does not say how quickly requests are answered, so compliance with "
            "the one-month limit cannot be checked."
        )
        yield "rights.response_time", message, {}


@rule(
    "RGT-006",
    "major",
    "Response time longer than one month",
    reference="GDPR Art. 12(3) (one month, extendable by two months with reasons)",
    remedy="Answer within one month of receipt; use the two-month extension only case by case, "
    "for complex or numerous requests, telling the person why within the first month.",
)
def response_time_over_a_month(assessment: Assessment, knowledge: Knowledge) -> Found:
    stated = assessment.rights.response_time
    try:
        period = parse_period(stated) if stated else None
    except ValueError:
        return  # written in words: RGT-005 does not apply, and the text is read by a person
    if period is not None and period.days > ONE_MONTH_DAYS:
        message = (
            f"Requests are answered within {period}, longer than the one month Art. 12(3) "
            "allows as the rule; the extension is for complex or numerous requests only."
        )
        yield "rights.response_time", message, {"response_time": str(period)}


# --- channels -------------------------------------------------------------------------------------


def _collected_online(assessment: Assessment) -> bool:
    return any(
        channel in ONLINE_COLLECTION
        for source in assessment.description.data_sources
        for channel in source.channels
    )


@rule(
    "RGT-007",
    "minor",
    "No channel to exercise rights",
    reference="GDPR Art. 12(2) (facilitate the exercise of rights), Art. 13(2)(b), Art. 14(2)(c)",
    remedy="Record how people send requests (e.g. a web form, an e-mail address, a postal "
    "address).",
)
def no_rights_channel(assessment: Assessment, knowledge: Knowledge) -> Found:
    if not assessment.rights.channels:
        message = (
            "The assessment records no way for people to exercise their rights, so whether the "
            "controller facilitates them cannot be judged."
        )
        yield "rights.channels", message, {}


@rule(
    "RGT-008",
    "minor",
    "Rights can be exercised only off-line while data is collected online",
    reference="GDPR Art. 12(2), Recital 59 (means for requests to be made electronically)",
    remedy="Offer an electronic channel (web form, e-mail, in the account) at least as easy as "
    "the ones through which data is collected.",
)
def rights_only_offline(assessment: Assessment, knowledge: Knowledge) -> Found:
    channels = assessment.rights.channels
    if channels and set(channels) <= NOT_ELECTRONIC and _collected_online(assessment):
        names = [c.value for c in channels]
        message = (
            f"Requests can be sent only by {', '.join(n.replace('_', ' ') for n in names)}, "
            "while data is collected online: people should be able to exercise their rights "
            "electronically too."
        )
        yield "rights.channels", message, {"channels": names}


# --- sources of facts -----------------------------------------------------------------------------


def _recorded_parts(rights: RightsHandling) -> list[tuple[str, Any]]:
    """The parts of rights handling that hold facts, each of which should cite a source."""
    parts: list[tuple[str, Any]] = [("rights", rights)]
    check = rights.identity_verification
    if check.when is not IdentityCheck.unknown or check.documents or check.masking:
        parts.append(("rights.identity_verification", check))
    parts += [(f"rights.refusals[{i}]", refusal) for i, refusal in enumerate(rights.refusals)]
    return parts


@rule(
    "RGT-009",
    "minor",
    "Rights handling cites no source",
    reference="GDPR Art. 5(2) (accountability); WP248 rev.01, Annex 2 (measures contributing to "
    "the rights of data subjects)",
    remedy="Add the document and section that describe how requests are handled.",
)
def rights_without_sources(assessment: Assessment, knowledge: Knowledge) -> Found:
    unsourced = [path for path, part in _recorded_parts(assessment.rights) if not part.sources]
    if unsourced:
        message = (
            f"{len(unsourced)} part(s) of the rights handling cite no source (first: "
            f"{unsourced[0]}): a reviewer cannot check where these facts come from."
        )
        yield f"{unsourced[0]}.sources", message, {"count": len(unsourced), "first": unsourced[0]}
