"""Crash safety: a process killed (SIGKILL) in the middle of saving leaves the old or the new file.

A helper process imports pia once and forks a saver per round; the saver loads the assessment
and saves it again and again with changing content, noting in a side log which version it is
about to save and which it saved. The test kills it at a random moment, then checks the file on
disk: it loads, and it is byte for byte the last saved version, or exactly the version that was
being saved. A killed save may leave its temporary file (`.assessment.yaml.*.tmp`) behind: that is
accepted only if `load` ignores it and the next save works. The killed save's lock is free again
at once: the system releases it with the process.

Half the savers sleep a few milliseconds before each `fsync` and `os.replace`, so that many kills
land inside the write itself rather than in the YAML work before it.

50 kills here; `make reliability` (PIA_RELIABILITY=1) does 500.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE, record

import pia
from pia.store import revision
from pia.store.lock import locked

KILLS = 500 if os.environ.get("PIA_RELIABILITY") else 50
NAME = "assessment.yaml"
TEMP_FILE = re.compile(rf"^\.{re.escape(NAME)}\..+\.tmp$")
HISTORY = ".history"  # where saves keep earlier versions (issue 6, item 3), if they do
LOCK = f".{NAME}.lock"  # the lock file saves take turns on (pia.store.lock); never removed

# Imports pia once, then on each `fork` line starts a saver and prints its pid; on `wait PID`
# reaps it and prints how it ended. The saver never stops on its own: it is killed.
HELPER = r"""
import hashlib, os, random, sys, time
import pia

def saver(path, log_path, round_no, widen, seed):
    rnd = random.Random(seed)
    if widen:  # widen the write window: most of a save is YAML work before the write
        real_fsync, real_replace = os.fsync, os.replace
        def fsync(fd):
            time.sleep(rnd.uniform(0, 0.008))
            return real_fsync(fd)
        def replace(src, dst):
            time.sleep(rnd.uniform(0, 0.008))
            return real_replace(src, dst)
        os.fsync, os.replace = fsync, replace
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    assessment = pia.load(path)
    base = assessment.description.processing.split(" [revision")[0]
    os.write(log, f"loaded {assessment._revision}\n".encode())
    i = 0
    while True:
        i += 1
        version = f"{round_no}.{i}"
        assessment.metadata.version = version
        # the length changes too, so a half-written file could not pass for a whole one
        assessment.description.processing = base + f" [revision {version}]" * rnd.randint(0, 40)
        answers = hashlib.sha256(assessment.model_dump_json().encode()).hexdigest()
        os.write(log, f"saving {version} {answers}\n".encode())
        revision = pia.save(assessment, path)
        os.write(log, f"saved {version} {revision}\n".encode())

for line in sys.stdin:
    command, *args = line.split()
    if command == "fork":
        pid = os.fork()
        if pid == 0:
            try:
                path, log_path, round_no, widen, seed = args
                saver(path, log_path, int(round_no), widen == "1", int(seed))
            except BaseException:
                import traceback
                traceback.print_exc()
            finally:
                os._exit(1)
        print(pid, flush=True)
    elif command == "wait":
        _, status = os.waitpid(int(args[0]), 0)
        print(status, flush=True)
