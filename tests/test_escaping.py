"""`pia.escaping` and the faces that use it: analyst text shows as written, and never acts.

Markdown is checked by rendering it (mistune, as nbconvert does, raw HTML allowed): a payload must
come out as the same text in one paragraph, with no tag of its own.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE

import pia
from pia import escaping
from pia import notebook as nb
from pia.cli import main

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<svg onload="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](file:///etc/passwd)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<http://127.0.0.2/x> and http://127.0.0.2/y and www.example.org",
    "`code` ``a`b`` ```fence",
    "*em* **strong** _em_ __strong__ ~~gone~~",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "---",
    "| a | b |\n|---|---|\n| c | d |",
    "line\n\n<img src=x onerror=alert(1)>",
    "    indented code",
    "$\\href{javascript:alert(1)}{x}$",
    "\\<script>alert(1)\\</script>",
    "&lt;script&gt; &amp; &#60;",
    "a\\",
    "Provide postal & parcel services (Art. 6(1)(b)): contract_services, 0.1, e-mail",
]


def _render(markdown: str) -> str:
    import mistune

    return str(
        mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "url"])(markdown)
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


@pytest.mark.parametrize("text", PAYLOADS)
def test_markdown_renders_as_the_same_text_and_nothing_else(text: str) -> None:
    rendered = _render(escaping.markdown(text)).strip()
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    inner = rendered[3:-4]
    assert "<" not in inner, f"a tag from {text!r}: {rendered}"
    assert html.unescape(inner) == _one_line(text)


@pytest.mark.parametrize("text", PAYLOADS)
def test_markdown_stays_text_as_a_list_item_a_heading_and_a_table_cell(text: str) -> None:
    escaped = escaping.markdown(text)
    for markdown, wrapper in [
        (f"- {escaped}", "li"),
        (f"### {escaped}", "h3"),
        (f"| h |\n|---|\n| {escaped} |", "td"),
    ]:
        rendered = _render(markdown)
        inner = re.search(rf"<{wrapper}>(.*)</{wrapper}>", rendered, re.S)
        assert inner, rendered
        assert "<" not in inner.group(1), f"a tag from {text!r} in <{wrapper}>: {rendered}"


def test_markdown_keeps_ordinary_text_readable() -> None:
    text = "contract_services: Art. 6(1)(b), 0.1 - e-mail (bpost's #1 service)"
    assert escaping.markdown(text) == text


@pytest.mark.parametrize(
    "text",
    ["plain", "```\n<img src=x onerror=alert(1)>\n```", "````\n```\n<script>x</script>", "~~~\n"],
)
def test_code_block_cannot_be_closed_by_its_text(text: str) -> None:
    rendered = _render(escaping.code_block(text) + "\n\n<b>after</b>")
    assert rendered.count("<pre>") == 1
    code = re.search(r"<pre><code[^>]*>(.*)</code></pre>", rendered, re.S)
    assert code and html.unescape(code.group(1)).rstrip("\n") == text.rstrip("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>", "&lt;script&gt;"),
        ("a \"b\" 'c' & d", "a &quot;b&quot; &#x27;c&#x27; &amp; d"),
        ("plain", "plain"),
    ],
)
def test_html(text: str, expected: str) -> None:
    assert escaping.html(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text, é ü 漢", "plain text, é ü 漢"),
        ("red \x1b[31mALERT\x1b[0m", "red \\u001b[31mALERT\\u001b[0m"),
        ("\x1b]0;title\x07", "\\u001b]0;title\\u0007"),  # OSC: set the window title
        ("ok\rforged", "ok\\u000dforged"),  # carriage return: overwrite the line
        ("\x9b2K C1 CSI", "\\u009b2K C1 CSI"),
        ("\u202eevil\u202c \u2066iso\u2069", "\\u202eevil\\u202c \\u2066iso\\u2069"),
        ("\x08\x7f\x00", "\\u0008\\u007f\\u0000"),
        ("two\nlines\tand tab", "two\nlines\tand tab"),
    ],
)
def test_terminal_shows_controls_as_escapes(text: str, expected: str) -> None:
    assert escaping.terminal(text) == expected
    assert escaping.terminal(expected) == expected  # idempotent: escaping twice changes nothing


def test_terminal_keeps_only_what_the_caller_keeps() -> None:
    assert escaping.terminal("a\nb\tc", keep="") == "a\\u000ab\\u0009c"


# --- the routes: notebook panels and tables, the Markdown result, the workbook, the CLI ----------


@pytest.fixture
def hostile() -> pia.Assessment:
    """Maxiresponse with payloads in the title, the controller and a purpose's name."""
    a = pia.load(MAXIRESPONSE)
    a.metadata.title = "<img src=x onerror=alert('title')>"
    a.metadata.controller.name = "[c](javascript:alert(1)) <script>alert(2)</script>"
    a.purposes[0].name = "![p](file:///etc/passwd) <svg onload=alert(3)>"
    return a


