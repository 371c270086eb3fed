"""Building blocks shared by every section of an assessment: ids, sources, unknowns, periods."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, NoReturn

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError


class Record(BaseModel):
    """Base of every section: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=True,
        use_enum_values=False,
    )


class _UnknownMarker:
    """Field metadata: `None` here means the source is silent, which is a gap to report."""

    def __repr__(self) -> str:
        return "UNKNOWN_IF_MISSING"


UNKNOWN_IF_MISSING = _UnknownMarker()


@dataclass(frozen=True, slots=True)
class AskedWhen:
    """Field metadata next to `UNKNOWN_IF_MISSING`: the question is open only when it applies.

    Some answers matter only in some cases (the Art. 6(3) law only for a legal obligation or a
    public task, DPF certification only for a transfer to the US). `applies(record, root)` gets
    the record that holds the field and the record the open questions are listed from (normally
    the whole `Assessment`); `when` says the condition in words.
    """

    applies: Callable[[Any, Any], bool]
    when: str


# What each text pattern means, in words, so a mismatch can be explained to the analyst.
PATTERN_MEANINGS: dict[str, str] = {}


def matching(regex: str, meaning: str) -> StringConstraints:
    """A string constraint whose failure message says `meaning` instead of the regex.

    The message is looked up by the regex, so one regex has one meaning: a second field with the
    same regex and another meaning would show the first field's words.
    """
    if PATTERN_MEANINGS.setdefault(regex, meaning) != meaning:
        raise ValueError(f"{regex} already means {PATTERN_MEANINGS[regex]!r}, not {meaning!r}")
    return StringConstraints(pattern=regex)


Id = Annotated[
    str,
    matching(
        r"^[a-z][a-z0-9_-]{0,62}$",
        "an id: lowercase letters, digits, _ or -, starting with a letter",
    ),
    Field(
        description="A short lowercase identifier, unique in the assessment (e.g. `ads_profiling`)."
    ),
]

# Characters no output can hold: C0 controls but the tab and the line break (XML 1.0, hence
# Word, refuses them, and openpyxl raises on them), DEL and the C1 controls (invisible, and
# U+0085 is a line break to some readers) and U+FFFE/U+FFFF (not characters in XML); pydantic
# itself refuses lone surrogates (`string_unicode`). A name or a title also keeps to one line,
# and may not hold the bidirectional embeddings, overrides and isolates that make a text display
# as another (U+202A-U+202E, U+2066-U+2069); a long text may, as quotes in Arabic or Hebrew
# legitimately use them.
_NOT_IN_ANY_TEXT = "\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff"
NOT_IN_TEXT = re.compile(f"[{_NOT_IN_ANY_TEXT}]")
NOT_IN_NAME = re.compile(f"[{_NOT_IN_ANY_TEXT}\t\n\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = {
    "\t": "a tab",
    "\n": "a line break",
    "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
}

MAX_NAME = 200  # a name or a title; Word's document title property holds at most 255 characters
MAX_TEXT = 20_000  # a long text; an Excel cell holds at most 32,767 characters


def _refuse(found: re.Match[str], kind: str) -> NoReturn:
    char, code = found.group(), f"U+{ord(found.group()):04X}"
    if char in _LINE_BREAKS:
        what, why = f"{_LINE_BREAKS[char]} ({code})", f": {kind} is one line"
    elif char == "\r":
        what, why = f"a carriage return ({code})", ": a line ends with a line break alone"
    elif "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        what, why = f"the bidirectional control {code}", ", which makes a text display as another"
    elif char in "\ufffe\uffff":
        what, why = code, ", which is not a character (a broken encoding?)"
    else:
        what, why = f"the control character {code}", ", which Word and Excel cannot hold"
    raise PydanticCustomError(
        "forbidden_character",
        "contains {what} at character {position}{why}; remove it",
        {"what": what, "position": found.start() + 1, "why": why},
    )


def text_characters(value: str) -> str:
    """A long text may hold tabs and line breaks, but no character an output cannot hold."""
    found = NOT_IN_TEXT.search(value)
    if found:
        _refuse(found, "a text")
    return value


def name_characters(value: str) -> str:
    """A name or a title: one line of characters that every output holds and shows as written."""
    found = NOT_IN_NAME.search(value)
    if found:
        _refuse(found, "a name")
    return value


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(text_characters)
]
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME), AfterValidator(name_characters)
]
# Why the analyst departs from what pia proposes (an override, an accepted blocker): a sentence.
Justification = Annotated[
    str, StringConstraints(min_length=15, max_length=5_000), AfterValidator(text_characters)
]

# "policy §3", "policy §3-§4", "interview-2026-10 §2": a document id from `metadata.documents`
# and an optional section. The document part is checked against the assessment's documents.
SOURCE_PATTERN = r"^(?P<doc>[a-z][a-z0-9_-]*)(?: §(?P<section>[0-9]+(?:\.[0-9]+)*(?:-§?[0-9]+)?))?$"
SourceRef = Annotated[
    str,
    matching(SOURCE_PATTERN, "a source: a document id and optionally a section, e.g. `policy §6`"),
    Field(description="Where a fact comes from: a document id and section, e.g. `policy §6`."),
]


def source_document(ref: str) -> str:
    """The document id of a source reference (`policy §6` -> `policy`)."""
    match = re.match(SOURCE_PATTERN, ref)
    return match.group("doc") if match else ref


class Sourced(Record):
    """A fact that says where it was found, and what the analyst noticed about it."""

    sources: list[SourceRef] = Field(
        default_factory=list,
        description="Where each fact comes from, e.g. `policy §5`.",
    )
    note: Text | None = Field(None, description="The analyst's remark on this item.")


_PERIOD = re.compile(r"^\s*(\d{1,4})\s+(day|days|week|weeks|month|months|year|years)\s*$")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}


class Period(BaseModel):
    """A retention or review period written as people write it: `3 years`, `6 months`."""

    model_config = ConfigDict(frozen=True)

    amount: int
    unit: str  # singular: day, week, month, year

    @property
    def days(self) -> float:
        """Approximate length in days, for comparing periods of different units."""
        return self.amount * _UNIT_DAYS[self.unit]

    @property
    def months(self) -> float:
        return self.days / _UNIT_DAYS["month"]

    def __str__(self) -> str:
        return f"{self.amount} {self.unit}{'' if self.amount == 1 else 's'}"


def parse_period(value: Any) -> Period:
    """Read `3 years` into a Period; anything else is an error an analyst can act on."""
    if isinstance(value, Period):
        return value
    if isinstance(value, dict):
        return Period(**value)
    match = _PERIOD.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a period such as '3 years', '6 months' or '30 days'")
    return Period(amount=int(match.group(1)), unit=match.group(2).rstrip("s"))


PeriodText = Annotated[
    Period,
    BeforeValidator(parse_period),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": _PERIOD.pattern}),
]
