"""pia: a Jupyter workbook for GDPR Art. 35 Data Protection Impact Assessments.

The public API is small: `load` and `save` an assessment file, `assess` it into a `Result`.
Heavy modules (charts, widgets, report) are imported only where they are used, so `import pia`
stays fast.
"""

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
    "save",
]
