"""The small immutable pieces every chapter of the report view-model is built from."""

from __future__ import annotations

from dataclasses import dataclass

from pia.report.i18n import Translated

__all__ = ["Field", "Level", "Row", "Table", "Translated", "ids", "sources_of"]


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
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def sources_of(item: object) -> str:
    return ", ".join(getattr(item, "sources", ()) or ())


def ids(values: object) -> str:
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]
