"""ipywidgets forms bound to the sections of an assessment, saving each valid change at once.

Open a `Session` on a file, then display a section form::

    from pia.widgets import Session, risks_form
    session = Session.open("../data/maxiresponse/assessment.yaml")
    risks_form(session)

Every form writes through `Session.apply`, `Session.add_item` or `Session.remove_item`: the
change is validated on a copy of the assessment, saved atomically (refused if the file changed
on disk), re-assessed, and announced to `Session.on_change` listeners. An invalid change is shown
next to its field and writes nothing. This package is the only one that imports ipywidgets.
"""

from pia.widgets.consultation_form import ClearSection, consultation_form
from pia.widgets.fields import FieldWidget, field_spec, field_widget
from pia.widgets.forms import (
    Form,
    ListForm,
    data_categories_form,
    data_sources_form,
    data_subjects_form,
    measures_form,
    metadata_form,
    purpose_form,
    purposes_form,
    retention_form,
    rights_form,
    risk_form,
    risks_form,
    screening_facts_form,
    transfers_form,
)
from pia.widgets.overrides import OverrideControl, override_control, risk_summary, summary_text
from pia.widgets.session import Session
from pia.widgets.signoff_form import SignoffForm, signoff_form

__all__ = [
    "ClearSection",
    "FieldWidget",
    "Form",
    "ListForm",
    "OverrideControl",
    "Session",
    "SignoffForm",
    "consultation_form",
    "data_categories_form",
    "data_sources_form",
    "data_subjects_form",
    "field_spec",
    "field_widget",
    "measures_form",
    "metadata_form",
    "override_control",
    "purpose_form",
    "purposes_form",
    "retention_form",
    "rights_form",
    "risk_form",
    "risks_form",
    "risk_summary",
    "screening_facts_form",
    "signoff_form",
    "summary_text",
    "transfers_form",
]
