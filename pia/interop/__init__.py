"""Exchange with other DPIA tools: the CNIL PIA software's JSON (`pia.interop.cnil`).

Their text fields are HTML: ours is escaped on the way out, theirs reduced to plain text on the way
in, so no markup reaches an assessment file, nor any character the model refuses in a name.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from typing import Any

from pia.model import LegalBasis
from pia.model.common import MAX_NAME, NOT_IN_NAME

NOTE_LIMIT = 2_000
BASIS_WORDS = {
    LegalBasis.consent: r"\bconsent|consentement",
    LegalBasis.contract: r"contra[c]?t",
    LegalBasis.legal_obligation: r"legal obligation|obligation l[ée]gale",
    LegalBasis.vital_interests: r"vital interest|int[ée]r[êe]ts? vita",
    LegalBasis.public_task: r"public task|mission d.int[ée]r[êe]t public",
    LegalBasis.legitimate_interest: r"legitimate interest|int[ée]r[êe]t l[ée]gitime",
}


def paragraphs(text: str | None) -> str:
    parts = [t.strip() for t in re.split(r"\n\s*\n", text or "") if t.strip()]
    return "".join(f"<p>{html.escape(t)}</p>" for t in parts)


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>" if items else ""


class _Blocks(HTMLParser):
    _BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.blocks.append("")
        elif tag == "br":
            self.blocks[-1] += " "

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.blocks[-1] += data


def blocks(text: Any) -> list[str]:
    """The text blocks (paragraphs, list items) of CNIL HTML, as plain text without markup."""
    if not isinstance(text, str):
        return []
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    cleaned = (
        NOT_IN_NAME.sub("", re.sub(r"</?[A-Za-z!][^<>]*>", "", re.sub(r"\s+", " ", b))).strip()
        for b in parser.blocks
    )
    return [b for b in cleaned if b]


def plain(text: Any) -> str:
    return "\n\n".join(blocks(text))


def bases_mentioned(text: str) -> list[str]:
    return [b.value for b, words in BASIS_WORDS.items() if re.search(words, text, re.I)]


def parse_date(text: Any) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def cut(text: str, limit: int = NOTE_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def as_name(text: Any) -> str:
    """CNIL text as a name: one line, cut to the length the model allows."""
    return cut(" ".join(blocks(text) if isinstance(text, str) else []), MAX_NAME)
