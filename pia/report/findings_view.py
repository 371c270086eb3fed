"""View-models of the findings chapter and the appendices (method and scales; sources cited)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pia.findings import Finding, Severity
from pia.knowledge import Knowledge
from pia.model import Assessment, Record, Sourced
from pia.report.i18n import Catalog
from pia.report.parts import Level
from pia.result import Result
from pia.words import Speaker

# --- findings ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FindingView:
    id: str
    anchor: str
    severity: Level
    title: str
    message: str
    path: str
    reference: str
    remedy: str


@dataclass(frozen=True, slots=True)
class FindingRule:
    """One rule's findings: its title, reference and remedy once, then each occurrence."""

    id: str
    severity: Level
    title: str
    reference: str
    remedy: str
    occurrences: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class FindingGroup:
    severity: Level
    meaning: str
    rules: tuple[FindingRule, ...]

    @property
    def count(self) -> int:
        return sum(len(rule.occurrences) for rule in self.rules)


@dataclass(frozen=True, slots=True)
class FindingsChapter:
    intro: str
    counts: str
    groups: tuple[FindingGroup, ...]

    @property
    def all(self) -> tuple[FindingView, ...]:
        return tuple(f for g in self.groups for rule in g.rules for f in rule.occurrences)


def finding_view(f: Finding, n: int, said: Speaker, cat: Catalog) -> FindingView:
    words = said.finding(f)
    title, message, remedy = (
        words.title,
        words.message,
        words.remedy,
    )
    return FindingView(
        f.id,
        f"finding-{n}",
        Level(f.severity.value, cat.enum("finding_severity", f.severity)),
        title,
        message,
        f.path,
        words.reference,
        remedy,
    )


def findings_chapter(a: Assessment, result: Result, kb: Knowledge, cat: Catalog) -> FindingsChapter:
    said = Speaker(cat.lang, result.names)
    views = [finding_view(f, n, said, cat) for n, f in enumerate(result.findings, 1)]
    by_rule: dict[str, list[FindingView]] = {}
    for view in views:  # most severe first, then by id: the order run_rules gives
        by_rule.setdefault(view.id, []).append(view)
    rules = [
        FindingRule(f[0].id, f[0].severity, f[0].title, f[0].reference, f[0].remedy, tuple(f))
        for f in by_rule.values()
    ]
    groups = tuple(
        FindingGroup(
            Level(s.value, cat.enum("finding_severity", s)),
            cat.enum("finding_severity_meaning", s),
            tuple(rule for rule in rules if rule.severity.key == s.value),
        )
        for s in Severity
    )
    return FindingsChapter(
        cat.text("texts.findings_intro", total=len(views)),
        finding_counts(result, cat),
        tuple(g for g in groups if g.rules),
    )


def finding_counts(result: Result, cat: Catalog) -> str:
    counts = {s.value: len(result.findings_by_severity(s)) for s in Severity}
    return cat.text("texts.finding_counts", **counts)


# --- appendix A: method and scales ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class MatrixRow:
    severity: str
    cells: tuple[Level, ...]


@dataclass(frozen=True, slots=True)
class MethodAppendix:
    paragraphs: tuple[str, ...]
    method: str
    severity: tuple[ScaleLevel, ...]
    likelihood: tuple[ScaleLevel, ...]
    matrix_columns: tuple[str, ...]
    matrix_rows: tuple[MatrixRow, ...]
    matrix_note: str
    finding_severities: tuple[tuple[Level, str], ...]


def method_appendix(result: Result, kb: Knowledge, cat: Catalog) -> MethodAppendix:
    method = result.method
    known = kb.scale(method)

    def levels(axis: str) -> tuple[ScaleLevel, ...]:
        return tuple(
            ScaleLevel(
                cat.scale_label(method, axis, lv.key),
                cat.enum(f"scale_description-{method}-{axis}", lv.key),
            )
            for lv in getattr(known, axis)
        )

    columns = tuple(cat.scale_label(method, "likelihood", lv.key) for lv in known.likelihood)
    rows = tuple(
        MatrixRow(
            cat.scale_label(method, "severity", sev.key),
            tuple(Level(level, cat.level(level)) for level in known.matrix.levels[sev.key]),
        )
        for sev in reversed(known.severity)
    )
    severities = tuple(
        (Level(s.value, cat.enum("finding_severity", s)), cat.enum("finding_severity_meaning", s))
        for s in Severity
    )
    return MethodAppendix(
        tuple(cat.get("method.paragraphs")),
        cat.enum("method", method),
        levels("severity"),
        levels("likelihood"),
        columns,
        rows,
        cat.get("method.matrix_note"),
        severities,
    )


# --- appendix B: sources -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentSources:
    id: str
    title: str
    available: str
    sections: tuple[tuple[str, int], ...]  # (`§3`, how many facts cite it)


@dataclass(frozen=True, slots=True)
class CitedReference:
    text: str
    cited_by: str


@dataclass(frozen=True, slots=True)
class SourcesAppendix:
    documents: tuple[DocumentSources, ...]
    references: tuple[CitedReference, ...]


def _sourced(node: Any) -> Iterator[Sourced]:
    if isinstance(node, Sourced):
        yield node
    if isinstance(node, Record):
        for name in type(node).model_fields:
            yield from _sourced(getattr(node, name))
    elif isinstance(node, list):
        for item in node:
            yield from _sourced(item)


def _section_key(section: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", section)) or (0,)


def sources_appendix(a: Assessment, result: Result, cat: Catalog) -> SourcesAppendix:
    cited: dict[str, dict[str, int]] = {}
    for fact in _sourced(a):
        for ref in fact.sources:
            document, _, section = ref.partition(" ")
            sections = cited.setdefault(document, {})
            sections[section or "—"] = sections.get(section or "—", 0) + 1
    documents = tuple(
        DocumentSources(
            doc.id,
            doc.title,
            cat.answer(doc.available),
            tuple(sorted(cited.get(doc.id, {}).items(), key=lambda kv: _section_key(kv[0]))),
        )
        for doc in a.metadata.documents
    )
    users: dict[str, list[str]] = {}
    for item in result.items:
        for factor in item.factors:
            reference = cat.speaker.part(f"factor-{factor.code}", "reference", **factor.params)
            _cite(users, reference, item.id)
    for finding in result.findings:
        _cite(users, cat.finding_reference(finding), finding.id)
    references = tuple(
        CitedReference(text, ", ".join(dict.fromkeys(by)))
        for text, by in sorted(users.items(), key=lambda kv: _reference_key(kv[0]))
    )
    return SourcesAppendix(documents, references)


def _cite(users: dict[str, list[str]], reference: str, by: str) -> None:
    for part in reference.split(";"):
        part = part.strip()
        if part:
            users.setdefault(part, []).append(by)


def _reference_key(text: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """The GDPR first, then EDPB and WP29 texts, then the rest; numbers in numeric order."""
    order = ("GDPR", "EDPB", "WP2", "CJEU", "SCC", "Commission", "Belgian")
    rank = next((i for i, prefix in enumerate(order) if text.startswith(prefix)), len(order))
    parts = re.split(r"(\d+)", text.lower())
    return rank, tuple((int(p), "") if p.isdigit() else (-1, p) for p in parts if p)
