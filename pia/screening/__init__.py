"""Screening: is a DPIA required, and why (WP248 rev.01 III.B; GDPR Art. 35(1), 35(3), 35(4)).

Each WP248 criterion, Art. 35(3) case and Belgian-list item is decided by a general rule over the
recorded facts and names the facts (ids and field paths) that decided it. What the model cannot
record yet (monitoring of a public area, ...), and what the analyst has left unknown (innovative
technology, processing that decides on access to a service), is reported as not met and not
decidable, so a reader never mistakes "not recorded" for "checked and absent".

The Belgian list applies only when the competent supervisory authority is the Belgian DPA
(`metadata.jurisdiction` is BE, Art. 35(4), 55, 56): while the jurisdiction is unknown its items
are not decidable, and under another authority they are not applicable (not met).

The rules live in `wp248` (the nine criteria), `art35_3` and `national` (the Belgian list); the
facts they read, and the workbook's bars for large scale and vulnerability, in `facts`. This
module turns their outcomes into the verdict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pia.knowledge import BelgianList, Item, Knowledge
from pia.model import Assessment
from pia.screening.art35_3 import ART35_3
from pia.screening.facts import Facts, Outcome, Rule
from pia.screening.national import NATIONAL_RULES
from pia.screening.wp248 import CRITERION_RULES

Verdict = Literal["required", "likely_required", "possibly_required", "not_required"]
VERDICTS: tuple[Verdict, ...] = ("not_required", "possibly_required", "likely_required", "required")
NOT_APPLICABLE = "Not met: not applicable from the recorded facts."
JURISDICTION_PATH = "metadata.jurisdiction"
NO_JURISDICTION = (
    "Not decidable: jurisdiction not recorded. The Belgian list applies only to processing under "
    "the Belgian DPA (Art. 35(4), 55, 56 GDPR); record the competent authority's country in "
    "metadata.jurisdiction."
)
OTHER_JURISDICTION = (
    "Not met: not applicable (the Belgian list applies to processing under the Belgian DPA); "
    "the competent supervisory authority recorded is that of {country} (metadata.jurisdiction)."
)


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One screening criterion: met or not, the facts that decided it, and its source."""

    id: str
    key: str
    title: str
    met: bool
    reasons: tuple[str, ...]
    paths: tuple[str, ...]
    source: str
    verified: bool = True
    decidable: bool = True  # False: the model has no field for it; the analyst must judge


@dataclass(frozen=True, slots=True)
class Screening:
    """Whether a DPIA is required, why, and every criterion looked at."""

    verdict: Verdict
    reasons: tuple[str, ...]
    criteria: tuple[CriterionResult, ...]
    national: tuple[CriterionResult, ...]
    art35_3: tuple[CriterionResult, ...]
    met_count: int

    def result(self, key_or_id: str) -> CriterionResult:
        """A WP248 criterion, Art. 35(3) case or national-list item by key or id."""
        for r in (*self.criteria, *self.art35_3, *self.national):
            if key_or_id in (r.key, r.id):
                return r
        raise KeyError(key_or_id)


def result_of(item: Item, rule: Rule | None, f: Facts) -> CriterionResult:
    """The knowledge-base item decided by its rule; without a rule, not met and not decidable."""
    found = rule(f) if rule else Outcome(False, (NOT_APPLICABLE,), decidable=False)
    reasons = found.reasons
    if not item.verified:
        reasons += (f"{item.id} is marked unverified in the knowledge base: {item.note}",)
    return CriterionResult(
        item.id or item.key,
        item.key,
        item.title,
        found.met,
        reasons,
        found.paths,
        item.source,
        item.verified,
        found.decidable,
    )


def national_results(listed: BelgianList, f: Facts) -> tuple[CriterionResult, ...]:
    """The national list's items, decided by their rules when the list's authority is the
    competent one; not decidable while the jurisdiction is unknown, not applicable under another.
    """
    jurisdiction = f.a.metadata.jurisdiction
    if jurisdiction == listed.country:
        return tuple(result_of(i, NATIONAL_RULES.get(i.key), f) for i in listed.items)
    if jurisdiction is None:
        found = Outcome(False, (NO_JURISDICTION,), (JURISDICTION_PATH,), decidable=False)
    else:
        why = OTHER_JURISDICTION.format(country=jurisdiction)
        found = Outcome(False, (why,), (JURISDICTION_PATH,))
    return tuple(result_of(i, lambda _: found, f) for i in listed.items)


