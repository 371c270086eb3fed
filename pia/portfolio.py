"""The portfolio: every assessment under a folder in one table, and a small HTML dashboard."""

from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from pia.errors import PiaError
from pia.model import Assessment
from pia.store import load_read_only

FILE_NAME = "assessment.yaml"
COLUMNS = [
    *("title", "path", "status", "signoff", "decision", "residual_risk", "open_blockers"),
    *("review_date", "review_overdue", "transfers", "error"),
]


def assessment_files(folder: str | Path) -> list[Path]:
    """Every `assessment.yaml` under `folder`, recursively, kept versions (`.history/`) skipped.

    Symbolic links are not followed: a linked folder is not entered (no cycle, nothing from
    outside), and a linked `assessment.yaml` is listed for its row to say it was not read
    (`_refuse_link`). What is not a regular file (a pipe, a device) is refused by the reader.
    """
    found = []
    for root, folders, files in os.walk(folder):  # followlinks=False: links are not entered
        folders[:] = [name for name in folders if name != ".history"]
        if FILE_NAME in files:
            found.append(Path(root) / FILE_NAME)
    return sorted(found)


def _refuse_link(path: Path) -> None:
    """Refuse a linked `assessment.yaml`: it may lead anywhere (`/etc/passwd`), or to a file
    the portfolio already lists."""
    if path.is_symlink():
        raise PiaError(
            f"{path}: a symbolic link, not followed: the portfolio reads the files in its "
            "folder, not what links there point to"
        )


# Files at which the portfolio is worth spreading over processes (each process imports pia first).
PARALLEL_FROM = 64


def _transfers(a: Assessment) -> str:
    counts = Counter(t.country for t in a.description.transfers)
    return ", ".join(f"{country}: {n}" for country, n in sorted(counts.items()))


def _row(path: Path, shown: str, as_of: dt.date) -> dict[str, object]:
    from pia.allowed_signers import for_assessment
    from pia.result import assess
    from pia.signoff import status

    _refuse_link(path)
    a = load_read_only(path)  # the checks and errors of `store.load`, at the C reader's speed
    signoff = status(a, for_assessment(path))
    accepted: set[str] = set()
    if signoff == "verified":  # blockers a verified sign-off accepted with a justification
        accepted = {f.finding for f in a.signoffs[-1].accepted_findings}
    result = assess(a)
    blockers = [f for f in result.findings_by_severity("blocker") if f.id not in accepted]
    review = a.metadata.review_date
    return {
        "title": a.metadata.title,
        "path": shown,
        "status": a.metadata.status.value,
        "signoff": signoff,
        "decision": a.signoffs[-1].decision.value if a.signoffs else None,
        "residual_risk": result.residual_level,
        "open_blockers": len(blockers),
        "review_date": review,
        "review_overdue": review is not None and review < as_of,
        "transfers": _transfers(a),
        "error": None,
    }


def _error_row(shown: str, error: BaseException) -> dict[str, object]:
    message = str(error).strip() or type(error).__name__
    return {
        **dict.fromkeys(COLUMNS),
        "path": shown,
        "open_blockers": 0,
        "review_overdue": False,
        "error": message,
    }


def _row_or_error(path: Path, shown: str, as_of: dt.date) -> dict[str, object]:
    try:
        return _row(path, shown, as_of)
    except Exception as e:  # noqa: BLE001 - never crash: one bad file is one error row
        return _error_row(shown, e)


