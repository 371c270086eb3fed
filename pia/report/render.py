"""Render an assessment to one self-contained HTML file, and that HTML to an A4 PDF.

The HTML carries its stylesheet inline and its charts as `data:` URIs: no script, no network, no
file beside it. The PDF is made from the same HTML by WeasyPrint, whose URL fetcher refuses
everything but `data:` URLs, so nothing an analyst types can make it read a local file or the
network. WeasyPrint is imported only when a PDF is asked for.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from pia.errors import PiaError
from pia.model import Assessment
from pia.report.templates import environment
from pia.report.view import Report, build_report
from pia.result import Result, assess

FORMATS = ("html", "pdf", "docx")
DEFAULT_FORMATS = ("html", "pdf")  # docx only when asked for
# What WeasyPrint needs from the system on Debian (and the fonts the stylesheet names).
DEBIAN_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "fonts-dejavu-core")
CHAPTER_TEMPLATES = (
    "cover",
    "contents",
    "summary",
    "description",
    "necessity",
    "risk",
    "measures",
    "findings",
    "consultation",
    "signoff",
    "method",
    "sources",
)


class RefusedURL(ValueError):
    """The report asked for a resource that is not embedded in it."""


def stylesheet() -> Markup:
    """The packaged stylesheet, marked safe: it is ours, and inlined in a `<style>` element."""
    css = resources.files("pia.report").joinpath("report.css").read_text("utf-8")
    if "</" in css:
        raise ValueError("report.css must not contain '</': it is inlined in a <style> element")
    return Markup(css)


def render_report(report: Report) -> str:
    """The HTML of a built report view-model."""
    template = environment().get_template("report.html.j2")
    return template.render(r=report, t=report.t, css=stylesheet())


def render_chapter(report: Report, chapter: str) -> str:
    """One chapter's HTML on its own (for snapshot tests and previews)."""
    return environment().get_template(f"{chapter}.html.j2").render(r=report, t=report.t)


def render_html(assessment: Assessment, result: Result | None = None, lang: str = "en") -> str:
    """The report as one self-contained HTML document (CSS inlined, charts embedded)."""
    return render_report(build_report(assessment, result or assess(assessment), lang))


def data_only_fetcher(refused: list[str] | None = None) -> Any:
    """A WeasyPrint URL fetcher that serves `data:` URLs and refuses (and lists) the rest."""
    from weasyprint.urls import URLFetcher

    class DataOnly(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith("data:"):
                if refused is not None:
                    refused.append(url)
                raise RefusedURL(f"the report embeds its resources; refused to fetch {url[:80]!r}")
            return super().fetch(url, headers)

    return DataOnly(allowed_protocols=("data",))


def render_pdf(html: str, out_path: str | Path) -> Path:
    """Write the PDF of a report's HTML (A4, page numbers, table of contents) to `out_path`."""
    try:
        import weasyprint
    except OSError as e:  # the Python package is there, its system libraries are not
        raise PiaError(
            f"WeasyPrint cannot load its system libraries ({e}). On Debian or Ubuntu: "
            f"apt-get install -y {' '.join(DEBIAN_PACKAGES)}"
        ) from e
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with collector_paused():
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=data_only_fetcher())
        document.write_pdf(out)
    return out


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the length of a PDF render.

    WeasyPrint makes hundreds of thousands of short-lived objects while it lays out a report, and
    the collector's passes over them cost about a sixth of the render (0.65 s of 4.3 s for
    Maxiresponse, for 3 MB more at the peak; `benchmarks/README.md`). Reference counting still
    frees everything that is not in a cycle; the cycles go at the next collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_report(
    path_to_yaml: str | Path,
    out_dir: str | Path,
    langs: Sequence[str] = ("en", "nl"),
    formats: Iterable[str] = DEFAULT_FORMATS,
) -> list[Path]:
    """Load, assess and write `dpia-<lang>.<format>` (html, pdf, docx) per language; the files."""
    from pia.store import load

    formats = tuple(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format {', '.join(unknown)}: use html, pdf and/or docx")
    assessment = load(path_to_yaml)
    result = assess(assessment)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        html = render_html(assessment, result, lang) if {"html", "pdf"} & set(formats) else ""
        if "html" in formats:
            target = out / f"dpia-{lang}.html"
            target.write_text(html, encoding="utf-8")
            written.append(target)
        if "pdf" in formats:
            written.append(render_pdf(html, out / f"dpia-{lang}.pdf"))
        if "docx" in formats:
            from pia.report.docx import write_report_docx

            written.append(write_report_docx(assessment, result, lang, out / f"dpia-{lang}.docx"))
    return written
