"""Findings on the archive after active use (RET-011 to RET-014, RET-016, RET-017).

An archive needs a period, a ground and restricted access, and must agree with the deletion
method; one kept for a legal obligation is compared with the legal archive periods of the
knowledge base for the kinds of data its rule keeps, when the law of the assessment's
jurisdiction sets them (`pia.scoring.retention_archive`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.findings.retention import Found, rules_of
from pia.model import ArchiveGround, DeletionMethod
from pia.scoring.retention_archive import LegalComparison, legal_comparison
from pia.scoring.retention_groups import groups_text

if TYPE_CHECKING:
    from pia.knowledge import Knowledge, LegalArchivePeriod
    from pia.model import Assessment, RetentionRule


def _archived(a: Assessment) -> Iterator[tuple[str, RetentionRule]]:
    """Rules whose data are archived after active use (deletion `archive_then_erasure`)."""
    for path, r in rules_of(a):
        if r.deletion is DeletionMethod.archive_then_erasure:
            yield path, r


@rule(
    "RET-011",
    "major",
    "Data archived after active use, without an archive period",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)",
    remedy="Record how long the archive keeps the data after the active period (e.g. the "
    "limitation period or the legal retention duty it serves), and then erase them.",
)
def archive_without_period(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        if r.archive is not None and r.archive.period is not None:
            continue
        where = f"{path}.archive" if r.archive is None else f"{path}.archive.period"
        active = f"after {r.period} of active use" if r.period else "after active use"
        message = (
            f"Retention rule '{r.id}' ({groups_text(r.applies_to)}) archives the data {active}, "
            "but records no archive period: nothing limits how long the archive keeps them, and "
            "people cannot be told the full period."
        )
        params = {
            "rule": r.id,
            "recorded": r.archive is not None,
            "active": str(r.period) if r.period else None,
        }
        yield where, message, params


@rule(
    "RET-012",
    "major",
    "Data archived without a ground for keeping them after active use",
    reference="GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1)",
    remedy="Record the ground that outlasts the purpose: a legal obligation to keep the data "
    "(name the law), the defence of legal claims (within the limitation period), or archiving "
    "in the public interest, research or statistics (Art. 89(1)); otherwise erase the data "
    "at the end of the active period.",
)
def archive_without_ground(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.ground not in (ArchiveGround.unknown, ArchiveGround.other):
            continue
        state = (
            "records no ground for it"
            if archive.ground is ArchiveGround.unknown
            else "records a ground the GDPR does not name for it ('other')"
        )
        message = (
            f"Retention rule '{r.id}' archives the data after active use but {state}: once the "
            "purpose is met, data may be kept only to meet a legal obligation, to establish or "
            "defend legal claims, or for archiving in the public interest, research or "
            "statistics."
        )
        yield f"{path}.archive.ground", message, {"rule": r.id, "ground": archive.ground.value}


@rule(
    "RET-013",
    "minor",
    "Archive after active use not restricted to authorised people",
    reference="GDPR Art. 5(1)(e)-(f), Art. 89(1); CNIL, Guide pratique 'Les durées de "
    "conservation' (July 2020): intermediate archive",
    remedy="Keep archived data apart from the working systems (separate storage, or at least "
    "separate access rights), open only to people specifically authorised, for an occasional "
    "and justified need.",
)
def archive_not_restricted(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in _archived(assessment):
        archive = r.archive
        if archive is None or archive.access_restricted is True:
            continue
        state = (
            "is recorded as not restricted"
            if archive.access_restricted is False
            else "is not recorded as restricted"
        )
        message = (
            f"Retention rule '{r.id}' archives the data after active use, but access to the "
            f"archive {state} to people specifically authorised: data still within reach of "
            "the teams that used them remain in active use."
        )
        params = {"rule": r.id, "restricted": archive.access_restricted}
        yield f"{path}.archive.access_restricted", message, params


@rule(
    "RET-014",
    "minor",
    "An archive is recorded, but the data are recorded as erased or anonymised at the end",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a)",
    remedy="Set the deletion method to `archive_then_erasure` if the data are archived after "
    "active use, or remove the archive if they are erased or anonymised at the end.",
)
def archive_contradicts_deletion(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r in rules_of(assessment):
        if r.archive is None or r.deletion not in (
            DeletionMethod.erasure,
            DeletionMethod.anonymisation,
        ):
            continue
        message = (
            f"Retention rule '{r.id}' records an archive after active use, but says the data "
            f"are {'erased' if r.deletion is DeletionMethod.erasure else 'anonymised'} at the "
            "end of the period: people cannot be told which is true."
        )
        yield f"{path}.deletion", message, {"rule": r.id, "deletion": r.deletion.value}


# --- the archive against the legal archive periods ------------------------------------------------


def _compared(a: Assessment, kb: Knowledge) -> Iterator[tuple[str, RetentionRule, LegalComparison]]:
    """Archives kept for a legal obligation, with the legal periods for the data they keep."""
    for path, r in _archived(a):
        compared = legal_comparison(r, a, kb)
        if compared is not None:
            yield path, r, compared


def _cited(entry: LegalArchivePeriod) -> str:
    return f"{entry.id}: {entry.source}{'' if entry.verified else ' (not verified)'}"


def _legal_params(
    r: RetentionRule, c: LegalComparison, entry: LegalArchivePeriod
) -> dict[str, Any]:
    return {
        "rule": r.id,
        "archive_period": str(c.period),
        "legal_period": entry.period,
        "legal": entry.id,
        "deviation": c.text(entry),
        "kinds": list(c.kinds),
        "entries": [e.id for e in c.entries],
        "verified": all(e.verified for e in c.entries),
        "assumed": c.categories_assumed is not None,
        "provision": _cited(entry),
    }


def _about(c: LegalComparison) -> str:
    assumed = f" ({c.categories_assumed})" if c.categories_assumed else ""
    return (
        f"It keeps data of kind {', '.join(c.kinds)}{assumed}, for which the law sets archive "
        f"periods: {c.sources}."
    )


@rule(
    "RET-016",
    "major",
    "An archive kept for a legal obligation outlasts the legal period, without a justification",
    reference="GDPR Art. 5(1)(e), Art. 17(3)(b)",
    remedy="Erase the archived data when the longest legal duty to keep them ends, or record in "
    "the rule's justification the other ground that needs them longer (e.g. a pending claim).",
    cites="provision",
)
def archive_longer_than_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r, c in _compared(assessment, knowledge):
        if not c.longer or r.justification is not None:
            continue
        message = (
            f"Retention rule '{r.id}' archives the data for {c.period} after active use to meet "
            f"a legal obligation, longer than the longest legal period for them: "
            f"{c.text()}. {_about(c)} Once the duty ends, the legal obligation no longer "
            "allows keeping them, and no justification for the longer archive is recorded."
        )
        yield f"{path}.archive.period", message, _legal_params(r, c, c.legal)


@rule(
    "RET-017",
    "minor",
    "An archive kept for a legal obligation ends before the legal period",
    reference="GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 17(3)(b)",
    remedy="Keep the archive for the legal period (the longest duty that applies to the data), "
    "or record which law the archive serves if it is not the one the knowledge base names.",
    cites="provision",
)
def archive_shorter_than_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for path, r, c in _compared(assessment, knowledge):
        floor = c.minimum
        if not c.shorter or floor is None:
            continue
        message = (
            f"Retention rule '{r.id}' archives the data for {c.period} after active use to meet "
            f"a legal obligation, less than the law requires: {c.text(floor)}. {_about(c)} "
            f"A legal archive period is a minimum. {floor.why_minimum} People are told a period "
            "that does not match the duty the archive is recorded to serve."
        )
        yield f"{path}.archive.period", message, _legal_params(r, c, floor)
