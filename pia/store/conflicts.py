"""What a refused save would have overwritten: each answer, with the value on both sides.

Two people (or a notebook and an editor) may save the same file; the refusal names the answers
at stake so the analyst can reconcile them, comparing against the version they loaded.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from pia.errors import SaveConflict
from pia.model import Assessment
from pia.store import versions
from pia.store.reading import peek, revision
from pia.store.tree_cache import _cached


def _conflict(path: Path, assessment: Assessment, current: bytes) -> SaveConflict:
    """The refusal, naming each answer the save would overwrite with both values."""
    loaded = assessment._revision
    if loaded is None:
        return SaveConflict(path, None, revision(current))
    from pia.diff import conflicts  # imported late: it pulls in the scorers

    fields = conflicts(_version(path, loaded), assessment, peek(current, path))
    return SaveConflict(path, loaded, revision(current), fields)


def _version(path: Path, rev: str) -> Assessment | None:
    """The assessment as it was at revision `rev` of the file: from the tree cache or history."""
    tree = _cached(path, rev)
    if tree is not None:
        try:
            return Assessment.model_validate(tree)
        except ValidationError:
            return None
    data = versions.read(path, rev)
    return peek(data, path) if data is not None else None
