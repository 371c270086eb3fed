"""What the assessment does not know yet: fields left empty or `unknown` as sources are silent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, get_args

from pia.model import UNKNOWN_IF_MISSING, AskedWhen, Record
from pia.model.field_path import field_path


@dataclass(frozen=True)
class Unknown:
    """An open question: where it is, and which field of which record it asks (a code; the
    question's words are the field's description, which a face shows)."""

    path: str
    record: type[Record]
    field: str


@dataclass(frozen=True)
class SectionProgress:
    """How many of a section's questions are answered: the progress view's bar."""

    section: str
    answered: int
    questions: int

    @property
    def share(self) -> float:
        return self.answered / self.questions if self.questions else 1.0


def unknowns(record: Record) -> list[Unknown]:
    """Every open question, in file order: the analyst's to-do list before sign-off."""
    return [
        Unknown(field_path(loc), model, loc[-1])
        for loc, model, answered in _walk(record, (), record)
        if not answered
    ]


def completeness(record: Record) -> list[SectionProgress]:
    """Answered questions per top-level section, in the model's order."""
    counts: dict[str, list[int]] = {name: [0, 0] for name in type(record).model_fields}
    for loc, _, answered in _walk(record, (), record):
        counts[loc[0]][0] += answered
        counts[loc[0]][1] += 1
    return [SectionProgress(name, a, q) for name, (a, q) in counts.items() if q]


Applies = Callable[[Any, Any], bool] | None  # when a question is asked; None: always


@cache
def _fields(model: type[Record]) -> tuple[tuple[str, bool, bool, Applies], ...]:
    """(name, a question the sources may leave open, may hold records, asked when)."""
    out = []
    for name, field in model.model_fields.items():
        open_ = UNKNOWN_IF_MISSING in field.metadata or _has_unknown(field.annotation)
        asked = next((m.applies for m in field.metadata if isinstance(m, AskedWhen)), None)
        out.append((name, open_, _holds_records(field.annotation), asked))
    return tuple(out)


def _has_unknown(annotation: Any) -> bool:
    """An enum with an `unknown` member (e.g. the transfer tool)."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "unknown" in annotation.__members__
    return any(_has_unknown(arg) for arg in get_args(annotation))


def _holds_records(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return True
    return any(_holds_records(arg) for arg in get_args(annotation))


def _walk(node: Any, loc: tuple[str | int, ...], root: Any) -> Iterator[tuple[tuple, Any, bool]]:
    """Each question the model marks as one the sources may leave open, answered or not.

    A question marked `AskedWhen` counts only where its condition holds (e.g. the Art. 6(3) law
    only for a legal obligation or a public task)."""
    if isinstance(node, Record):
        for name, open_, nested, asked in _fields(type(node)):
            value = getattr(node, name)
            if open_ and (asked is None or value is not None or asked(node, root)):
                gap = value is None or getattr(value, "value", None) == "unknown"
                yield (*loc, name), type(node), not gap
            if nested and value is not None:
                yield from _walk(value, (*loc, name), root)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, Record):
                yield from _walk(item, (*loc, i), root)
