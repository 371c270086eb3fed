"""Who may sign: OpenSSH's allowed_signers file (as git and `ssh-keygen -Y verify` read it), found
beside the assessments.

A line is `principals [options] key-type base64-key [comment]`, e.g.

    an.peeters@example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...
    *@example.org namespaces="pia-signoff",valid-after=20250101 ssh-ed25519 AAAA...

`principals` is a comma-separated list of patterns (`*` and `?` wildcards, `!` negates). Of the
options, `namespaces`, `valid-after` and `valid-before` are honoured (the dates against the date
the sign-off records, as git checks the commit's date); a `cert-authority` line is skipped, since
pia verifies plain keys, not certificates. `#` starts a comment line.

Where: `find` looks for a file named `allowed_signers` in the assessment's folder, then in each
parent folder, and takes the first one found. The search stops at the repository's root (a folder
holding `.git`) and never reads a folder that others may write to (such as `/tmp`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from pia.errors import PiaError
from pia.sshsig import PublicKey

FILE_NAME = "allowed_signers"
MAX_BYTES = 1024 * 1024
KEY_TYPES = (
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
)


class InvalidAllowedSigners(PiaError):
    """An allowed_signers file that cannot be read; `str()` names the file and the line."""


@dataclass(frozen=True, slots=True)
class AllowedSigner:
    """One line: the principals it admits and the key they sign with."""

    principals: tuple[str, ...]
    key: PublicKey
    namespaces: tuple[str, ...] | None
    valid_after: dt.date | None
    valid_before: dt.date | None
    line: int

    def admits(self, principal: str, namespace: str, day: dt.date) -> bool:
        """Does this line let `principal` sign in `namespace` on `day`?"""
        if not _matches(principal, self.principals):
            return False
        if self.namespaces is not None and not _matches(namespace, self.namespaces):
            return False
        if self.valid_after is not None and day < self.valid_after:
            return False
        return self.valid_before is None or day <= self.valid_before


@dataclass(frozen=True, slots=True)
class AllowedSigners:
    """The signers of one file; `source` names it in messages."""

    source: str
    signers: tuple[AllowedSigner, ...]

    def allows(self, principal: str, key: PublicKey, namespace: str, day: dt.date) -> bool:
        """Is `key` listed for `principal`, for this namespace, on this date?"""
        return any(s.key == key and s.admits(principal, namespace, day) for s in self.signers)

    def lists(self, key: PublicKey) -> bool:
        """Is `key` on any line (for any principal)?"""
        return any(s.key == key for s in self.signers)


def only_principal(key: PublicKey, signers: AllowedSigners | None) -> str | None:
    """The principal `key` signs for, when the file lists it for exactly one (no wildcards)."""
    names = {
        p
        for s in (signers.signers if signers else ())
        if s.key == key
        for p in s.principals
        if not any(c in p for c in "*?!")
    }
    return names.pop() if len(names) == 1 else None


def parse(text: str, source: str = FILE_NAME) -> AllowedSigners:
    """The signers in an allowed_signers text; raises `InvalidAllowedSigners` at the first bad
    line, naming it."""
    signers = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            signer = _signer(line, number)
        except ValueError as e:
            raise InvalidAllowedSigners(f"{source}:{number}: {e}") from None
        if signer is not None:
            signers.append(signer)
    return AllowedSigners(source, tuple(signers))


def find(assessment: str | Path) -> Path | None:
    """The allowed_signers file that governs `assessment` (see the module doc), or None."""
    folder = Path(assessment).resolve().parent
    for candidate in (folder, *folder.parents):
        try:
            if candidate.stat().st_mode & stat.S_IWOTH:  # anyone may write here: not trusted
                return None
        except OSError:
            return None
        path = candidate / FILE_NAME
        if path.is_file():
            return path
        if (candidate / ".git").exists():
            return None
    return None


def read(path: str | Path) -> AllowedSigners:
    """The signers in the file at `path`; `InvalidAllowedSigners` if it cannot be read."""
    path = Path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidAllowedSigners(f"{path}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise InvalidAllowedSigners(f"{path}: larger than {MAX_BYTES // 1024} KB")
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InvalidAllowedSigners(f"{path}: cannot be read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise InvalidAllowedSigners(f"{path}: not UTF-8 text") from None
    return parse(text, str(path))


def for_assessment(assessment: str | Path) -> AllowedSigners | None:
    """The signers that govern the assessment file at `assessment`, None if no file is found."""
    path = find(assessment)
    return read(path) if path is not None else None


def _signer(line: str, number: int) -> AllowedSigner | None:
    fields = _fields(line)
    if len(fields) < 3:
        raise ValueError("expected `principals [options] key-type base64-key`")
    principals, rest = fields[0], fields[1:]
    options: dict[str, str | None] = {}
    if rest[0] not in KEY_TYPES:
        options = _options(rest[0])
        rest = rest[1:]
    if len(rest) < 2 or rest[0] not in KEY_TYPES:
        raise ValueError(f"no key type among {', '.join(KEY_TYPES)}")
    if "cert-authority" in options:
        return None
    key = PublicKey.from_openssh(rest[0], rest[1])
    namespaces = options.get("namespaces")
    return AllowedSigner(
        principals=tuple(p for p in principals.strip('"').split(",") if p),
        key=key,
        namespaces=tuple(n for n in namespaces.split(",") if n) if namespaces else None,
        valid_after=_day(options.get("valid-after")),
        valid_before=_day(options.get("valid-before")),
        line=number,
    )


def _fields(line: str) -> list[str]:
    """Split on blanks outside double quotes."""
    fields, current, quoted = [], "", False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char in " \t" and not quoted:
            if current:
                fields.append(current)
            current = ""
            continue
        current += char
    if quoted:
        raise ValueError("a quote is not closed")
    return [*fields, current] if current else fields


def _options(text: str) -> dict[str, str | None]:
    options: dict[str, str | None] = {}
    for item in _split_options(text):
        name, _, value = item.partition("=")
        name = name.lower()
        if name not in ("cert-authority", "namespaces", "valid-after", "valid-before"):
            raise ValueError(f"unknown option {name!r}")
        options[name] = value.strip('"') if value else None
    return options


def _split_options(text: str) -> list[str]:
    """Options are comma-separated; a comma inside quotes (`namespaces="a,b"`) is not a split."""
    items, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            items.append(current)
            current = ""
        else:
            current += char
    return [*items, current]


def _day(value: str | None) -> dt.date | None:
    """`YYYYMMDD[HHMM[SS]][Z]`, as ssh-keygen writes validity times; the day is what counts."""
    if value is None:
        return None
    digits = value.rstrip("Zz")
    if not digits.isdigit() or len(digits) not in (8, 12, 14):
        raise ValueError(f"{value!r} is not a time YYYYMMDD[HHMM[SS]][Z]")
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    """An OpenSSH pattern list: some positive pattern matches and no negated one does."""
    matched = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        if _glob(pattern.removeprefix("!")).fullmatch(name):
            if negated:
                return False
            matched = True
    return matched


def _glob(pattern: str) -> re.Pattern[str]:
    """OpenSSH wildcards: `*` any run of characters, `?` one; everything else literal."""
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.DOTALL)
