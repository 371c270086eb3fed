"""Writing a file whole: a crash, a kill, a full disk or a size limit leaves the old or the new.

Every file pia writes (assessments, their kept versions, reports, records, exports) goes through
`write_atomically`: the new bytes go to a temporary file beside the target (`.<name>.<random>.tmp`),
are flushed to disk and renamed over it. A failure removes the temporary file and raises an
`OSError` naming the target, not the temporary file. A process killed midway cannot remove its
temporary file: those are cleared by a later write of the same target once they are an hour old,
so that no write still running loses its file.
"""

from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path

STALE_TEMPORARY_SECONDS = 3600


def write_atomically(path: str | Path, data: bytes, *, mode: int | None = None) -> Path:
    """Put `data` at `path` whole, or leave `path` as it was; return `path`.

    The new file gets `mode`, else the mode of the file it replaces, else what `open()` would
    give. Temporary file in the same folder, fsync, rename over the old one, fsync the folder.
    """
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise _about(path, e) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None:
            mode = path.stat().st_mode & 0o777 if path.exists() else _default_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _about(path, e) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(path)
    _sync_folder(path.parent)
    return path


def _about(path: Path, error: OSError) -> OSError:
    """The error as the reader should see it: about `path`, not about the temporary file.

    `OSError(errno, ...)` is the subclass the errno calls for (PermissionError, ...).
    """
    if error.errno is None:
        return error  # no system error number: raised by Python code, kept as it is
    return OSError(error.errno, error.strerror, str(path))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable, as far as the system allows (Windows cannot open a folder)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _default_mode() -> int:
    """What `open()` would give a new file: 0o666 less the umask (mkstemp makes it 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of writes killed midway; an hour old, so no write still running owns them."""
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: harmless either way
