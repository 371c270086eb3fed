"""The project installs the same way for pip and conda users, and `import pia` stays light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from conftest import ROOT
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
    assert wanted <= listed, f"missing from environment.yml: {sorted(wanted - listed)}"
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


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
