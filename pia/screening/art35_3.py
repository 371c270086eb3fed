"""The three cases in which GDPR Art. 35(3) always requires a DPIA, decided over the facts."""

from __future__ import annotations

from pia.screening.facts import Facts, Hits, Outcome, Rule, not_recorded, outcome, purpose_label
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
