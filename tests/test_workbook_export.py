"""The analyst's workbook annex: executed notebooks as HTML pages without code."""

from __future__ import annotations

from html.parser import HTMLParser

from pia.cli import main
from pia.notebook_files import workbook_notebooks


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.headings: list[str] = []
        self.links: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_heading = tag in {"h1", "h2"}
        self.links += [v for k, v in attrs if k == "href" and v]

    def handle_endtag(self, tag):
        self._in_heading = False if tag in {"h1", "h2"} else self._in_heading

    def handle_data(self, data):
        if self._in_heading and data.strip():
            self.headings.append(data.strip())


def _parse(path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_export_writes_one_page_per_notebook_and_an_index(tmp_path, capsys):
    assert main(["export-notebooks", "--out", str(tmp_path)]) == 0
    names = [p.stem for p in workbook_notebooks()]
    assert sorted(p.stem for p in tmp_path.glob("*.html")) == sorted([*names, "index"])
    assert _parse(tmp_path / "index.html").links == [f"{n}.html" for n in names]


def test_export_takes_the_notebooks_of_another_run(tmp_path, capsys):
    runs = tmp_path / "runs"  # as `pia notebooks --assessment X --out runs` leaves them
    runs.mkdir()
    for notebook in workbook_notebooks()[:2]:
        (runs / notebook.name).write_bytes(notebook.read_bytes())
    out = tmp_path / "out"
    assert main(["export-notebooks", "--notebooks", str(runs), "--out", str(out)]) == 0
    names = [p.stem for p in workbook_notebooks()[:2]]
    assert sorted(p.stem for p in out.glob("*.html")) == sorted([*names, "index"])


def test_pages_show_the_law_and_results_but_no_code_script_or_dead_widgets(tmp_path):
    main(["export-notebooks", "--out", str(tmp_path)])
    page = _parse(tmp_path / "04_transfers.html")
    assert page.headings[0].startswith("Step 4")
    assert "script" not in page.tags and "link" not in page.tags
    text = (tmp_path / "04_transfers.html").read_text(encoding="utf-8")
    assert "nb.styled(" not in text and "session = nb.open_session" not in text
    assert "Form(children=" not in text  # a saved page cannot show live forms
    assert "tcs_india" in text and "data:image/png;base64," in text
