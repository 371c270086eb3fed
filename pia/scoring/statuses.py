"""What the faces show of each transfer and retention rule, as the scorer judged it: codes only.

A transfer's tool status is read off the same judgments the transfer scores, the EDPB checklist
and the findings use (`pia.scoring.transfer_flows`): an adequacy decision relied on, a tool that
does not apply, a systematic derogation. A face colours and words these codes; it never looks at
the tool again. `TOOL_NOT_USABLE` are the statuses for which TRF-001 fires on a recorded transfer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pia.knowledge import Knowledge
from pia.model import Assessment, RetentionRule, TransferKind, TransferTool
from pia.scoring.retention import missing
from pia.scoring.transfer_flows import NO_TOOL, Flow, Place, Places, flows, systematic

# eea: the destination is in the EEA (no Chapter V transfer); adequacy: an adequacy decision
# covers it; dpf_unconfirmed: it rests on the DPF, the recipient's certification not recorded;
# tool: an Art. 46 safeguard is named; derogation / derogation_systematic: Art. 49 relied on, for
# an occasional or an ongoing transfer; no_tool / unknown: no instrument, or none named;
# misapplied: an adequacy decision or the DPF named where none covers the transfer;
# unrecorded: a recipient outside the EEA with no transfer recorded; exposure: an EEA recipient
# whose parent company is in a third country (not a transfer).
ToolStatus = Literal[
    "eea",
    "adequacy",
    "dpf_unconfirmed",
    "tool",
    "derogation",
    "derogation_systematic",
    "no_tool",
    "unknown",
    "misapplied",
    "unrecorded",
    "exposure",
]
TOOL_NOT_USABLE: frozenset[ToolStatus] = frozenset({"no_tool", "unknown", "misapplied"})
# eea: in the EEA; whole: an adequacy decision covers the country; partial: only some recipients
# (e.g. the EU-US DPF); none: no adequacy decision.
Adequacy = Literal["eea", "whole", "partial", "none"]
RetentionPart = Literal["period", "trigger", "justification", "deletion"]
RETENTION_PARTS: tuple[RetentionPart, ...] = (
    "period",
    "trigger",
    "justification",
    "deletion",
)  # as GAPS


@dataclass(frozen=True, slots=True)
class TransferStatus:
    """One flow the glance shows: a recorded transfer, an unrecorded one, or an exposure.

    `id` is the transfer's id (`<recipient>-unrecorded` for an unrecorded flow, the recipient's
    id for an exposure); `country` the destination (for an exposure: where the recipient is
    hosted) and `parent_country` the third country of an exposure's parent company. `item` is
    the id of its scored item in `Result.transfers` (None: not scored, e.g. an exposure to a
    country whose law the knowledge base does not see reaching through the parent)."""

    id: str
    path: str
    recipient: str
    country: str
    kind: TransferKind | None
    tool: TransferTool
    scc_module: int | None
    adequacy: Adequacy
    status: ToolStatus
    item: str | None
    parent_country: str | None = None

    @property
    def recorded(self) -> bool:
        return self.status not in ("unrecorded", "exposure")

    @property
    def usable(self) -> bool:
        """False where the transfer has no usable tool: TRF-001 fires on it."""
        return self.status not in TOOL_NOT_USABLE


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    """A retention rule and the parts of it that are not recorded, in the scorer's order."""

    id: str
    path: str
    missing: tuple[RetentionPart, ...]


def tool_status(flow: Flow) -> ToolStatus:
    """The flow's tool as the scorer judges it (see `ToolStatus`)."""
    if not flow.recorded:
        return "unrecorded"
    if flow.place.eea:
        return "eea"
    if flow.adequacy is not None:
        return "dpf_unconfirmed" if flow.dpf_uncertain else "adequacy"
    if flow.tool in NO_TOOL:
        return "no_tool" if flow.tool is TransferTool.none else "unknown"
    if flow.tool_misapplied:
        return "misapplied"
    if flow.tool is TransferTool.art49_derogation:
        return "derogation_systematic" if systematic(flow.kind, flow.recipient) else "derogation"
    return "tool"


def adequacy_of(place: Place) -> Adequacy:
    """Whether the country is in the EEA, or which adequacy decision covers it."""
    if place.eea:
        return "eea"
    if place.adequacy is None:
        return "none"
    return "whole" if place.adequacy.coverage == "whole" else "partial"


def transfer_statuses(assessment: Assessment, kb: Knowledge) -> tuple[TransferStatus, ...]:
    """Every recorded transfer (file order), every unrecorded flow, then every EEA recipient
    whose parent company is in a third country."""
    places = Places(kb)
    found = [
        TransferStatus(
            flow.id,
            flow.path,
            flow.recipient.id,
            flow.place.code,
            flow.kind,
            flow.tool,
            flow.scc_module,
            adequacy_of(flow.place),
            tool_status(flow),
            flow.id,
        )
        for flow in flows(assessment, places)
    ]
    for i, r in enumerate(assessment.description.recipients):
        host = places(r.country)
        parent = places(r.parent_country) if r.parent_country else None
        if not host.eea or parent is None or parent.eea:
            continue
        found.append(
            TransferStatus(
                r.id,
                f"description.recipients[{i}]",
                r.id,
                host.code,
                None,
                TransferTool.unknown,
                None,
                adequacy_of(parent),
                "exposure",
                f"{r.id}-parent-law" if parent.parent_laws else None,  # as `exposure_items`
                parent.code,
            )
        )
    return tuple(found)


def retention_statuses(assessment: Assessment) -> tuple[RetentionStatus, ...]:
    """Each retention rule with the parts it does not record."""
    return tuple(
        RetentionStatus(rule.id, f"description.retention_rules[{i}]", _missing(rule))
        for i, rule in enumerate(assessment.description.retention_rules)
    )


def _missing(rule: RetentionRule) -> tuple[RetentionPart, ...]:
    return tuple(part for part in RETENTION_PARTS if missing(rule, part))
