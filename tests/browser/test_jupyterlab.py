"""The workbook as an analyst uses it: JupyterLab in a real (headless) Chromium.

Open `03_purposes.ipynb`, run all cells, tick a purpose's "Profiling" checkbox in the rendered
form, then check that the live panel's severity and level change on the page and that the
assessment file records the change. Step 3 has no severity *override* (those are in step 6); the
profiling answer is the control in step 3 that moves a purpose's severity, which is what the
analyst sees change. Then open `01_screening.ipynb`, answer "yes" to innovative technology
(WP248 criterion 8) and check that the live criteria table turns it from "not recorded" to "yes"
and that the file records it. Last, open `02_description.ipynb`, mark a group of people as
vulnerable in the groups form and check that the live table meets WP248 criterion 7 and that the
file records it. Screenshots go to `test-artefacts/browser/`.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
import urllib.error
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import pia
from pia import notebook as nb

from .conftest import ARTEFACTS, ROOT, Lab

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import Locator, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "notebooks/03_purposes.ipynb"
ASSESSMENT = "data/maxiresponse/assessment.yaml"
PURPOSE = "contract_services"  # records no profiling; profiling raises its severity
LIVE_TABLE = "#T_purposes-live"  # nb.styled(..., "purposes-live") in the notebook
KERNEL_TIMEOUT = 30.0  # seconds for the kernel to report idle, per attempt
KERNEL_ATTEMPTS = 3
RUN_TIMEOUT = 30_000  # ms for the cells to run and the forms to render
SAVE_TIMEOUT = 10.0  # seconds for the file on disk to record the change


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expected_scores(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The purpose's severity and level as pia computes them, before and after the change."""
    assessment = pia.load(path)
    before = nb.items_table(pia.assess(assessment).purposes).loc[PURPOSE]
    index = next(i for i, p in enumerate(assessment.purposes) if p.id == PURPOSE)
    assert not assessment.purposes[index].profiling, f"{PURPOSE} already records profiling"
    changed = assessment.model_copy(deep=True)
    changed.purposes[index].profiling = True
    after = nb.items_table(pia.assess(changed).purposes).loc[PURPOSE]
    pick = ("severity", "level")
    return {k: str(before[k]) for k in pick}, {k: str(after[k]) for k in pick}


def _dismiss_news(page: Page) -> None:
    """Answer "No" to the "get notified about official Jupyter news?" toast, if it is up."""
    no = page.locator(".Toastify__toast").get_by_role("button", name="No", exact=True)
    if no.count() and no.first.is_visible():
        no.first.click()


def _accept_kernel_dialog(page: Page) -> None:
    """If JupyterLab asks which kernel to use, take the one it proposes (the notebook's)."""
    dialog = page.locator(".jp-Dialog")
    if dialog.count() and dialog.first.is_visible():
        dialog.first.get_by_role("button", name=re.compile("^(Select|Ok)$", re.I)).first.click()


def _kernel(lab: Lab, notebook: str = NOTEBOOK) -> dict[str, Any] | None:
    """The notebook's kernel as the server reports it (id, execution_state), if it has one."""
    try:
        sessions = lab.api("/api/sessions")
    except (OSError, urllib.error.URLError, ValueError):
        return None
    for session in sessions or []:
        if session.get("path") == notebook and session.get("kernel"):
            return session["kernel"]
    return None


