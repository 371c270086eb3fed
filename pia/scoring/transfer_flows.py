"""Where personal data go: each flow to a third country, the place it reaches, and what leaves.

A `Flow` is a recorded transfer, or a recipient outside the EEA with no transfer recorded;
`Places` looks a country up in the knowledge base once per run. The judgments on a flow's tool
(adequacy relied on, a tool that does not apply, a systematic transfer) are shared by the
transfer scores, the EDPB checklist (`pia.scoring.transfer_steps`) and the findings
(`pia.findings.transfers`); what is at stake in the data that leave (`stake_factors`) by the
transfer and exposure scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pia.knowledge import AdequacyDecision, Exposure, Knowledge, KnowledgeError, ParentLaw
from pia.model import (
    PROCESSOR_ROLES,
    Assessment,
    DataCategory,
    DataProtection,
    Recipient,
    TransferKind,
    TransferTool,
)
from pia.risk import Factor
from pia.scoring import most_sensitive
from pia.screening.facts import by_id

NO_TOOL = frozenset({TransferTool.none, TransferTool.unknown})
ADEQUACY_TOOLS = frozenset({TransferTool.adequacy_decision, TransferTool.dpf})
# What the importer (and so its authorities) can read: keys held by the importer do not protect.
READABLE = frozenset(
    {
        DataProtection.clear_text,
        DataProtection.encrypted_keys_with_recipient,
        DataProtection.unknown,
    }
)
KEPT_UNREADABLE = frozenset({DataProtection.encrypted_keys_in_eea, DataProtection.pseudonymised})
ONGOING_KINDS = frozenset({TransferKind.storage, TransferKind.remote_access})
Categories = tuple[tuple[int, DataCategory], ...]  # (index in the description, category)
PROFILE_KINDS = frozenset(
    {"inferred_profile", "behaviour", "preferences_interests", "purchase_history"}
)


@dataclass(frozen=True, slots=True)
class Place:
    """What the knowledge base says about a country, looked up once per scoring run."""

    code: str
    name: str
    eea: bool
    adequacy: AdequacyDecision | None
    exposure: Exposure | None
    parent_laws: tuple[ParentLaw, ...]

    @property
    def exposure_level(self) -> str | None:
        return self.exposure.exposure if self.exposure is not None else None


# Places already looked up, per knowledge base; safe to keep because `Knowledge` is frozen.
_PLACES: dict[int, tuple[Knowledge, dict[str, Place]]] = {}


class Places:
    """Country lookups; an unknown code is a third country the knowledge base lacks."""

    def __init__(self, kb: Knowledge) -> None:
        kept = _PLACES.get(id(kb))
        if kept is None or kept[0] is not kb:
            kept = _PLACES[id(kb)] = (kb, {})
        self.kb, self.cache = kept

    def __call__(self, code: str) -> Place:
        if code not in self.cache:
            try:
                c = self.kb.country(code)
                place = Place(
                    code, c.name, c.eea, c.adequacy, c.public_authority_access, c.laws_via_parent
                )
            except KnowledgeError:
                place = Place(code, code, False, None, None, ())
            self.cache[code] = place
        return self.cache[code]


@dataclass(frozen=True, slots=True)
class Flow:
    """The facts of one transfer, recorded or inferred from a recipient outside the EEA."""

    id: str
    path: str  # the transfer, or the recipient when no transfer is recorded
    recorded: bool
    recipient: Recipient
    place: Place
    kind: TransferKind | None
    categories: Categories
    categories_from: str  # "transfer", "recipient" or "assessment"
    tool: TransferTool = TransferTool.unknown
    scc_module: int | None = None
    impact_assessment_done: bool | None = None
    data_protection: DataProtection = DataProtection.unknown
    supplementary_measures: tuple[str, ...] = ()
    reevaluation_due: str | None = None
    dpf_certified: bool | None = None

    @property
    def adequacy(self) -> AdequacyDecision | None:
        """The adequacy decision this transfer can rest on (`adequacy_relied_on`)."""
        return adequacy_relied_on(self.tool, self.place, self.dpf_certified)

    @property
    def tool_misapplied(self) -> bool:
        """An adequacy decision or the DPF is named, but none covers this transfer."""
        return tool_misapplied(self.tool, self.place, self.dpf_certified)

    @property
    def dpf_uncertain(self) -> bool:
        """It rests on the DPF, but whether the recipient is certified is not recorded."""
        adequacy = self.adequacy
        return (
            adequacy is not None and adequacy.transfer_tool == "dpf" and self.dpf_certified is None
        )

    def at(self, field: str) -> str:
        """The path of one of the transfer's fields (the recipient's path if unrecorded)."""
        return f"{self.path}.{field}" if self.recorded else self.path


# --- shared judgments (also used by pia.findings.transfers and the EDPB steps) -------------------


def adequacy_relied_on(
    tool: TransferTool, place: Place, certified: bool | None = None
) -> AdequacyDecision | None:
    """The adequacy decision the transfer can rest on: a whole-country decision, or a partial one
    (e.g. the EU-US DPF) only where the transfer says it relies on it.

    For the DPF the recipient's certification decides when it is recorded: certified, the
    decision covers the transfer whatever tool is named (Art. 45); recorded as not certified,
    it does not. Unrecorded, the named tool decides, and `Flow.dpf_uncertain` says so."""
    decision = place.adequacy
    if decision is None or place.eea:
        return None
    if decision.coverage == "whole":
        return decision
    if decision.transfer_tool == "dpf" and certified is not None:
        return decision if certified else None
    fits = tool in (TransferTool(decision.transfer_tool), TransferTool.adequacy_decision)
    return decision if fits else None


def tool_misapplied(tool: TransferTool, place: Place, certified: bool | None = None) -> bool:
    """An adequacy decision or the DPF named for a destination where none covers the transfer."""
    return tool in ADEQUACY_TOOLS and adequacy_relied_on(tool, place, certified) is None


def systematic(kind: TransferKind | None, recipient: Recipient) -> bool:
    """Ongoing by nature: storage, remote access, or a processor's work (no frequency field)."""
    return kind in ONGOING_KINDS or recipient.role in PROCESSOR_ROLES


