"""Transfer scoring: each data flow to a third country, and each exposure to third-country law.

One scored item per recorded transfer; one per recipient outside the EEA with no transfer
recorded (a missing transfer); one per EEA recipient whose parent company falls under a
third-country law that reaches the group's data (an exposure, not a Chapter V transfer).
Severity is what is at stake for the people (which data leave); likelihood is how likely the
data meet access incompatible with EU law (no adequacy, no tool, no impact assessment, the
destination's public-authority access, whether the importer can read the data, and the
safeguards recorded). Each transfer also carries the six steps of EDPB Recommendations 01/2020
as a checklist.
"""

from __future__ import annotations

from dataclasses import dataclass

from pia.knowledge import AdequacyDecision, Exposure, Knowledge, KnowledgeError, ParentLaw
from pia.model import (
    Assessment,
    DataCategory,
    DataProtection,
    Recipient,
    RecipientRole,
    Sensitivity,
    TransferKind,
    TransferTool,
)
from pia.risk import Factor, Scale
from pia.scoring import Check, ScoredItem, scored

EDPB_01_2020 = "EDPB Recommendations 01/2020 (v2.0)"
ART_49 = "GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49"
EXPOSURE_GUIDANCE = (
    "EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (v2.0), Example 12; "
    "GDPR Art. 28(1)"
)
NO_TOOL = frozenset({TransferTool.none, TransferTool.unknown})
ADEQUACY_TOOLS = frozenset({TransferTool.adequacy_decision, TransferTool.dpf})
# What the importer (and so its authorities) can read: keys held by the importer do not protect.
READABLE = frozenset({
    DataProtection.clear_text, DataProtection.encrypted_keys_with_recipient, DataProtection.unknown
})
KEPT_UNREADABLE = frozenset({DataProtection.encrypted_keys_in_eea, DataProtection.pseudonymised})
PROCESSOR_ROLES = frozenset({RecipientRole.processor, RecipientRole.sub_processor})
ONGOING_KINDS = frozenset({TransferKind.storage, TransferKind.remote_access})
PROFILE_KINDS = frozenset(
    {"inferred_profile", "behaviour", "preferences_interests", "purchase_history"}
)
SENSITIVITY_POINTS = {
    Sensitivity.standard: 0,
    Sensitivity.highly_personal: 1,
    Sensitivity.special_category: 2,
    Sensitivity.criminal_offence: 2,
}
Categories = tuple[tuple[int, DataCategory], ...]  # (index in the description, category)
KIND_WORDS = {
    TransferKind.storage: "Storage",
    TransferKind.remote_access: "Remote access",
    TransferKind.onward_transfer: "Onward transfer",
}


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
                place = Place(code, c.name, c.eea, c.adequacy, c.public_authority_access,
                              c.laws_via_parent)
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

    def at(self, field: str) -> str:
        """The path of one of the transfer's fields (the recipient's path if unrecorded)."""
        return f"{self.path}.{field}" if self.recorded else self.path

    @property
    def subject(self) -> str:
        what = "the transfer" if self.recorded else "the unrecorded transfer"
        return f"{what} to {self.recipient.name} in {self.place.name}"


# --- shared judgments (also used by pia.findings.transfers) ---------------------------------------


def adequacy_relied_on(tool: TransferTool, place: Place) -> AdequacyDecision | None:
    """The adequacy decision the transfer can rest on: a whole-country decision, or a partial one
    (e.g. the EU-US DPF) only where the transfer says it relies on it."""
    decision = place.adequacy
    if decision is None or place.eea:
        return None
    if decision.coverage == "whole":
        return decision
    fits = tool in (TransferTool(decision.transfer_tool), TransferTool.adequacy_decision)
    return decision if fits else None


def tool_misapplied(tool: TransferTool, place: Place) -> bool:
    """An adequacy decision or the DPF named for a destination where none covers the transfer."""
    return tool in ADEQUACY_TOOLS and adequacy_relied_on(tool, place) is None


