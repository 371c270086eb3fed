"""Management sign-off: a decision recorded against a hash of the content, and when it is stale.

What the hash covers is `pia.canonical`'s concern; `content_hash` is imported from there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError

from pia.canonical import CANONICAL_FORM, content_hash
from pia.errors import SignoffRefused
from pia.findings import Finding, Severity
from pia.model import Assessment, Decision, SignOff
from pia.result import Result, assess
from pia.store import field_path
from pia.validation_messages import describe

__all__ = ["SignoffState", "SignoffStatus", "content_hash", "sign", "signoff_states", "status"]

SignoffStatus = Literal["draft", "signed", "stale", "rejected"]

MIN_JUSTIFICATION = 15
_APPROVALS = (Decision.approve, Decision.approve_with_conditions)
_VERBS = {
    Decision.approve: "approved",
    Decision.approve_with_conditions: "approved with conditions",
    Decision.reject: "rejected",
}


@dataclass(frozen=True, slots=True)
class SignoffState:
    """One recorded sign-off, and whether the content still is what was signed.

    `current_hash` is the content's hash now, to compare with the sign-off's, or None when the
    sign-off's hash cannot be checked (it is not in this version's canonical form).
    """

    signoff: SignOff
    stale: bool
    text: str
    current_hash: str | None


def signoff_states(assessment: Assessment) -> list[SignoffState]:
    """Every sign-off in the order recorded, each marked stale if the content changed since.

    Only a hash in the current canonical form can be checked. A sign-off in another form, or one
    recorded before forms were numbered (no `canonical_form`), is stale: it must be signed again.
    """
    current = content_hash(assessment)
    return [_state(s, current) for s in assessment.signoffs]


def status(assessment: Assessment) -> SignoffStatus:
    """`draft` without sign-off; else by the latest one: `signed`, `rejected`, or `stale`."""
    if not assessment.signoffs:
        return "draft"
    latest = assessment.signoffs[-1]
    if _state(latest, content_hash(assessment)).stale:
        return "stale"
    return "rejected" if latest.decision == Decision.reject else "signed"


def _state(signoff: SignOff, current: str) -> SignoffState:
    verb = _VERBS[signoff.decision]
    text = f"{signoff.date.isoformat()} {verb} by {signoff.name} ({signoff.role})"
    if signoff.conditions:
        count = len(signoff.conditions)
        text += f", {count} condition{'s' if count != 1 else ''}"
    if signoff.accepted_findings:
        text += ", accepted " + ", ".join(a.finding for a in signoff.accepted_findings)
    if signoff.canonical_form != CANONICAL_FORM:
        text += (
            f": cannot be checked, its hash is not in canonical form {CANONICAL_FORM}, the one "
            "this version of pia checks: it must be signed again"
        )
        return SignoffState(signoff, True, text, None)
    if signoff.content_hash != current:
        text += ": stale, the assessment changed after this sign-off"
        return SignoffState(signoff, True, text, current)
    return SignoffState(signoff, False, text + ": current", current)


def sign(
    assessment: Assessment,
    *,
    name: str,
    role: str,
    decision: Decision | str,
    conditions: Iterable[str] = (),
    date: dt.date,
    accept: Mapping[str, str] | None = None,
    result: Result | None = None,
) -> Assessment:
    """A new assessment with this sign-off appended (the caller saves it).

    Approving while blocker findings are open needs each blocker's rule id in `accept`, with a
    justification of at least 15 characters; the acceptances are recorded in the sign-off.
    `result` is `assess(assessment)` if the caller already has it. Raises `SignoffRefused`,
    listing every reason at once, when the sign-off cannot be recorded.
    """
    conditions = list(conditions)
    accept = dict(accept or {})
    try:
        decision = Decision(decision)
    except ValueError:
        choices = ", ".join(d.value for d in Decision)
        raise SignoffRefused(_refusal([f"decision {decision!r} is not one of {choices}"])) from None
    findings = (result if result is not None else assess(assessment)).findings
    problems = _condition_problems(decision, conditions)
    refused = _acceptance_problems(findings, accept)
    problems += refused.values()
    record, invalid = _record(
        name=name,
        role=role,
        decision=decision,
        conditions=conditions,
        date=date,
        content_hash=content_hash(assessment),
        canonical_form=CANONICAL_FORM,
        accepted_findings=[
            {"finding": k, "justification": v} for k, v in accept.items() if k not in refused
        ],
    )
    problems += invalid
    accepted = {k for k in accept if k not in refused}
    unaccepted = _unaccepted_blockers(findings, accepted) if decision in _APPROVALS else []
    if unaccepted:
        problems.append(_blocker_problem(unaccepted))
    if problems or record is None:
        ids = tuple(dict.fromkeys(f.id for f in unaccepted))
        raise SignoffRefused(_refusal(problems), ids)
    data = assessment.model_dump()
    data["signoffs"] = [*data["signoffs"], record.model_dump()]
    signed = Assessment.model_validate(data)
    signed._revision = assessment._revision  # same file: `store.save` must not see a conflict
    return signed


def _condition_problems(decision: Decision, conditions: list[str]) -> list[str]:
    if decision == Decision.approve_with_conditions and not any(c.strip() for c in conditions):
        return ["approve_with_conditions needs at least one condition (--condition TEXT)"]
    if decision == Decision.approve and conditions:
        return ["a plain approve takes no conditions: use approve_with_conditions"]
    return []


def _acceptance_problems(findings: Iterable[Finding], accept: dict[str, str]) -> dict[str, str]:
    """Acceptances must name an open finding and say why, in at least 15 characters."""
    open_ids = {f.id for f in findings}
    problems = {}
    for finding_id, justification in accept.items():
        if finding_id not in open_ids:
            problems[finding_id] = f"{finding_id!r} is not the id of an open finding to accept"
        elif len(str(justification).strip()) < MIN_JUSTIFICATION:
            problems[finding_id] = (
                f"the justification for accepting {finding_id} is shorter than "
                f"{MIN_JUSTIFICATION} characters: say why the risk is acceptable"
            )
    return problems


def _unaccepted_blockers(findings: Iterable[Finding], accepted: set[str]) -> list[Finding]:
    return [f for f in findings if f.severity == Severity.blocker and f.id not in accepted]


def _blocker_problem(blockers: list[Finding]) -> str:
    lines = ["approving needs each open blocker accepted with a justification; not accepted:"]
    lines += [f"    {f.id} at {f.path}: {f.message}" for f in blockers]
    example = blockers[0].id
    lines += [
        f"  Accept each by its id with a justification of at least {MIN_JUSTIFICATION} characters:",
        f'  pia sign ... --accept "{example}=<why the risk is acceptable>", or in Python',
        f'  sign(..., accept={{"{example}": "<why the risk is acceptable>"}}).',
        "  Or resolve the findings first, or record a reject.",
    ]
    return "\n".join(lines)


def _refusal(problems: list[str]) -> str:
    return "sign-off not recorded:\n" + "\n".join(f"- {p}" for p in problems)


def _record(**fields: object) -> tuple[SignOff | None, list[str]]:
    """The validated sign-off, or why its name, role, conditions or justifications are invalid."""
    try:
        return SignOff.model_validate(fields), []
    except ValidationError as e:
        return None, [
            f"{field_path(tuple(error['loc']))}: {describe(error)}"
            for error in e.errors(include_url=False)
        ]
