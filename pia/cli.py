"""The `pia` command: check and summarise assessment files from a terminal or CI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pia.errors import PiaError
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
