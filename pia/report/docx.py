"""The report as an editable Word document, from the same view-model as the HTML report.

Chapters are Heading 1, sections Heading 2, and tables real Word tables whose header row repeats
on each page. Text goes in as text (never markup). python-docx is imported only here, when asked.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pia.atomic_write import write_atomically
from pia.model import Assessment
from pia.report.parts import Field, Table
from pia.report.view import CHAPTERS as CHAPTERS_IN_VIEW
from pia.report.view import Report, build_report
from pia.result import Result

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners

DASH = "—"
CHAPTERS = ("cover", *(anchor for anchor, _ in CHAPTERS_IN_VIEW))  # the writer's methods


def heat_map_png(result: Result, lang: str = "en") -> bytes:
    """The risk heat map as PNG, its words in the report's language (as the HTML report's SVG)."""
    from pia import charts as c
    from pia.words import speaker

    return c.figure_png(c.risk_heat_map(result.risks, result.scale, speaker(lang)))


def write_report_docx(
    a: Assessment,
    result: Result,
    lang: str,
    out: str | Path,
    signers: AllowedSigners | None = None,
) -> Path:
    """Build the view-model and the heat map for `lang` and write the DOCX to `out`."""
    report = build_report(a, result, lang, signers=signers)
    return write_docx(report, out, heat_map_png(result, lang))


def write_docx(report: Report, out_path: str | Path, heat_map: bytes | None = None) -> Path:
    """Write `report` as a Word document; `heat_map` (PNG bytes) goes above the risk register."""
    import docx

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    w = _Writer(doc := docx.Document(), report, heat_map)
    for chapter in CHAPTERS:
        getattr(w, chapter)()
    doc.core_properties.title = report.title
    doc.core_properties.language = report.lang
    document = io.BytesIO()
    doc.save(document)
    return write_atomically(out, document.getvalue())


def plain(value: object) -> str:
    """A view-model value as cell text: a text, a level's or axis's label, lines, or a dash."""
    if value is None or value == "":
        return DASH
    if isinstance(value, tuple):
        return "\n".join(map(plain, value)) or DASH
    return str(getattr(value, "text", getattr(value, "label", value)))


class _Writer:
    def __init__(self, doc: Any, report: Report, heat_map: bytes | None) -> None:
        self.doc, self.r, self.heat_map = doc, report, heat_map
        self.L, self.S = report.t["labels"], report.t["sections"]
        self.colon = report.t["colon"]  # ":", in French after a no-break space

    def heading(self, anchor: str) -> None:
        entry = self.r.headings[anchor]
        self.doc.add_heading(f"{entry.number} {entry.title}", level=entry.depth)

    def sub(self, text: str, level: int = 2) -> None:
        self.doc.add_heading(text, level=level)

    def text(self, *paragraphs: str | None, style: str | None = None) -> None:
        for text in filter(None, paragraphs):
            self.doc.add_paragraph(text, style=style)

    def para(self, text: str | None, bold: str | None = None) -> None:
        """`bold: text` as one paragraph; nothing when there is no text (None)."""
        if text is None:
            return
        p = self.doc.add_paragraph()
        if bold:
            p.add_run(f"{bold}{self.colon} ").bold = True
        p.add_run(text)

    def fields(self, items: Iterable[Field]) -> None:
        for f in items:
            self.para(f.value, bold=f.label)

    def cols(self, keys: str) -> list[str]:
        return [self.L[k] for k in keys.split()]

    def grid(self, items: Iterable[object], spec: str) -> None:
        """A table of `items`; `spec` names each column `attribute[:label]` (label as attribute)."""
        pairs = [(column.split(":") * 2)[:2] for column in spec.split()]
        rows = [[plain(getattr(i, attribute)) for attribute, _ in pairs] for i in items]
        self.table([self.L[label] for _, label in pairs], rows)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        """A Word table with a bold header row that Word repeats on every page it spans."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        rows = list(rows)
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.paragraphs[0].add_run(str(text)).bold = True
        for row in rows:
            for cell, text in zip(t.add_row().cells, row, strict=True):
                cell.text = str(text)
        if not rows:
            empty = t.add_row().cells
            empty[0].merge(empty[-1]).text = self.L["none_recorded"]

    def records(self, tbl: Table) -> None:
        rows = [(row.id, *row.cells, row.sources) for row in tbl.rows]
        self.table((*tbl.columns, self.L["sources"]), rows)
        for row in tbl.rows:
            self.para(row.note, bold=f"{self.L['note']} ({row.id})")

    def cover(self) -> None:
        c = self.r.cover
        self.text(c.kind)
        self.doc.add_heading(c.title, level=0)
        self.text(c.basis)
        self.para(c.status.note, bold=c.status.label)
        self.fields(c.facts)

    def summary(self) -> None:
        s, L = self.r.summary, self.L
        self.heading("ch-summary")
        self.sub(self.S["decision"])
        self.text(*s.decision)
        self.sub(self.S["key_figures"])
        self.table(("", ""), [(label, plain(b) if b else text) for label, b, text, _ in s.figures])
        self.sub(self.S["top_risks"])
        self.grid(s.top_risks, "id kind title before:inherent after:residual")
        self.text(s.more_risks)
        self.sub(self.S["blockers"])
        self.text(*(f"{f.id} {plain(f.title)} ({f.path})" for f in s.blockers), style="List Bullet")
        self.text(
            f"+ {s.more_blockers}" if s.more_blockers else None,
            None if s.blockers else L["no_blockers"],
        )

    def description(self) -> None:
        d = self.r.description
        self.heading("ch-description")
        self.sub(self.S["processing"])
        self.text(d.processing)
        self.fields(d.facts)
        for name in (f.name for f in fields(d) if isinstance(getattr(d, f.name), Table)):
            self.sub(self.S.get(f"data_{name}") or self.S[name])  # in the HTML report's order
            self.records(getattr(d, name))

    def necessity(self) -> None:
        n, L = self.r.necessity, self.L
        self.heading("ch-necessity")
        self.sub(self.S["purposes"])
        for p in n.purposes:
            self.sub(f"{p.id} {p.name}", 3)
            self.text(p.description)
            self.fields(p.facts)
            self.grid(p.bases, "label:basis applies_when scope law sources")
            if p.interest_steps:
                self.sub(L["interest_test"], 4)
                self.fields(p.interest)
                self.grid(p.interest_steps, "label:test outcome reasoning")
            groups = (
                ("consent", p.consent),
                ("soft_opt_in", p.soft_opt_in),
                ("objection", p.objection),
            )
            for key, group in groups:
                if group:
                    self.sub(L[key], 4)
                    self.fields(group)
            self.fields(p.transparency)
            checks = (f"{plain(c.label)}{self.colon} {c.status}" for c in p.checks)
            self.text(*checks, style="List Bullet")
            for note in p.notes:
                self.para(note, bold=L["note"])
            self.para(p.sources or DASH, bold=L["sources"])
        self.sub(self.S["rights"])
        self.fields((*n.rights, *n.refusals))
        self.para(n.rights_note, bold=L["note"])

    def risk(self) -> None:
        k, L = self.r.risk, self.L
        self.heading("ch-risk")
        self.text(k.intro)
        self.heading("sec-screening")
        self.text(k.screening.line)
        self.text(*map(plain, k.screening.reasons), style="List Bullet")
        for g in k.screening.groups:
            rows = [(c.id, plain(c.title), c.result, plain(c.reasons)) for c in g.rows]
            self.table((g.title, *self.cols("criterion result reasons")), rows)
        for part in ("purposes", "transfers", "retention"):
            self.heading(f"sec-risk_{part}")
            self.grid(getattr(k, part), "id title severity likelihood level")
        self.heading("sec-register")
        self.text(k.register_intro)
        if self.heat_map:  # as wide as the text
            page = self.doc.sections[0]
            width = page.page_width - page.left_margin - page.right_margin
            self.doc.add_picture(io.BytesIO(self.heat_map), width=width)
        inherent, residual = (f"{L[x]} ({L['axes_order']})" for x in ("inherent", "residual"))
        register_rows = [
            (
                row.id,
                f"{plain(row.title)}\n{row.origin} · {L['concerns']}{self.colon} {row.concerns}",
                f"{plain(row.level)}\n{row.severity.label} × {row.likelihood.label}",
                plain(row.measures),
                f"{plain(row.residual_level)}\n{row.residual_severity} × {row.residual_likelihood}",
            )
            for row in k.register
        ]
        self.table((L["id"], L["title"], inherent, L["measures"], residual), register_rows)
        for row in k.register:
            for a in (row.severity, row.likelihood):
                if a.rationale:
                    self.para(a.rationale, bold=f"{row.id} {L['override']} ({L['rationale']})")

    def measures(self) -> None:
        ms = self.r.measures
        self.heading("ch-measures")
        self.heading("sec-measures")
        self.text(ms.empty)
        self.grid(ms.rows, "id title kind reduces treats")
        for m in ms.rows:
            self.para(" ".join(filter(None, (m.description, m.note))) or None, bold=m.id)
        self.heading("sec-action_plan")
        self.grid(ms.rows, "id title owner due status treats")

    def findings(self) -> None:
        fc = self.r.findings
        self.heading("ch-findings")
        self.text(f"{fc.intro} ({fc.counts})")
        self.grid(fc.all, "id severity title message:finding path:field remedy reference")

    def consultation(self) -> None:
        c = self.r.consultation
        self.heading("ch-consultation")
        self.sub(self.S["dpo"])
        self.text(c.dpo_missing)
        self.fields(() if c.dpo_missing else c.dpo)
        self.sub(self.S["views"])
        self.fields(c.views)
        self.para(c.note, bold=self.L["note"])

    def signoff(self) -> None:
        so, L = self.r.signoff, self.L
        self.heading("ch-signoff")
        self.para(so.status.label, bold=L["status"])
        self.text(so.status.note)
        self.para(so.current_hash or L["not_recorded"], bold=L["current_hash"])
        self.grid(so.entries, "name role decision date:signed_on signed_hash conditions")
        for e in so.entries:
            self.para(e.state, bold=e.name)
            for fid, why in e.accepted:
                self.para(why, bold=f"{L['accepted_findings']} {fid}")
        self.text(so.empty, self.r.t["texts"]["sign_here"])
        self.table(self.cols("name role decision signed_on signature"), [("",) * 5])

    def method(self) -> None:
        a, L = self.r.method, self.L
        self.heading("ch-method")
        self.sub(self.S["method"])
        self.text(*a.paragraphs)
        self.sub(f"{self.S['scales']}{self.colon} {a.method}")
        for name, levels in ((L["severity"], a.severity), (L["likelihood"], a.likelihood)):
            rows: list[tuple[str, ...]] = [(x.label, plain(x.description)) for x in levels]
            self.table((name, self.r.t["method"]["description"]), rows)
        self.sub(self.S["matrix"])
        rows = [(row.severity, *map(plain, row.cells)) for row in a.matrix_rows]
        self.table((f"{L['severity']} / {L['likelihood']}", *a.matrix_columns), rows)
        self.text(a.matrix_note)
        self.sub(self.S["finding_severities"])
        for level, meaning in a.finding_severities:
            self.para(meaning, bold=plain(level))

    def sources(self) -> None:
        b = self.r.sources
        self.heading("ch-sources")
        self.sub(self.S["cited_documents"])
        cited = {d.id: ", ".join(f"{s} ({n})" for s, n in d.sections) or DASH for d in b.documents}
        rows = [(d.id, d.title, d.available, cited[d.id]) for d in b.documents]
        self.table(self.cols("id document available sections_cited"), rows)
        self.sub(self.S["cited_law"])
        self.grid(b.references, "text:reference cited_by")
