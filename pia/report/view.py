"""The report's view-model: everything a template prints, translated and formatted, built up front.

`build_report(assessment, result, lang)` resolves the whole report into frozen dataclasses before
any template runs (labels in the language, levels as labels, dates formatted, charts as SVG), so
the templates hold no logic beyond loops and ifs, and each chapter can be checked on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pia.canonical import CANONICAL_FORM
from pia.findings import Severity
from pia.knowledge import Knowledge, load_knowledge
from pia.model import Assessment, Decision, FactsLanguage, Metadata
from pia.report.chart_view import Charts, charts
from pia.report.description_view import DescriptionChapter, country_name, description_chapter
from pia.report.findings_view import (
    FindingsChapter,
    FindingView,
    MethodAppendix,
    SourcesAppendix,
    finding_counts,
    findings_chapter,
    method_appendix,
    sources_appendix,
)
from pia.report.i18n import Catalog, catalog
from pia.report.necessity_view import (
    ConsultationChapter,
    NecessityChapter,
    consultation_chapter,
    necessity_chapter,
)
from pia.report.parts import Field, Level
from pia.report.risk_view import (
    ItemView,
    MeasureRow,
    RegisterRow,
    ScreeningView,
    item_view,
    measure_rows,
    register_rows,
    screening_view,
    top_risks,
)
from pia.result import Result
from pia.words import Speaker

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners

TOP_RISKS = 5
SUMMARY_BLOCKERS = 6
# Chapter anchors in reading order, with their number in the table of contents.
CHAPTERS = (
    ("summary", "1"),
    ("description", "2"),
    ("necessity", "3"),
    ("risk", "4"),
    ("measures", "5"),
    ("findings", "6"),
    ("consultation", "7"),
    ("signoff", "8"),
    ("method", "A"),
    ("sources", "B"),
)
APPENDICES = ("A", "B")
NUMBER = dict(CHAPTERS)
SECTIONS = {
    "risk": ("screening", "risk_purposes", "risk_transfers", "risk_retention", "register"),
    "measures": ("measures", "action_plan"),
}


@dataclass(frozen=True, slots=True)
class Status:
    key: str  # draft | verified | unsigned | invalid | stale (pia.signoff.status)
    label: str
    note: str
    stale: bool  # a warning: stale, or a signature that does not verify


@dataclass(frozen=True, slots=True)
class Cover:
    kind: str
    basis: str
    title: str
    status: Status
    facts: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class TocEntry:
    anchor: str
    number: str
    title: str
    depth: int


@dataclass(frozen=True, slots=True)
class RiskSummary:
    id: str
    title: str
    kind: str
    before: Level
    after: Level


@dataclass(frozen=True, slots=True)
class Summary:
    decision: tuple[str, ...]
    figures: tuple[tuple[str, Level | None, str, bool], ...]  # (label, badge, text, alert)
    top_risks: tuple[RiskSummary, ...]
    more_risks: str | None
    blockers: tuple[FindingView, ...]
    more_blockers: int


@dataclass(frozen=True, slots=True)
class SignoffEntry:
    name: str
    role: str
    decision: Level
    date: str
    conditions: tuple[str, ...]
    signed_hash: str
    stale: bool  # a warning: stale, or a signature that does not verify
    state: str
    accepted: tuple[tuple[str, str], ...]
    integrity: str  # verified | unsigned | invalid | stale (pia.signoff.SignoffState)


@dataclass(frozen=True, slots=True)
class SignoffBlock:
    status: Status
    current_hash: str
    entries: tuple[SignoffEntry, ...]
    empty: str | None


@dataclass(frozen=True, slots=True)
class RiskChapter:
    intro: str
    screening: ScreeningView
    purposes: tuple[ItemView, ...]
    transfers: tuple[ItemView, ...]
    retention: tuple[ItemView, ...]
    register_intro: str
    register: tuple[RegisterRow, ...]
    charts: Charts


@dataclass(frozen=True, slots=True)
class MeasuresChapter:
    rows: tuple[MeasureRow, ...]
    empty: str | None


@dataclass(frozen=True, slots=True)
class Report:
    lang: str
    t: Mapping[str, Any]
    title: str
    cover: Cover
    toc: tuple[TocEntry, ...]
    summary: Summary
    description: DescriptionChapter
    necessity: NecessityChapter
    risk: RiskChapter
    measures: MeasuresChapter
    findings: FindingsChapter
    consultation: ConsultationChapter
    signoff: SignoffBlock
    method: MethodAppendix
    sources: SourcesAppendix

    @property
    def headings(self) -> dict[str, TocEntry]:
        """Each chapter's and section's entry of the table of contents, by anchor."""
        return {entry.anchor: entry for entry in self.toc}


def build_report(
    assessment: Assessment,
    result: Result,
    lang: str = "en",
    knowledge: Knowledge | None = None,
    signers: AllowedSigners | None = None,
) -> Report:
    """The whole report, resolved; a pure function of the assessment, its result and language.

    `signers` (`pia.allowed_signers.for_assessment`) verify the sign-offs' signatures; without
    them no signature verifies.
    """
    cat, kb = catalog(lang), knowledge or load_knowledge()
    scale = result.scale
    items = {item.id: item for item in result.items}
    said = Speaker(lang, result.names)
    views = {i.id: item_view(i, assessment, kb, scale, cat, said) for i in result.items}
    findings = findings_chapter(assessment, result, kb, cat)
    signoff = signoff_block(assessment, cat, signers)
    risk = RiskChapter(
        cat.text("texts.risk_intro", method=cat.enum("method", result.method)),
        screening_view(assessment, result, kb, cat),
        tuple(views[i.id] for i in result.purposes),
        tuple(views[i.id] for i in result.transfers),
        tuple(views[i.id] for i in result.retention),
        cat.text("texts.register_intro"),
        register_rows(result, {k: v.title for k, v in views.items()}, scale, cat),
        charts(assessment, result, kb, cat),
    )
    measures = measure_rows(assessment, cat)
    return Report(
        lang=lang,
        t=cat.data,
        title=assessment.metadata.title,
        cover=cover(assessment, signoff, kb, cat),
        toc=table_of_contents(cat),
        summary=summary(assessment, result, risk, findings, signoff, cat),
        description=description_chapter(assessment, cat),
        necessity=necessity_chapter(assessment, items, cat),
        risk=risk,
        measures=MeasuresChapter(
            measures,
            None if measures else cat.text("texts.no_measures", chapter=NUMBER["findings"]),
        ),
        findings=findings,
        consultation=consultation_chapter(assessment, cat),
        signoff=signoff,
        method=method_appendix(result, kb, cat),
        sources=sources_appendix(assessment, result, cat),
    )


def table_of_contents(cat: Catalog) -> tuple[TocEntry, ...]:
    entries = []
    for anchor, number in CHAPTERS:
        shown = f"{cat.get('labels.appendix')} {number}" if number in APPENDICES else number
        entries.append(TocEntry(f"ch-{anchor}", shown, cat.get(f"chapters.{anchor}"), 1))
        for n, section in enumerate(SECTIONS.get(anchor, ()), 1):
            entries.append(
                TocEntry(f"sec-{section}", f"{number}.{n}", cat.get(f"sections.{section}"), 2)
            )
    return tuple(entries)


def cover(a: Assessment, signoff: SignoffBlock, kb: Knowledge, cat: Catalog) -> Cover:
    m, L = a.metadata, cat.get("labels")
    hash_text = signoff.current_hash[:12] if signoff.current_hash else L["not_recorded"]
    facts = (
        Field(L["controller"], m.controller.name),
        Field(L["jurisdiction"], country_name(cat, m.jurisdiction), m.jurisdiction is None),
        Field(L["version"], f"{m.version} ({cat.enum('assessment_status', m.status)})"),
        Field(L["status"], signoff.status.label),
        Field(L["date"], cat.date(m.assessment_date), m.assessment_date is None),
        Field(L["review_date"], cat.date(m.review_date), m.review_date is None),
        Field(L["content_hash"], hash_text, not signoff.current_hash),
        Field(L["method"], cat.enum("method", m.method)),
        Field(L["facts_language"], facts_language(m, cat), m.language is None),
        Field(L["analysts"], ", ".join(m.analysts) or L["not_recorded"], not m.analysts),
        Field(L["dpo_contact"], m.dpo_contact or L["not_recorded"], not m.dpo_contact),
    )
    return Cover(
        cat.get("document.kind"), cat.get("document.basis"), m.title, signoff.status, facts
    )


def facts_language(m: Metadata, cat: Catalog) -> str:
    """The language the facts are written in, and that of their sources where it differs."""
    codes = {FactsLanguage.__members__.get(d.language or "") for d in m.documents} - {None}
    sources = sorted(cat.enum("facts_language", c) for c in codes if c != m.language)
    return cat.text(
        "texts.facts_language",
        language=cat.enum("facts_language", m.language) if m.language else None,
        sources=cat.join_list(sources) if sources else None,
    )


def summary(
    a: Assessment,
    result: Result,
    risk: RiskChapter,
    findings: FindingsChapter,
    signoff: SignoffBlock,
    cat: Catalog,
) -> Summary:
    L = cat.get("labels")
    blockers = tuple(f for f in findings.all if f.severity.key == Severity.blocker.value)
    pc = result.prior_consultation
    decision = [cat.text("texts.decision_intro", title=a.metadata.title)]
    if blockers:
        decision.append(cat.text("texts.decision_blockers", n=len(blockers)))
    if not any(m.counted for line in result.risks for m in line.measures):
        decision.append(cat.text("texts.decision_no_measures"))
    decision.append(cat.speaker.prior_consultation(pc))
    inherent, residual = result.inherent_level, result.residual_level
    art36 = (
        cat.text("texts.art36_required", n=len(pc.risks))
        if pc.required
        else cat.text("texts.art36_not_required")
    )
    figures = (
        (L["overall_inherent"], Level(inherent, cat.level(inherent)), "", False),
        (L["overall_residual"], Level(residual, cat.level(residual)), "", False),
        (L["screening_verdict"], None, risk.screening.line, False),
        (L["art36"], None, art36, pc.required),
        (L["findings_open"], None, finding_counts(result, cat), bool(blockers)),
        (L["status"], None, signoff.status.label, signoff.status.stale),
    )
    views = {v.id: v for v in (*risk.purposes, *risk.transfers, *risk.retention)}
    registered = {r.id: r for r in risk.register}
    top = []
    for line in top_risks(result)[:TOP_RISKS]:
        row = registered[line.id]
        kind = views[line.id].kind if line.id in views else cat.enum("origin", line.origin)
        top.append(RiskSummary(line.id, row.title, kind, row.level, row.residual_level))
    rest = len(result.risks) - len(top)
    more = cat.text("labels.more_risks", n=rest, chapter=NUMBER["risk"]) if rest > 0 else None
    return Summary(
        tuple(decision),
        figures,
        tuple(top),
        more,
        blockers[:SUMMARY_BLOCKERS],
        max(0, len(blockers) - SUMMARY_BLOCKERS),
    )


# --- sign-off ------------------------------------------------------------------------------------


def signoff_block(a: Assessment, cat: Catalog, signers: AllowedSigners | None) -> SignoffBlock:
    """Status and sign-offs as `pia.signoff` judges them against the content and the signers."""
    from pia import signoff

    key, current = signoff.status(a, signers), signoff.content_hash(a)
    states = signoff.signoff_states(a, signers)
    entries = []
    for state in states:
        s = state.signoff
        if state.integrity == "invalid":
            note = cat.text("texts.invalid_signoff", principal=s.principal or "?")
        elif state.current_hash is None:  # not in this version's canonical form
            note = cat.text("texts.unchecked_signoff", form=CANONICAL_FORM)
        elif state.stale:
            note = cat.text("texts.stale_signoff", signed=s.content_hash[:12], current=current[:12])
        elif state.integrity == "verified":
            note = cat.text(
                "texts.verified_signoff", principal=state.signer, fingerprint=state.fingerprint
            )
        else:
            note = cat.text("texts.unsigned_signoff")
        entries.append(
            SignoffEntry(
                s.name,
                s.role,
                Level(s.decision.value, cat.enum("decision", s.decision)),
                cat.date(s.date),
                tuple(s.conditions),
                s.content_hash[:12],
                state.integrity in ("stale", "invalid"),
                note,
                tuple((f.finding, f.justification) for f in s.accepted_findings),
                state.integrity,
            )
        )
    unchecked = key == "stale" and states[-1].current_hash is None  # cannot be checked
    shown = "unchecked" if unchecked else key
    label, explained = cat.get(f"status.{shown}"), cat.get(f"status_note.{shown}")
    if key in ("verified", "unsigned") and a.signoffs[-1].decision == Decision.reject:
        label = f"{cat.get('status.rejected')} — {label}"
        explained = f"{cat.get('status_note.rejected')} {explained}"
    return SignoffBlock(
        Status(key, label, explained, key in ("stale", "invalid")),
        current,
        tuple(entries),
        None if entries else cat.text("texts.no_signoffs"),
    )