def systematic(kind: TransferKind | None, recipient: Recipient) -> bool:
    """Ongoing by nature: storage, remote access, or a processor's work (no frequency field)."""
    return kind in ONGOING_KINDS or recipient.role in PROCESSOR_ROLES


# --- flows ----------------------------------------------------------------------------------------


def flows(assessment: Assessment, places: Places) -> list[Flow]:
    """Every recorded transfer, then every recipient outside the EEA with no transfer recorded."""
    d = assessment.description
    index = {c.id: (j, c) for j, c in enumerate(d.data_categories)}
    recipients = {r.id: (i, r) for i, r in enumerate(d.recipients)}
    found: list[Flow] = []
    for i, t in enumerate(d.transfers):
        recipient = recipients[t.recipient][1]
        cats, source = _categories(t.data_categories, recipient, index, "transfer")
        found.append(Flow(
            t.id, f"description.transfers[{i}]", True, recipient, places(t.country), t.kind,
            cats, source, t.tool, t.scc_module, t.impact_assessment_done, t.data_protection,
            tuple(t.supplementary_measures), t.reevaluation_due,
        ))
    with_transfer = {t.recipient for t in d.transfers}
    for i, r in enumerate(d.recipients):
        place = places(r.country)
        if place.eea or r.id in with_transfer:
            continue
        cats, source = _categories(r.data_categories, r, index, "recipient")
        found.append(Flow(f"{r.id}-unrecorded", f"description.recipients[{i}]", False, r,
                          place, None, cats, source))
    return found


def _categories(ids: list[str], recipient: Recipient, index: dict[str, tuple[int, DataCategory]],
                own: str) -> tuple[Categories, str]:
    """The categories that leave: the transfer's, else the recipient's, else all of them."""
    if ids:
        return tuple(index[c] for c in ids if c in index), own
    if recipient.data_categories:
        return tuple(index[c] for c in recipient.data_categories if c in index), "recipient"
    return tuple(index.values()), "assessment"


# --- severity: what is at stake -------------------------------------------------------------------


ASSUMED_CATEGORIES = {
    "recipient": "The transfer lists no categories; the recipient's are used. ",
    "assessment": "Categories not recorded; assume all categories of the assessment. ",
}


def _assumed(source: str, own: str) -> str:
    """What a reason must say when the categories were not recorded where they belong."""
    return "" if source == own else ASSUMED_CATEGORIES[source]


def stake_factors(categories: Categories, prefix: str, categories_path: str) -> list[Factor]:
    """Severity from the most sensitive category concerned and from profiles among them."""
    factors: list[Factor] = []
    if categories:
        j, top = max(categories, key=lambda jc: SENSITIVITY_POINTS[jc[1].sensitivity])
        points = SENSITIVITY_POINTS[top.sensitivity]
        if points:
            special = points == 2
            factors.append(Factor(
                "severity",
                "special-category or criminal data" if special else "highly personal data",
                points,
                f"{prefix}The most sensitive category concerned is '{top.name}' ({top.id}), "
                f"recorded as {top.sensitivity.value.replace('_', ' ')}.",
                "GDPR Art. 9(1) and Art. 10; WP248 rev.01, criterion 4" if special
                else "WP248 rev.01, criterion 4 (data of a highly personal nature)",
                f"description.data_categories[{j}].sensitivity",
            ))
    profiles = [c.id for _, c in categories if c.kind in PROFILE_KINDS or c.inferred]
    if profiles:
        factors.append(Factor(
            "severity", "profiles or behaviour", 1,
            f"{prefix}Profiles or behavioural data are concerned ({', '.join(profiles)}): they "
            "reveal habits and interests that public authorities could exploit.",
            "GDPR Art. 4(4); WP248 rev.01, criterion 1 (evaluation or scoring)",
            categories_path,
        ))
    return factors


