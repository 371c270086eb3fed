"""The small immutable pieces every chapter of the report view-model is built from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import ceil

__all__ = ["Field", "Level", "Row", "Table", "column_widths", "ids", "sources_of"]


@dataclass(frozen=True, slots=True)
class Level:
    """A level as the template shows it: its key (for the colour class) and its label."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled fact; `missing` marks an answer the assessment does not have."""

    label: str
    value: str
    missing: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """A row about one recorded item: its id, its cells, its sources and the analyst's note."""

    id: str
    cells: tuple[str, ...]
    sources: str = ""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """Rows about recorded items; the template adds an id column first and a sources column last."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def widths(self) -> tuple[float, ...]:
        """Each column's share of the table width, in percent: the columns, then sources."""
        header = (*self.columns, "")  # `columns` names the id column; sources has a short label
        return column_widths(header, [(row.id, *row.cells, row.sources) for row in self.rows])


LINE = 100  # characters on one line of a table across the page, at the tables' font size
LONGEST_WORD = 24  # longer words are broken anyway (overflow-wrap), so they ask for no more
PADDING = 3  # a cell's padding, in characters
BOLD = 1.15  # a bold header character is about this much wider than a body character


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], line: int = LINE
) -> tuple[float, ...]:
    """Column widths in percent, chosen from the text as a browser's automatic layout would.

    The report's tables use the fixed layout, which WeasyPrint lays out without measuring every
    cell twice (a fifth of a PDF render went there); these widths keep the automatic layout's
    look: every column gets at least its longest word, and the rest of the line is shared in
    proportion to how much more each column's longest text would take.
    """
    if not header:
        return ()
    columns = [[r[i] if i < len(r) else "" for r in rows] for i in range(len(header))]
    least = [
        PADDING + max(3, ceil(BOLD * _longest_word(h)), *(_longest_word(c) for c in col))
        for h, col in zip(header, columns, strict=True)
    ]
    most = [
        max(lo, PADDING + ceil(BOLD * len(h)), PADDING + max(map(len, col), default=0))
        for lo, h, col in zip(least, header, columns, strict=True)
    ]
    spare, stretch = line - sum(least), sum(most) - sum(least)
    if sum(most) <= line or stretch == 0:
        chars = [float(m) for m in most]
    elif spare <= 0:
        chars = [float(lo) for lo in least]
    else:
        chars = [lo + (hi - lo) * spare / stretch for lo, hi in zip(least, most, strict=True)]
    total = sum(chars)
    return tuple(round(100 * c / total, 1) for c in chars)


def sources_of(item: object) -> str:
    return ", ".join(getattr(item, "sources", ()) or ())


def ids(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values)


def _longest_word(text: str) -> int:
    return min(LONGEST_WORD, max((len(w) for w in text.split()), default=0))
