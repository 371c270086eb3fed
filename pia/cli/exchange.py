"""Commands that exchange assessments with other tools: the CNIL PIA tool, the Art. 30 record."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pia.atomic_write import write_atomically
from pia.errors import PiaError
from pia.store import load, read_file, save


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def _export_cnil(args: argparse.Namespace) -> int:
    from pia.allowed_signers import for_assessment
    from pia.interop.cnil import to_cnil

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    exported = to_cnil(load(args.path), signers=for_assessment(args.path))
    text = json.dumps(exported, ensure_ascii=False, indent=2) + "\n"
    write_atomically(out, text.encode("utf-8"))
    print(f"{out}: CNIL PIA tool JSON (import it with the tool's 'Import a PIA')")
    return 0


def _import_cnil(args: argparse.Namespace) -> int:
    from pia.interop.cnil import from_cnil

    try:
        data = json.loads(read_file(Path(args.file)).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PiaError(f"{args.file}: not a readable JSON file ({e})") from None
    if not isinstance(data, dict):
        raise PiaError(f"{args.file}: not a CNIL PIA export (no top-level object)")
    assessment, left = from_cnil(data)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    save(assessment, args.out)
    print(f"{args.out}: imported from {args.file}")
    if left:
        print("not carried over (check these):")
        for item in left:
            print(f"  - {item}")
    return 0


def _ropa(args: argparse.Namespace) -> int:
    from pia.ropa import ropa, write

    frame = ropa(load(path) for path in args.paths)
    print(f"{write(frame, args.out)}: {len(frame)} processing purpose(s)")
    return 0
