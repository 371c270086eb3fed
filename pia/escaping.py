"""The one path by which analyst text becomes HTML, Markdown or terminal text, inert in each.

An assessment may come from anyone: its text must show as written and never act as markup, script,
a link or a terminal command. Faces call these functions on every piece of analyst text they place
into HTML, Markdown or a terminal line; templates with autoescape (the report, the portfolio) do the
same through Jinja.
"""

from __future__ import annotations

import html as _html
import re

# Characters that start Markdown (CommonMark, GFM, JupyterLab's marked) or HTML, or that JupyterLab
# reads as LaTeX (`$`), written as numeric character references: a renderer shows them as text and
# never reads them as syntax, and no backslash can undo them (a reference is not an escape).
_MARKDOWN_CHARACTERS = "\\`*_[]<>&$|~#!"
_MARKDOWN_TABLE = str.maketrans({c: f"&#{ord(c)};" for c in _MARKDOWN_CHARACTERS})
# What starts a block when it stands at the beginning of a line: list, quote, heading, rule, table.
_LINE_START = re.compile(r"^(\s*)(\d{1,9}(?=[.)])|[-+=])")
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x85]+\s*")
# Scheme and `www.` autolinks (GFM) turn a bare address into a link; a reference breaks them.
_AUTOLINK = re.compile(r"(?i)(://|\bwww\.)")

# Controls a terminal obeys: C0 (ESC starts colour, cursor and title sequences), DEL, C1 (CSI,
# OSC...), and the bidirectional overrides and isolates that show text in another order than it is.
_TERMINAL_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def html(text: object) -> str:
    """Text as HTML character data or a quoted attribute value: `<`, `>`, `&` and quotes escaped."""
    return _html.escape(str(text), quote=True)


def markdown(text: object) -> str:
    """Text as inline Markdown that renders as the same text: no link, image, tag, code or block.

    Line breaks become spaces, so the text cannot open a new block; use it for one line, a list item
    or a table cell.
    """
    one_line = _BREAKS.sub(" ", str(text)).strip()
    escaped = one_line.translate(_MARKDOWN_TABLE)
    escaped = _AUTOLINK.sub(_unlink, escaped)
    return _LINE_START.sub(lambda m: m.group(1) + _reference(m.group(2)), escaped, count=1)


def _unlink(match: re.Match[str]) -> str:
    return match.group(1).replace(":", "&#58;").replace(".", "&#46;")


def _reference(start: str) -> str:
    """The first character of a block marker as a character reference, so no block starts."""
    return f"&#{ord(start[0])};{start[1:]}"


def code_block(text: str) -> str:
    """Text as a fenced Markdown code block that no line of the text can close early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def terminal(text: object, keep: str = "\n\t") -> str:
    """Text for a terminal: every control character except those in `keep` shown as its escape.

    An escape sequence in a field cannot recolour, move the cursor, rewrite the line, set the
    window title or reorder what follows: the reader sees `\\u001b[2K` (a JSON escape, so JSON
    printed through it stays valid JSON with the same value).
    """

    def visible(match: re.Match[str]) -> str:
        char = match.group(0)
        return char if char in keep else f"\\u{ord(char):04x}"

    return _TERMINAL_CONTROLS.sub(visible, str(text))
