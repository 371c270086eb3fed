"""The `pia` command: check and summarise assessment files from a terminal or CI."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pia.errors import PiaError, UnknownVersion
from pia.model import Assessment, Decision
from pia.store import load


def _validate(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.paths:
        try:
            load(path)
        except PiaError as e:
            failed += 1
            print(e, file=sys.stderr)
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def _show(args: argparse.Namespace) -> int:
    from pia.summary import summary

    print(summary(load(args.path)))
    return 0


def _score(args: argparse.Namespace) -> int:
    from pia.result import assess
    from pia.result_formats import render

    print(render(assess(load(args.path)), args.format))
    return 0


def _sign(args: argparse.Namespace) -> int:
    from pia.signoff import content_hash, sign, signoff_states, status
    from pia.store import save

    signed = sign(
        load(args.path),
        name=args.name,
        role=args.role,
        decision=args.decision,
        conditions=args.condition,
        date=args.date,
        accept=dict(args.accept),
    )
    save(signed, args.path)
    print(f"{args.path}: {signoff_states(signed)[-1].text}")
    print(f"content hash: {content_hash(signed)}")
    print(f"status: {status(signed)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from pia.signoff import signoff_states, status

    assessment = load(args.path)
    print(f"{args.path}: {status(assessment)}")
    for state in signoff_states(assessment):
        print(f"  {state.text}")
    return 0


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _acceptance(text: str) -> tuple[str, str]:
    finding, sep, justification = text.partition("=")
    if not sep or not finding.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not ID=JUSTIFICATION, e.g. TRF-001=...")
    return finding.strip(), justification


def _notebooks(args: argparse.Namespace) -> int:
    from pia.notebook_files import all_notebooks, refresh, run_on, workbook_notebooks

    for notebook in workbook_notebooks() if args.assessment else all_notebooks():
        if args.assessment:
            out = Path(args.out) / notebook.name
            out.parent.mkdir(parents=True, exist_ok=True)
            run_on(notebook, Path(args.assessment), out)
            print(f"{out}: executed on {args.assessment}")
        else:
            refresh(notebook)
            print(f"{notebook}: outputs refreshed")
    return 0


def _report(args: argparse.Namespace) -> int:
    from pia.report import write_report

    for path in write_report(args.path, args.out, langs=(args.lang,), formats=args.format):
        print(path)
    return 0


def _export_notebooks(args: argparse.Namespace) -> int:
    from pia.notebook_files import workbook_notebooks
    from pia.report.workbook import export_notebooks

    for path in export_notebooks(workbook_notebooks(), args.out):
        print(path)
    return 0


def _report_formats(text: str) -> tuple[str, ...]:
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in ("html", "pdf", "docx")]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"{text!r}: use html, pdf, docx or a list")
    return formats


def _history(args: argparse.Namespace) -> int:
    from pia.history import folder, versions
    from pia.signoff import status

    found = versions(args.path)
    if not found:
        raise UnknownVersion(f"{args.path}: no such file, and no history of it")
    held = [_peek(v.path) for v in found]
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
                status(assessment) if assessment else "-",
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
    from pia.store import peek

    try:
        return peek(path.read_bytes(), path)
    except OSError:
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
    from pia.diff import as_json, as_text, diff

    (old, old_label), (new, new_label) = _version_arg(args.old), _version_arg(args.new)
    result = diff(old, new)
    print(as_json(result) if args.format == "json" else as_text(result, old_label, new_label))
    return 0


def _version_arg(text: str) -> tuple[Assessment, str]:
    """`PATH`, or `PATH@VERSION` (an index or revision from `pia history PATH`)."""
    from pia.history import find

    if Path(text).exists() or "@" not in text:
        return load(text), text
    path, _, version_id = text.rpartition("@")
    version = find(path, version_id)
    when = version.timestamp.strftime("%Y-%m-%d %H:%M:%S UTC")
    return load(version.path), f"{path}@{version_id} ({when}, {version.short})"


def _ropa(args: argparse.Namespace) -> int:
    from pia.ropa import ropa, write

    frame = ropa(load(path) for path in args.paths)
    print(f"{write(frame, args.out)}: {len(frame)} processing purpose(s)")
    return 0


def _portfolio(args: argparse.Namespace) -> int:
    from pia.portfolio import portfolio, portfolio_html

    if not Path(args.dir).is_dir():
        print(f"{args.dir}: not a folder", file=sys.stderr)
        return 2
    frame = portfolio(args.dir, as_of=args.as_of)
    shown = frame.drop(columns=["error"]).fillna("")
    print(shown.to_string(index=False) if len(frame) else f"{args.dir}: no assessment.yaml found")
    for _, row in frame[frame["error"].notna()].iterrows():
        print(f"\n{row['path']}: could not be read:\n{row['error']}", file=sys.stderr)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(portfolio_html(frame), encoding="utf-8")
        print(f"{out}: {len(frame)} assessment(s)")
    return 1 if frame["error"].notna().any() else 0


def _new(args: argparse.Namespace) -> int:
    from pia.new import new

    print(f"{new(args.dir, title=args.title, controller=args.controller)}: created")
    return 0


def _export_cnil(args: argparse.Namespace) -> int:
    import json

    from pia.interop.cnil import to_cnil

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(to_cnil(load(args.path)), ensure_ascii=False, indent=2) + "\n")
    print(f"{out}: CNIL PIA tool JSON (import it with the tool's 'Import a PIA')")
    return 0


def _import_cnil(args: argparse.Namespace) -> int:
    import json

    from pia.interop.cnil import from_cnil
    from pia.store import save

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PiaError(f"{args.file}: not a readable JSON file ({e})") from None
    if not isinstance(data, dict):
        raise PiaError(f"{args.file}: not a CNIL PIA export (no top-level object)")
    assessment, left = from_cnil(data)
    save(assessment, args.out)
    print(f"{args.out}: imported from {args.file}")
    if left:
        print("not carried over (check these):")
        for item in left:
            print(f"  - {item}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pia", description="DPIA workbook: check, score and report.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    v = sub.add_parser("validate", help="check assessment files; list every problem")
    v.add_argument("paths", nargs="+", metavar="PATH")
    v.set_defaults(run=_validate)

    s = sub.add_parser("show", help="a readable summary of one assessment")
    s.add_argument("path", metavar="PATH")
    s.set_defaults(run=_show)

    sc = sub.add_parser("score", help="screening, risk levels with their factors, and findings")
    sc.add_argument("path", metavar="PATH")
    sc.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    sc.set_defaults(run=_score)

    sg = sub.add_parser("sign", help="record a management sign-off in the assessment file")
    sg.add_argument("path", metavar="PATH")
    sg.add_argument("--name", required=True)
    sg.add_argument("--role", required=True)
    sg.add_argument("--decision", required=True, choices=[d.value for d in Decision])
    sg.add_argument("--condition", action="append", default=[], metavar="TEXT")
    sg.add_argument("--date", type=_iso_date, default=dt.date.today(), metavar="YYYY-MM-DD")
    sg.add_argument(
        "--accept",
        action="append",
        default=[],
        type=_acceptance,
        metavar="ID=JUSTIFICATION",
        help="accept an open blocker finding, e.g. TRF-001='why the risk is acceptable'",
    )
    sg.set_defaults(run=_sign)

    st = sub.add_parser("status", help="draft, signed, stale or rejected, and each sign-off")
    st.add_argument("path", metavar="PATH")
    st.set_defaults(run=_status)
    rp = sub.add_parser("report", help="write dpia-<lang>.html, .pdf and/or .docx to DIR")
    rp.add_argument("path", metavar="PATH")
    rp.add_argument("--out", required=True, metavar="DIR")
    rp.add_argument("--lang", choices=("en", "nl"), default="en")
    rp.add_argument(
        "--format", type=_report_formats, default=("html", "pdf"), metavar="html,pdf,docx"
    )
    rp.set_defaults(run=_report)

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

    nb = sub.add_parser("notebooks", help="execute the workbook's notebooks headless")
    nb.add_argument("--assessment", metavar="PATH", help="run them on this file (papermill)")
    nb.add_argument("--out", metavar="DIR", default="build/notebooks", help="where those go")
    nb.set_defaults(run=_notebooks)
    ex = sub.add_parser("export-notebooks", help="the executed notebooks as HTML, without code")
    ex.add_argument("--out", metavar="DIR", required=True)
    ex.set_defaults(run=_export_notebooks)
    ec = sub.add_parser("export-cnil", help="write the assessment as CNIL PIA tool JSON")
    ec.add_argument("path", metavar="PATH")
    ec.add_argument("--out", required=True, metavar="FILE.json")
    ec.set_defaults(run=_export_cnil)
    ic = sub.add_parser("import-cnil", help="read a CNIL PIA tool JSON export into a new YAML")
    ic.add_argument("file", metavar="FILE.json")
    ic.add_argument("--out", required=True, metavar="PATH.yaml")
    ic.set_defaults(run=_import_cnil)

    ro = sub.add_parser("ropa", help="the Art. 30 record: one row per purpose, as .csv or .xlsx")
    ro.add_argument("paths", nargs="+", metavar="PATH")
    ro.add_argument("--out", required=True, metavar="ropa.csv|ropa.xlsx")
    ro.set_defaults(run=_ropa)

    pf = sub.add_parser("portfolio", help="every assessment under DIR: one table, one HTML page")
    pf.add_argument("dir", metavar="DIR")
    pf.add_argument("--out", default=None, metavar="FILE.html")
    pf.add_argument("--as-of", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                    help="the date reviews are overdue against (default: today)")
    pf.set_defaults(run=_portfolio)

    nw = sub.add_parser("new", help="create DIR/assessment.yaml: a blank assessment with guidance")
    nw.add_argument("dir", metavar="DIR")
    nw.add_argument("--title", required=True)
    nw.add_argument("--controller", default=None, metavar="NAME")
    nw.set_defaults(run=_new)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 on success, 1 when an assessment is invalid, 2 on a usage error."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except PiaError as e:
        print(e, file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`pia score ... | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
