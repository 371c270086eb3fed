"""The report's one Jinja environment: the autoescaped HTML templates of the chapters.

Every undefined name is an error (`StrictUndefined`), so a missing label fails the render
instead of printing nothing. The words themselves come from the catalogues (pia.words).
"""

from __future__ import annotations

import base64
import functools

from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)
from markupsafe import Markup


def data_uri(svg: str) -> str:
    """An SVG document as a `data:` URI, so the report needs no file beside it."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def css_string(text: str) -> Markup:
    """A CSS string literal, safe inside a `<style>` element (no quote, backslash or `<`)."""
    # An escape ends at the space after it, so that a space that follows is kept.
    escaped = "".join(
        ch if ch.isalnum() or ch in " .,:;-_()/" else f"\\{ord(ch):x} " for ch in str(text)
    )
    return Markup(f'"{escaped}"')


@functools.cache
def environment() -> Environment:
    """The environment, made once: templates from `pia/report/templates/`, filters registered."""
    env = Environment(
        loader=PackageLoader("pia.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        data_uri=data_uri,
        css_string=css_string,
    )
    return env
