"""The editable Word report: the HTML report's chapters and tables, from the same view-model."""

from __future__ import annotations

import docx
import pytest
from conftest import MAXIRESPONSE, write_yaml

from pia import assess, load
from pia.cli import main
from pia.report import write_report
from pia.report.docx import write_docx
from pia.report.view import build_report


def _chapter_titles(lang: str) -> list[str]:
    report = build_report(load(MAXIRESPONSE), assess(load(MAXIRESPONSE)), lang)
    return [f"{e.number} {e.title}" for e in report.toc if e.depth == 1]


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _table_with(document, first_header: str, second_header: str):
    for table in document.tables:
        cells = [c.text for c in table.rows[0].cells]
        if cells[:2] == [first_header, second_header] and len(cells) == 5:
            yield table


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx")
    return {p.suffix + p.stem: p for p in write_report(MAXIRESPONSE, out, formats=("docx",))}


def test_write_report_writes_one_docx_per_language(written):
    assert sorted(p.name for p in written.values()) == ["dpia-en.docx", "dpia-nl.docx"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_heading_1_paragraphs_are_the_chapters_in_the_language(written, lang):
    document = docx.Document(str(written[f".docxdpia-{lang}"]))
    assert _headings(document, 1) == _chapter_titles(lang)
    assert len(_headings(document, 2)) >= 8
    if lang == "nl":
        assert _chapter_titles("nl") != _chapter_titles("en")


def test_the_risk_register_has_a_repeating_header_and_one_row_per_risk(written):
    document = docx.Document(str(written[".docxdpia-en"]))
    risks = assess(load(MAXIRESPONSE)).risks
    report = build_report(load(MAXIRESPONSE), assess(load(MAXIRESPONSE)), "en")
    labels = report.t["labels"]
    register = [
        t
        for t in document.tables
        if len(t.columns) == 5
        and t.rows[0].cells[3].text == labels["measures"]
        and t.rows[0].cells[2].text.startswith(labels["inherent"])
    ]
    assert len(register) == 1
    rows = register[0].rows
    assert len(rows) == len(risks) + 1
    assert [r.cells[0].text for r in rows[1:]] == [line.id for line in report.risk.register]
    assert {line.id for line in risks} == {r.cells[0].text for r in rows[1:]}
    assert rows[0]._tr.trPr is not None and rows[0]._tr.xml.count("w:tblHeader") == 1


def test_every_finding_id_appears_in_the_findings_table_and_tables_are_real(written):
    document = docx.Document(str(written[".docxdpia-en"]))
    result = assess(load(MAXIRESPONSE))
    text = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert result.findings, "Maxiresponse has findings"
    assert {f.id for f in result.findings} <= set(text.split())
    labels = build_report(load(MAXIRESPONSE), result, "en").t["labels"]
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert [labels["id"], labels["severity"], labels["title"]] in [h[:3] for h in headers]
    assert [labels["id"], labels["title"], labels["owner"]] in [h[:3] for h in headers]
    assert document.inline_shapes, "the heat map is embedded as a picture"


def test_a_script_title_is_plain_text(tmp_path, minimal):
    title = "Title <script>alert(1)</script> & <b>bold</b>"
    minimal["metadata"]["title"] = title
    a = load(write_yaml(tmp_path / "a.yaml", minimal))
    out = write_docx(build_report(a, assess(a), "en"), tmp_path / "x.docx")
    document = docx.Document(str(out))
    assert title in [p.text for p in document.paragraphs]
    assert document.core_properties.title == title


def test_cli_report_format_docx(tmp_path, capsys):
    code = main(["report", str(MAXIRESPONSE), "--out", str(tmp_path), "--format", "docx"])
    assert code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["dpia-en.docx"]
    docx.Document(str(tmp_path / "dpia-en.docx"))
