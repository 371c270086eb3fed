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


def unknowns(record: Record) -> list[Unknown]:
    """Every open question, in file order: the analyst's to-do list before sign-off."""
    return list(_walk(record, ()))


def _walk(node: Any, loc: tuple[str | int, ...]) -> Iterator[Unknown]:
    if isinstance(node, Record):
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            is_gap = (value is None and UNKNOWN_IF_MISSING in field.metadata) or (
                isinstance(value, Enum) and value.value == "unknown"
            )
            if is_gap:
                question = field.description or name.replace("_", " ")
                yield Unknown(field_path((*loc, name)), question)
            else:
                yield from _walk(value, (*loc, name))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, (*loc, i))
