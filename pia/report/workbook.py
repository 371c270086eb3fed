"""The analyst's workbook as an annex: the executed notebooks as HTML pages, without code.

A notebook's outputs are HTML that anyone who edited the notebook or its assessment could have
shaped, so a page keeps only inert markup (`_inert`: an allow-list of tags and attributes, links
to http, https and mailto, images from data: URLs) and declares a Content-Security-Policy that lets
nothing run or load from elsewhere, should anything slip through.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pia.atomic_write import write_atomically
from pia.escaping import html
from pia.report.render import stylesheet

if TYPE_CHECKING:
    from nbformat import NotebookNode

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
JAVASCRIPT = "application/javascript"
_PAGE_STYLE = (
    "body.workbook{max-width:60em;margin:2em auto}.anchor-link{display:none}"
    "img{max-width:100%;height:auto}.jp-Cell{margin:0 0 1em}"
)
# No script, frame, plugin, form or base; images and fonts only from the page itself (data:).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; base-uri 'none'"
)
_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
)
# What the notebooks' outputs use: nbconvert's wrappers, rendered Markdown, tables, images.
_TAG_NAMES = (
    "a abbr b blockquote br caption code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 hr "
    "i img ins kbd li ol p pre s small span strong style sub sup "
    "table tbody td tfoot th thead tr u ul"
)
_TAGS = frozenset(_TAG_NAMES.split())
_ATTRIBUTES = {
    "*": ["class", "id", "title", "lang", "dir", "style", "align"],
    "a": ["href", "title"],
    "img": ["alt", "width", "height"],  # and `src`, if a data: image (_attribute_allowed)
    "table": ["border"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan"],
    "style": ["type", "scoped"],
}


def _without_live_outputs(nb: NotebookNode) -> None:
    """Forms and live panels need a running kernel, JavaScript a live page: a saved page shows
    only what they produced, not their saved state (a notebook run by papermill keeps it)."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type == "code":
            for output in cell.outputs:
                output.get("data", {}).pop(JAVASCRIPT, None)
            cell.outputs = [o for o in cell.outputs if _shown(o.get("data"))]


def _shown(data: dict[str, object] | None) -> bool:
    """A stream or an error, or display data with something left to show but a widget."""
    return data is None or (bool(data) and WIDGET_VIEW not in data)


def _attribute_allowed(tag: str, name: str, value: str) -> bool:
    """The allow-list, and images only from data: URLs: a page never fetches a file or a host."""
    if tag == "img" and name == "src":
        return value.startswith("data:image/")
    return name in _ATTRIBUTES.get(tag, ()) or name in _ATTRIBUTES["*"]


def _inert(body: str) -> str:
    """`body` with every tag, attribute and URL scheme outside the allow-list removed: no script,
    event handler, `javascript:` or `file:` link, frame, form or remote image survives."""
    from bleach.css_sanitizer import ALLOWED_CSS_PROPERTIES, CSSSanitizer
    from bleach.sanitizer import Cleaner

    cleaner = Cleaner(
        tags=_TAGS,
        attributes=_attribute_allowed,
        protocols={"http", "https", "mailto", "data"},
        css_sanitizer=CSSSanitizer(allowed_css_properties=ALLOWED_CSS_PROPERTIES),
        strip=True,
        strip_comments=True,
    )
    return cleaner.clean(body)


def export_notebook(notebook: Path, out_dir: Path) -> Path:
    """One notebook as a self-contained HTML page: markdown and outputs, no code, no script."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook, as_version=4)
    _without_live_outputs(nb)
    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    title = html(notebook.stem.replace("_", " "))
    page = (
        f"{_HEAD}<title>{title}</title><style>{stylesheet()}</style>"
        f"<style>{_PAGE_STYLE}</style>"
        f'</head><body class="workbook">{_inert(body)}</body></html>\n'
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_atomically(out_dir / f"{notebook.stem}.html", page.encode("utf-8"))


def export_notebooks(notebooks: Iterable[Path], out_dir: str | Path) -> list[Path]:
    """Every notebook of the workbook, in order, plus an index page linking them."""
    out = Path(out_dir)
    pages = [export_notebook(Path(nb), out) for nb in notebooks]
    links = "".join(f'<li><a href="{html(p.name)}">{html(p.stem)}</a></li>' for p in pages)
    index = (
        f"{_HEAD}<title>Workbook</title>"
        f"<style>{stylesheet()}</style></head><body><h1>The analyst's workbook</h1>"
        f"<ol>{links}</ol></body></html>\n"
    )
    return [*pages, write_atomically(out / "index.html", index.encode("utf-8"))]
