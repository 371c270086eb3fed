"""The six steps of EDPB Recommendations 01/2020 as a checklist for one transfer."""

from __future__ import annotations

from pia.knowledge import AdequacyDecision, Knowledge
from pia.model import TransferKind, TransferTool
from pia.scoring import Check, CheckStatus
from pia.scoring.transfer_flows import (
    KEPT_UNREADABLE,
    KIND_WORDS,
    NO_TOOL,
    READABLE,
    Flow,
    systematic,
)


def edpb_checks(flow: Flow, kb: Knowledge) -> list[Check]:
    """The six steps as a checklist: what is recorded, what is missing, what does not apply."""
    place = flow.place
    adequacy = flow.adequacy
    results: list[tuple[CheckStatus, str]]
    if place.eea:
        first: tuple[CheckStatus, str] = (
            "recorded",
            f"{place.name} is in the EEA: this is not a Chapter V transfer.",
        )
        later: tuple[CheckStatus, str] = ("not_applicable", "Not needed inside the EEA.")
        results = [first] + [later] * 5
    elif adequacy is not None:
        later = ("not_applicable", "Not needed: an adequacy decision covers the destination.")
        results = [
            _know(flow),
            _tool_step(flow, adequacy),
            later,
            later,
            later,
            (
                "not_applicable",
                "Not needed for the transfer; re-check the adequacy "
                "decision itself at each review of this assessment.",
            ),
        ]
    else:
        results = [
            _know(flow),
            _tool_step(flow, None),
            _law_step(flow),
            _measures_step(flow),
            _procedure_step(flow),
            _reevaluation_step(flow),
        ]
    return [
        Check(step.key, status, detail, step.source)
        for step, (status, detail) in zip(kb.transfer_tools.edpb_steps, results, strict=True)
    ]


def _know(flow: Flow) -> tuple[CheckStatus, str]:
    if not flow.recorded:
        return "missing", (
            f"No transfer is recorded for {flow.recipient.name}, which processes data in "
            f"{flow.place.name}, outside the EEA. Record it; remote access (e.g. support or "
            "maintenance staff) counts as a transfer."
        )
    assert flow.kind is not None  # a recorded transfer always has a kind
    ids = ", ".join(c.id for _, c in flow.categories)
    remote = (
        " Remote access from a third country counts as a transfer."
        if flow.kind is TransferKind.remote_access
        else ""
    )
    if flow.categories_from == "transfer":
        return "recorded", f"{KIND_WORDS[flow.kind]}; categories: {ids}.{remote}"
    assumed = (
        "the recipient's categories are assumed"
        if flow.categories_from == "recipient"
        else "categories not recorded; assume all categories of the assessment"
    )
    return "missing", (
        f"{KIND_WORDS[flow.kind]}; the transfer lists no data categories: "
        f"{assumed} ({ids}).{remote}"
    )


def _tool_step(flow: Flow, adequacy: AdequacyDecision | None) -> tuple[CheckStatus, str]:
    tool = flow.tool
    if adequacy is not None:
        detail = f"{adequacy.decision}."
        if adequacy.transfer_tool == "dpf":
            if flow.dpf_certified is None:
                return "missing", detail + (
                    " The DPF covers only organisations certified on the DPF List; whether "
                    f"{flow.recipient.name} is certified is not recorded: check the List at the "
                    "assessment date and record `dpf_certified`."
                )
            detail += (
                f" {flow.recipient.name} is recorded as certified on the DPF List (Art. 45); "
                "re-check the certification, and that it covers these data, at each review."
            )
        elif adequacy.coverage == "partial":
            detail += f" It covers only: {adequacy.scope} Check the recipient falls within it."
        return "recorded", detail
    if tool is TransferTool.unknown:
        return "missing", (
            "No transfer tool is named (a reference to measures described elsewhere names none)."
        )
    if tool is TransferTool.none:
        return "failed", "The transfer relies on no Chapter V instrument (Art. 44)."
    if flow.tool_misapplied:
        if tool is TransferTool.dpf and flow.dpf_certified is False:
            return "failed", (
                f"The DPF is named, but {flow.recipient.name} is recorded as not certified "
                "under it: an Art. 46 tool is needed."
            )
        return "failed", f"'{tool.value}' is named, but no such decision covers {flow.place.name}."
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return "failed", (
                "An Art. 49 derogation cannot carry an ongoing transfer (EDPB Guidelines 2/2018)."
            )
        return "recorded", (
            "Art. 49 derogation: only for occasional transfers (EDPB Guidelines 2/2018)."
        )
    if tool is TransferTool.scc_2021_914:
        if flow.scc_module is None:
            return "missing", "SCC 2021/914 relied on, but the module (1-4) is not named."
        return "recorded", f"SCC 2021/914, module {flow.scc_module}."
    return "recorded", f"{tool.value.replace('_', ' ')} relied on."


def _law_step(flow: Flow) -> tuple[CheckStatus, str]:
    exposure = flow.place.exposure
    rated = (
        f"Public-authority access in {flow.place.name} is rated {exposure.exposure} in the "
        "knowledge base."
        if exposure is not None
        else f"The knowledge base does not rate public-authority access in {flow.place.name}."
    )
    if flow.impact_assessment_done is True:
        return "recorded", f"Transfer impact assessment done. {rated}"
    said = "recorded as not done" if flow.impact_assessment_done is False else "not recorded"
    return "missing", f"Transfer impact assessment {said}. {rated}"


def _measures_step(flow: Flow) -> tuple[CheckStatus, str]:
    data = flow.data_protection.value.replace("_", " ")
    if flow.supplementary_measures or flow.data_protection in KEPT_UNREADABLE:
        listed = "; ".join(flow.supplementary_measures) or "none listed"
        return "recorded", f"Data: {data}. Measures: {listed}."
    hint = (
        " Where the importer can read the data, the EDPB sees no effective technical measure "
        "(Annex 2, use cases 6 and 7)."
        if flow.data_protection in READABLE
        else ""
    )
    return "missing", f"No supplementary measures recorded. Data: {data}.{hint}"


def _procedure_step(flow: Flow) -> tuple[CheckStatus, str]:
    if flow.tool is TransferTool.ad_hoc_clauses:
        return "missing", (
            "Ad hoc clauses need the supervisory authority's authorisation "
            "(Art. 46(3)(a)); the model has no field to record it."
        )
    if flow.tool in NO_TOOL:
        return "missing", "Depends on the transfer tool, which is not known."
    return "not_applicable", (
        "None for an unchanged standard tool. The model has no field for "
        "modified SCCs, which count as ad hoc clauses."
    )


def _reevaluation_step(flow: Flow) -> tuple[CheckStatus, str]:
    if flow.reevaluation_due:
        return "recorded", f"Next re-evaluation: {flow.reevaluation_due}."
    return "missing", "No re-evaluation date or cadence recorded."
