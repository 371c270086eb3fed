"""Assessment files in and out: errors located by file, line and field; atomic, checked saves.

One concept per module:
  reading       load, load_read_only and peek: every problem at once, each located
  locations     line, column and field path of a problem
  limits        regular files only; size, depth, value-count and alias-expansion limits
  yaml_dialect  the round-trip YAML that keeps comments, and the fast reader for checks
  tree_cache    the parsed tree of recent revisions, so a save does not parse again
  merging       the answers merged into the file's tree; `render` writes it as text
  saving        save and save_bytes: read-back check, conflict refusal, history kept
  conflicts     the answers a refused save would overwrite, both values named
  lock          the exclusive lock a save holds from its last read to its rename
"""

from pia.model.field_path import field_path
from pia.store.limits import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_EXPANDED_TEXT,
    MAX_NODES,
    _check_size,
    read_file,
)
from pia.store.locations import locate
from pia.store.merging import merge, render
from pia.store.reading import load, load_read_only, peek, revision
from pia.store.saving import save, save_bytes
from pia.store.yaml_dialect import _dump, _fast_reader, _yaml

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "MAX_EXPANDED_TEXT",
    "field_path",
    "load",
    "locate",
    "merge",
    "load_read_only",
    "peek",
    "read_file",
    "render",
    "revision",
    "save",
    "save_bytes",
    # the YAML dialect and the size check, shared with pia.new, pia.portfolio and the tests
    "_check_size",
    "_dump",
    "_fast_reader",
    "_yaml",
]
