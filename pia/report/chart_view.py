"""The report's charts as SVG text, and the transfers at a glance, in the report's language."""

from __future__ import annotations

from dataclasses import dataclass

from pia.knowledge import Knowledge
from pia.model import Assessment
from pia.report.i18n import Catalog
from pia.result import Result
from pia.words import Speaker, names_of


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

    words = Speaker(cat.lang, names_of(a))
    heat_map = c.risk_heat_map(result.risks, result.scale, words)
    retention = c.retention_timeline(a, result.retention_status, words, kb)
    glance = TransferGlance(
        tuple(c.glance_columns(words)),
        tuple(
            GlanceRow(row.destination, row.detail, tuple((t, lv or "") for t, lv in row.cells))
            for row in c.transfer_rows(result, words)
        ),
        words.part("chart-empty", "transfers"),
    )
    return Charts(c.figure_svg(heat_map), c.figure_svg(retention), glance)
