"""Reading a CNIL PIA tool export into the workbook's model (`pia.interop.cnil.from_cnil`)."""

from __future__ import annotations

import re
from typing import Any

from pia.errors import PiaError
from pia.interop import as_name, bases_mentioned, blocks, cut, parse_date, plain
from pia.interop.cnil_layout import CNIL_RISKS, HEADS
from pia.model import (
    SCALE_LEVELS,
    Assessment,
    RecipientRole,
    TransferKind,
    TransferTool,
)
from pia.model.common import MAX_NAME

_CONTROLLER = re.compile(r"^(?:controller|responsable d[eu] traitement)\s*:\s*(.+?)\s*;?$", re.I)
_RECIPIENT = re.compile(r"^(.+) \((\w+), ([A-Z]{2})\)$")
_TRANSFER = re.compile(r"^(.+) -> ([A-Z]{2}) \((\w+), (\w+)\)$")


def _sections(lines: list[str]) -> dict[str, list[str]]:
    heads = {v: k for k, v in HEADS.items()}
    out: dict[str, list[str]] = {}
    current = None
    for line in lines:
        current = heads.get(line, current)
        if current and line not in heads:
            out.setdefault(current, []).append(line)
    return out


def read(data: dict) -> tuple[Assessment, list[str]]:
    """`pia.interop.cnil.from_cnil`: see there."""
    pia = data.get("pia") if isinstance(data, dict) else None
    if not isinstance(pia, dict):
        raise PiaError("not a CNIL PIA export: it has no `pia` object")
    left: list[str] = []
    ans = {
        a.get("reference_to"): a.get("data") or {}
        for a in data.get("answers") or []
        if isinstance(a, dict)
    }
    used: set[int] = set()

    def lines(q: int) -> list[str]:
        used.add(q)
        return blocks((ans.get(q) or {}).get("text"))

    def label(q: object) -> str:
        return f"imported from CNIL answer {q}"

    src = {"sources": ["cnil-export"]}
    used.add(111)
    resp = lines(112)
    controller = next((m.group(1) for x in resp if (m := _CONTROLLER.match(x))), None)
    if not controller:
        left.append("112 controller (not found; placeholder name)")
    sec = _sections(lines(121))
    recipients, rec_ids = [], {}
    for i, x in enumerate(sec.get("recipients", [])):
        m = _RECIPIENT.match(x)
        if m and m.group(2) in RecipientRole.__members__:
            rec_ids[m.group(1)] = f"recipient_{i + 1}"
            recipients.append(
                {
                    "id": f"recipient_{i + 1}",
                    "name": as_name(m.group(1)),
                    "role": m.group(2),
                    "country": m.group(3),
                    **src,
                }
            )
    transfers = []
    for i, x in enumerate(lines(227)):
        m = _TRANSFER.match(x)
        if (
            m
            and m.group(1) in rec_ids
            and m.group(3) in TransferKind.__members__
            and m.group(4) in TransferTool.__members__
        ):
            transfers.append(
                {
                    "id": f"transfer_{i + 1}",
                    "recipient": rec_ids[m.group(1)],
                    "country": m.group(2),
                    "kind": m.group(3),
                    "tool": m.group(4),
                    **src,
                }
            )
    if not transfers:
        used.discard(227)  # free text: kept in metadata.note
    full121 = plain((ans.get(121) or {}).get("text"))
    categories = [
        {
            "id": f"category_{i + 1}",
            "name": as_name(n),
            "kind": "imported",
            "sensitivity": "standard",
            "declared_to_data_subjects": False,
            **src,
        }
        for i, n in enumerate(sec.get("categories", []))
    ] or [
        {
            "id": "category_1",
            "name": "Data described in CNIL answer 121",
            "kind": "imported",
            "sensitivity": "standard",
            "declared_to_data_subjects": False,
            **src,
            "note": cut(f"{label(121)}: {full121 or 'no answer'}"),
        }
    ]
    subjects = [
        {"id": f"subjects_{i + 1}", "name": as_name(n), "kind": "other", **src}
        for i, n in enumerate(sec.get("subjects", []))
    ] or [
        {
            "id": "subjects_1",
            "name": "People concerned (not stated in the CNIL export)",
            "kind": "other",
            "note": "The CNIL tool has no question on the people concerned.",
        }
    ]
    left += [
        "121 kind, sensitivity and declared_to_data_subjects of data categories (set to "
        "imported, standard, false: check them)"
    ] + ([] if sec.get("retention") is None else ["121/215 retention rules (kept as note)"])
    purposes: list[dict[str, Any]] = []
    for i, x in enumerate(lines(211) or ["(no purpose in the CNIL export)"]):
        name, sep, desc = x.partition(" — ")
        named = bool(sep) or len(x) <= 120
        purposes.append(
            {
                "id": f"purpose_{i + 1}",
                "name": as_name(name) if named else cut(x, 120),
                "description": (desc or None) if named else x,
                "note": None if named else f"{label(211)} (text block {i + 1})",
                **src,
            }
        )
    basis_lines = [x for x in lines(212) if bases_mentioned(x)]
    for i, p in enumerate(purposes):
        own = next((x for x in basis_lines if x.startswith(p["name"] + ": ")), None)
        found = (
            [b for part in own[len(p["name"]) + 2 :].split("; ") for b in bases_mentioned(part)[:1]]
            if own
            else bases_mentioned(basis_lines[i])
            if len(basis_lines) == len(purposes)
            else []
        )
        if not own and found:
            p["note"] = "; ".join(
                filter(None, [p["note"], f"legal basis {label(212)} (matched by position: check)"])
            )
        if not found:
            left.append(f"212 legal basis of purpose_{i + 1} (placeholder consent: check)")
        p["legal_bases"] = [{"basis": b, **src} for b in found or ["consent"]]
    measures, by_title = [], {}
    for i, m in enumerate(data.get("measures") or []):
        title = as_name(m.get("title")) or f"Measure {i + 1}"
        kind = "technical" if "_TEC_" in str(m.get("placeholder")) else "organisational"
        by_title[title] = f"measure_{i + 1}"
        measures.append(
            {
                "id": f"measure_{i + 1}",
                "title": title,
                "description": plain(m.get("content")) or None,
                "kind": kind,
                **src,
            }
        )
    if measures:
        left.append("measures: kind (guessed from the CNIL placeholder), status, owner, due date")
    risks = []
    levels = SCALE_LEVELS["cnil"]["severity"]
    for n, (ref, title) in enumerate(CNIL_RISKS.items()):
        base = 300 + (n + 2) * 10
        got = {q: ans.get(base + q) or {} for q in range(1, 7)}
        if not any(got.values()):
            continue
        used.update(base + q for q in range(1, 7))
        risk: dict[str, Any] = {
            "id": f"cnil_{ref.replace('.', '_')}",
            "title": f"{title} (CNIL {ref})",
            "concerns": [p["id"] for p in purposes],
            "measures": [by_title[t] for t in got[4].get("list") or [] if t in by_title],
            **src,
        }
        impacts = "; ".join(got[1].get("list") or [])
        risk["impact"] = cut(impacts) or None
        extra = [
            f"threats: {'; '.join(got[2].get('list') or [])}",
            f"sources: {'; '.join(got[3].get('list') or [])}",
        ]
        risk["note"] = cut(f"{label(base + 2)}/{base + 3}: " + "; ".join(extra))
        for q, axis in ((5, "severity"), (6, "likelihood")):
            gauge = got[q].get("gauge")
            if isinstance(gauge, int) and 1 <= gauge <= 4:
                why = plain(got[q].get("text")) or "no justification given"
                risk[f"{axis}_override"] = {
                    "level": levels[gauge - 1],
                    "rationale": cut(f"{label(base + q)}: {why}"),
                }
        risks.append(risk)
    if risks:
        left.append(
            "3.2-3.4 risks: concern every imported purpose (the CNIL tool does not link "
            "risks to purposes); measures named in 3x4 but absent from 3.1 are dropped"
        )
    dpo_text = plain(pia.get("dpo_opinion"))
    dpo_status = pia.get("dpo_status")  # any JSON value: only 0 and 1 mean something
    dpo = (
        {
            "name": as_name(pia.get("dpos_names")) or None,
            "advice": cut(dpo_text, 20_000),
            **src,
            "note": {
                0: "CNIL DPO status: should not be used",
                1: "CNIL DPO status: could be implemented",
            }.get(dpo_status)
            if isinstance(dpo_status, int)
            else None,
        }
        if dpo_text
        else None
    )
    sought = pia.get("concerned_people_searched_opinion")
    people = {
        "sought": sought if isinstance(sought, bool) else None,
        "views": plain(pia.get("concerned_people_opinion")) or None,
        "why_not_sought": plain(pia.get("concerned_people_searched_content")) or None,
        "note": f"People consulted: {plain(pia.get('people_names'))}"
        if plain(pia.get("people_names"))
        else None,
    }
    kept = [
        f"[{label(q)}] {cut(plain(a.get('text')))}"
        for q, a in sorted(ans.items(), key=lambda kv: str(kv[0]))
        if q not in used and plain(a.get("text"))
    ]
    left += [
        f"{q} (kept as text in metadata.note)"
        for q in sorted(ans, key=str)
        if q not in used and plain(ans[q].get("text"))
    ]
    left += [
        f"{q} (list or gauge without text)"
        for q in sorted(ans, key=str)
        if q not in used and not plain(ans[q].get("text"))
    ]
    if pia.get("status") in (1, 2, 3, 4):
        left.append(f"pia.status {pia['status']} (a CNIL validation is not a workbook sign-off)")
    for key in ("rejection_reason", "applied_adjustments", "concerned_people_status"):
        if pia.get(key) not in (None, ""):
            left.append(f"pia.{key}")
    for key in ("evaluations", "comments"):
        if data.get(key):
            left.append(f"{key}: {len(data[key])} (review statuses, comments, action plans)")
    name = as_name(pia.get("name")) or "Imported CNIL PIA"
    doc = {
        "id": "cnil-export",
        "title": cut(f"CNIL PIA tool export: {name}", MAX_NAME),
        "date": parse_date(pia.get("updated_at")),
    }
    tree = {
        "metadata": {
            "title": name,
            "controller": {
                "name": as_name(controller) or "(controller not stated in the CNIL export)",
                **src,
            },
            "assessment_date": parse_date(pia.get("created_at")),
            "documents": [doc],
            "analysts": [
                as_name(x) for x in str(pia.get("author_name") or "").split(";") if as_name(x)
            ],
            "note": cut("\n\n".join(kept), 20_000) or None,
        },
        "description": {
            "processing": plain((ans.get(111) or {}).get("text"))
            or "(processing not described in the CNIL export)",
            "data_categories": categories,
            "data_subjects": subjects,
            "recipients": recipients,
            "transfers": transfers,
        },
        "purposes": purposes,
        "measures": measures,
        "risks": risks,
        "consultation": {"dpo": dpo, "data_subjects": people},
    }
    return Assessment.model_validate(tree), left
