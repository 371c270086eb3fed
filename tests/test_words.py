"""The catalogues (pia/words/<lang>/*.ftl): complete in every language, the same placeholders."""

from __future__ import annotations

import pytest
from fluent.syntax import FluentParser, ast, visitor

from pia.words import LANGUAGES, Speaker, WordsError, catalogue_files, speaker

FUNCTIONS = {"LABEL", "LABELS", "NAME", "NAMES", "LIST", "PERIOD", "NUMBER"}


class _Uses(visitor.Visitor):
    """The variables and functions a pattern uses (in text and in selectors alike)."""

    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.functions: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.variables.add(node.id.name)

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:  # noqa: N802
        self.functions.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:  # noqa: N802
        self.messages.add(node.id.name + (f".{node.attribute.name}" if node.attribute else ""))


def _entries(lang: str) -> dict[str, tuple[set[str], set[str], set[str]]]:
    """(variables, functions, message references) of every message and attribute of a language."""
    out: dict[str, tuple[set[str], set[str], set[str]]] = {}
    for file in catalogue_files(lang):
        resource = FluentParser().parse(file.read_text("utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{lang}/{file.name}: {junk[0].annotations[0].message}: {junk[0].content}"
        for entry in resource.body:
            if not isinstance(entry, ast.Message):
                continue
            parts = [(entry.id.name, entry.value)] + [
                (f"{entry.id.name}.{a.id.name}", a.value) for a in entry.attributes
            ]
            for key, pattern in parts:
                if pattern is None:
                    continue
                assert key not in out, f"{lang}: {key} is defined twice"
                uses = _Uses()
                uses.visit(pattern)
                out[key] = (uses.variables, uses.functions, uses.messages)
    return out


ENTRIES = {lang: _entries(lang) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_message_is_in_every_language(lang):
    en, other = set(ENTRIES["en"]), set(ENTRIES[lang])
    assert sorted(en - other) == [], f"missing in {lang}"
    assert sorted(other - en) == [], f"in {lang} but not in en"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_translation_uses_the_same_placeholders(lang):
    differ = {
        key: (sorted(ENTRIES["en"][key][0]), sorted(uses[0]))
        for key, uses in ENTRIES[lang].items()
        if key in ENTRIES["en"] and uses[0] != ENTRIES["en"][key][0]
    }
    assert differ == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_call_only_the_functions_a_speaker_has(lang):
    unknown = {k: v[1] - FUNCTIONS for k, v in ENTRIES[lang].items() if v[1] - FUNCTIONS}
    assert unknown == {}
    dangling = {
        key: ref
        for key, (_, _, refs) in ENTRIES[lang].items()
        for ref in refs
        if ref.split(".")[0] not in {k.split(".")[0] for k in ENTRIES[lang]}
    }
    assert dangling == {}


def test_a_missing_message_or_variable_raises_instead_of_printing_a_hole():
    en = speaker("en")
    with pytest.raises(WordsError, match="no message 'no-such-message'"):
        en.say("no-such-message")
    with pytest.raises(WordsError, match="n"):
        en.say("texts.decision_blockers")


def test_a_speaker_says_names_plurals_and_lists_in_its_language():
    nl = Speaker("nl", names={"tcs": "Tata Consultancy Services"})
    assert nl.say("texts.decision_blockers", n=1).startswith("Er staat één blokkerende")
    assert nl.say("texts.decision_blockers", n=2).startswith("Er staan 2 blokkerende")
    assert nl.period("3 years") == "3 jaar"
    assert speaker("en").period("1 year") == "1 year"
    assert nl.join(["a", "b", "c"]) == "a, b en c"
    assert nl._name_fn("tcs") == "Tata Consultancy Services"


def test_long_analyst_text_is_said_whole_and_an_unlisted_country_by_its_code():
    long_name = "x" * 5000  # Fluent alone refuses a placeable of over 2,500 characters
    said = Speaker("fr", names={"p": long_name})
    assert long_name in said.say("texts.decision_intro", title=long_name)
    assert said.join([said._name_fn("p"), "b"]) == f"{long_name} et b"
    assert said.label("country", "ZZ") == "ZZ" and said.label("country", "US") == "États-Unis"
