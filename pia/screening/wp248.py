"""The nine WP248 rev.01 criteria (III.B.a), each decided by a rule over the recorded facts."""

from __future__ import annotations

from pia.screening.facts import VULNERABLE_KINDS, Facts, Hits, Outcome, Reason, Rule, outcome

MONITORING_CHANNELS = ("website", "mobile_app", "cookies_and_similar")


def evaluation_or_scoring(f: Facts) -> Outcome:
    hits: Hits = [
        (f"purposes[{i}].profiling", Reason("profiling_purpose", {"purpose": p.id}))
        for i, p in enumerate(f.a.purposes)
        if p.profiling
    ]
    hits += [
        (
            f"description.data_categories[{i}].kind",
            Reason("inferred_profile_category", {"category": c.id}),
        )
        for i, c in f.categories.values()
        if c.kind == "inferred_profile"
    ]
    return outcome(hits, Reason("no_profiling"))


def automated_decision_legal_effect(f: Facts) -> Outcome:
    path = "description.automated_decisions_art22"
    decided = f.a.description.automated_decisions_art22
    why = Reason("automated_decisions", {"recorded": decided})
    return Outcome(decided, (why,), (path,) if decided else ())


def systematic_monitoring(f: Facts) -> Outcome:
    hits: Hits = []
    for i, s in f.sources.values():
        if s.kind != "observed":
            continue
        channels = tuple(c.value for c in s.channels if c.value in MONITORING_CHANNELS)
        behaviour = tuple(
            c
            for c in s.data_categories
            if c in f.categories and f.categories[c][1].kind == "behaviour"
        )
        if channels:
            why = Reason("observed_through_channels", {"source": s.id, "channels": channels})
            hits.append((f"description.data_sources[{i}].channels", why))
        elif behaviour:
            why = Reason("observed_behaviour_data", {"source": s.id, "categories": behaviour})
            hits.append((f"description.data_sources[{i}].data_categories", why))
    return outcome(hits, Reason("no_monitoring"))


def sensitive_or_highly_personal_data(f: Facts) -> Outcome:
    hits: Hits = [
        (
            f"description.data_categories[{i}].sensitivity",
            Reason("sensitive_category", {"category": c.id, "sensitivity": c.sensitivity.value}),
        )
        for i, c in f.categories.values()
        if c.sensitivity != "standard"
    ]
    return outcome(hits, Reason("all_standard_data"))


def large_scale(f: Facts) -> Outcome:
    """Criterion 5: met when any purpose is large scale (`pia.screening.facts.purpose_scale`)."""
    chosen = [s for s in f.scale if s.met] or list(f.scale)
    reasons = tuple(why for s in chosen for why in s.reasons)
    return Outcome(chosen[0].met, reasons, tuple(dict.fromkeys(p for s in chosen for p in s.paths)))


def matching_or_combining_datasets(f: Facts) -> Outcome:
    hits: Hits = []
    for i, p in enumerate(f.a.purposes):
        sources = [s for s in f.sources_of(p) if s.kind != "inferred"]
        providers = {s.provider for s in sources if s.kind == "third_party" and s.provider}
        if len({s.kind for s in sources}) < 2 and len(providers) < 2:
            continue
        sources.sort(key=lambda s: s.kind != "third_party")  # data from others first
        why = Reason(
            "combined_sources",
            {
                "purpose": p.id,
                "source": sources[0].id,
                "kind": sources[0].kind.value,
                "others": tuple(s.id for s in sources[1:]),
            },
        )
        hits.append((f"purposes[{i}].data_sources", why))
    return outcome(hits, Reason("no_combination"))


def vulnerable_data_subjects(f: Facts) -> Outcome:
    hits: Hits = []
    for i, g in f.groups.values():
        if g.vulnerable:
            why = Reason("vulnerable_group", {"group": g.id})
            hits.append((f"description.data_subjects[{i}].vulnerable", why))
        elif g.kind in VULNERABLE_KINDS:
            why = Reason("vulnerable_kind", {"group": g.id, "kind": g.kind.value})
            hits.append((f"description.data_subjects[{i}].kind", why))
    return outcome(hits, Reason("no_vulnerable_group"))


def _recorded_answer(f: Facts, field: str, **params: object) -> Outcome:
    """A criterion the analyst answers directly in `description.<field>`; unknown is undecided.
    The reason is message `screening-<field>`, said with the answer (true, false or none)."""
    path = f"description.{field}"
    value = getattr(f.a.description, field)
    why = Reason(field, {"answer": value, **params})
    return Outcome(bool(value), (why,), (path,), decidable=value is not None)


def innovative_technology(f: Facts) -> Outcome:
    """Criterion 8: recorded as `description.innovative_technology`, with what is new."""
    return _recorded_answer(
        f, "innovative_technology", innovation=f.a.description.innovation or None
    )


def prevents_exercising_rights(f: Facts) -> Outcome:
    """Criterion 9: recorded as `description.prevents_exercising_rights`."""
    return _recorded_answer(f, "prevents_exercising_rights")


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
