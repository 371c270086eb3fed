"""Pydantic models of a DPIA: what the analyst recorded, validated; nothing computed is stored."""

from pia.model.assessment import (
    AcceptedFinding,
    Assessment,
    Consultation,
    Controller,
    Decision,
    Document,
    DataSubjectViews,
    DpoAdvice,
    IdentityCheck,
    IdentityVerification,
    Metadata,
    Method,
    RefusalGround,
    RefusalPolicy,
    RightsHandling,
    SignOff,
    Status,
    reference_problems,
)
from pia.model.common import UNKNOWN_IF_MISSING, Period, Record, Sourced, parse_period
from pia.model.description import (
    Channel,
    DataCategory,
    DataProtection,
    DataSource,
    DataSubjectGroup,
    DeletionMethod,
    Description,
    Recipient,
    RecipientRole,
    RetentionGroup,
    RetentionRule,
    Sensitivity,
    SourceKind,
    SubjectKind,
    Transfer,
    TransferKind,
    TransferTool,
)
from pia.model.purposes import (
    ConsentDetails,
    InterestTest,
    LegalBasis,
    LegalBasisClaim,
    LegitimateInterestAssessment,
    ObjectionPath,
    Purpose,
    TestOutcome,
    Transparency,
)
from pia.model.risks import SCALE_LEVELS, Measure, MeasureKind, MeasureStatus, Override, Risk

__all__ = [name for name in dir() if not name.startswith("_")]
