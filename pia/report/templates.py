"""The report's one Jinja environment: autoescaped HTML templates, plain-text message templates.

Files named `*.html.j2` are autoescaped; templates made from strings (the catalogue's sentences
and the Dutch finding messages) are not, because they produce plain text that an HTML template
escapes once when it prints it. Every undefined name is an error (`StrictUndefined`), so a
missing label fails the render instead of printing nothing.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Iterable
from typing import Any

from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    Template,
    pass_context,
    select_autoescape,
)
from jinja2.runtime import Context
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


# --- filters for the message templates: they read the language's catalogue from the context -----


@pass_context
def _label(context: Context, value: Any, group: str) -> str:
    return context["catalog"].enum(group, value)


@pass_context
def _period(context: Context, value: Any) -> str:
    return context["catalog"].period(value)


@pass_context
def _date(context: Context, value: Any) -> str:
    return context["catalog"].date(value)


@pass_context
def _bases(context: Context, keys: Iterable[str]) -> str:
    return context["catalog"].bases(keys)


@pass_context
def _join_list(context: Context, items: Iterable[Any], word: str = "and") -> str:
    return context["catalog"].join_list([str(i) for i in items], word)


@pass_context
def _law(context: Context, key: str) -> str:
    return context["law_texts"].get(key, key)


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
        label=_label,
        period=_period,
        date=_date,
        bases=_bases,
        join_list=_join_list,
        law=_law,
    )
    return env


@functools.lru_cache(maxsize=1024)
def text_template(source: str) -> Template:
    """A plain-text template from the catalogue, compiled once."""
    return environment().from_string(source)
