"""Transfer scoring: each data flow to a third country, and each exposure to third-country law.

One scored item per recorded transfer; one per recipient outside the EEA with no transfer
recorded (a missing transfer); one per EEA recipient whose parent company falls under a
third-country law that reaches the group's data (an exposure, not a Chapter V transfer).
Severity is what is at stake for the people (which data leave); likelihood is how likely the
data meet access incompatible with EU law (no adequacy, no tool, no impact assessment, the
destination's public-authority access, whether the importer can read the data, and the
safeguards recorded). Each transfer also carries the six steps of EDPB Recommendations 01/2020
as a checklist (`pia.scoring.transfer_steps`). The flows, what is at stake in the data that leave,
and the judgments on their tools come from `pia.scoring.transfer_flows`; the exposures are
`pia.scoring.transfer_exposures`.
"""

from __future__ import annotations

from pia.knowledge import Knowledge
from pia.model import Assessment, DataProtection, TransferKind, TransferTool
from pia.risk import Factor, Scale
from pia.scoring import ScoredItem, scored
from pia.scoring.transfer_exposures import exposure_items
from pia.scoring.transfer_flows import (
    EDPB_01_2020,
    KEPT_UNREADABLE,
    KIND_WORDS,
    NO_TOOL,
    READABLE,
    Flow,
    Places,
    categories_assumed,
    flows,
    stake_factors,
    systematic,
)
from pia.scoring.transfer_steps import edpb_checks

ART_49 = "GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49"
DPF_DECISION = (
    "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)"
)


# --- likelihood: access incompatible with EU law --------------------------------------------------


def access_factors(flow: Flow) -> list[Factor]:
    """Likelihood factors of a transfer to a third country (none for an EEA destination)."""
    place = flow.place
    if flow.dpf_uncertain:
        return [
            Factor(
                "likelihood",
                "DPF certification not recorded",
                1,
                f"{_sentence(flow.subject)} relies on the EU-US Data Privacy Framework, which "
                "covers only organisations certified on the DPF List; whether "
                f"{flow.recipient.name} is certified, for these data, is not recorded.",
                f"GDPR Art. 45(1); {DPF_DECISION}",
                flow.at("dpf_certified"),
            )
        ]
    if place.eea or flow.adequacy is not None:
        return []
    step = f"{EDPB_01_2020}, step"
    factors = [
        Factor(
            "likelihood",
            "no adequacy decision",
            1,
            f"No adequacy decision covers {flow.subject}"
            + (
                f" ({place.adequacy.decision} covers only: {place.adequacy.scope})"
                if place.adequacy is not None
                else ""
            )
            + ".",
            f"GDPR Art. 45(1); {step} 2",
            flow.at("country"),
        )
    ]
    factors += _tool_factors(flow)
    if flow.impact_assessment_done is not True:
        said = (
            "records that no assessment was made"
            if flow.impact_assessment_done is False
            else "does not say whether it was assessed"
        )
        factors.append(
            Factor(
                "likelihood",
                "no transfer impact assessment",
                1,
                f"Whether the law and practice of {place.name} let the importer keep its promises: "
                f"the assessment {said}.",
                f"{step} 3; SCC 2021/914, Clause 14(b) and (d)",
                flow.at("impact_assessment_done"),
            )
        )
    level = place.exposure_level
    if level == "high" and place.exposure is not None:
        factors.append(
            Factor(
                "likelihood",
                "public-authority access: high",
                1,
                f"The knowledge base rates public-authority access in {place.name} high, against "
                "the European Essential Guarantees "
                f"({len(place.exposure.reasons)} grounds recorded).",
                f"{step} 3; EDPB Recommendations 02/2020; {place.exposure.source}",
                flow.at("country"),
            )
        )
    if flow.data_protection in READABLE and level in ("medium", "high"):
        factors.append(
            Factor(
                "likelihood",
                "data readable by the importer",
                1,
                f"{_readable_words(flow)} and public-authority access there is rated {level}: "
                "where the importer can read the data the EDPB sees no effective technical "
                "measure.",
                f"{step} 4 and Annex 2, use cases 6 and 7",
                flow.at("data_protection"),
            )
        )
    if flow.data_protection in KEPT_UNREADABLE:
        pseudonymised = flow.data_protection is DataProtection.pseudonymised
        factors.append(
            Factor(
                "likelihood",
                "pseudonymised" if pseudonymised else "keys held in the EEA",
                -1,
                f"The data reach {flow.recipient.name} "
                + ("pseudonymised" if pseudonymised else "encrypted, with the keys held in the EEA")
                + ", so the importer cannot read them by itself.",
                f"{EDPB_01_2020}, Annex 2, use case {2 if pseudonymised else 1}",
                flow.at("data_protection"),
            )
        )
    if flow.supplementary_measures:
        factors.append(
            Factor(
                "likelihood",
                "supplementary measures",
                -1,
                f"Supplementary measures are recorded for {flow.subject}: "
                f"{'; '.join(flow.supplementary_measures)}.",
                f"{step} 4",
                flow.at("supplementary_measures"),
            )
        )
    return factors


