"""Outputs killed while written: the previous file stays whole, and no process is left behind.

`pia report` and `pia ropa` run as real commands in their own process group and are killed
(SIGKILL) at a random moment, or just after the temporary file of one of their outputs appears,
so that kills land inside the write itself (those runs have their fsync slowed down by 10-30 ms,
to widen the write). After each kill every output is either the previous
file, byte for byte and the same file (inode), or a whole new one; at most the killed write's
temporary file is left beside it (a later write of the same output clears it once it is an hour
old, checked at the end); and no process of the group is alive (the PDF's forked worker dies with
its parent).

2 kills of `pia report` and 4 of `pia ropa` here; `make reliability` (PIA_RELIABILITY=1) does 25
and 26. Linux only: processes are found through /proc.
"""

from __future__ import annotations

import io
import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE, record, write_yaml

import pia
from pia.atomic_write import STALE_TEMPORARY_SECONDS, write_atomically

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds processes through /proc (Linux)"
)

RELIABILITY = bool(os.environ.get("PIA_RELIABILITY"))
REPORT_KILLS = 25 if RELIABILITY else 2
ROPA_KILLS_EACH = 13 if RELIABILITY else 2  # of .xlsx and of .csv
PIA = [sys.executable, "-m", "pia.cli"]
# As `pia`, each fsync 10-30 ms slower, so that a kill just after an output's temporary
# file appears lands inside the write more often than after it (the write of a small file takes
# a millisecond or two; most of a run is work before it).
PIA_WRITING_SLOWLY = [
    sys.executable,
    "-c",
    "import os, random, sys, time\n"
    "fsync = os.fsync\n"
    "os.fsync = lambda fd: (time.sleep(random.uniform(0.01, 0.03)), fsync(fd))[1]\n"
    "from pia.cli import main\n"
    "sys.exit(main(sys.argv[1:]))",
]
GONE_WITHIN = 5.0  # seconds for a killed command's processes to be gone
TIMEOUT = 120.0


# --- processes -----------------------------------------------------------------------------------


def live_in_group(pgid: int, parent: int | None = None) -> list[int]:
    """The processes of a process group that are alive (zombies are dead: not counted), or only
    those that are `parent`'s children and run the same program (forked from it)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            state, ppid, group = stat[stat.rindex(")") + 2 :].split()[:3]
            if int(group) != pgid or state in "ZX":
                continue
            if parent is not None and (
                int(ppid) != parent or _cmdline(entry.name) != _cmdline(str(parent))
            ):
                continue
        except OSError:
            continue  # ended meanwhile
        pids.append(int(entry.name))
    return pids


def _cmdline(pid: str) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


def wait_until(condition: Callable[[], bool], timeout: float, pause: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(pause)
    return condition()


@contextmanager
def command(args: list[str], stdout: int = subprocess.DEVNULL) -> Iterator[subprocess.Popen[bytes]]:
    """Run `args` as the leader of a new process group; whatever is left of it is killed after."""
    process = subprocess.Popen(args, start_new_session=True, stdout=stdout, stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        for pid in live_in_group(process.pid):  # only when a test failed: its own processes
            os.kill(pid, signal.SIGKILL)
        process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


def kill_and_count_survivors(process: subprocess.Popen[bytes]) -> int:
    """SIGKILL the command; how many of its processes are still alive after GONE_WITHIN s."""
    process.kill()
    process.wait()
    wait_until(lambda: not live_in_group(process.pid), GONE_WITHIN)
    return len(live_in_group(process.pid))


# --- the PDF worker ------------------------------------------------------------------------------

# WeasyPrint runs short-lived programs as it loads its libraries: loaded first, they are done
# with by the time the render forks its worker (the only child of the same program).
RENDER_ON_TWO_PROCESSES = """
import sys
import weasyprint
from pia.report.pdf import render_pdf
print("rendering", flush=True)
render_pdf(open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], processes=2)
"""


@pytest.mark.slow
def test_a_pdf_render_killed_while_its_worker_runs_leaves_no_process(tmp_path: Path, minimal):
    html = tmp_path / "report.html"
    html.write_text(pia.render_html(pia.load(write_yaml(tmp_path / "a.yaml", minimal))), "utf-8")
    args = [sys.executable, "-c", RENDER_ON_TWO_PROCESSES, str(html), str(tmp_path / "out.pdf")]
    with command(args, stdout=subprocess.PIPE) as render:
        assert render.stdout and render.stdout.readline() == b"rendering\n"
        forked = wait_until(lambda: live_in_group(render.pid, parent=render.pid), TIMEOUT, 0.002)
        assert forked, "the render did not fork its worker"
        assert kill_and_count_survivors(render) == 0, "the PDF worker outlived its parent"
    assert not (tmp_path / "out.pdf").exists()


# --- kills timed to the moment of writing --------------------------------------------------------


def temporary_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")}


def whole_html(data: bytes) -> bool:
    return data.startswith(b"<!DOCTYPE html>") and data.endswith(b"</html>\n")


def whole_pdf(data: bytes) -> bool:
    from pypdf import PdfReader

    if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
        return False
    return len(PdfReader(io.BytesIO(data), strict=True).pages) > 0


def whole_zip(data: bytes, member: str) -> bool:
    """A whole .docx or .xlsx: a zip archive whose members are all intact, `member` among them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.testzip() is None and member in archive.namelist()
    except zipfile.BadZipFile:
        return False


