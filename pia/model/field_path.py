"""Where an answer sits in an assessment: a field path, written as the YAML reads.

`FieldPath(("purposes", 1, "legal_bases", 0, "basis"))` is said `purposes[1].legal_bases[0].basis`;
a field is a name, a list item its 0-based index. The model, the store (errors located in the
file), the findings and the diff all name a field this one way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Part = str | int

_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class FieldPath:
    """The parts of a path from the top of the assessment: field names and list indexes."""

    parts: tuple[Part, ...] = ()

    def __str__(self) -> str:
        out = ""
        for part in self.parts:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """`purposes[1].legal_bases` -> `FieldPath(("purposes", 1, "legal_bases"))`."""
        return cls(tuple(name or int(index) for name, index in _PART.findall(text)))


def field_path(loc: tuple[Part, ...]) -> str:
    """`('purposes', 3, 'legal_bases')` -> `purposes[3].legal_bases` (a validation error's loc)."""
    return str(FieldPath(tuple(loc)))
