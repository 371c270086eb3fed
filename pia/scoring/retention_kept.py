"""What retention scoring rates: each recorded rule, and each expected group no rule covers.

Each `Kept` item carries the data categories it keeps: those the rule lists, or, when it lists
none, those assumed from its purposes or its people, with the reason they were assumed.
"""

from __future__ import annotations

from dataclasses import dataclass

from pia.model import Assessment, RetentionGroup, RetentionRule
from pia.scoring import IndexedCategory
from pia.scoring.retention_groups import (
    GROUP_KINDS,
    GROUP_LABELS,
    consent_purposes,
    covered_groups,
    expected_groups,
    groups_text,
    objectable_purposes,
)

RULES_PATH = "description.retention_rules"


@dataclass(frozen=True, slots=True)
class Kept:
    """What is scored: a recorded rule, or a group that no rule covers."""

    id: str
    title: str
    path: str
    groups: tuple[RetentionGroup, ...]
    rule: RetentionRule | None
    categories: tuple[IndexedCategory, ...]
    categories_assumed: str | None  # why the categories were assumed; None when listed
    why_expected: str | None = None  # for a group no rule covers


def categories_kept(rule: RetentionRule, a: Assessment) -> tuple[list[IndexedCategory], str | None]:
    """The categories a rule keeps; when it lists none, the assumed ones and why."""
    unlisted = "the rule lists no data categories, so"
    if rule.data_categories:
        return _pick(a, set(rule.data_categories)), None
    wanted = {c for p in a.purposes if p.id in rule.purposes for c in p.data_categories}
    if wanted:
        return _pick(a, wanted), f"{unlisted} those of its purposes are assumed"
    for group in rule.applies_to:
        wanted |= {c.id for _, c in group_categories(group, a)[0]}
    if wanted:
        return _pick(a, wanted), f"{unlisted} those of the purposes about its people are assumed"
    return _pick(a, None), f"{unlisted} all the assessment's categories are assumed"


def group_categories(group: RetentionGroup, a: Assessment) -> tuple[list[IndexedCategory], str]:
    """The categories a group's data likely holds (from the purposes concerning it), and how."""
    if group is RetentionGroup.rights_requesters:
        chosen = [(i, c) for i, c in _pick(a, None) if c.kind == "government_id"]
        return chosen, "the identity documents recorded in the assessment are assumed"
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
        return _pick(a, wanted), "the categories of the purposes concerning them are assumed"
    return _pick(a, None), "all the assessment's categories are assumed"


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
    for group, why in expected_groups(a).items():
        if group not in covered:
            categories, assumed = group_categories(group, a)
            title = f"Retention of {GROUP_LABELS[group]}: no retention rule"
            kept.append(
                Kept(
                    f"retention-{group.value}-uncovered",
                    title,
                    RULES_PATH,
                    (group,),
                    None,
                    tuple(categories),
                    f"no rule covers them, so {assumed}",
                    why,
                )
            )
    return kept


def _pick(a: Assessment, ids: set[str] | None) -> list[IndexedCategory]:
    """The assessment's categories with these ids (all when None), with their index."""
    cats = enumerate(a.description.data_categories)
    return [(i, c) for i, c in cats if ids is None or c.id in ids]


def _rule_title(rule: RetentionRule) -> str:
    who = groups_text(rule.applies_to)
    if rule.period is None:
        return f"Retention of {who}: no period recorded"
    start = f" from {rule.trigger}" if rule.trigger else ", start not recorded"
    return f"Retention of {who}: {rule.period}{start}"
