"""The parsed tree of each recently read or saved file, so a save need not parse it again.

The round-trip parser is slow, and an autosaving form saves often. Entries are keyed by
(resolved path, revision): a file changed by anyone else has another revision and is parsed
afresh. Each tree carries a flag saying whether its line/column positions still match the file's
text (true after a load or an in-place patch, false after the whole file was re-emitted).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

_TREES: OrderedDict[tuple[str, str], tuple[CommentedMap, bool]] = OrderedDict()
_TREES_KEPT = 16


def _remember(path: Path, rev: str, tree: CommentedMap, positions: bool = True) -> None:
    _TREES[(str(path.resolve()), rev)] = (tree, positions)
    while len(_TREES) > _TREES_KEPT:
        _TREES.popitem(last=False)


def _recall(path: Path, rev: str) -> tuple[CommentedMap | None, bool]:
    """Take the tree out of the cache: a save mutates it, and puts it back only if it succeeds."""
    return _TREES.pop((str(path.resolve()), rev), (None, False))


def _cached(path: Path, rev: str) -> CommentedMap | None:
    """The tree of revision `rev` of the file, left in the cache; None if it is not there."""
    tree, _ = _TREES.get((str(path.resolve()), rev), (None, False))
    return tree
