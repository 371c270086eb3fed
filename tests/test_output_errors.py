"""Where an output cannot go, the command says which path and why, exits 1, and replaces nothing.

`--out` naming a file where a folder is expected or a folder where a file is, a path through a
file, a read-only folder, a full disk and a file-size limit: each is one line,
`pia: <path>: <reason>`, never a traceback, and the previous output is left as it was.

The read-only folder and the full disk are real: a small tmpfs mounted read-only, or filled up,
when this process may mount one (as root). Otherwise a folder without write permission stands for
the read-only one, and the full disk is skipped (the file-size limit still fails a write midway).
A limit on file size (RLIMIT_FSIZE) is set in the command's own process.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import write_yaml

import pia
from pia.cli import main
from pia.interop.cnil import to_cnil

READ_ONLY = "the file system is read-only"
NO_PERMISSION = "permission denied"
NOT_A_FOLDER = "exists and is not a folder; give a folder"
A_FOLDER = "is a folder; give a file name"
THROUGH_A_FILE = "a part of this path is a file, not a folder"
DISK_FULL = "no space left on the disk; nothing was written in its place"
TOO_LARGE = "file too large (over the file-size limit); nothing was written in its place"


@dataclass(frozen=True)
class Places:
    """What a case may give a command: inputs, and places an output cannot go."""

    case: Path  # a valid assessment, alone in its folder
    cnil: Path  # the same as a CNIL PIA tool export
    a_file: Path  # a file where a folder is expected
    tmp: Path

    def folder(self, name: str) -> Path:
        """A folder where a file is expected (named as the file would be)."""
        folder = self.tmp / "folders" / name
        folder.mkdir(parents=True)
        return folder


@pytest.fixture
def places(tmp_path: Path, minimal) -> Places:
    (tmp_path / "case").mkdir()
    case = write_yaml(tmp_path / "case" / "assessment.yaml", minimal)
    cnil = tmp_path / "cnil.json"
    cnil.write_text(json.dumps(to_cnil(pia.load(case))), encoding="utf-8")
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder\n", encoding="utf-8")
    return Places(case, cnil, a_file, tmp_path)


def fails_with(argv: list[object], where: Path, reason: str, capsys) -> None:
    """The command exits 1 with the one line `pia: <where>: <reason>`, and no traceback."""
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    expected = reason if reason.endswith("\n") else f"pia: {where}: {reason}\n"
    assert (code, err) == (1, expected)


Case = Callable[[Places], tuple[list[object], Path, str]]

CASES: dict[str, Case] = {
    "report --out a file": lambda p: (
        ["report", p.case, "--out", p.a_file, "--format", "html"],
        p.a_file,
        NOT_A_FOLDER,
    ),
    "export-notebooks --out a file": lambda p: (
        ["export-notebooks", "--out", p.a_file],
        p.a_file,
        NOT_A_FOLDER,
    ),
    "new in a file": lambda p: (["new", p.a_file, "--title", "T"], p.a_file, NOT_A_FOLDER),
    "ropa --out a folder": lambda p: (
        ["ropa", p.case, "--out", (f := p.folder("ropa.csv"))],
        f,
        A_FOLDER,
    ),
    "export-cnil --out a folder": lambda p: (
        ["export-cnil", p.case, "--out", (f := p.folder("cnil.json"))],
        f,
        A_FOLDER,
    ),
    "portfolio --out a folder": lambda p: (
        ["portfolio", p.case.parent, "--out", (f := p.folder("portfolio.html"))],
        f,
        A_FOLDER,
    ),
    "import-cnil --out a folder": lambda p: (  # the save reads what it would replace: refused
        ["import-cnil", p.cnil, "--out", (f := p.folder("imported.yaml"))],
        f,
        f"{f}: 1 problem\n  {f}: this is a folder, not a file\n",
    ),
    "ropa --out through a file": lambda p: (
        ["ropa", p.case, "--out", p.a_file / "records" / "ropa.csv"],
        p.a_file / "records",
        THROUGH_A_FILE,
    ),
    "export-cnil --out through a file": lambda p: (
        ["export-cnil", p.case, "--out", p.a_file / "cnil.json"],
        p.a_file,
        NOT_A_FOLDER,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_an_output_in_the_wrong_kind_of_place_is_a_message(places: Places, case: Case, capsys):
    argv, where, reason = case(places)
    before = sorted(places.tmp.rglob("*"))
    fails_with(argv, where, reason, capsys)
    assert places.a_file.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(places.tmp.rglob("*")) == before  # nothing written anywhere


MISSING_PARENT: dict[str, Callable[[Places, Path], list[object]]] = {
    "ropa": lambda p, out: ["ropa", p.case, "--out", out / "ropa.csv"],
    "export-cnil": lambda p, out: ["export-cnil", p.case, "--out", out / "cnil.json"],
    "portfolio": lambda p, out: ["portfolio", p.case.parent, "--out", out / "portfolio.html"],
    "import-cnil": lambda p, out: ["import-cnil", p.cnil, "--out", out / "assessment.yaml"],
}


@pytest.mark.parametrize("case", MISSING_PARENT.values(), ids=MISSING_PARENT.keys())
def test_a_missing_folder_of_the_output_is_made(places: Places, case, capsys):
    out = places.tmp / "not" / "there" / "yet"
    assert main([str(a) for a in case(places, out)]) == 0
    assert [p.stat().st_size > 0 for p in out.iterdir() if not p.name.startswith(".")] == [True]


# --- a read-only folder, a full disk -------------------------------------------------------------


def mount_tmpfs(folder: Path, options: str) -> bool:
    """Mount a tmpfs on `folder`, if this process may (root, and a system that allows it)."""
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


def unmount(folder: Path) -> None:
    subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder nothing can be written in, and the reason the message gives."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if mount_tmpfs(folder, "ro,size=64k"):
        try:
            yield folder, READ_ONLY
        finally:
            unmount(folder)
    elif os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder, NO_PERMISSION
        finally:
            folder.chmod(0o755)
    else:
        pytest.skip("root may write in any folder, and may not mount a read-only one here")


READ_ONLY_CASES: dict[str, Callable[[Path, Places], tuple[list[object], Path]]] = {
    "report": lambda ro, p: (
        ["report", p.case, "--out", ro, "--format", "html"],
        ro / "dpia-en.html",
    ),
    "ropa": lambda ro, p: (["ropa", p.case, "--out", ro / "ropa.xlsx"], ro / "ropa.xlsx"),
    "export-cnil": lambda ro, p: (
        ["export-cnil", p.case, "--out", ro / "cnil.json"],
        ro / "cnil.json",
    ),
    "portfolio": lambda ro, p: (
        ["portfolio", p.case.parent, "--out", ro / "portfolio.html"],
        ro / "portfolio.html",
    ),
    "import-cnil": lambda ro, p: (
        ["import-cnil", p.cnil, "--out", ro / "imported.yaml"],
        ro / "imported.yaml",
    ),
    "new": lambda ro, p: (["new", ro / "newsletter", "--title", "T"], ro / "newsletter"),
}


@pytest.mark.parametrize("case", READ_ONLY_CASES.values(), ids=READ_ONLY_CASES.keys())
def test_an_output_in_a_read_only_folder_is_a_message(places: Places, read_only, case, capsys):
    folder, reason = read_only
    argv, where = case(folder, places)
    fails_with(argv, where, reason, capsys)
    assert list(folder.iterdir()) == []


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a small disk, filled up; holding the previous version of each output."""
    folder = tmp_path / "full"
    folder.mkdir()
    if not mount_tmpfs(folder, "size=64k"):
        pytest.skip("may not mount a small tmpfs here to fill it up")
    try:
        for name in ("dpia-en.html", "ropa.xlsx", "cnil.json"):
            (folder / name).write_text(f"the previous {name}\n", encoding="utf-8")
        with (folder / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"x" * 1024)
            except OSError:
                pass  # full
        yield folder
    finally:
        unmount(folder)


