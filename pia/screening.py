"""Screening: is a DPIA required, and why (WP248 rev.01 III.B; GDPR Art. 35(1), 35(3), 35(4)).

Each WP248 criterion, Art. 35(3) case and Belgian-list item is decided by a general rule over the
recorded facts and names the facts (ids and field paths) that decided it. What the model cannot
record yet (innovative technology, monitoring of a public area, ...) is reported as not met and
not decidable, so a reader never mistakes "not recorded" for "checked and absent".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pia.knowledge import Item, Knowledge
from pia.model import Assessment, DataCategory, DataSource, DataSubjectGroup, Purpose

Verdict = Literal["required", "likely_required", "possibly_required", "not_required"]
VERDICTS: tuple[Verdict, ...] = ("not_required", "possibly_required", "likely_required", "required")

# WP248 gives no number for "large scale". The workbook borrows the Estonian Data Protection
# Inspectorate's reading, by the most sensitive data a purpose uses (docs/method/screening.md).
LARGE_SCALE_PEOPLE = {
    "standard": 50_000,
    "highly_personal": 10_000,
    "special_category": 5_000,
    "criminal_offence": 5_000,
}
MANY_DATA_CATEGORIES = 6  # the workbook's choice for WP248 large-scale factor b
SENSITIVITY_ORDER = ("standard", "highly_personal", "special_category", "criminal_offence")
SENSITIVITY_WORDS = {
    "standard": "standard personal data",
    "highly_personal": "data of a highly personal nature",
    "special_category": "special-category data (Art. 9)",
    "criminal_offence": "criminal-offence data (Art. 10)",
}
MONITORING_CHANNELS = ("website", "mobile_app", "cookies_and_similar")
VULNERABLE_KINDS = ("child", "employee")
ART9_OR_10 = ("special_category", "criminal_offence")
CONTROLLER_ROLES = ("controller", "joint_controller", "third_party")
METADATA_KINDS = ("communications", "location", "online_identifier")
NOT_APPLICABLE = "Not met: not applicable from the recorded facts."


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One screening criterion: met or not, the facts that decided it, and its source."""

    id: str
    key: str
    title: str
    met: bool
    reasons: tuple[str, ...]
    paths: tuple[str, ...]
    source: str
    verified: bool = True
    decidable: bool = True  # False: the model has no field for it; the analyst must judge


@dataclass(frozen=True, slots=True)
class Screening:
    """Whether a DPIA is required, why, and every criterion looked at."""

    verdict: Verdict
    reasons: tuple[str, ...]
    criteria: tuple[CriterionResult, ...]
    national: tuple[CriterionResult, ...]
    art35_3: tuple[CriterionResult, ...]
    met_count: int

    def result(self, key_or_id: str) -> CriterionResult:
        """A WP248 criterion, Art. 35(3) case or national-list item by key or id."""
        for r in (*self.criteria, *self.art35_3, *self.national):
            if key_or_id in (r.key, r.id):
                return r
        raise KeyError(key_or_id)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one rule decided: met or not, why, and the field paths of the deciding facts."""

    met: bool
    reasons: tuple[str, ...]
    paths: tuple[str, ...] = ()
    decidable: bool = True


Hits = list[tuple[str, str]]  # (field path, reason)


def outcome(hits: Hits, quiet: str) -> Outcome:
    """Met with the hits' reasons and paths, or not met with the `quiet` reason."""
    if not hits:
        return Outcome(False, (quiet,))
    return Outcome(True, tuple(why for _, why in hits), tuple(dict.fromkeys(p for p, _ in hits)))


def not_recorded(what: str) -> Outcome:
    why = f"Not recorded: the assessment has no field for {what}; the analyst must judge it."
    return Outcome(False, (why,), decidable=False)


