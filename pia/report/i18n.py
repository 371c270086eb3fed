"""The report's languages: labels, dates, periods and translated findings from `i18n/<lang>.yaml`.

English wording of findings, factors and checks lives with the rules that make them; a
catalogue other than English carries their translations (`findings`, `engine`). Whatever has no
translation is shown in English with the catalogue's marker, e.g. "(EN)", never silently.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pia.model import LegalBasis, Period, parse_period
from pia.report.templates import text_template

LANGUAGES = ("en", "nl")


class _Fallback(dict):
    """A lookup that returns the key itself when it has no entry (ids, country codes)."""

    def __missing__(self, key: Any) -> Any:
        return key


@dataclass(frozen=True, slots=True)
class Translated:
    """A text and whether it is in the report's language (False: English, shown with a marker)."""

    text: str
    translated: bool = True


@functools.cache
def _load(lang: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}: use one of {', '.join(LANGUAGES)}")
    text = resources.files("pia.report").joinpath(f"i18n/{lang}.yaml").read_text("utf-8")
    return YAML(typ="safe", pure=False).load(text)


@functools.cache
def catalog(lang: str) -> Catalog:
    """The catalogue of a language (`en`, `nl`), loaded once."""
    return Catalog(lang, _load(lang))


class Catalog:
    """Lookups in one language's catalogue; `data` is what the templates see as `t`."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.engine: dict[str, Any] = data.get("engine", {})
        terms = self.engine.get("reference_terms", {})
        self._terms = terms
        longest_first = sorted(terms, key=len, reverse=True)
        self._terms_re = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")
            if terms
            else None
        )

    # --- plain lookups ---------------------------------------------------------------------------

    def get(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            node = node[part]
        return node

    def text(self, dotted: str, /, **params: Any) -> str:
        """A sentence of the catalogue, its `{{ ... }}` filled from `params`."""
        template = self.get(dotted)
        return self.render(template, **params) if "{" in template else template

    def render(self, template: str, /, **params: Any) -> str:
        return text_template(template).render(catalog=self, t=self.data, **params).strip()

    def enum(self, group: str, value: Any) -> str:
        """The label of an enum value (`legal_basis`, `consent`), or the value if none is known."""
        key = getattr(value, "value", value)
        if isinstance(key, bool):
            key = str(key).lower()
        return self.data["enums"].get(group, {}).get(key, str(key).replace("_", " "))

    def level(self, key: str) -> str:
        return self.enum("level", key)

    def scale_label(self, method: str, axis: str, key: str) -> str:
        return self.data["enums"]["scale"][method][axis][key]

    def answer(self, value: bool | None) -> str:
        """yes / no / not recorded."""
        labels = self.data["labels"]
        if value is None:
            return labels["unknown"]
        return labels["answer_yes" if value else "answer_no"]

    # --- formats ---------------------------------------------------------------------------------

    def date(self, value: dt.date | str | None) -> str:
        """`26 November 2026` / `26 november 2026`; "not recorded" for None."""
        if value is None:
            return self.data["labels"]["not_recorded"]
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        month = self.data["months"][value.month - 1]
        return self.render(self.data["date"], day=value.day, month=month, year=value.year)

    def period(self, value: Period | str | None) -> str:
        """`3 years` / `3 jaar`; text that is not a period is returned as it is."""
        if value is None or value == "None":
            return self.data["labels"]["not_recorded"]
        try:
            period = parse_period(value)
        except ValueError:
            return str(value)
        one, many = self.data["periods"][period.unit]
        return f"{period.amount} {one if period.amount == 1 else many}"

    def join_list(self, items: list[str], word: str = "and") -> str:
        """`a, b and c` in the catalogue's words; `word` is `and`/`or` or a literal word."""
        word = {"and": self.data["list_and"], "or": self.data["list_or"]}.get(word, word)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {word} {items[-1]}"

    def bases(self, keys: Iterable[str]) -> str:
        """Legal bases with their article: `consent (Art. 6(1)(a) GDPR)`."""
        words = []
        for key in keys:
            basis = LegalBasis(getattr(key, "value", key))
            article = self.render(self.data["enums"]["legal_basis_article"], letter=basis.letter)
            words.append(f"{self.enum('legal_basis', basis)} ({article})")
        return ", ".join(words)

    def reference(self, text: str) -> str:
        """A legal reference with the catalogue's terms (`GDPR` -> `AVG`); names stay as cited."""
        if self._terms_re is None:
            return text
        return self._terms_re.sub(lambda m: self._terms[m.group(1)], text)

    # --- the engine's English --------------------------------------------------------------------

    def _engine(self, section: str, key: str, english: str) -> Translated:
        if self.lang == "en":
            return Translated(english)
        found = self.engine.get(section, {}).get(key)
        return Translated(found) if found else Translated(english, False)

    def factor_name(self, english: str) -> Translated:
        return self._engine("factors", english, english)

    def data_kind(self, key: str, english: str) -> Translated:
        return self._engine("data_kinds", key, english)

    def check_label(self, key: str, english: str) -> Translated:
        return self._engine("checks", key, english)

    def criterion_title(self, id: str, english: str) -> Translated:
        return self._engine("criteria", id, english)

    def scale_description(self, method: str, axis: str, key: str, english: str) -> Translated:
        if self.lang == "en":
            return Translated(english)
        found = self.engine.get("scale_descriptions", {}).get(method, {}).get(axis, {}).get(key)
        return Translated(found) if found else Translated(english, False)

    def generated(self, english: str) -> Translated:
        """Text the engine writes in English only (reasons, details)."""
        return Translated(english, self.lang == "en")

    def countries(self, english_names: Mapping[str, str], in_text: bool = False) -> _Fallback:
        """Country names by code in this language, English names where none is given; `in_text`
        adds the article a name takes in a sentence (nl: "de Verenigde Staten")."""
        names = _Fallback(english_names)
        names.update(self.engine.get("countries", {}))
        if in_text:
            for code, article in self.engine.get("country_articles", {}).items():
                names[code] = f"{article} {names[code]}"
        return names

    def finding(self, finding: Any, context: Mapping[str, Any]) -> tuple[Translated, ...]:
        """(title, message, remedy) of a finding in this language; English where no template."""
        template = self.data.get("findings", {}).get(finding.id) if self.lang != "en" else None
        if not template:
            english = (finding.title, finding.message, finding.remedy)
            return tuple(Translated(text, self.lang == "en") for text in english)
        message = self.render(template["message"], **{**finding.params, **context})
        return Translated(template["title"]), Translated(message), Translated(template["remedy"])


def names_by_id(assessment: Any) -> _Fallback:
    """Every item's name (documents: title) by id; ids are unique across an assessment."""
    d = assessment.description
    names = _Fallback()
    for items in (
        d.data_categories,
        d.data_subjects,
        d.data_sources,
        d.recipients,
        assessment.purposes,
        assessment.measures,
    ):
        names.update(
            {item.id: item.name if hasattr(item, "name") else item.title for item in items}
        )
    names.update({doc.id: doc.title for doc in assessment.metadata.documents})
    names.update({risk.id: risk.title for risk in assessment.risks})
    return names


def value_at(root: Any, path: str) -> Any:
    """The value at a finding's field path (`purposes[3].objection.channel`), or None."""
    node = root
    for name, index in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]", path):
        try:
            node = node[int(index)] if index else getattr(node, name)
        except (AttributeError, IndexError, TypeError):
            return None
    return node
