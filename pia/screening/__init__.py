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
module turns their outcomes into the verdict. Every reason is a `Reason`: a code with parameters,
said by message `screening-<code>` of the catalogues; a criterion's title is the label of its key
in the group `criterion`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pia.knowledge import BelgianList, Item, Knowledge
from pia.model import Assessment
from pia.screening.art35_3 import ART35_3
from pia.screening.facts import Facts, Outcome, Reason, Rule
from pia.screening.national import NATIONAL_RULES
from pia.screening.wp248 import CRITERION_RULES

Verdict = Literal["required", "likely_required", "possibly_required", "not_required"]
VERDICTS: tuple[Verdict, ...] = ("not_required", "possibly_required", "likely_required", "required")
JURISDICTION_PATH = "metadata.jurisdiction"


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One screening criterion: met or not, the facts that decided it, and its source."""

    id: str
    key: str  # its title is the label `criterion` of the key
    met: bool
    reasons: tuple[Reason, ...]
    paths: tuple[str, ...]
    source: str
    verified: bool = True
    decidable: bool = True  # False: the model has no field for it; the analyst must judge


@dataclass(frozen=True, slots=True)
class Screening:
    """Whether a DPIA is required, why, and every criterion looked at."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
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
    found = rule(f) if rule else Outcome(False, (Reason("no_rule"),), decidable=False)
    reasons = found.reasons
    if not item.verified:
        reasons += (Reason("unverified_item", {"item": item.id or item.key}),)
    return CriterionResult(
        item.id or item.key,
        item.key,
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
        found = Outcome(False, (Reason("no_jurisdiction"),), (JURISDICTION_PATH,), decidable=False)
    else:
        why = Reason("other_jurisdiction", {"country": jurisdiction})
        found = Outcome(False, (why,), (JURISDICTION_PATH,))
    return tuple(result_of(i, lambda _: found, f) for i in listed.items)


def screen(assessment: Assessment, kb: Knowledge) -> Screening:
    """Whether a DPIA is required (Art. 35(1), (3), (4)), and why, criterion by criterion."""
    f = Facts(assessment)
    criteria = tuple(result_of(c, CRITERION_RULES.get(c.key), f) for c in kb.wp248.criteria)
    national = national_results(kb.belgian_list, f)
    art35_3 = tuple(
        CriterionResult(
            id, rule.__name__, o.met, o.reasons, o.paths, f"GDPR {id}", decidable=o.decidable
        )
        for letter, rule in ART35_3
        for id, o in ((f"Art. 35(3)({letter})", rule(f)),)
    )
    met_count = sum(c.met for c in criteria)
    threshold = kb.wp248.likely_required_threshold
    verdict = verdict_of(art35_3 + national, met_count, threshold)
    reasons = verdict_reasons(verdict, criteria, art35_3, national, threshold)
    if assessment.description.transfers:
        reasons += (Reason("transfers_not_a_criterion"),)
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
) -> tuple[Reason, ...]:
    """The verdict's reasons: what makes it, and what the analyst must still judge."""
    met = tuple(c.id for c in criteria if c.met)
    letters = {rule.__name__: letter for letter, rule in ART35_3}
    lines = [
        Reason("required_by_art35_3", {"case": letters[r.key], "criterion": r.key})
        for r in art35_3
        if r.met
    ]
    lines += [
        Reason(
            "required_by_national_list",
            {"item": r.id.removeprefix("BE-"), "criterion": r.key, "verified": r.verified},
        )
        for r in national
        if r.met
    ]
    counts = {"met": len(met), "total": len(criteria), "ids": met, "threshold": threshold}
    if len(met) >= threshold:
        lines.append(Reason("wp248_likely", counts))
    elif met:
        lines.append(Reason("wp248_below_threshold", counts))
    else:
        lines.append(Reason("wp248_none_met"))
    applies = any(JURISDICTION_PATH not in r.paths for r in national)
    if verdict == "not_required":
        lines.append(Reason("no_case_met", {"national": applies}))
    if national and not applies:
        jurisdiction = national[0].reasons[0].params.get("country")
        lines.append(Reason("national_list_not_applicable", {"country": jurisdiction}))
    if undecided := tuple(r.id for r in (*criteria, *art35_3, *national) if not r.decidable):
        lines.append(Reason("not_decidable", {"ids": undecided}))
    return tuple(lines)
