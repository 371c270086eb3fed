"""`assess`: screening, scores, the risk register, findings and progress, from the answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pia.canonical import CANONICAL_FORM, content_hash
from pia.findings import Finding, Severity, run_rules
from pia.knowledge import Knowledge, load_knowledge
from pia.model import Assessment
from pia.register import PriorConsultation, RiskLine, build_register, prior_consultation
from pia.risk import RiskLevel, Scale, scale_for
from pia.scoring import ScoredItem
from pia.scoring.purposes import score_purposes
from pia.scoring.retention import score_retention
from pia.scoring.statuses import (
    RetentionStatus,
    TransferStatus,
    retention_statuses,
    transfer_statuses,
)
from pia.scoring.transfers import score_transfers
from pia.screening import Screening, screen
from pia.unknowns import SectionProgress, completeness

_ORDER: dict[RiskLevel, int] = {"low": 0, "medium": 1, "high": 2}
# The latest sign-off against the content now: none recorded, its content hash is the content's
# (current), or not (stale). Whether its signature verifies needs the allowed signers: a face
# asks `pia.signoff.status` for that.
SignoffHash = Literal["none", "current", "stale"]


@dataclass(frozen=True, slots=True)
class Result:
    method: str
    screening: Screening
    purposes: tuple[ScoredItem, ...]
    transfers: tuple[ScoredItem, ...]
    retention: tuple[ScoredItem, ...]
    risks: tuple[RiskLine, ...]
    findings: tuple[Finding, ...]
    prior_consultation: PriorConsultation
    progress: tuple[SectionProgress, ...]
    scale: Scale
    transfer_status: tuple[TransferStatus, ...]  # see `pia.scoring.statuses`
    retention_status: tuple[RetentionStatus, ...]
    signoff: SignoffHash
    names: dict[str, str]  # every item's name by id: what a face says an id with

    @property
    def items(self) -> tuple[ScoredItem, ...]:
        return self.purposes + self.transfers + self.retention

    @property
    def inherent_level(self) -> RiskLevel:
        return _highest(line.level for line in self.risks)

    @property
    def residual_level(self) -> RiskLevel:
        return _highest(line.residual_level for line in self.risks)

    def findings_by_severity(self, severity: Severity | str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity(severity))


def _highest(levels: Iterable[RiskLevel]) -> RiskLevel:
    return max(levels, key=_ORDER.__getitem__, default="low")


def assess(assessment: Assessment, knowledge: Knowledge | None = None) -> Result:
    """Everything the workbook derives from an assessment; a pure function of its answers."""
    kb = knowledge or load_knowledge()
    scale = scale_for(assessment.metadata.method.value)
    purposes = score_purposes(assessment, kb, scale)
    transfers = score_transfers(assessment, kb, scale)
    retention = score_retention(assessment, kb, scale)
    risks = build_register(assessment, purposes + transfers + retention, scale)
    return Result(
        method=assessment.metadata.method.value,
        screening=screen(assessment, kb),
        purposes=tuple(purposes),
        transfers=tuple(transfers),
        retention=tuple(retention),
        risks=tuple(risks),
        findings=tuple(run_rules(assessment, kb)),
        prior_consultation=prior_consultation(risks),
        progress=tuple(completeness(assessment)),
        scale=scale,
        transfer_status=transfer_statuses(assessment, kb),
        retention_status=retention_statuses(assessment),
        signoff=_signoff(assessment),
        names=assessment.item_names(),
    )


def _signoff(assessment: Assessment) -> SignoffHash:
    """Whether the latest sign-off's content hash is the content's now (see `SignoffHash`)."""
    if not assessment.signoffs:
        return "none"
    latest = assessment.signoffs[-1]
    if latest.canonical_form != CANONICAL_FORM or latest.content_hash != content_hash(assessment):
        return "stale"
    return "current"
