"""The sign-off form: management records its decision, and accepts open blockers explicitly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ipywidgets as widgets

from pia.allowed_signers import for_assessment, only_principal
from pia.errors import PiaError, SignoffRefused
from pia.model import Decision
from pia.signoff import sign, signoff_states
from pia.sshsig import PassphraseNeeded, load_private_key, public_key
from pia.widgets.fields import button, fitted, option_label
from pia.widgets.session import GREEN, RED, Session, coloured
from pia.words import speaker


class SignoffForm(widgets.VBox):
    """Name, role, decision, conditions and one justification per open blocker; then Sign.

    With the path of an SSH key (listed in the allowed_signers file) the sign-off is signed;
    without one it is recorded but not signed, and the form says so. A key protected by a
    passphrase is refused here, not asked for: `pia sign --key` asks on the terminal.
    """

    def __init__(self, session: Session):
        self.session = session
        self.name = widgets.Text(description="Name")
        self.role = widgets.Text(description="Role")
        self.decision = widgets.Dropdown(
            description="Decision",
            options=[(option_label(d), d.value) for d in Decision],
            layout=fitted(),
        )
        self.date = widgets.DatePicker(description="Date", value=dt.date.today())
        self.conditions = widgets.Textarea(
            description="Conditions", placeholder="one condition per line"
        )
        self.key = widgets.Text(
            description="SSH key",
            placeholder="~/.ssh/id_ed25519 (empty: recorded but not signed)",
        )
        self.principal = widgets.Text(
            description="Principal", placeholder="as allowed_signers lists the key (optional)"
        )
        self.acceptances: dict[str, widgets.Textarea] = {}
        self.button = button("Sign", button_style="primary")
        self.message = widgets.HTML()
        self.button.on_click(lambda _: self.submit())
        super().__init__()
        self._build()

    def _build(self) -> None:
        said = speaker("en")
        blockers = sorted(
            {f.id: f for f in self.session.result.findings_by_severity("blocker")}.items()
        )
        self.acceptances = {
            rule: widgets.Textarea(
                description=rule, placeholder=f"why approve although: {said.say(rule)}?"
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
            self.key,
            self.principal,
            self.button,
            self.message,
        )

    def submit(self) -> str | None:
        """Record the sign-off through the session; return the refusal, or None once saved."""
        accept = {
            rule: box.value.strip() for rule, box in self.acceptances.items() if box.value.strip()
        }
        conditions = [line.strip() for line in self.conditions.value.splitlines() if line.strip()]
        signers = for_assessment(self.session.path)
        key_path = self.key.value.strip()
        try:
            key = load_private_key(Path(key_path).expanduser()) if key_path else None
        except PassphraseNeeded:
            return self._refused(
                "this key is protected by a passphrase, which a notebook form does not ask for: "
                f"sign in a terminal with `pia sign {self.session.path} --key "
                f"{key_path} ...`, which asks for it"
            )
        except PiaError as e:
            return self._refused(str(e))
        principal = self.principal.value.strip() or None
        if key is not None and principal is None:
            principal = only_principal(public_key(key), signers)
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
                key=key,
                principal=principal,
                signers=signers,
            )
        except SignoffRefused as e:
            return self._refused(str(e))
        problem = self.session.replace(signed)
        if problem:
            return self._refused(problem)
        state = signoff_states(signed, signers)[-1]
        done = f"sign-off recorded: {state.why}"
        if key is None:
            done += " (give the path of your SSH key to sign it; see docs/signoff.md)"
        self.message.value = coloured(done, GREEN if state.integrity == "verified" else RED)
        return None

    def _refused(self, reason: str) -> str:
        self.message.value = coloured(reason, RED)
        return reason


def signoff_form(session: Session) -> SignoffForm:
    return SignoffForm(session)