def _categories_path(flow: Flow, recipient_path: str) -> str:
    if flow.categories_from == "transfer":
        return flow.at("data_categories")
    if flow.categories_from == "recipient":
        return f"{recipient_path}.data_categories"
    return "description.data_categories"


# --- likelihood: access incompatible with EU law --------------------------------------------------


def access_factors(flow: Flow) -> list[Factor]:
    """Likelihood factors of a transfer to a third country (none for an EEA destination)."""
    place = flow.place
    if place.eea or adequacy_relied_on(flow.tool, place) is not None:
        return []
    step = f"{EDPB_01_2020}, step"
    factors = [Factor(
        "likelihood", "no adequacy decision", 1,
        f"No adequacy decision covers {flow.subject}"
        + (f" ({place.adequacy.decision} covers only: {place.adequacy.scope})"
           if place.adequacy is not None else "") + ".",
        f"GDPR Art. 45(1); {step} 2", flow.at("country"),
    )]
    factors += _tool_factors(flow)
    if flow.impact_assessment_done is not True:
        said = ("records that no assessment was made" if flow.impact_assessment_done is False
                else "does not say whether it was assessed")
        factors.append(Factor(
            "likelihood", "no transfer impact assessment", 1,
            f"Whether the law and practice of {place.name} let the importer keep its promises: "
            f"the assessment {said}.",
            f"{step} 3; SCC 2021/914, Clause 14(b) and (d)", flow.at("impact_assessment_done"),
        ))
    level = place.exposure_level
    if level == "high":
        factors.append(Factor(
            "likelihood", "public-authority access: high", 1,
            f"The knowledge base rates public-authority access in {place.name} high, against the "
            f"European Essential Guarantees ({len(place.exposure.reasons)} grounds recorded).",
            f"{step} 3; EDPB Recommendations 02/2020; {place.exposure.source}", flow.at("country"),
        ))
    if flow.data_protection in READABLE and level in ("medium", "high"):
        factors.append(Factor(
            "likelihood", "data readable by the importer", 1,
            f"{_readable_words(flow)} and public-authority access there is rated {level}: where "
            "the importer can read the data the EDPB sees no effective technical measure.",
            f"{step} 4 and Annex 2, use cases 6 and 7", flow.at("data_protection"),
        ))
    if flow.data_protection in KEPT_UNREADABLE:
        pseudonymised = flow.data_protection is DataProtection.pseudonymised
        factors.append(Factor(
            "likelihood", "pseudonymised" if pseudonymised else "keys held in the EEA", -1,
            f"The data reach {flow.recipient.name} "
            + ("pseudonymised" if pseudonymised else "encrypted, with the keys held in the EEA")
            + ", so the importer cannot read them by itself.",
            f"{EDPB_01_2020}, Annex 2, use case {2 if pseudonymised else 1}",
            flow.at("data_protection"),
        ))
    if flow.supplementary_measures:
        factors.append(Factor(
            "likelihood", "supplementary measures", -1,
            f"Supplementary measures are recorded for {flow.subject}: "
            f"{'; '.join(flow.supplementary_measures)}.",
            f"{step} 4", flow.at("supplementary_measures"),
        ))
    return factors


