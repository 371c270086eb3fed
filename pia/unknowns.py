"""What the assessment does not know yet: fields left empty or `unknown` where the source was silent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pia.model import UNKNOWN_IF_MISSING, Record
from pia.store import field_path


@dataclass(frozen=True)
class Unknown:
    path: str
    question: str


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
        Unknown(path, question) for path, question, answered in _walk(record, ()) if not answered
    ]


def completeness(record: Record) -> list[SectionProgress]:
    """Answered questions per top-level section, in the model's order."""
    counts: dict[str, list[int]] = {name: [0, 0] for name in type(record).model_fields}
    for path, _, answered in _walk(record, ()):
        section = path.split(".", 1)[0].split("[", 1)[0]
        counts[section][0] += answered
        counts[section][1] += 1
    return [SectionProgress(name, a, q) for name, (a, q) in counts.items() if q]


def _walk(node: Any, loc: tuple[str | int, ...]) -> Iterator[tuple[str, str, bool]]:
    """Each question the model marks as one the sources may leave open, answered or not."""
    if isinstance(node, Record):
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            question = UNKNOWN_IF_MISSING in field.metadata or (
                isinstance(value, Enum) and "unknown" in type(value).__members__
            )
            if question:
                gap = value is None or (isinstance(value, Enum) and value.value == "unknown")
                yield field_path((*loc, name)), field.description or name.replace("_", " "), not gap
            if value is not None:
                yield from _walk(value, (*loc, name))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, (*loc, i))
