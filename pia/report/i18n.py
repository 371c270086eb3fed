"""The report's words: labels, dates, periods and sentences from the Fluent catalogues (pia.words).

`Catalog` adapts `pia.words.Speaker` to the report: `t` in the templates, dates, lists, and a
finding's words said with the assessment's names.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pia.model import LegalBasis, Period
from pia.words import LANGUAGES as _LANGUAGES
from pia.words import Speaker, WordsError, message_ids, speaker

LANGUAGES = _LANGUAGES


@functools.cache
def catalog(lang: str) -> Catalog:
    """The report's words in a language (`en`, `nl`, `fr`), made once."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return Catalog(lang)


class Texts(Mapping[str, Any]):
    """The catalogue as the templates see it (`t.labels.title`): a dotted code read lazily."""

    def __init__(self, speaker: Speaker, prefix: str = "") -> None:
        self._speaker, self._prefix = speaker, prefix

    def __getitem__(self, key: str) -> Any:
        code = f"{self._prefix}-{key}" if self._prefix else str(key)
        if self._speaker.has(code):
            return self._speaker.say(code)
        if self._speaker.has(f"{code}-1"):
            return [self._speaker.say(f"{code}-{n}") for n in _count(self._speaker, code)]
        return Texts(self._speaker, code)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __iter__(self) -> Iterator[str]:
        head = f"{self._prefix}-"
        keys = (id[len(head) :] for id in message_ids(self._speaker.lang) if id.startswith(head))
        return iter(dict.fromkeys(key for key in keys if "-" not in key))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __str__(self) -> str:
        raise WordsError(f"{self._speaker.lang}: no message {self._prefix!r} in pia/words")


def _count(speaker: Speaker, code: str) -> range:
    n = 1
    while speaker.has(f"{code}-{n + 1}"):
        n += 1
    return range(1, n + 1)


class Catalog:
    """The report's lookups in one language; `data` is what the templates see as `t`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.speaker = speaker(lang)
        self.data = Texts(self.speaker)

    # --- plain lookups ---------------------------------------------------------------------------

    def get(self, dotted: str) -> Any:
        return self.data[dotted]

    def text(self, dotted: str, /, **params: Any) -> str:
        """A sentence of the catalogue with `params` filled in."""
        return self.speaker.say(dotted, **params)

    def enum(self, group: str, value: Any) -> str:
        """The label of an enum value (`legal_basis`, `consent`)."""
        return self.speaker.label(group, value)

    def level(self, key: str) -> str:
        return self.enum("level", key)

    def scale_label(self, method: str, axis: str, key: str) -> str:
        return self.speaker.label(f"scale-{method}-{axis}", key)

    def answer(self, value: bool | None) -> str:
        """yes / no / not recorded."""
        if value is None:
            return self.text("labels.unknown")
        return self.text("labels.answer_yes" if value else "labels.answer_no")

    # --- formats ---------------------------------------------------------------------------------

    def date(self, value: dt.date | str | None) -> str:
        """`26 November 2026` / `26 november 2026`; "not recorded" for None."""
        if value is None:
            return self.text("labels.not_recorded")
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        month = self.text(f"month-{value.month}")
        return self.text("date", day=value.day, month=month, year=str(value.year))

    def period(self, value: Period | str | None) -> str:
        """`3 years` / `3 jaar`; text that is not a period is returned as it is."""
        return self.speaker.period(value)

    def join_list(self, items: list[str], word: str = "and") -> str:
        """`a, b and c` in the catalogue's words; `word` is `and` or `or`."""
        return self.speaker.join(items, word)

    def bases(self, keys: Iterable[str]) -> str:
        """Legal bases with their article: `consent (Art. 6(1)(a) GDPR)`."""
        words = []
        for key in keys:
            basis = LegalBasis(getattr(key, "value", key))
            article = self.text("legal_basis_article", letter=basis.letter)
            words.append(f"{self.enum('legal_basis', basis)} ({article})")
        return ", ".join(words)

    def finding_reference(self, finding: Any) -> str:
        """The legal reference of a finding, as the report's language cites it."""
        return self.speaker.part(finding.id, "reference", **finding.params)
