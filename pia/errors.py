"""The errors pia raises: their `str()` is what an analyst should read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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


class SaveConflict(PiaError):
    """The file changed on disk after it was loaded; saving would overwrite someone's work."""


class KnowledgeError(PiaError):
    """The packaged knowledge base is missing an entry or is malformed."""


class SignoffRefused(PiaError):
    """A sign-off was not recorded: open blockers not accepted, or the decision is incomplete.

    `unaccepted` holds the rule ids of the open blocker findings that still need an acceptance.
    """

    def __init__(self, message: str, unaccepted: tuple[str, ...] = ()):
        self.unaccepted = unaccepted
        super().__init__(message)
