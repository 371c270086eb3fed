"""Running the finding rules: every rule module is imported here, which registers its rules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pia.findings import (  # noqa: F401  (importing a rule module registers its rules)
    consultation,
    description,
    purposes,
    retention,
    retention_archive,
    rights,
    transfers,
)
from pia.findings.rules import RULES, Finding, Rule

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment


def run_rules(
    assessment: Assessment, knowledge: Knowledge, rules: Iterable[Rule] | None = None
) -> list[Finding]:
    """Every finding of every rule, most severe first, then by rule id and path."""
    found: list[Finding] = []
    for r in rules if rules is not None else RULES.values():
        found += (
            Finding(r.id, r.severity, path, params)
            for path, params in r.check(assessment, knowledge)
        )
    return sorted(found, key=lambda f: (f.severity.rank, f.id, f.path))


def findings_of(rule_id: str, assessment: Assessment, knowledge: Knowledge) -> list[Finding]:
    """The findings of one rule only: what a rule's unit test asks for."""
    return run_rules(assessment, knowledge, [RULES[rule_id]])
