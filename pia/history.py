"""Earlier versions of an assessment file: listed (`pia.store.versions`, where every save keeps
the version it replaces, and prunes) and restored.
"""

from __future__ import annotations

from pathlib import Path

from pia import store
from pia.store.versions import (
    HISTORY,
    KEEP_ALL,
    KEEP_DAILY,
    MAX_VERSIONS,
    Version,
    discard,
    find,
    folder,
    keep,
    prune,
    read,
    to_prune,
    versions,
)

__all__ = [
    "HISTORY",
    "KEEP_ALL",
    "KEEP_DAILY",
    "MAX_VERSIONS",
    "Version",
    "discard",
    "find",
    "folder",
    "keep",
    "prune",
    "read",
    "restore",
    "to_prune",
    "versions",
]


def restore(path: str | Path, version_id: str | int, expected: str | None = None) -> str:
    """Make an earlier version the current file again; return the new revision.

    Saved as `store.save` saves: the restored text is validated first (`InvalidAssessment`
    names the kept copy), the current file is kept in the history, and if the file changed
    since `expected` (default: since this call read it) the restore is refused (`SaveConflict`).
    The exact bytes of the version come back, comments and layout included.
    """
    path = Path(path)
    version = find(path, version_id)
    current = store.read_file(path) if path.exists() else None
    expected = expected or (store.revision(current) if current is not None else None)
    data = store.read_file(version.path)
    if current is not None and store.revision(data) == store.revision(current):
        return store.revision(current)  # already the current content: nothing to do
    return store.save_bytes(path, data, expected=expected, source=version.path)
