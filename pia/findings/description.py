"""Findings on the systematic description (Art. 35(7)(a)): data, people, sources, recipients.

Each rule yields a field path and parameters; its words are in
pia/words/<lang>/findings-description.ftl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.rules import rule
from pia.model import PROCESSOR_ROLES, RecipientRole, SourceKind
from pia.model.common import Record, Sourced
from pia.scoring.purpose_facts import purpose_facts

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, dict[str, Any]]]

# The lists of the description whose every item should say where its facts come from.
SOURCED_SECTIONS = (
    "data_categories",
    "data_subjects",
    "data_sources",
    "recipients",
    "transfers",
    "retention_rules",
)


# --- data categories ------------------------------------------------------------------------------


@rule("DSC-001", "info")
def unknown_data_kind(assessment: Assessment, knowledge: Knowledge) -> Found:
    known = {kind.key for kind in knowledge.data_sensitivity.kinds}
    for i, category in enumerate(assessment.description.data_categories):
        if category.kind not in known:
            params = {
                "category": category.id,
                "kind": category.kind,
                "sensitivity": category.sensitivity.value,
            }
            yield f"description.data_categories[{i}].kind", params


@rule("DSC-002", "minor")
def sensitivity_below_default(assessment: Assessment, knowledge: Knowledge) -> Found:
    rank = {level.key: level.rank for level in knowledge.data_sensitivity.levels}
    defaults = {kind.key: kind.default_sensitivity for kind in knowledge.data_sensitivity.kinds}
    for i, category in enumerate(assessment.description.data_categories):
        default = defaults.get(category.kind)
        recorded = category.sensitivity.value
        if default is None or category.note or rank[recorded] >= rank[default]:
            continue
        params = {
            "category": category.id,
            "kind": category.kind,
            "recorded": recorded,
            "default": default,
        }
        yield f"description.data_categories[{i}].sensitivity", params


@rule("DSC-003", "minor")
def category_without_purpose(assessment: Assessment, knowledge: Knowledge) -> Found:
    used = {cid for purpose in assessment.purposes for cid in purpose.data_categories}
    for i, category in enumerate(assessment.description.data_categories):
        if category.id not in used:
            yield f"description.data_categories[{i}]", {"category": category.id}


@rule("DSC-004", "minor")
def category_without_source(assessment: Assessment, knowledge: Knowledge) -> Found:
    description = assessment.description
    if not description.data_sources:  # one finding for all: `category` is None
        count = len(description.data_categories)
        yield "description.data_sources", {"category": None, "categories": count}
        return
    brought = {cid for source in description.data_sources for cid in source.data_categories}
    for i, category in enumerate(description.data_categories):
        if category.id not in brought:
            yield f"description.data_categories[{i}]", {"category": category.id}


# --- sources and recipients -----------------------------------------------------------------------


@rule("DSC-005", "major")
def third_party_source_without_provider(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, source in enumerate(assessment.description.data_sources):
        if source.kind is SourceKind.third_party and not source.provider:
            yield f"description.data_sources[{i}].provider", {"source": source.id}


@rule("DSC-006", "major")
def processor_without_contract(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, recipient in enumerate(assessment.description.recipients):
        if recipient.role not in PROCESSOR_ROLES or recipient.processor_contract is True:
            continue
        state = "not_recorded" if recipient.processor_contract is None else "absent"
        params = {"recipient": recipient.id, "role": recipient.role.value, "contract": state}
        yield f"description.recipients[{i}].processor_contract", params


@rule("DSC-007", "minor")
def sub_processor_without_processor(assessment: Assessment, knowledge: Knowledge) -> Found:
    recipients = assessment.description.recipients
    if any(r.role is RecipientRole.processor for r in recipients):
        return
    for i, recipient in enumerate(recipients):
        if recipient.role is RecipientRole.sub_processor:
            yield f"description.recipients[{i}].role", {"recipient": recipient.id}


# --- profiling and Art. 22 ------------------------------------------------------------------------


def _profiling_without_art22(assessment: Assessment, vulnerable: bool) -> Found:
    if assessment.description.automated_decisions_art22:
        return
    groups = assessment.description.data_subjects
    for f in purpose_facts(assessment):
        if not f.purpose.profiling:
            continue
        vulnerable_ids = {g.id for _, g in f.vulnerable()}  # as the purpose scores count them
        concerned = [g.id for g in groups if g.id in vulnerable_ids]  # in the description's order
        if bool(concerned) != vulnerable:
            continue
        yield f"{f.at}.profiling", {"purpose": f.purpose.id, "vulnerable": concerned}


@rule("DSC-008", "info")
def profiling_art22_not_engaged(assessment: Assessment, knowledge: Knowledge) -> Found:
    yield from _profiling_without_art22(assessment, vulnerable=False)


@rule("DSC-009", "minor")
def profiling_vulnerable_art22_not_engaged(assessment: Assessment, knowledge: Knowledge) -> Found:
    yield from _profiling_without_art22(assessment, vulnerable=True)


# --- scale and sources of facts -------------------------------------------------------------------


@rule("DSC-010", "minor")
def group_without_count(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, group in enumerate(assessment.description.data_subjects):
        if group.approximate_count is None:
            yield f"description.data_subjects[{i}].approximate_count", {"group": group.id}


@rule("DSC-011", "minor")
def items_without_sources(assessment: Assessment, knowledge: Knowledge) -> Found:
    for section in SOURCED_SECTIONS:
        items = getattr(assessment.description, section)
        unsourced = [i for i, item in enumerate(items) if not item.sources]
        if not unsourced:
            continue
        first = items[unsourced[0]].id
        params = {"section": section, "count": len(unsourced), "total": len(items), "first": first}
        yield f"description.{section}[{unsourced[0]}].sources", params


# --- documents ------------------------------------------------------------------------------------


def _citations(node: Record, counts: dict[str, int]) -> dict[str, int]:
    """Add to `counts` how many `sources` entries under `node` cite each document.

    Walks the model generically, so a section added later is counted too; about 0.2 ms on a
    full assessment, and only run when a document is marked unavailable.
    """
    if isinstance(node, Sourced):
        for ref in node.sources:
            # A validated source is `<document> §<section>`: the document is the first word.
            document = ref.partition(" ")[0]
            counts[document] = counts.get(document, 0) + 1
    for value in node.__dict__.values():  # the fields' values, without pydantic's getattr
        if isinstance(value, list):
            if value and isinstance(value[0], Record):
                for item in value:
                    _citations(item, counts)
        elif isinstance(value, Record):
            _citations(value, counts)
    return counts


@rule("DSC-012", "info")
def unavailable_document(assessment: Assessment, knowledge: Knowledge) -> Found:
    unread = [(i, d) for i, d in enumerate(assessment.metadata.documents) if not d.available]
    if not unread:
        return
    citations = _citations(assessment, {})
    for i, document in unread:
        cited = citations.get(document.id, 0)
        yield f"metadata.documents[{i}]", {"document": document.id, "citations": cited}
