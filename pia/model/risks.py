"""Risks, the measures that treat them, and the analyst's overrides (Art. 35(7)(c)-(d))."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from pia.model.common import Id, Justification, Name, Record, Sourced, Text, matching

LevelKey = Annotated[
    str,
    matching(r"^[a-z_]+$", "a level name in lowercase, e.g. `significant`"),
    Field(description="A level of the assessment's scale: `significant` (CNIL), `severe` (ICO)..."),
]

# The level keys of each method, kept here so a file is checked without loading the knowledge base;
# tests/test_knowledge.py asserts they match pia/knowledge/scales.yaml.
SCALE_LEVELS: dict[str, dict[str, tuple[str, ...]]] = {
    "cnil": {
        "severity": ("negligible", "limited", "significant", "maximum"),
        "likelihood": ("negligible", "limited", "significant", "maximum"),
    },
    "ico": {
        "severity": ("minimal", "significant", "severe"),
        "likelihood": ("remote", "possible", "probable"),
    },
}


class Override(Record):
    """The analyst's own level instead of the proposed one: only with a written reason."""

    level: LevelKey
    rationale: Justification = Field(
        description="Why the proposed level is wrong here (at least a sentence)."
    )


class Risk(Sourced):
    id: Id
    title: Name
    concerns: list[Id] = Field(
        min_length=1, description="The purpose, transfer or retention-rule ids this risk is about."
    )
    impact: Text | None = Field(None, description="What could happen to the people concerned.")
    severity_override: Override | None = None
    likelihood_override: Override | None = None
    measures: list[Id] = Field(
        default_factory=list, description="Ids of the measures that treat it."
    )


class MeasureKind(StrEnum):
    technical = "technical"
    organisational = "organisational"
    contractual = "contractual"
    legal = "legal"


class MeasureStatus(StrEnum):
    proposed = "proposed"
    planned = "planned"
    in_progress = "in_progress"
    implemented = "implemented"
    dropped = "dropped"


class Measure(Sourced):
    id: Id
    title: Name
    description: Text | None = None
    kind: MeasureKind
    owner: Name | None = Field(None, description="Who is accountable for it.")
    due: dt.date | None = Field(None, description="When it must be in place.")
    status: MeasureStatus = MeasureStatus.proposed
    reduces_severity: int = Field(0, ge=0, le=3, description="Levels of severity it removes.")
    reduces_likelihood: int = Field(0, ge=0, le=3, description="Levels of likelihood it removes.")
