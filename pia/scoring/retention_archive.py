"""The archive after active use: what a rule's archive lacks, and how it compares with the law.

Shared by the retention scores (`pia.scoring.retention`) and the archive findings
(`pia.findings.retention_archive`). An archive needs its own period, a ground that outlasts the
purpose and access restricted to people specifically authorised; an archive kept for a legal
obligation is compared with the legal archive periods of the knowledge base for the kinds of data
its rule keeps (a legal duty to keep is a minimum, and also the end of that ground), when they are
set by the law of the assessment's jurisdiction (`metadata.jurisdiction`; none while unknown).
"""

from __future__ import annotations

from dataclasses import dataclass

from pia.knowledge import Knowledge, LegalArchivePeriod
from pia.model import ArchiveGround, Assessment, DeletionMethod, Period, RetentionRule, parse_period
from pia.scoring.retention_kept import categories_kept


def archive_gaps(rule: RetentionRule) -> list[tuple[str, str]]:
    """What an archive after active use lacks: (field path under the rule, the gap as a code of
    the label group `archive_gap`: the path with `_` for `.`, `_other` for a ground the GDPR does
    not name, `_no` for access recorded as not restricted).

    Only for rules whose deletion is `archive_then_erasure`: the archive needs its own period, a
    ground that outlasts the purpose (a legal obligation, legal claims, Art. 89(1) archiving) and
    access restricted to people specifically authorised."""
    if rule.deletion is not DeletionMethod.archive_then_erasure:
        return []
    archive = rule.archive
    if archive is None:
        return [("archive", "archive")]
    gaps = []
    if archive.period is None:
        gaps.append(("archive.period", "archive_period"))
    if archive.ground is ArchiveGround.unknown:
        gaps.append(("archive.ground", "archive_ground"))
    elif archive.ground is ArchiveGround.other:
        gaps.append(("archive.ground", "archive_ground_other"))
    if archive.access_restricted is not True:
        no = "_no" if archive.access_restricted is False else ""
        gaps.append(("archive.access_restricted", f"archive_access_restricted{no}"))
    return gaps


def archive_gap_codes(rule: RetentionRule) -> list[str]:
    return [code for _, code in archive_gaps(rule)]


# --- the archive against the law ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LegalComparison:
    """An archive kept for a legal obligation against the legal archive periods for its data.

    The controller must meet every duty that applies, so the longest legal period counts: an
    archive shorter than the longest minimum ends before a duty does; one longer than the longest
    period outlasts every duty, and with it the legal-obligation ground."""

    period: Period
    entries: tuple[LegalArchivePeriod, ...]
    kinds: tuple[str, ...]
    categories_assumed: str | None

    @property
    def legal(self) -> LegalArchivePeriod:
        """The entry with the longest period."""
        return max(self.entries, key=lambda e: parse_period(e.period).days)

    @property
    def legal_period(self) -> Period:
        return parse_period(self.legal.period)

    @property
    def longer(self) -> bool:
        return self.period.days > self.legal_period.days

    @property
    def minimum(self) -> LegalArchivePeriod | None:
        """The longest minimum among the entries: how long the law requires keeping the data."""
        minimums = [e for e in self.entries if e.bound == "minimum"]
        return max(minimums, key=lambda e: parse_period(e.period).days) if minimums else None

    @property
    def shorter(self) -> bool:
        floor = self.minimum
        return floor is not None and self.period.days < parse_period(floor.period).days


def legal_comparison(rule: RetentionRule, a: Assessment, kb: Knowledge) -> LegalComparison | None:
    """The archive of a rule against the law, when its ground is a legal obligation, its period
    is recorded and the knowledge base has a legal archive period for a kind of data it keeps,
    set by the law of the assessment's jurisdiction (`metadata.jurisdiction`)."""
    archive = rule.archive
    if (
        rule.deletion is not DeletionMethod.archive_then_erasure
        or archive is None
        or archive.period is None
        or archive.ground is not ArchiveGround.legal_obligation
    ):
        return None
    categories, assumed = categories_kept(rule, a)
    kinds = tuple(dict.fromkeys(c.kind for _, c in categories))
    entries = kb.legal_archive_periods(archive.ground.value, kinds, a.metadata.jurisdiction)
    if not entries:
        return None
    matched = tuple(k for k in kinds if any(k in e.data_kinds for e in entries))
    return LegalComparison(archive.period, entries, matched, assumed)
