"""The Belgian DPA's Art. 35(4) list: the items the recorded facts can decide, one rule each."""

from __future__ import annotations

from pia.screening.facts import Facts, Hits, Outcome, Reason, Rule, outcome

CONTROLLER_ROLES = ("controller", "joint_controller", "third_party")
METADATA_KINDS = ("communications", "location", "online_identifier")


def large_scale_third_party_data_prediction(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        third = f.sources_of(p, "third_party")
        if p.profiling and third and f.scale[i].met:
            sources = tuple(s.id for s in third)
            why = Reason("third_party_profiling", {"purpose": p.id, "sources": sources})
            hits.append((f"purposes[{i}].data_sources", why))
    return outcome(hits, Reason("no_third_party_profiling"))


def sensitive_data_systematic_exchange(f: Facts) -> Outcome:
    hits: Hits = []
    for i, r in enumerate(f.a.description.recipients):
        if r.role.value in CONTROLLER_ROLES and (shared := f.sensitive(r.data_categories)):
            why = Reason(
                "recipient_receives_sensitive",
                {"recipient": r.id, "role": r.role.value, "categories": tuple(shared)},
            )
            hits.append((f"description.recipients[{i}].data_categories", why))
    for i, s in f.sources.values():
        if s.kind == "third_party" and (received := f.sensitive(s.data_categories)):
            why = Reason(
                "source_supplies_sensitive", {"source": s.id, "categories": tuple(received)}
            )
            hits.append((f"description.data_sources[{i}].data_categories", why))
    return outcome(hits, Reason("no_sensitive_exchange"))


def large_scale_communication_or_location_data(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        found = tuple(c.id for c in f.categories_of(p) if c.kind in METADATA_KINDS)
        beyond_contract = any(b.basis != "contract" for b in p.legal_bases)
        if found and beyond_contract and f.scale[i].met:
            why = Reason("communication_data_large_scale", {"purpose": p.id, "categories": found})
            hits.append((f"purposes[{i}].data_categories", why))
    return outcome(hits, Reason("no_communication_data_large_scale"))


def large_scale_behaviour_observation(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        observed = f.sources_of(p, "observed")
        if observed and (p.profiling or p.direct_marketing) and f.scale[i].met:
            why = Reason(
                "behaviour_observed_large_scale",
                {
                    "purpose": p.id,
                    "sources": tuple(s.id for s in observed),
                    "profiling": p.profiling,
                    "marketing": p.direct_marketing,
                },
            )
            hits.append((f"purposes[{i}].data_sources", why))
    return outcome(hits, Reason("no_behaviour_observation"))


NATIONAL_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        large_scale_third_party_data_prediction,
        sensitive_data_systematic_exchange,
        large_scale_communication_or_location_data,
        large_scale_behaviour_observation,
    )
}
