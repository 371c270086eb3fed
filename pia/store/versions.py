"""Earlier versions of an assessment file: kept by every save, pruned and listed.

Restoring one is `pia.history.restore`; this part sits under the store, which keeps a version
on every save.

Where: each save keeps the version it replaces in `<folder>/.history/<file stem>/`, as
`<UTC time>-<first 12 hex of its revision>.yaml`, e.g. `20240501T120503.123456Z-1a2b3c4d5e6f.yaml`:
the exact bytes, written atomically (temporary file, fsync, rename) before the new file replaces
the old one. The time is when that version was written: the replaced file's modification time.
A save that changes nothing keeps nothing. `.history/` is git-ignored.

Pruning, after every save, by the age of each kept version:
  - younger than 24 hours: every version is kept;
  - 24 hours to 30 days old: the newest version of each calendar day (UTC);
  - older than 30 days: the newest version of each calendar month (UTC);
  - and never more than 200 versions: beyond that the oldest go.
The current file is not counted: it is never pruned.

If the copy cannot be written (disk full, no permission, `.history` not a folder), the save goes
ahead with a `HistoryNotKept` warning: the analyst's new work is worth more than a copy of the
old, and an autosave must not stop on the history. Nothing is corrupted either way: the copy is
written beside the file, never over it, and a half-written copy is removed. If the save itself
then fails, the copy it made is taken back, so a failed save leaves no trace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pia.atomic_write import write_atomically
from pia.errors import HistoryNotKept, InvalidAssessment, UnknownVersion
from pia.store import reading
from pia.store.limits import read_file

HISTORY = ".history"
KEEP_ALL = dt.timedelta(hours=24)
KEEP_DAILY = dt.timedelta(days=30)
MAX_VERSIONS = 200
_STAMP = "%Y%m%dT%H%M%S.%fZ"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)-([0-9a-f]{12})\.yaml$")


@dataclass(frozen=True, slots=True)
class Version:
    """One version of an assessment file: the current one, or a copy kept in its history."""

    id: str  # "current", or the copy's name without `.yaml`
    timestamp: dt.datetime  # when it was written, UTC
    revision: str  # SHA-256 of its bytes
    path: Path
    size: int

    @property
    def current(self) -> bool:
        return self.id == "current"

    @property
    def short(self) -> str:
        return self.revision[:12]


def folder(path: str | Path) -> Path:
    """Where the versions of `path` are kept: `<folder>/.history/<file stem>/`."""
    path = Path(path)
    return path.parent / HISTORY / path.stem


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _copies(path: str | Path) -> list[Version]:
    """The copies kept for `path`, newest first, as their names describe them (12 hex digits)."""
    out = []
    try:
        entries = list(folder(path).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        stamp = dt.datetime.strptime(match[1], _STAMP).replace(tzinfo=dt.UTC)
        try:
            size = entry.stat().st_size
        except OSError:
            continue  # pruned by another process meanwhile
        out.append(Version(entry.stem, stamp, match[2], entry, size))
    return sorted(out, key=lambda v: (v.timestamp, v.id), reverse=True)


def versions(path: str | Path) -> list[Version]:
    """Every version of `path`, newest first: the current file (if any), then the kept copies."""
    path = Path(path)
    out = []
    for version in [Version("current", _EPOCH, "", path, 0), *_copies(path)]:
        try:
            data = read_file(version.path)
            stamp = _utc(path.stat().st_mtime) if version.current else version.timestamp
        except (OSError, InvalidAssessment):
            continue  # no current file, a copy pruned meanwhile, or no file pia reads (a pipe)
        out.append(Version(version.id, stamp, reading.revision(data), version.path, len(data)))
    return out


def find(path: str | Path, version_id: str | int) -> Version:
    """The version `pia history` shows as `version_id`: its index, revision prefix or id.

    A number of up to three digits is an index (0 is the current file); anything else is the
    start of a revision (at least 4 hex digits) or a copy's full id.
    """
    all_versions = versions(path)
    given = str(version_id).strip()
    text = given.lower()
    if text.isdigit() and len(text) <= 3:
        if int(text) < len(all_versions):
            return all_versions[int(text)]
        raise UnknownVersion(f"{path}: there is no version {text}; `pia history {path}` lists them")
    if text == "current" and all_versions and all_versions[0].current:
        return all_versions[0]
    matches = [v for v in all_versions if v.id == given]
    if not matches and len(text) >= 4 and re.fullmatch(r"[0-9a-f]+", text):
        matches = [v for v in all_versions if v.revision.startswith(text)]
    if len({v.revision for v in matches}) == 1:
        return matches[0]  # the newest of the copies with this content
    if matches:
        raise UnknownVersion(
            f"{path}: {text!r} matches {len(matches)} versions; give more of the revision"
        )
    raise UnknownVersion(f"{path}: no version {text!r}; `pia history {path}` lists them")


def read(path: str | Path, revision: str) -> bytes | None:
    """The bytes of the version of `path` with this full revision, if the file or history has it."""
    copies = [v.path for v in _copies(path) if revision.startswith(v.revision)]
    for candidate in [Path(path), *copies]:
        try:
            data = read_file(candidate)
        except InvalidAssessment:
            continue
        if reading.revision(data) == revision:
            return data
    return None


# --- keeping and pruning --------------------------------------------------------------------------


def keep(path: str | Path, data: bytes, when: dt.datetime | None = None) -> list[Path]:
    """Keep `data`, the version of `path` about to be replaced; return what was created.

    `when` defaults to the file's modification time. Returns the copy and any folders made for
    it, so that a save that then fails can `discard` them. On failure, warns `HistoryNotKept`,
    leaves nothing behind and returns `[]`.
    """
    path = Path(path)
    created: list[Path] = []
    try:
        when = when or _utc(path.stat().st_mtime)
        target = folder(path)
        for part in (target.parent, target):
            if not part.is_dir():
                part.mkdir()
                created.append(part)
        name = f"{when.astimezone(dt.UTC).strftime(_STAMP)}-{reading.revision(data)[:12]}.yaml"
        copy = target / name
        if not copy.exists():
            write_atomically(copy, data, mode=path.stat().st_mode & 0o777)
            created.append(copy)
    except OSError as e:
        discard(created)
        warnings.warn(
            HistoryNotKept(
                f"{path}: the version being replaced could not be kept in {HISTORY}/ ({e}); "
                "saving without it"
            ),
            stacklevel=4,
        )
        return []
    except BaseException:
        discard(created)
        raise
    return created


def discard(created: Sequence[Path]) -> None:
    """Take back what `keep` created: the copy, then its folders if they are empty."""
    for item in reversed(created):
        with contextlib.suppress(OSError):
            item.rmdir() if item.is_dir() else item.unlink(missing_ok=True)


def to_prune(copies: Sequence[Version], now: dt.datetime) -> list[Version]:
    """The copies the pruning rule (see the module docstring) removes, given the time now."""
    keep_ids: list[str] = []
    periods: set[tuple[int, ...]] = set()
    for version in sorted(copies, key=lambda v: (v.timestamp, v.id), reverse=True):
        age = now - version.timestamp
        t = version.timestamp.astimezone(dt.UTC)
        period = (t.year, t.month, t.day) if age <= KEEP_DAILY else (t.year, t.month)
        if age <= KEEP_ALL or period not in periods:
            keep_ids.append(version.id)
            periods.add(period)
    survivors = set(keep_ids[:MAX_VERSIONS])
    return [v for v in copies if v.id not in survivors]


def prune(path: str | Path, now: dt.datetime | None = None) -> list[Version]:
    """Remove the copies the pruning rule drops; return them. Failures only warn.

    Also removes temporary files over an hour old: a copy whose writer was killed.
    """
    now = now or dt.datetime.now(dt.UTC)
    for tmp in folder(path).glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - _utc(tmp.stat().st_mtime) > dt.timedelta(hours=1):
                tmp.unlink()
    dropped = to_prune(_copies(path), now)
    for version in dropped:
        try:
            version.path.unlink(missing_ok=True)
        except OSError as e:
            warnings.warn(HistoryNotKept(f"{version.path}: not pruned: {e}"), stacklevel=2)
    return dropped
