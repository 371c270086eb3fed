"""The Belgian DPA's Art. 35(4) list: the items the recorded facts can decide, one rule each."""

from __future__ import annotations

from pia.screening.facts import Facts, Hits, Outcome, Rule, outcome, purpose_label, source_names

CONTROLLER_ROLES = ("controller", "joint_controller", "third_party")
METADATA_KINDS = ("communications", "location", "online_identifier")


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


NATIONAL_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        large_scale_third_party_data_prediction,
        sensitive_data_systematic_exchange,
        large_scale_communication_or_location_data,
        large_scale_behaviour_observation,
    )
}
