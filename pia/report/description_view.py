"""View-model of the systematic description (Art. 35(7)(a)): data, people, sources, recipients.

Every label comes from the catalogue; the analyst's own text (names, notes) is copied as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pia.model import Assessment, DeletionMethod, FactsLanguage, RetentionRule, Transfer
from pia.report.i18n import Catalog
from pia.report.parts import Field, Row, Table, ids, sources_of

# --- description ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DescriptionChapter:
    processing: str
    facts: tuple[Field, ...]  # automated decisions (Art. 22), WP248 criteria 8 and 9
    categories: Table
    subjects: Table
    sources: Table
    recipients: Table
    transfers: Table
    retention: Table
    documents: Table


def country_name(cat: Catalog, code: str | None) -> str:
    """A country's name in the report's language, with its code: `India (IN)`; a code the
    catalogue does not know is shown as it is."""
    if not code:
        return cat.get("labels.not_recorded")
    if not cat.speaker.has("country", code):
        return code
    return f"{cat.enum('country', code)} ({code})"


def archive_text(rule: RetentionRule, cat: Catalog) -> str:
    """The archive after active use in words: `7 years, legal obligation, restricted access: yes`.

    `—` when the data are not archived and no archive is recorded."""
    L, archive = cat.get("labels"), rule.archive
    if archive is None:
        archived = rule.deletion is DeletionMethod.archive_then_erasure
        return L["not_recorded"] if archived else "—"
    return ", ".join(
        (
            cat.period(archive.period),
            cat.enum("archive_ground", archive.ground),
            f"{L['access_restricted']}: {cat.answer(archive.access_restricted)}",
        )
    )


def tool_text(t: Transfer, cat: Catalog) -> str:
    """The transfer tool, its SCC module, and DPF certification where it matters (the US)."""
    text = cat.enum("transfer_tool", t.tool)
    if t.scc_module:
        text += f", {cat.get('labels.scc_module')} {t.scc_module}"
    if t.country == "US" or t.dpf_certified is not None:
        text += f"; {cat.get('labels.dpf_certified')}: {cat.answer(t.dpf_certified)}"
    return text


def description_chapter(a: Assessment, cat: Catalog) -> DescriptionChapter:
    d, L = a.description, cat.get("labels")
    unknown = L["not_recorded"]

    def enums(group: str, values: Iterable[Any]) -> str:
        return ", ".join(cat.enum(group, v) for v in values) or "—"

    def kind(key: str) -> str:
        """A kind the knowledge base does not know (finding DSC-001) stays as recorded."""
        return cat.enum("data_kind", key) if cat.speaker.has("data_kind", key) else key

    categories = Table(
        (L["id"], L["name"], L["kind"], L["sensitivity"], L["declared"], L["inferred"]),
        tuple(
            Row(
                c.id,
                (
                    c.name,
                    kind(c.kind),
                    cat.enum("sensitivity", c.sensitivity),
                    cat.answer(c.declared_to_data_subjects),
                    cat.answer(c.inferred),
                ),
                sources_of(c),
                c.note,
            )
            for c in d.data_categories
        ),
    )
    subjects = Table(
        (L["id"], L["name"], L["kind"], L["vulnerable"], L["count"]),
        tuple(
            Row(
                g.id,
                (
                    g.name,
                    cat.enum("subject_kind", g.kind),
                    cat.answer(g.vulnerable),
                    f"{g.approximate_count:,}".replace(",", "\u202f")
                    if g.approximate_count is not None
                    else unknown,
                ),
                sources_of(g),
                g.note,
            )
            for g in d.data_subjects
        ),
    )
    sources = Table(
        (L["id"], L["name"], L["kind"], L["provider"], L["channels"], L["categories"]),
        tuple(
            Row(
                s.id,
                (
                    s.name,
                    cat.enum("source_kind", s.kind),
                    s.provider or "—",
                    enums("channel", s.channels),
                    ids(s.data_categories) or "—",
                ),
                sources_of(s),
                s.note,
            )
            for s in d.data_sources
        ),
    )
    recipients = Table(
        (
            L["id"],
            L["name"],
            L["role"],
            L["service"],
            L["country"],
            L["parent_country"],
            L["processor_contract"],
        ),
        tuple(
            Row(
                r.id,
                (
                    r.name,
                    cat.enum("recipient_role", r.role),
                    r.service or "—",
                    country_name(cat, r.country),
                    country_name(cat, r.parent_country),
                    cat.answer(r.processor_contract),
                ),
                sources_of(r),
                r.note,
            )
            for r in d.recipients
        ),
    )
    names = {r.id: r.name for r in d.recipients}
    transfers = Table(
        (
            L["id"],
            L["recipient"],
            L["country"],
            L["kind"],
            L["tool"],
            L["impact_assessment"],
            L["data_protection"],
            L["supplementary_measures"],
            L["reevaluation"],
        ),
        tuple(
            Row(
                t.id,
                (
                    names.get(t.recipient, t.recipient),
                    country_name(cat, t.country),
                    cat.enum("transfer_kind", t.kind),
                    tool_text(t, cat),
                    cat.answer(t.impact_assessment_done),
                    cat.enum("data_protection", t.data_protection),
                    "; ".join(t.supplementary_measures) or "—",
                    t.reevaluation_due or unknown,
                ),
                sources_of(t),
                t.note,
            )
            for t in d.transfers
        ),
    )
    retention = Table(
        (
            L["id"],
            L["applies_to"],
            L["period"],
            L["trigger"],
            L["justification"],
            L["deletion"],
            L["archive"],
            L["purposes"],
        ),
        tuple(
            Row(
                r.id,
                (
                    enums("retention_group", r.applies_to),
                    cat.period(r.period),
                    r.trigger or unknown,
                    r.justification or unknown,
                    cat.enum("deletion", r.deletion),
                    archive_text(r, cat),
                    ids(r.purposes) or "—",
                ),
                sources_of(r),
                r.note,
            )
            for r in d.retention_rules
        ),
    )
    documents = Table(
        (L["id"], L["title"], L["document_date"], L["language"], L["available"], L["location"]),
        tuple(
            Row(
                doc.id,
                (
                    doc.title,
                    cat.date(doc.date),
                    language_name(doc.language, cat),
                    cat.answer(doc.available),
                    doc.location or "—",
                ),
                "",
                doc.note,
            )
            for doc in a.metadata.documents
        ),
    )
    innovative = cat.answer(d.innovative_technology)
    if d.innovative_technology and d.innovation:
        innovative += f" ({d.innovation})"
    facts = (
        Field(L["automated_decisions"], cat.answer(d.automated_decisions_art22)),
        Field(L["innovative_technology"], innovative, d.innovative_technology is None),
        Field(
            L["prevents_exercising_rights"],
            cat.answer(d.prevents_exercising_rights),
            d.prevents_exercising_rights is None,
        ),
    )
    return DescriptionChapter(
        d.processing,
        facts,
        categories,
        subjects,
        sources,
        recipients,
        transfers,
        retention,
        documents,
    )


def language_name(code: str | None, cat: Catalog) -> str:
    """A document's language in words where the catalogue has it (`nl`: "Dutch"), else its code."""
    if code is None:
        return "—"
    known = FactsLanguage.__members__.get(code)
    return cat.enum("facts_language", known) if known else code
