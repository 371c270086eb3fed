"""The words layer: every sentence and label pia shows, from Fluent catalogues in en, nl and fr.

The core says what it found as a code with parameters (ids, enum values, numbers); a face asks a
`Speaker` to say it in a language. The sentences live in `pia/words/<lang>/*.ftl` (Project
Fluent: one message per code, its variants chosen by selectors on the parameters, so a rule's
branches are never written out in Python). Functions a message may call:

- `LABEL("group", $value)`: the label of an enum value, message `group` attribute `.value`;
- `LABELS("group", $values)`: the labels of a list of values, joined with the language's "and"
  (`LABELS("group", $values, word: "or")`: with its "or");
- `NAME($id)`, `NAMES($ids)`: the name of an item of the assessment (the analyst's words);
- `LIST($texts)`: texts joined with the language's "and";
- `PERIOD($period)`: "3 years" / "3 jaar" / "3 ans".

A message that is missing, or a variable a message uses that the caller did not give, raises
`WordsError`: a report is never printed with a hole or a stray English word.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import FluentType

LANGUAGES = ("en", "nl", "fr")
LOCALES = {"en": "en-GB", "nl": "nl-BE", "fr": "fr-BE"}
_LONG = 2000
_HELD = re.compile(r"\x00\d+\.\d+\x00")
NAMED_BY_CODE = frozenset({"country", "country_in"})  # open sets: an unlisted code is its name


# The message that labels an enum's values, where it is not the class name in snake case.
_GROUPS = {"Status": "assessment_status", "DeletionMethod": "deletion"}


def group_of(kind: type[Enum]) -> str:
    """The message whose attributes label an enum's values: `TransferTool` -> `transfer_tool`."""
    return _GROUPS.get(kind.__name__) or re.sub(r"(?<!^)(?=[A-Z])", "_", kind.__name__).lower()


class WordsError(LookupError):
    """A message or attribute that is not in a catalogue, or a message that cannot be said."""


@functools.cache
def resources_of(lang: str) -> tuple[Any, ...]:
    """The parsed `.ftl` files of a language, in file-name order (parsed once per process)."""
    if lang not in LANGUAGES:
        raise WordsError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return tuple(FluentResource(f.read_text("utf-8")) for f in catalogue_files(lang))


def catalogue_files(lang: str) -> list[Any]:
    """The `.ftl` files of a language (for the catalogue tests and translators' tools)."""
    folder = resources.files("pia.words").joinpath(lang)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ftl")), key=lambda f: f.name)


def fluent_id(code: str) -> str:
    """A code as a Fluent identifier: `labels.not_recorded` -> `labels-not_recorded`."""
    return code.replace(".", "-")


def _plain(value: Any) -> Any:
    """A parameter as Fluent takes it: enums by value, booleans and None as selector keys."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "none"
    if isinstance(value, (str, int, float, dt.date, FluentType)):
        return value
    if isinstance(value, Iterable):
        return Items(_plain(v) for v in value)
    return str(value)


class Items(tuple, FluentType):
    """A list parameter: said through NAMES() or LIST(), or as its items joined by commas."""

    def format(self, locale: Any) -> str:
        return ", ".join(map(str, self))


@dataclass(frozen=True, slots=True)
class SaidFactor:
    name: str
    reason: str
    reference: str


@dataclass(frozen=True, slots=True)
class SaidCheck:
    label: str
    detail: str
    reference: str


@dataclass(frozen=True, slots=True)
class SaidFinding:
    title: str
    message: str
    remedy: str
    reference: str


def names_of(assessment: Any) -> dict[str, str]:
    """Every item's name by id (`Assessment.item_names`; a Result carries them as `names`)."""
    return assessment.item_names()