def _open_with_idle_kernel(page: Page, lab: Lab, notebook: str = NOTEBOOK) -> None:
    """Open the notebook and wait for its kernel to be idle; reload and retry if it is not."""
    state = None
    for attempt in range(1, KERNEL_ATTEMPTS + 1):
        if attempt == 1:
            page.goto(lab.page_url(notebook))
        else:
            page.reload()
        # the notebook in front: notebooks opened by earlier tests stay open, hidden, in tabs
        page.locator(".jp-NotebookPanel .jp-Notebook:visible").first.wait_for(state="visible")
        deadline = time.monotonic() + KERNEL_TIMEOUT
        while time.monotonic() < deadline:
            _accept_kernel_dialog(page)
            kernel = _kernel(lab, notebook)
            state = kernel and kernel.get("execution_state")
            if state == "dead" and kernel:  # a kernel that died while starting: restart it
                with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                    lab.api(f"/api/kernels/{kernel['id']}/restart", method="POST", timeout=30)
            if state == "idle":
                # the page, too, must know the kernel is ready before we run anything
                page.locator(
                    '.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator[data-status="idle"]'
                ).first.wait_for(state="attached", timeout=10_000)
                return
            page.wait_for_timeout(250)
    pytest.fail(f"the kernel was not idle after {KERNEL_ATTEMPTS} attempts (last: {state})")


def _run_all_cells(page: Page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def test_changing_a_purpose_in_the_browser_moves_its_score_and_saves(lab: Lab, page: Page) -> None:
    from playwright.sync_api import expect

    real_file = ROOT / ASSESSMENT
    real_hash = _sha256(real_file)
    copy = lab.root / ASSESSMENT
    before, after = _expected_scores(copy)
    assert before != after, f"profiling does not change {PURPOSE}'s score: {before}"
    started = time.monotonic()

    # 1. open the notebook and wait for its kernel; run every cell
    _open_with_idle_kernel(page, lab)
    _dismiss_news(page)
    _run_all_cells(page)

    # 2. the form and the live panel render (widgets, not their saved text)
    purpose = (
        page.locator(".jupyter-widget-Collapse-header", has_text=f"{PURPOSE}:").first
    ).locator("xpath=..")
    purpose.wait_for(state="visible", timeout=RUN_TIMEOUT)
    status = page.locator(".widget-html-content", has_text=re.compile(r"^opened assessment"))
    expect(status.last).to_be_visible(timeout=RUN_TIMEOUT)
    live_row = page.locator(f"{LIVE_TABLE} tr", has=page.locator("th", has_text=PURPOSE)).last
    expect(live_row).to_be_visible(timeout=RUN_TIMEOUT)
    cells = live_row.locator("td")  # severity, likelihood, level, factors
    expect(cells.nth(0)).to_have_text(before["severity"])
    expect(cells.nth(2)).to_have_text(before["level"])
    # wait for the run to end: no cell is still queued or running ("[*]:")
    expect(page.locator(".jp-InputArea-prompt", has_text="*")).to_have_count(0, timeout=RUN_TIMEOUT)
    _dismiss_news(page)

    # 3. open the purpose and tick "Profiling"
    purpose.locator(".jupyter-widget-Collapse-header").first.click()
    profiling = purpose.locator(".widget-checkbox", has_text="Profiling").first.locator("input")
    expect(profiling).to_be_visible()
    expect(profiling).not_to_be_checked()
    profiling.check()

    # 4. the status line says it is saved, and the live panel shows the new score
    saved = page.locator(".widget-html-content", has_text=re.compile(r"^saved \d\d:\d\d:\d\d"))
    expect(saved.last).to_be_visible(timeout=15_000)
    expect(cells.nth(0)).to_have_text(after["severity"], timeout=15_000)
    expect(cells.nth(2)).to_have_text(after["level"], timeout=15_000)

    # 5. the assessment file on disk records the change
    deadline = time.monotonic() + SAVE_TIMEOUT
    while True:
        recorded = next(p for p in pia.load(copy).purposes if p.id == PURPOSE)
        if recorded.profiling or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert recorded.profiling is True, f"{copy} does not record profiling for {PURPOSE}"

    # 6. a screenshot for a person to look at: the ticked box, the status and the live table
    _dismiss_news(page)
    page.locator(LIVE_TABLE).last.evaluate("e => e.scrollIntoView({block: 'end'})")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "03_purposes-profiling.png"))

    assert _sha256(real_file) == real_hash, "the repository's assessment file was changed"
    print(
        f"\n{PURPOSE}: {before} -> {after} in the browser and on disk "
        f"({time.monotonic() - started:.1f} s after the server answered)"
    )


