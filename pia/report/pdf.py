"""The PDF of a report's HTML, made by WeasyPrint: A4, running header, "page X of Y", contents.

WeasyPrint lays a document out one page after another in one Python thread. A report's chapters
each begin on a new page, though, so they lay out independently: the chapters are shared between
this process and one forked child, each rendering its share as a document of its own, without
page numbers. Then a *skeleton* is rendered: the cover and the contents, followed by one blank page
per chapter page. Before it is written, each blank page is given the anchors and bookmarks of its
chapter page (`Page.anchors`, `Page.bookmarks`), so what depends on the whole document (page
numbers "page X of Y" and in the contents, named destinations, the outline) is WeasyPrint's own
work on the skeleton. Each chapter page is then laid onto its skeleton page as a form XObject,
links included. The pages come out as a single render's would (`tests/test_report_pdf.py`
compares them).

Elsewhere than on Linux, on one core, or for HTML without chapter marks, the document is rendered
in one piece.
"""

from __future__ import annotations

import gc
import io
import os
import re
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pia.atomic_write import write_atomically
from pia.errors import PiaError

# What WeasyPrint needs from the system on Debian (and the fonts the stylesheet names).
DEBIAN_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "fonts-dejavu-core")
# report.html.j2 writes this before each chapter: a chapter begins on a new page. Analyst text
# cannot forge it: autoescaping turns its "<" into "&lt;".
CHAPTER_MARK = "<!-- pia:chapter -->"
# Chapter documents print their running header but no page number, which only the skeleton knows.
_NO_PAGE_NUMBER = "<style>@page { @bottom-right { content: none } }</style>"
# The skeleton's blank pages, one per chapter page (`_blank_page`): the page number is theirs, the
# rest of the running header comes with the chapter page.
_BLANK_PAGES = (
    "<style>.pia-page { page: pia-blank; break-before: page; height: 0 }"
    " @page pia-blank { @top-left { content: none } @top-right { content: none }"
    " @bottom-left { content: none } }</style>"
)
_ID = re.compile(r'\sid="([^"]+)"')
_HREF = re.compile(r'\shref="#([^"]+)"')
_TAG = re.compile(r"<[^>]*>")


class RefusedURL(ValueError):
    """The report asked for a resource that is not embedded in it."""


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


def render_pdf(html: str, out_path: str | Path, processes: int | None = None) -> Path:
    """Write the PDF of a report's HTML (A4, page numbers, table of contents) to `out_path`.

    `processes`: how many processes lay the chapters out (default: 2 on Linux with two cores,
    else 1, which renders the document in one piece).
    """
    try:
        import weasyprint  # noqa: F401  (here for the error message; the work imports it again)
    except OSError as e:  # the Python package is there, its system libraries are not
        raise PiaError(
            f"WeasyPrint cannot load its system libraries ({e}). On Debian or Ubuntu: "
            f"apt-get install -y {' '.join(DEBIAN_PACKAGES)}"
        ) from e
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    head, front, chapters = split(html)
    processes = default_processes() if processes is None else processes
    with collector_paused():
        pdf = None
        if processes > 1 and len(chapters) > 1:
            from concurrent.futures.process import BrokenProcessPool

            try:
                pdf = _render_in_parts(head, front, chapters, processes)
            except BrokenProcessPool:  # the child died (killed, out of memory): do it here
                pdf = None
        pdf = pdf or _weasy(html).write_pdf()
    return write_atomically(out, pdf)


def default_processes() -> int:
    """Two on Linux with two cores: a forked child starts with WeasyPrint loaded. (macOS has
    `fork` too, but its system libraries do not survive it; a spawned child would import all
    again.)"""
    import multiprocessing  # here: rendering HTML alone needs none of it

    if not sys.platform.startswith("linux"):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.current_process().daemon:  # a daemon may not have children
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(2, cores or 1)  # a third would gain little: the risk chapter is a third of it all