class Outputs:
    """The outputs of one command: each set to a previous version before a run, checked after."""

    def __init__(self, folder: Path, whole: dict[str, Callable[[bytes], bool]]):
        self.folder, self.whole = folder, whole
        self.previous: dict[str, tuple[bytes, int]] = {}
        self.temporaries: set[str] = set()
        self.tally: Counter[str] = Counter()

    def set_previous(self, round_no: int) -> None:
        for name in self.whole:
            data = f"the previous {name}, from round {round_no - 1}\n".encode()
            (self.folder / name).write_bytes(data)
            self.previous[name] = (data, (self.folder / name).stat().st_ino)

    def check(self, round_no: int) -> list[str]:
        """What is wrong with the folder after a kill; counts what the kill left."""
        problems = []
        for name, is_whole in self.whole.items():
            path = self.folder / name
            data, inode = path.read_bytes(), path.stat().st_ino
            if (data, inode) == self.previous[name]:
                self.tally["previous"] += 1
            elif is_whole(data):
                self.tally["new"] += 1
            else:
                problems.append(f"round {round_no}: {name} is neither the previous nor whole")
        left = temporary_files(self.folder) - self.temporaries
        if left:
            self.tally["killed while writing"] += 1
        if len(left) > 1 or not all(_is_temporary_of(t, self.whole) for t in left):
            problems.append(f"round {round_no}: temporary files left: {sorted(left)}")
        self.temporaries |= left
        strays = {p.name for p in self.folder.iterdir()} - set(self.whole) - self.temporaries
        if strays:
            problems.append(f"round {round_no}: unexpected files: {sorted(strays)}")
        return problems

    def check_cleared_later(self) -> None:
        """Temporary files of killed writes go with a later write once an hour old."""
        old = time.time() - STALE_TEMPORARY_SECONDS - 60
        for name in self.temporaries:
            os.utime(self.folder / name, (old, old))
        for name in self.whole:
            write_atomically(self.folder / name, (self.folder / name).read_bytes())
        assert temporary_files(self.folder) == set()


def _is_temporary_of(name: str, outputs: dict[str, Callable[[bytes], bool]]) -> bool:
    return any(re.fullmatch(rf"\.{re.escape(out)}\.\w+\.tmp", name) for out in outputs)


