"""The sign-off form: management records its decision, and accepts open blockers explicitly."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets

from pia.errors import SignoffRefused
from pia.model import Decision
from pia.signoff import sign
from pia.widgets.fields import button, fitted
from pia.widgets.session import GREEN, RED, Session, coloured


class SignoffForm(widgets.VBox):
    """Name, role, decision, conditions and one justification per open blocker; then Sign."""

    def __init__(self, session: Session):
        self.session = session
        self.name = widgets.Text(description="Name")
        self.role = widgets.Text(description="Role")
        self.decision = widgets.Dropdown(
            description="Decision",
            options=[(d.value.replace("_", " "), d.value) for d in Decision],
            layout=fitted(),
        )
        self.date = widgets.DatePicker(description="Date", value=dt.date.today())
        self.conditions = widgets.Textarea(
            description="Conditions", placeholder="one condition per line"
        )
        self.acceptances: dict[str, widgets.Textarea] = {}
        self.button = button("Sign", button_style="primary")
        self.message = widgets.HTML()
        self.button.on_click(lambda _: self.submit())
        super().__init__()
        self._build()

    def _build(self) -> None:
        blockers = sorted(
            {f.id: f for f in self.session.result.findings_by_severity("blocker")}.items()
        )
        self.acceptances = {
            rule: widgets.Textarea(
                description=rule, placeholder=f"why approve although {f.title.lower()}?"
            )
            for rule, f in blockers
        }
        intro = widgets.HTML(
            "<b>Open blockers</b> must each be accepted with a justification before an approval "
            "is recorded."
            if blockers
            else "No blocker finding is open."
        )
        self.children = (
            self.session.status,
            self.name,
            self.role,
            self.decision,
            self.date,
            self.conditions,
            intro,
            *self.acceptances.values(),
            self.button,
            self.message,
        )

    def submit(self) -> str | None:
        """Record the sign-off through the session; return the refusal, or None once saved."""
        accept = {
            rule: box.value.strip() for rule, box in self.acceptances.items() if box.value.strip()
        }
        conditions = [line.strip() for line in self.conditions.value.splitlines() if line.strip()]
        try:
            signed = sign(
                self.session.assessment,
                name=self.name.value.strip(),
                role=self.role.value.strip(),
                decision=self.decision.value,
                conditions=conditions,
                date=self.date.value or dt.date.today(),
                accept=accept,
                result=self.session.result,
            )
        except SignoffRefused as e:
            self.message.value = coloured(str(e), RED)
            return str(e)
        problem = self.session.replace(signed)
        self.message.value = coloured(problem or "sign-off recorded", RED if problem else GREEN)
        return problem


def signoff_form(session: Session) -> SignoffForm:
    return SignoffForm(session)
