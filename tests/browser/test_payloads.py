"""Hostile text in an assessment stays text on every page it reaches, in a real Chromium.

A copy of the Maxiresponse case gets a payload in every free-text field the model accepts (title,
controller, purposes, categories, groups, sources, recipients, transfers, retention, rights,
notes, a risk with an override, measures, a sign-off with conditions and an acceptance): script
tags, event handlers (`<img onerror>`, `<svg onload>`, `<details ontoggle>`), `javascript:` and
`file:` links, Markdown links and images, LaTeX with `\\href`, CSS `@import` and images from
`http://127.0.0.2:<port>`, a loopback address where nothing listens. The notebooks 00-07 run on
it headless (papermill, as `pia notebooks --assessment` does, less the live-panel cells: see
`_without_live_panels`), then Chromium opens:

- each executed notebook in JupyterLab, trusted, so its outputs render as in the session that made
  them (HTML and Markdown not sanitised);
- notebooks 02 and 06 run live in the browser, so the forms and live panels render the text;
- the workbook pages `pia export-notebooks --notebooks` makes of them, the HTML reports (EN,
  NL) that notebook 07 wrote, and the portfolio page.

A payload that ran calls `__pia_pwned`, a function the page exposes; every request is recorded.
A page fails on any call, on any request that leaves it (anything but JupyterLab itself for its
pages, the file itself for a file, and data: or blob: URLs), and on any element a payload turned
into a link, an image or frame source, or an event handler, even one that only a click would fire.
A text that closes the description's code fence is tested in tests/test_escaping.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from .conftest import ARTEFACTS, ROOT, Lab, running_lab, trust
from .test_jupyterlab import _dismiss_news, _open_with_idle_kernel, _run_all_cells

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SOURCE = ROOT / "data" / "maxiresponse" / "assessment.yaml"
CASE = "hostile"  # the folder of the payload assessment in the server's root
MARK = "__pia_pwned"
# Text fields of the model (as in the Maxiresponse file) that take any text.
FREE_TEXT = {
    "address", "applies_when", "channel", "company_number", "description", "dpo_contact",
    "how_obtained", "impact", "interest", "legal_form", "location", "masking", "name", "note",
    "owner", "processing", "rationale", "scope", "service", "title", "trigger",
    "withdrawal_path", "wording",
}  # fmt: skip
TAG = re.compile(r"\b(F\d{3}|SIGN-[A-Z]+)\b")
CELL_TIMEOUT = 120  # seconds per cell when the notebooks run headless (the report: about 15)
RUN_TIMEOUT = 60_000  # ms for the cells to run in the browser
RENDER_WAIT = 1_500  # ms after the outputs are on the page: failed images fire onerror by then


def _payloads(far: str) -> list[Callable[[str], str]]:
    """Payload makers; each takes a tag naming the field, so a call says which field ran."""
    return [
        lambda t: f"<img src=x onerror={MARK}('{t}')>",
        lambda t: f"<script>{MARK}('{t}')</script>",
        lambda t: f"<svg onload={MARK}('{t}')></svg>",
        lambda t: f"<details open ontoggle={MARK}('{t}')>{t}</details>",
        lambda t: f"[{t}](javascript:{MARK}('{t}'))",
        lambda t: f"![{t}](file:///etc/passwd)",
        lambda t: f"<a href=\"javascript:{MARK}('{t}')\">{t}</a>",
        lambda t: f"![{t}]({far}/{t}.png)",
        lambda t: f'<img src="{far}/{t}.gif">',
        lambda t: f'<iframe src="file:///etc/passwd"></iframe><a href="file:///etc/passwd">{t}</a>',
        lambda t: f"$\\href{{javascript:{MARK}('{t}')}}{{{t}}}$",
        lambda t: f'<style>@import "{far}/{t}.css";</style>{t}',
        lambda t: f"<object data=\"javascript:{MARK}('{t}')\"></object>{t}",
    ]


@dataclass
class Hostile:
    """The payload case: its file, the executed notebooks, the exported and written pages."""

    base: Path
    root: Path
    assessment: Path
    notebooks: list[Path]
    pages: list[Path]  # workbook pages, reports, portfolio
    tags: list[str]  # one per field that carries a payload


def _closed_port() -> int:
    """A port where nothing listens on 127.0.0.2: a request that gets out reaches no one."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.2", 0))
        return int(s.getsockname()[1])


