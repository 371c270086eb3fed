"""pia: a Jupyter workbook for GDPR Art. 35 Data Protection Impact Assessments.

The public API is small: `load` and `save` an assessment file, `assess` it into a `Result`,
`render_html` / `render_pdf` the report. Heavy modules (charts, widgets, the report's renderer)
are imported only when used, so `import pia` stays fast.
"""

from typing import Any

from pia.errors import InvalidAssessment, PiaError, SaveConflict
from pia.model import Assessment
from pia.result import Result, assess
from pia.store import load, save

__version__ = "0.1.0"
__all__ = [
    "Assessment",
    "InvalidAssessment",
    "PiaError",
    "Result",
    "SaveConflict",
    "assess",
    "load",
    "render_html",
    "render_pdf",
    "save",
]


def __getattr__(name: str) -> Any:
    """`pia.render_html` and `pia.render_pdf`, imported on first use (they pull in Jinja2)."""
    if name in ("render_html", "render_pdf"):
        from pia.report import render

        return getattr(render, name)
    raise AttributeError(f"module 'pia' has no attribute {name!r}")
