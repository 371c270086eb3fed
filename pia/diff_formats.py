"""What changed between two versions, for a reader: as JSON (for tools) or text (the terminal).

`pia.diff` computes the `AssessmentDiff`; this face writes it out.
"""

from __future__ import annotations

import json
from typing import Any

from pia.diff import AssessmentDiff
from pia.result_formats import plain
from pia.words import speaker


def as_json(d: AssessmentDiff) -> str:
    """The diff for tools: the same fields as `AssessmentDiff`, findings in full."""
    data = plain(d)
    for change in data["changes"]:
        del change["key"]  # an internal address; `path` is what a reader uses
    return json.dumps(data, indent=2, ensure_ascii=False)


def _pair(pair: tuple[Any, Any], words: dict[Any, str] | None = None) -> str:
    a, b = ((words or {}).get(v, str(v).replace("_", " ")) for v in pair)
    return f"{a} -> {b}" if pair[0] != pair[1] else f"{a} (unchanged)"


def as_text(d: AssessmentDiff, old_label: str = "old", new_label: str = "new") -> str:
    """A readable report: answers, risk levels, findings opened and closed, verdicts."""
    count, said = len(d.changes), speaker("en")
    lines = [
        f"{old_label} -> {new_label}",
        "",
        f"Answers: {count} change{'s' if count != 1 else ''}",
    ]
    lines += [f"  {c}" for c in d.changes]
    lines += ["", "Risk levels (inherent; residual):"]
    lines += [
        f"  {r.id}: {_pair(r.inherent, {None: 'none'})}; {_pair(r.residual, {None: 'none'})}"
        for r in d.risks
    ] or ["  no change"]
    for title, found, mark in (("opened", d.opened, "+"), ("closed", d.closed, "-")):
        lines += ["", f"Findings {title}: {len(found)}"]
        lines += [
            f"  {mark} {f.id} [{f.severity.value}] {f.path}: {said.say(f.id, **f.params)}"
            for f in found
        ]
    required = {True: "required", False: "not required"}
    lines += [
        "",
        f"Screening: {_pair(d.screening)}",
        f"Art. 36 prior consultation: {_pair(d.prior_consultation, required)}",
        f"Sign-off: {_pair(d.signoff)}",
    ]
    return "\n".join(lines)