def wait_for_write(process: subprocess.Popen[bytes], outputs: Outputs, name: str) -> bool:
    """Wait until the output `name` is being written (a new temporary file of it appears);
    False if it was not written through a temporary file (the command ended without one)."""

    def writing() -> bool:
        new = temporary_files(outputs.folder) - outputs.temporaries  # not those of earlier kills
        return any(t.startswith(f".{name}.") for t in new)

    wait_until(lambda: writing() or process.poll() is not None, TIMEOUT, pause=0.0005)
    return writing()


def kill_rounds(
    what: str,
    arguments: list[str],
    outputs: Outputs,
    kills: int,
    longest_delay: float,
    seed: int,
) -> None:
    """Run `pia arguments` `kills` times, killed at a random moment or while writing an output."""
    rnd = random.Random(seed)
    problems: list[str] = []
    survivors = finished = 0
    started = time.monotonic()
    targets = list(outputs.whole)
    for round_no in range(1, kills + 1):
        outputs.set_previous(round_no)
        # every other kill when a temporary file appears: inside the write itself
        target = targets[(round_no // 2) % len(targets)] if round_no % 2 else None
        with command([*(PIA_WRITING_SLOWLY if target else PIA), *arguments]) as process:
            if target:
                seen = wait_for_write(process, outputs, target)
                assert seen, f"{what}: {target} was not written through a temporary file"
                time.sleep(rnd.uniform(0, 0.015))
            else:
                time.sleep(rnd.uniform(0, longest_delay))
            if process.poll() is not None:
                finished += 1
                errors = process.stderr.read().decode() if process.stderr else ""
                assert process.returncode == 0, errors
            survivors += kill_and_count_survivors(process)
        problems += outputs.check(round_no)
    outputs.check_cleared_later()
    t = outputs.tally
    record(
        f"{what} killed: {kills} kills ({kills - finished} while running, {finished} had finished; "
        f"{t['killed while writing']} inside an output's write, leaving its temporary file): "
        f"outputs after a kill: {t['previous']} the previous file byte for byte, {t['new']} a "
        f"whole new one, {len(problems)} broken; {survivors} processes left; "
        f"temporary files cleared by a later write once an hour old; "
        f"{time.monotonic() - started:.0f} s"
    )
    assert not problems, "\n".join(problems)
    assert survivors == 0


@pytest.mark.slow
def test_pia_report_killed_while_writing_leaves_each_file_whole(tmp_path: Path, minimal):
    case = write_yaml(tmp_path / "assessment.yaml", minimal)
    out = tmp_path / "report"
    out.mkdir()
    outputs = Outputs(
        out, {"dpia-en.pdf": whole_pdf, "dpia-en.docx": docx, "dpia-en.html": whole_html}
    )
    arguments = ["report", str(case), "--out", str(out), "--format", "html,pdf,docx"]
    kill_rounds("pia report", arguments, outputs, REPORT_KILLS, longest_delay=6.0, seed=12)


@pytest.mark.slow
def test_pia_ropa_killed_while_writing_leaves_each_file_whole(tmp_path: Path):
    from pia.ropa import ropa, write

    reference = write(ropa([pia.load(MAXIRESPONSE)]), tmp_path / "reference.csv").read_bytes()
    for suffix, is_whole in (("xlsx", xlsx), ("csv", lambda data: data == reference)):
        out = tmp_path / suffix
        out.mkdir()
        outputs = Outputs(out, {f"ropa.{suffix}": is_whole})
        arguments = ["ropa", str(MAXIRESPONSE), "--out", str(out / f"ropa.{suffix}")]
        kill_rounds(f"pia ropa (.{suffix})", arguments, outputs, ROPA_KILLS_EACH, 1.5, seed=30)


def docx(data: bytes) -> bool:
    return whole_zip(data, "word/document.xml")


def xlsx(data: bytes) -> bool:
    return whole_zip(data, "xl/worksheets/sheet1.xml")
