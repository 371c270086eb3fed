"""The errors pia raises: their `str()` is what an analyst should read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHOWN_CHARS = 80


class PiaError(Exception):
    """Root of every error pia raises on purpose."""


@dataclass(frozen=True)
class Issue:
    """One problem in an assessment file, located as precisely as the file allows."""

    file: str
    line: int | None
    column: int | None
    path: str
    code: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class InvalidAssessment(PiaError):
    """The file could not be read as an assessment; `issues` lists every problem found."""

    def __init__(self, file: str | Path, issues: list[Issue]):
        self.file = str(file)
        self.issues = issues
        count = f"{len(issues)} problem{'s' if len(issues) != 1 else ''}"
        super().__init__(f"{self.file}: {count}\n" + "\n".join(f"  {i}" for i in issues))

    @property
    def codes(self) -> list[str]:
        return [issue.code for issue in self.issues]


@dataclass(frozen=True)
class FieldConflict:
    """One answer a save would overwrite: the value in memory, and the one now in the file.

    `both` is true when this session changed the field too (or something inside or around it).
    Values are as in the file (JSON); None means the field or item is not there.
    """

    path: str
    yours: Any
    theirs: Any
    both: bool = False

    def __str__(self) -> str:
        text = f"{self.path}: you have {shown(self.yours)}, the file now has {shown(self.theirs)}"
        return text + (" (you both changed it)" if self.both else "")


MAX_LISTED = 10


class SaveConflict(PiaError):
    """The file changed on disk after it was loaded; saving would overwrite someone's work.

    `fields` lists the answers the save would overwrite, those this session changed as well
    first. It is empty when they are unknown (the version loaded is gone from the history) or
    when the assessment was never loaded from this file (`loaded` is None).
    """

    def __init__(
        self,
        file: str | Path,
        loaded: str | None = None,
        current: str = "",
        fields: Sequence[FieldConflict] = (),
    ):
        self.file, self.loaded, self.current = str(file), loaded, current
        self.fields = tuple(fields)
        super().__init__(self._message())

    @property
    def what(self) -> str:
        """What happened and the answers at stake, without the advice on what to do."""
        if self.loaded is None:
            return f"{self.file} already exists and this assessment was not loaded from it."
        head = (
            f"{self.file} changed on disk since it was loaded (revision {self.loaded[:8]} then, "
            f"{self.current[:8]} now): someone else saved it"
        )
        lines = [str(f) for f in self.fields[:MAX_LISTED]]
        if len(self.fields) > MAX_LISTED:
            lines.append(f"and {len(self.fields) - MAX_LISTED} more")
        if not lines:
            return head + "."
        return (
            head
            + ", and saving would overwrite their answers:\n"
            + "\n".join(f"  {line}" for line in lines)
        )

    def _message(self) -> str:
        if self.loaded is None:
            return (
                f"{self.what[:-1]}; load it first, or save with force=True to replace it. "
                "Nothing was written."
            )
        return (
            f"{self.what}\nNothing was written. Your change is still in memory: reload to see "
            "their version, then apply your change again; or save with force=True to overwrite "
            "theirs."
        )


class SaveLocked(PiaError):
    """Another save of the same file held its lock too long; nothing was written.

    A save holds the lock (`pia.store.lock`) for milliseconds: a long wait means a process
    saving the file is stuck, or the folder's file system does not release locks.
    """

    def __init__(self, file: str | Path, lock_file: str | Path, waited: float):
        self.file, self.lock_file = str(file), str(lock_file)
        super().__init__(
            f"{self.file}: another save of this file has held its lock ({self.lock_file}) for "
            f"over {waited:g} s. Nothing was written; try again. If this persists, look for a "
            "stuck process that is saving this file."
        )


class HistoryNotKept(UserWarning):
    """A save went ahead, but the version it replaced could not be kept in the history."""


class UnknownVersion(PiaError):
    """No version of the file in its history matches what was asked for."""


class KnowledgeError(PiaError):
    """The packaged knowledge base is missing an entry or is malformed."""


class SignoffRefused(PiaError):
    """A sign-off was not recorded: open blockers not accepted, or the decision is incomplete.

    `unaccepted` holds the rule ids of the open blocker findings that still need an acceptance.
    """

    def __init__(self, message: str, unaccepted: tuple[str, ...] = ()):
        self.unaccepted = unaccepted
        super().__init__(message)


def shown(value: Any) -> str:
    """A value from an assessment as a message quotes it: `'consent'`, `true`, `item 'aws'`."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return f"the item {value['id']!r}"
    if isinstance(value, list) and not value:
        return "an empty list"
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        text = "[" + ", ".join(str(v) for v in value) + "]"
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    else:
        text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