def screen(assessment: Assessment, kb: Knowledge) -> Screening:
    """Whether a DPIA is required (Art. 35(1), (3), (4)), and why, criterion by criterion."""
    f = Facts(assessment)
    criteria = tuple(result_of(c, CRITERION_RULES.get(c.key), f) for c in kb.wp248.criteria)
    national = national_results(kb.belgian_list, f)
    art35_3 = tuple(
        CriterionResult(
            id, rule.__name__, title, o.met, o.reasons, o.paths, f"GDPR {id}", decidable=o.decidable
        )
        for id, title, rule in ART35_3
        for o in (rule(f),)
    )
    met_count = sum(c.met for c in criteria)
    threshold = kb.wp248.likely_required_threshold
    verdict = verdict_of(art35_3 + national, met_count, threshold)
    reasons = verdict_reasons(verdict, criteria, art35_3, national, threshold)
    if assessment.description.transfers:
        reasons += (
            "Transfers outside the EEA are not a WP248 criterion (the draft's tenth "
            "criterion was dropped in rev.01); they are assessed under Chapter V GDPR.",
        )
    return Screening(verdict, reasons, criteria, national, art35_3, met_count)


def verdict_of(always: Iterable[CriterionResult], met_count: int, threshold: int) -> Verdict:
    """Required by Art. 35(3) or the national list; otherwise by the WP248 count."""
    if any(r.met for r in always):
        return "required"
    if met_count >= threshold:
        return "likely_required"
    return "possibly_required" if met_count >= 1 else "not_required"


def verdict_reasons(
    verdict: Verdict,
    criteria: tuple[CriterionResult, ...],
    art35_3: tuple[CriterionResult, ...],
    national: tuple[CriterionResult, ...],
    threshold: int,
) -> tuple[str, ...]:
    """The verdict in sentences: what makes it, and what the analyst must still judge."""
    met = [c.id for c in criteria if c.met]
    lines = [
        f"A DPIA is required by GDPR {r.id} ({r.title}): {r.reasons[0]}" for r in art35_3 if r.met
    ]
    lines += [
        f"A DPIA is required by item {r.id} of the Belgian DPA's list under Art. 35(4) "
        f"({r.title}{'' if r.verified else '; recalled, not checked against the list'}): "
        f"{r.reasons[0]}"
        for r in national
        if r.met
    ]
    if len(met) >= threshold:
        lines.append(
            f"{len(met)} of the {len(criteria)} WP248 criteria are met ({', '.join(met)}):"
            f" WP248 rev.01 says a processing meeting {threshold} or more will in most "
            "cases need a DPIA."
        )
    elif met:
        lines.append(
            f"{len(met)} WP248 criterion is met ({', '.join(met)}), fewer than "
            f"{threshold}: WP248 rev.01 says one may be enough in some cases; a "
            "controller that carries out no DPIA must record why, with the DPO's view."
        )
    else:
        lines.append(
            "No WP248 criterion is met from the recorded facts; the general duty of "
            "Art. 35(1) still applies."
        )
    applies = any(JURISDICTION_PATH not in r.paths for r in national)
    if verdict == "not_required":
        lines.append(
            "No Art. 35(3) case and no item of the Belgian list is met from the recorded facts."
            if applies
            else "No Art. 35(3) case is met from the recorded facts."
        )
    if national and not applies:
        lines.append(
            f"The Belgian DPA's Art. 35(4) list: {national[0].reasons[0].removeprefix('Not met: ')}"
        )
    if undecided := [r.id for r in (*criteria, *art35_3, *national) if not r.decidable]:
        lines.append(
            f"Not decidable from the recorded facts, for the analyst to judge: "
            f"{', '.join(undecided)}."
        )
    return tuple(lines)