def _poison(data: Any, payloads: list[Callable[[str], str]], tags: list[str]) -> None:
    """Put a payload in every free-text field of `data`, in place, a different kind each time."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FREE_TEXT and isinstance(value, str):
                tag = f"F{len(tags):03d}"
                data[key] = f"{tag} {payloads[len(tags) % len(payloads)](tag)}"
                tags.append(tag)
            else:
                _poison(value, payloads, tags)
    elif isinstance(data, list):
        for item in data:
            _poison(item, payloads, tags)


def _hostile_assessment(target: Path, far: str) -> list[str]:
    """The Maxiresponse case with a payload in every text field; the tags of the fields."""
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    payloads = _payloads(far)
    purpose = data["purposes"][-1]["id"]
    data["risks"] = [
        {
            "id": "hostile_risk",
            "title": "risk",
            "concerns": [purpose],
            "impact": "impact",
            "severity_override": {"level": "maximum", "rationale": "rationale of the override"},
            "measures": ["hostile_measure"],
        }
    ]
    data["measures"] = [
        {
            "id": "hostile_measure",
            "title": "measure",
            "description": "what it does",
            "kind": "technical",
            "owner": "owner",
            "status": "planned",
            "reduces_likelihood": 1,
        }
    ]
    tags: list[str] = []
    _poison(data, payloads, tags)
    signoff = {
        "name": payloads[0]("SIGN-NAME"),
        "role": payloads[2]("SIGN-ROLE"),
        "decision": "approve_with_conditions",
        "conditions": [payloads[4]("SIGN-COND"), payloads[7]("SIGN-COND2")],
        "date": dt.date(2026, 12, 1),
        "content_hash": "0" * 64,
        "canonical_form": 1,
        "accepted_findings": [
            {"finding": "TRF-002", "justification": "SIGN-JUST " + payloads[1]("SIGN-JUST")}
        ],
    }
    data["signoffs"] = [signoff]
    tags += ["SIGN-NAME", "SIGN-ROLE", "SIGN-COND", "SIGN-COND2", "SIGN-JUST"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return tags


def _without_live_panels(notebook: Path, copy: Path) -> None:
    """`notebook` without its `nb.live(...)` cells. Run headless, such a cell leaves only a widget
    view, which no page shows (its state is dropped); and one run in four, one of them stalls
    until the cell timeout, then goes on (with the Maxiresponse case as well). The live test runs
    them in the browser."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    nb.cells = [c for c in nb.cells if not (c.cell_type == "code" and "nb.live(" in c.source)]
    nbformat.write(nb, copy)


def _on_hostile_case(notebook: Path, copy: Path) -> None:
    """`notebook` whole, its parameter set to the payload case: to be run in the browser."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    parameters = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    parameters.source = f'assessment_path = "../{CASE}/assessment.yaml"'
    copy.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, copy)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    """The payload case, the notebooks run on it, and the pages made from them."""
    import pia
    from pia.cli import main
    from pia.notebook_files import run_on, workbook_notebooks
    from pia.portfolio import portfolio, portfolio_html

    base = tmp_path_factory.mktemp("hostile")
    root = base / "root"
    assessment = root / CASE / "assessment.yaml"
    tags = _hostile_assessment(assessment, f"http://127.0.0.2:{_closed_port()}")
    pia.load(assessment)  # every payload is valid text: the model refuses none of them

    folder = root / "notebooks"
    folder.mkdir(parents=True)
    for notebook in workbook_notebooks():
        _without_live_panels(notebook, folder / notebook.name)
        _on_hostile_case(notebook, root / "live" / notebook.name)
    notebooks = [run_on(nb, assessment, nb, CELL_TIMEOUT) for nb in sorted(folder.glob("*"))]
    for notebook in notebooks:
        trust(base, notebook)

    workbook = root / "workbook"
    assert main(["export-notebooks", "--notebooks", str(folder), "--out", str(workbook)]) == 0
    pages = sorted(workbook.glob("*.html"))
    pages += sorted((assessment.parent / "build").glob("dpia-*.html"))
    frame = portfolio(assessment.parent.parent, as_of=dt.date(2026, 12, 1), workers=1)
    (root / "portfolio.html").write_text(portfolio_html(frame), encoding="utf-8")
    pages.append(root / "portfolio.html")
    return Hostile(base, root, assessment, notebooks, pages, tags)


@pytest.fixture(scope="module")
def hostile_lab(hostile: Hostile) -> Iterator[Lab]:
    with running_lab(hostile.base, hostile.root) as server:
        yield server


@dataclass
class Watch:
    """What a page did that it must not: payload calls, requests that leave it (any URL but
    data:, blob: and those starting with `allowed`)."""

    allowed: tuple[str, ...]
    calls: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @classmethod
    def on(cls, page: Page, *allowed: str) -> Watch:
        watch = cls(allowed)
        page.expose_function(MARK, lambda tag="?": watch.calls.append(str(tag)))
        page.on("request", watch._request)
        return watch

    def _request(self, request: Request) -> None:
        if not request.url.startswith(("data:", "blob:", *self.allowed)):
            self.requests.append(request.url)


# Elements a payload would have made live: URL attributes with a hostile scheme or address, event
# handlers and scripts that name the payload function.
_LIVE_MARKUP = r"""(mark) => {
  const urls = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'poster'];
  const hostile = /^\s*(javascript|vbscript|file):|127\.0\.0\.2/i;
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if ((name.startsWith('on') && a.value.includes(mark)) ||
          (urls.includes(name) && !a.value.startsWith('#') &&  // a heading's own anchor
           (hostile.test(a.value) || a.value.includes(mark)))) {
        found.push(`<${el.tagName.toLowerCase()} ${name}="${a.value.slice(0, 80)}">`);
      }
    }
    if ((el.tagName === 'SCRIPT' && el.textContent.includes(mark)) ||
        (el.tagName === 'STYLE' && /(@import|url\()[^;]*127\.0\.0\.2/.test(el.textContent))) {
      found.push(`<${el.tagName.toLowerCase()}>${el.textContent.slice(0, 80)}`);
    }
  }
  return found;
}"""


def _check(page: Page, watch: Watch, where: str, holds: str, shown: tuple[str, ...] = ()) -> None:
    """Nothing ran, nothing left the page, nothing became live markup; payloads show as text:
    those of the fields tagged `shown`, and one at least if what the page shows (`holds`: the
    outputs, the file) carries one."""
    page.wait_for_timeout(RENDER_WAIT)
    live = page.evaluate(_LIVE_MARKUP, MARK)
    text = page.evaluate("() => document.body.innerText")
    if watch.calls or watch.requests or live:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"\W+", "-", where)
        page.screenshot(path=str(ARTEFACTS / f"payloads-{name}.png"))
    assert not watch.calls, f"{where}: payload script ran (fields {sorted(set(watch.calls))})"
    assert not watch.requests, f"{where}: requests left the page: {watch.requests[:5]}"
    assert not live, f"{where}: payload became live markup: {live[:5]}"
    missing = [tag for tag in shown if tag not in text]
    assert not missing, f"{where}: the text of {missing} is not on the page"
    if TAG.search(holds):
        assert TAG.search(text), f"{where}: the page shows none of the payloads it holds"


def _wait_for_outputs(page: Page, count: int) -> None:
    """Until the notebook in front shows all its `count` outputs."""
    from playwright.sync_api import expect

    outputs = page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output")
    expect(outputs).to_have_count(count, timeout=RUN_TIMEOUT)


def test_executed_notebooks_open_in_jupyterlab_without_running_a_payload(
    hostile: Hostile, hostile_lab: Lab, page: Page
) -> None:
    watch = Watch.on(page, hostile_lab.url + "/")
    for notebook in hostile.notebooks:
        path = notebook.relative_to(hostile.root).as_posix()
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        outputs = [o for c in cells for o in c.get("outputs", [])]
        page.goto(hostile_lab.page_url(path) + "&reset")  # this notebook alone, no restored tabs
        _wait_for_outputs(page, len(outputs))
        _dismiss_news(page)
        shown = ("F000",) if notebook.name.startswith(("00_", "02_")) else ()  # the title
        where = f"JupyterLab {notebook.name} (executed, trusted)"
        _check(page, watch, where, json.dumps(outputs), shown)


@pytest.mark.parametrize(
    ("name", "live_table"),
    [
        ("02_description.ipynb", "#T_description-findings-live"),
        ("06_risks_and_measures.ipynb", "#T_register-live"),
    ],
)
def test_live_forms_in_jupyterlab_show_payloads_as_text(
    hostile: Hostile, hostile_lab: Lab, page: Page, name: str, live_table: str
) -> None:
    from playwright.sync_api import expect

    watch = Watch.on(page, hostile_lab.url + "/")
    _open_with_idle_kernel(page, hostile_lab, f"live/{name}")
    _dismiss_news(page)
    _run_all_cells(page)
    expect(page.locator(live_table).last).to_be_visible(timeout=RUN_TIMEOUT)
    expect(page.locator(".jp-InputArea-prompt", has_text="*")).to_have_count(0, timeout=RUN_TIMEOUT)
    headers = page.locator(".jupyter-widget-Collapse-header")  # accordion titles: names, titles
    expect(headers.first).to_be_visible()
    for i in range(min(headers.count(), 6)):  # open some rows: their fields render payload text
        headers.nth(i).click()
    _check(page, watch, f"JupyterLab {name} (run live)", "F000")


def test_exported_workbook_report_and_portfolio_pages_run_nothing(
    hostile: Hostile, page: Page
) -> None:
    watch = Watch.on(page)
    for target in hostile.pages:
        if target.name == "index.html":  # the workbook's list of pages: no analyst text
            continue
        watch.allowed = (target.as_uri(),)  # the page itself, and its own #anchors
        page.goto(target.as_uri())
        where = str(target.relative_to(hostile.root))
        shown = ("F000",) if target.parent.name != "workbook" or "00_" in where else ()
        _check(page, watch, where, target.read_text(encoding="utf-8"), shown)
