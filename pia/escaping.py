"""The one path by which analyst text becomes HTML, Markdown or terminal text, inert in each.

An assessment may come from anyone: its text must show as written and never act as markup, script,
a link or a terminal command. Faces call these functions on every piece of analyst text they place
into HTML, Markdown or a terminal line; templates with autoescape (the report, the portfolio) do the
same through Jinja.
"""

from __future__ import annotations

import html as _html
import re

# Markdown (CommonMark, GFM, JupyterLab's marked) reads these as syntax: each is escaped with a
# backslash, which every renderer honours and a reader can still read past.
_MARKDOWN_PUNCTUATION = re.compile(r"[\[\]*|~]")
# A run of `_` between two letters or digits (`contract_services`) is text; any other run may
# open or close emphasis.
_UNDERSCORES = re.compile(r"(?<!_)_+(?!_)")
_INSIDE_A_WORD = re.compile(r"[^\W_]_+[^\W_]")
# These are written as character references instead: HTML's `<`, `>`, `&`; the backslash and the
# backtick, which would otherwise undo an escape or open a code span in which no escape works; and
# `$`, which JupyterLab reads as LaTeX before Markdown sees it.
_REFERENCES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "&#92;", "`": "&#96;", "$": "&#36;"}
)
# What starts a block at the beginning of a line: a list item (`-`, `+`, `1.`, `1)`), a heading, a
# rule (`---`) or a setext underline (`===`). Blockquotes (`>`) are references already.
_LINE_START = re.compile(r"^(\d{0,9})([-+=#.)])(?=[\s=#-]|$)")
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x85]+\s*")
# Scheme and `www.` autolinks (GFM) turn a bare address into a link; an escape breaks them.
_AUTOLINK = re.compile(r"(?i)(?<=\w):(?=//)|(?<=\bwww)\.")

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
    one_line = _BREAKS.sub(" ", str(text)).strip().translate(_REFERENCES)
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\g<0>", one_line)
    escaped = _UNDERSCORES.sub(_underscores, escaped)
    escaped = _AUTOLINK.sub(r"\\\g<0>", escaped)
    return _LINE_START.sub(r"\1\\\2", escaped, count=1)


def _underscores(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if _INSIDE_A_WORD.fullmatch(text, max(start - 1, 0), end + 1):
        return match.group()
    return "\\_" * (end - start)


def code_block(text: str) -> str:
    """Text as a fenced Markdown code block that no line of the text can close early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


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
