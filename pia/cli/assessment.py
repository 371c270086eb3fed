"""Commands on one assessment file: create it, check it, summarise it, score it, sign it off."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from pia.cli.arguments import acceptance, iso_date
from pia.errors import PiaError
from pia.model import Decision
from pia.store import load, save

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners
    from pia.model import Assessment
    from pia.sshsig import PrivateKeyTypes


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
    sg.add_argument(
        "--key",
        metavar="PATH",
        help="sign with this SSH private key (e.g. ~/.ssh/id_ed25519); without it the sign-off is "
        "recorded but not signed",
    )
    sg.add_argument(
        "--principal",
        metavar="NAME",
        help="who signs, as allowed_signers lists the key (default: the one principal it lists "
        "for the key)",
    )
    _allowed_signers_option(sg)
    sg.set_defaults(run=_sign)

    st = sub.add_parser(
        "status", help="draft, verified, unsigned, invalid or stale, and each sign-off"
    )
    st.add_argument("path", metavar="PATH")
    _allowed_signers_option(st)
    st.add_argument(
        "--export",
        metavar="DIR",
        help="write each signed sign-off's message and signature to DIR, to verify them with "
        "ssh-keygen -Y verify",
    )
    st.set_defaults(run=_status)

    nw = sub.add_parser("new", help="create DIR/assessment.yaml: a blank assessment with guidance")
    nw.add_argument("dir", metavar="DIR")
    nw.add_argument("--title", required=True)
    nw.add_argument("--controller", default=None, metavar="NAME")
    nw.set_defaults(run=_new)


def _allowed_signers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allowed-signers",
        metavar="FILE",
        help="who may sign (OpenSSH allowed_signers); default: the file named allowed_signers "
        "in the assessment's folder or the nearest one above it, up to the repository's root",
    )


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

    assessment = load(args.path)
    signers = _signers(args)
    key = _private_key(args.key) if args.key else None
    principal = args.principal
    if key is not None and principal is None:
        from pia.allowed_signers import only_principal
        from pia.sshsig import public_key

        principal = only_principal(public_key(key), signers)
    signed = sign(
        assessment,
        name=args.name,
        role=args.role,
        decision=args.decision,
        conditions=args.condition,
        date=args.date,
        accept=dict(args.accept),
        key=key,
        principal=principal,
        signers=signers,
    )
    save(signed, args.path)
    print(f"{args.path}: {signoff_states(signed, signers)[-1].text}")
    if key is None:
        print("  recorded but not signed: with --key PATH (an SSH key listed in allowed_signers)")
        print("  the sign-off is signed, and nobody without the key can make or change one")
    print(f"content hash: {content_hash(signed)}")
    print(f"status: {status(signed, signers)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from pia.signoff import signoff_states, status

    assessment = load(args.path)
    signers = _signers(args)
    print(f"{args.path}: {status(assessment, signers)}")
    for state in signoff_states(assessment, signers):
        print(f"  {state.text}")
    if assessment.signoffs:
        print(f"  who may sign: {signers.source if signers else 'no allowed_signers file found'}")
    if args.export:
        _export(assessment, args.export, signers)
    return 0


def _signers(args: argparse.Namespace) -> AllowedSigners | None:
    """The --allowed-signers file, else the one found beside the assessment or above it."""
    from pia import allowed_signers

    if args.allowed_signers:
        return allowed_signers.read(args.allowed_signers)
    return allowed_signers.for_assessment(args.path)


def _private_key(path: str) -> PrivateKeyTypes:
    """The key at `path`, asking for its passphrase on the terminal if it has one."""
    import getpass

    from pia import sshsig

    try:
        return sshsig.load_private_key(path)
    except sshsig.PassphraseNeeded:
        passphrase = getpass.getpass(f"passphrase for {path}: ")
        return sshsig.load_private_key(path, passphrase.encode("utf-8"))


def _export(assessment: Assessment, folder: str, signers: AllowedSigners | None) -> None:
    """Each signed sign-off's message and signature as files, with the ssh-keygen command that
    verifies them without pia."""
    import shlex
    from pathlib import Path

    from pia.atomic_write import write_atomically
    from pia.signoff import NAMESPACE, chain, message

    out, listed = Path(folder), signers.source if signers else "ALLOWED_SIGNERS"
    out.mkdir(parents=True, exist_ok=True)
    for n, (s, previous) in enumerate(
        zip(assessment.signoffs, chain(assessment.signoffs), strict=False), 1
    ):
        if s.signature is None:
            continue
        sig, msg = out / f"signoff-{n}.sig", out / f"signoff-{n}.message"
        write_atomically(msg, message(s, previous))
        write_atomically(sig, (s.signature.strip() + "\n").encode("ascii"))
        verify = ["ssh-keygen", "-Y", "verify", "-f", listed, "-I", s.principal or ""]
        verify += ["-n", NAMESPACE, "-s", str(sig)]
        print(f"  sign-off {n}: {shlex.join(verify)} < {shlex.quote(str(msg))}")


def _new(args: argparse.Namespace) -> int:
    from pia.new import new

    print(f"{new(args.dir, title=args.title, controller=args.controller)}: created")
    return 0
