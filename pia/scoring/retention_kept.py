"""What retention scoring rates: each recorded rule, and each expected group no rule covers.

Each `Kept` item carries the data categories it keeps: those the rule lists, or, when it lists
none, those assumed from its purposes or its people, with a code saying how they were assumed:
`purposes` (the rule's purposes), `people` (the purposes about its people), `identity` (the
identity documents recorded), `all` (every category of the assessment).
"""

from __future__ import annotations

from dataclasses import dataclass

from pia.model import Assessment, RetentionGroup, RetentionRule
from pia.risk import Title
from pia.scoring import IndexedCategory
from pia.scoring.retention_groups import (
    GROUP_KINDS,
    consent_purposes,
    covered_groups,
    expected_groups,
    objectable_purposes,
)

RULES_PATH = "description.retention_rules"


@dataclass(frozen=True, slots=True)
class Kept:
    """What is scored: a recorded rule, or a group that no rule covers."""

    id: str
    title: Title
    path: str
    groups: tuple[RetentionGroup, ...]
    rule: RetentionRule | None
    categories: tuple[IndexedCategory, ...]
    categories_assumed: str | None  # how the categories were assumed (a code); None when listed


def categories_kept(rule: RetentionRule, a: Assessment) -> tuple[list[IndexedCategory], str | None]:
    """The categories a rule keeps; when it lists none, the assumed ones and how (a code)."""
    if rule.data_categories:
        return _pick(a, set(rule.data_categories)), None
    wanted = {c for p in a.purposes if p.id in rule.purposes for c in p.data_categories}
    if wanted:
        return _pick(a, wanted), "purposes"
    for group in rule.applies_to:
        wanted |= {c.id for _, c in group_categories(group, a)[0]}
    if wanted:
        return _pick(a, wanted), "people"
    return _pick(a, None), "all"


def group_categories(group: RetentionGroup, a: Assessment) -> tuple[list[IndexedCategory], str]:
    """The categories a group's data likely holds (from the purposes concerning it), and how."""
    if group is RetentionGroup.rights_requesters:
        chosen = [(i, c) for i, c in _pick(a, None) if c.kind == "government_id"]
        return chosen, "identity"
    if group in GROUP_KINDS:
        kind = GROUP_KINDS[group]
        subjects = {s.id for s in a.description.data_subjects if s.kind is kind}
        purposes = [p for p in a.purposes if subjects & set(p.data_subjects)]
    elif group is RetentionGroup.objected:
        purposes = objectable_purposes(a)
    else:
        purposes = consent_purposes(a)
    wanted = {c for p in purposes for c in p.data_categories}
    if wanted:
        return _pick(a, wanted), "people"
    return _pick(a, None), "all"


def things_kept(a: Assessment) -> list[Kept]:
    """Every recorded rule, then every expected group that no rule covers."""
    kept = []
    for i, rule in enumerate(a.description.retention_rules):
        categories, assumed = categories_kept(rule, a)
        path = f"{RULES_PATH}[{i}]"
        kept.append(
            Kept(
                rule.id,
                _rule_title(rule),
                path,
                tuple(rule.applies_to),
                rule,
                tuple(categories),
                assumed,
            )
        )
    covered = covered_groups(a)
    for group in expected_groups(a):
        if group not in covered:
            categories, assumed = group_categories(group, a)
            kept.append(
                Kept(
                    f"retention-{group.value}-uncovered",
                    Title("retention_uncovered", {"group": group}),
                    RULES_PATH,
                    (group,),
                    None,
                    tuple(categories),
                    assumed,
                )
            )
    return kept


def _pick(a: Assessment, ids: set[str] | None) -> list[IndexedCategory]:
    """The assessment's categories with these ids (all when None), with their index."""
    cats = enumerate(a.description.data_categories)
    return [(i, c) for i, c in cats if ids is None or c.id in ids]


def _rule_title(rule: RetentionRule) -> Title:
    params = {
        "groups": list(rule.applies_to),
        "period": str(rule.period) if rule.period is not None else None,
        "trigger": rule.trigger or None,
    }
    return Title("retention_rule", params)
