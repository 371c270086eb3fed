"""A Result as JSON (for tools), Markdown (for reviews) or a plain table (for the terminal)."""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

from pydantic import BaseModel

from pia.escaping import markdown
from pia.result import Result
from pia.words import speaker

FORMATS = ("table", "json", "markdown")


def plain(value: Any) -> Any:
    """Dataclasses, enums and pydantic models down to JSON-ready dicts, lists and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def as_dict(result: Result) -> dict[str, Any]:
    data = plain(result)
    data["overall"] = {"inherent": result.inherent_level, "residual": result.residual_level}
    return data


def as_json(result: Result) -> str:
    return json.dumps(as_dict(result), indent=2, ensure_ascii=False)


def _item_rows(result: Result) -> list[tuple[str, ...]]:
    said = speaker("en")
    return [
        (
            line.id,
            line.severity.key,
            line.likelihood.key,
            line.level,
            line.residual_level,
            "; ".join(f"{said.say(f'factor-{f.code}')} ({f.points:+d})" for f in line.factors),
        )
        for line in result.risks
    ]


def _required(required: bool) -> str:
    return "required" if required else "not required"


def as_markdown(result: Result) -> str:
    """For a review: every text from the assessment escaped, so it reads as written."""
    s = result.screening
    out = [
        "# Assessment result",
        "",
        f"**Screening:** {speaker('en').label('verdict', s.verdict)} "
        f"({s.met_count} WP248 criteria met)",
        f"**Overall risk:** {result.inherent_level} inherent, {result.residual_level} residual",
        f"**Art. 36 prior consultation:** {_required(result.prior_consultation.required)}"
        f" — {markdown(speaker('en').prior_consultation(result.prior_consultation))}",
        "",
        "## Risks",
        "",
        "| risk | severity | likelihood | level | residual | factors |",
        "|---|---|---|---|---|---|",
    ]
    out += ["| " + " | ".join(markdown(cell) for cell in row) + " |" for row in _item_rows(result)]
    out += [
        "",
        "## Findings",
        "",
        "| id | severity | where | finding | reference |",
        "|---|---|---|---|---|",
    ]
    said = speaker("en")
    for f in result.findings:
        words = said.finding(f)
        out.append(
            f"| {f.id} | {f.severity.value} | `{f.path}` | {markdown(words.message)} | "
            f"{markdown(words.reference)} |"
        )
    return "\n".join(out) + "\n"


def as_table(result: Result) -> str:
    s = result.screening
    lines = [
        f"Screening: {speaker('en').label('verdict', s.verdict)} "
        f"({s.met_count} WP248 criteria met)",
        f"Overall risk: {result.inherent_level} inherent -> {result.residual_level} residual",
        f"Art. 36: {speaker('en').prior_consultation(result.prior_consultation)}",
        "",
    ]
    rows = [("risk", "severity", "likelihood", "level", "residual")] + [
        r[:5] for r in _item_rows(result)
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    counts = {
        sev: len(result.findings_by_severity(sev)) for sev in ("blocker", "major", "minor", "info")
    }
    lines += ["", "Findings: " + ", ".join(f"{n} {sev}" for sev, n in counts.items())]
    said = speaker("en")
    lines += [
        f"  {f.id} [{f.severity.value}] {f.path}: {said.say(f.id, **f.params)}"
        for f in result.findings
    ]
    return "\n".join(lines)


def render(result: Result, fmt: str) -> str:
    return {"table": as_table, "json": as_json, "markdown": as_markdown}[fmt](result)