"""


class Helper:
    """The helper process, driven line by line over its stdin and stdout."""

    def __init__(self, stderr_path: Path):
        self.stderr_path = stderr_path
        self._stderr = stderr_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-c", HELPER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.children: set[int] = set()

    def ask(self, line: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"the helper died:\n{self.stderr_path.read_text()}"
        return answer.strip()

    def fork(self, path: Path, log: Path, round_no: int, widen: bool, seed: int) -> int:
        pid = int(self.ask(f"fork {path} {log} {round_no} {int(widen)} {seed}"))
        self.children.add(pid)
        return pid

    def kill(self, pid: int) -> int:
        """SIGKILL the saver; return its wait status."""
        os.kill(pid, signal.SIGKILL)
        status = int(self.ask(f"wait {pid}"))
        self.children.discard(pid)
        return status

    def close(self) -> None:
        for pid in list(self.children):  # only on failure: savers the test started
            with contextlib.suppress(OSError, AssertionError):
                self.kill(pid)
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._stderr.close()


@pytest.fixture
def helper(tmp_path: Path) -> Iterator[Helper]:
    started = Helper(tmp_path / "helper-stderr.txt")
    try:
        yield started
    finally:
        started.close()


@dataclass(frozen=True)
class SideLog:
    """What the saver wrote: the revision it started from, its completed and unfinished saves."""

    loaded: str | None
    saved: tuple[str, str] | None  # (version, revision of the file it wrote)
    saving: tuple[str, str] | None  # (version, hash of its answers): begun, not known finished

    @classmethod
    def read(cls, path: Path) -> SideLog:
        text = path.read_text("utf-8") if path.exists() else ""
        loaded = saved = saving = None
        for line in text.split("\n")[:-1]:  # a line cut short by the kill is no record
            kind, *rest = line.split()
            if kind == "loaded":
                loaded = rest[0]
            elif kind == "saving":
                saving = (rest[0], rest[1])
            elif kind == "saved":
                saved, saving = (rest[0], rest[1]), None
        return cls(loaded, saved, saving)


def answers_hash(assessment: pia.Assessment) -> str:
    return hashlib.sha256(assessment.model_dump_json().encode()).hexdigest()


def wait_for_line(log: Path, prefix: str, pid: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text("utf-8").startswith(prefix):
            return
        time.sleep(0.005)
    raise AssertionError(f"saver {pid} did not start within {timeout} s")


@dataclass
class Tally:
    old: int = 0  # the file is byte for byte the last version saved before the kill
    new: int = 0  # the file is the version being saved when the kill came
    temp_left: int = 0  # ... and the kill, inside the write, left its temporary file beside it
    corrupt: int = 0
    history_copies: int = 0  # versions kept in `.history/` at the end, each checked every round
    history_temps: int = 0  # temp files a kill left in `.history/`

    @property
    def kills(self) -> int:
        return self.old + self.new + self.corrupt


# Every version has the same last part (only metadata.version and description.processing
# change): a file cut short could still validate (it ends with `signoffs: []`), not match this.
TAIL_BYTES = 1_000


def check_file_after_kill(path: Path, before: bytes, side: SideLog, tally: Tally) -> str | None:
    """Count what the kill left; return why the file is corrupt, or None."""
    data = path.read_bytes()
    old_revision = side.saved[1] if side.saved else side.loaded
    if side.saved is None:
        assert side.loaded == revision(before), "the saver loaded another file than the test saw"
    try:
        on_disk = pia.load(path)
    except pia.InvalidAssessment as error:
        return f"it does not load: {error}"
    if data[-TAIL_BYTES:] != before[-TAIL_BYTES:]:
        return "its end differs from every version written"
    if revision(data) == old_revision:
        tally.old += 1
        return None
    if side.saving and answers_hash(on_disk) == side.saving[1]:
        tally.new += 1
        return None
    return (
        f"version {on_disk.metadata.version} is neither the last saved ({side.saved}) "
        f"nor the one being saved ({side.saving})"
    )


HISTORY_COPY = re.compile(r"^\d{8}T\d{6}\.\d{6}Z-([0-9a-f]{12})\.yaml$")


def check_history(case: Path) -> tuple[int, set[str], list[str]]:
    """Kept versions in `.history/<stem>/` (if saves keep any): each complete, as its name says.

    Returns how many copies there are, the temp files there, and what is wrong.
    """
    kept = case / HISTORY / Path(NAME).stem
    copies, temps, problems = 0, set(), []
    for entry in sorted(kept.iterdir()) if kept.is_dir() else []:
        match = HISTORY_COPY.match(entry.name)
        if match:
            copies += 1
            if revision(entry.read_bytes())[:12] != match[1]:
                problems.append(f"history copy {entry.name} is not the version its name says")
        elif entry.name.startswith(".") and entry.name.endswith(".tmp"):
            temps.add(entry.name)
        else:
            problems.append(f"unexpected file in the history: {entry.name}")
    return copies, temps, problems


@pytest.mark.slow
def test_a_save_killed_at_a_random_moment_leaves_the_old_or_the_new_file(
    tmp_path: Path, helper: Helper
):
    folder = tmp_path / "case"
    folder.mkdir()
    path = folder / NAME
    shutil.copyfile(MAXIRESPONSE, path)
    rnd = random.Random(int(os.environ.get("PIA_CRASH_SEED", "35")))
    tally = Tally()
    corrupt: list[str] = []
    temp_files: set[str] = set()
    started = time.monotonic()

    for round_no in range(1, KILLS + 1):
        log = tmp_path / f"side-{round_no}.log"
        before = path.read_bytes()
        pid = helper.fork(path, log, round_no, round_no % 2 == 0, rnd.randrange(2**32))
        wait_for_line(log, "loaded ", pid)
        time.sleep(rnd.uniform(0, 0.4))  # a save takes ~50-80 ms: this spans several
        status = helper.kill(pid)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"round {round_no}: the saver ended by itself ({status}):\n"
            + helper.stderr_path.read_text()
        )

        problem = check_file_after_kill(path, before, SideLog.read(log), tally)
        if problem:
            tally.corrupt += 1
            corrupt.append(f"round {round_no}: {problem}")
            shutil.copyfile(MAXIRESPONSE, path)  # go on from a good file, to count them all
            continue

        with locked(path, timeout=0):  # the killed save's lock went with it
            pass
        names = {p.name for p in folder.iterdir()}
        left = {n for n in names if TEMP_FILE.match(n)}
        strays = names - {NAME, HISTORY, LOCK} - left
        assert not strays, f"round {round_no}: unexpected files beside the assessment: {strays}"
        new_temp = left - temp_files
        assert len(new_temp) <= 1, f"round {round_no}: more than one temp file left: {new_temp}"
        copies, history_temps, problems = check_history(folder)
        assert not problems, f"round {round_no}: " + "; ".join(problems)
        tally.history_copies = copies
        tally.history_temps = len(history_temps)
        if new_temp:
            # a kill inside the write left its temp file: load ignored it (above); a save works
            tally.temp_left += 1
            temp_files |= new_temp
            assessment = pia.load(path)
            assessment.metadata.version = f"{round_no}.0"
            pia.save(assessment, path)
            assert pia.load(path).metadata.version == f"{round_no}.0"
            assert {p.name for p in folder.iterdir() if TEMP_FILE.match(p.name)} == temp_files

    record(
        f"crash safety: {tally.kills:,} kills, {tally.corrupt} corrupt files "
        f"(old version, byte for byte: {tally.old}, {tally.temp_left} of them with the killed "
        f"save's temp file beside it; new version: {tally.new}; history: {tally.history_copies} "
        f"kept versions, all complete, {tally.history_temps} temp files) "
        f"in {time.monotonic() - started:.0f} s"
    )
    assert not corrupt, "\n".join(corrupt)
    assert tally.kills == KILLS
