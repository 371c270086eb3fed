"""The analyst's workbook as an annex: the executed notebooks as HTML pages, without code."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pia.atomic_write import write_atomically
from pia.report.render import stylesheet

if TYPE_CHECKING:
    from nbformat import NotebookNode

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_PAGE_STYLE = (
    "body.workbook{max-width:60em;margin:2em auto}.anchor-link{display:none}"
    "img{max-width:100%;height:auto}.jp-Cell{margin:0 0 1em}"
)


def _without_live_widgets(nb: NotebookNode) -> None:
    """Forms and live panels need a running kernel; a saved page shows only what they produced."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if WIDGET_VIEW not in o.get("data", {})]


def export_notebook(notebook: Path, out_dir: Path) -> Path:
    """One notebook as a self-contained HTML page: markdown and outputs, no code, no script."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook, as_version=4)
    _without_live_widgets(nb)
    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    title = html.escape(notebook.stem.replace("_", " "))
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{stylesheet()}</style>"
        f"<style>{_PAGE_STYLE}</style>"
        f'</head><body class="workbook">{body}</body></html>\n'
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_atomically(out_dir / f"{notebook.stem}.html", page.encode("utf-8"))


def export_notebooks(notebooks: Iterable[Path], out_dir: str | Path) -> list[Path]:
    """Every notebook of the workbook, in order, plus an index page linking them."""
    out = Path(out_dir)
    pages = [export_notebook(Path(nb), out) for nb in notebooks]
    links = "".join(f'<li><a href="{p.name}">{html.escape(p.stem)}</a></li>' for p in pages)
    index = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Workbook</title>'
        f"<style>{stylesheet()}</style></head><body><h1>The analyst's workbook</h1>"
        f"<ol>{links}</ol></body></html>\n"
    )
    return [*pages, write_atomically(out / "index.html", index.encode("utf-8"))]
