"""The consultation form: the DPO's advice (Art. 35(2)) and the views of the people concerned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from pia.widgets.fields import button
from pia.widgets.forms import Form, _with_status, fields_form
from pia.widgets.sections import CONSULTATION
from pia.widgets.session import RED, FieldPath, Session, coloured

DPO: FieldPath = ("consultation", "dpo")
SOUGHT: FieldPath = ("consultation", "data_subjects", "sought")
ADVICE_PLACEHOLDER = "not recorded: once the DPO has given advice, its gist and conclusion"


class ClearSection(widgets.HBox):
    """A button that removes an optional section (the DPO's advice), enabled while it is recorded.

    The way to answer "no advice recorded" after advice was written down: the section's required
    text cannot be emptied on its own.
    """

    def __init__(self, session: Session, path: FieldPath, description: str, tooltip: str):
        self.session, self.path = session, path
        self.button = button(description, icon="trash", tooltip=tooltip)
        self.error = widgets.HTML()
        self.button.on_click(self.clear)
        super().__init__([self.button, self.error])
        self.refresh()
        self._unwatch = session.watch(self.refresh)

    def clear(self, _: widgets.Button | None = None) -> str | None:
        """Remove the section; return the refusal, or None once saved."""
        message = self.session.apply(self.path, None)
        self.error.value = coloured(message, RED) if message else ""
        return message

    def refresh(self) -> None:
        self.button.disabled = self.session.value(self.path) is None

    def close(self) -> None:
        self._unwatch()
        super().close()


def _advice_recorded(session: Session) -> bool:
    return session.value(DPO) is not None


def _answered(path: FieldPath, answer: Any) -> Callable[[Session], bool]:
    return lambda session: session.value(path) is answer


def consultation_form(session: Session) -> Form:
    """The DPO's advice (summary, by whom, when, followed or why not) and whether the views of the
    people concerned were sought (what they said, or why not)."""
    form = fields_form(session, ("consultation",), CONSULTATION)
    fields = form.fields
    fields["dpo.advice"].control.placeholder = ADVICE_PLACEHOLDER
    for dotted in ("dpo.name", "dpo.date", "dpo.followed", "dpo.sources", "dpo.note"):
        fields[dotted].enable_when(_advice_recorded, "the DPO's advice is recorded")
    fields["dpo.reasons_if_not_followed"].enable_when(
        _answered((*DPO, "followed"), False), "the advice was not followed"
    )
    fields["data_subjects.views"].enable_when(_answered(SOUGHT, True), "views were sought")
    fields["data_subjects.why_not_sought"].enable_when(
        _answered(SOUGHT, False), "views were not sought"
    )
    form.remove_advice = ClearSection(
        session,
        DPO,
        "no advice recorded",
        "Remove the recorded advice of the DPO (e.g. recorded in error): CON-001 then says it is "
        "missing",
    )
    after = form.children.index(fields["dpo.note"]) + 1
    form.children = (*form.children[:after], form.remove_advice, *form.children[after:])
    return _with_status(session, form)
