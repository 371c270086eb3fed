"""The notebooks run headless on another assessment (papermill), and are committed lean."""

from __future__ import annotations

import json

import nbformat
import pytest
from conftest import write_yaml

from pia.notebook_files import PARAMETER, run_on, workbook_notebooks

NOTEBOOKS = workbook_notebooks()


def test_the_workbook_has_one_notebook_per_step():
    assert [p.stem for p in NOTEBOOKS] == [
        "00_overview",
        "01_screening",
        "02_description",
        "03_purposes",
        "04_transfers",
        "05_retention",
        "06_risks_and_measures",
        "07_report_and_signoff",
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_opens_with_the_law_then_a_parameters_cell(notebook):
    nb = nbformat.read(notebook, as_version=4)
    first, second = nb.cells[0], nb.cells[1]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "parameters" in second.metadata.get("tags", [])
    assert second.source == f'{PARAMETER} = "../data/maxiresponse/assessment.yaml"'


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_with_outputs_but_without_widget_state(notebook):
    nb = json.loads(notebook.read_text())
    assert "widgets" not in nb["metadata"]
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code), "run `make notebooks` before committing"
    assert not any(o["output_type"] == "error" for c in code for o in c["outputs"])


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_logic_lives_in_the_package(notebook):
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert "def " not in cell.source and "class " not in cell.source
            assert len(cell.source.splitlines()) <= 6, cell.source


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_runs_on_another_assessment(notebook, tmp_path, minimal):
    other = write_yaml(tmp_path / "other.yaml", minimal)
    out = run_on(notebook, other, tmp_path / notebook.name)
    executed = nbformat.read(out, as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    assert not any(o.output_type == "error" for o in outputs)
    shown = json.dumps([o.get("data", {}).get("text/plain", "") for o in outputs])
    assert "Newsletter for members" in shown or notebook.stem != "00_overview"
