"""How large and deep an assessment file may be: pathological documents are refused early.

A file of a few megabytes can still nest thousands of levels deep or expand, through aliases,
into millions of values; validating such a tree would take minutes or exhaust the stack, so
it is refused first with the place where it passes the limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from pia.store.locations import _fail, _position
from pia.store.yaml_dialect import _yaml

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000


def _check_size(path: Path, tree: Any) -> None:
    """Refuse pathological documents (deep nesting, alias bombs) before validation walks them."""
    count = 0
    # (node, depth, position of the nearest enclosing list or mapping: scalars have none)
    stack: list[tuple[Any, int, tuple[int | None, int | None]]] = [(tree, 1, (1, 1))]
    while stack:
        node, depth, where = stack.pop()
        if _position(node)[0] is not None:
            where = _position(node)
        count += 1
        if depth > MAX_DEPTH:
            _fail(path, "too_deep", f"the YAML is nested deeper than {MAX_DEPTH} levels", *where)
        if count > MAX_NODES:
            _fail(
                path,
                "too_many_values",
                f"the YAML holds more than {MAX_NODES:,} values "
                "(do aliases like *name repeat a part many times?)",
                *where,
            )
        if isinstance(node, dict):
            stack.extend((value, depth + 1, where) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1, where) for value in node)


def _deep_position(text: str) -> tuple[int | None, int | None]:
    """Where nesting first passes MAX_DEPTH, found with the (non-recursive) event parser."""
    depth = 0
    try:
        for event in _yaml().parse(text):
            name = type(event).__name__
            depth += name in ("SequenceStartEvent", "MappingStartEvent")
            depth -= name in ("SequenceEndEvent", "MappingEndEvent")
            if depth > MAX_DEPTH:
                return event.start_mark.line + 1, event.start_mark.column + 1
    except YAMLError:
        pass
    return None, None
