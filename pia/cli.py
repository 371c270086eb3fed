"""The `pia` command: check and summarise assessment files from a terminal or CI."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from pia.errors import PiaError
from pia.model import Decision
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
    from pathlib import Path

    from pia.notebook_files import refresh, run_on, workbook_notebooks

    for notebook in workbook_notebooks():
        if args.assessment:
            out = Path(args.out) / notebook.name
            out.parent.mkdir(parents=True, exist_ok=True)
            run_on(notebook, Path(args.assessment), out)
            print(f"{out}: executed on {args.assessment}")
        else:
            refresh(notebook)
            print(f"{notebook}: outputs refreshed")
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
    nb = sub.add_parser("notebooks", help="execute the workbook's notebooks headless")
    nb.add_argument("--assessment", metavar="PATH", help="run them on this file (papermill)")
    nb.add_argument("--out", metavar="DIR", default="build/notebooks", help="where those go")
    nb.set_defaults(run=_notebooks)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 on success, 1 when an assessment is invalid, 2 on a usage error."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except PiaError as e:
        print(e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
