"""How fast `pia.assess` is: on Maxiresponse, and over 1,000 generated assessments.

Run with `make bench`. Prints figures; it is a measurement, not a test.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import MAXIRESPONSE, base_document, generated  # noqa: E402

import pia  # noqa: E402
from pia.model import Assessment  # noqa: E402


def per_call_ms(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    start = time.perf_counter()
    assessment = pia.load(MAXIRESPONSE)
    pia.assess(assessment)  # warm: knowledge base loaded, rules registered
    print(f"first load + assess (cold start):  {(time.perf_counter() - start) * 1000:8.1f} ms")

    times = per_call_ms(lambda: pia.assess(assessment), 200)
    print(
        f"assess(Maxiresponse), median of 200: {statistics.median(times):8.2f} ms "
        f"(p95 {sorted(times)[189]:.2f} ms)"
    )

    base = base_document()
    models = [Assessment.model_validate(generated(seed, base, risks=20)) for seed in range(1000)]
    start = time.perf_counter()
    for model in models:
        pia.assess(model)
    total = time.perf_counter() - start
    print(
        f"assess over 1,000 generated (20 risks each): {total:6.2f} s total, "
        f"{total * 1000 / len(models):.2f} ms per assessment"
    )


if __name__ == "__main__":
    main()
