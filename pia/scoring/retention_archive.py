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

ARCHIVE_REFERENCE = (
    "GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1); CNIL, Guide pratique "
    "'Les durées de conservation' (July 2020): active base and intermediate archive"
)
ARCHIVE_GROUND_WORDS = {
    ArchiveGround.legal_obligation: "a legal obligation",
    ArchiveGround.legal_claims: "legal claims",
    ArchiveGround.archiving_in_public_interest: "archiving in the public interest (Art. 89(1))",
    ArchiveGround.other: "another ground",
    ArchiveGround.unknown: "ground not recorded",
}


def archive_gaps(rule: RetentionRule) -> list[tuple[str, str]]:
    """What an archive after active use lacks: (field path under the rule, what is missing).

    Only for rules whose deletion is `archive_then_erasure`: the archive needs its own period, a
    ground that outlasts the purpose (a legal obligation, legal claims, Art. 89(1) archiving) and
    access restricted to people specifically authorised."""
    if rule.deletion is not DeletionMethod.archive_then_erasure:
        return []
    archive = rule.archive
    if archive is None:
        return [("archive", "the archive (its period, ground and access) is not recorded")]
    gaps = []
    if archive.period is None:
        gaps.append(("archive.period", "how long the archive keeps the data is not recorded"))
    if archive.ground is ArchiveGround.unknown:
        gaps.append(("archive.ground", "why the data are kept after active use is not recorded"))
    elif archive.ground is ArchiveGround.other:
        gaps.append(
            (
                "archive.ground",
                "the ground recorded for keeping them is none the GDPR names (a legal "
                "obligation, legal claims, archiving in the public interest)",
            )
        )
    if archive.access_restricted is not True:
        state = "is recorded as not" if archive.access_restricted is False else "is not recorded as"
        gaps.append(
            (
                "archive.access_restricted",
                f"access to the archive {state} restricted to people specifically authorised",
            )
        )
    return gaps


def archive_gap_codes(rule: RetentionRule) -> list[str]:
    """The archive's gaps as codes (label group `archive_gap`): the field's path with `_` for
    `.`, `archive_ground_other` for a ground the GDPR does not name, `_no` for access recorded
    as not restricted."""
    codes = []
    for path, _ in archive_gaps(rule):
        code = path.replace(".", "_")
        archive = rule.archive
        if (
            archive is not None
            and path == "archive.ground"
            and archive.ground is ArchiveGround.other
        ):
            code += "_other"
        if (
            archive is not None
            and path == "archive.access_restricted"
            and archive.access_restricted is False
        ):
            code += "_no"
        codes.append(code)
    return codes


def archive_words(rule: RetentionRule) -> str:
    """`7 years, a legal obligation, access restricted`: the archive in a few words."""
    archive = rule.archive
    if archive is None:
        return "not recorded"
    access = {
        True: "access restricted",
        False: "access not restricted",
        None: "access not recorded",
    }
    return ", ".join(
        (
            str(archive.period) if archive.period else "period not recorded",
            ARCHIVE_GROUND_WORDS[archive.ground],
            access[archive.access_restricted],
        )
    )


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

    def text(self, entry: LegalArchivePeriod | None = None) -> str:
        """E.g. `+43% (10 years vs legal 7 years, ARC-BE-ACCOUNTING)`."""
        entry = entry or self.legal
        legal = parse_period(entry.period)
        percent = round((self.period.days / legal.days - 1) * 100)
        return f"{percent:+d}% ({self.period} vs legal {legal}, {entry.id})"

    @property
    def sources(self) -> str:
        """Each entry with its provision, and whether it is verified."""
        return "; ".join(
            f"{e.id}: {e.period}, {e.source}{'' if e.verified else ' (not verified)'}"
            for e in self.entries
        )


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
