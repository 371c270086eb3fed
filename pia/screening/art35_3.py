"""The three cases in which GDPR Art. 35(3) always requires a DPIA, decided over the facts."""

from __future__ import annotations

from pia.screening.facts import Facts, Hits, Outcome, Reason, Rule, outcome
from pia.screening.wp248 import automated_decision_legal_effect, evaluation_or_scoring

ART9_OR_10 = ("special_category", "criminal_offence")


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
        special = tuple(c.id for c in f.categories_of(p) if c.sensitivity.value in ART9_OR_10)
        if special and f.scale[i].met:
            why = Reason("special_data_large_scale", {"purpose": p.id, "categories": special})
            hits.append((f"purposes[{i}].data_categories", why))
            hits += [(f"purposes[{i}].data_subjects", r) for r in f.scale[i].reasons]
    return outcome(hits, Reason("no_special_data_large_scale"))


def large_scale_public_monitoring(f: Facts) -> Outcome:
    """The model has no field for the monitoring of a publicly accessible area."""
    return Outcome(False, (Reason("public_monitoring_not_recorded"),), decidable=False)


# The letter of each case, and its rule; the rule's name is the case's key, whose title is the
# label `criterion` of the catalogues.
ART35_3: tuple[tuple[str, Rule], ...] = (
    ("a", systematic_extensive_evaluation),
    ("b", large_scale_special_data),
    ("c", large_scale_public_monitoring),
)
