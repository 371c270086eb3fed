"""Assessment files in and out: errors located by file, line and field; atomic, checked saves."""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import io
import os
import re
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import Reader
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, ScalarString

from pia.errors import InvalidAssessment, Issue, SaveConflict
from pia.model import Assessment
from pia.validation_messages import describe
from pia.yaml_patch import Change, patch

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def revision(data: bytes) -> str:
    """The SHA-256 of a file's bytes: what `save` compares to detect a conflicting edit."""
    return hashlib.sha256(data).hexdigest()


def _yaml() -> YAML:
    """Round-trip YAML that keeps comments and key order, and leaves dates as text for pydantic."""
    yaml = YAML(typ="rt")
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


# The parsed tree of each file at its last known revision, so a save does not parse the file
# again (the round-trip parser is slow). Keyed by (resolved path, revision): a file changed by
# anyone else has another revision and is parsed afresh.
# The flag says whether the tree's line/column positions still match the file's text (true after
# a load or an in-place patch, false after the whole file was re-emitted).
_TREES: OrderedDict[tuple[str, str], tuple[CommentedMap, bool]] = OrderedDict()
_TREES_KEPT = 16


def _remember(path: Path, rev: str, tree: CommentedMap, positions: bool = True) -> None:
    _TREES[(str(path.resolve()), rev)] = (tree, positions)
    while len(_TREES) > _TREES_KEPT:
        _TREES.popitem(last=False)


def _recall(path: Path, rev: str) -> tuple[CommentedMap | None, bool]:
    """Take the tree out of the cache: a save mutates it, and puts it back only if it succeeds."""
    return _TREES.pop((str(path.resolve()), rev), (None, False))


# --- load -----------------------------------------------------------------------------------------


def load(path: str | Path) -> Assessment:
    """Read and validate an assessment; raise `InvalidAssessment` listing every problem."""
    path = Path(path)
    data = _read_bytes(path)
    tree = _parse(path, data)
    assessment = _validate(path, tree)
    assessment._revision = revision(data)
    _remember(path, assessment._revision, tree)
    return assessment


