"""Run the notebooks headless: refresh their committed outputs, or run them on another case."""

from __future__ import annotations

from pathlib import Path

from pia.atomic_write import write_atomically
from pia.errors import PiaError

# The project's notebooks: a folder of the project (where `make` and `pia` run), not of the
# installed package, whose copy of the source may be anywhere.
NOTEBOOKS = Path("notebooks")
PARAMETER = "assessment_path"


def workbook_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered step notebooks, in order (`00_overview.ipynb`, `01_screening.ipynb`, ...)."""
    return _found(folder, "[0-9][0-9]_*.ipynb")


def all_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The step notebooks and the others (the portfolio): what `make notebooks` refreshes."""
    return _found(folder, "*.ipynb")


def _found(folder: Path, pattern: str) -> list[Path]:
    found = sorted(p.resolve() for p in Path(folder).glob(pattern))
    if not found:
        raise PiaError(
            f"{Path(folder).resolve()}: no workbook notebooks there "
            "(by default pia looks in notebooks/ of the folder it runs in: the project's)"
        )
    return found


def refresh(notebook: Path, timeout: int = 300) -> None:
    """Execute a notebook in place, as nbval will, and drop the widget state it saved.

    Widget state (hundreds of kilobytes of control values) is not reviewable in git and is rebuilt
    whenever the analyst runs the notebook; text, tables and charts stay for nbval to compare.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
    ).execute()
    nb.metadata.pop("widgets", None)
    text = nbformat.writes(nb)
    write_atomically(notebook, (text if text.endswith("\n") else text + "\n").encode("utf-8"))


def run_on(notebook: Path, assessment: Path, output: Path, timeout: int = 300) -> Path:
    """Run a notebook with papermill on another assessment file, writing the result to `output`."""
    import papermill

    papermill.execute_notebook(
        str(notebook),
        str(output),
        parameters={PARAMETER: str(Path(assessment).resolve())},
        cwd=str(notebook.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=timeout,
    )
    return output
