"""Render an assessment to one self-contained HTML file, and that HTML to an A4 PDF.

The HTML carries its stylesheet inline and its charts as `data:` URIs: no script, no network, no
file beside it. The PDF is made from the same HTML by WeasyPrint, whose URL fetcher refuses
everything but `data:` URLs, so nothing an analyst types can make it read a local file or the
network. WeasyPrint is imported only when a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from pia.atomic_write import write_atomically
from pia.model import Assessment
from pia.report.pdf import render_pdf
from pia.report.templates import environment
from pia.report.view import Report, build_report
from pia.result import Result, assess

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners

FORMATS = ("html", "pdf", "docx")
DEFAULT_FORMATS = ("html", "pdf")  # docx only when asked for
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


def stylesheet() -> Markup:
    """The packaged stylesheet, marked safe: it is ours, and inlined in a `<style>` element."""
    css = resources.files("pia.report").joinpath("report.css").read_text("utf-8")
    if "</" in css:
        raise ValueError("report.css must not contain '</': it is inlined in a <style> element")
    return Markup(css)


def render_report(report: Report) -> str:
    """The HTML of a built report view-model."""
    template = environment().get_template("report.html.j2")
    return template.render(r=report, t=report.t, label=_labels(report), css=stylesheet())


def render_chapter(report: Report, chapter: str) -> str:
    """One chapter's HTML on its own (for snapshot tests and previews)."""
    template = environment().get_template(f"{chapter}.html.j2")
    return template.render(r=report, t=report.t, label=_labels(report))


def _labels(report: Report) -> Any:
    """`label(group, value)` in the templates: an enum value's label in the report's language."""
    from pia.words import speaker

    return speaker(report.lang).label


def render_html(
    assessment: Assessment,
    result: Result | None = None,
    lang: str = "en",
    signers: AllowedSigners | None = None,
) -> str:
    """The report as one self-contained HTML document (CSS inlined, charts embedded); `signers`
    verify the sign-offs (`pia.allowed_signers.for_assessment`)."""
    report = build_report(assessment, result or assess(assessment), lang, signers=signers)
    return render_report(report)


def write_report(
    path_to_yaml: str | Path,
    out_dir: str | Path,
    langs: Sequence[str] = ("en", "nl"),
    formats: Iterable[str] = DEFAULT_FORMATS,
) -> list[Path]:
    """Load, assess and write `dpia-<lang>.<format>` (html, pdf, docx) per language; the files.

    Each file is written whole (`pia.atomic_write`): a failed or killed render leaves the
    previous one in place.
    """
    from pia.allowed_signers import for_assessment
    from pia.store import load

    formats = tuple(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format {', '.join(unknown)}: use html, pdf and/or docx")
    assessment = load(path_to_yaml)
    result = assess(assessment)
    signers = for_assessment(path_to_yaml)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        wanted = {"html", "pdf"} & set(formats)
        html = render_html(assessment, result, lang, signers) if wanted else ""
        if "html" in formats:
            written.append(write_atomically(out / f"dpia-{lang}.html", html.encode("utf-8")))
        if "pdf" in formats:
            written.append(render_pdf(html, out / f"dpia-{lang}.pdf"))
        if "docx" in formats:
            from pia.report.docx import write_report_docx

            docx_path = out / f"dpia-{lang}.docx"
            written.append(write_report_docx(assessment, result, lang, docx_path, signers))
    return written
