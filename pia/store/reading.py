"""Reading an assessment file: every problem found at once, each located by line and field.

`load` is the careful reader (comments kept, so a later save can keep them); `load_read_only` is
the fast one for reading many files (the portfolio), with the same checks and errors; `peek` is
the fast, quiet one for comparing versions. All apply the same limits (`pia.store.limits`):
regular files only, their size, their depth, and what their aliases expand to.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from pia.errors import InvalidAssessment
from pia.model import Assessment
from pia.store.limits import MAX_BYTES, MAX_DEPTH, _check_size, _deep_position, read_file
from pia.store.locations import _fail, _issue, _position
from pia.store.tree_cache import _remember
from pia.store.yaml_dialect import _fast_reader, _yaml


def revision(data: bytes) -> str:
    """The SHA-256 of a file's bytes: what `save` compares to detect a conflicting edit."""
    return hashlib.sha256(data).hexdigest()


def load(path: str | Path) -> Assessment:
    """Read and validate an assessment; raise `InvalidAssessment` listing every problem."""
    path = Path(path)
    data = read_file(path)
    tree = _parse(path, data)
    assessment = _validate(path, tree)
    assessment._revision = revision(data)
    _remember(path, assessment._revision, tree)
    return assessment


def load_read_only(path: str | Path) -> Assessment:
    """`load` for reading only (the portfolio): the same checks, limits and validation, parsed by
    the C reader, about four times faster, which keeps no comments (so never save what it reads).

    Both readers refuse duplicate keys and build the same values; a file the C reader or the
    validation refuses is read again by `load`, which raises the located errors.
    """
    path = Path(path)
    data = read_file(path)
    try:
        tree = _reused_fast_reader().load(data.decode("utf-8-sig"))
    except (YAMLError, UnicodeDecodeError, ValueError, TypeError, RecursionError):
        return load(path)
    if not isinstance(tree, dict) or b"\x00" in data:
        return load(path)
    try:
        _check_size(path, tree)
        assessment = Assessment.model_validate(tree)
    except (InvalidAssessment, ValidationError):
        return load(path)
    assessment._revision = revision(data)
    return assessment


@functools.cache
def _reused_fast_reader() -> YAML:
    """One C reader per process: building it costs a fifth of reading a file. Each `load` call
    starts afresh, so reusing it between files is safe (not between threads: only the portfolio,
    one file at a time per process, uses it)."""
    return _fast_reader()


def peek(data: bytes, path: str | Path = "<bytes>") -> Assessment | None:
    """The assessment in `data`, read fast and quietly: None if it is not a valid one.

    For comparing versions (history listings, conflict reports), never for saving: it keeps
    no comments. The size limits of `load` apply.
    """
    if len(data) > MAX_BYTES:
        return None
    try:
        tree = _fast_reader().load(data.decode("utf-8-sig"))
        _check_size(Path(path), tree)
        return Assessment.model_validate(tree)
    except (InvalidAssessment, UnicodeDecodeError, YAMLError, ValidationError, RecursionError):
        return None


def _parse(path: Path, data: bytes) -> CommentedMap:
    if b"\x00" in data:  # before decoding: a binary file is not "text in the wrong encoding"
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        _fail(path, "binary", "the file contains NUL bytes: it is not a YAML text file", line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        _fail(path, "not_utf8", f"byte {e.start} is not UTF-8 text; save the file as UTF-8", line)
    if not text.strip():
        _fail(path, "empty_file", "the file is empty; start from `pia new` or a copy of an example")
    try:
        tree = _yaml().load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(str(p) for p in (e.context, e.problem) if p)
        _fail(
            path,
            "yaml_syntax",
            f"YAML syntax: {problem}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        )
    except YAMLError as e:
        _fail(path, "yaml_syntax", f"YAML syntax: {str(e).splitlines()[0]}")
    except RecursionError:
        _fail(
            path,
            "too_deep",
            f"the YAML is nested deeper than {MAX_DEPTH} levels",
            *_deep_position(text),
        )
    except Exception as e:  # noqa: BLE001 - the library raises plain errors for some values
        # A value with an explicit tag the YAML library cannot build: `!!int abc`, `!!set x`.
        _fail(
            path,
            "yaml_value",
            f"a value could not be read ({e}); remove its explicit YAML tag (`!!int`, "
            "`!!set`, ...) or correct it",
            _first_tag_line(text),
        )
    if not isinstance(tree, CommentedMap):
        kind = "a list" if isinstance(tree, list) else f"a single value ({str(tree)[:40]!r})"
        _fail(
            path,
            "not_a_mapping",
            f"the file holds {kind}; an assessment is a mapping of sections "
            "(metadata, description, purposes, ...)",
            _position(tree)[0] or 1,
        )
    _check_size(path, tree)
    return tree


def _first_tag_line(text: str) -> int | None:
    """The line of the first explicit tag (`!!int`, `!foo`), where a construction error starts."""
    match = re.search(r"(^|[\s\[{,:-])!", text, re.MULTILINE)
    return text[: match.end()].count("\n") + 1 if match else None


def _validate(path: Path, tree: CommentedMap) -> Assessment:
    try:
        return Assessment.model_validate(tree)
    except ValidationError as e:
        issues = [_issue(path, tree, error) for error in e.errors(include_url=False)]
        raise InvalidAssessment(path, issues) from None
