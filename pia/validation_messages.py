"""Turn pydantic's validation errors into sentences an analyst can act on."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from pydantic_core import ErrorDetails

from pia.model.common import PATTERN_MEANINGS

# One sentence for one kind of pydantic error.
Message = Callable[[ErrorDetails], str]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _choices(expected: str) -> list[str]:
    """Pydantic's `'a', 'b' or 'c'` -> ['a', 'b', 'c']; unquoted choices (`1`) as written."""
    return re.findall(r"'([^']*)'", expected) or [c for c in re.split(r", | or ", expected) if c]


def _suggest(value: Any, options: list[str]) -> str:
    close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _one_of(error: ErrorDetails) -> str:
    options = _choices(error.get("ctx", {}).get("expected", ""))
    value = error["input"]
    return f"{_shown(value)} is not one of {', '.join(options)}{_suggest(value, options)}"


def _extra(error: ErrorDetails) -> str:
    name = str(error["loc"][-1])
    return f"{name!r} is not a field here; remove it or check its spelling"


def _pattern(error: ErrorDetails) -> str:
    regex = error.get("ctx", {}).get("pattern", "")
    meaning = PATTERN_MEANINGS.get(regex, f"text matching {regex}")
    return f"{_shown(error['input'])} is not {meaning}"


def _type(expected: str) -> Message:
    def message(error: ErrorDetails) -> str:
        value = error["input"]
        if value is None:
            return f"expected {expected}, got nothing (the key has no value)"
        got = {
            dict: "a mapping",
            list: "a list",
            str: "text",
            bool: "true/false",
            int: "a number",
            float: "a number",
        }.get(
            type(value)
            if not isinstance(value, dict | list)
            else (dict if isinstance(value, dict) else list),
            type(value).__name__,
        )
        return f"expected {expected}, got {got} {_shown(value)}"

    return message


def _date(error: ErrorDetails) -> str:
    detail = error.get("ctx", {}).get("error", "")
    why = f" ({detail})" if detail else ""
    return f"{_shown(error['input'])} is not a valid date; write it as YYYY-MM-DD{why}"


def _count(word: str) -> Message:
    def message(error: ErrorDetails) -> str:
        ctx = error.get("ctx", {})
        limit = ctx.get("min_length", ctx.get("max_length"))
        unit = (
            "item" if "items" in error["msg"] or isinstance(error["input"], list) else "character"
        )
        plural = "" if limit == 1 else "s"
        return f"needs {word} {limit} {unit}{plural}"

    return message


def _bound(word: str, key: str) -> Message:
    def message(error: ErrorDetails) -> str:
        return f"{_shown(error['input'])} must be {word} {error.get('ctx', {}).get(key)}"

    return message


_MESSAGES: dict[str, Message] = {
    "missing": lambda e: "is required but missing",
    "extra_forbidden": _extra,
    "enum": _one_of,
    "literal_error": _one_of,
    "string_pattern_mismatch": _pattern,
    "string_type": _type("text"),
    "string_unicode": lambda e: (
        "contains half of a character (a lone surrogate, from a broken "
        "encoding or a `\\ud800` escape); remove it"
    ),
    "int_type": _type("a whole number"),
    "int_parsing": _type("a whole number"),
    "int_from_float": _type("a whole number"),
    "bool_type": _type("true or false"),
    "bool_parsing": _type("true or false"),
    "list_type": _type("a list"),
    "model_type": _type("a mapping of fields"),
    "model_attributes_type": _type("a mapping of fields"),
    "dict_type": _type("a mapping of fields"),
    "date_type": _type("a date (YYYY-MM-DD)"),
    "date_parsing": _date,
    "date_from_datetime_parsing": _date,
    "date_from_datetime_inexact": _date,
    "too_short": _count("at least"),
    "too_long": _count("at most"),
    "string_too_short": _count("at least"),
    "string_too_long": _count("at most"),
    "greater_than_equal": _bound("at least", "ge"),
    "less_than_equal": _bound("at most", "le"),
}


def describe(error: ErrorDetails) -> str:
    """One sentence for one pydantic error; our own cross-reference errors already are one."""
    message = _MESSAGES.get(error["type"])
    if message is not None:
        return message(error)
    text = str(error.get("msg", error["type"]))
    return text.removeprefix("Value error, ")
