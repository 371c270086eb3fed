"""What a notebook cell calls: summaries, registers as tables, charts and live panels.

Each function takes the `Result` (or the `Session`) and returns something Jupyter displays. Text
and tables are deterministic, so nbval can compare them; live panels (ipywidgets) are not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pandas as pd

from pia.escaping import code_block, markdown
from pia.findings import Finding, Severity
from pia.knowledge import load_knowledge
from pia.result import Result
from pia.scoring import ScoredItem
from pia.words import Speaker, speaker

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from pia.model import Assessment
    from pia.widgets import Session

_LEVEL_COLOURS = {"low": "#d9f0d3", "medium": "#fee8a8", "high": "#f4b6b0"}
_SEVERITY_COLOURS = {
    "blocker": "#f4b6b0",
    "major": "#fee8a8",
    "minor": "#e8eef7",
    "info": "#f2f2f2",
}


@dataclass(frozen=True)
class Panel:
    """Markdown for the notebook, the same text for plain-text outputs (and nbval).

    Build it from this module's functions: each passes the analyst's text through
    `pia.escaping.markdown`, so the text shows as written and never becomes a tag, link or script.
    """

    markdown: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.markdown


def open_session(path: str) -> Session:
    """The live link between the notebook's forms and the assessment file."""
    from pia.widgets import Session

    return Session.open(path)


# --- summaries ------------------------------------------------------------------------------------


def overview(assessment: Assessment, result: Result) -> Panel:
    """Status, screening, overall risk, Art. 36, progress per section, open findings, next steps."""
    s = result.screening
    counts = ", ".join(f"{len(result.findings_by_severity(sev))} {sev.value}" for sev in Severity)
    lines = [
        f"### {markdown(assessment.metadata.title)}",
        "",
        f"- **Controller:** {markdown(assessment.metadata.controller.name)}",
        f"- **Version:** {markdown(assessment.metadata.version)} "
        f"({assessment.metadata.status.value})",
        f"- **Screening:** {s.verdict.replace('_', ' ')} ({s.met_count} of 9 WP248 criteria met)",
        f"- **Overall risk:** {result.inherent_level} before measures, "
        f"{result.residual_level} after",
        f"- **Prior consultation (Art. 36):** "
        f"{'required' if result.prior_consultation.required else 'not required'}",
        f"- **Findings:** {counts}",
        "",
        "**Progress** (questions answered per section):",
        "",
    ]
    lines += [f"- {p.section}: {p.answered}/{p.questions} ({p.share:.0%})" for p in result.progress]
    lines += ["", "**Next steps** (most severe findings first):", ""]
    said = Speaker("en", result.names)
    lines += [
        f"1. `{f.id}` {markdown(said.say(f.id))}: {markdown(said.part(f.id, 'remedy', **f.params))}"
        for f in _first_of_each_rule(result.findings, 5)
    ]
    return Panel("\n".join(lines))


def screening_verdict(result: Result) -> Panel:
    """Whether a DPIA is required, and why, in the words of WP248 and the national list."""
    s = result.screening
    lines = [f"**Verdict: {s.verdict.replace('_', ' ')}**", ""]
    en = speaker("en")
    lines += [f"- {markdown(en.say(f'screening-{r.code}', **r.params))}" for r in s.reasons]
    return Panel("\n".join(lines))


def description_panel(assessment: Assessment) -> Panel:
    """The systematic description at a glance, with the open questions."""
    from pia.summary import summary

    return Panel(code_block(summary(assessment)))


def prior_consultation_panel(result: Result) -> Panel:
    """Art. 36(1) in one sentence: consult the supervisory authority first, or not."""
    verdict = result.prior_consultation
    head = "required" if verdict.required else "not required"
    said = speaker("en").prior_consultation(verdict)
    return Panel(f"**Prior consultation (Art. 36): {head}.** {markdown(said)}")


def signoff_panel(assessment: Assessment, assessment_path: str | Path | None = None) -> Panel:
    """Draft, verified, unsigned, invalid or stale; each sign-off, its signature and whether it
    still matches the content. Signatures verify against the allowed_signers file that governs
    `assessment_path` (none without it)."""
    from pia.allowed_signers import for_assessment
    from pia.signoff import content_hash, signoff_states, status

    signers = for_assessment(assessment_path) if assessment_path is not None else None
    lines = [
        f"**Status: {markdown(status(assessment, signers))}**",
        "",
        f"Content hash now: `{content_hash(assessment)[:16]}`",
        "",
    ]
    states = signoff_states(assessment, signers)
    lines += [f"- {markdown(st.text)}" for st in states] or ["- no sign-off yet"]
    return Panel("\n".join(lines))