# --- flows ----------------------------------------------------------------------------------------


def flows(assessment: Assessment, places: Places) -> list[Flow]:
    """Every recorded transfer, then every recipient outside the EEA with no transfer recorded."""
    d = assessment.description
    index = by_id(d.data_categories)
    recipients = {r.id: (i, r) for i, r in enumerate(d.recipients)}
    found: list[Flow] = []
    for i, t in enumerate(d.transfers):
        recipient = recipients[t.recipient][1]
        cats, source = categories_leaving(t.data_categories, recipient, index, "transfer")
        found.append(
            Flow(
                t.id,
                f"description.transfers[{i}]",
                True,
                recipient,
                places(t.country),
                t.kind,
                cats,
                source,
                t.tool,
                t.scc_module,
                t.impact_assessment_done,
                t.data_protection,
                tuple(t.supplementary_measures),
                t.reevaluation_due,
                t.dpf_certified,
            )
        )
    with_transfer = {t.recipient for t in d.transfers}
    for i, r in enumerate(d.recipients):
        place = places(r.country)
        if place.eea or r.id in with_transfer:
            continue
        cats, source = categories_leaving(r.data_categories, r, index, "recipient")
        found.append(
            Flow(
                f"{r.id}-unrecorded",
                f"description.recipients[{i}]",
                False,
                r,
                place,
                None,
                cats,
                source,
            )
        )
    return found


def categories_leaving(
    ids: list[str], recipient: Recipient, index: dict[str, tuple[int, DataCategory]], own: str
) -> tuple[Categories, str]:
    """The categories that leave: the transfer's, else the recipient's, else all of them."""
    if ids:
        return tuple(index[c] for c in ids if c in index), own
    if recipient.data_categories:
        return tuple(index[c] for c in recipient.data_categories if c in index), "recipient"
    return tuple(index.values()), "assessment"


# --- severity: what is at stake -------------------------------------------------------------------


def categories_assumed(source: str, own: str) -> str | None:
    """Where the categories come from when not recorded where they belong (`recipient`: the
    recipient's; `assessment`: all of them); None when they were."""
    return None if source == own else source


def stake_factors(
    categories: Categories, assumed: str | None, categories_path: str
) -> list[Factor]:
    """Severity from the most sensitive category concerned and from profiles among them."""
    factors: list[Factor] = []
    params: dict[str, Any]
    if categories:
        j, top, points = most_sensitive(categories)
        if points:
            code = "special_or_criminal" if points == 2 else "highly_personal"
            params = {"assumed": assumed, "category": top.id, "sensitivity": top.sensitivity}
            path = f"description.data_categories[{j}].sensitivity"
            factors.append(Factor("severity", code, points, params, path))
    profiles = [c.id for _, c in categories if c.kind in PROFILE_KINDS or c.inferred]
    if profiles:
        params = {"assumed": assumed, "categories": profiles}
        factors.append(Factor("severity", "profiles", 1, params, categories_path))
    return factors
