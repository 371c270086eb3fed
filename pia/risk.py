"""Severity and likelihood: factors add up to a proposed level, overrides and measures adjust it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pia.model import Override

Axis = Literal["severity", "likelihood"]
RiskLevel = Literal["low", "medium", "high"]

# Factors are weighed on the CNIL four-step ladder (1 negligible .. 4 maximum). A method with
# fewer steps reads the result through this table, which is the workbook's own choice.
INTERNAL_STEPS = 4
TO_METHOD_RANK: dict[str, dict[int, int]] = {
    "cnil": {1: 1, 2: 2, 3: 3, 4: 4},
    "ico": {1: 1, 2: 2, 3: 2, 4: 3},
}


@dataclass(frozen=True, slots=True)
class Factor:
    """One reason a level goes up (or down): what was found, where, and the rule behind it.

    `code` names the rule: its name, reason and legal reference are words, message
    `factor-<code>` of the catalogues (pia/words), said with `params` (ids, enum values, numbers,
    None where a thing is absent)."""

    axis: Axis
    code: str
    points: int
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    path: str = ""


@dataclass(frozen=True, slots=True)
class Title:
    """What a scored item or a risk is about: message `item_title-<kind>` said with `params`."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Rating:
    """One axis of one item: the level proposed from the factors, and the one that counts."""

    axis: Axis
    base: int
    proposed: int
    final: int
    key: str
    label: str
    factors: tuple[Factor, ...]
    override: Override | None = None

    @property
    def overridden(self) -> bool:
        return self.override is not None and self.final != self.proposed


def propose(axis: Axis, factors: list[Factor], base: int = 1) -> int:
    """The internal rank (1..4) from a base and the factors' points, kept on the ladder."""
    total = base + sum(f.points for f in factors if f.axis == axis)
    return max(1, min(INTERNAL_STEPS, total))


@dataclass(frozen=True, slots=True)
class Scale:
    """A method's levels for both axes and its matrix, as the knowledge base defines them."""

    method: str
    severity: tuple[tuple[str, str], ...]  # (key, label) by rank, rank 1 first
    likelihood: tuple[tuple[str, str], ...]
    matrix: dict[tuple[int, int], RiskLevel] = field(hash=False)

    def steps(self, axis: Axis) -> int:
        return len(getattr(self, axis))

    def rank_of(self, axis: Axis, key: str) -> int:
        keys = [k for k, _ in getattr(self, axis)]
        return keys.index(key) + 1

    def level(self, severity: int, likelihood: int) -> RiskLevel:
        return self.matrix[(severity, likelihood)]

    def rate(
        self, axis: Axis, factors: list[Factor], override: Override | None = None, base: int = 1
    ) -> Rating:
        """Propose from the factors on the internal ladder, then let an override win."""
        proposed = TO_METHOD_RANK[self.method][propose(axis, factors, base)]
        final = self.rank_of(axis, override.level) if override is not None else proposed
        key, label = getattr(self, axis)[final - 1]
        relevant = tuple(f for f in factors if f.axis == axis)
        return Rating(
            axis, TO_METHOD_RANK[self.method][base], proposed, final, key, label, relevant, override
        )

    def lowered(self, rating: Rating, steps: int) -> int:
        """The rank after measures remove `steps` levels; never below the first level."""
        return max(1, rating.final - steps)

    def key(self, axis: Axis, rank: int) -> str:
        return getattr(self, axis)[rank - 1][0]

    def label(self, axis: Axis, rank: int) -> str:
        return getattr(self, axis)[rank - 1][1]


def scale_for(method: str) -> Scale:
    """The rank-based scale of a method, built from `pia/knowledge/scales.yaml`."""
    from pia.knowledge import load_knowledge

    known = load_knowledge().scale(method)
    severity = tuple((lv.key, lv.label) for lv in sorted(known.severity, key=lambda lv: lv.rank))
    likelihood = tuple(
        (lv.key, lv.label) for lv in sorted(known.likelihood, key=lambda lv: lv.rank)
    )
    matrix = {
        (s, lk): known.level(severity[s - 1][0], likelihood[lk - 1][0])
        for s in range(1, len(severity) + 1)
        for lk in range(1, len(likelihood) + 1)
    }
    return Scale(method, severity, likelihood, matrix)