def split(html: str) -> tuple[str, str, list[str]]:
    """The HTML up to `<body>`, the pages before the first chapter, and each chapter's HTML."""
    start, end = html.find("<body>"), html.rfind("</body>")
    if start < 0 or end < 0 or CHAPTER_MARK not in html:
        return html, "", []
    head = html[: start + len("<body>")]
    front, *chapters = html[len(head) : end].split(CHAPTER_MARK)
    if not all(_ID.search(chapter) for chapter in chapters):  # a chapter is found by its id
        return html, "", []
    return head, front, chapters


# --- the chapters, in two processes ------------------------------------------------------------


@dataclass
class Part:
    """Chapters rendered as one document: its PDF, and per page the anchors and bookmarks on it."""

    pdf: bytes
    first_pages: list[int]  # the page (of this document) each of its chapters begins on
    anchors: list[dict[str, tuple[float, float, float, float]]]  # as `weasyprint.Page.anchors`
    bookmarks: list[list[tuple[int, str, tuple[float, float], str]]]  # as `Page.bookmarks`


def _render_in_parts(head: str, front: str, chapters: list[str], processes: int) -> bytes:
    """The PDF, its chapters laid out in `processes` processes (this one and forked children)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = shares_of_work(chapters, processes)
    context = multiprocessing.get_context("fork")
    parent = os.getpid()
    with ProcessPoolExecutor(
        len(shares) - 1, mp_context=context, initializer=_die_with, initargs=(parent,)
    ) as pool:
        futures = [pool.submit(_render_part, head, chapters, share) for share in shares[1:]]
        parts = [_render_part(head, chapters, shares[0])] + [f.result() for f in futures]
    pages_of: dict[int, list[tuple[int, int]]] = {}  # chapter -> its pages: (part, page)
    for p, (part, share) in enumerate(zip(parts, shares, strict=True)):
        bounds = part.first_pages + [len(part.anchors)]
        for k, chapter in enumerate(share):
            pages_of[chapter] = [(p, n) for n in range(bounds[k], bounds[k + 1])]
    pages = [page for chapter in sorted(pages_of) for page in pages_of[chapter]]
    wanted = set(_HREF.findall(front))  # the contents' targets: their page numbers are printed
    blanks = "".join(_blank_page(sorted(parts[p].anchors[n].keys() & wanted)) for p, n in pages)
    skeleton = _weasy(head.replace("</head>", _BLANK_PAGES + "</head>", 1) + front + blanks)
    first = len(skeleton.pages) - len(pages)
    for blank, (p, n) in zip(skeleton.pages[first:], pages, strict=True):
        blank.anchors.update(parts[p].anchors[n])  # where they are: named destinations, links
        blank.bookmarks = parts[p].bookmarks[n]  # the outline
    return _assemble(skeleton.write_pdf(), [part.pdf for part in parts], pages)


def _die_with(parent: int) -> None:
    """In a forked child, first thing: die with `parent`, so a killed render leaves no worker.

    The child waits for its work on a pipe whose writing end it holds itself (forked so): were
    `pia report` killed (`kill -9`), it would wait forever. On Linux the kernel is asked to
    SIGKILL it when the thread that forked it ends (prctl PR_SET_PDEATHSIG; the pool forks from
    the thread that renders, which waits for its children). The parent may have died before
    that request: then the child has been adopted already and exits at once. Where the request
    fails, the child exits too, the pool breaks, and the PDF is rendered in one piece.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1  # <linux/prctl.h>
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) != 0:
            os._exit(1)
    if os.getppid() != parent:
        os._exit(1)


def shares_of_work(chapters: list[str], processes: int) -> list[list[int]]:
    """The chapters each process renders: the costliest first, each to the lightest share."""
    cost = [chapter_cost(chapter) for chapter in chapters]
    shares: list[list[int]] = [[] for _ in range(processes)]
    for c in sorted(range(len(chapters)), key=lambda c: -cost[c]):
        min(shares, key=lambda share: sum(cost[i] for i in share)).append(c)
    return [sorted(share) for share in shares if share]


