"""How fast the report renders: HTML and PDF, Maxiresponse and a generated 200-risk assessment.

Run with `make bench`. Prints figures; it is a measurement, not a test. "cold" is the first render
in a fresh process (imports matplotlib and Jinja, compiles the templates, loads the catalogue);
"warm" is the median of later renders, what a notebook or a second language pays.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import MAXIRESPONSE, generated  # noqa: E402

import pia  # noqa: E402
from pia.model import Assessment  # noqa: E402

TARGET_HTML, TARGET_PDF = 0.5, 3.0  # seconds, for Maxiresponse


def seconds(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> None:
    maxi = pia.load(MAXIRESPONSE)
    result = pia.assess(maxi)

    start = time.perf_counter()
    from pia.report import render_html, render_pdf
    from pia.report.pdf import default_processes
    from pia.report.render import render_report
    from pia.report.view import build_report

    render_html(maxi, result, "en")
    cold = time.perf_counter() - start
    print(f"Maxiresponse HTML, cold (imports, templates):  {cold:6.2f} s")
    for lang in ("en", "nl"):
        warm = statistics.median(seconds(lambda lang=lang: render_html(maxi, result, lang), 10))
        flag = "" if warm < TARGET_HTML else "  (over target)"
        print(f"Maxiresponse HTML {lang}, warm median of 10:     {warm:6.2f} s{flag}")
    build = statistics.median(seconds(lambda: build_report(maxi, result, "en"), 5))
    report = build_report(maxi, result, "en")
    templates = statistics.median(seconds(lambda: render_report(report), 5))
    print(f"  of which view-model (2 charts as SVG): {build:6.3f} s, templates: {templates:6.3f} s")
    with_assess = statistics.median(seconds(lambda: render_html(maxi, None, "en"), 5))
    print(f"Maxiresponse HTML en, including assess():      {with_assess:6.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        cores = default_processes()
        print(f"PDF: {cores} process(es) by default on this machine; one process for comparison")
        for lang in ("en", "nl"):
            text = render_html(maxi, result, lang)
            runs: dict[int, list[float]] = {1: [], cores: []}
            for _ in range(5):  # alternating, so that both see the same drift of the machine
                for processes in runs:
                    runs[processes] += seconds(
                        lambda text=text, p=processes: render_pdf(text, out / "x.pdf", p), 1
                    )
            for processes, times in sorted(runs.items(), reverse=True):
                median = statistics.median(times)
                flag = "" if median < TARGET_PDF or processes != cores else "  (over target)"
                print(
                    f"Maxiresponse PDF {lang}, {processes} process(es), median of 5: "
                    f"{median:5.2f} s (min {min(times):.2f}, max {max(times):.2f}), "
                    f"{pages(out / 'x.pdf')} pages{flag}"
                )

        big = Assessment.model_validate(generated(7, risks=200))
        big_result = pia.assess(big)
        big_html = statistics.median(seconds(lambda: render_html(big, big_result, "en"), 3))
        print(
            f"generated, 200 risks, HTML en, median of 3:    {big_html:6.2f} s "
            f"({len(big_result.risks)} register lines, {len(big_result.findings)} findings)"
        )
        text = render_html(big, big_result, "en")
        for processes in sorted({1, cores}, reverse=True):
            [big_pdf] = seconds(lambda p=processes: render_pdf(text, out / "big.pdf", p), 1)
            print(
                f"generated, 200 risks, PDF en, {processes} process(es): {big_pdf:6.2f} s, "
                f"{pages(out / 'big.pdf')} pages"
            )


if __name__ == "__main__":
    main()
