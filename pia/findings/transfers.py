"""Findings on international transfers (Chapter V GDPR, EDPB Recommendations 01/2020).

Each rule yields a field path and parameters; its words are in
pia/words/<lang>/findings-transfers.ftl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule
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

Found = Iterator[tuple[str, dict[str, Any]]]


def _third_country_transfers(assessment: Assessment, knowledge: Knowledge) -> Iterator[Flow]:
    """Recorded transfers to a third country that no adequacy decision covers."""
    for flow in flows(assessment, Places(knowledge)):
        third_country = not flow.place.eea
        if flow.recorded and third_country and flow.adequacy is None:
            yield flow


def _params(flow: Flow, **more: Any) -> dict[str, Any]:
    return {"transfer": flow.id, "recipient": flow.recipient.id, "country": flow.place.code, **more}


def _tool_state(flow: Flow) -> str | None:
    """Why the transfer's tool does not carry it (TRF-001), or None when it does."""
    if flow.tool is TransferTool.none:
        return "no_tool"
    if flow.tool is TransferTool.unknown:
        return "unknown_tool"
    if not flow.tool_misapplied:
        return None
    if flow.tool is TransferTool.dpf and flow.dpf_certified is False:
        return "dpf_not_certified"
    return "no_adequacy"


@rule("TRF-001", "blocker")
def transfer_without_tool(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        state = _tool_state(flow)
        if state is not None:
            yield f"{flow.path}.tool", _params(flow, tool=flow.tool.value, state=state)


@rule("TRF-002", "major")
def recipient_without_transfer(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if not flow.recorded:
            params = {"recipient": flow.recipient.id, "country": flow.place.code}
            yield f"{flow.path}.country", params


@rule("TRF-003", "minor")
def scc_without_module(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if flow.tool is TransferTool.scc_2021_914 and flow.scc_module is None:
            yield f"{flow.path}.scc_module", _params(flow)


@rule("TRF-004", "major")
def no_impact_assessment(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        tool = flow.tool
        if tool in NO_TOOL or flow.impact_assessment_done is True:
            continue
        if not knowledge.transfer_tool(tool.value).needs_transfer_impact_assessment:
            continue
        state = "not_done" if flow.impact_assessment_done is False else "not_recorded"
        yield f"{flow.path}.impact_assessment_done", _params(flow, tool=tool.value, state=state)


@rule("TRF-005", "major")
def readable_data_to_high_exposure(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if (
            flow.place.exposure_level != "high"
            or flow.data_protection not in READABLE
            or flow.supplementary_measures
        ):
            continue
        params = _params(flow, data_protection=flow.data_protection.value)
        yield f"{flow.path}.data_protection", params


@rule("TRF-006", "major")
def derogation_for_systematic_transfer(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if flow.tool is TransferTool.art49_derogation and systematic(flow.kind, flow.recipient):
            assert flow.kind is not None  # only a recorded transfer names a tool
            params = _params(flow, kind=flow.kind.value, role=flow.recipient.role.value)
            yield f"{flow.path}.tool", params


@rule("TRF-007", "minor")
def no_reevaluation(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in _third_country_transfers(assessment, knowledge):
        if not flow.reevaluation_due:
            yield f"{flow.path}.reevaluation_due", _params(flow)


@rule("TRF-009", "minor")
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
        params = {
            "recipient": r.id,
            "country": place.code,
            "parent_country": parent.code,
            "laws": [law.key for law in parent.parent_laws],
        }
        yield f"description.recipients[{i}].parent_country", params


@rule("TRF-010", "minor")
def transfer_country_mismatch(assessment: Assessment, knowledge: Knowledge) -> Found:
    places = Places(knowledge)
    for flow in flows(assessment, places):
        if not flow.recorded or flow.place.code == flow.recipient.country:
            continue
        if not places(flow.recipient.country).eea:
            continue
        yield f"{flow.path}.country", _params(flow, recipient_country=flow.recipient.country)


@rule("TRF-011", "major")
def dpf_without_certification(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if flow.recorded and flow.dpf_uncertain:
            yield f"{flow.path}.dpf_certified", _params(flow, tool=flow.tool.value)


@rule("TRF-012", "minor")
def certified_without_tool(assessment: Assessment, knowledge: Knowledge) -> Found:
    for flow in flows(assessment, Places(knowledge)):
        if not flow.recorded or flow.dpf_certified is not True or flow.tool not in NO_TOOL:
            continue
        if flow.adequacy is None or flow.adequacy.transfer_tool != "dpf":
            continue
        yield f"{flow.path}.tool", _params(flow, tool=flow.tool.value)
