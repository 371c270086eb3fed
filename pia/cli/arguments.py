"""Command-line text read as values (dates, acceptances, report formats), refused with a reason.

Each raises `argparse.ArgumentTypeError`, so argparse prints the usage and the reason, exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def acceptance(text: str) -> tuple[str, str]:
    """`TRF-001=why the risk is acceptable` -> ("TRF-001", "why the risk is acceptable")."""
    finding, sep, justification = text.partition("=")
    if not sep or not finding.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not ID=JUSTIFICATION, e.g. TRF-001=...")
    return finding.strip(), justification


def report_formats(text: str) -> tuple[str, ...]:
    """`html,pdf` -> ("html", "pdf"); html, pdf and docx are known."""
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in ("html", "pdf", "docx")]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"{text!r}: use html, pdf, docx or a list")
    return formats
