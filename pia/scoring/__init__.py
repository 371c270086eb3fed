"""Scored items: each purpose, transfer and retention rule with a proposed severity and likelihood.

The three scorers (`purposes`, `transfers`, `retention`) are pure functions of the assessment and
the knowledge base; they return `ScoredItem`s whose every level is explained by its factors. All
three weigh the most sensitive data an item concerns the same way (`most_sensitive`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pia.model import DataCategory, Sensitivity
from pia.risk import Factor, Rating, RiskLevel, Scale, Title

ItemKind = Literal["purpose", "transfer", "retention"]
CheckStatus = Literal["recorded", "missing", "failed", "not_applicable"]
IndexedCategory = tuple[int, DataCategory]  # (its index in the list it was found in, category)

# Severity points for the most sensitive data an item concerns: Art. 9 and Art. 10 data weigh alike.
SENSITIVITY_POINTS = {
    Sensitivity.standard: 0,
    Sensitivity.highly_personal: 1,
    Sensitivity.special_category: 2,
    Sensitivity.criminal_offence: 2,
}


def most_sensitive(categories: Iterable[IndexedCategory]) -> tuple[int, DataCategory, int]:
    """The first of the most sensitive categories, with its index and its severity points."""
    j, top = max(categories, key=lambda jc: SENSITIVITY_POINTS[jc[1].sensitivity])
    return j, top, SENSITIVITY_POINTS[top.sensitivity]


@dataclass(frozen=True, slots=True)
class Check:
    """One requirement looked at for an item (e.g. an EDPB 01/2020 step): recorded or missing.

    Its words are message `check-<key>`: the label, and `.detail` and `.reference` said with
    the status and `params` (the facts the detail names)."""

    key: str
    status: CheckStatus
    params: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class ScoredItem:
    kind: ItemKind
    id: str
    title: Title
    path: str
    severity: Rating
    likelihood: Rating
    level: RiskLevel
    checks: tuple[Check, ...] = ()

    @property
    def factors(self) -> tuple[Factor, ...]:
        return self.severity.factors + self.likelihood.factors


def scored(
    kind: ItemKind,
    id: str,
    title: Title,
    path: str,
    factors: list[Factor],
    scale: Scale,
    checks: list[Check] | None = None,
    *,
    severity_base: int = 1,
    likelihood_base: int = 1,
) -> ScoredItem:
    """Rate both axes from the factors and read the level off the method's matrix."""
    severity = scale.rate("severity", factors, base=severity_base)
    likelihood = scale.rate("likelihood", factors, base=likelihood_base)
    level = scale.level(severity.final, likelihood.final)
    return ScoredItem(kind, id, title, path, severity, likelihood, level, tuple(checks or ()))
