"""The Art. 30(1) record of processing activities: one row per purpose, over many assessments."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pia.atomic_write import write_atomically
from pia.errors import PiaError
from pia.model import (
    Assessment,
    LegalBasis,
    MeasureKind,
    MeasureStatus,
    Purpose,
    Transfer,
    TransferTool,
)
from pia.spreadsheet import csv_bytes, xlsx_bytes
from pia.words import speaker

# The record is written in English; every value is said by the catalogue (pia/words/en).
NOT_RECORDED = "not recorded"
NONE_RECORDED = "none recorded"
SEP = "; "

ASSESSMENT = "Assessment"
PURPOSE_ID = "Purpose id"
CONTROLLER = "Art. 30(1)(a) controller name"
ADDRESS = "Art. 30(1)(a) controller address"
COMPANY_NUMBER = "Art. 30(1)(a) controller company number"
DPO = "Art. 30(1)(a) DPO contact"
PURPOSE = "Art. 30(1)(b) purpose"
PURPOSE_DESCRIPTION = "Art. 30(1)(b) purpose description"
LEGAL_BASES = "Legal bases (Art. 6(1))"
SUBJECTS = "Art. 30(1)(c) categories of data subjects"
DATA = "Art. 30(1)(c) categories of personal data"
RECIPIENTS = "Art. 30(1)(d) categories of recipients"
TRANSFERS = "Art. 30(1)(e) third-country transfers and safeguards"
RETENTION = "Art. 30(1)(f) envisaged time limits for erasure"
SECURITY = "Art. 30(1)(g) technical and organisational security measures"

COLUMNS = (
    ASSESSMENT,
    PURPOSE_ID,
    CONTROLLER,
    ADDRESS,
    COMPANY_NUMBER,
    DPO,
    PURPOSE,
    PURPOSE_DESCRIPTION,
    LEGAL_BASES,
    SUBJECTS,
    DATA,
    RECIPIENTS,
    TRANSFERS,
    RETENTION,
    SECURITY,
)

# Measures that count as "in place or decided" for the record's summary of security (30(1)(g)).
_SECURITY_STATUSES = (MeasureStatus.implemented, MeasureStatus.in_progress, MeasureStatus.planned)
_SECURITY_KINDS = (MeasureKind.technical, MeasureKind.organisational)


class RopaError(PiaError):
    """The record could not be written (unknown file type, or a missing optional library)."""


def ropa(assessments: Iterable[Assessment]) -> pd.DataFrame:
    """The Art. 30(1) record: one row per processing purpose of every assessment, in order."""
    rows = [_row(a, p) for a in assessments for p in a.purposes]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def write(frame: pd.DataFrame, out: str | Path) -> Path:
    """Write the record as UTF-8 CSV (`.csv`) or as a spreadsheet (`.xlsx`, needs openpyxl).

    Written whole (`pia.atomic_write`): a failed or killed write leaves the previous record.
    No cell is a formula (`pia.spreadsheet`): analyst text stays text in any spreadsheet.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise RopaError(f"{out}: write the record as .csv or .xlsx")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        return write_atomically(out, csv_bytes(frame))
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise RopaError(
            f"{out}: writing .xlsx needs openpyxl; install it (pip install openpyxl) "
            "or write .csv instead"
        ) from None
    return write_atomically(out, xlsx_bytes(frame, "Art. 30 record"))


def _row(a: Assessment, p: Purpose) -> dict[str, str]:
    meta, d = a.metadata, a.description
    categories = p.data_categories or [c.id for c in d.data_categories]
    subjects = p.data_subjects or [s.id for s in d.data_subjects]
    return {
        ASSESSMENT: meta.title,
        PURPOSE_ID: p.id,
        CONTROLLER: meta.controller.name,
        ADDRESS: meta.controller.address or NOT_RECORDED,
        COMPANY_NUMBER: meta.controller.company_number or NOT_RECORDED,
        DPO: meta.dpo_contact or NOT_RECORDED,
        PURPOSE: p.name,
        PURPOSE_DESCRIPTION: p.description or NOT_RECORDED,
        LEGAL_BASES: _legal_bases(p),
        SUBJECTS: _names(d.data_subjects, subjects),
        DATA: _names(d.data_categories, categories),
        RECIPIENTS: _recipients(a, set(categories)),
        TRANSFERS: _transfers(a, set(categories)),
        RETENTION: _retention(a, p, set(categories)),
        SECURITY: _security(a),
    }


def _label(group: str, value: object) -> str:
    return speaker("en").label(group, value)


def _names(items: list, ids: list[str]) -> str:
    by_id = {item.id: item.name for item in items}
    return SEP.join(by_id.get(i, i) for i in ids) or NOT_RECORDED


def _legal_bases(p: Purpose) -> str:
    seen: list[LegalBasis] = []
    for claim in p.legal_bases:
        if claim.basis not in seen:
            seen.append(claim.basis)
    return SEP.join(f"{_label('legal_basis', b)} ({b.article})" for b in seen)


def _concerns(ids: list[str], categories: set[str]) -> bool:
    """A recipient or transfer with no categories named is taken to receive the purpose's data."""
    return not ids or bool(categories.intersection(ids))


def _recipients(a: Assessment, categories: set[str]) -> str:
    out = [
        f"{r.name} ({_label('recipient_role', r.role)}, {r.country})"
        for r in a.description.recipients
        if _concerns(r.data_categories, categories)
    ]
    return SEP.join(out) or NONE_RECORDED


def _transfers(a: Assessment, categories: set[str]) -> str:
    names = {r.id: r.name for r in a.description.recipients}
    out = []
    for t in a.description.transfers:
        if not _concerns(t.data_categories, categories):
            continue
        out.append(f"{names.get(t.recipient, t.recipient)} to {t.country}: {_safeguard(t)}")
    return SEP.join(out) or NONE_RECORDED


def _safeguard(t: Transfer) -> str:
    if t.tool is TransferTool.unknown:
        return f"transfer tool {NOT_RECORDED}"
    if t.tool is TransferTool.none:
        return "no transfer tool"
    text = _label("transfer_tool", t.tool)
    if t.tool is TransferTool.scc_2021_914:
        text += f", module {t.scc_module or NOT_RECORDED}"
    return text


def _retention(a: Assessment, p: Purpose, categories: set[str]) -> str:
    out = []
    for rule in a.description.retention_rules:
        if rule.purposes:
            covers = p.id in rule.purposes
        else:
            covers = _concerns(rule.data_categories, categories)
        if not covers:
            continue
        groups = ", ".join(_label("retention_group", g) for g in rule.applies_to)
        period = speaker("en").period(rule.period) if rule.period else f"period {NOT_RECORDED}"
        trigger = f"from {rule.trigger}" if rule.trigger else f"trigger {NOT_RECORDED}"
        archive = ""
        if rule.archive is not None:  # Art. 30(1)(f): the time limit for erasure includes it
            kept = rule.archive.period
            kept_for = speaker("en").period(kept) if kept else f"period {NOT_RECORDED}"
            archive = f", then archive {kept_for}"
        out.append(f"{groups}: {period}, {trigger}{archive}")
    return SEP.join(out) or NOT_RECORDED


def _security(a: Assessment) -> str:
    out = [
        f"{m.title} ({_label('measure_kind', m.kind)}, {_label('measure_status', m.status)})"
        for m in a.measures
        if m.kind in _SECURITY_KINDS and m.status in _SECURITY_STATUSES
    ]
    return SEP.join(out) or NONE_RECORDED
