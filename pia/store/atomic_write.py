"""Writing a file so that a crash or power cut leaves either the old file or the new one.

The new text goes to a temporary file beside the old one, is flushed to disk and renamed over
it; temporary files left by saves killed midway are cleared once they are an hour old.
"""

from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path

STALE_TEMPORARY_SECONDS = 3600


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


def _default_mode() -> int:
    """What `open()` would give a new file: 0o666 less the umask (mkstemp makes it 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of saves killed midway; an hour old, so no save still running owns them."""
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: harmless either way
