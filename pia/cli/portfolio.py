"""The portfolio command: every assessment under a folder, as one table and one HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pia.atomic_write import write_atomically
from pia.cli.arguments import iso_date


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pf = sub.add_parser("portfolio", help="every assessment under DIR: one table, one HTML page")
    pf.add_argument("dir", metavar="DIR")
    pf.add_argument("--out", default=None, metavar="FILE.html")
    pf.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date reviews are overdue against (default: today)",
    )
    pf.set_defaults(run=_portfolio)


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
        write_atomically(out, portfolio_html(frame).encode("utf-8"))
        print(f"{out}: {len(frame)} assessment(s)")
    return 1 if frame["error"].notna().any() else 0
