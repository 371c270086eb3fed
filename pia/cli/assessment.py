"""Commands on one assessment file: create it, check it, summarise it, score it, sign it off."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from pia.cli.arguments import acceptance, iso_date
from pia.errors import PiaError
from pia.model import Decision
from pia.store import load, save


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    sg.add_argument("--date", type=iso_date, default=dt.date.today(), metavar="YYYY-MM-DD")
    sg.add_argument(
        "--accept",
        action="append",
        default=[],
        type=acceptance,
        metavar="ID=JUSTIFICATION",
        help="accept an open blocker finding, e.g. TRF-001='why the risk is acceptable'",
    )
    sg.set_defaults(run=_sign)

    st = sub.add_parser("status", help="draft, signed, stale or rejected, and each sign-off")
    st.add_argument("path", metavar="PATH")
    st.set_defaults(run=_status)

    nw = sub.add_parser("new", help="create DIR/assessment.yaml: a blank assessment with guidance")
    nw.add_argument("dir", metavar="DIR")
    nw.add_argument("--title", required=True)
    nw.add_argument("--controller", default=None, metavar="NAME")
    nw.set_defaults(run=_new)


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


def _new(args: argparse.Namespace) -> int:
    from pia.new import new

    print(f"{new(args.dir, title=args.title, controller=args.controller)}: created")
    return 0
