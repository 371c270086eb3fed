"""The PDF report: it opens, is A4, numbers its pages, lists its contents, fetches nothing.

Page 1 and the risk page are rendered to PNG in `test-artefacts/` for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from conftest import MAXIRESPONSE, ROOT

from pia import assess, load
from pia.report import pdf as pdf_module
from pia.report import render_html, render_pdf, write_report
from pia.report.i18n import catalog
from pia.report.view import table_of_contents

pytestmark = pytest.mark.slow
ARTEFACTS = ROOT / "test-artefacts"
LANGS = ("en", "nl")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("report")
    files = write_report(MAXIRESPONSE, out, langs=LANGS, formats=("html", "pdf"))
    assert [f.name for f in files] == ["dpia-en.html", "dpia-en.pdf", "dpia-nl.html", "dpia-nl.pdf"]
    return {lang: out / f"dpia-{lang}.pdf" for lang in LANGS}


@pytest.fixture(scope="module")
def pages(pdfs) -> dict[str, list[str]]:
    return {
        lang: [re.sub(r"\s+", " ", p.extract_text()) for p in pypdf.PdfReader(path).pages]
        for lang, path in pdfs.items()
    }


def headings(lang: str) -> list[tuple[str, str]]:
    """(number, title) of every chapter and section in the table of contents."""
    return [(entry.number, entry.title) for entry in table_of_contents(catalog(lang))]


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_opens_is_a4_and_long_enough(lang, pdfs):
    reader = pypdf.PdfReader(pdfs[lang])
    assert len(reader.pages) > 5
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595) <= 1 and abs(height - 842) <= 1


@pytest.mark.parametrize("lang", LANGS)
def test_every_chapter_heading_and_page_numbers(lang, pages):
    text = " ".join(pages[lang])
    for number, title in headings(lang):
        assert f"{number} {title}" in text, title
    page, of = catalog(lang).get("page.page"), catalog(lang).get("page.of")
    total = len(pages[lang])
    assert f"{page} 1 {of} {total}" in pages[lang][0]
    assert f"{page} {total} {of} {total}" in pages[lang][-1]


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_of_contents_gives_each_chapter_its_page(lang, pages):
    contents = pages[lang][1]
    assert catalog(lang).get("chapters.contents") in contents
    for number, title in headings(lang):
        entry = re.search(re.escape(f"{number} {title}") + r"[ .]*?(\d+)\b", contents)
        assert entry, f"no page number for {title!r} in the contents"
        page = int(entry.group(1))
        body = pages[lang][page - 1]
        assert f"{number} {title}" in body, f"{title!r} is not on page {page}"


def test_the_findings_ids_are_in_the_pdf(pages):
    ids = {f.id for f in assess(load(MAXIRESPONSE)).findings}
    for lang in LANGS:
        text = " ".join(pages[lang])
        assert sorted(i for i in ids if i not in text) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("lang", LANGS)
def test_page_one_and_the_risk_page_as_png(lang, pdfs, pages):
    """For a person to look at: test-artefacts/report-<lang>-page-1.png and -risk.png."""
    ARTEFACTS.mkdir(exist_ok=True)
    register = catalog(lang).get("sections.register")
    risk_page = next(
        i for i, text in enumerate(pages[lang], 1) if f"4.5 {register}" in text and i > 2
    )
    for page, name in ((1, "page-1"), (risk_page, "risk")):
        stem = ARTEFACTS / f"report-{lang}-{name}"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-singlefile",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdfs[lang]),
                str(stem),
            ],
            check=True,
        )
        png = stem.with_suffix(".png")
        assert png.stat().st_size > 10_000
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- nothing is fetched --------------------------------------------------------------------------


def test_the_fetcher_serves_data_urls_and_refuses_the_rest():
    refused: list[str] = []
    fetcher = pdf_module.data_only_fetcher(refused)
    assert fetcher("data:text/plain;base64,aGk=").read() == b"hi"
    for url in (
        "file:///etc/passwd",
        "http://example.org/x.css",
        "https://example.org/a.png",
        "ftp://example.org/f",
    ):
        with pytest.raises(pdf_module.RefusedURL):
            fetcher(url)
    assert refused[0] == "file:///etc/passwd" and len(refused) == 4


def test_hostile_analyst_text_makes_the_pdf_fetch_nothing(tmp_path, monkeypatch):
    from test_report import hostile

    refused: list[str] = []
    original = pdf_module.data_only_fetcher
    monkeypatch.setattr(pdf_module, "data_only_fetcher", lambda: original(refused))
    out = render_pdf(render_html(hostile(), lang="en"), tmp_path / "hostile.pdf")
    assert refused == []  # escaped: nothing in the analyst's text is even a URL to WeasyPrint
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "<script>alert(1)</script>" in text and "root:x:0:0" not in text


def test_even_unescaped_markup_cannot_make_the_pdf_read_a_file(tmp_path, monkeypatch):
    """If markup got past the escaping, the fetcher would still refuse the local file."""
    refused: list[str] = []
    original = pdf_module.data_only_fetcher
    monkeypatch.setattr(pdf_module, "data_only_fetcher", lambda: original(refused))
    html = (
        "<html><head><style>@import url(file:///etc/passwd);"
        "body { background: url(file:///etc/passwd) }</style></head><body>"
        '<img src="file:///etc/passwd"><p>text</p></body></html>'
    )
    out = render_pdf(html, tmp_path / "raw.pdf")
    assert refused and all(url.startswith("file:///etc/passwd") for url in refused)
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "root:" not in text


def test_missing_system_libraries_are_named(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    from pia.errors import PiaError

    with pytest.raises(PiaError, match="apt-get install -y libpango-1.0-0"):
        render_pdf("<p>x</p>", tmp_path / "x.pdf")


def test_a_render_leaves_the_garbage_collector_as_it_found_it(tmp_path, monkeypatch):
    import gc

    assert gc.isenabled()
    render_pdf("<p>x</p>", tmp_path / "on.pdf")
    assert gc.isenabled()

    gc.disable()
    try:
        render_pdf("<p>x</p>", tmp_path / "off.pdf")
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()

    def fails(*args, **kwargs):
        raise RuntimeError("layout failed")

    import weasyprint

    monkeypatch.setattr(weasyprint.HTML, "render", fails)
    with pytest.raises(RuntimeError):
        render_pdf("<p>x</p>", tmp_path / "failed.pdf")
    assert gc.isenabled()  # also after a failure


# --- on two cores: the same pages as one render --------------------------------------------------


def _outline(reader) -> list[tuple[int, str, int, float]]:
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)
                found.append((depth, item.title, page, float(item.top or 0)))

    walk(reader.outline, 0)
    return found


def _links(reader) -> list[tuple[int, tuple[int, ...], str]]:
    pages = enumerate(reader.pages)
    annots = [(n, a.get_object()) for n, page in pages for a in page.get("/Annots") or []]
    return sorted((n, tuple(round(float(v)) for v in a["/Rect"]), a["/Dest"]) for n, a in annots)


@pytest.fixture(scope="module")
def one_and_two(tmp_path_factory) -> tuple:
    out = tmp_path_factory.mktemp("cores")
    html = render_html(load(MAXIRESPONSE), lang="en")
    one = pypdf.PdfReader(render_pdf(html, out / "one.pdf", processes=1))
    two = pypdf.PdfReader(render_pdf(html, out / "two.pdf", processes=2))
    return one, two


def test_two_processes_print_the_pages_of_one_render(one_and_two):
    """Each page has the same words (header, page X of Y, contents numbers, body); only the order
    in which a text extractor meets them may differ."""
    one, two = one_and_two
    assert len(two.pages) == len(one.pages)
    for n, (single, split) in enumerate(zip(one.pages, two.pages, strict=True), 1):
        assert sorted(split.extract_text().split()) == sorted(single.extract_text().split()), n


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_two_processes_draw_every_page_as_one_render_does(one_and_two, tmp_path):
    """Rasterised, page by page: nothing flipped, moved or missing (anti-aliasing aside)."""
    from PIL import Image, ImageChops

    one, two = one_and_two
    for name, reader in (("one", one), ("two", two)):
        with open(tmp_path / f"{name}.pdf", "wb") as f:
            pypdf.PdfWriter(clone_from=reader).write(f)
        subprocess.run(
            ["pdftoppm", "-r", "30", "-gray", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
            check=True,
        )
    singles = sorted(tmp_path.glob("one-*.pgm"))
    assert len(singles) == len(one.pages)
    for single in singles:
        a = Image.open(single)
        b = Image.open(single.with_name(single.name.replace("one-", "two-")))
        strong = sum(ImageChops.difference(a, b).histogram()[64:])
        assert strong == 0, f"{single.name}: {strong} pixels differ"


def test_two_processes_keep_the_outline_links_and_destinations(one_and_two):
    one, two = one_and_two
    outline_one, outline_two = _outline(one), _outline(two)
    assert [i[:3] for i in outline_two] == [i[:3] for i in outline_one] and len(outline_one) > 50
    assert all(abs(a[3] - b[3]) < 0.5 for a, b in zip(outline_one, outline_two, strict=True))
    assert _links(two) == _links(one) and len(_links(one)) > 50
    ones, twos = one.named_destinations, two.named_destinations
    assert twos.keys() == ones.keys()
    for name, dest in ones.items():
        assert two.get_destination_page_number(twos[name]) == one.get_destination_page_number(dest)
        assert abs(float(twos[name].top) - float(dest.top)) < 0.5, name


def test_a_link_crosses_from_one_process_to_the_other(one_and_two, tmp_path, monkeypatch):
    """The summary's blockers link to the findings; laid out in two processes, they still do."""
    from pia.report import pdf

    apart = [[0, 2, 3, 4, 6], [1, 5, 7, 8, 9]]  # chapter 0 is the summary, 5 the findings
    monkeypatch.setattr(pdf, "shares_of_work", lambda chapters, n: apart)
    html = render_html(load(MAXIRESPONSE), lang="en")
    two = pypdf.PdfReader(render_pdf(html, tmp_path / "apart.pdf", processes=2))
    one, _ = one_and_two
    crossing = [link for link in _links(one) if link[0] == 2 and link[2].startswith("finding-")]
    assert crossing and _links(two) == _links(one)
    for _, _, name in crossing:
        page = two.get_destination_page_number(two.named_destinations[name])
        assert page == one.get_destination_page_number(one.named_destinations[name]) > 20


