"""How large and deep an assessment file may be: pathological files are refused early.

Only a regular file is read, and never more than MAX_BYTES of it: a pipe would block the reader
forever, a device (`/dev/zero`) or a file that grows would fill the memory. A file of a few
megabytes can still nest thousands of levels deep or expand, through aliases, into millions of
values or a gigabyte of text; validating such a tree would take minutes or exhaust the memory or
the stack, so it is refused first with the place where it passes the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, NoReturn

from ruamel.yaml.error import YAMLError

from pia.store.locations import _fail, _position
from pia.store.yaml_dialect import _yaml

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000
# Characters of text (keys and values) the tree may hold once aliases are expanded: what the
# largest file could hold without any alias. An alias repeating a long text exceeds it.
MAX_EXPANDED_TEXT = MAX_BYTES


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, read without blocking on a pipe.

    Raises `InvalidAssessment` (`not_found`, `not_a_file`, `not_readable`, `too_large`) naming
    the file. The size is checked on the open file, and at most MAX_BYTES + 1 bytes are read,
    so a file replaced, growing or misreporting its size cannot make the read unbounded.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        _fail(path, "not_found", "no such file")
    except PermissionError:
        _fail(path, "not_readable", "permission denied")
    except IsADirectoryError:  # Windows cannot open a folder
        _fail(path, "not_a_file", "this is a folder, not a file")
    except OSError as e:  # a socket, a dangling mount, too many links...
        _fail(path, "not_readable", f"cannot be opened ({e.strerror})")
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            _fail(path, "not_a_file", "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            _fail(
                path,
                "not_a_file",
                "this is not a regular file (a pipe, a device or a socket); save the "
                "content to a file and give its name",
            )
        if info.st_size > MAX_BYTES:
            _too_large(path, info.st_size)
        data = b""
        while len(data) <= MAX_BYTES and (chunk := os.read(fd, MAX_BYTES + 1 - len(data))):
            data += chunk
    except OSError as e:
        _fail(path, "not_readable", f"cannot be read ({e.strerror})")
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        _too_large(path, None)
    return data


def _too_large(path: Path, size: int | None) -> NoReturn:
    """`size` as the file system reports it; None: the file grew past the limit as it was read."""
    what = "grew past the limit as it was read" if size is None else f"is {size / 2**20:.1f} MB"
    _fail(path, "too_large", f"the file {what}; pia reads files of at most {MAX_BYTES // 2**20} MB")


def _check_size(path: Path, tree: Any) -> None:
    """Refuse pathological documents (deep nesting, alias bombs) before validation walks them.

    Aliases are walked as often as they are used, as validation would: the count of values and
    of characters of text is that of the expanded document, and the walk stops at the first
    limit passed, so a bomb costs no more than the limit to refuse.
    """
    count = text = 0
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
        if isinstance(node, str):
            text += len(node)
        elif isinstance(node, dict):
            text += sum(len(key) for key in node if isinstance(key, str))
            stack.extend((value, depth + 1, where) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1, where) for value in node)
        if text > MAX_EXPANDED_TEXT:
            _fail(
                path,
                "alias_budget",
                f"its aliases (*name) expand the file to more than {MAX_EXPANDED_TEXT:,} "
                "characters of text, more than a file may hold: an alias repeats a long text "
                "too often here",
                *where,
            )


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
