"""View-models of necessity and proportionality (purposes, legal bases, rights) and consultation.

Every label comes from the catalogue; the analyst's own text (reasoning, notes) stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from pia.model import BASES_LAID_DOWN_BY_LAW, Assessment, Purpose, Sensitivity
from pia.report.i18n import Catalog
from pia.report.parts import Field, ids, sources_of
from pia.scoring import ScoredItem

# --- necessity and proportionality ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Basis:
    label: str
    applies_when: str | None
    scope: str | None
    law: str  # Art. 6(3): the law behind a legal obligation or public task; `—` for the others
    sources: str
    note: str | None


@dataclass(frozen=True, slots=True)
class InterestStep:
    label: str
    outcome_key: str
    outcome: str
    reasoning: str | None


@dataclass(frozen=True, slots=True)
class CheckView:
    label: str
    status_key: str
    status: str


@dataclass(frozen=True, slots=True)
class PurposeView:
    id: str
    name: str
    description: str | None
    facts: tuple[Field, ...]
    bases: tuple[Basis, ...]
    interest: tuple[Field, ...]
    interest_steps: tuple[InterestStep, ...]
    consent: tuple[Field, ...]
    soft_opt_in: tuple[Field, ...]
    objection: tuple[Field, ...]
    transparency: tuple[Field, ...]
    checks: tuple[CheckView, ...]
    notes: tuple[str, ...]
    sources: str


@dataclass(frozen=True, slots=True)
class NecessityChapter:
    purposes: tuple[PurposeView, ...]
    rights: tuple[Field, ...]
    refusals: tuple[Field, ...]
    rights_note: str | None


def checks_of(item: ScoredItem | None, cat: Catalog) -> tuple[CheckView, ...]:
    if item is None:
        return ()
    return tuple(
        CheckView(cat.text(f"check-{c.key}"), c.status, cat.enum("check_status", c.status))
        for c in item.checks
    )


def _field(cat: Catalog, label: str, value: str | bool | None) -> Field:
    if isinstance(value, bool) or value is None:
        return Field(cat.get(f"labels.{label}"), cat.answer(value), value is None)
    return Field(cat.get(f"labels.{label}"), value)


def _purpose(
    p: Purpose, item: ScoredItem | None, cat: Catalog, special: frozenset[str] = frozenset()
) -> PurposeView:
    L = cat.get("labels")
    facts: tuple[Field, ...] = (
        Field(L["profiling"], cat.answer(p.profiling)),
        Field(L["direct_marketing"], cat.answer(p.direct_marketing)),
        Field(L["channels"], ", ".join(cat.enum("channel", c) for c in p.channels) or "—"),
        Field(L["categories"], ids(p.data_categories) or "—"),
        Field(L["data_subjects"], ids(p.data_subjects) or "—"),
        Field(L["data_sources"], ids(p.data_sources) or "—"),
    )
    exception = p.special_category_exception
    if exception is not None or special & set(p.data_categories):
        facts += (
            Field(
                L["special_category_exception"],
                cat.enum("special_category_exception", exception)
                if exception is not None
                else L["not_recorded"],
                exception is None,
            ),
        )
    bases = tuple(
        Basis(
            cat.bases([c.basis]),
            c.applies_when,
            c.scope,
            (c.law or L["not_recorded"]) if c.basis in BASES_LAID_DOWN_BY_LAW else "—",
            sources_of(c),
            c.note,
        )
        for c in p.legal_bases
    )
    interest: tuple[Field, ...] = ()
    steps: tuple[InterestStep, ...] = ()
    notes = [p.note] if p.note else []
    if (li := p.legitimate_interest) is not None:
        interest = (_field(cat, "interest", li.interest or L["not_recorded"]),)
        steps = tuple(
            InterestStep(
                cat.enum("interest_step", step),
                test.outcome.value,
                cat.enum("test_outcome", test.outcome),
                test.reasoning,
            )
            for step, test in (
                ("purpose", li.purpose_test),
                ("necessity", li.necessity_test),
                ("balancing", li.balancing_test),
            )
        )
        notes += [li.note] if li.note else []
    consent: tuple[Field, ...] = ()
    if (c := p.consent) is not None:
        consent = (
            _field(cat, "how_obtained", c.how_obtained),
            _field(cat, "granular", c.granular),
            _field(cat, "records_kept", c.records_kept),
            _field(cat, "withdrawal_path", c.withdrawal_path),
            _field(cat, "withdrawal_called_objection", c.withdrawal_called_objection),
        )
        notes += [c.note] if c.note else []
    soft_opt_in: tuple[Field, ...] = ()
    if (so := p.soft_opt_in) is not None:
        soft_opt_in = (
            _field(cat, "details_from_sale", so.details_from_sale),
            _field(cat, "own_similar_products", so.own_similar_products),
            _field(cat, "objection_at_collection", so.objection_at_collection),
            _field(cat, "objection_in_each_message", so.objection_in_each_message),
        )
        notes += [so.note] if so.note else []
    objection: tuple[Field, ...] = ()
    if (o := p.objection) is not None:
        objection = (
            _field(cat, "objection_channel", o.channel),
            _field(cat, "as_easy", o.as_easy_as_collection),
            _field(cat, "brought_to_attention", o.brought_to_attention),
        )
        notes += [o.note] if o.note else []
    transparency = (
        _field(cat, "informed_at_collection", p.transparency.informed_at_collection),
        _field(cat, "informed_of_other_sources", p.transparency.informed_of_other_sources),
    )
    notes += [p.transparency.note] if p.transparency.note else []
    return PurposeView(
        p.id,
        p.name,
        p.description,
        facts,
        bases,
        interest,
        steps,
        consent,
        soft_opt_in,
        objection,
        transparency,
        checks_of(item, cat),
        tuple(notes),
        sources_of(p),
    )


def necessity_chapter(
    a: Assessment, items: dict[str, ScoredItem], cat: Catalog
) -> NecessityChapter:
    rights, L = a.rights, cat.get("labels")
    check = rights.identity_verification
    fields = (
        Field(
            L["channels"],
            ", ".join(cat.enum("channel", c) for c in rights.channels) or L["not_recorded"],
            not rights.channels,
        ),
        Field(
            L["identity_when"],
            cat.enum("identity_check", check.when),
            check.when.value == "unknown",
        ),
        Field(L["identity_documents"], "; ".join(check.documents) or "—"),
        _field(cat, "masking", check.masking or L["not_recorded"]),
        Field(L["more_proof"], cat.answer(check.more_proof_may_be_asked)),
        Field(
            L["response_time"], rights.response_time or L["not_recorded"], not rights.response_time
        ),
        Field(L["sources"], sources_of(rights) or "—"),
    )
    refusals = tuple(
        Field(cat.enum("refusal_ground", r.ground), r.wording or "—") for r in rights.refusals
    )
    notes = [n for n in (rights.note, check.note, *(r.note for r in rights.refusals)) if n]
    special = frozenset(
        c.id for c in a.description.data_categories if c.sensitivity is Sensitivity.special_category
    )
    return NecessityChapter(
        tuple(_purpose(p, items.get(p.id), cat, special) for p in a.purposes),
        fields,
        refusals,
        "\n\n".join(notes) or None,
    )


# --- consultation --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsultationChapter:
    dpo: tuple[Field, ...]
    dpo_missing: str | None
    views: tuple[Field, ...]
    note: str | None


def consultation_chapter(a: Assessment, cat: Catalog) -> ConsultationChapter:
    c, L = a.consultation, cat.get("labels")
    dpo: tuple[Field, ...] = ()
    if c.dpo is not None:
        dpo = (
            _field(cat, "name", c.dpo.name or L["not_recorded"]),
            Field(L["date"], cat.date(c.dpo.date), c.dpo.date is None),
            _field(cat, "advice", c.dpo.advice),
            _field(cat, "followed", c.dpo.followed),
            _field(cat, "reasons_not_followed", c.dpo.reasons_if_not_followed or "—"),
        )
    v = c.data_subjects
    views = (
        _field(cat, "sought", v.sought),
        _field(cat, "views", v.views or "—"),
        _field(cat, "why_not_sought", v.why_not_sought or "—"),
    )
    notes = [n for n in (c.note, c.dpo.note if c.dpo else None, v.note) if n]
    missing = cat.text("texts.no_dpo_advice") if c.dpo is None else None
    return ConsultationChapter(dpo, missing, views, "\n\n".join(notes) or None)