class Facts:
    """The assessment indexed by id, with each purpose's large-scale outcome worked out once."""

    __slots__ = ("a", "categories", "sources", "groups", "scale")

    def __init__(self, a: Assessment) -> None:
        d = a.description
        self.a = a
        self.categories = {c.id: (i, c) for i, c in enumerate(d.data_categories)}
        self.sources = {s.id: (i, s) for i, s in enumerate(d.data_sources)}
        self.groups = {g.id: (i, g) for i, g in enumerate(d.data_subjects)}
        self.scale = tuple(purpose_scale(self, i, p) for i, p in enumerate(a.purposes))

    def categories_of(self, p: Purpose) -> list[DataCategory]:
        return [self.categories[c][1] for c in p.data_categories if c in self.categories]

    def sources_of(self, p: Purpose, kind: str | None = None) -> list[DataSource]:
        found = [self.sources[s][1] for s in p.data_sources if s in self.sources]
        return [s for s in found if kind is None or s.kind == kind]

    def groups_of(self, p: Purpose) -> list[tuple[int, DataSubjectGroup]]:
        """The groups a purpose concerns; every group when it names none."""
        if not p.data_subjects:
            return list(self.groups.values())
        return [self.groups[g] for g in p.data_subjects if g in self.groups]

    def sensitive(self, ids: Iterable[str]) -> list[str]:
        """The ids among `ids` of categories recorded as more than standard personal data."""
        return [
            c
            for c in ids
            if c in self.categories and self.categories[c][1].sensitivity != "standard"
        ]


def purpose_label(i: int, p: Purpose) -> str:
    return f"purposes[{i}] '{p.id}'"


def source_names(sources: Iterable[DataSource]) -> str:
    return ", ".join(f"'{s.id}' ({s.kind.value})" for s in sources)


# --- large scale (WP248 criterion 5 and its four factors) ---------------------------------------


def purpose_scale(f: Facts, i: int, p: Purpose) -> Outcome:
    """Is one purpose large scale? Recorded counts decide; without them, factors b and c."""
    label, groups = purpose_label(i, p), f.groups_of(p)
    sensitivity = max(
        (c.sensitivity.value for c in f.categories_of(p)),
        default="standard",
        key=SENSITIVITY_ORDER.index,
    )
    threshold = LARGE_SCALE_PEOPLE[sensitivity]
    paths = tuple(f"description.data_subjects[{j}].approximate_count" for j, _ in groups)
    known = sum(g.approximate_count or 0 for _, g in groups)
    unknown = ", ".join(f"'{g.id}'" for _, g in groups if g.approximate_count is None)
    bar = f"{threshold:,} people, the workbook's bar for {SENSITIVITY_WORDS[sensitivity]}"
    if known >= threshold or not unknown:
        above = "at or above" if known >= threshold else "below"
        why = f"{label} concerns about {known:,} people, {above} {bar} (factor a)."
        return Outcome(known >= threshold, (why,), paths)
    factors: Hits = []
    if len(p.data_categories) >= MANY_DATA_CATEGORIES:
        why = f"range of data (factor b): it uses {len(p.data_categories)} data categories"
        factors.append((f"purposes[{i}].data_categories", why))
    if observed := f.sources_of(p, "observed"):
        why = (
            f"permanence (factor c): data source {source_names(observed)} collects "
            "continuously, for as long as people use the services"
        )
        factors.append((f"purposes[{i}].data_sources", why))
    head = f"{label}: the number of people is not recorded (groups {unknown})"
    detail = "; ".join(why for _, why in factors) or "no other factor points to it"
    paths += tuple(path for path, _ in factors)
    if len(factors) >= 2:
        why = f"{head}: met, counts unknown, because of {detail}; geographical extent (factor d) "
        return Outcome(True, (why + "is not recorded.",), paths)
    why = f"{head}, and factors b (range of data) and c (permanence) do not both point to it"
    return Outcome(False, (f"{why} ({detail}).",), paths)


def large_scale(f: Facts) -> Outcome:
    chosen = [s for s in f.scale if s.met] or list(f.scale)
    reasons = tuple(why for s in chosen for why in s.reasons)
    return Outcome(chosen[0].met, reasons, tuple(dict.fromkeys(p for s in chosen for p in s.paths)))


# --- the nine WP248 criteria --------------------------------------------------------------------