def report_folder(assessment_path: str | Path) -> Path:
    """`<project>/build/<case>/` for a case in `<project>/data/<case>/`, else `build/` beside it."""
    path = Path(assessment_path).resolve()
    if path.parent.parent.name == "data":
        return path.parents[2] / "build" / path.parent.name
    return path.parent / "build"


def write_report(assessment_path: str | Path, langs: Sequence[str] = ("en", "nl")) -> Panel:
    """Render the report (HTML and PDF per language) and link to the files written."""
    from pia.report.render import write_report as write

    folder = report_folder(assessment_path)
    written = write(assessment_path, folder, langs=langs)
    links = [f"- [{markdown(p.name)}]({quote(os.path.relpath(p, Path.cwd()))})" for p in written]
    return Panel(f"**Report written** to {markdown(folder.name)}/:\n\n" + "\n".join(links))


def heading(text: str) -> Panel:
    """A heading in the notebook's flow, e.g. a purpose's name above its factors."""
    return Panel(f"### {markdown(text)}")


def _first_of_each_rule(findings: Iterable[Finding], limit: int) -> list[Finding]:
    seen: dict[str, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.id, finding)
    return list(seen.values())[:limit]


def screening_table(result: Result) -> pd.DataFrame:
    """The nine WP248 criteria, the Art. 35(3) cases and the national list: met, and why."""
    s, en = result.screening, speaker("en")
    rows = [
        (
            c.id,
            en.label("criterion", c.key),
            _met(c.met, c.decidable),
            "; ".join(en.say(f"screening-{r.code}", **r.params) for r in c.reasons),
        )
        for c in (*s.criteria, *s.art35_3, *s.national)
    ]
    return pd.DataFrame(rows, columns=["criterion", "title", "met", "why"]).set_index("criterion")


def _met(met: bool, decidable: bool) -> str:
    return "yes" if met else ("no" if decidable else "not recorded")


def items_table(items: Sequence[ScoredItem]) -> pd.DataFrame:
    """Scored items: proposed severity, likelihood and level, and the factors behind them."""
    said = speaker("en")
    rows = [
        (
            item.id,
            item.severity.label,
            item.likelihood.label,
            item.level,
            "; ".join(f"{said.say(f'factor-{f.code}')} ({f.points:+d})" for f in item.factors),
        )
        for item in items
    ]
    columns = ["item", "severity", "likelihood", "level", "factors"]
    return pd.DataFrame(rows, columns=columns).set_index("item")


def title(item: ScoredItem, names: Mapping[str, str] | None = None) -> str:
    """What a scored item is about, in English (a purpose is called by the analyst's name).

    `names` is `pia.words.names_of(assessment)`; without it, items are named by their ids."""
    return Speaker("en", names).title(item.title)


