"""The project installs the same way for pip and conda users, and `import pia` stays light."""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from conftest import MAXIRESPONSE, ROOT
from ruamel.yaml import YAML


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_every_dependency_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    env = YAML(typ="safe").load((ROOT / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    listed = {_name(d) for d in env["dependencies"] if isinstance(d, str)}
    listed |= {"matplotlib"} if "matplotlib-base" in listed else set()
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed |= {_name(d) for d in pip if not d.startswith("-")}  # not on conda-forge: from PyPI
    assert wanted <= listed, f"missing from environment.yml: {sorted(wanted - listed)}"
    assert "-e ." in pip


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_runtime_dependencies_are_what_pia_imports():
    """An analyst's install has every library a command may import, late or not; a library only
    the tests use is a test extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {_normal(_name(r)) for r in project["dependencies"]}
    distributions = importlib.metadata.packages_distributions()
    imported = set()
    for path in (ROOT / "pia").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    libraries = imported - set(sys.stdlib_module_names) - {"pia"}
    missing = {
        library: distributions.get(library)
        for library in sorted(libraries)
        if not {_normal(d) for d in distributions.get(library, [])} & runtime
    }
    assert missing == {}, "add these to [project] dependencies in pyproject.toml"
    used = {_normal(d) for library in libraries for d in distributions.get(library, [])}
    # needed without an import: what the workbook runs in, and cryptography's reader of
    # passphrase-protected OpenSSH keys
    unimported = {"jupyterlab", "ipykernel", "bcrypt"}
    assert sorted(runtime - used - unimported) == [], "imported by no module of pia: a test extra?"


def test_import_pia_does_not_load_heavy_libraries():
    heavy = ["matplotlib", "weasyprint", "ipywidgets", "pandas", "IPython"]
    code = f"import sys, pia; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "make report" in first_block and "make test" in first_block


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_report_renderers_are_part_of_the_public_api_but_load_late():
    code = (
        "import sys, pia; before = 'pia.report.render' in sys.modules; "
        "html = pia.render_html(pia.load(sys.argv[1])); "
        "page = html.lstrip().lower().startswith('<!doctype html>'); "
        "print(before, page, callable(pia.render_pdf))"
    )
    maxiresponse = str(ROOT / "data" / "maxiresponse" / "assessment.yaml")
    out = subprocess.run([sys.executable, "-c", code, maxiresponse], capture_output=True, text=True)
    assert out.stdout.split() == ["False", "True", "True"], out.stderr


@pytest.mark.slow
def test_the_wheel_alone_writes_a_pdf_and_a_word_report(tmp_path: Path):
    """Built as a wheel and installed without the test tools, away from the source tree, `pia
    report` writes the PDF and the Word file: every file it reads is in the package."""
    source = tmp_path / "source"
    shutil.copytree(ROOT / "pia", source / "pia", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels, venv = tmp_path / "wheels", tmp_path / "venv"
    pip = ["-m", "pip", "--disable-pip-version-check", "-q"]
    _run(sys.executable, *pip, "wheel", "--no-deps", "-w", wheels, source)
    (wheel,) = wheels.glob("pia-*.whl")
    _run(sys.executable, "-m", "venv", venv)
    # the wheel's file, not the name: the index may hold another project called pia
    _run(venv / "bin" / "python", *pip, "install", wheel)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(MAXIRESPONSE.parent, elsewhere / "case")
    case = elsewhere / "case" / MAXIRESPONSE.name
    report = [venv / "bin" / "pia", "report", case, "--out", "out", "--format", "pdf,docx"]
    _run(*report, cwd=elsewhere)
    assert (elsewhere / "out" / "dpia-en.pdf").read_bytes().startswith(b"%PDF-")
    with zipfile.ZipFile(elsewhere / "out" / "dpia-en.docx") as docx:
        assert "word/document.xml" in docx.namelist()
    where = "import pia, importlib.util as u; print(pia.__file__, u.find_spec('pytest'))"
    out = _run(venv / "bin" / "python", "-c", where, cwd=elsewhere)
    installed, pytest_spec = out.split()
    assert Path(installed).is_relative_to(venv) and pytest_spec == "None"


def _run(*command: object, cwd: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, f"{command}: {done.stderr[-3000:]}"
    return done.stdout
