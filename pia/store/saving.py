"""Saving an assessment: nothing is written unless it reads back as the same assessment.

A save refuses to overwrite someone else's edit, keeps the replaced version in the history, and
rewrites only the changed lines when it can (else the whole file, comments kept).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from pia.atomic_write import write_atomically
from pia.errors import InvalidAssessment, Issue, SaveConflict
from pia.model import Assessment
from pia.model.field_path import field_path
from pia.store import versions
from pia.store.conflicts import _conflict
from pia.store.limits import read_file
from pia.store.lock import locked
from pia.store.merging import merge
from pia.store.reading import _parse, _validate, revision
from pia.store.tree_cache import _recall, _remember
from pia.store.yaml_dialect import _dump, _fast_reader, _yaml
from pia.validation_messages import describe
from pia.yaml_patch import Change, patch


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
    old = read_file(path) if path.exists() else None
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


def save_bytes(path: str | Path, data: bytes, *, expected: str | None, source: Path) -> str:
    """Write `data` (read from `source`, e.g. a kept version) as the file, exactly; as `save` does.

    Validates it first (errors name `source`), refuses if the file's revision is not `expected`
    (None: the file must not exist), keeps the replaced version. Returns the new revision.
    """
    path = Path(path)
    _validate(source, _parse(source, data))
    old = read_file(path) if path.exists() else None
    if (revision(old) if old is not None else None) != expected:
        raise SaveConflict(path, expected, revision(old) if old is not None else "")
    _replace(path, old, data, lambda now: SaveConflict(path, expected, revision(now)))
    return revision(data)


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


def _check_round_trip(path: Path, text: str, assessment: Assessment) -> None:
    try:
        again = Assessment.model_validate(_fast_reader().load(text))
    except (ValidationError, YAMLError) as e:
        # the cause is in the message, hence no `from e`
        raise _unsaveable(path, f"the text to be written does not read back: {e}")  # noqa: B904
    if again.model_dump() != assessment.model_dump():
        raise _unsaveable(path, "the text to be written reads back differently")


def _unsaveable(path: Path, message: str) -> InvalidAssessment:
    """The refusal of a save whose text would not read back as the assessment."""
    return InvalidAssessment(path, [Issue(str(path), None, None, "", "unsaveable", message)])


def _replace(
    path: Path,
    old: bytes | None,
    data: bytes,
    refuse: Callable[[bytes], Exception] | None,
) -> None:
    """Put `data` in place atomically, the version it replaces kept in the history first.

    Under the file's lock (`pia.store.lock`), the file is read once more: preparing the text
    took time, and if the file is no longer `old`, `refuse(current bytes)` is raised (unless it
    is None, as for `force`). The lock holds until the rename, so two saves of the same version
    can never both succeed: the second reads the first's file and is refused.
    """
    with locked(path):
        current = read_file(path) if path.exists() else None
        if current is not None and current != old and refuse is not None:
            raise refuse(current)
        kept = versions.keep(path, current) if current is not None and current != data else []
        try:
            write_atomically(path, data)
        except BaseException:
            versions.discard(kept)
            raise
        versions.prune(path)
