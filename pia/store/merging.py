"""The assessment's answers merged into the file's YAML tree, so comments and layout survive.

Only what changed is touched: a value the analyst quoted stays quoted, a defaulted field is
written only if the file already had it, and list items are matched by their `id`. `merge` also
records each replaced value, which lets `yaml_patch` rewrite just those lines.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.reader import Reader
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, ScalarString

from pia.model import Assessment
from pia.store.yaml_dialect import _dump
from pia.yaml_patch import Change

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MISSING = object()
_TRAILING_KEYS = ("sources", "note")
# Text a block scalar cannot hold as is: characters YAML forbids raw, or reads as other line breaks.
_NEEDS_ESCAPES = re.compile(f"{Reader.NON_PRINTABLE.pattern}|[\r\x85\u2028\u2029]")


def render(assessment: Assessment, tree: CommentedMap | None = None) -> str:
    """The YAML text of an assessment, merged into the file's tree so comments survive."""
    return _dump(merge(assessment, tree))


def merge(
    assessment: Assessment, tree: CommentedMap | None = None, changes: list[Change] | None = None
) -> CommentedMap:
    """The file's tree (mutated in place) updated to the assessment's answers.

    `changes`, if given, collects each value replaced in a mapping, and None for any change of
    structure (a key or item added or removed, a list reordered): what `yaml_patch` needs.
    """
    full = assessment.model_dump(mode="json")
    recorded = assessment.model_dump(mode="json", exclude_defaults=True)
    return _merge(tree, full, recorded, changes if changes is not None else [])


def _merge(node: Any, full: Any, recorded: Any, changes: list[Change]) -> Any:
    """Update `node` to `full` in place, writing a defaulted key only if the file already had it."""
    if isinstance(full, dict):
        if not isinstance(node, CommentedMap):
            changes.append(None)
        target = node if isinstance(node, CommentedMap) else CommentedMap()
        keep = [k for k in full if k in target or (isinstance(recorded, dict) and k in recorded)]
        if not target:  # a new item: its own fields first, where it comes from last
            keep.sort(key=lambda k: k in _TRAILING_KEYS)
        for key in [k for k in target if k not in keep]:
            changes.append(None)
            del target[key]
        for key in keep:
            sub = recorded.get(key, _MISSING) if isinstance(recorded, dict) else _MISSING
            old = target.get(key, _MISSING)
            new = _merge(None if old is _MISSING else old, full[key], sub, changes)
            if old is _MISSING:
                changes.append(None)
            elif new is not old and not isinstance(new, CommentedMap | CommentedSeq):
                changes.append((target, key, old, new))
            target[key] = new
        return target
    if isinstance(full, list):
        seq = node if isinstance(node, CommentedSeq) else CommentedSeq()
        old_by_id = {item["id"]: item for item in seq if isinstance(item, dict) and "id" in item}
        rec = recorded if isinstance(recorded, list) else [_MISSING] * len(full)
        items = []
        for i, value in enumerate(full):
            prior = old_by_id.get(value.get("id")) if isinstance(value, dict) else None
            if prior is None and i < len(seq) and not old_by_id:
                prior = seq[i]
            items.append(_merge(prior, value, rec[i] if i < len(rec) else _MISSING, changes))
        if not isinstance(node, CommentedSeq) or [id(x) for x in items] != [id(x) for x in seq]:
            changes.append(None)
        seq[:] = items
        return seq
    if isinstance(full, str) and isinstance(node, dt.date) and node.isoformat() == full:
        return node  # a date already made plain by an earlier save
    if isinstance(full, str):
        # Keep the analyst's quoting or block style; a plain date is re-written below, unquoted.
        kept_style = isinstance(node, ScalarString) or not _ISO_DATE.match(full)
        if isinstance(node, str) and node.strip() == full and kept_style:
            return node
        if _NEEDS_ESCAPES.search(full):  # control characters or line breaks YAML would change
            return DoubleQuotedScalarString(full)
        if _ISO_DATE.match(full):
            try:
                return dt.date.fromisoformat(full)  # written plain, read back as text
            except ValueError:
                return full
        return LiteralScalarString(full + "\n") if "\n" in full else full
    return node if node == full and type(node) is type(full) else full