def _fail(path: Path, code: str, message: str, line: int | None = None, column: int | None = None):
    raise InvalidAssessment(path, [Issue(str(path), line, column, "", code, message)])


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            _fail(
                path,
                "too_large",
                f"the file is {size / 1e6:.1f} MB; an assessment is at most "
                f"{MAX_BYTES / 1e6:.0f} MB",
            )
        return path.read_bytes()
    except FileNotFoundError:
        _fail(path, "not_found", "no such file")
    except IsADirectoryError:
        _fail(path, "not_a_file", "this is a folder, not an assessment file")
    except PermissionError:
        _fail(path, "not_readable", "permission denied")
    raise AssertionError("unreachable")


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
        line = _first_tag_line(text)
        _fail(
            path,
            "yaml_value",
            f"a value could not be read ({e}); remove its explicit YAML tag (`!!int`, "
            "`!!set`, ...) or correct it",
            line,
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


def _first_tag_line(text: str) -> int | None:
    """The line of the first explicit tag (`!!int`, `!foo`), where a construction error starts."""
    match = re.search(r"(^|[\s\[{,:-])!", text, re.MULTILINE)
    return text[: match.end()].count("\n") + 1 if match else None


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


def _position(node: Any) -> tuple[int | None, int | None]:
    lc = getattr(node, "lc", None)
    return (lc.line + 1, lc.col + 1) if lc is not None and lc.line is not None else (None, None)


def _validate(path: Path, tree: CommentedMap) -> Assessment:
    try:
        return Assessment.model_validate(tree)
    except ValidationError as e:
        issues = [_issue(path, tree, error) for error in e.errors(include_url=False)]
        raise InvalidAssessment(path, issues) from None


def _issue(path: Path, tree: Any, error: Any) -> Issue:
    loc = tuple(error["loc"])
    line, column = locate(tree, loc)
    return Issue(str(path), line, column, field_path(loc), error["type"], describe(error))


def field_path(loc: tuple[str | int, ...]) -> str:
    """`('purposes', 3, 'legal_bases')` -> `purposes[3].legal_bases`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


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


# --- save -----------------------------------------------------------------------------------------


def save(assessment: Assessment, path: str | Path, *, force: bool = False) -> str:
    """Write the assessment atomically, keeping the analyst's comments and key order.

    Refuses (SaveConflict, naming each answer it would overwrite with both values) when the
    file changed since it was loaded, unless `force`. Keeps the replaced version in the history
    (`pia.history`). Returns the new revision. The old file is untouched unless the new one is
    complete and valid.
    """
    path = Path(path)
    try:  # a model mutated without validation (e.g. a list appended to in place)
        Assessment.model_validate(assessment.model_dump())
    except ValidationError as e:
        issues = [
            Issue(
                str(path),
                None,
                None,
                field_path(tuple(error["loc"])),
                error["type"],
                describe(error),
            )
            for error in e.errors(include_url=False)
        ]
        raise InvalidAssessment(path, issues) from None
    old = path.read_bytes() if path.exists() else None
    if old is not None and not force and assessment._revision != revision(old):
        raise _conflict(path, assessment, old)
    tree, positions = _recall(path, revision(old)) if old is not None else (None, False)
    if tree is None and old is not None:
        try:
            tree, positions = _yaml().load(old.decode("utf-8-sig")), True
        except (UnicodeDecodeError, YAMLError, RecursionError):
            tree = None  # force-saving over an unreadable file: nothing of it to keep
    changes: list[Change] = []
    merged = merge(assessment, tree if isinstance(tree, CommentedMap) else None, changes)
    text = _patched(path, old, changes, assessment) if positions and old is not None else None
    patched = text is not None
    if text is None:
        text = _dump(merged)
        _check_round_trip(path, text, assessment)
    data = text.encode("utf-8")
    _replace(path, old, data, None if force else lambda now: _conflict(path, assessment, now))
    assessment._revision = revision(data)
    _remember(path, assessment._revision, merged, positions=patched)
    return assessment._revision


def _patched(path: Path, old: bytes, changes: list[Change], assessment: Assessment) -> str | None:
    """The old text with only the changed values rewritten, if that reads back to `assessment`."""
    text = patch(old.decode("utf-8-sig"), changes, _yaml())
    if text is None:
        return None
    try:
        _check_round_trip(path, text, assessment)
    except InvalidAssessment:
        return None  # the caller writes the whole file instead
    return text


def save_bytes(path: str | Path, data: bytes, *, expected: str | None, source: Path) -> str:
    """Write `data` (read from `source`, e.g. a kept version) as the file, exactly; as `save` does.

    Validates it first (errors name `source`), refuses if the file's revision is not `expected`
    (None: the file must not exist), keeps the replaced version. Returns the new revision.
    """
    path = Path(path)
    _validate(source, _parse(source, data))
    old = path.read_bytes() if path.exists() else None
    if (revision(old) if old is not None else None) != expected:
        raise SaveConflict(path, expected, revision(old) if old is not None else "")
    _replace(path, old, data, lambda now: SaveConflict(path, expected, revision(now)))
    return revision(data)


def _replace(
    path: Path,
    old: bytes | None,
    data: bytes,
    refuse: Callable[[bytes], Exception] | None,
) -> None:
    """Put `data` in place atomically, the version it replaces kept in the history first.

    The file is read once more first: preparing the text took time, and if the file is no
    longer `old`, `refuse(current bytes)` is raised (unless it is None, as for `force`).
    What is left is the few milliseconds of the write itself (no lock is taken).
    """
    from pia import history  # imported late: history builds on this module

    current = path.read_bytes() if path.exists() else None
    if current is not None and current != old and refuse is not None:
        raise refuse(current)
    kept = history.keep(path, current) if current is not None and current != data else []
    try:
        _atomic_write(path, data)
    except BaseException:
        history.discard(kept)
        raise
    history.prune(path)


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
    tree, _ = _TREES.get((str(path.resolve()), rev), (None, False))
    if tree is not None:
        try:
            return Assessment.model_validate(tree)
        except ValidationError:
            return None
    from pia import history

    data = history.read(path, rev)
    return peek(data, path) if data is not None else None


def peek(data: bytes, path: str | Path = "<bytes>") -> Assessment | None:
    """The assessment in `data`, read fast and quietly: None if it is not a valid one.

    For comparing versions (history listings, conflict reports), never for saving: it keeps
    no comments. The size limits of `load` apply.
    """
    try:
        tree = _fast_reader().load(data.decode("utf-8-sig"))
        _check_size(Path(path), tree)
        return Assessment.model_validate(tree)
    except (InvalidAssessment, UnicodeDecodeError, YAMLError, ValidationError, RecursionError):
        return None


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


def _dump(tree: CommentedMap) -> str:
    stream = io.StringIO()
    _yaml().dump(tree, stream)
    return stream.getvalue()


_MISSING = object()
_TRAILING_KEYS = ("sources", "note")
# Text a block scalar cannot hold as is: characters YAML forbids raw, or reads as other line breaks.
_NEEDS_ESCAPES = re.compile(f"{Reader.NON_PRINTABLE.pattern}|[\r\x85\u2028\u2029]")


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
        target = node if isinstance(node, CommentedSeq) else CommentedSeq()
        old_by_id = {item["id"]: item for item in target if isinstance(item, dict) and "id" in item}
        rec = recorded if isinstance(recorded, list) else [_MISSING] * len(full)
        items = []
        for i, value in enumerate(full):
            prior = old_by_id.get(value.get("id")) if isinstance(value, dict) else None
            if prior is None and i < len(target) and not old_by_id:
                prior = target[i]
            items.append(_merge(prior, value, rec[i] if i < len(rec) else _MISSING, changes))
        if not isinstance(node, CommentedSeq) or [id(x) for x in items] != [id(x) for x in target]:
            changes.append(None)
        target[:] = items
        return target
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


def _check_round_trip(path: Path, text: str, assessment: Assessment) -> None:
    try:
        again = Assessment.model_validate(_fast_reader().load(text))
    except (ValidationError, YAMLError) as e:
        raise InvalidAssessment(  # noqa: B904 (the cause is in the message)
            path,
            [
                Issue(
                    str(path),
                    None,
                    None,
                    "",
                    "unsaveable",
                    f"the text to be written does not read back: {e}",
                )
            ],
        )
    if again.model_dump() != assessment.model_dump():
        raise InvalidAssessment(
            path,
            [
                Issue(
                    str(path),
                    None,
                    None,
                    "",
                    "unsaveable",
                    "the text to be written reads back differently",
                )
            ],
        )


def _default_mode() -> int:
    """What `open()` would give a new file: 0o666 less the umask (mkstemp makes it 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


STALE_TEMPORARY_SECONDS = 3600


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of saves killed midway; an hour old, so no save still running owns them."""
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: harmless either way


def _atomic_write(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename over the old one, fsync the folder."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(path)
    try:  # make the rename durable, as far as the system allows (Windows cannot open a folder)
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
