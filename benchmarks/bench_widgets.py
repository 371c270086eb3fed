"""Time from a widget change to the saved file, the new scores and a refreshed chart.

Run with `make bench`. Prints figures; it is a measurement, not a test.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import MAXIRESPONSE  # noqa: E402

from pia import notebook as nb  # noqa: E402
from pia.charts import figure_svg, risk_heat_map  # noqa: E402
from pia.risk import scale_for  # noqa: E402
from pia.widgets import field_widget  # noqa: E402


def main(changes: int = 20) -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "assessment.yaml"
    shutil.copy(MAXIRESPONSE, path)
    session = nb.open_session(str(path))
    status = field_widget(session, ("metadata", "status"))
    chart_ms: list[float] = []

    def redraw(result) -> None:
        start = time.perf_counter()
        figure_svg(risk_heat_map(result.risks, scale_for(result.method)))
        chart_ms.append((time.perf_counter() - start) * 1000)

    session.on_change(redraw)
    totals = []
    for i in range(changes):
        start = time.perf_counter()
        status.control.value = "in_review" if i % 2 == 0 else "draft"
        totals.append((time.perf_counter() - start) * 1000)
    scores = [t - c for t, c in zip(totals, chart_ms, strict=True)]
    print(
        f"widget change -> saved + re-assessed, median of {changes}: "
        f"{statistics.median(scores):6.1f} ms"
    )
    print(f"heat map redraw (SVG, as in the live panel):     {statistics.median(chart_ms):6.1f} ms")
    print(f"widget change -> saved, scored and chart drawn:  {statistics.median(totals):6.1f} ms")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
