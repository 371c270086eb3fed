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