def _tags(markdown: str) -> set[str]:
    return set(re.findall(r"<([a-z0-9]+)", _render(markdown)))


def test_overview_and_headings_show_payloads_as_text(hostile: pia.Assessment) -> None:
    overview = nb.overview(hostile, pia.assess(hostile)).markdown
    heading = nb.heading(hostile.purposes[0].name).markdown
    for panel in (overview, heading):
        assert not _tags(panel) & {"img", "script", "svg", "a"}, _render(panel)
    assert "&lt;img src=x onerror=alert('title')&gt;" in _render(overview)
    assert "[c](javascript:alert(1))" in _render(overview)  # as text, not a link
    assert "![p](file:///etc/passwd) &lt;svg onload=alert(3)&gt;" in _render(heading)


def test_description_panel_cannot_be_broken_out_of(hostile: pia.Assessment) -> None:
    hostile.metadata.title = "```"  # closed the old fence: the next line was Markdown
    panel = nb.description_panel(hostile)
    assert _tags(panel.markdown) == {"pre", "code"}, _render(panel.markdown)


def test_styled_tables_escape_cells_and_labels(hostile: pia.Assessment) -> None:
    table = nb.measures_table(hostile)
    table.loc["<b>x</b>"] = ["<script>alert(1)</script>", "—", "—", "planned", 0, 0]
    page = nb.styled(table.rename(columns={"title": "<i>title</i>"}), "t")._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<i>title</i>" not in page


def test_markdown_result_escapes_messages(hostile: pia.Assessment) -> None:
    from pia.result_formats import as_markdown

    text = as_markdown(pia.assess(hostile))
    assert "<svg" not in text and "![p](" not in text
    assert not _tags(text) & {"img", "script", "svg", "a"}


def test_workbook_page_keeps_no_script_handler_or_remote_url(tmp_path: Path) -> None:
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from pia.report.workbook import CONTENT_SECURITY_POLICY, export_notebook

    hostile_html = (
        "<p>kept</p><script>alert(1)</script><img src=x onerror=alert(2)>"
        '<a href="javascript:alert(3)">j</a><img src="file:///etc/passwd">'
        '<img src="http://127.0.0.2/x.png"><iframe src="x"></iframe><svg onload=alert(4)></svg>'
        '<form action="javascript:alert(5)"><button>b</button></form>'
    )
    outputs = [
        new_output("display_data", data={"text/html": hostile_html, "text/plain": "p"}),
        new_output("display_data", data={"application/javascript": "alert(6)"}),
    ]
    notebook = tmp_path / "hostile.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("x", outputs=outputs)]), notebook)
    page = export_notebook(notebook, tmp_path / "out").read_text()
    body = page[page.index("<body") :]
    assert "<p>kept</p>" in body
    for live in ("<script", "onerror", "onload", "javascript:", "file:", "127.0.0.2", "<iframe"):
        assert live not in body, live
    assert "alert(6)" not in body
    assert f'content="{CONTENT_SECURITY_POLICY}"' in page


def test_cli_output_shows_escape_sequences_instead_of_obeying_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "\x1b[2J\x1b]0;owned\x07\u202e.yaml"
    assert main(["validate", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "\\u001b[2J" in err and "\\u202e" in err