def factors_table(item: ScoredItem, names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One item's factors: what was found, how much it weighs, and the rule it rests on.

    `names` (`pia.words.names_of(assessment)`) lets a reason name items as the analyst did."""
    said = Speaker("en", names)
    rows = []
    for f in item.factors:
        factor = said.factor(f)
        rows.append((f.axis, factor.name, f"{f.points:+d}", factor.reason, factor.reference))
    return pd.DataFrame(rows, columns=["axis", "factor", "points", "reason", "reference"])


def checks_table(
    items: Sequence[ScoredItem], names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Each item's checklist (e.g. the EDPB 01/2020 steps): recorded, missing or failed."""
    said = Speaker("en", names)
    rows = []
    for item in items:
        for c in item.checks:
            words = said.check(c)
            rows.append((item.id, words.label, c.status, words.detail))
    return pd.DataFrame(rows, columns=["item", "check", "status", "detail"])


def register_table(result: Result) -> pd.DataFrame:
    """The risk register: inherent level (with any override), measures, residual level."""
    scale = result.scale
    rows = [
        (
            line.id,
            line.severity.label + (" (override)" if line.severity.overridden else ""),
            line.likelihood.label + (" (override)" if line.likelihood.overridden else ""),
            line.level,
            ", ".join(m.id for m in line.measures if m.counted) or "—",
            scale.label("severity", line.residual_severity),
            scale.label("likelihood", line.residual_likelihood),
            line.residual_level,
        )
        for line in result.risks
    ]
    columns = [
        "risk",
        "severity",
        "likelihood",
        "level",
        "measures",
        "residual severity",
        "residual likelihood",
        "residual level",
    ]
    return pd.DataFrame(rows, columns=columns).set_index("risk")


def measures_table(assessment: Assessment) -> pd.DataFrame:
    """The action plan: who does what by when, and how far it is."""
    rows = [
        (
            m.id,
            m.title,
            m.owner or "—",
            m.due.isoformat() if m.due else "—",
            m.status.value,
            m.reduces_severity,
            m.reduces_likelihood,
        )
        for m in assessment.measures
    ]
    columns = ["measure", "title", "owner", "due", "status", "severity -", "likelihood -"]
    return pd.DataFrame(rows, columns=columns).set_index("measure")


def findings_table(result: Result, *prefixes: str, severity: str | None = None) -> pd.DataFrame:
    """Findings, optionally only those whose id or field path starts with one of `prefixes`,
    or of one severity."""
    chosen = [
        f
        for f in result.findings
        if (not prefixes or any(f.id.startswith(p) or f.path.startswith(p) for p in prefixes))
        and (severity is None or f.severity.value == severity)
    ]
    said = Speaker("en", result.names)
    rows = [
        (f.id, f.severity.value, f.path, words.message, words.reference)
        for f, words in ((f, said.finding(f)) for f in chosen)
    ]
    return pd.DataFrame(rows, columns=["id", "severity", "where", "finding", "reference"])


def styled(table: pd.DataFrame, name: str) -> Any:
    """Colour levels and severities, cells and labels escaped; a fixed id keeps the HTML identical
    between runs."""

    def colour(value: Any) -> str:
        shade = _LEVEL_COLOURS.get(value) or _SEVERITY_COLOURS.get(value)
        return f"background-color: {shade}" if shade else ""

    return (
        table.style.set_uuid(name)
        .format(escape="html")
        .format_index(escape="html", axis="index")
        .format_index(escape="html", axis="columns")
        .map(colour)
        .set_properties(subset=None, **{"text-align": "left", "vertical-align": "top"})
    )


# --- charts ---------------------------------------------------------------------------------------
# Shown as PNG images: nbval skips image bytes, and the figures are tested in tests/test_charts.py.


def _image(fig: Figure, fmt: str = "png") -> Any:
    """PNG for saved outputs; SVG (about twice as fast to draw) for live panels."""
    from IPython.display import SVG, Image

    from pia.charts import figure_png, figure_svg

    return SVG(figure_svg(fig)) if fmt == "svg" else Image(figure_png(fig))


def heat_map(result: Result, fmt: str = "png", lang: str = "en") -> Any:
    """Risks before and after measures on the method's severity x likelihood grid."""
    from pia.charts import risk_heat_map
    from pia.words import speaker

    return _image(risk_heat_map(result.risks, result.scale, speaker(lang)), fmt)


def retention_chart(assessment: Assessment, result: Result | None = None, lang: str = "en") -> Any:
    """Retention periods per rule and group, against the reference periods; a rule whose period
    is missing (`Result.retention_status`) is a warning bar."""
    from pia.charts import retention_timeline
    from pia.scoring.statuses import retention_statuses
    from pia.words import speaker

    statuses = result.retention_status if result else retention_statuses(assessment)
    return _image(retention_timeline(assessment, statuses, speaker(lang), load_knowledge()))


def transfer_chart(assessment: Assessment, result: Result, lang: str = "en") -> Any:
    """Destinations with adequacy, the transfer tool as the scorer judged it, and risk level."""
    from pia.charts import transfer_overview
    from pia.words import Speaker, names_of

    return _image(transfer_overview(result, Speaker(lang, names_of(assessment))))


def progress_figure(result: Result, lang: str = "en") -> Any:
    """Questions answered per section."""
    from pia.charts import progress_chart
    from pia.words import speaker

    return _image(progress_chart(result.progress, speaker(lang)))


# --- live panels ----------------------------------------------------------------------------------


def live(session: Session, *views: Callable[[Session], Any]) -> Any:
    """An output area that shows `views` now and again after every saved change."""
    import ipywidgets
    from IPython.display import display

    area = ipywidgets.Output()

    def refresh(_result: Any = None) -> None:
        area.clear_output(wait=True)
        with area:
            for view in views:
                display(view(session))

    refresh()
    session.on_change(refresh)
    return area
