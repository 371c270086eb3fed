"""The PDF report: it opens, is A4, numbers its pages, lists its contents, fetches nothing.

Page 1 and the risk page are rendered to PNG in `test-artefacts/` for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE, ROOT

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from pia import assess, load  # noqa: E402
from pia.report import pdf as pdf_module  # noqa: E402
from pia.report import render_html, render_pdf, write_report  # noqa: E402
from pia.report.i18n import catalog  # noqa: E402
from pia.report.view import table_of_contents  # noqa: E402

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
