"""Findings: general rules that turn gaps and contradictions in any assessment into actions.

A rule is a function of (Assessment, Knowledge) that yields findings; it is registered with
`@rule(...)`, which gives it a stable id, a severity, a legal reference and a remedy. Rules never
mention a particular case: they read the model's fields only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

    # A check yields `(path, params)`; the legacy form `(path, english_message, params)` goes
    # away as each rule's words move to pia/words/<lang>/findings-*.ftl.
    RuleCheck = Callable[[Assessment, Knowledge], Iterable[tuple[Any, ...]]]


class Severity(StrEnum):
    blocker = "blocker"
    major = "major"
    minor = "minor"
    info = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(Severity)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix or know: a rule's code, the field path it concerns, and parameters.

    Its title, message, remedy and legal reference are words: message `id` of the catalogues
    (pia/words), said with `params`. (`title`, `message`, `remedy`, `reference` hold the English
    of rules not yet moved there, and are empty for the others.)"""

    id: str
    severity: Severity
    title: str
    message: str
    path: str
    reference: str
    remedy: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    title: str
    reference: str
    remedy: str
    check: Callable[[Assessment, Knowledge], Iterable[tuple[Any, ...]]]


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    severity: Severity | str,
    title: str = "",
    *,
    reference: str = "",
    remedy: str = "",
) -> Callable[[RuleCheck], RuleCheck]:
    """Register a rule. The function yields `(path, params)` for each occurrence."""

    def register(check: RuleCheck) -> RuleCheck:
        if id in RULES:
            raise ValueError(f"finding rule {id} is defined twice")
        RULES[id] = Rule(id, Severity(severity), title, reference, remedy, check)
        return check

    return register


def run_rules(
    assessment: Assessment, knowledge: Knowledge, rules: Iterable[Rule] | None = None
) -> list[Finding]:
    """Every finding of every rule, most severe first, then by rule id and path."""
    _load_rule_modules()
    found: list[Finding] = []
    for r in rules if rules is not None else RULES.values():
        for occurrence in r.check(assessment, knowledge):
            path, message, params = (
                occurrence if len(occurrence) == 3 else (*occurrence[:1], "", occurrence[1])
            )
            found.append(
                Finding(r.id, r.severity, r.title, message, path, r.reference, r.remedy, params)
            )
    return sorted(found, key=lambda f: (f.severity.rank, f.id, f.path))


def findings_of(rule_id: str, assessment: Assessment, knowledge: Knowledge) -> list[Finding]:
    """The findings of one rule only: what a rule's unit test asks for."""
    _load_rule_modules()
    return run_rules(assessment, knowledge, [RULES[rule_id]])


def _load_rule_modules() -> None:
    # Importing the modules registers their rules; done late so `import pia` stays light.
    from pia.findings import (  # noqa: F401
        consultation,
        description,
        purposes,
        retention,
        retention_archive,
        rights,
        transfers,
    )
