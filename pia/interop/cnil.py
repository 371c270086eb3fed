"""The CNIL PIA software's JSON export: write an assessment as it, and read one back.

Text there is HTML: ours is escaped on export, theirs is reduced to plain text on import.
`MAPPED_FIELDS` lists what survives ours -> CNIL -> ours; everything else is written as readable
text only, and `from_cnil` returns what it could not carry over.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from pia.interop import bullets, paragraphs
from pia.interop.cnil_import import read
from pia.interop.cnil_layout import CNIL_RISKS, HEADS
from pia.model import (
    BASES_LAID_DOWN_BY_LAW,
    SCALE_LEVELS,
    Assessment,
    Decision,
    DeletionMethod,
    RecipientRole,
)
from pia.words import speaker

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners

# Question ids of the CNIL tool's tree (pia_architecture.json, PIA 4.1.0).
QUESTION_IDS = (
    *range(111, 114), *range(121, 124), *range(211, 216), *range(221, 228),
    *(r * 10 + q for r in (32, 33, 34) for q in range(1, 7)),
)  # fmt: skip
# What ours -> CNIL -> ours keeps ([] = every item of a list, compared in order).
MAPPED_FIELDS = (
    "metadata.title",
    "metadata.analysts",
    "metadata.controller.name",
    "description.processing",
    "description.data_categories[].name",
    "description.data_subjects[].name",
    "description.recipients[].name",
    "description.recipients[].role",
    "description.recipients[].country",
    "description.transfers[].country",
    "description.transfers[].kind",
    "description.transfers[].tool",
    "purposes[].name",
    "purposes[].description",
    "purposes[].legal_bases[].basis",
    "measures[].title",
    "measures[].description",
    "consultation.dpo.name",
    "consultation.dpo.advice",
    "consultation.data_subjects.sought",
    "consultation.data_subjects.views",
    "consultation.data_subjects.why_not_sought",
)


# --- export --------------------------------------------------------------------------------------
# The export is in English: values are said by the catalogue (pia/words/en), except the codes of
# the recipient and transfer lines of 1.2.1 and 2.2.7, which `cnil_import` reads back.
def _label(group: str, value: Any) -> str:
    return speaker("en").label(group, value)


def _archive(rule: Any) -> str:
    """`; then archive 7 years (legal obligation, access restricted: yes)`, or nothing."""
    archive = rule.archive
    if archive is None:
        archived = rule.deletion is DeletionMethod.archive_then_erasure
        return "; then an archive, not recorded" if archived else ""
    yn = {True: "yes", False: "no", None: "unknown"}
    return (
        f"; then archive {archive.period or 'period unknown'} "
        f"({_label('archive_ground', archive.ground)}, access restricted: "
        f"{yn[archive.access_restricted]})"
    )


def _laws_and_exceptions(a: Assessment) -> list[str]:
    """The Art. 6(3) law of each legal obligation or public task, and each Art. 9(2) exception,
    as lines after the purposes' bases (which the import reads back by purpose name)."""
    lines = [
        f"Law laying down the {_label('legal_basis', c.basis)} of {p.name} (Art. 6(3)): "
        f"{c.law or 'not recorded'}"
        for p in a.purposes
        for c in p.legal_bases
        if c.basis in BASES_LAID_DOWN_BY_LAW
    ]
    lines += [
        f"Exception for special-category data of {p.name}: "
        f"{_label('special_category_exception', p.special_category_exception)}"
        for p in a.purposes
        if p.special_category_exception is not None
    ]
    return lines


def _iso(day: dt.date | None) -> str:
    return f"{(day or dt.date.today()).isoformat()}T00:00:00.000Z"


def _gauge(rank: int, method: str) -> int:
    return max(0, min(4, round(rank * 4 / len(SCALE_LEVELS[method]["severity"])))) if rank else 0


def _cnil_status(decision: Decision | None, state: str) -> int:
    """Validated (2) or refused (1) only for a verified, current sign-off; else in progress."""
    if decision is None or state != "verified":
        return 0
    return 1 if decision == Decision.reject else 2