def test_the_report_is_split_before_each_chapter():
    from pia.report.pdf import CHAPTER_MARK, split

    html = render_html(load(MAXIRESPONSE), lang="en")
    head, front, chapters = split(html)
    assert head.endswith("<body>") and 'class="cover"' in front and 'id="contents"' in front
    assert len(chapters) == 10 and all('class="chapter' in chapter for chapter in chapters)
    assert html.count(CHAPTER_MARK) == 10
    assert split("<html><body><p>x</p></body></html>")[2] == []  # no marks: one piece


def test_the_chapters_are_shared_by_their_text_tags_and_charts():
    from pia.report.pdf import shares_of_work

    chapters = ["<p>" + "x" * n + "</p>" for n in (10, 900, 30, 500, 450, 20)]
    shares = shares_of_work(chapters, 2)
    assert sorted(c for share in shares for c in share) == list(range(6))
    assert [1 in share for share in shares] != [3 in share for share in shares]
    assert shares_of_work(chapters, 1) == [list(range(6))]
    assert shares_of_work(chapters[:1], 2) == [[0]]  # nothing to share: one document


def test_a_chapter_costs_its_text_its_tags_and_its_charts():
    from pia.report.pdf import chapter_cost

    table = "<table>" + "<tr><td>1</td><td>2</td></tr>" * 100 + "</table>"  # 200 characters
    chart = '<figure><img src="data:image/svg+xml;base64,' + "A" * 40_000 + '"></figure>'
    assert chapter_cost("<p>" + "x" * 10_000 + "</p>") < chapter_cost(table)
    assert chapter_cost("<p>" + "x" * 5_000 + "</p>") < chapter_cost(chart) < 10_000