def _tool_factors(flow: Flow) -> list[Factor]:
    tool, name = flow.tool, flow.place.name
    ref = f"GDPR Art. 44 and Art. 46(1); {EDPB_01_2020}, step 2"
    if tool in NO_TOOL:
        said = ("relies on no Chapter V instrument" if tool is TransferTool.none else
                "relies on an instrument the assessment does not name (a reference to 'the "
                "necessary measures' described elsewhere does not name one)")
        return [Factor("likelihood", "no transfer tool", 2, f"{_sentence(flow.subject)} {said}.",
                       ref, flow.at("tool"))]
    if tool_misapplied(tool, flow.place):
        return [Factor(
            "likelihood", "transfer tool does not apply", 2,
            f"{_sentence(flow.subject)} relies on '{tool.value}', but no adequacy decision of "
            f"that kind covers {name}.", f"GDPR Art. 45(1); {ref}", flow.at("tool"))]
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return [Factor(
                "likelihood", "Art. 49 derogation for a systematic transfer", 2,
                f"{_sentence(flow.subject)} is ongoing (storage, remote access or a processor's "
                "work), but Art. 49 derogations cover only occasional transfers.",
                ART_49, flow.at("tool"))]
        return [Factor(
            "likelihood", "Art. 49 derogation", 1,
            f"{_sentence(flow.subject)} relies on an Art. 49 derogation, an exception to read "
            "restrictively; the model records no frequency to show it is occasional.",
            ART_49, flow.at("tool"))]
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


# --- the six steps of EDPB Recommendations 01/2020 -----------------------------------------------


def edpb_checks(flow: Flow, kb: Knowledge) -> list[Check]:
    """The six steps as a checklist: what is recorded, what is missing, what does not apply."""
    place = flow.place
    adequacy = adequacy_relied_on(flow.tool, place)
    if place.eea:
        first = ("recorded", f"{place.name} is in the EEA: this is not a Chapter V transfer.")
        later = ("not_applicable", "Not needed inside the EEA.")
        results = [first] + [later] * 5
    elif adequacy is not None:
        later = ("not_applicable", "Not needed: an adequacy decision covers the destination.")
        results = [_know(flow), _tool_step(flow, adequacy), later, later, later,
                   ("not_applicable", "Not needed for the transfer; re-check the adequacy "
                    "decision itself at each review of this assessment.")]
    else:
        results = [_know(flow), _tool_step(flow, None), _law_step(flow), _measures_step(flow),
                   _procedure_step(flow), _reevaluation_step(flow)]
    return [Check(step.key, f"Step {n}: {step.title}", status, detail, step.source)
            for n, (step, (status, detail)) in enumerate(zip(kb.transfer_tools.edpb_steps,
                                                              results, strict=True), start=1)]


def _know(flow: Flow) -> tuple[str, str]:
    if not flow.recorded:
        return "missing", (
            f"No transfer is recorded for {flow.recipient.name}, which processes data in "
            f"{flow.place.name}, outside the EEA. Record it; remote access (e.g. support or "
            "maintenance staff) counts as a transfer.")
    ids = ", ".join(c.id for _, c in flow.categories)
    remote = (" Remote access from a third country counts as a transfer."
              if flow.kind is TransferKind.remote_access else "")
    if flow.categories_from == "transfer":
        return "recorded", f"{KIND_WORDS[flow.kind]}; categories: {ids}.{remote}"
    assumed = ("the recipient's categories are assumed" if flow.categories_from == "recipient"
               else "categories not recorded; assume all categories of the assessment")
    return "missing", (f"{KIND_WORDS[flow.kind]}; the transfer lists no data categories: "
                       f"{assumed} ({ids}).{remote}")


def _tool_step(flow: Flow, adequacy: AdequacyDecision | None) -> tuple[str, str]:
    tool = flow.tool
    if adequacy is not None:
        detail = f"{adequacy.decision}."
        if adequacy.transfer_tool == "dpf":
            detail += (" The DPF covers only organisations certified on the DPF List; the model "
                       "has no field for certification: check it at the assessment date.")
        elif adequacy.coverage == "partial":
            detail += f" It covers only: {adequacy.scope} Check the recipient falls within it."
        return "recorded", detail
    if tool is TransferTool.unknown:
        return "missing", ("No transfer tool is named (a reference to measures described "
                           "elsewhere names none).")
    if tool is TransferTool.none:
        return "failed", "The transfer relies on no Chapter V instrument (Art. 44)."
    if tool_misapplied(tool, flow.place):
        return "failed", f"'{tool.value}' is named, but no such decision covers {flow.place.name}."
    if tool is TransferTool.art49_derogation:
        if systematic(flow.kind, flow.recipient):
            return "failed", ("An Art. 49 derogation cannot carry an ongoing transfer "
                              "(EDPB Guidelines 2/2018).")
        return "recorded", ("Art. 49 derogation: only for occasional transfers "
                            "(EDPB Guidelines 2/2018).")
    if tool is TransferTool.scc_2021_914:
        if flow.scc_module is None:
            return "missing", "SCC 2021/914 relied on, but the module (1-4) is not named."
        return "recorded", f"SCC 2021/914, module {flow.scc_module}."
    return "recorded", f"{tool.value.replace('_', ' ')} relied on."


