"""A risk's severity and likelihood overrides (level and rationale) and its live summary line."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from pia import escaping
from pia.model import Override
from pia.model.risks import SCALE_LEVELS
from pia.widgets.fields import LABEL_STYLE, WIDE, button, words
from pia.widgets.session import GREY, RED, Session, coloured


def _levels(session: Session, axis: str) -> tuple[str, ...]:
    return SCALE_LEVELS[session.assessment.metadata.method.value][axis]


def _line(session: Session, index: int) -> Any:
    """The risk register line of risk `index` in the session's current result, if scored."""
    try:
        risk_id = session.value(("risks", index, "id"))
    except IndexError:
        return None
    return next((ln for ln in getattr(session.result, "risks", ()) if ln.id == risk_id), None)


class OverrideControl(widgets.VBox):
    """Toggle buttons over the method's levels, a rationale, and "use proposed" to clear it.

    A level is saved only together with a rationale of at least 15 characters; until then the
    refusal stays next to the control and nothing is written.
    """

    def __init__(self, session: Session, index: int, axis: str):
        self.session, self.index, self.axis = session, index, axis
        self.path = ("risks", index, f"{axis}_override")
        self.level = widgets.ToggleButtons(
            options=list(_levels(session, axis)),
            value=None,
            style=LABEL_STYLE,
            description=f"{words(axis)} override",
            tooltip=f"Your own {axis} level instead of the proposed one (needs a rationale)",
        )
        self.rationale = widgets.Textarea(
            description="Rationale",
            continuous_update=False,
            layout=WIDE,
            style=LABEL_STYLE,
            placeholder="Why the proposed level is wrong here (at least a sentence)",
            tooltip=Override.model_fields["rationale"].description,
        )
        self.use_proposed = button(
            "use proposed",
            icon="undo",
            tooltip="Clear the override: the proposal counts",
        )
        self.proposed = widgets.HTML()
        self.error = widgets.HTML()
        self._syncing = False
        super().__init__(
            [
                widgets.HBox([self.level, self.proposed]),
                self.rationale,
                widgets.HBox([self.use_proposed, self.error]),
            ]
        )
        self.refresh()
        self.level.observe(self._submit, "value")
        self.rationale.observe(self._submit, "value")
        self.use_proposed.on_click(self._clear)
        self._unwatch = session.watch(self.refresh)

    def _submit(self, _: dict[str, Any] | None = None) -> None:
        if self._syncing:
            return
        if self.level.value is None:  # a rationale alone waits for its level
            self.error.value = ""
            return
        message = self.session.apply(
            self.path, {"level": self.level.value, "rationale": self.rationale.value.strip()}
        )
        self.error.value = coloured(message, RED) if message else ""

    def _clear(self, _: widgets.Button | None = None) -> None:
        message = self.session.apply(self.path, None)
        self.error.value = coloured(message, RED) if message else ""
        if message is None:
            self.refresh()

    def refresh(self) -> None:
        """Show the saved override and the proposal, unless a refused input is still on screen."""
        line = _line(self.session, self.index)
        rating = getattr(line, self.axis, None)
        if rating is not None:
            proposed = _levels(self.session, self.axis)[rating.proposed - 1]
            self.proposed.value = coloured(f"proposed: {words(proposed).lower()}", GREY)
        if self.error.value:
            return
        try:
            override = self.session.value(self.path)
        except IndexError:
            return  # the risk was removed; the list form rebuilds its rows
        self._syncing = True
        try:
            levels = list(_levels(self.session, self.axis))
            if list(self.level.options) != levels:
                self.level.options = levels
            self.level.value = override.level if override else None
            self.rationale.value = override.rationale if override else ""
        finally:
            self._syncing = False

    def close(self) -> None:
        self._unwatch()
        super().close()


def override_control(session: Session, index: int, axis: str) -> OverrideControl:
    """The `severity` or `likelihood` override of risk `index`."""
    if axis not in ("severity", "likelihood"):
        raise ValueError(f"axis is severity or likelihood, not {axis!r}")
    return OverrideControl(session, index, axis)


def summary_text(session: Session, index: int) -> str:
    """Proposal, counted level and residual level of risk `index`, in one line of words."""
    line = _line(session, index)
    if line is None:
        return "not scored yet"
    levels = SCALE_LEVELS[session.assessment.metadata.method.value]

    def axis(name: str) -> str:
        rating = getattr(line, name)
        counted = levels[name][rating.final - 1]
        if rating.override is None:
            return f"{name} {counted} (proposed)"
        return f"{name} {counted} (override; proposed {levels[name][rating.proposed - 1]})"

    counted = sum(1 for m in line.measures if m.counted)
    residual = (
        f"severity {levels['severity'][line.residual_severity - 1]}, likelihood "
        f"{levels['likelihood'][line.residual_likelihood - 1]}"
    )
    return (
        f"{axis('severity')}, {axis('likelihood')}: level {line.level}; after {counted} "
        f"counted measure{'' if counted == 1 else 's'} ({residual}): residual "
        f"{line.residual_level}"
    )


class RiskSummary(widgets.HTML):
    """The live summary line of one risk; re-rendered after every saved change."""

    def __init__(self, session: Session, index: int):
        self.session, self.index = session, index
        super().__init__()
        self.refresh()
        self._unwatch = session.watch(self.refresh)

    def refresh(self) -> None:
        try:
            text = summary_text(self.session, self.index)
        except IndexError:
            return
        self.value = f"<b>Levels</b>: {escaping.html(text)}"

    def close(self) -> None:
        self._unwatch()
        super().close()


def risk_summary(session: Session, index: int) -> RiskSummary:
    """A live one-line summary of risk `index`: proposal, overrides, residual level."""
    return RiskSummary(session, index)