def chapter_cost(chapter: str) -> int:
    """What laying a chapter out costs, in characters of plain text: a tag costs about 30, a chart
    about 7,000 (fitted to the Maxiresponse chapters, each rendered alone; about 13 µs each)."""
    return len(_TAG.sub("", chapter)) + 30 * chapter.count("<") + 7000 * chapter.count("<img")


def _render_part(head: str, chapters: list[str], share: list[int]) -> Part:
    """Render some chapters without page numbers; links to other chapters point at stand-ins."""
    body = "".join(chapters[c] for c in share)
    own = set(_ID.findall(body))
    stand_ins = "".join(f'<a id="{name}"></a>' for name in sorted(set(_HREF.findall(body)) - own))
    html = (
        head.replace("</head>", _NO_PAGE_NUMBER + "</head>", 1)
        + body
        + f'<div style="position: absolute; top: 0">{stand_ins}</div>'
    )
    document = _weasy(html)  # the collector is paused already, in the child too (forked so)
    pdf = document.write_pdf()
    first_ids = [_first_id(chapters[c]) for c in share]
    first_pages = [
        next(n for n, page in enumerate(document.pages) if name in page.anchors)
        for name in first_ids
    ]
    return Part(
        pdf=pdf,
        first_pages=first_pages,
        anchors=[
            {name: box for name, box in page.anchors.items() if name in own}
            for page in document.pages
        ],
        bookmarks=[list(page.bookmarks) for page in document.pages],
    )


def _first_id(chapter: str) -> str:
    found = _ID.search(chapter)
    assert found, "split() keeps only chapters with an id"
    return found.group(1)


def _blank_page(names: Iterable[str]) -> str:
    """A skeleton page standing for a chapter page, with the anchors the contents point at (so
    that `target-counter` finds their page; `_render_in_parts` moves them where they are)."""
    return "<div class=pia-page>" + "".join(f'<a id="{name}"></a>' for name in names) + "</div>"


def _assemble(skeleton_pdf: bytes, part_pdfs: list[bytes], pages: list[tuple[int, int]]) -> bytes:
    """Lay each chapter page (part, page) onto its skeleton page, the skeleton's last ones."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(skeleton_pdf))
    readers = [PdfReader(io.BytesIO(pdf)) for pdf in part_pdfs]
    first = len(writer.pages) - len(pages)
    for i, (p, n) in enumerate(pages):
        _lay_onto(writer.pages[first + i], readers[p].pages[n], writer, f"/PiaChapterPage{i}")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _lay_onto(target: Any, source: Any, writer: Any, name: str) -> None:
    """Draw `source` on `target` as a form XObject (its own resources: nothing parsed or renamed)
    and copy its links."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

    stream = source["/Contents"].get_object()
    if isinstance(stream, ArrayObject):
        raise PiaError("a chapter page has several content streams; WeasyPrint writes one")
    form = stream.clone(writer, force_duplicate=True)  # a new object of the writer's
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in source.mediabox)
    form[NameObject("/Resources")] = source["/Resources"].get_object().clone(writer)

    resources = target["/Resources"].get_object()
    if "/XObject" not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    resources["/XObject"].get_object()[NameObject(name)] = form.indirect_reference
    contents = target.get_contents()
    # the skeleton page leaves its coordinates flipped: draw the chapter page outside its state
    contents.set_data(b"q\n" + contents.get_data() + f"\nQ\nq {name} Do Q\n".encode())
    target.replace_contents(contents)

    if "/Annots" in source:
        if "/Annots" not in target:
            target[NameObject("/Annots")] = ArrayObject()
        annots = target["/Annots"].get_object()
        for annot in source["/Annots"].get_object():
            copy = annot.get_object().clone(writer, ignore_fields=("/P",))
            annots.append(copy.indirect_reference or copy)


def _weasy(html: str) -> Any:
    """The laid-out WeasyPrint document of some HTML, fetching nothing but `data:` URLs."""
    import weasyprint

    return weasyprint.HTML(string=html, base_url=None, url_fetcher=data_only_fetcher()).render()