SCREENING = "notebooks/01_screening.ipynb"
SCREENING_LIVE = "#T_screening-live"  # nb.styled(..., "screening-live") in the notebook


def _live_criterion(page: Page, lab: Lab, notebook: str, table: str, criterion: str) -> Locator:
    """Open `notebook`, run every cell, and return the "met" cell of `criterion` in its live
    criteria table once the run has ended."""
    from playwright.sync_api import expect

    _open_with_idle_kernel(page, lab, notebook)
    _dismiss_news(page)
    _run_all_cells(page)
    row = page.locator(f"{table} tr", has=page.locator("th", has_text=criterion)).last
    expect(row).to_be_visible(timeout=RUN_TIMEOUT)
    expect(page.locator(".jp-InputArea-prompt", has_text="*")).to_have_count(0, timeout=RUN_TIMEOUT)
    _dismiss_news(page)
    return row.locator("td").nth(1)  # title, met, why


def _saved_and_shown(page: Page, met: Locator, text: str, recorded: Callable[[], bool]) -> None:
    """The status line says saved, the live cell shows `text`, and the file records the change."""
    from playwright.sync_api import expect

    saved = page.locator(".widget-html-content", has_text=re.compile(r"^saved \d\d:\d\d:\d\d"))
    expect(saved.last).to_be_visible(timeout=15_000)
    expect(met).to_have_text(text, timeout=15_000)
    deadline = time.monotonic() + SAVE_TIMEOUT
    while not recorded():
        assert time.monotonic() < deadline, "the assessment file does not record the change"
        time.sleep(0.1)


def _screenshot(page: Page, name: str) -> None:
    _dismiss_news(page)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / name))


def test_answering_a_screening_fact_in_the_browser_decides_its_criterion(
    lab: Lab, page: Page
) -> None:
    from playwright.sync_api import expect

    copy = lab.root / ASSESSMENT
    assert pia.load(copy).description.innovative_technology is None
    met = _live_criterion(page, lab, SCREENING, SCREENING_LIVE, "WP248-8")
    expect(met).to_have_text("not recorded")
    innovation = page.locator(".widget-textarea", has_text="Innovation").last.locator("textarea")
    expect(innovation).to_be_disabled()

    # answer "yes": saved, the criterion is met, and "what is new" can be written
    innovative = page.locator(".widget-toggle-buttons", has_text="Innovative technology").last
    innovative.get_by_role("button", name="yes", exact=True).click()
    _saved_and_shown(
        page, met, "yes", lambda: pia.load(copy).description.innovative_technology is True
    )
    expect(innovation).to_be_enabled()
    _screenshot(page, "01_screening-innovative.png")


DESCRIPTION = "notebooks/02_description.ipynb"
DESCRIPTION_LIVE = "#T_description-screening-live"  # nb.styled(..., "description-screening-live")
GROUP = "users"  # not recorded as vulnerable; marking it meets WP248 criterion 7


def _vulnerable(path: Path) -> bool:
    return next(g for g in pia.load(path).description.data_subjects if g.id == GROUP).vulnerable


def test_marking_a_group_vulnerable_in_the_browser_meets_criterion_7(lab: Lab, page: Page) -> None:
    from playwright.sync_api import expect

    copy = lab.root / ASSESSMENT
    assert not _vulnerable(copy), f"{GROUP} is already recorded as vulnerable"
    met = _live_criterion(page, lab, DESCRIPTION, DESCRIPTION_LIVE, "WP248-7")
    expect(met).to_have_text("no")

    # open the group in the groups form and tick "Vulnerable": saved, and the criterion is met
    header = page.locator(".jupyter-widget-Collapse-header", has_text=f"{GROUP}:").first
    header.click()
    box = header.locator("xpath=..").locator(".widget-checkbox", has_text="Vulnerable").first
    box.locator("input").check()
    _saved_and_shown(page, met, "yes", lambda: _vulnerable(copy))
    _screenshot(page, "02_description-vulnerable.png")
