"""A plain-text overview of an assessment, for the terminal and the top of a notebook."""

from __future__ import annotations

from pia.model import Assessment, Sourced
from pia.unknowns import Unknown, unknowns
from pia.words import speaker


def _sources(item: Sourced) -> str:
    return f"  [{', '.join(item.sources)}]" if item.sources else ""


def summary(a: Assessment) -> str:
    """Purposes, recipients, transfers, retention and the open unknowns, one line each; values
    in the catalogue's English labels (the terminal's language)."""
    d = a.description
    meta = a.metadata
    say = speaker("en")
    status, method = say.label("assessment_status", meta.status), say.label("method", meta.method)
    lines = [
        meta.title,
        f"Controller: {meta.controller.name}",
        f"Version {meta.version}, {status}; risk method: {method}",
        "",
        f"Purposes ({len(a.purposes)}):",
    ]
    for p in a.purposes:
        bases = ", ".join(
            f"{say.label('legal_basis', c.basis)} ({c.basis.article})" for c in p.legal_bases
        )
        profiling = ", profiling" if p.profiling else ""
        lines.append(f"  - {p.id}: {p.name}{profiling}\n      legal bases: {bases}")
    lines += ["", f"Recipients ({len(d.recipients)}):"]
    lines += [
        f"  - {r.id}: {r.name}, {say.label('recipient_role', r.role)} in {r.country}{_sources(r)}"
        for r in d.recipients
    ]
    lines += ["", f"Transfers outside the EEA ({len(d.transfers)}):"]
    for t in d.transfers:
        module = f" module {t.scc_module}" if t.scc_module else ""
        kind, tool = say.label("transfer_kind", t.kind), say.label("transfer_tool", t.tool)
        lines.append(
            f"  - {t.id}: to {t.country} by {kind} ({t.recipient}), "
            f"tool: {tool}{module}{_sources(t)}"
        )
    lines += ["", f"Retention rules ({len(d.retention_rules)}):"]
    for rule in d.retention_rules:
        groups = ", ".join(say.label("retention_group", g) for g in rule.applies_to)
        period = (
            f"{say.period(rule.period)} after {rule.trigger or '(no trigger recorded)'}"
            if rule.period
            else "no period recorded"
        )
        lines.append(f"  - {rule.id} ({groups}): {period}{_sources(rule)}")
    gaps = unknowns(a)
    lines += ["", f"Open unknowns ({len(gaps)}):"]
    lines += [f"  - {u.path}: {_question(u)}" for u in gaps]
    return "\n".join(lines)


def _question(gap: Unknown) -> str:
    """An open field asked in the words of its description in the model (the forms' help)."""
    return gap.record.model_fields[gap.field].description or gap.field
