"""View-models of the risk chapters: screening, scored items, register, measures and the charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pia.knowledge import Knowledge
from pia.model import Assessment
from pia.register import RiskLine
from pia.report.i18n import Catalog
from pia.report.necessity_view import CheckView, checks_of
from pia.report.parts import Level
from pia.result import Result
from pia.risk import Factor, Rating, Scale
from pia.scoring import ScoredItem
from pia.screening.facts import Reason
from pia.words import Speaker, names_of

RANK = {"low": 0, "medium": 1, "high": 2}

# --- screening -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CriterionRow:
    id: str
    title: str
    met: bool
    result: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CriteriaGroup:
    title: str
    rows: tuple[CriterionRow, ...]


@dataclass(frozen=True, slots=True)
class ScreeningView:
    verdict: Level
    line: str
    reasons: tuple[str, ...]
    groups: tuple[CriteriaGroup, ...]


def screening_view(a: Assessment, result: Result, kb: Knowledge, cat: Catalog) -> ScreeningView:
    s = result.screening
    said = Speaker(cat.lang, names_of(a))

    def reasons(found: tuple[Reason, ...]) -> tuple[str, ...]:
        return tuple(said.say(f"screening-{r.code}", **r.params) for r in found)

    verdict = Level(s.verdict, cat.enum("verdict", s.verdict))
    national = ", ".join(c.id for c in s.national if c.met)
    art35_3 = ", ".join(c.id for c in s.art35_3 if c.met)
    line = cat.text(
        "texts.screening_line",
        verdict=verdict.label,
        met=s.met_count,
        total=len(s.criteria),
        national=national or None,
        art35_3=art35_3 or None,
    )

    def row(c: Any) -> CriterionRow:
        result_label = (
            cat.enum("met", c.met)
            if c.decidable or c.met
            else cat.text("texts.screening_not_decidable")
        )
        return CriterionRow(
            c.id,
            cat.enum("criterion", c.key),
            c.met,
            result_label,
            reasons(c.reasons),
        )

    groups = tuple(
        CriteriaGroup(cat.enum("screening_group", name), tuple(row(c) for c in criteria))
        for name, criteria in (
            ("criteria", s.criteria),
            ("art35_3", s.art35_3),
            ("national", s.national),
        )
    )
    return ScreeningView(verdict, line, reasons(s.reasons), groups)


# --- scored items --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AxisView:
    label: str
    proposed: str
    overridden: bool
    rationale: str | None


@dataclass(frozen=True, slots=True)
class FactorView:
    axis: str
    name: str
    points: str
    reason: str
    reference: str


@dataclass(frozen=True, slots=True)
class ItemView:
    id: str
    kind: str
    title: str
    severity: AxisView
    likelihood: AxisView
    level: Level
    factors: tuple[FactorView, ...]
    checks: tuple[CheckView, ...]


def axis_view(rating: Rating, method: str, scale: Scale, cat: Catalog) -> AxisView:
    label = cat.scale_label(method, rating.axis, scale.key(rating.axis, rating.final))
    proposed = cat.scale_label(method, rating.axis, scale.key(rating.axis, rating.proposed))
    override = rating.override
    return AxisView(label, proposed, rating.overridden, override.rationale if override else None)


def factor_view(f: Factor, said: Speaker) -> FactorView:
    points = f"+{f.points}" if f.points > 0 else ("−" + str(-f.points) if f.points < 0 else "0")
    factor = said.factor(f)
    return FactorView(
        said.label("axis", f.axis),
        factor.name,
        points,
        factor.reason,
        factor.reference,
    )


def item_view(
    item: ScoredItem, a: Assessment, kb: Knowledge, scale: Scale, cat: Catalog, said: Speaker
) -> ItemView:
    """One scored item; `said` is the report's Speaker, made once (a bundle takes ~15 ms)."""
    method = scale.method
    return ItemView(
        item.id,
        cat.enum("item_kind", item.kind),
        said.title(item.title),
        axis_view(item.severity, method, scale, cat),
        axis_view(item.likelihood, method, scale, cat),
        Level(item.level, cat.level(item.level)),
        tuple(factor_view(f, said) for f in item.factors),
        checks_of(item, cat),
    )


# --- the register --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: str
    title: str
    origin: str
    concerns: str
    severity: AxisView
    likelihood: AxisView
    level: Level
    measures: tuple[str, ...]
    residual_severity: str
    residual_likelihood: str
    residual_level: Level


def register_rows(
    result: Result, titles: dict[str, str], scale: Scale, cat: Catalog
) -> tuple[RegisterRow, ...]:
    method = scale.method
    rows = []
    for line in result.risks:
        title = titles.get(line.id) if line.origin == "proposed" else None
        title = title or cat.speaker.title(line.title)
        measures = tuple(
            f"{m.id}: {m.title} ({cat.enum('measure_status', m.status)}; "
            + cat.get("labels.measure_counted" if m.counted else "labels.measure_not_counted")
            + ")"
            for m in line.measures
        )
        rows.append(
            RegisterRow(
                line.id,
                title,
                cat.enum("origin", line.origin),
                ", ".join(line.concerns),
                axis_view(line.severity, method, scale, cat),
                axis_view(line.likelihood, method, scale, cat),
                Level(line.level, cat.level(line.level)),
                measures,
                cat.scale_label(method, "severity", scale.key("severity", line.residual_severity)),
                cat.scale_label(
                    method, "likelihood", scale.key("likelihood", line.residual_likelihood)
                ),
                Level(line.residual_level, cat.level(line.residual_level)),
            )
        )
    return tuple(rows)


def top_risks(result: Result) -> list[RiskLine]:
    """Highest residual level first, then highest before measures, then the worst cell."""
    return sorted(
        result.risks,
        key=lambda r: (
            -RANK[r.residual_level],
            -RANK[r.level],
            -r.residual_severity * r.residual_likelihood,
        ),
    )


# --- measures ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeasureRow:
    id: str
    title: str
    description: str | None
    kind: str
    owner: str
    due: str
    status_key: str
    status: str
    reduces: str
    treats: str
    note: str | None


def measure_rows(a: Assessment, cat: Catalog) -> tuple[MeasureRow, ...]:
    treats: dict[str, list[str]] = {}
    for risk in a.risks:
        for measure_id in risk.measures:
            treats.setdefault(measure_id, []).append(risk.id)
    rows = []
    for m in sorted(a.measures, key=lambda m: (m.due is None, m.due or 0, m.id)):
        lowers = (
            [cat.text("labels.severity_steps", n=m.reduces_severity)] if m.reduces_severity else []
        )
        if m.reduces_likelihood:
            lowers.append(cat.text("labels.likelihood_steps", n=m.reduces_likelihood))
        rows.append(
            MeasureRow(
                m.id,
                m.title,
                m.description,
                cat.enum("measure_kind", m.kind),
                m.owner or cat.get("labels.not_recorded"),
                cat.date(m.due),
                m.status.value,
                cat.enum("measure_status", m.status),
                ", ".join(lowers) or "—",
                ", ".join(treats.get(m.id, [])) or "—",
                m.note,
            )
        )
    return tuple(rows)
