"""The six steps of EDPB Recommendations 01/2020 as a checklist for one transfer.

Each step says its status and the facts its detail names (message `check-<key>`); `place` tells
whether the destination is in the EEA (`eea`), covered by an adequacy decision (`adequacy`) or
neither (`third`), since the later steps apply only to the last.
"""

from __future__ import annotations

from typing import Any

from pia.knowledge import AdequacyDecision, Knowledge
from pia.model import TransferKind, TransferTool
from pia.scoring import Check, CheckStatus
from pia.scoring.transfer_flows import KEPT_UNREADABLE, NO_TOOL, READABLE, Flow, systematic

Step = tuple[CheckStatus, dict[str, Any]]


def edpb_checks(flow: Flow, kb: Knowledge) -> list[Check]:
    """The six steps as a checklist: what is recorded, what is missing, what does not apply."""
    adequacy = flow.adequacy
    place = "eea" if flow.place.eea else "adequacy" if adequacy is not None else "third"
    later: Step = ("not_applicable", {})
    results: list[Step]
    if place == "eea":
        first: Step = ("recorded", {})
        results = [first] + [later] * 5
    elif adequacy is not None:
        results = [_know(flow), _tool_step(flow, adequacy), later, later, later, later]
    else:
        results = [
            _know(flow),
            _tool_step(flow, None),
            _law_step(flow),
            _measures_step(flow),
            _procedure_step(flow),
            _reevaluation_step(flow),
        ]
    where = {"place": place, "recipient": flow.recipient.id, "country": flow.place.code}
    return [
        Check(step.key, status, where | params)
        for step, (status, params) in zip(kb.transfer_tools.edpb_steps, results, strict=True)
    ]


def _know(flow: Flow) -> Step:
    if not flow.recorded:
        return "missing", {"state": "unrecorded", "kind": None, "categories": None}
    assert flow.kind is not None  # a recorded transfer always has a kind
    params = {
        "state": flow.categories_from,  # transfer, recipient or assessment
        "kind": flow.kind,
        "categories": [c.id for _, c in flow.categories] or None,
        "remote": flow.kind is TransferKind.remote_access,
    }
    return ("recorded" if flow.categories_from == "transfer" else "missing"), params


def _tool_step(flow: Flow, adequacy: AdequacyDecision | None) -> Step:
    tool = flow.tool
    params: dict[str, Any] = {"tool": tool, "decision": None, "scope": None, "module": None}
    if adequacy is not None:
        params |= {"decision": adequacy.decision, "scope": adequacy.scope}
        if adequacy.transfer_tool == "dpf":
            if flow.dpf_certified is None:
                return "missing", params | {"state": "dpf_unconfirmed"}
            return "recorded", params | {"state": "dpf_certified"}
        if adequacy.coverage == "partial":
            return "recorded", params | {"state": "adequacy_partial"}
        return "recorded", params | {"state": "adequacy"}
    if tool is TransferTool.unknown:
        return "missing", params | {"state": "unknown"}
    if tool is TransferTool.none:
        return "failed", params | {"state": "none"}
    if flow.tool_misapplied:
        uncertified = tool is TransferTool.dpf and flow.dpf_certified is False
        return "failed", params | {"state": "dpf_uncertified" if uncertified else "misapplied"}
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return "failed", params | {"state": "art49_systematic"}
        return "recorded", params | {"state": "art49"}
    if tool is TransferTool.scc_2021_914:
        if flow.scc_module is None:
            return "missing", params | {"state": "scc_no_module"}
        return "recorded", params | {"state": "scc", "module": str(flow.scc_module)}
    return "recorded", params | {"state": "tool"}


def _law_step(flow: Flow) -> Step:
    params = {"done": flow.impact_assessment_done, "level": flow.place.exposure_level}
    return ("recorded" if flow.impact_assessment_done is True else "missing"), params


def _measures_step(flow: Flow) -> Step:
    params = {
        "protection": flow.data_protection,
        "measures": list(flow.supplementary_measures) or None,
        "readable": flow.data_protection in READABLE,
    }
    recorded = flow.supplementary_measures or flow.data_protection in KEPT_UNREADABLE
    return ("recorded" if recorded else "missing"), params


def _procedure_step(flow: Flow) -> Step:
    if flow.tool is TransferTool.ad_hoc_clauses:
        return "missing", {"state": "ad_hoc"}
    if flow.tool in NO_TOOL:
        return "missing", {"state": "no_tool"}
    return "not_applicable", {"state": "standard"}


def _reevaluation_step(flow: Flow) -> Step:
    due = flow.reevaluation_due
    return ("recorded" if due else "missing"), {"due": due or None}
