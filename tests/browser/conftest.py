"""A JupyterLab server and a headless Chromium for the browser tests, stopped even on failure.

The server runs from this Python environment on 127.0.0.1, on a free port with a random token,
over a temporary copy of `notebooks/` and `data/maxiresponse/` (the real data file is never
opened). Its settings, workspaces and runtime files live in the same temporary folder, so the
analyst's own JupyterLab state neither leaks in nor is touched. Chromium is Debian's
(`/usr/bin/chromium`, installed by `.ci/run`); a browser downloaded by Playwright does not work
on these machines. Without it the tests skip, saying so.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTEFACTS = ROOT / "test-artefacts" / "browser"
SERVER_START_TIMEOUT = 60.0  # seconds until /api/status answers
SERVER_STOP_TIMEOUT = 10.0

# User settings for the temporary JupyterLab: never ask about (or fetch) Jupyter news, never check
# for updates. The machine's network is closed; the test still dismisses the popup if it appears.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the browser tests, with the reason, only when Debian's Chromium is not installed."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium); "
        ".ci/run installs it, so CI never skips this"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- processes: what the server started, so that all of it can be stopped ----------------------


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time) of a live process, from /proc; None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()  # after "pid (comm) "
    return int(fields[1]), int(fields[19])


def _descendants(pid: int) -> dict[int, int]:
    """Every live descendant of `pid` -> its start time (Linux /proc; empty elsewhere)."""
    children: dict[int, list[tuple[int, int]]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit() and (st := _stat(int(entry.name))) is not None:
            children.setdefault(st[0], []).append((int(entry.name), st[1]))
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        for child, started in children.get(todo.pop(), []):
            found[child] = started
            todo.append(child)
    return found


def _kill(pid: int, started: int | None = None) -> None:
    """SIGKILL process `pid` and its process group, if it is still the process we saw."""
    st = _stat(pid)
    if st is None or (started is not None and st[1] != started):
        return
    for kill, target in ((os.killpg, pid), (os.kill, pid)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            kill(target, signal.SIGKILL)


@dataclass
class Lab:
    """A running JupyterLab: where it serves, its token, its folder and its process."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen[bytes]
    log: Path

    def api(self, path: str, method: str = "GET", timeout: float = 5.0) -> object:
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def page_url(self, notebook: str) -> str:
        return f"{self.url}/lab/tree/{notebook}?token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"


def _wait_for_status(lab: Lab) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if lab.process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {lab.process.returncode}:\n{lab.log_tail()}")
        try:
            lab.api("/api/status", timeout=2)
            return
        except (OSError, urllib.error.URLError, ValueError):
            time.sleep(0.2)
    pytest.fail(f"JupyterLab did not answer within {SERVER_START_TIMEOUT:.0f} s:\n{lab.log_tail()}")


def _stop(lab: Lab) -> None:
    """Shut the server down (it stops its kernels), then kill whatever is left of it."""
    spawned = _descendants(lab.process.pid)  # kernels run in sessions of their own
    if lab.process.poll() is None:
        with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
            lab.api("/api/shutdown", method="POST", timeout=5)
        with contextlib.suppress(subprocess.TimeoutExpired):
            lab.process.wait(timeout=SERVER_STOP_TIMEOUT)
    _kill(lab.process.pid)  # the server's own process group (start_new_session below)
    for pid, started in spawned.items():
        _kill(pid, started)
    with contextlib.suppress(subprocess.TimeoutExpired):
        lab.process.wait(timeout=SERVER_STOP_TIMEOUT)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab over a temporary copy of the notebooks and the Maxiresponse case."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found")
    base = tmp_path_factory.mktemp("lab")
    root = base / "root"
    shutil.copytree(ROOT / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(
        ROOT / "data" / "maxiresponse",
        root / "data" / "maxiresponse",
        ignore=shutil.ignore_patterns(".*"),
    )
    with running_lab(base, root) as server:
        yield server


def _notary_options(base: Path) -> list[str]:
    """The server keeps the signatures of trusted notebooks under `base`, never in the analyst's
    own database."""
    return [
        f"--NotebookNotary.db_file={base / 'nbsignatures.db'}",
        f"--NotebookNotary.secret_file={base / 'notebook_secret'}",
    ]


def trust(base: Path, notebook: Path) -> None:
    """Sign `notebook` for the server of `running_lab(base, ...)`: it then shows the notebook's
    outputs as trusted, like outputs made in the session (HTML and Markdown not sanitised)."""
    import nbformat
    from nbformat.sign import NotebookNotary

    notary = NotebookNotary(
        db_file=str(base / "nbsignatures.db"), secret_file=str(base / "notebook_secret")
    )
    notary.sign(nbformat.read(notebook, as_version=4))


@contextlib.contextmanager
def running_lab(base: Path, root: Path) -> Iterator[Lab]:
    """JupyterLab serving `root`, its settings and runtime files in `base`; stopped at the end."""
    settings = base / "settings"
    for name, values in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(values))
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTER_CONFIG_DIR": str(base / "config"),  # not ~/.jupyter: no personal config
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("JUPYTER_TOKEN", None)
    token = secrets.token_hex(24)
    port = _free_port()
    log = base / "jupyterlab.log"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={root}",
        *_notary_options(base),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=base,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as a whole at the end
        )
    server = Lab(f"http://127.0.0.1:{port}", token, root, process, log)
    try:
        _wait_for_status(server)
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright; closed at the end."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page, tall enough to show a form and its live scores; a screenshot on failure."""
    context = browser.new_context(viewport={"width": 1400, "height": 3000})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        yield page
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            ARTEFACTS.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(Exception):  # the failure itself is what matters
                page.screenshot(path=str(ARTEFACTS / f"{request.node.name}-failure.png"))
        context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Keep each phase's report on the test item, so `page` can tell that the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
