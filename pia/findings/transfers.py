"""Findings on international transfers (Chapter V GDPR, EDPB Recommendations 01/2020)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import PROCESSOR_ROLES, DataProtection, TransferTool
from pia.scoring.transfer_flows import (
    NO_TOOL,
    READABLE,
    Flow,
    Places,
    flows,
    systematic,
)

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, str, dict[str, Any]]]


def _third_country_transfers(assessment: Assessment, knowledge: Knowledge) -> Iterator[Flow]:
    """Recorded transfers to a third country that no adequacy decision covers."""
    for flow in flows(assessment, Places(knowledge)):
        third_country = not flow.place.eea
        if flow.recorded and third_country and flow.adequacy is None:
            yield flow


def _params(flow: Flow, **more: Any) -> dict[str, Any]:
    return {"transfer": flow.id, "recipient": flow.recipient.id, "country": flow.place.code, **more}


def _where(flow: Flow) -> str:
    return f"Transfer '{flow.id}' ({flow.recipient.name}, {flow.place.name})"


@rule(
    "TRF-001",
    "blocker",
    "Transfer to a third country without a usable transfer tool",
    reference="GDPR Art. 44, Art. 45(1), Art. 46(1); EDPB Recommendations 01/2020, step 2",
    remedy="Name the Chapter V instrument the transfer relies on (e.g. SCC 2021/914 with its "
    "module) and record it; if there is none, stop the transfer until one is in place.",
)
def transfer_without_tool(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if flow.tool in NO_TOOL:
            state = (
                "relies on no transfer tool"
                if flow.tool is TransferTool.none
                else "names no transfer tool (a reference to 'the necessary measures' described "
                "elsewhere names none)"
            )
        elif flow.tool_misapplied:
            state = (
                f"relies on the DPF, but {flow.recipient.name} is recorded as not certified "
                "under it"
                if flow.tool is TransferTool.dpf and flow.dpf_certified is False
                else f"relies on '{flow.tool.value}', but no such adequacy decision covers "
                f"{flow.place.name}"
            )
        else:
            continue
        message = (
            f"{_where(flow)} {state}. Without an adequacy decision or an Art. 46 "
            "safeguard, data may not leave the EEA (Art. 44)."
        )
        params = _params(flow, tool=flow.tool.value)
        if flow.tool is TransferTool.dpf:
            params["certified"] = flow.dpf_certified
        yield f"{flow.path}.tool", message, params


@rule(
    "TRF-002",
    "major",
    "Recipient outside the EEA with no transfer recorded",
    reference="GDPR Art. 44; EDPB Recommendations 01/2020, step 1 (know your transfers)",
    remedy="Record the transfer to this recipient (kind, categories, tool, safeguards), "
    "including remote access by its staff, or correct the recipient's country.",
)
def recipient_without_transfer(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if flow.recorded:
            continue
        message = (
            f"Recipient '{flow.recipient.id}' ({flow.recipient.name}) processes data in "
            f"{flow.place.name}, outside the EEA, but no transfer to it is recorded. "
            "Every transfer must be known and assessed; remote access from a third "
            "country (e.g. support or maintenance) counts as one."
        )
        yield (
            f"{flow.path}.country",
            message,
            {"recipient": flow.recipient.id, "country": flow.place.code},
        )


@rule(
    "TRF-003",
    "minor",
    "Standard contractual clauses without their module",
    reference="Commission Implementing Decision (EU) 2021/914, Annex (modules one to four)",
    remedy="Record the SCC module that fits the parties' roles (2: controller to processor, "
    "3: processor to processor, ...).",
)
def scc_without_module(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if flow.tool is TransferTool.scc_2021_914 and flow.scc_module is None:
            message = (
                f"{_where(flow)} relies on the 2021 standard contractual clauses without "
                "saying which module: the module decides whose duties apply, so it "
                "cannot be checked that the clauses fit the parties' roles."
            )
            yield f"{flow.path}.scc_module", message, _params(flow)


@rule(
    "TRF-004",
    "major",
    "No transfer impact assessment for an Art. 46 tool",
    reference="SCC 2021/914, Clause 14(b) and (d); EDPB Recommendations 01/2020, step 3",
    remedy="Assess and document whether the destination's law and practice let the importer "
    "comply with the tool (a transfer impact assessment), and record it.",
)
def no_impact_assessment(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        tool = flow.tool
        if tool in NO_TOOL or flow.impact_assessment_done is True:
            continue
        if not knowledge.transfer_tool(tool.value).needs_transfer_impact_assessment:
            continue
        state = (
            "is recorded as not done" if flow.impact_assessment_done is False else "is not recorded"
        )
        message = (
            f"{_where(flow)} relies on {knowledge.transfer_tool(tool.value).label}, but "
            f"a transfer impact assessment {state}: the tool only protects the data if "
            f"the law and practice of {flow.place.name} let the importer keep its "
            "promises."
        )
        yield f"{flow.path}.impact_assessment_done", message, _params(flow, tool=tool.value)


@rule(
    "TRF-005",
    "major",
    "Readable data sent where public-authority access is high, without supplementary measures",
    reference="EDPB Recommendations 01/2020, step 4 and Annex 2, use cases 6 and 7",
    remedy="Keep the data unreadable to the importer (encryption with keys held in the EEA, "
    "pseudonymisation) and record the supplementary measures; if no measure is effective, "
    "do not transfer.",
)
def readable_data_to_high_exposure(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if (
            flow.place.exposure_level != "high"
            or flow.data_protection not in READABLE
            or flow.supplementary_measures
        ):
            continue
        state = {
            DataProtection.clear_text: "in clear text",
            DataProtection.encrypted_keys_with_recipient: "encrypted with keys the importer holds",
            DataProtection.unknown: "that the importer may be able to read (not recorded)",
        }[flow.data_protection]
        message = (
            f"{_where(flow)} sends data {state} to a country whose public-authority "
            "access the knowledge base rates high, with no supplementary measure "
            "recorded: where the importer can read the data, the EDPB sees no effective "
            "technical safeguard."
        )
        params = _params(flow, data_protection=flow.data_protection.value)
        yield f"{flow.path}.data_protection", message, params


@rule(
    "TRF-006",
    "major",
    "Art. 49 derogation relied on for a systematic transfer",
    reference="GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49",
    remedy="Put an Art. 46 tool in place (e.g. SCC 2021/914) with a transfer impact assessment; "
    "derogations are for occasional transfers only.",
)
def derogation_for_systematic_transfer(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if flow.tool is TransferTool.art49_derogation and systematic(flow.kind, flow.recipient):
            assert flow.kind is not None  # only a recorded transfer names a tool
            message = (
                f"{_where(flow)} relies on an Art. 49 derogation, but it is ongoing "
                f"({flow.kind.value.replace('_', ' ')} by a "
                f"{flow.recipient.role.value.replace('_', '-')}): derogations are "
                "exceptions for occasional transfers, not for structural ones."
            )
            params = _params(flow, kind=flow.kind.value, role=flow.recipient.role.value)
            yield f"{flow.path}.tool", message, params


@rule(
    "TRF-007",
    "minor",
    "No re-evaluation date for a transfer",
    reference="EDPB Recommendations 01/2020, step 6",
    remedy="Record when the transfer will be re-evaluated (a date or a cadence) and who watches "
    "developments in the destination.",
)
def no_reevaluation(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if not flow.reevaluation_due:
            message = (
                f"{_where(flow)} has no re-evaluation date: the law and practice of "
                f"{flow.place.name} can change, and nothing says when the assessment "
                "will be checked again."
            )
            yield f"{flow.path}.reevaluation_due", message, _params(flow)


@rule(
    "TRF-009",
    "minor",
    "EEA processor whose parent falls under a third-country law with extraterritorial reach",
    reference="EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (v2.0), "
    "Example 12; GDPR Art. 28(1)",
    remedy="Assess the exposure (what the law lets authorities demand, what the processor "
    "commits to) and keep the data unreadable to the group, e.g. encryption with keys held in "
    "the EEA; record the result as a risk with its measures.",
)
def processor_under_parent_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    places = Places(knowledge)
    transfers = assessment.description.transfers
    for i, r in enumerate(assessment.description.recipients):
        if r.role not in PROCESSOR_ROLES or r.parent_country is None:
            continue
        place, parent = places(r.country), places(r.parent_country)
        if not place.eea or parent.eea or not parent.parent_laws:
            continue
        if any(
            t.recipient == r.id and t.data_protection is DataProtection.encrypted_keys_in_eea
            for t in transfers
        ):
            continue
        laws = "; ".join(law.law for law in parent.parent_laws)
        message = (
            f"Recipient '{r.id}' ({r.name}) processes data in {place.name}, but its "
            f"parent is under the law of {parent.name} ({laws}), which can oblige the "
            "group to hand over data wherever stored. This is not a transfer by itself, "
            "but the exposure must be assessed before relying on the processor."
        )
        params = {
            "recipient": r.id,
            "country": place.code,
            "parent_country": parent.code,
            "laws": [law.key for law in parent.parent_laws],
        }
        yield f"description.recipients[{i}].parent_country", message, params


@rule(
    "TRF-010",
    "minor",
    "Transfer country differs from its EEA recipient's country",
    reference="GDPR Art. 30(1)(e); EDPB Recommendations 01/2020, step 1",
    remedy="Correct the transfer's country or the recipient's, or record the recipient that "
    "actually receives or accesses the data in that country (e.g. a sub-processor).",
)
def transfer_country_mismatch(assessment: Assessment, knowledge: Knowledge) -> Found:
    places = Places(knowledge)
    for flow in flows(assessment, places):
        if not flow.recorded or flow.place.code == flow.recipient.country:
            continue
        if not places(flow.recipient.country).eea:
            continue
        message = (
            f"{_where(flow)} goes to {flow.place.name}, but its recipient "
            f"'{flow.recipient.id}' is recorded in {flow.recipient.country}, in the EEA: "
            "either the country is wrong, or someone else receives the data there."
        )
        params = _params(flow, recipient_country=flow.recipient.country)
        yield f"{flow.path}.country", message, params


DPF_REFERENCE = (
    "GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 "
    "(EU-US Data Privacy Framework)"
)


@rule(
    "TRF-011",
    "major",
    "Transfer to the US on the Data Privacy Framework without recorded certification",
    reference=DPF_REFERENCE,
    remedy="Check on the DPF List (dataprivacyframework.gov) that the recipient is certified, "
    "actively, for the data concerned, and record `dpf_certified`; if it is not, put an Art. 46 "
    "tool in place (e.g. SCC 2021/914).",
)
def dpf_without_certification(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if flow.recorded and flow.dpf_uncertain:
            message = (
                f"{_where(flow)} relies on the EU-US Data Privacy Framework, but whether "
                f"{flow.recipient.name} is certified under it is not recorded: the adequacy "
                "decision covers only organisations on the DPF List, for the data their "
                "certification covers."
            )
            yield f"{flow.path}.dpf_certified", message, _params(flow, tool=flow.tool.value)


@rule(
    "TRF-012",
    "minor",
    "DPF-certified recipient, but the transfer names no tool",
    reference=DPF_REFERENCE,
    remedy="Record `dpf` as the transfer tool (Art. 45), or the Art. 46 tool the transfer "
    "actually relies on.",
)
def certified_without_tool(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if not flow.recorded or flow.dpf_certified is not True or flow.tool not in NO_TOOL:
            continue
        if flow.adequacy is None or flow.adequacy.transfer_tool != "dpf":
            continue
        message = (
            f"{_where(flow)} records {flow.recipient.name} as certified under the EU-US Data "
            f"Privacy Framework, but names the tool '{flow.tool.value}': the DPF adequacy "
            "decision is then the transfer tool (Art. 45), and the record should say so."
        )
        yield f"{flow.path}.tool", message, _params(flow, tool=flow.tool.value)