def _law_step(flow: Flow) -> tuple[str, str]:
    exposure = flow.place.exposure
    rated = (f"Public-authority access in {flow.place.name} is rated {exposure.exposure} in the "
             "knowledge base." if exposure is not None
             else f"The knowledge base does not rate public-authority access in {flow.place.name}.")
    if flow.impact_assessment_done is True:
        return "recorded", f"Transfer impact assessment done. {rated}"
    said = "recorded as not done" if flow.impact_assessment_done is False else "not recorded"
    return "missing", f"Transfer impact assessment {said}. {rated}"


def _measures_step(flow: Flow) -> tuple[str, str]:
    data = flow.data_protection.value.replace("_", " ")
    if flow.supplementary_measures or flow.data_protection in KEPT_UNREADABLE:
        listed = "; ".join(flow.supplementary_measures) or "none listed"
        return "recorded", f"Data: {data}. Measures: {listed}."
    hint = (" Where the importer can read the data, the EDPB sees no effective technical measure "
            "(Annex 2, use cases 6 and 7)." if flow.data_protection in READABLE else "")
    return "missing", f"No supplementary measures recorded. Data: {data}.{hint}"


def _procedure_step(flow: Flow) -> tuple[str, str]:
    if flow.tool is TransferTool.ad_hoc_clauses:
        return "missing", ("Ad hoc clauses need the supervisory authority's authorisation "
                           "(Art. 46(3)(a)); the model has no field to record it.")
    if flow.tool in NO_TOOL:
        return "missing", "Depends on the transfer tool, which is not known."
    return "not_applicable", ("None for an unchanged standard tool. The model has no field for "
                              "modified SCCs, which count as ad hoc clauses.")


def _reevaluation_step(flow: Flow) -> tuple[str, str]:
    if flow.reevaluation_due:
        return "recorded", f"Next re-evaluation: {flow.reevaluation_due}."
    return "missing", "No re-evaluation date or cadence recorded."


# --- the items ------------------------------------------------------------------------------------


def score_transfers(assessment: Assessment, kb: Knowledge, scale: Scale) -> list[ScoredItem]:
    """Every transfer, missing transfer and parent-law exposure, scored and explained."""
    places = Places(kb)
    recipient_paths = {r.id: f"description.recipients[{i}]"
                       for i, r in enumerate(assessment.description.recipients)}
    items = []
    for flow in flows(assessment, places):
        own = "transfer" if flow.recorded else "recipient"
        factors = stake_factors(flow.categories, _assumed(flow.categories_from, own),
                                _categories_path(flow, recipient_paths[flow.recipient.id]))
        factors += access_factors(flow)
        checks = edpb_checks(flow, kb)
        items.append(scored("transfer", flow.id, _title(flow), flow.path, factors, scale, checks))
    items += _exposure_items(assessment, places, scale)
    return items


def _title(flow: Flow) -> str:
    who, where = flow.recipient.name, flow.place.name
    if not flow.recorded:
        return f"Unrecorded transfer: {who} processes data in {where}"
    preposition = "from" if flow.kind is TransferKind.remote_access else "in"
    return f"{KIND_WORDS[flow.kind]} by {who} {preposition} {where}"


