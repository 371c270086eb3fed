"""Where a problem sits in an assessment file: line, column and field path, raised as an Issue.

Every error `load` reports names the file, the line and the field, so the analyst can go
straight to it; this module turns positions in the YAML tree into those coordinates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from pydantic_core import ErrorDetails

from pia.errors import InvalidAssessment, Issue
from pia.model.field_path import field_path
from pia.validation_messages import describe


def locate(tree: Any, loc: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    """The 1-based line and column of the deepest node of `loc` present in the YAML tree."""
    node, line, column = tree, 1, 1
    for part in loc:
        lc = getattr(node, "lc", None)
        if isinstance(node, dict) and part in node:
            if lc is not None:
                line, column = lc.key(part)[0] + 1, lc.key(part)[1] + 1
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            if lc is not None:
                line, column = lc.item(part)[0] + 1, lc.item(part)[1] + 1
            node = node[part]
        else:
            break
    return line, column


def _position(node: Any) -> tuple[int | None, int | None]:
    """The 1-based line and column of a list or mapping; (None, None) for a scalar."""
    lc = getattr(node, "lc", None)
    return (lc.line + 1, lc.col + 1) if lc is not None and lc.line is not None else (None, None)


def _fail(
    path: Path, code: str, message: str, line: int | None = None, column: int | None = None
) -> NoReturn:
    """Raise the one problem that stops the file from being read any further."""
    raise InvalidAssessment(path, [Issue(str(path), line, column, "", code, message)])


def _issue(path: Path, tree: Any, error: ErrorDetails) -> Issue:
    """A validation error, located in the file's tree."""
    loc = tuple(error["loc"])
    line, column = locate(tree, loc)
    return Issue(str(path), line, column, field_path(loc), error["type"], describe(error))
