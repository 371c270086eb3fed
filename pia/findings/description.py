"""Findings on the systematic description (Art. 35(7)(a)): data, people, sources, recipients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import PROCESSOR_ROLES, RecipientRole, SourceKind
from pia.model.common import Record, Sourced
from pia.scoring.purpose_facts import purpose_facts

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, str, dict[str, Any]]]

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


@rule(
    "DSC-001",
    "info",
    "Data category of a kind the knowledge base does not know",
    reference="GDPR Art. 35(7)(a); WP248 rev.01, criterion 4 (sensitive data)",
    remedy="Use one of the knowledge base's kinds for the category, or check its sensitivity "
    "by hand.",
)
def unknown_data_kind(assessment: Assessment, knowledge: Knowledge) -> Found:
    known = {kind.key for kind in knowledge.data_sensitivity.kinds}
    for i, category in enumerate(assessment.description.data_categories):
        if category.kind not in known:
            message = (
                f"Data category '{category.id}' is of kind '{category.kind}', which the knowledge "
                f"base does not know, so its recorded sensitivity ({category.sensitivity.value}) "
                "cannot be checked against a default."
            )
            yield (
                f"description.data_categories[{i}].kind",
                message,
                {"category": category.id, "kind": category.kind},
            )


@rule(
    "DSC-002",
    "minor",
    "Data category rated less sensitive than its kind, without a reason",
    reference="WP248 rev.01, criterion 4 (sensitive data or data of a highly personal nature); "
    "GDPR Art. 9(1), Art. 10",
    remedy="Raise the sensitivity to the kind's default, or write in the category's note why "
    "this data is less sensitive than usual.",
)
def sensitivity_below_default(assessment: Assessment, knowledge: Knowledge) -> Found:
    rank = {level.key: level.rank for level in knowledge.data_sensitivity.levels}
    defaults = {kind.key: kind.default_sensitivity for kind in knowledge.data_sensitivity.kinds}
    for i, category in enumerate(assessment.description.data_categories):
        default = defaults.get(category.kind)
        recorded = category.sensitivity.value
        if default is None or category.note or rank[recorded] >= rank[default]:
            continue
        message = (
            f"Data category '{category.id}' is recorded as {recorded}, but data of kind "
            f"'{category.kind}' is {default} by default, and no note says why this data is less "
            "sensitive. The risk of every purpose that uses it may be understated."
        )
        params = {
            "category": category.id,
            "kind": category.kind,
            "recorded": recorded,
            "default": default,
        }
        yield f"description.data_categories[{i}].sensitivity", message, params


@rule(
    "DSC-003",
    "minor",
    "Data category used by no purpose",
    reference="GDPR Art. 5(1)(b)-(c) (purpose limitation, data minimisation); Art. 35(7)(a)",
    remedy="Record the purpose that needs this data (with its legal basis), or stop collecting it.",
)
def category_without_purpose(assessment: Assessment, knowledge: Knowledge) -> Found:
    used = {cid for purpose in assessment.purposes for cid in purpose.data_categories}
    for i, category in enumerate(assessment.description.data_categories):
        if category.id not in used:
            message = (
                f"Data category '{category.id}' ({category.name}) is processed, but no purpose of "
                "this assessment uses it: data may only be kept for a purpose that needs it."
            )
            yield f"description.data_categories[{i}]", message, {"category": category.id}


@rule(
    "DSC-004",
    "minor",
    "Data category with no recorded source",
    reference="GDPR Art. 35(7)(a); WP248 rev.01, Annex 2 (systematic description); "
    "Art. 13(1), Art. 14(2)(f)",
    remedy="Record the data source (the person, observation, another company, public data, "
    "inference) that brings each category.",
)
def category_without_source(assessment: Assessment, knowledge: Knowledge) -> Found:
    description = assessment.description
    if not description.data_sources:
        count = len(description.data_categories)
        message = (
            f"No data source is recorded, so where the {count} data categories come from is not "
            "described; whether people must be told of another source (Art. 14) cannot be judged."
        )
        yield "description.data_sources", message, {"categories": count}
        return
    brought = {cid for source in description.data_sources for cid in source.data_categories}
    for i, category in enumerate(description.data_categories):
        if category.id not in brought:
            message = (
                f"No data source brings data category '{category.id}' ({category.name}): the "
                "description does not say where it comes from."
            )
            yield f"description.data_categories[{i}]", message, {"category": category.id}


# --- sources and recipients -----------------------------------------------------------------------


@rule(
    "DSC-005",
    "major",
    "Data from another company whose provider is not named",
    reference="GDPR Art. 14(2)(f) (the source must be given), Recital 61; Art. 35(7)(a)",
    remedy="Name the company or companies the data comes from, so people can be told its source "
    "and the supply contract can be checked.",
)
def third_party_source_without_provider(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, source in enumerate(assessment.description.data_sources):
        if source.kind is SourceKind.third_party and not source.provider:
            message = (
                f"Data source '{source.id}' brings data from another company but does not name "
                "it: people must be told where their data comes from, and the controller cannot "
                "check how the supplier obtained it."
            )
            yield f"description.data_sources[{i}].provider", message, {"source": source.id}


@rule(
    "DSC-006",
    "major",
    "Processor without a recorded processing contract",
    reference="GDPR Art. 28(3); Art. 28(4) for sub-processors",
    remedy="Confirm that a contract meeting Art. 28(3) binds the processor (Art. 28(4) for a "
    "sub-processor) and record it, or put one in place before data is shared.",
)
def processor_without_contract(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, recipient in enumerate(assessment.description.recipients):
        if recipient.role not in PROCESSOR_ROLES or recipient.processor_contract is True:
            continue
        state = "not recorded" if recipient.processor_contract is None else "absent"
        what = "is not recorded" if state == "not recorded" else "is recorded as absent"
        message = (
            f"Recipient '{recipient.id}' ({recipient.name}) processes data as a "
            f"{recipient.role.value.replace('_', '-')}, but a processing contract {what}: without "
            "one, nothing binds it to act only on instructions, keep the data secure and delete "
            "it at the end."
        )
        params = {"recipient": recipient.id, "role": recipient.role.value, "contract": state}
        yield f"description.recipients[{i}].processor_contract", message, params


@rule(
    "DSC-007",
    "minor",
    "Sub-processor recorded without a processor",
    reference="GDPR Art. 28(2) and 28(4)",
    remedy="Record the processor that engaged the sub-processor, or correct the recipient's role.",
)
def sub_processor_without_processor(assessment: Assessment, knowledge: Knowledge) -> Found:
    recipients = assessment.description.recipients
    if any(r.role is RecipientRole.processor for r in recipients):
        return
    for i, recipient in enumerate(recipients):
        if recipient.role is RecipientRole.sub_processor:
            message = (
                f"Recipient '{recipient.id}' is recorded as a sub-processor, but no processor is "
                "recorded: who engaged it, and with the controller's authorisation?"
            )
            yield f"description.recipients[{i}].role", message, {"recipient": recipient.id}


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
        purpose = f.purpose
        if vulnerable:
            message = (
                f"Purpose '{purpose.id}' profiles people, including vulnerable people "
                f"({', '.join(concerned)}), and the assessment records no automated decision "
                "under Art. 22. Targeting that exploits a vulnerability can have a similarly "
                "significant effect: the assessment should say why Art. 22 is not engaged."
            )
        else:
            message = (
                f"Purpose '{purpose.id}' profiles people and the assessment records no automated "
                "decision under Art. 22. Targeted advertising usually has no similarly "
                "significant effect, but can have one depending on how intrusive it is: keep the "
                "reasoning on record."
            )
        yield f"{f.at}.profiling", message, {"purpose": purpose.id, "vulnerable": concerned}


@rule(
    "DSC-008",
    "info",
    "Profiling where Art. 22 is recorded as not engaged",
    reference="GDPR Art. 22(1), Art. 4(4); WP251 rev.01 (automated decision-making and "
    "profiling), on similarly significant effects of targeted advertising",
    remedy="Record why the profiling's effects on people are not legal or similarly significant.",
)
def profiling_art22_not_engaged(assessment: Assessment, knowledge: Knowledge) -> Found:
    yield from _profiling_without_art22(assessment, vulnerable=False)


@rule(
    "DSC-009",
    "minor",
    "Profiling of vulnerable people where Art. 22 is recorded as not engaged",
    reference="GDPR Art. 22(1), Recital 71; WP251 rev.01 (automated decision-making and "
    "profiling), on similarly significant effects for vulnerable people; WP248 rev.01, criterion 7",
    remedy="Assess whether the profiling has a similarly significant effect on the vulnerable "
    "people it concerns; if it may, apply Art. 22 or exclude them.",
)
def profiling_vulnerable_art22_not_engaged(assessment: Assessment, knowledge: Knowledge) -> Found:
    yield from _profiling_without_art22(assessment, vulnerable=True)


# --- scale and sources of facts -------------------------------------------------------------------


@rule(
    "DSC-010",
    "minor",
    "Group of people without an approximate number",
    reference="WP248 rev.01, criterion 5 (large scale), factor (a) the number of data subjects",
    remedy="Record roughly how many people the group holds (an order of magnitude is enough).",
)
def group_without_count(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, group in enumerate(assessment.description.data_subjects):
        if group.approximate_count is None:
            message = (
                f"The number of people in group '{group.id}' ({group.name}) is not recorded, so "
                "whether the processing is on a large scale cannot be judged."
            )
            yield f"description.data_subjects[{i}].approximate_count", message, {"group": group.id}


@rule(
    "DSC-011",
    "minor",
    "Description items that cite no source",
    reference="GDPR Art. 5(2) (accountability), Art. 35(7)(a); WP248 rev.01, Annex 2",
    remedy="Add to each item the document and section its facts were taken from.",
)
def items_without_sources(assessment: Assessment, knowledge: Knowledge) -> Found:
    for section in SOURCED_SECTIONS:
        items = getattr(assessment.description, section)
        unsourced = [i for i, item in enumerate(items) if not item.sources]
        if not unsourced:
            continue
        first = items[unsourced[0]].id
        count = len(unsourced)
        label = section.replace("_", " ")
        message = (
            f"{count} of the {len(items)} {label} cite no source (first: '{first}'): a reviewer "
            "cannot check where these facts come from."
        )
        params = {"section": section, "count": count, "total": len(items), "first": first}
        yield f"description.{section}[{unsourced[0]}].sources", message, params


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


@rule(
    "DSC-012",
    "info",
    "Document the analyst could not read",
    reference="GDPR Art. 35(7)(a); WP248 rev.01, Annex 2 (systematic description)",
    remedy="Obtain the document and check the assessment against it, or record why it is not "
    "needed.",
)
def unavailable_document(assessment: Assessment, knowledge: Knowledge) -> Found:
    unread = [(i, d) for i, d in enumerate(assessment.metadata.documents) if not d.available]
    if not unread:
        return
    citations = _citations(assessment, {})
    for i, document in unread:
        cited = citations.get(document.id, 0)
        if cited:
            message = (
                f"Document '{document.id}' ({document.title}) could not be read, yet {cited} "
                "recorded facts cite it: they rest on a document the analyst has not seen."
            )
        else:
            message = (
                f"Document '{document.id}' ({document.title}) is listed but could not be read: "
                "whatever it says about this processing is missing from the assessment."
            )
        yield f"metadata.documents[{i}]", message, {"document": document.id, "citations": cited}