def to_cnil(
    assessment: Assessment, result: Any = None, signers: AllowedSigners | None = None
) -> dict:
    """The assessment as the JSON the CNIL PIA tool imports (`{pia, answers, measures, ...}`).

    The CNIL status says validated (2) or refused (1) only for a sign-off whose signature
    `signers` verify and whose content is current; anything else is in progress (0).
    """
    from pia.result import assess
    from pia.signoff import status

    a, d = assessment, assessment.description
    r = result or assess(a)
    created = _iso(a.metadata.assessment_date)
    updated = _iso(a.signoffs[-1].date if a.signoffs else a.metadata.assessment_date)
    names = {x.id: x.name for x in d.recipients}
    yn = {True: "yes", False: "no", None: "unknown"}
    processors = [
        x for x in d.recipients if x.role in (RecipientRole.processor, RecipientRole.sub_processor)
    ]
    retention = [
        f"{', '.join(_label('retention_group', g) for g in x.applies_to)}: "
        f"{speaker('en').period(x.period) if x.period else 'period unknown'}"
        f" from {x.trigger or 'unknown trigger'}{_archive(x)}"
        for x in d.retention_rules
    ]
    sev = max((x.residual_severity for x in r.risks), default=0)
    lik = max((x.residual_likelihood for x in r.risks), default=0)
    gauges = {"x": _gauge(sev, r.method), "y": _gauge(lik, r.method)}
    loose = (
        f"The workbook scores purposes ({len(r.purposes)}), transfers ({len(r.transfers)}) "
        f"and retention rules ({len(r.retention)}), not CNIL's feared events; this gauge is "
        "the highest residual {axis} rank of its risk register ({rank} on the "
        f"{r.method} scale), which maps onto this CNIL risk only loosely."
    )
    texts = {
        111: paragraphs(d.processing),
        112: paragraphs(f"Controller: {a.metadata.controller.name}")
        + (paragraphs("Processors:") + bullets([x.name for x in processors]) if processors else ""),
        121: "".join(
            paragraphs(HEADS[k]) + bullets(v)
            for k, v in (
                ("categories", [c.name for c in d.data_categories]),
                ("subjects", [s.name for s in d.data_subjects]),
                ("recipients", [f"{x.name} ({x.role.value}, {x.country})" for x in d.recipients]),
                ("retention", retention),
            )
            if v
        ),
        211: bullets(
            [f"{p.name} — {p.description}" if p.description else p.name for p in a.purposes]
        ),
        212: bullets(
            [
                f"{p.name}: "
                + "; ".join(
                    f"{_label('legal_basis', c.basis)} ({c.basis.article})" for c in p.legal_bases
                )
                for p in a.purposes
            ]
        )
        + bullets(_laws_and_exceptions(a)),
        215: bullets(retention),
        221: bullets(
            [
                f"{p.name}: informed at collection: {yn[p.transparency.informed_at_collection]}"
                f"; informed of other sources: {yn[p.transparency.informed_of_other_sources]}"
                for p in a.purposes
            ]
        ),
        222: bullets(
            [
                f"{p.name}: {p.consent.how_obtained or 'how consent is obtained is unknown'}"
                f"; withdrawal: {p.consent.withdrawal_path or 'unknown'}"
                for p in a.purposes
                if p.consent
            ]
            + [
                f"{p.name}: no consent for e-mail or SMS advertising to existing customers "
                "(soft opt-in, Directive 2002/58/EC Art. 13(2)): details from a sale: "
                f"{yn[p.soft_opt_in.details_from_sale]}; own similar products: "
                f"{yn[p.soft_opt_in.own_similar_products]}; opt-out at collection: "
                f"{yn[p.soft_opt_in.objection_at_collection]}; opt-out in every message: "
                f"{yn[p.soft_opt_in.objection_in_each_message]}"
                for p in a.purposes
                if p.soft_opt_in
            ]
        ),
        225: bullets(
            [
                f"{p.name}: {p.objection.channel or 'channel unknown'}"
                for p in a.purposes
                if p.objection
            ]
        ),
        226: bullets(
            [f"{x.name}: Art. 28(3) contract: {yn[x.processor_contract]}" for x in processors]
        ),
        227: bullets(
            [
                f"{names.get(t.recipient, t.recipient)} -> {t.country} "
                f"({t.kind.value}, {t.tool.value})"
                for t in d.transfers
            ]
            # after the transfers, so their lines keep the shape the import reads back
            + [
                f"DPF certification of {names.get(t.recipient, t.recipient)} (EU-US Data Privacy "
                f"Framework, Art. 45): {yn[t.dpf_certified]}"
                for t in d.transfers
                if t.country == "US" or t.dpf_certified is not None
            ]
        ),
    }
    for n in range(len(CNIL_RISKS)):
        base = 300 + (n + 2) * 10
        texts[base + 5] = paragraphs(loose.format(axis="severity", rank=sev))
        texts[base + 6] = paragraphs(loose.format(axis="likelihood", rank=lik))
    answers = [
        {
            "id": i + 1,
            "pia_id": 1,
            "reference_to": q,
            "created_at": created,
            "updated_at": updated,
            "data": {
                "text": t,
                "list": [],
                "gauge": gauges["x" if q % 10 == 5 else "y"] if q > 300 else 0,
            },
        }
        for i, (q, t) in enumerate(texts.items())
        if t
    ]
    measures = [
        {
            "id": i + 1,
            "pia_id": 1,
            "title": m.title,
            "content": paragraphs(m.description),
            "placeholder": "",
            "created_at": created,
            "updated_at": updated,
        }
        for i, m in enumerate(a.measures)
    ]
    refs = [
        "1.1",
        "1.2",
        *(f"2.1.{q}" for q in range(211, 216)),
        *(f"2.2.{q}" for q in range(221, 228)),
        *(f"3.1.{m['id']}" for m in measures),
        *CNIL_RISKS,
    ]
    evaluations = [
        {
            "id": i + 1,
            "pia_id": 1,
            "reference_to": ref,
            "status": 0,
            "evaluation_comment": "",
            "action_plan_comment": "",
            "gauges": gauges if ref in CNIL_RISKS else {"x": 0, "y": 0},
            "estimated_implementation_date": None,
            "person_in_charge": "",
            "global_status": 0,
            "created_at": created,
            "updated_at": updated,
        }
        for i, ref in enumerate(refs)
    ]
    state = status(a, signers)
    last = a.signoffs[-1] if a.signoffs else None
    dpo, people = a.consultation.dpo, a.consultation.data_subjects
    pia = {
        "id": 1,
        "name": a.metadata.title,
        "category": "",
        "status": _cnil_status(last.decision if last else None, state),
        "author_name": "; ".join(a.metadata.analysts),
        "evaluator_name": "; ".join(s.name for s in a.signoffs[:-1]),
        "validator_name": last.name if last else "",
        "dpo_status": None,
        "dpo_opinion": paragraphs(dpo.advice) if dpo else "",
        "dpos_names": (dpo.name or "") if dpo else "",
        "concerned_people_searched_opinion": people.sought,
        "concerned_people_opinion": paragraphs(people.views),
        "concerned_people_searched_content": paragraphs(people.why_not_sought),
        "concerned_people_status": None,
        "people_names": "",
        "rejection_reason": paragraphs(f"Rejected by {last.name} ({last.role}) on {last.date}")
        if state == "verified" and last and last.decision == Decision.reject
        else "",
        "applied_adjustments": "",
        "progress": 0,
        "is_example": 0,
        "is_archive": 0,
        "structure_id": None,
        "created_at": created,
        "updated_at": updated,
    }
    return {
        "pia": pia,
        "answers": answers,
        "measures": measures,
        "evaluations": evaluations,
        "comments": [],
    }


def from_cnil(data: dict) -> tuple[Assessment, list[str]]:
    """A CNIL PIA export as an assessment, and what was NOT carried over (question ids, fields)."""
    return read(data)