class Speaker:
    """Says codes in one language; `names` gives the analyst's name of each item id."""

    def __init__(self, lang: str, names: Mapping[str, str] | None = None) -> None:
        self.lang = lang
        self.names = names or {}
        functions: dict[str, Callable[..., Any]] = {
            "LABEL": self._label_fn,
            "LABELS": self._labels_fn,
            "NAME": self._name_fn,
            "NAMES": self._names_fn,
            "LIST": self._list_fn,
            "PERIOD": self._period_fn,
        }
        functions = {name: self._held(fn) for name, fn in functions.items()}
        self._long: dict[str, str] = {}
        self._bundle = FluentBundle([LOCALES[lang]], functions=functions, use_isolating=False)
        for resource in resources_of(lang):
            self._bundle.add_resource(resource)

    # --- what a face calls -----------------------------------------------------------------------

    def has(self, code: str, attribute: str | None = None) -> bool:
        """Whether the message (with a text of its own), or its attribute, is in the catalogue."""
        id = fluent_id(code)
        if not self._bundle.has_message(id):
            return False
        message = self._bundle.get_message(id)
        return message.value is not None if attribute is None else attribute in message.attributes

    def say(self, code: str, /, **params: Any) -> str:
        """The message `code` (its value) with `params` filled in."""
        message = self._message(code)
        if message.value is None:
            raise WordsError(f"{self.lang}: message {code!r} has attributes only")
        return self._format(code, message.value, params)

    def part(self, code: str, attribute: str, /, **params: Any) -> str:
        """An attribute of the message `code` (`TRF-001`, `message`)."""
        message = self._message(code)
        pattern = message.attributes.get(attribute)
        if pattern is None:
            raise WordsError(f"{self.lang}: message {code!r} has no attribute {attribute!r}")
        return self._format(f"{code}.{attribute}", pattern, params)

    def label(self, group: str, value: Any) -> str:
        """The label of an enum value: message `group`, attribute named by the value."""
        key = str(_plain(value))
        if group in NAMED_BY_CODE and not self.has(group, key):
            return key  # a country the knowledge base does not list is shown by its ISO code
        return self.part(group, key)

    def label_of(self, value: Enum) -> str:
        """The label of an enum value, its group found from its class (`group_of`)."""
        return self.label(group_of(type(value)), value)

    def period(self, value: Any) -> str:
        """`3 years` in this language; text that is not a period is returned as it is."""
        from pia.model import parse_period

        if value is None or value == "None":
            return self.say("labels-not_recorded")
        try:
            period = parse_period(value)
        except ValueError:
            return str(value)
        return self.say(f"period-{period.unit}", n=period.amount)

    def join(self, items: Iterable[str], word: str = "and") -> str:
        """`a, b and c` with the language's `and` (or `or`)."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.say(f'list-{word}')} {items[-1]}"

    def finding(self, finding: Any) -> SaidFinding:
        """A finding's title, message, remedy and legal reference in this language."""
        params = finding.params
        return SaidFinding(
            self.say(finding.id, **params),
            self.part(finding.id, "message", **params),
            self.part(finding.id, "remedy", **params),
            self.part(finding.id, "reference", **params),
        )

    def factor(self, factor: Any) -> SaidFactor:
        """A score factor's name, reason and legal reference (message `factor-<code>`)."""
        code, params = f"factor-{factor.code}", factor.params
        return SaidFactor(
            self.say(code, **params),
            self.part(code, "reason", **params),
            self.part(code, "reference", **params),
        )

    def check(self, check: Any) -> SaidCheck:
        """A check's label, detail and legal reference (message `check-<key>`, said with the
        check's status and params)."""
        code, params = f"check-{check.key}", {"status": check.status, **check.params}
        return SaidCheck(
            self.say(code),
            self.part(code, "detail", **params),
            self.part(code, "reference", **params),
        )

    def title(self, title: Any) -> str:
        """What a scored item or a risk is about (message `item_title-<kind>`)."""
        return self.say(f"item_title-{title.kind}", **title.params)

    def prior_consultation(self, verdict: Any) -> str:
        """Art. 36(1) in a sentence: which risks stay high and what follows, or that none does."""
        if verdict.required:
            return self.say("texts.decision_art36", risks=self.join(list(verdict.risks)))
        return self.say("texts.decision_no_art36")

    # --- inside -----------------------------------------------------------------------------------

    def _message(self, code: str) -> Any:
        id = fluent_id(code)
        if not self._bundle.has_message(id):
            raise WordsError(f"{self.lang}: no message {id!r} in pia/words/{self.lang}/*.ftl")
        return self._bundle.get_message(id)

    def _format(self, where: str, pattern: Any, params: Mapping[str, Any]) -> str:
        plain = {k: self._hold(v) if isinstance(v, str) else _plain(v) for k, v in params.items()}
        text, errors = self._bundle.format_pattern(pattern, plain)
        if errors:
            raise WordsError(f"{self.lang}: {where}: {'; '.join(map(str, errors))}")
        text = _HELD.sub(lambda m: self._long.pop(m.group()), str(text))
        return re.sub(r"[ \t]+\n", "\n", text).strip(" \t\n")  # a no-break space stays

    def _hold(self, text: str) -> str:
        """Fluent refuses a placeable of over 2,500 characters (a guard against runaway
        messages); the analyst's names and notes may be longer. A long text is held aside and
        put back after formatting."""
        if len(text) <= _LONG:
            return text
        token = f"\x00{len(self._long)}.{id(text)}\x00"
        self._long[token] = text
        return token

    def _held(self, function: Callable[..., Any]) -> Callable[..., Any]:
        return lambda *args, **kwargs: self._hold(str(function(*args, **kwargs)))

    def _label_fn(self, group: Any, value: Any) -> str:
        return self.label(str(group), str(value))

    def _labels_fn(self, group: Any, values: Any, word: Any = "and") -> str:
        items = values if isinstance(values, tuple) else (values,)
        return self.join([self.label(str(group), str(v)) for v in items], str(word))

    def _name_fn(self, id: Any) -> str:
        return str(self.names.get(str(id), id))

    def _names_fn(self, ids: Any) -> str:
        items = ids if isinstance(ids, tuple) else (ids,)
        return self.join([self._name_fn(i) for i in items])

    def _list_fn(self, texts: Any) -> str:
        items = texts if isinstance(texts, tuple) else (texts,)
        return self.join([str(t) for t in items])

    def _period_fn(self, value: Any) -> str:
        return self.period(str(value))


@functools.cache
def message_ids(lang: str) -> tuple[str, ...]:
    """Every message id of a language's catalogue, in file order."""
    from fluent.syntax import ast

    return tuple(
        entry.id.name
        for resource in resources_of(lang)
        for entry in resource.body
        if isinstance(entry, ast.Message)
    )


@functools.cache
def speaker(lang: str) -> Speaker:
    """A speaker of `lang` that knows no names (labels, fixed texts): made once."""
    return Speaker(lang)