def _tool_factors(flow: Flow) -> list[Factor]:
    tool, name = flow.tool, flow.place.name
    ref = f"GDPR Art. 44 and Art. 46(1); {EDPB_01_2020}, step 2"
    if tool in NO_TOOL:
        said = (
            "relies on no Chapter V instrument"
            if tool is TransferTool.none
            else "relies on an instrument the assessment does not name (a reference to 'the "
            "necessary measures' described elsewhere does not name one)"
        )
        return [
            Factor(
                "likelihood",
                "no transfer tool",
                2,
                f"{_sentence(flow.subject)} {said}.",
                ref,
                flow.at("tool"),
            )
        ]
    if flow.tool_misapplied:
        uncertified = flow.dpf_certified is False and tool is TransferTool.dpf
        return [
            Factor(
                "likelihood",
                "transfer tool does not apply",
                2,
                f"{_sentence(flow.subject)} relies on '{tool.value}', but "
                + (
                    f"{flow.recipient.name} is recorded as not certified under it."
                    if uncertified
                    else f"no adequacy decision of that kind covers {name}."
                ),
                f"GDPR Art. 45(1); {ref}",
                flow.at("dpf_certified" if uncertified else "tool"),
            )
        ]
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return [
                Factor(
                    "likelihood",
                    "Art. 49 derogation for a systematic transfer",
                    2,
                    f"{_sentence(flow.subject)} is ongoing (storage, remote access or a "
                    "processor's work), but Art. 49 derogations cover only occasional transfers.",
                    ART_49,
                    flow.at("tool"),
                )
            ]
        return [
            Factor(
                "likelihood",
                "Art. 49 derogation",
                1,
                f"{_sentence(flow.subject)} relies on an Art. 49 derogation, an exception to read "
                "restrictively; the model records no frequency to show it is occasional.",
                ART_49,
                flow.at("tool"),
            )
        ]
    return []


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _readable_words(flow: Flow) -> str:
    who = flow.recipient.name
    return {
        DataProtection.clear_text: f"The data reach {who} in clear text",
        DataProtection.encrypted_keys_with_recipient: f"{who} holds the keys to the data",
        DataProtection.unknown: f"The assessment does not say whether {who} can read the data",
    }[flow.data_protection]


# --- the items ------------------------------------------------------------------------------------


def score_transfers(assessment: Assessment, kb: Knowledge, scale: Scale) -> list[ScoredItem]:
    """Every transfer, missing transfer and parent-law exposure, scored and explained."""
    places = Places(kb)
    recipient_paths = {
        r.id: f"description.recipients[{i}]"
        for i, r in enumerate(assessment.description.recipients)
    }
    items = []
    for flow in flows(assessment, places):
        own = "transfer" if flow.recorded else "recipient"
        factors = stake_factors(
            flow.categories,
            categories_assumed(flow.categories_from, own),
            _categories_path(flow, recipient_paths[flow.recipient.id]),
        )
        factors += access_factors(flow)
        checks = edpb_checks(flow, kb)
        items.append(scored("transfer", flow.id, _title(flow), flow.path, factors, scale, checks))
    items += exposure_items(assessment, places, scale)
    return items


def _categories_path(flow: Flow, recipient_path: str) -> str:
    if flow.categories_from == "transfer":
        return flow.at("data_categories")
    if flow.categories_from == "recipient":
        return f"{recipient_path}.data_categories"
    return "description.data_categories"


def _title(flow: Flow) -> str:
    who, where = flow.recipient.name, flow.place.name
    if not flow.recorded:
        return f"Unrecorded transfer: {who} processes data in {where}"
    assert flow.kind is not None  # a recorded transfer always has a kind
    preposition = "from" if flow.kind is TransferKind.remote_access else "in"
    return f"{KIND_WORDS[flow.kind]} by {who} {preposition} {where}"
