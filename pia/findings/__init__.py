"""Findings: general rules that turn gaps and contradictions in any assessment into actions.

A rule is a function of (Assessment, Knowledge) that yields findings; it is registered with
`@rule(...)` (pia.findings.rules), which gives it a stable id and a severity; its words (title,
message, remedy, legal reference) are in the catalogues under the same id. Rules never mention a
particular case: they read the model's fields only. `run_rules` (pia.findings.run) runs them all.
"""

from pia.findings.rules import RULES, Finding, Rule, Severity, rule
from pia.findings.run import findings_of, run_rules

__all__ = ["RULES", "Finding", "Rule", "Severity", "findings_of", "rule", "run_rules"]
