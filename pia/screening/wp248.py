"""The nine WP248 rev.01 criteria (III.B.a), each decided by a rule over the recorded facts."""

from __future__ import annotations

from pia.screening.facts import (
    SENSITIVITY_WORDS,
    VULNERABLE_KINDS,
    Facts,
    Hits,
    Outcome,
    Rule,
    outcome,
    purpose_label,
    source_names,
)

MONITORING_CHANNELS = ("website", "mobile_app", "cookies_and_similar")


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
        elif g.kind in VULNERABLE_KINDS:
            why = f"Group '{g.id}' is of kind {g.kind.value}, people WP248 names as vulnerable."
            hits.append((f"description.data_subjects[{i}].kind", why))
    return outcome(hits, "No group of people is recorded as vulnerable, children or employees.")


def _recorded_answer(f: Facts, field: str, yes: str, no: str) -> Outcome:
    """A criterion the analyst answers directly in `description.<field>`; unknown is undecided."""
    path = f"description.{field}"
    value = getattr(f.a.description, field)
    if value is None:
        why = (
            f"Not recorded: {path} is unknown; the analyst must judge whether {yes[0].lower()}"
            f"{yes[1:]}"
        )
        return Outcome(False, (why,), (path,), decidable=False)
    if value:
        why = f"{path} is true: {yes}"
        if field == "innovative_technology" and f.a.description.innovation:
            why += f" What is new: {f.a.description.innovation}"
        return Outcome(True, (why,), (path,))
    return Outcome(False, (f"{path} is false: {no}",), (path,))


def innovative_technology(f: Facts) -> Outcome:
    """Criterion 8: recorded as `description.innovative_technology`."""
    return _recorded_answer(
        f,
        "innovative_technology",
        "the processing uses new technology, a new technological or organisational solution, "
        "or technology in a new way, whose effects on people are not yet well known.",
        "no new technology, new solution or new use of technology is recorded.",
    )


def prevents_exercising_rights(f: Facts) -> Outcome:
    """Criterion 9: recorded as `description.prevents_exercising_rights`."""
    return _recorded_answer(
        f,
        "prevents_exercising_rights",
        "the processing itself decides whether people may exercise a right, use a service or "
        "enter into a contract.",
        "the processing does not itself decide on access to a right, a service or a contract.",
    )


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
