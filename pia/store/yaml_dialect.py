"""How assessment files are written as YAML: one round-trip dialect, and a fast reader for checks.

The round-trip dialect keeps the analyst's comments, quoting and key order, and leaves dates as
text so that pydantic reads them; the fast C reader is used where comments do not matter.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.emitter import RoundTripEmitter


class _UnfoldedQuotes(RoundTripEmitter):
    """Double-quoted scalars written on one line, however long.

    ruamel.yaml (0.18.17) folds a long double-quoted line right after an escape (`\\t`, `\\\\`,
    `\\L`, `\\uFEFF`) without the `\\` that keeps the line break out of the text: the text reads
    back with a space more, and the save is refused as not reading back the same.
    """

    def write_double_quoted(self, text: Any, split: Any = True) -> None:
        super().write_double_quoted(text, split=False)


def _yaml() -> YAML:
    """Round-trip YAML that keeps comments and key order, and leaves dates as text for pydantic."""
    yaml = YAML(typ="rt")
    yaml.Emitter = _UnfoldedQuotes
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda constructor, node: constructor.construct_scalar(node)
    )
    yaml.representer.add_representer(
        type(None),
        lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"),
    )
    return yaml


class _TextDates(SafeConstructor):
    """The fast C-based reader, with dates left as text as in `_yaml()`."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def _fast_reader() -> YAML:
    """Reads our own output back to check it: no comments needed, so the C parser will do."""
    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _TextDates
    return yaml


def _dump(tree: CommentedMap) -> str:
    """The whole text of a tree, in the round-trip dialect."""
    stream = io.StringIO()
    _yaml().dump(tree, stream)
    return stream.getvalue()
