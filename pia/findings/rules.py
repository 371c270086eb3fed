"""The registry of finding rules: `@rule(...)` records a check under a stable id and severity.

The rule modules (pia/findings/<topic>.py) import this module; `pia.findings.run` imports them,
so the registry is complete before any rule runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

    RuleCheck = Callable[[Assessment, Knowledge], Iterable[tuple[str, dict[str, Any]]]]


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
    (pia/words), said with `params`."""

    id: str
    severity: Severity
    path: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    check: Callable[[Assessment, Knowledge], Iterable[tuple[str, dict[str, Any]]]]


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity | str) -> Callable[[RuleCheck], RuleCheck]:
    """Register a rule. The function yields `(path, params)` for each occurrence."""

    def register(check: RuleCheck) -> RuleCheck:
        if id in RULES:
            raise ValueError(f"finding rule {id} is defined twice")
        RULES[id] = Rule(id, Severity(severity), check)
        return check

    return register
