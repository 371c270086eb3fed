"""Small edits written in place: a changed one-line value replaced where it stands in the text.

Writing a whole file with the comment-keeping YAML emitter takes tens of milliseconds; a form edit
usually changes one value. When every change is such a value, `patch` rewrites only those lines;
otherwise it returns None and the caller writes the whole file. The caller still reads the result
back and compares it with the assessment, so a patch can never save something else.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

# One change: the mapping, its key, the old value and the new one. None: a change of structure.
Change = tuple[CommentedMap, str, Any, Any] | None

_PLAIN_TYPES = (str, int, float, bool)
_TOKEN = re.compile(r"(?P<token>.*?)(?P<tail>\s+#.*)?(?P<eol>\r?\n)?\Z", re.DOTALL)


def patch(text: str, changes: list[Change], yaml: YAML) -> str | None:
    """`text` with each changed value replaced in its line (no change: `text` as it is); None if a
    change needs a rewrite."""
    edits = [change for change in changes if change is not None]
    if len(edits) < len(changes):
        return None
    lines = text.splitlines(keepends=True)
    for parent, key, old, new in edits:
        if type(old) not in _PLAIN_TYPES:  # quoted, block, date, null: the emitter decides
            return None
        position = parent.lc.data.get(key)
        if position is None or position[2] >= len(lines):
            return None
        line, column = position[2], position[3]
        match = _TOKEN.match(lines[line][column:])
        written = _scalar(key, new, yaml)
        if match is None or written is None or match["token"] != _shown(old):
            return None
        lines[line] = _with_comment(lines[line][:column] + written, match, column)
    return "".join(lines)


def _with_comment(start: str, match: re.Match[str], column: int) -> str:
    """Keep a trailing comment where it stood, as the emitter does (or one space after it)."""
    tail, eol = match["tail"] or "", match["eol"] or ""
    if tail:
        comment = tail.lstrip()
        stood_at = column + len(match["token"]) + len(tail) - len(comment)
        start = start.ljust(stood_at) if len(start) < stood_at else start + " "
        tail = comment
    return start + tail + eol


def _shown(value: Any) -> str:
    """How a plain scalar of this value reads in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _scalar(key: str, value: Any, yaml: YAML) -> str | None:
    """The value as the emitter writes it after `key: `, if that fits on one line."""
    stream = io.StringIO()
    yaml.dump(CommentedMap({key: value}), stream)
    written = stream.getvalue()
    prefix = f"{key}: "
    if not written.startswith(prefix) or written.count("\n") != 1:
        return None
    return written[len(prefix) : -1]
