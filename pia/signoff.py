"""Management sign-off: a decision recorded and signed against the content, and whether it holds.

A sign-off's **message** (`message`) is the canonical JSON of every field it records (decision,
conditions, accepted findings with their justifications, name, role, date, principal), the hash
of the content it approves (`pia.canonical`) and the hash of the sign-off before it: a chain, so
a sign-off copied, moved or taken out of the middle no longer matches. The message is signed with
the signatory's SSH key (`pia.sshsig`); the key must be listed for the principal in the
allowed_signers file beside the assessments (`pia.allowed_signers`). Each sign-off is then

- `invalid`: it carries a signature that does not verify (the record, its place in the chain or
  its signature was changed, or its key is not listed for its principal);
- `stale`: the content changed after it was recorded (its content hash is not the content's now);
- `unsigned`: recorded without a key, or its signature removed: nothing proves who recorded it;
- `verified`: signed by a listed key, and the content is still what was signed;

in that order of precedence. The assessment's status is `draft` without a sign-off, `invalid` if
any sign-off is, else the latest one's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from pydantic import ValidationError

from pia.allowed_signers import AllowedSigners
from pia.canonical import CANONICAL_FORM, canonical_text, content_hash
from pia.errors import SignoffRefused
from pia.findings import Finding, Severity
from pia.model import Assessment, Decision, SignOff
from pia.model.field_path import field_path
from pia.result import Result, assess
from pia.validation_messages import describe

if TYPE_CHECKING:
    from pia.sshsig import PrivateKeyTypes

__all__ = [
    "NAMESPACE",
    "RECORD_FORM",
    "Integrity",
    "SignoffState",
    "SignoffStatus",
    "chain",
    "content_hash",
    "message",
    "record_hash",
    "sign",
    "signoff_states",
    "status",
]

Integrity = Literal["verified", "unsigned", "invalid", "stale"]
SignoffStatus = Literal["draft", "verified", "unsigned", "invalid", "stale"]

# The SSHSIG namespace: a signature made for a pia sign-off is good for nothing else.
NAMESPACE = "pia-signoff"
# The form of the message below; a record in another form cannot be verified by this pia.
RECORD_FORM = 1
MIN_JUSTIFICATION = 15
_APPROVALS = (Decision.approve, Decision.approve_with_conditions)
_VERBS = {
    Decision.approve: "approved",
    Decision.approve_with_conditions: "approved with conditions",
    Decision.reject: "rejected",
}


@dataclass(frozen=True, slots=True)
class SignoffState:
    """One recorded sign-off and what can be said of it now.

    `why` says it in a sentence ("signed and verified by ...", "recorded but not signed",
    "signature invalid: ...", "stale: ..."); `text` is the whole line `pia status` prints.
    `signer` and `fingerprint` are set when the signature verified, even if the sign-off is stale
    since. `current_hash` is the content's hash now, or None when the sign-off's hash cannot be
    compared with it (it is not in this version's canonical form).
    """

    signoff: SignOff
    integrity: Integrity
    why: str
    text: str
    current_hash: str | None
    signer: str | None = None
    fingerprint: str | None = None

    @property
    def stale(self) -> bool:
        return self.integrity == "stale"


def message(signoff: SignOff, previous: str | None) -> bytes:
    """What a sign-off's signature signs: its fields, the content hash and the previous record.

    `previous` is `record_hash` of the sign-off before it (None for the first). Canonical JSON
    (`pia.canonical.canonical_text`), UTF-8; `purpose` keeps it from meaning anything else.
    """
    fields = {
        "purpose": NAMESPACE,
        "record_form": signoff.record_form,
        "canonical_form": signoff.canonical_form,
        "content_hash": signoff.content_hash,
        "decision": signoff.decision.value,
        "conditions": list(signoff.conditions),
        "accepted_findings": [
            {"finding": f.finding, "justification": f.justification}
            for f in signoff.accepted_findings
        ],
        "name": signoff.name,
        "role": signoff.role,
        "date": signoff.date.isoformat(),
        "principal": signoff.principal,
        "previous": previous,
    }
    return canonical_text(fields).encode("utf-8")


def record_hash(signoff: SignOff, previous: str | None) -> str:
    """SHA-256 (hex) of a whole record: its message and its signature (base64, blanks removed),
    so the next sign-off's message fixes this one as it was, signed or not."""
    signature = "".join((signoff.signature or "").split())
    return hashlib.sha256(message(signoff, previous) + b"\n" + signature.encode()).hexdigest()


def chain(signoffs: Sequence[SignOff]) -> list[str | None]:
    """What each sign-off follows: the `record_hash` of the one before it (None for the first),
    and last what a new sign-off would follow."""
    previous: list[str | None] = [None]
    for signoff in signoffs:
        previous.append(record_hash(signoff, previous[-1]))
    return previous


def signoff_states(assessment: Assessment, signers: AllowedSigners | None) -> list[SignoffState]:
    """Every sign-off in the order recorded, each judged (see the module doc).

    `signers` are the allowed signers that govern the file (`pia.allowed_signers.for_assessment`);
    None when there is no such file, and then no signature verifies.
    """
    current = content_hash(assessment)
    return [
        _state(s, previous, current, signers)
        for s, previous in zip(assessment.signoffs, chain(assessment.signoffs), strict=False)
    ]


def status(assessment: Assessment, signers: AllowedSigners | None) -> SignoffStatus:
    """`draft` without a sign-off; `invalid` if any sign-off is; else the latest one's."""
    states = signoff_states(assessment, signers)
    if not states:
        return "draft"
    if any(s.integrity == "invalid" for s in states):
        return "invalid"
    return states[-1].integrity


def _state(
    signoff: SignOff, previous: str | None, current: str, signers: AllowedSigners | None
) -> SignoffState:
    verb = _VERBS[signoff.decision]
    text = f"{signoff.date.isoformat()} {verb} by {signoff.name} ({signoff.role})"
    if signoff.conditions:
        count = len(signoff.conditions)
        text += f", {count} condition{'s' if count != 1 else ''}"
    if signoff.accepted_findings:
        text += ", accepted " + ", ".join(a.finding for a in signoff.accepted_findings)
    if signoff.signature is None:
        check = _Check("unsigned", "recorded but not signed")
    else:
        check = _verify(signoff, previous, signers)
    checkable = signoff.canonical_form == CANONICAL_FORM
    if check.integrity != "invalid" and not checkable:
        check = check._replace(
            integrity="stale",
            why=f"stale: cannot be checked, its hash is not in canonical form {CANONICAL_FORM}, "
            "the one this version of pia checks: it must be signed again",
        )
    elif check.integrity != "invalid" and signoff.content_hash != current:
        verified = "its signature verifies, but " if check.signer else ""
        check = check._replace(
            integrity="stale",
            why=f"stale: {verified}the content changed after this sign-off (its content hash is "
            "not the content's now)",
        )
    return SignoffState(
        signoff,
        check.integrity,
        check.why,
        f"{text}: {check.why}",
        current if checkable else None,
        check.signer,
        check.fingerprint,
    )


class _Check(NamedTuple):
    integrity: Integrity
    why: str
    signer: str | None = None
    fingerprint: str | None = None


def _verify(signoff: SignOff, previous: str | None, signers: AllowedSigners | None) -> _Check:
    """Verified, or invalid and why: the signature, the record it signs, the key's listing."""
    from pia import sshsig

    invalid = "signature invalid: "
    if signoff.record_form != RECORD_FORM:
        return _Check("invalid", f"{invalid}record form {signoff.record_form} is not one pia knows")
    try:
        key = sshsig.verify(message(signoff, previous), signoff.signature or "", NAMESPACE)
    except sshsig.SignatureError as e:
        return _Check(
            "invalid",
            f"{invalid}{e} (the record, its place after the sign-off before it, or the signature "
            "was changed)",
        )
    fingerprint = key.fingerprint
    if signoff.principal is None:
        return _Check("invalid", f"{invalid}the record names no principal", None, fingerprint)
    if signers is None:
        why = f"no allowed_signers file lists who may sign, so the key {fingerprint} may not"
        return _Check("invalid", invalid + why, None, fingerprint)
    if not signers.allows(signoff.principal, key, NAMESPACE, signoff.date):
        why = f"the key {fingerprint} is not allowed for {signoff.principal} in {signers.source}"
        return _Check("invalid", invalid + why, None, fingerprint)
    why = f"signed and verified by {signoff.principal} ({fingerprint})"
    return _Check("verified", why, signoff.principal, fingerprint)


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
    key: PrivateKeyTypes | None = None,
    principal: str | None = None,
    signers: AllowedSigners | None = None,
) -> Assessment:
    """A new assessment with this sign-off appended (the caller saves it).

    Approving while blocker findings are open needs each blocker's rule id in `accept`, with a
    justification of at least 15 characters; the acceptances are recorded in the sign-off.
    `result` is `assess(assessment)` if the caller already has it.

    With `key` (`pia.sshsig.load_private_key`) the record is signed for `principal`, and the key
    must be listed for that principal in `signers`, so that the new sign-off verifies at once.
    Without a key the sign-off is recorded but not signed. Raises `SignoffRefused`, listing every
    reason at once, when the sign-off cannot be recorded.
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
        record_form=RECORD_FORM,
        principal=principal if key is not None else None,
    )
    problems += invalid
    if key is not None:
        problems += _key_problems(key, principal, signers, date)
    elif principal is not None:
        problems.append("a principal names who signs with a key: give the key too (--key PATH)")
    accepted = {k for k in accept if k not in refused}
    unaccepted = _unaccepted_blockers(findings, accepted) if decision in _APPROVALS else []
    if unaccepted:
        problems.append(_blocker_problem(unaccepted))
    if problems or record is None:
        ids = tuple(dict.fromkeys(f.id for f in unaccepted))
        raise SignoffRefused(_refusal(problems), ids)
    if key is not None:
        from pia import sshsig

        previous = chain(assessment.signoffs)[-1]
        record.signature = sshsig.sign(message(record, previous), key, NAMESPACE)
    data = assessment.model_dump()
    data["signoffs"] = [*data["signoffs"], record.model_dump(exclude_none=True)]
    signed = Assessment.model_validate(data)
    signed._revision = assessment._revision  # same file: `store.save` must not see a conflict
    return signed


def _key_problems(
    key: PrivateKeyTypes, principal: str | None, signers: AllowedSigners | None, day: dt.date
) -> list[str]:
    """A key signs only for a principal it is listed for: else the sign-off would be invalid."""
    from pia import sshsig

    public = sshsig.public_key(key)
    line = f"{principal or '<principal>'} {public.openssh}"
    if not principal:
        return ["signing with a key needs the principal it is listed for (--principal)"]
    if signers is None:
        return [
            "no allowed_signers file was found beside the assessment or above it (up to the "
            f"repository's root): create one with the line\n    {line}\n  (see docs/signoff.md)"
        ]
    if not signers.allows(principal, public, NAMESPACE, day):
        return [
            f"the key {public.fingerprint} is not allowed for {principal} on {day.isoformat()} in "
            f"{signers.source}: whoever keeps that file adds the line\n    {line}"
        ]
    return []


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
    lines += [f"    {f.id} at {f.path}" for f in blockers]  # said in full by the findings
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