def _rows(jobs: list[tuple[Path, str, dt.date]], workers: int) -> list[dict[str, object]]:
    if workers > 1:
        try:
            with ProcessPoolExecutor(workers) as pool:
                chunk = max(1, len(jobs) // (workers * 4))
                return list(pool.map(_row_or_error, *zip(*jobs, strict=True), chunksize=chunk))
        except (OSError, RuntimeError):  # no processes here (sandbox, frozen app): one by one
            pass
    return [_row_or_error(*job) for job in jobs]


def portfolio(
    folder: str | Path, as_of: dt.date | None = None, workers: int | None = None
) -> pd.DataFrame:
    """One row per assessment under `folder`; a file that fails to load gets a row with the error.

    `review_overdue` is true when the review date (Art. 35(11)) lies before `as_of` (default:
    today). `transfers` counts the Chapter V transfers by country, e.g. `IN: 2, US: 1`.
    `workers`: processes to use (default: one per CPU, up to 8, from PARALLEL_FROM files on).
    """
    folder = Path(folder)
    as_of = as_of or dt.date.today()
    jobs = []
    for path in assessment_files(folder):
        shown = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
        jobs.append((path, shown, as_of))
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if len(jobs) >= PARALLEL_FROM else 1
    rows = _rows(jobs, workers)
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["open_blockers"] = frame["open_blockers"].astype(int)
    frame["review_overdue"] = frame["review_overdue"].astype(bool)
    return frame


# --- HTML dashboard -------------------------------------------------------------------------------

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: .35em .6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.flag { background: #ffe0e0; font-weight: bold; }
.high { color: #a00000; font-weight: bold; }
.medium { color: #a06000; }
.error td { background: #fff4d6; }
.summary span { margin-right: 1.5em; }
"""

_HEADERS = {
    "title": "Assessment",
    "path": "File",
    "status": "Status",
    "signoff": "Sign-off",
    "decision": "Decision",
    "residual_risk": "Residual risk",
    "open_blockers": "Open blockers",
    "review_date": "Review date",
    "review_overdue": "Review",
    "transfers": "Transfers by country",
}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def _cell(column: str, value: object, row: pd.Series) -> str:
    css = ""
    if column == "review_overdue":
        text = "overdue" if value else ("not set" if _missing(row["review_date"]) else "ok")
        css = "flag" if value else ""
    elif column == "review_date":
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        css = "flag" if row["review_overdue"] else ""
    elif _missing(value):
        text = "—"
    else:
        text = str(value)
        flagged = {
            "signoff": value in ("stale", "invalid", "unsigned"),
            "decision": value == "reject",
            "open_blockers": bool(value),
        }.get(column, False)
        if flagged:
            css = "flag"
        elif column == "residual_risk":
            css = str(value)
    attr = f' class="{css}"' if css else ""
    return f"<td{attr}>{html.escape(text or '—')}</td>"


def portfolio_html(frame: pd.DataFrame, title: str = "DPIA portfolio") -> str:
    """A self-contained page (inline CSS, no script, no link out): every text escaped."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in _HEADERS.values())
    body = []
    for _, row in frame.iterrows():
        if isinstance(row["error"], str) and row["error"]:
            message = html.escape(row["error"])
            body.append(
                f'<tr class="error"><td>could not be read</td><td>{html.escape(str(row["path"]))}'
                f'</td><td colspan="{len(_HEADERS) - 2}"><pre>{message}</pre></td></tr>'
            )
            continue
        body.append("<tr>" + "".join(_cell(c, row[c], row) for c in _HEADERS) + "</tr>")
    ok = frame[frame["error"].isna()]
    counts = {
        "assessments": len(frame),
        "stale sign-offs": int((ok["signoff"] == "stale").sum()),
        "invalid signatures": int((ok["signoff"] == "invalid").sum()),
        "unsigned sign-offs": int((ok["signoff"] == "unsigned").sum()),
        "overdue reviews": int(frame["review_overdue"].sum()),
        "with open blockers": int((frame["open_blockers"] > 0).sum()),
        "high residual risk": int((ok["residual_risk"] == "high").sum()),
        "unreadable files": len(frame) - len(ok),
    }
    summary = "".join(f"<span>{html.escape(k)}: <b>{v}</b></span>" for k, v in counts.items())
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f'<h1>{html.escape(title)}</h1><p class="summary">{summary}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        "</body></html>\n"
    )