def evaluation_or_scoring(f: Facts) -> Outcome:
    hits = [
        (f"purposes[{i}].profiling", f"{purpose_label(i, p)} records profiling: true.")
        for i, p in enumerate(f.a.purposes)
        if p.profiling
    ]
    hits += [
        (
            f"description.data_categories[{i}].kind",
            f"Data category '{c.id}' is an inferred profile (kind inferred_profile).",
        )
        for i, c in f.categories.values()
        if c.kind == "inferred_profile"
    ]
    return outcome(
        hits, "No purpose records profiling and no data category is an inferred profile."
    )


def automated_decision_legal_effect(f: Facts) -> Outcome:
    path = "description.automated_decisions_art22"
    if f.a.description.automated_decisions_art22:
        why = (
            f"{path} is true: decisions with legal or similarly significant effect on people "
            "are taken by automated means."
        )
        return Outcome(True, (why,), (path,))
    why = (
        f"{path} is false: no automated decision with legal or similarly significant effect "
        "is recorded."
    )
    return Outcome(False, (why,))


def systematic_monitoring(f: Facts) -> Outcome:
    hits: Hits = []
    for i, s in f.sources.values():
        if s.kind != "observed":
            continue
        channels = ", ".join(c.value for c in s.channels if c.value in MONITORING_CHANNELS)
        behaviour = [
            c
            for c in s.data_categories
            if c in f.categories and f.categories[c][1].kind == "behaviour"
        ]
        if channels:
            why = f"Data source {source_names([s])} observes people through {channels}."
            hits.append((f"description.data_sources[{i}].channels", why))
        elif behaviour:
            why = (
                f"Data source {source_names([s])} collects behaviour data ({', '.join(behaviour)})."
            )
            hits.append((f"description.data_sources[{i}].data_categories", why))
    return outcome(
        hits,
        "No observed data source collects data through a website, an app or "
        "cookies, or collects behaviour data.",
    )


def sensitive_or_highly_personal_data(f: Facts) -> Outcome:
    hits = [
        (
            f"description.data_categories[{i}].sensitivity",
            f"Data category '{c.id}' is recorded as {SENSITIVITY_WORDS[c.sensitivity.value]}.",
        )
        for i, c in f.categories.values()
        if c.sensitivity != "standard"
    ]
    return outcome(hits, "Every data category is recorded as standard personal data.")


