"""Commands that write what people read: the report, and the workbook notebooks run or exported."""

from __future__ import annotations

import argparse
from pathlib import Path

from pia.cli.arguments import report_formats
from pia.words import LANGUAGES


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rp = sub.add_parser("report", help="write dpia-<lang>.html, .pdf and/or .docx to DIR")
    rp.add_argument("path", metavar="PATH")
    rp.add_argument("--out", required=True, metavar="DIR")
    rp.add_argument("--lang", choices=LANGUAGES, default="en", help="the report's language")
    rp.add_argument(
        "--format", type=report_formats, default=("html", "pdf"), metavar="html,pdf,docx"
    )
    rp.set_defaults(run=_report)

    nb = sub.add_parser("notebooks", help="execute the workbook's notebooks headless")
    nb.add_argument("--assessment", metavar="PATH", help="run them on this file (papermill)")
    nb.add_argument("--out", metavar="DIR", default="build/notebooks", help="where those go")
    nb.set_defaults(run=_notebooks)

    ex = sub.add_parser("export-notebooks", help="the executed notebooks as HTML, without code")
    ex.add_argument("--out", metavar="DIR", required=True)
    ex.add_argument(
        "--notebooks",
        metavar="DIR",
        type=Path,
        help="the step notebooks in DIR, e.g. those `pia notebooks --assessment` ran "
        "(default: the workbook's own)",
    )
    ex.set_defaults(run=_export_notebooks)


def _report(args: argparse.Namespace) -> int:
    from pia.report import write_report

    for path in write_report(args.path, args.out, langs=(args.lang,), formats=args.format):
        print(path)
    return 0


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


def _export_notebooks(args: argparse.Namespace) -> int:
    from pia.notebook_files import workbook_notebooks
    from pia.report.workbook import export_notebooks

    notebooks = workbook_notebooks(args.notebooks) if args.notebooks else workbook_notebooks()
    for path in export_notebooks(notebooks, args.out):
        print(path)
    return 0
