"""The facts screening rules read, and the workbook's bars for large scale and vulnerability.

The large-scale thresholds and the kinds of people counted as vulnerable live here only: the
purpose scores read each purpose's large scale from `Facts.scale`, and the scores and the findings
(DSC-009) read vulnerability through `is_vulnerable`, so a screening criterion, a score factor
and a finding never disagree about who is vulnerable or what is large scale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pia.model import (
    Assessment,
    DataCategory,
    DataSource,
    DataSubjectGroup,
    Purpose,
    Sensitivity,
    SubjectKind,
)

# WP248 gives no number for "large scale". The workbook borrows the Estonian Data Protection
# Inspectorate's reading, by the most sensitive data a purpose uses (docs/method/screening.md).
LARGE_SCALE_PEOPLE = {
    "standard": 50_000,
    "highly_personal": 10_000,
    "special_category": 5_000,
    "criminal_offence": 5_000,
}
MANY_DATA_CATEGORIES = 6  # the workbook's choice for WP248 large-scale factor b
SENSITIVITY_ORDER = tuple(level.value for level in Sensitivity)  # least to most sensitive
# Kinds of people WP248 rev.01 (criterion 7) names as vulnerable, whatever `vulnerable` says.
VULNERABLE_KINDS = (SubjectKind.child, SubjectKind.employee)


def is_vulnerable(group: DataSubjectGroup) -> bool:
    """Recorded as vulnerable, or of a kind WP248 names as vulnerable (children, employees)."""
    return group.vulnerable or group.kind in VULNERABLE_KINDS


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule decided as it did: a code, said by message `screening-<code>` of the catalogues
    (pia/words), and its parameters (item ids, enum values, numbers; None where a thing is absent).
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one rule decided: met or not, why, and the field paths of the deciding facts."""

    met: bool
    reasons: tuple[Reason, ...]
    paths: tuple[str, ...] = ()
    decidable: bool = True


Hits = list[tuple[str, Reason]]  # (field path, reason)


def outcome(hits: Hits, quiet: Reason) -> Outcome:
    """Met with the hits' reasons and paths, or not met with the `quiet` reason."""
    if not hits:
        return Outcome(False, (quiet,))
    return Outcome(True, tuple(why for _, why in hits), tuple(dict.fromkeys(p for p, _ in hits)))


_Item = TypeVar("_Item", DataCategory, DataSource, DataSubjectGroup)


def by_id(items: Iterable[_Item]) -> dict[str, tuple[int, _Item]]:
    """The items of one of the description's lists by id, each with its index in the list."""
    return {item.id: (i, item) for i, item in enumerate(items)}


class Facts:
    """The assessment indexed by id, with each purpose's large-scale outcome worked out once."""

    __slots__ = ("a", "categories", "sources", "groups", "scale")

    def __init__(self, a: Assessment) -> None:
        d = a.description
        self.a = a
        self.categories = by_id(d.data_categories)
        self.sources = by_id(d.data_sources)
        self.groups = by_id(d.data_subjects)
        self.scale = tuple(purpose_scale(self, i, p) for i, p in enumerate(a.purposes))

    def categories_of(self, p: Purpose) -> list[DataCategory]:
        return [self.categories[c][1] for c in p.data_categories if c in self.categories]

    def sources_of(self, p: Purpose, kind: str | None = None) -> list[DataSource]:
        found = [self.sources[s][1] for s in p.data_sources if s in self.sources]
        return [s for s in found if kind is None or s.kind == kind]

    def groups_of(self, p: Purpose) -> list[tuple[int, DataSubjectGroup]]:
        """The groups a purpose concerns; every group when it names none."""
        if not p.data_subjects:
            return list(self.groups.values())
        return [self.groups[g] for g in p.data_subjects if g in self.groups]

    def sensitive(self, ids: Iterable[str]) -> list[str]:
        """The ids among `ids` of categories recorded as more than standard personal data."""
        return [
            c
            for c in ids
            if c in self.categories and self.categories[c][1].sensitivity != "standard"
        ]


Rule = Callable[[Facts], Outcome]


def purpose_scale(f: Facts, i: int, p: Purpose) -> Outcome:
    """Is one purpose large scale? Recorded counts decide; without them, factors b and c."""
    groups = f.groups_of(p)
    sensitivity = max(
        (c.sensitivity.value for c in f.categories_of(p)),
        default="standard",
        key=SENSITIVITY_ORDER.index,
    )
    threshold = LARGE_SCALE_PEOPLE[sensitivity]
    paths = tuple(f"description.data_subjects[{j}].approximate_count" for j, _ in groups)
    known = sum(g.approximate_count or 0 for _, g in groups)
    unknown = tuple(g.id for _, g in groups if g.approximate_count is None)
    if known >= threshold or not unknown:
        why = Reason(
            "scale_counted",
            {
                "purpose": p.id,
                "people": known,
                "threshold": threshold,
                "sensitivity": sensitivity,
                "above": known >= threshold,
            },
        )
        return Outcome(known >= threshold, (why,), paths)
    many = len(p.data_categories) >= MANY_DATA_CATEGORIES  # factor b, range of data
    observed = tuple(s.id for s in f.sources_of(p, "observed"))  # factor c, permanence
    if many:
        paths += (f"purposes[{i}].data_categories",)
    if observed:
        paths += (f"purposes[{i}].data_sources",)
    factor = (
        "both" if many and observed else "range" if many else "permanence" if observed else None
    )
    why = Reason(
        "scale_estimated",
        {
            "purpose": p.id,
            "groups": unknown,
            "factor": factor,
            "categories": len(p.data_categories),
            "observed": observed,
        },
    )
    met = factor == "both"
    return Outcome(met, (why,), paths)