FULL_DISK_CASES: dict[str, Callable[[Path, Places], tuple[list[object], Path]]] = {
    "report": lambda full, p: (
        ["report", p.case, "--out", full, "--format", "html"],
        full / "dpia-en.html",
    ),
    "ropa": lambda full, p: (["ropa", p.case, "--out", full / "ropa.xlsx"], full / "ropa.xlsx"),
    "export-cnil": lambda full, p: (
        ["export-cnil", p.case, "--out", full / "cnil.json"],
        full / "cnil.json",
    ),
}


@pytest.mark.parametrize("case", FULL_DISK_CASES.values(), ids=FULL_DISK_CASES.keys())
def test_an_output_on_a_full_disk_is_a_message_and_the_previous_file_stays(
    places: Places, full_disk: Path, case, capsys
):
    argv, where = case(full_disk, places)
    before = {p.name: p.read_bytes() for p in full_disk.iterdir()}
    fails_with(argv, where, DISK_FULL, capsys)
    assert {p.name: p.read_bytes() for p in full_disk.iterdir()} == before  # no temporary file


# --- a file-size limit ---------------------------------------------------------------------------

FILE_SIZE_LIMIT = 50_000  # bytes: the minimal case's Word report is larger


def limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, resource.RLIM_INFINITY))


@pytest.mark.slow
def test_a_report_over_the_file_size_limit_is_a_message_and_the_previous_one_stays(places):
    """Python ignores SIGXFSZ: the write fails with EFBIG, midway through the file."""
    out = places.tmp / "report"
    out.mkdir()
    previous = out / "dpia-en.docx"
    previous.write_bytes(b"the previous report\n")
    done = subprocess.run(
        [sys.executable, "-m", "pia.cli", "report", places.case, "--out", out, "--format", "docx"],
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size,
    )
    assert (done.returncode, done.stderr) == (1, f"pia: {previous}: {TOO_LARGE}\n")
    assert [p.name for p in out.iterdir()] == ["dpia-en.docx"]
    assert previous.read_bytes() == b"the previous report\n"
