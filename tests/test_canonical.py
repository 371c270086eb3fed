"""The canonical content a sign-off's hash covers: what counts and what does not (form 2)."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL, write_yaml
from pydantic import Field

from pia.canonical import (
    CANONICAL_FORM,
    canonical_content,
    canonical_text,
    content_hash,
    default_is_content,
)
from pia.model import Assessment, Description, Purpose, Record, Transfer
from pia.store import _yaml, load


def _assessment(data: dict[str, Any] | None = None) -> Assessment:
    return Assessment.model_validate(copy.deepcopy(data or MINIMAL))


def _maxiresponse() -> dict[str, Any]:
    with MAXIRESPONSE.open(encoding="utf-8") as f:
        return json.loads(json.dumps(_yaml().load(f), default=str))


# --- the form, pinned -----------------------------------------------------------------------------

# The minimal assessment in canonical form 2. If this text changes, every recorded hash changes:
# then the change is a new canonical form (CANONICAL_FORM + 1; sign-offs in this one can then no
# longer be checked and must be signed again), never an edit of this text.
MINIMAL_FORM_2 = (
    '{"description":{"automated_decisions_art22":false,"data_categories":[{'
    '"declared_to_data_subjects":true,"id":"contact","inferred":false,"kind":"contact",'
    '"name":"Name and e-mail address","sensitivity":"standard","sources":["notice §2"]}],'
    '"data_subjects":[{"id":"members","kind":"customer","name":"Members","vulnerable":false}],'
    '"processing":"Members receive a monthly newsletter by e-mail."},'
    '"metadata":{"controller":{"name":"Example Club"},"documents":[{"available":true,'
    '"id":"notice","title":"Privacy notice"}],"method":"cnil","title":"Newsletter for members",'
    '"version":"0.1"},'
    '"purposes":[{"data_categories":["contact"],"data_subjects":["members"],'
    '"direct_marketing":false,"id":"newsletter","legal_bases":[{"basis":"consent"}],'
    '"name":"Send the newsletter","profiling":false}],'
    '"rights":{"identity_verification":{"more_proof_may_be_asked":false,"when":"unknown"}},'
    '"schema_version":1}'
)


def test_the_canonical_text_of_the_minimal_assessment_is_pinned():
    a = _assessment()
    assert CANONICAL_FORM == 2
    assert canonical_text(canonical_content(a)) == MINIMAL_FORM_2
    assert content_hash(a) == hashlib.sha256(MINIMAL_FORM_2.encode("utf-8")).hexdigest()


def test_dates_enumerations_and_periods_are_written_as_their_text():
    data = copy.deepcopy(MINIMAL)
    data["metadata"] |= {"assessment_date": dt.date(2026, 3, 2), "method": "ico"}
    rule = {"id": "keep", "applies_to": ["customers"], "period": "1 years", "deletion": "erasure"}
    data["description"]["retention_rules"] = [rule]
    content = canonical_content(_assessment(data))
    assert content["metadata"]["assessment_date"] == "2026-03-02"
    assert content["metadata"]["method"] == "ico"
    assert content["description"]["retention_rules"] == [
        {"applies_to": ["customers"], "deletion": "erasure", "id": "keep", "period": "1 year"}
    ]
    rule["period"] = "1 year"
    data["metadata"]["assessment_date"] = "2026-03-02"
    assert content_hash(_assessment(data)) == canonical_hash(content)


def canonical_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_text(content).encode("utf-8")).hexdigest()


# --- how the file is written does not count -------------------------------------------------------

# The minimal assessment written differently: comments, flow style, key order, quoting, folded and
# padded text. None of it is content.
REWRITTEN = """\
# Written by hand, in another order.
purposes:
  - {id: newsletter, name: 'Send the newsletter', data_subjects: [members],
     data_categories: [contact], legal_bases: [{basis: consent}]}  # flow style
schema_version: 1
description:
  data_subjects: [{kind: customer, name: Members, id: members}]
  processing: >-
    Members receive a monthly
    newsletter by e-mail.
  data_categories:
    - sources: ["notice §2"]
      id: contact
      name: "  Name and e-mail address  "
      kind: contact
      sensitivity: standard
      declared_to_data_subjects: true
metadata:
  documents:
    - {id: notice, title: Privacy notice}
  controller: {name: "Example Club"}
  title: Newsletter for members
"""

# Defaults written out, unknowns written as null, empty lists and empty sections written: all the
# same content as leaving them out.
EXPLICIT_DEFAULTS = """\
schema_version: 1
metadata:
  title: Newsletter for members
  controller: {name: Example Club, legal_form: null, sources: []}
  version: "0.1"
  status: draft
  method: cnil
  analysts: []
  review_date: null
  documents: [{id: notice, title: Privacy notice, available: true, date: null}]
