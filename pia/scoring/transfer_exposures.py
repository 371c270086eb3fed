"""Exposures: EEA recipients that a third country's law reaches through their parent company.

Not a Chapter V transfer: the data stay in the EEA, but a law such as the US CLOUD Act can oblige
the parent to hand over data its group holds (EDPB Guidelines 05/2021, Example 12). Each exposure
is scored like a transfer: what is at stake, and how likely an order yields readable data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pia.model import Assessment, DataProtection, Recipient, Transfer
from pia.risk import Factor, Scale, Title
from pia.scoring import Check, ScoredItem, scored
from pia.scoring.transfer_flows import (
    Place,
    Places,
    categories_assumed,
    categories_leaving,
    stake_factors,
)
from pia.screening.facts import by_id


def exposure_items(assessment: Assessment, places: Places, scale: Scale) -> list[ScoredItem]:
    """EEA recipients whose parent is under a third-country law that reaches the group's data."""
    d = assessment.description
    index = by_id(d.data_categories)
    items = []
    for i, r in enumerate(d.recipients):
        place = places(r.country)
        parent = places(r.parent_country) if r.parent_country else None
        if not place.eea or parent is None or parent.eea or not parent.parent_laws:
            continue
        path = f"description.recipients[{i}]"
        cats, source = categories_leaving(r.data_categories, r, index, "recipient")
        cat_path = (
            f"{path}.data_categories" if source == "recipient" else "description.data_categories"
        )
        factors = stake_factors(cats, categories_assumed(source, "recipient"), cat_path)
        where = {"recipient": r.id, "country": place.code, "parent": parent.code}
        laws = {"laws": [law.law for law in parent.parent_laws]}
        path_parent = f"{path}.parent_country"
        factors.append(Factor("likelihood", "parent_law", 1, where | laws, path_parent))
        protected = _keys_in_eea(d.transfers, r.id)
        if protected is not None:
            params = {"recipient": r.id, "transfer": d.transfers[protected].id}
            at = f"description.transfers[{protected}].data_protection"
            factors.append(Factor("likelihood", "exposure_keys_in_eea", -1, params, at))
        certified = _dpf_certification(d.transfers, r.id)
        checks = _exposure_checks(r, place, parent, protected, certified)
        items.append(
            scored(
                "transfer",
                f"{r.id}-parent-law",
                Title("exposure", where),
                path_parent,
                factors,
                scale,
                checks,
            )
        )
    return items


def _keys_in_eea(transfers: Iterable[Transfer], recipient_id: str) -> int | None:
    return next(
        (
            k
            for k, t in enumerate(transfers)
            if t.recipient == recipient_id
            and t.data_protection is DataProtection.encrypted_keys_in_eea
        ),
        None,
    )


def _dpf_certification(transfers: Iterable[Transfer], recipient_id: str) -> tuple[str, bool] | None:
    """(transfer id, certified) of the first transfer for the recipient that records DPF
    certification; None when none does."""
    return next(
        (
            (t.id, t.dpf_certified)
            for t in transfers
            if t.recipient == recipient_id and t.dpf_certified is not None
        ),
        None,
    )


def _exposure_checks(
    r: Recipient,
    place: Place,
    parent: Place,
    protected: int | None,
    certified: tuple[str, bool] | None = None,
) -> list[Check]:
    where: dict[str, Any] = {"recipient": r.id, "country": place.code, "parent": parent.code}
    laws: dict[str, Any] = {
        "laws": [law.law for law in parent.parent_laws],
        "sources": [law.source for law in parent.parent_laws],
    }
    checks = [
        Check("chapter_v", "not_applicable", where),
        Check("parent_law", "missing", where | laws),
        Check("keys_in_eea", "recorded" if protected is not None else "missing", where),
    ]
    if parent.adequacy is not None and parent.adequacy.transfer_tool == "dpf":
        transfer, said = certified if certified is not None else (None, None)
        params = where | laws | {"decision": parent.adequacy.decision}
        params |= {"transfer": transfer, "certified": said}
        checks.append(Check("dpf", "not_applicable", params))
    return checks
