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

from typing import Any

from pia.knowledge import Knowledge
from pia.model import Assessment, DataProtection, TransferTool
from pia.risk import Factor, Scale, Title
from pia.scoring import ScoredItem, scored
from pia.scoring.transfer_exposures import exposure_items
from pia.scoring.transfer_flows import (
    KEPT_UNREADABLE,
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

# --- likelihood: access incompatible with EU law --------------------------------------------------


def access_factors(flow: Flow) -> list[Factor]:
    """Likelihood factors of a transfer to a third country (none for an EEA destination)."""
    place = flow.place
    params: dict[str, Any]
    where: dict[str, Any] = {
        "recorded": flow.recorded,
        "recipient": flow.recipient.id,
        "country": place.code,
    }
    if flow.dpf_uncertain:
        return [Factor("likelihood", "dpf_uncertain", 1, where, flow.at("dpf_certified"))]
    if place.eea or flow.adequacy is not None:
        return []
    partial = {"partial": place.adequacy is not None}
    factors = [Factor("likelihood", "no_adequacy", 1, where | partial, flow.at("country"))]
    factors += _tool_factors(flow, where)
    if flow.impact_assessment_done is not True:
        params = {"country": place.code, "done": flow.impact_assessment_done}
        factors.append(Factor("likelihood", "no_tia", 1, params, flow.at("impact_assessment_done")))
    level = place.exposure_level
    if level == "high" and place.exposure is not None:
        params = {
            "country": place.code,
            "grounds": len(place.exposure.reasons),
            "source": place.exposure.source,
        }
        factors.append(Factor("likelihood", "access_high", 1, params, flow.at("country")))
    if flow.data_protection in READABLE and level in ("medium", "high"):
        params = {
            "recipient": flow.recipient.id,
            "protection": flow.data_protection,
            "level": level,
        }
        factors.append(Factor("likelihood", "readable", 1, params, flow.at("data_protection")))
    if flow.data_protection in KEPT_UNREADABLE:
        code = (
            "pseudonymised"
            if flow.data_protection is DataProtection.pseudonymised
            else "keys_in_eea"
        )
        params = {"recipient": flow.recipient.id}
        factors.append(Factor("likelihood", code, -1, params, flow.at("data_protection")))
    if flow.supplementary_measures:
        params = where | {"measures": list(flow.supplementary_measures)}
        path = flow.at("supplementary_measures")
        factors.append(Factor("likelihood", "supplementary_measures", -1, params, path))
    return factors


def _tool_factors(flow: Flow, where: dict[str, Any]) -> list[Factor]:
    tool = flow.tool
    if tool in NO_TOOL:
        return [Factor("likelihood", "no_tool", 2, where | {"tool": tool}, flow.at("tool"))]
    if flow.tool_misapplied:
        uncertified = flow.dpf_certified is False and tool is TransferTool.dpf
        params = where | {"tool": tool, "uncertified": uncertified}
        path = flow.at("dpf_certified" if uncertified else "tool")
        return [Factor("likelihood", "tool_not_applicable", 2, params, path)]
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return [Factor("likelihood", "art49_systematic", 2, where, flow.at("tool"))]
        return [Factor("likelihood", "art49", 1, where, flow.at("tool"))]
    return []


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


def _title(flow: Flow) -> Title:
    params = {"recipient": flow.recipient.id, "country": flow.place.code}
    if not flow.recorded:
        return Title("unrecorded", params)
    assert flow.kind is not None  # a recorded transfer always has a kind
    return Title(flow.kind.value, params)
