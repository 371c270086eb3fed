"""Commands on a file's kept versions: list them, restore one, compare two."""

from __future__ import annotations

import argparse
from pathlib import Path

from pia.errors import InvalidAssessment, UnknownVersion
from pia.model import Assessment
from pia.store import load, peek, read_file


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hi = sub.add_parser("history", help="the kept versions of a file, newest first")
    hi.add_argument("path", metavar="PATH")
    hi.set_defaults(run=_history)

    rs = sub.add_parser("restore", help="make an earlier version the current file again")
    rs.add_argument("path", metavar="PATH")
    rs.add_argument("version", metavar="VERSION", help="# or revision shown by `pia history`")
    rs.set_defaults(run=_restore)

    df = sub.add_parser("diff", help="changed answers, risk levels and findings between two files")
    df.add_argument("old", metavar="OLD", help="a file, or PATH@VERSION from `pia history`")
    df.add_argument("new", metavar="NEW", help="a file, or PATH@VERSION from `pia history`")
    df.add_argument("--format", choices=("text", "json"), default="text")
    df.set_defaults(run=_diff)


def _history(args: argparse.Namespace) -> int:
    from pia.allowed_signers import for_assessment
    from pia.history import folder, versions
    from pia.signoff import status

    found = versions(args.path)
    if not found:
        raise UnknownVersion(f"{args.path}: no such file, and no history of it")
    held = [_peek(v.path) for v in found]
    signers = for_assessment(args.path)
    print(
        f"{args.path}: {len(found)} version{'s' if len(found) != 1 else ''}; earlier ones are "
        f"kept in {folder(args.path)}/"
    )
    rows = [("#", "saved (UTC)", "revision", "size", "sign-off", "changes from the one below")]
    for i, (version, assessment) in enumerate(zip(found, held, strict=True)):
        older = held[i + 1] if i + 1 < len(held) else None
        rows.append(
            (
                f"{i}{' current' if version.current else ''}",
                version.timestamp.strftime("%Y-%m-%d %H:%M:%S"),
                version.short,
                f"{version.size:,} B",
                status(assessment, signers) if assessment else "-",
                _what_changed(older, assessment, last=i + 1 == len(held)),
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(5)]
    for row in rows:
        print(
            "  " + "".join(cell.ljust(w + 2) for cell, w in zip(row, widths, strict=False)) + row[5]
        )
    return 0


def _peek(path: Path) -> Assessment | None:
    try:
        return peek(read_file(path), path)
    except InvalidAssessment:
        return None


def _what_changed(older: Assessment | None, newer: Assessment | None, *, last: bool) -> str:
    from pia.diff import answer_changes

    if newer is None:
        return "not a valid assessment"
    if older is None:
        return "the oldest kept" if last else "(the one below is not valid)"
    paths = [c.path for c in answer_changes(older, newer)]
    if not paths:
        return "no answer changed (layout or comments only)"
    listed = ", ".join(paths[:3]) + (", ..." if len(paths) > 3 else "")
    return f"{len(paths)} answer{'s' if len(paths) != 1 else ''}: {listed}"


def _restore(args: argparse.Namespace) -> int:
    from pia.history import find, restore

    version = find(args.path, args.version)
    when = version.timestamp.strftime("%Y-%m-%d %H:%M:%S UTC")
    now = find(args.path, 0)
    if version.current or (now.current and version.revision == now.revision):
        print(f"{args.path}: version {args.version} is what the file holds now; nothing to do")
        return 0
    new = restore(args.path, version.id)
    print(f"{args.path}: restored the version of {when} ({version.short}); new revision {new[:12]}")
    print(f"the version it replaced is kept: pia history {args.path}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from pia.allowed_signers import for_assessment
    from pia.diff import diff
    from pia.diff_formats import as_json, as_text

    (old, old_label), (new, new_label) = _version_arg(args.old), _version_arg(args.new)
    result = diff(old, new, signers=for_assessment(_file_of(args.new)))
    print(as_json(result) if args.format == "json" else as_text(result, old_label, new_label))
    return 0


def _file_of(text: str) -> str:
    """The file a `PATH` or `PATH@VERSION` argument names."""
    return text if Path(text).exists() or "@" not in text else text.rpartition("@")[0]


def _version_arg(text: str) -> tuple[Assessment, str]:
    """`PATH`, or `PATH@VERSION` (an index or revision from `pia history PATH`)."""
    from pia.history import find

    if Path(text).exists() or "@" not in text:
        return load(text), text
    path, _, version_id = text.rpartition("@")
    version = find(path, version_id)
    when = version.timestamp.strftime("%Y-%m-%d %H:%M:%S UTC")
    return load(version.path), f"{path}@{version_id} ({when}, {version.short})"
