"""The risk register: each scored item as a risk, with overrides, measures and the Art. 36 test."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pia.model import Assessment, Measure, MeasureStatus, Override, Risk
from pia.risk import Axis, Factor, Rating, RiskLevel, Scale, Title
from pia.scoring import ScoredItem

# A measure counts toward the residual risk once it is decided: planned, under way or in place.
COUNTED = frozenset({MeasureStatus.planned, MeasureStatus.in_progress, MeasureStatus.implemented})


@dataclass(frozen=True, slots=True)
class MeasureEffect:
    id: str
    title: str
    status: str
    severity_steps: int
    likelihood_steps: int
    counted: bool


@dataclass(frozen=True, slots=True)
class RiskLine:
    """One line of the register: inherent level (proposal or override), measures, residual level."""

    id: str
    title: Title  # the scored item's, or the analyst's own (`risk`)
    concerns: tuple[str, ...]
    origin: Literal["recorded", "proposed"]
    severity: Rating
    likelihood: Rating
    level: RiskLevel
    measures: tuple[MeasureEffect, ...]
    residual_severity: int
    residual_likelihood: int
    residual_level: RiskLevel
    path: str

    @property
    def factors(self) -> tuple[Factor, ...]:
        return self.severity.factors + self.likelihood.factors


@dataclass(frozen=True, slots=True)
class PriorConsultation:
    """Art. 36(1): a high risk left after the measures goes to the supervisory authority first."""

    required: bool
    risks: tuple[str, ...]  # ids of the risks left high; the words: `texts-decision_art36`


def build_register(assessment: Assessment, items: list[ScoredItem], scale: Scale) -> list[RiskLine]:
    """The analyst's recorded risks, then a proposed line for each item no recorded risk covers."""
    by_id = {item.id: item for item in items}
    measures = {m.id: m for m in assessment.measures}
    lines = [
        _recorded(i, risk, [by_id[c] for c in risk.concerns if c in by_id], measures, scale)
        for i, risk in enumerate(assessment.risks)
    ]
    covered = {c for risk in assessment.risks for c in risk.concerns}
    lines += [_proposed(item, scale) for item in items if item.id not in covered]
    return lines


def _proposed(item: ScoredItem, scale: Scale) -> RiskLine:
    return RiskLine(
        id=item.id,
        title=item.title,
        concerns=(item.id,),
        origin="proposed",
        severity=item.severity,
        likelihood=item.likelihood,
        level=item.level,
        measures=(),
        residual_severity=item.severity.final,
        residual_likelihood=item.likelihood.final,
        residual_level=item.level,
        path=item.path,
    )


def _recorded(
    index: int, risk: Risk, items: list[ScoredItem], measures: dict[str, Measure], scale: Scale
) -> RiskLine:
    severity = _combine(scale, "severity", [i.severity for i in items], risk.severity_override)
    likelihood = _combine(
        scale, "likelihood", [i.likelihood for i in items], risk.likelihood_override
    )
    effects = tuple(_effect(measures[m]) for m in risk.measures if m in measures)
    down_s = sum(e.severity_steps for e in effects if e.counted)
    down_l = sum(e.likelihood_steps for e in effects if e.counted)
    residual_s = scale.lowered(severity, down_s)
    residual_l = scale.lowered(likelihood, down_l)
    return RiskLine(
        id=risk.id,
        title=Title("risk", {"risk": risk.id, "title": risk.title}),
        concerns=tuple(risk.concerns),
        origin="recorded",
        severity=severity,
        likelihood=likelihood,
        level=scale.level(severity.final, likelihood.final),
        measures=effects,
        residual_severity=residual_s,
        residual_likelihood=residual_l,
        residual_level=scale.level(residual_s, residual_l),
        path=f"risks[{index}]",
    )


def _combine(scale: Scale, axis: Axis, ratings: list[Rating], override: Override | None) -> Rating:
    """A risk over several items takes the highest proposal; an override replaces it."""
    proposed = max((r.proposed for r in ratings), default=1)
    base = min((r.base for r in ratings), default=1)
    factors = tuple(dict.fromkeys(f for r in ratings for f in r.factors))
    final = scale.rank_of(axis, override.level) if override is not None else proposed
    return Rating(
        axis,
        base,
        proposed,
        final,
        scale.key(axis, final),
        scale.label(axis, final),
        factors,
        override,
    )


def _effect(measure: Measure) -> MeasureEffect:
    return MeasureEffect(
        measure.id,
        measure.title,
        measure.status.value,
        measure.reduces_severity,
        measure.reduces_likelihood,
        measure.status in COUNTED,
    )


def prior_consultation(risks: list[RiskLine]) -> PriorConsultation:
    """Art. 36(1) GDPR, read with Recital 94 and WP248: any residual high risk triggers it."""
    high = tuple(line.id for line in risks if line.residual_level == "high")
    return PriorConsultation(bool(high), high)