def test_one_process_off_linux_or_on_one_core(monkeypatch):
    import multiprocessing
    import os

    from pia.report import pdf

    monkeypatch.setattr(pdf.sys, "platform", "linux")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert pdf.default_processes() == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert pdf.default_processes() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert pdf.default_processes() == 2
    monkeypatch.setattr(pdf.sys, "platform", "darwin")
    assert pdf.default_processes() == 1
    monkeypatch.setattr(pdf.sys, "platform", "linux")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert pdf.default_processes() == 1


def test_a_child_that_dies_leaves_the_render_to_this_process(tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from pia.report import pdf

    def dies(*args, **kwargs):
        raise BrokenProcessPool("killed")

    monkeypatch.setattr(pdf, "_render_in_parts", dies)
    out = render_pdf(render_html(load(MAXIRESPONSE), lang="en"), tmp_path / "x.pdf", processes=2)
    assert len(pypdf.PdfReader(out).pages) > 30


def test_unescaped_markup_in_a_chapter_reads_no_file_on_either_process(tmp_path):
    from pia.report.pdf import CHAPTER_MARK

    chapter = (
        '<section class="chapter" id="c{n}"><h2>C{n}</h2>'
        '<img src="file:///etc/passwd"><p style="background: url(file:///etc/passwd)">t</p>'
        "</section>"
    )
    html = (
        "<html><head><style>.chapter { break-before: page }</style></head><body><p>front</p>"
        + "".join(CHAPTER_MARK + chapter.format(n=n) for n in range(4))
        + "</body></html>"
    )
    out = render_pdf(html, tmp_path / "parts.pdf", processes=2)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "root:" not in text and all(f"C{n}" in text for n in range(4))
