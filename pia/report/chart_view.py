"""The report's charts as SVG text, and the transfers at a glance, in the report's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pia.knowledge import Knowledge
from pia.model import Assessment
from pia.report.i18n import Catalog
from pia.result import Result
from pia.risk import Scale, scale_for


@dataclass(frozen=True, slots=True)
class Charts:
    heat_map: str
    retention: str
    transfers: TransferGlance


@dataclass(frozen=True, slots=True)
class GlanceRow:
    """One transfer, or an EEA host whose parent is not: where to, and its coloured status cells."""

    destination: str
    detail: str
    cells: tuple[tuple[str, str], ...]  # (text, level key; "" for a grey cell)


@dataclass(frozen=True, slots=True)
class TransferGlance:
    """The transfers chart of the notebooks as a table: the PDF lays it out in about a third of
    the time the chart's SVG took, and its words are text a reader can search and copy."""

    columns: tuple[str, ...]
    rows: tuple[GlanceRow, ...]
    empty: str


def charts(a: Assessment, result: Result, kb: Knowledge, cat: Catalog) -> Charts:
    """The two charts as SVG text and the transfers at a glance, in the report's language."""
    from pia import charts as c

    scale = scale_for(result.method)
    if cat.lang != "en":
        scale = Scale(
            scale.method,
            tuple((k, cat.scale_label(scale.method, "severity", k)) for k, _ in scale.severity),
            tuple((k, cat.scale_label(scale.method, "likelihood", k)) for k, _ in scale.likelihood),
            scale.matrix,
        )
    figures = (c.risk_heat_map(result.risks, scale), c.retention_timeline(a, kb))
    english = cat.lang == "en"
    translate = _as_is if english else _chart_words(a, kb, cat)
    if not english:
        for fig in figures:
            _translate_figure(fig, translate)
    svgs = [c.figure_svg(fig) for fig in figures]
    glance = TransferGlance(
        tuple(map(translate, ("Destination", "Adequacy", "Transfer tool", "Risk level"))),
        tuple(
            GlanceRow(
                translate(where),
                translate(detail),
                tuple((translate(text), level or "") for text, level in cells),
            )
            for where, detail, cells in c.transfer_rows(a, kb, result.transfers)
        ),
        translate("No transfers outside the EEA recorded."),
    )
    return Charts(svgs[0], svgs[1], glance)


def _as_is(text: str) -> str:
    return text


def _chart_words(a: Assessment, kb: Knowledge, cat: Catalog) -> Callable[[str], str]:
    """A line of chart text in the catalogue's words (titles, axes, legends, status cells).

    Ids and names the analyst wrote are left alone: a line equal to an id is never translated,
    and only the fixed suffixes the charts add to a name ("(remote access)", "(parent in X)").
    """
    words = cat.engine.get("chart_text", {})
    english = kb.countries.names
    names = cat.countries(english)
    exact = dict(words)
    exact.update(
        {english[code]: names[code] for code in cat.engine.get("countries", {}) if code in english}
    )
    own = {p.id for p in a.purposes} | {r.id for r in a.risks} | {m.id for m in a.measures}
    own |= {t.id for t in a.description.transfers} | {r.id for r in a.description.retention_rules}
    english_names = {name: code for code, name in english.items()}

    def line(text: str) -> str:
        if text in own:
            return text
        if text in exact:
            return exact[text]
        if re.fullmatch(r"\d+ (days?|weeks?|months?|years?)", text):
            return cat.period(text)
        if m := re.fullmatch(r"\+ (\d+) more", text):
            return f"+ {m.group(1)} {words.get('more', 'more')}"
        if m := re.fullmatch(r"(.*) \((storage|remote access|onward transfer)\)", text):
            return f"{m.group(1)} ({cat.enum('transfer_kind', m.group(2).replace(' ', '_'))})"
        if m := re.fullmatch(r"(.*) \(parent in (.+)\)", text):
            parent = names[english_names.get(m.group(2), m.group(2))]
            return f"{m.group(1)} ({words.get('parent in', 'parent in')} {parent})"
        return text

    return line


def _translate_figure(fig: Any, line: Callable[[str], str]) -> None:
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        original = text.get_text()
        if original:
            text.set_text("\n".join(line(part) for part in original.split("\n")))