def _exposure_items(assessment: Assessment, places: Places, scale: Scale) -> list[ScoredItem]:
    """EEA recipients whose parent is under a third-country law that reaches the group's data."""
    d = assessment.description
    index = {c.id: (j, c) for j, c in enumerate(d.data_categories)}
    items = []
    for i, r in enumerate(d.recipients):
        place = places(r.country)
        parent = places(r.parent_country) if r.parent_country else None
        if not place.eea or parent is None or parent.eea or not parent.parent_laws:
            continue
        path = f"description.recipients[{i}]"
        cats, source = _categories(r.data_categories, r, index, "recipient")
        cat_path = (f"{path}.data_categories" if source == "recipient"
                    else "description.data_categories")
        factors = stake_factors(cats, _assumed(source, "recipient"), cat_path)
        laws = "; ".join(law.law for law in parent.parent_laws)
        factors.append(Factor(
            "likelihood", "law reaching through the parent", 1,
            f"{r.name} processes the data in {place.name}, but its parent company is under the "
            f"law of {parent.name}: {laws} can oblige the group to hand over data it holds, "
            "wherever stored.",
            f"{EXPOSURE_GUIDANCE}; {laws}", f"{path}.parent_country",
        ))
        protected = _keys_in_eea(d.transfers, r.id)
        if protected is not None:
            factors.append(Factor(
                "likelihood", "encrypted, keys in the EEA", -1,
                f"A transfer for {r.name} ({d.transfers[protected].id}) records the data as "
                "encrypted with the keys held in the EEA, so an order to the group yields no "
                "readable data.",
                f"{EDPB_01_2020}, Annex 2, use case 1",
                f"description.transfers[{protected}].data_protection",
            ))
        checks = _exposure_checks(r, place, parent, protected)
        title = (f"Exposure, not a transfer: {r.name} in {place.name} is reachable by "
                 f"{parent.name} law through its parent")
        items.append(scored("transfer", f"{r.id}-parent-law", title, f"{path}.parent_country",
                            factors, scale, checks))
    return items


def _keys_in_eea(transfers, recipient_id: str) -> int | None:
    return next((k for k, t in enumerate(transfers) if t.recipient == recipient_id
                 and t.data_protection is DataProtection.encrypted_keys_in_eea), None)


def _exposure_checks(r: Recipient, place: Place, parent: Place,
                     protected: int | None) -> list[Check]:
    laws = "; ".join(law.law for law in parent.parent_laws)
    checks = [
        Check("chapter_v", "Chapter V transfer", "not_applicable",
              f"{r.name} is in {place.name} (EEA): sharing data with it is not a transfer by "
              "itself. It becomes one if the group discloses data to an authority abroad.",
              EXPOSURE_GUIDANCE),
        Check("parent_law", "Third-country law through the parent", "missing",
              " ".join(law.reach for law in parent.parent_laws)
              + " The model has no field for the assessment of this exposure: record it as a "
              "risk with its measures.", "; ".join(law.source for law in parent.parent_laws)),
        Check("keys_in_eea", "Encryption with keys held in the EEA",
              "recorded" if protected is not None else "missing",
              "Recorded on a transfer for this recipient." if protected is not None else
              "Not recorded: the model records encryption only on transfers, and none for this "
              "recipient says the keys stay in the EEA.", f"{EDPB_01_2020}, Annex 2, use case 1"),
    ]
    if parent.adequacy is not None and parent.adequacy.transfer_tool == "dpf":
        checks.append(Check(
            "dpf", "EU-US Data Privacy Framework", "not_applicable",
            f"The DPF covers transfers to organisations certified on the DPF List; it matters if "
            f"data reach {parent.name} (e.g. remote access by the parent's staff). The model has "
            "no field for certification: check the DPF List at the assessment date. It does not "
            f"limit orders under {laws}.", parent.adequacy.decision))
    return checks
