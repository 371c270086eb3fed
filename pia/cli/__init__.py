"""The `pia` command: check, score, report and track assessment files from a terminal or CI.

Each module adds one group of subcommands: `assessment` (validate, show, score, sign, status,
new), `report` (report, notebooks, export-notebooks), `history` (history, restore, diff),
`exchange` (export-cnil, import-cnil, ropa) and `portfolio`. Heavy modules are imported inside
the commands that need them, so `pia --help` starts fast.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from typing import TextIO, cast

from pia.cli import assessment, exchange, history, portfolio, report
from pia.errors import PiaError
from pia.escaping import terminal


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pia", description="DPIA workbook: check, score and report.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in (assessment, report, history, exchange, portfolio):
        group.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 on success, 1 when an assessment is invalid or a file cannot be written, 2 on a
    usage error."""
    args = parser().parse_args(argv)
    try:
        with _terminal_output():
            return args.run(args)
    except PiaError as e:
        print(terminal(str(e)), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`pia score ... | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:  # a file or folder that cannot be written (or read): which, and why
        print(terminal(f"pia: {file_problem(e)}"), file=sys.stderr)
        return 1


# Why a file could not be written, in the words of someone who gave `--out` (pia writes every
# output whole, so the previous file, if any, is left as it was).
_REASONS = {
    errno.EEXIST: "exists and is not a folder; give a folder",  # from making the folder
    errno.ENOTDIR: "a part of this path is a file, not a folder",
    errno.EISDIR: "is a folder; give a file name",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "no space left on the disk; nothing was written in its place",
    errno.EFBIG: "file too large (over the file-size limit); nothing was written in its place",
    errno.ENOENT: "no such file or folder",
}


def file_problem(e: OSError) -> str:
    """`<path>: <reason>` for an error of the system about a file."""
    reason = _REASONS.get(e.errno or 0) or e.strerror or str(e)
    return f"{e.filename}: {reason}" if e.filename is not None else reason


class _TerminalStream(io.TextIOBase):
    """A stream that shows control characters as escapes: nothing printed steers the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()


@contextmanager
def _terminal_output() -> Iterator[None]:
    """What a command prints (titles, roles, fields quoted in errors) is shown, not obeyed."""
    out, err = (cast(TextIO, _TerminalStream(s)) for s in (sys.stdout, sys.stderr))
    with redirect_stdout(out), redirect_stderr(err):
        yield