def matching_or_combining_datasets(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        sources = [s for s in f.sources_of(p) if s.kind != "inferred"]
        providers = {s.provider for s in sources if s.kind == "third_party" and s.provider}
        if len({s.kind for s in sources}) < 2 and len(providers) < 2:
            continue
        sources.sort(key=lambda s: s.kind != "third_party")  # data from others first
        why = (
            f"{purpose_label(i, p)} combines data source {source_names(sources[:1])} with "
            f"{source_names(sources[1:])}."
        )
        hits.append((f"purposes[{i}].data_sources", why))
    return outcome(
        hits, "No purpose draws on data sources of different kinds or from different providers."
    )


def vulnerable_data_subjects(f: Facts) -> Outcome:
    hits: Hits = []
    for i, g in f.groups.values():
        if g.vulnerable:
            why = f"Group '{g.id}' is recorded as vulnerable."
            hits.append((f"description.data_subjects[{i}].vulnerable", why))
        elif g.kind.value in VULNERABLE_KINDS:
            why = f"Group '{g.id}' is of kind {g.kind.value}, people WP248 names as vulnerable."
            hits.append((f"description.data_subjects[{i}].kind", why))
    return outcome(hits, "No group of people is recorded as vulnerable, children or employees.")


def innovative_technology(f: Facts) -> Outcome:
    return not_recorded("innovative technology or a new use of technology")


def prevents_exercising_rights(f: Facts) -> Outcome:
    return not_recorded("processing that decides on access to a right, a service or a contract")


# --- GDPR Art. 35(3) ----------------------------------------------------------------------------


def systematic_extensive_evaluation(f: Facts) -> Outcome:
    evaluation, decision = evaluation_or_scoring(f), automated_decision_legal_effect(f)
    return Outcome(
        evaluation.met and decision.met,
        evaluation.reasons + decision.reasons,
        evaluation.paths + decision.paths,
    )


def large_scale_special_data(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        special = [c.id for c in f.categories_of(p) if c.sensitivity.value in ART9_OR_10]
        if special and f.scale[i].met:
            why = (
                f"{purpose_label(i, p)} uses special-category or criminal-offence data "
                f"({', '.join(special)}) on a large scale."
            )
            hits.append((f"purposes[{i}].data_categories", why))
            hits += [(f"purposes[{i}].data_subjects", r) for r in f.scale[i].reasons]
    return outcome(hits, "No large-scale purpose uses special-category or criminal-offence data.")


def large_scale_public_monitoring(f: Facts) -> Outcome:
    return not_recorded("systematic monitoring of a publicly accessible area")


# --- Belgian DPA list (Art. 35(4)) --------------------------------------------------------------


def large_scale_third_party_data_prediction(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        third = f.sources_of(p, "third_party")
        if p.profiling and third and f.scale[i].met:
            why = (
                f"{purpose_label(i, p)} profiles people with data from {source_names(third)}, "
                "on a large scale (WP248-5)."
            )
            hits.append((f"purposes[{i}].data_sources", why))
    return outcome(hits, "No large-scale profiling purpose draws on data from third parties.")


def sensitive_data_systematic_exchange(f: Facts) -> Outcome:
    hits: Hits = []
    for i, r in enumerate(f.a.description.recipients):
        if r.role.value in CONTROLLER_ROLES and (shared := f.sensitive(r.data_categories)):
            why = f"Recipient '{r.id}' ({r.role.value}) receives {', '.join(shared)}."
            hits.append((f"description.recipients[{i}].data_categories", why))
    for i, s in f.sources.values():
        if s.kind == "third_party" and (received := f.sensitive(s.data_categories)):
            why = f"Data source {source_names([s])} supplies {', '.join(received)}."
            hits.append((f"description.data_sources[{i}].data_categories", why))
    return outcome(
        hits,
        "No data beyond standard personal data is shared with, or received from, "
        "another controller.",
    )


def large_scale_communication_or_location_data(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        found = [c.id for c in f.categories_of(p) if c.kind in METADATA_KINDS]
        beyond_contract = any(b.basis != "contract" for b in p.legal_bases)
        if found and beyond_contract and f.scale[i].met:
            why = (
                f"{purpose_label(i, p)} uses communication, location or online-identifier data "
                f"({', '.join(found)}) on a large scale, not only to perform a contract."
            )
            hits.append((f"purposes[{i}].data_categories", why))
    return outcome(
        hits,
        "No large-scale purpose uses communication, location or online-identifier "
        "data beyond performing a contract.",
    )


def large_scale_behaviour_observation(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        uses = [
            w
            for w, on in (("profiling", p.profiling), ("direct marketing", p.direct_marketing))
            if on
        ]
        if (observed := f.sources_of(p, "observed")) and uses and f.scale[i].met:
            why = (
                f"{purpose_label(i, p)} observes behaviour through {source_names(observed)} "
                f"for {' and '.join(uses)}, on a large scale (WP248-5)."
            )
            hits.append((f"purposes[{i}].data_sources", why))
    return outcome(
        hits, "No large-scale purpose observes behaviour for profiling or direct marketing."
    )


# --- from rules to the verdict ------------------------------------------------------------------

Rule = Callable[[Facts], Outcome]
CRITERION_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        evaluation_or_scoring,
        automated_decision_legal_effect,
        systematic_monitoring,
        sensitive_or_highly_personal_data,
        large_scale,
        matching_or_combining_datasets,
        vulnerable_data_subjects,
        innovative_technology,
        prevents_exercising_rights,
    )
}
NATIONAL_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        large_scale_third_party_data_prediction,
        sensitive_data_systematic_exchange,
        large_scale_communication_or_location_data,
        large_scale_behaviour_observation,
    )
}
ART35_3: tuple[tuple[str, str, Rule], ...] = (  # the id is also the source; key, title, rule
    (
        "Art. 35(3)(a)",
        "Systematic and extensive evaluation, with decisions producing legal or "
        "similarly significant effects",
        systematic_extensive_evaluation,
    ),
    (
        "Art. 35(3)(b)",
        "Large-scale processing of special-category or criminal-offence data",
        large_scale_special_data,
    ),
    (
        "Art. 35(3)(c)",
        "Systematic monitoring of a publicly accessible area on a large scale",
        large_scale_public_monitoring,
    ),
)


def result_of(item: Item, rule: Rule | None, f: Facts) -> CriterionResult:
    """The knowledge-base item decided by its rule; without a rule, not met and not decidable."""
    found = rule(f) if rule else Outcome(False, (NOT_APPLICABLE,), decidable=False)
    reasons = found.reasons
    if not item.verified:
        reasons += (f"{item.id} is marked unverified in the knowledge base: {item.note}",)
    return CriterionResult(
        item.id or item.key,
        item.key,
        item.title,
        found.met,
        reasons,
        found.paths,
        item.source,
        item.verified,
        found.decidable,
    )


def screen(assessment: Assessment, kb: Knowledge) -> Screening:
    """Whether a DPIA is required (Art. 35(1), (3), (4)), and why, criterion by criterion."""
    f = Facts(assessment)
    criteria = tuple(result_of(c, CRITERION_RULES.get(c.key), f) for c in kb.wp248.criteria)
    national = tuple(result_of(i, NATIONAL_RULES.get(i.key), f) for i in kb.belgian_list.items)
    art35_3 = tuple(
        CriterionResult(
            id, rule.__name__, title, o.met, o.reasons, o.paths, f"GDPR {id}", decidable=o.decidable
        )
        for id, title, rule in ART35_3
        for o in (rule(f),)
    )
    met_count = sum(c.met for c in criteria)
    threshold = kb.wp248.likely_required_threshold
    verdict = verdict_of(art35_3 + national, met_count, threshold)
    reasons = verdict_reasons(verdict, criteria, art35_3, national, threshold)
    if assessment.description.transfers:
        reasons += (
            "Transfers outside the EEA are not a WP248 criterion (the draft's tenth "
            "criterion was dropped in rev.01); they are assessed under Chapter V GDPR.",
        )
    return Screening(verdict, reasons, criteria, national, art35_3, met_count)


def verdict_of(always: Iterable[CriterionResult], met_count: int, threshold: int) -> Verdict:
    """Required by Art. 35(3) or the national list; otherwise by the WP248 count."""
    if any(r.met for r in always):
        return "required"
    if met_count >= threshold:
        return "likely_required"
    return "possibly_required" if met_count >= 1 else "not_required"


def verdict_reasons(
    verdict: Verdict,
    criteria: tuple[CriterionResult, ...],
    art35_3: tuple[CriterionResult, ...],
    national: tuple[CriterionResult, ...],
    threshold: int,
) -> tuple[str, ...]:
    """The verdict in sentences: what makes it, and what the analyst must still judge."""
    met = [c.id for c in criteria if c.met]
    lines = [
        f"A DPIA is required by GDPR {r.id} ({r.title}): {r.reasons[0]}" for r in art35_3 if r.met
    ]
    lines += [
        f"A DPIA is required by item {r.id} of the Belgian DPA's list under Art. 35(4) "
        f"({r.title}{'' if r.verified else '; recalled, not checked against the list'}): "
        f"{r.reasons[0]}"
        for r in national
        if r.met
    ]
    if len(met) >= threshold:
        lines.append(
            f"{len(met)} of the {len(criteria)} WP248 criteria are met ({', '.join(met)}):"
            f" WP248 rev.01 says a processing meeting {threshold} or more will in most "
            "cases need a DPIA."
        )
    elif met:
        lines.append(
            f"{len(met)} WP248 criterion is met ({', '.join(met)}), fewer than "
            f"{threshold}: WP248 rev.01 says one may be enough in some cases; a "
            "controller that carries out no DPIA must record why, with the DPO's view."
        )
    else:
        lines.append(
            "No WP248 criterion is met from the recorded facts; the general duty of "
            "Art. 35(1) still applies."
        )
    if verdict == "not_required":
        lines.append(
            "No Art. 35(3) case and no item of the Belgian list is met from the recorded facts."
        )
    if undecided := [r.id for r in (*criteria, *art35_3, *national) if not r.decidable]:
        lines.append(
            f"Not decidable from the recorded facts, for the analyst to judge: "
            f"{', '.join(undecided)}."
        )
    return tuple(lines)
