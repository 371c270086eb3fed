"""The notebooks run headless on another assessment (papermill), and are committed lean."""

from __future__ import annotations

import json
import re
import shutil
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from conftest import MAXIRESPONSE, write_yaml
from pydantic import BaseModel

from pia.model import UNKNOWN_IF_MISSING, Assessment
from pia.notebook_files import PARAMETER, run_on, workbook_notebooks

NOTEBOOKS = workbook_notebooks()
FORM_CALL = re.compile(r"^widgets\.(\w+_form)\(session\)$", re.MULTILINE)
# Open questions that no notebook form asks yet, which the analyst answers in the YAML file.
NOT_IN_A_FORM: set[str] = set()
# The forms each step notebook shows (a step may show more).
FORMS = {
    "01_screening": {"screening_facts_form"},
    "02_description": {
        "metadata_form",
        "data_subjects_form",
        "data_categories_form",
        "data_sources_form",
    },
    "03_purposes": {"purposes_form", "rights_form"},
    "04_transfers": {"transfers_form"},
    "05_retention": {"retention_form"},
    "06_risks_and_measures": {"risks_form", "measures_form"},
    "07_report_and_signoff": {"consultation_form", "signoff_form"},
}


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


@pytest.mark.parametrize("notebook", NOTEBOOKS[1:], ids=lambda p: p.stem)
def test_each_form_is_shown_in_the_step_where_the_analyst_meets_it(notebook):
    sources = [c.source for c in nbformat.read(notebook, as_version=4).cells]
    assert FORMS[notebook.stem] <= {m for s in sources for m in FORM_CALL.findall(s)}


def _open_questions(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """The dotted paths (`*` for a list's rows) of every field the model marks as a question the
    sources may leave open."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        if UNKNOWN_IF_MISSING in info.metadata:
            yield path
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            if typing.get_origin(arg) is list:
                arg, path = typing.get_args(arg)[0], f"{path}.*"
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                yield from _open_questions(arg, f"{path}.")


def _field_paths(widget: Any) -> Iterator[str]:
    if hasattr(widget, "binding"):  # a FieldWidget
        yield ".".join("*" if isinstance(p, int) else p for p in widget.path)
    for child in getattr(widget, "children", ()):
        yield from _field_paths(child)


def test_every_open_question_is_asked_by_a_form_in_the_notebooks(tmp_path: Path) -> None:
    """The forms the notebooks display, built on Maxiresponse, have a control for each question."""
    from pia import widgets

    path = shutil.copy(MAXIRESPONSE, tmp_path / "assessment.yaml")
    session = widgets.Session.open(path)
    sources = [c.source for nb in NOTEBOOKS for c in nbformat.read(nb, as_version=4).cells]
    calls = {m for source in sources for m in FORM_CALL.findall(source)}
    assert set().union(*FORMS.values()) <= calls
    asked = {p for call in calls for p in _field_paths(getattr(widgets, call)(session))}
    questions = set(_open_questions(Assessment))
    missing = {q for q in questions if not any(a == q or a.startswith(f"{q}.") for a in asked)}
    assert missing == NOT_IN_A_FORM, "a question no form asks, or one listed that a form now asks"
