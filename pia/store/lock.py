"""The exclusive lock a save holds on an assessment file, from its last read to its rename.

Two processes (two notebooks, a notebook and `pia sign`) may save the same file at the same
moment. Each checks that the file is still the version it loaded, then renames its new text over
it; without a lock both could pass the check before either renamed, and one change would be lost
without a word. Under the lock the second to come reads the first's file and is refused.

The lock is taken on a lock file beside the assessment, `.assessment.yaml.lock`: not on the
assessment itself, which a save replaces (a lock on it would stay with the replaced file). The
lock file is empty and never deleted: a process waiting on it would otherwise hold a lock on a
file the next one does not open. POSIX systems use `flock`, Windows `msvcrt.locking` on its
first byte. The system releases the lock when its process ends, so a killed save never leaves
the file locked. Waiting stops after `LOCK_TIMEOUT` seconds with `SaveLocked`: a save holds the
lock for milliseconds, so a longer wait means a stuck process, which the analyst should hear of.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pia.errors import SaveLocked

LOCK_TIMEOUT = 10.0  # seconds
_FIRST_PAUSE, _LONGEST_PAUSE = 0.001, 0.05  # seconds between attempts, doubling


def lock_file(path: Path) -> Path:
    """The lock file of the assessment at `path`: `.<name>.lock` beside it."""
    return path.parent / f".{path.name}.lock"


@contextmanager
def locked(path: str | Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on the assessment at `path` for the body of the `with`.

    Raises `SaveLocked` after `timeout` seconds of waiting (default `LOCK_TIMEOUT`), and
    `OSError` (naming `path`) if the lock file cannot be opened, e.g. in a read-only folder.
    Not re-entrant: the lock is per open file, so a second `locked` on the same file waits,
    in the same process too (two notebook sessions in one kernel take turns).
    """
    path = Path(path)
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    fd = _open(path)
    try:
        deadline, pause = time.monotonic() + timeout, _FIRST_PAUSE
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise SaveLocked(path, lock_file(path), timeout)
            time.sleep(pause)
            pause = min(2 * pause, _LONGEST_PAUSE)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _open(path: Path) -> int:
    """The lock file, created if need be; read-only if another user made it (a shared folder)."""
    try:
        return os.open(lock_file(path), os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        if isinstance(e, PermissionError):
            try:
                return os.open(lock_file(path), os.O_RDONLY)
            except OSError:
                pass  # a read-only folder, say: the first error says why
        raise OSError(e.errno, e.strerror, str(path)) from None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
