"""How fast `pia.portfolio.portfolio` is over 1,000 generated assessments (target: under 10 s).

Run with `python benchmarks/bench_portfolio.py`. Prints the figure; a measurement, not a test.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import base_document, generated  # noqa: E402

from pia.model import Assessment  # noqa: E402
from pia.portfolio import portfolio  # noqa: E402
from pia.store import render  # noqa: E402

COUNT = 1000
TARGET_S = 10.0


def main() -> None:
    base = base_document()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for seed in range(COUNT):
            doc = generated(seed, base, risks=5)
            doc["metadata"]["review_date"] = dt.date(2025, 1, 1) + dt.timedelta(days=seed)
            text = render(Assessment.model_validate(doc))
            path = root / f"team-{seed % 10}" / f"case-{seed:04d}" / "assessment.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        serial = portfolio(root, as_of=dt.date(2026, 1, 1), workers=1)
        one = time.perf_counter() - start
        start = time.perf_counter()
        frame = portfolio(root, as_of=dt.date(2026, 1, 1))
        total = time.perf_counter() - start
    assert serial.equals(frame)
    print(f"portfolio over {len(serial):,}, one process: {one:6.2f} s")
    errors = int(frame["error"].notna().sum())
    print(
        f"portfolio over {len(frame):,} generated assessments, default ({os.cpu_count()} CPUs): "
        f"{total:6.2f} s total, "
        f"{total * 1000 / len(frame):.2f} ms per assessment ({errors} unreadable, "
        f"{int(frame['review_overdue'].sum())} overdue); target < {TARGET_S:.0f} s: "
        f"{'met' if total < TARGET_S else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
