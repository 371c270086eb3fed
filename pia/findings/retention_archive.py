"""Findings on the archive after active use (RET-011 to RET-014, RET-016, RET-017).

An archive needs a period, a ground and restricted access, and must agree with the deletion
method; one kept for a legal obligation is compared with the legal archive periods of the
knowledge base for the kinds of data its rule keeps, when the law of the assessment's
jurisdiction sets them (`pia.scoring.retention_archive`). A finding names the knowledge base's
entries by id (`ARC-BE-TAX-RECORDS`); the catalogue (pia/words/<lang>/findings-retention.ftl,
group `retention_source`) says the law each one rests on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings.retention import Found, percent, rules_of
from pia.findings.rules import rule
from pia.model import ArchiveGround, DeletionMethod, parse_period
from pia.scoring.retention_archive import LegalComparison, legal_comparison

if TYPE_CHECKING:
    from pia.knowledge import Knowledge, LegalArchivePeriod
    from pia.model import Assessment, RetentionRule


def _archived(a: Assessment) -> Iterator[tuple[str, RetentionRule]]:
    """Rules whose data are archived after active use (deletion `archive_then_erasure`)."""
    for path, r in rules_of(a):
        if r.deletion is DeletionMethod.archive_then_erasure:
            yield path, r


@rule("RET-011", "major")
def archive_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        if r.archive is not None and r.archive.period is not None:
            continue
        where = f"{path}.archive" if r.archive is None else f"{path}.archive.period"
        params = {
            "rule": r.id,
            "groups": [g.value for g in r.applies_to],
            "recorded": r.archive is not None,
            "active": str(r.period) if r.period else None,
        }
        yield where, params


@rule("RET-012", "major")
def archive_without_ground(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.ground not in (ArchiveGround.unknown, ArchiveGround.other):
            continue
        yield f"{path}.archive.ground", {"rule": r.id, "ground": archive.ground.value}


@rule("RET-013", "minor")
def archive_not_restricted(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.access_restricted is True:
            continue
        params = {"rule": r.id, "restricted": archive.access_restricted}
        yield f"{path}.archive.access_restricted", params


@rule("RET-014", "minor")
def archive_contradicts_deletion(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.archive is None or r.deletion not in (
            DeletionMethod.erasure,
            DeletionMethod.anonymisation,
        ):
            continue
        yield f"{path}.deletion", {"rule": r.id, "deletion": r.deletion.value}


# --- the archive against the legal archive periods ------------------------------------------------


def _compared(a: Assessment, kb: Knowledge) -> Iterator[tuple[str, RetentionRule, LegalComparison]]:
    """Archives kept for a legal obligation, with the legal periods for the data they keep."""
    for path, r in _archived(a):
        compared = legal_comparison(r, a, kb)
        if compared is not None:
            yield path, r, compared


def _legal_params(
    r: RetentionRule, c: LegalComparison, entry: LegalArchivePeriod
) -> dict[str, Any]:
    legal_period = parse_period(entry.period)
    return {
        "rule": r.id,
        "archive_period": str(c.period),
        "legal_period": str(legal_period),
        "legal": entry.id,
        "legal_verified": entry.verified,
        "percent": percent(c.period.days / legal_period.days),
        "kinds": list(c.kinds),
        "entries": [e.id for e in c.entries],
        "verified": all(e.verified for e in c.entries),
        "assumed": c.categories_assumed,
    }


@rule("RET-016", "major")
def archive_longer_than_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r, c in _compared(assessment, knowledge):
        if c.longer and r.justification is None:
            yield f"{path}.archive.period", _legal_params(r, c, c.legal)


@rule("RET-017", "minor")
def archive_shorter_than_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r, c in _compared(assessment, knowledge):
        floor = c.minimum
        if c.shorter and floor is not None:
            yield f"{path}.archive.period", _legal_params(r, c, floor)