description:
  processing: Members receive a monthly newsletter by e-mail.
  data_categories:
    - id: contact
      name: Name and e-mail address
      kind: contact
      sensitivity: standard
      declared_to_data_subjects: true
      inferred: false
      sources: [notice §2]
  data_subjects: [{id: members, name: Members, kind: customer, approximate_count: null}]
  data_sources: []
  transfers: []
  innovative_technology: null
  prevents_exercising_rights: null
purposes:
  - id: newsletter
    name: Send the newsletter
    legal_bases: [{basis: consent, law: null}]
    data_categories: [contact]
    data_subjects: [members]
    channels: []
    consent: null
    transparency: {}
    special_category_exception: null
rights:
  channels: []
  identity_verification: {when: unknown, documents: []}
consultation:
  note: null
  data_subjects: {sought: null}
risks: []
measures: []
signoffs: []
"""


@pytest.mark.parametrize("text", [REWRITTEN, EXPLICIT_DEFAULTS], ids=["rewritten", "explicit"])
def test_hash_does_not_depend_on_how_the_file_is_written(tmp_path, text):
    plain = load(write_yaml(tmp_path / "plain.yaml", MINIMAL))
    other = tmp_path / "other.yaml"
    other.write_text(text, encoding="utf-8")
    assert content_hash(load(other)) == content_hash(plain)


def test_the_order_of_keys_in_the_data_does_not_count():
    reversed_data = json.loads(
        json.dumps(_maxiresponse()), object_pairs_hook=lambda p: dict(p[::-1])
    )
    assert list(reversed_data) == list(reversed(list(_maxiresponse())))
    assert content_hash(Assessment.model_validate(reversed_data)) == content_hash(
        Assessment.model_validate(_maxiresponse())
    )


# --- what counts as a change ----------------------------------------------------------------------


def _set(*path: str | int, to: Any) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        node = data
        for part in path[:-1]:
            node = node.setdefault(part, {}) if isinstance(node, dict) else node[part]
        node[path[-1]] = to

    return change


PURPOSE = ("purposes", 0)
ANSWER_CHANGES = {
    "title": _set("metadata", "title", to="Newsletter for all members"),
    "inner whitespace": _set("metadata", "title", to="Newsletter  for members"),
    "version": _set("metadata", "version", to="0.2"),
    "a default that decides the levels, made different": _set("metadata", "method", to="ico"),
    "processing": _set("description", "processing", to="Members receive a weekly newsletter."),
    "a boolean": _set("description", "data_categories", 0, "declared_to_data_subjects", to=False),
    "a default boolean made different": _set(
        "description", "data_categories", 0, "inferred", to=True
    ),
    "a source removed": _set("description", "data_categories", 0, "sources", to=[]),
    "a legal basis": _set(*PURPOSE, "legal_bases", 0, "basis", to="contract"),
    "a note added": _set("consultation", to={"note": "The DPO was not asked yet."}),
    "a document added": _set(
        "metadata", "documents", to=[*MINIMAL["metadata"]["documents"], {"id": "x", "title": "X"}]
    ),
    "an unknown answered no": _set("description", "innovative_technology", to=False),
    "an unknown answered yes": _set("description", "innovative_technology", to=True),
    "a count of zero": _set("description", "data_subjects", 0, "approximate_count", to=0),
    "a list item added": _set(*PURPOSE, "channels", to=["email"]),
    "a list reordered": _set(
        *PURPOSE, "legal_bases", to=[{"basis": "contract"}, {"basis": "consent"}]
    ),
    "an empty section where none was recorded": _set(*PURPOSE, "objection", to={}),
    "an empty soft opt-in claimed": _set(*PURPOSE, "soft_opt_in", to={}),
    "a section with only defaults where none was recorded": _set(*PURPOSE, "consent", to={}),
    "a view of the people sought": _set("consultation", "data_subjects", "sought", to=False),
}


@pytest.mark.parametrize("change", ANSWER_CHANGES.values(), ids=ANSWER_CHANGES)
def test_any_change_of_an_answer_changes_the_hash(change):
    data = copy.deepcopy(MINIMAL)
    change(data)
    assert content_hash(_assessment(data)) != content_hash(_assessment())


NO_CHANGES = {
    "the workflow status": _set("metadata", "status", to="final"),
    "a default written out": _set("metadata", "method", to="cnil"),
    "an unknown written as null": _set("description", "innovative_technology", to=None),
    "an empty list written": _set("metadata", "analysts", to=[]),
    "an empty section the model adds anyway": _set(*PURPOSE, "transparency", to={}),
    "a section of unknowns the model adds anyway": _set(
        "consultation", to={"data_subjects": {"sought": None, "views": None}}
    ),
    "padding around a text": _set("metadata", "title", to="  Newsletter for members\n"),
}


@pytest.mark.parametrize("change", NO_CHANGES.values(), ids=NO_CHANGES)
def test_what_is_not_an_answer_leaves_the_hash(change):
    data = copy.deepcopy(MINIMAL)
    change(data)
    assert content_hash(_assessment(data)) == content_hash(_assessment())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("description", "innovative_technology"), True),
        (("description", "innovative_technology"), False),
        (("description", "data_subjects", 0, "approximate_count"), 0),
        (("metadata", "review_date"), "2027-03-01"),
        (("purposes", 0, "soft_opt_in"), {"details_from_sale": True}),
    ],
)
def test_setting_an_answer_back_to_unknown_is_a_change_and_undoing_it_is_not(path, value):
    recorded = copy.deepcopy(MINIMAL)
    _set(*path, to=value)(recorded)
    unknown = copy.deepcopy(recorded)
    _set(*path, to=None)(unknown)
    assert content_hash(_assessment(unknown)) != content_hash(_assessment(recorded))
    assert content_hash(_assessment(unknown)) == content_hash(_assessment())
    again = copy.deepcopy(unknown)
    _set(*path, to=value)(again)
    assert content_hash(_assessment(again)) == content_hash(_assessment(recorded))


# --- a pia that gains a question ------------------------------------------------------------------


class Followup(Record):
    """A new section the model creates when absent, with only unknowns and lists in it."""

    owner: str | None = None
    dates: list[dt.date] = Field(default_factory=list)


class NewDescription(Description):
    uses_biometrics: bool | None = None


class NewTransfer(Transfer):
    encryption_audited: bool | None = None


class NewPurpose(Purpose):
    audiences: list[str] = Field(default_factory=list)
    ai_act: Followup | None = None


class NewerAssessment(Assessment):
    """The model of a later pia: a question of each kind added."""

    description: NewDescription
    purposes: list[NewPurpose] = Field(min_length=1)
    followup: Followup = Field(default_factory=Followup)


class NewerDescription(Description):
    transfers: list[NewTransfer] = Field(default_factory=list)


class NewerTransfersAssessment(Assessment):
    description: NewerDescription


@pytest.mark.parametrize("data", [MINIMAL, _maxiresponse()], ids=["minimal", "maxiresponse"])
@pytest.mark.parametrize("newer", [NewerAssessment, NewerTransfersAssessment])
def test_a_new_optional_question_leaves_the_hash_of_an_existing_assessment(data, newer):
    before, after = Assessment.model_validate(data), newer.model_validate(copy.deepcopy(data))
    assert type(after) is newer
    assert content_hash(after) == content_hash(before)
    if newer is NewerAssessment:  # the new questions are there, unanswered
        assert after.model_dump(mode="json") != before.model_dump(mode="json")


@pytest.mark.parametrize(
    "change",
    [
        _set("description", "uses_biometrics", to=False),
        _set(*PURPOSE, "audiences", to=["members"]),
        _set(*PURPOSE, "ai_act", to={}),
        _set("followup", "owner", to="DPO office"),
    ],
    ids=["answered no", "a list item", "an empty section claimed", "a field of a new section"],
)
def test_answering_the_new_question_changes_the_hash(change):
    data = copy.deepcopy(MINIMAL)
    change(data)
    assert content_hash(NewerAssessment.model_validate(data)) != content_hash(_assessment())


# --- guards for whoever changes the model ---------------------------------------------------------


def _fields(model: type[Record], seen: set[type]) -> Iterator[tuple[str, Any]]:
    if model in seen:
        return
    seen.add(model)
    for name, info in model.model_fields.items():
        if model is Assessment and name == "signoffs":
            continue
        yield f"{model.__name__}.{name}", info
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            for inner in (arg, *typing.get_args(arg)):
                if isinstance(inner, type) and issubclass(inner, Record):
                    yield from _fields(inner, seen)


# Every field whose default is part of the canonical content. Adding one changes the hash of every
# assessment, and so stales every sign-off. A new question should default to null (unknown) or an
# empty list; a default the scores must read (like `method`) needs a new canonical form.
DEFAULTS_IN_THE_CONTENT = {
    "Assessment.schema_version", "Assessment.rights",
    "Metadata.version", "Metadata.status", "Metadata.method", "Document.available",
    "Description.automated_decisions_art22", "DataCategory.inferred",
    "DataSubjectGroup.vulnerable", "Transfer.tool", "Transfer.data_protection",
    "RetentionRule.deletion", "ArchiveStage.ground",
    "Purpose.profiling", "Purpose.direct_marketing", "ConsentDetails.withdrawal_called_objection",
    "LegitimateInterestAssessment.purpose_test", "LegitimateInterestAssessment.necessity_test",
    "LegitimateInterestAssessment.balancing_test", "InterestTest.outcome",
    "RightsHandling.identity_verification", "IdentityVerification.when",
    "IdentityVerification.more_proof_may_be_asked",
    "Measure.status", "Measure.reduces_severity", "Measure.reduces_likelihood",
}  # fmt: skip


def test_no_new_field_puts_its_default_into_every_hash():
    hashed = {path for path, info in _fields(Assessment, set()) if default_is_content(info)}
    assert hashed == DEFAULTS_IN_THE_CONTENT, (
        "a field's default is part of every assessment's canonical content: default a new "
        "question to None or an empty list, or make it a new canonical form (pia/canonical.py)"
    )
