"""Section forms of a DPIA, declared as lists of field paths and built from bound field widgets."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

import ipywidgets as widgets

from pia import escaping
from pia.widgets.fields import (
    FieldWidget,
    bind,
    button,
    field_spec,
    field_widget,
    id_choices,
    is_reference,
    option_label,
    words,
)
from pia.widgets.overrides import override_control, risk_summary
from pia.widgets.sections import (
    DATA_CATEGORY,
    DATA_SOURCE,
    DATA_SUBJECTS,
    LEGAL_BASIS,
    MEASURE,
    METADATA,
    NEW_ROW,
    PURPOSE,
    RECIPIENT,
    REFUSAL,
    RETENTION,
    RIGHTS,
    RISK,
    SCREENING_FACTS,
    TRANSFER,
    Section,
)
from pia.widgets.session import RED, FieldPath, Session, coloured


def _parts(dotted: str) -> FieldPath:
    return tuple(int(p) if p.isdigit() else p for p in dotted.split("."))


def _label(dotted: str) -> str:
    names = [p for p in dotted.split(".") if not p.isdigit()]
    if len(names) >= 3:  # legitimate_interest.purpose_test.outcome -> Purpose test: outcome
        return f"{words(names[-2])}: {words(names[-1]).lower()}"
    return words(names[-1])


def close_tree(widget: widgets.Widget) -> None:
    """Close a widget and everything in it, unsubscribing bound fields from their session."""
    for child in getattr(widget, "children", ()):
        close_tree(child)
    widget.close()


class Form(widgets.VBox):
    """A form: its widgets, plus `fields` (dotted path -> FieldWidget) and `lists` for tests."""

    def __init__(
        self,
        children: list[widgets.Widget],
        fields: dict[str, FieldWidget] | None = None,
        lists: dict[str, ListForm] | None = None,
        **parts: Any,
    ):
        super().__init__(children)
        self.fields = fields or {}
        self.lists = lists or {}
        for name, part in parts.items():
            setattr(self, name, part)


def fields_form(session: Session, base: FieldPath, section: Section) -> Form:
    """The fields of `section` under `base`, with a heading per group."""
    children: list[widgets.Widget] = []
    fields: dict[str, FieldWidget] = {}
    for heading, entries in section.items():
        if heading:
            children.append(widgets.HTML(f"<b>{escaping.html(heading)}</b>"))
        for entry in entries:
            dotted, _, hint = entry.partition(":")
            fields[dotted] = field_widget(
                session, (*base, *_parts(dotted)), label=_label(dotted), widget=hint or None
            )
            children.append(fields[dotted])
    return Form(children, fields)


def _title(item: Any) -> str:
    name = getattr(item, "name", None) or getattr(item, "title", None)
    if hasattr(item, "id"):
        return f"{item.id}: {name}" if name else item.id
    kind = getattr(item, "basis", None) or getattr(item, "ground", None)  # legal basis, refusal
    if not isinstance(kind, Enum):
        return "Row"
    label = option_label(kind)
    return label[:1].upper() + label[1:]


def _keys(rows: list[Any]) -> list[Any]:
    """What identifies the rows: their ids, or their positions for rows without one."""
    return [getattr(r, "id", i) for i, r in enumerate(rows)]


class ListForm(widgets.VBox):
    """Rows of one list (purposes, recipients, measures, ...) with add and remove buttons."""

    def __init__(
        self, session: Session, list_path: FieldPath, row: Callable[[Session, int], Form], noun: str
    ):
        self.session, self.list_path, self.row, self.noun = session, list_path, row, noun
        self.items: list[Form] = []
        self.accordion = widgets.Accordion()
        self.message = widgets.HTML()
        self.add_inputs = self._new_row_inputs()
        self.add_button = button(
            f"add {noun}", icon="plus", tooltip=f"Add a {noun} with the values above"
        )
        self.add_button.on_click(self._add)
        new_row = widgets.VBox(
            [
                *(b.control for b in self.add_inputs.values()),
                widgets.HBox([self.add_button, self.message]),
            ]
        )
        self._keys: list[Any] | None = None
        self._rebuild()
        new_heading = widgets.HTML(f"<i>New {escaping.html(noun)}</i>")
        super().__init__([self.accordion, new_heading, new_row])
        self._unwatch = session.watch(self.refresh)

    def _new_row_inputs(self) -> dict[str, Any]:
        element = field_spec(self.list_path).annotation.__args__[0]
        inputs = {}
        for dotted in NEW_ROW[str(self.list_path[-1])]:
            spec = field_spec(_parts(dotted), root=element)
            choices = id_choices(spec.name) if is_reference(spec) else None
            binding = bind(spec, _label(dotted), None, choices)
            binding.refresh_choices(self.session, None)
            inputs[dotted] = binding
        return inputs

    def _rows(self) -> list[Any]:
        return list(self.session.value(self.list_path) or [])

    def _rebuild(self) -> None:
        for form in self.items:
            close_tree(form)
        rows = self._rows()
        self.items = [self._row_form(i) for i in range(len(rows))]
        self.accordion.children = self.items
        self.accordion.titles = tuple(_title(r) for r in rows)
        self._keys = _keys(rows)

    def _row_form(self, index: int) -> Form:
        form = self.row(self.session, index)
        remove = button(f"remove this {self.noun}", icon="trash", button_style="danger")
        error = widgets.HTML()

        def removed(_: widgets.Button) -> None:
            message = self.session.remove_item(self.list_path, index)
            error.value = coloured(message, RED) if message else ""

        remove.on_click(removed)
        form.children = (*form.children, widgets.HBox([remove, error]))
        form.remove_button, form.remove_error = remove, error
        return form

    def _add(self, _: widgets.Button | None = None) -> str | None:
        data: dict[str, Any] = {}
        for dotted, binding in self.add_inputs.items():
            _put(data, _parts(dotted), binding.to_model(binding.control.value))
        message = self.session.add_item(self.list_path, data)
        self.message.value = coloured(message, RED) if message else ""
        if message is None:
            for binding in self.add_inputs.values():
                if isinstance(binding.control, widgets.Text | widgets.Textarea):
                    binding.control.value = ""
            self.accordion.selected_index = len(self.items) - 1
        return message

    def refresh(self) -> None:
        try:
            rows = self._rows()
        except (IndexError, KeyError):
            return  # the list's owner was removed; its own list form rebuilds
        for binding in self.add_inputs.values():
            binding.refresh_choices(self.session, None)
        if _keys(rows) != self._keys:  # rows added, removed, renamed or reordered
            selected = self.accordion.selected_index
            self._rebuild()
            if selected is not None and selected < len(self.items):
                self.accordion.selected_index = selected
        elif tuple(_title(r) for r in rows) != tuple(self.accordion.titles):
            self.accordion.titles = tuple(_title(r) for r in rows)

    def close(self) -> None:
        self._unwatch()
        for form in self.items:
            close_tree(form)
        super().close()


def _put(data: dict[str, Any], path: FieldPath, value: Any) -> None:
    """Set `value` at `path` in nested dicts and lists, creating them on the way."""
    node: Any = data
    for part, following in zip(path, path[1:], strict=False):
        fresh: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            while len(node) <= part:
                node.append(fresh)
            node = node[part]
        else:
            node = node.setdefault(part, fresh)
    node[path[-1]] = value


def _with_status(session: Session, form: Form) -> Form:
    form.children = (session.status, *form.children)
    return form


def _lists(session: Session, *lists: tuple[str, ListForm]) -> Form:
    children: list[widgets.Widget] = [session.status]
    for heading, form in lists:
        children += [widgets.HTML(f"<h4>{escaping.html(heading)}</h4>"), form]
    return Form(children, lists={str(f.list_path[-1]): f for _, f in lists})


def _list_of(session: Session, list_path: FieldPath, section: Section, noun: str) -> ListForm:
    """The rows of the list at `list_path`, each showing the fields of `section`."""

    def row(session: Session, index: int) -> Form:
        return fields_form(session, (*list_path, index), section)

    return ListForm(session, list_path, row, noun)


def _with_list(form: Form, heading: str, rows: ListForm, *, first: bool = False) -> Form:
    """`form` with the list form `rows` under `heading`, before or after its fields."""
    part = (widgets.HTML(f"<b>{escaping.html(heading)}</b>"), rows)
    form.children = (*part, *form.children) if first else (*form.children, *part)
    form.lists[str(rows.list_path[-1])] = rows
    return form


# --- the sections ---------------------------------------------------------------------------------


def metadata_form(session: Session) -> Form:
    """Title, version, status, method, dates, analysts and the controller."""
    return _with_status(session, fields_form(session, ("metadata",), METADATA))


def data_subjects_form(session: Session) -> Form:
    """The groups of people concerned: what kind, whether vulnerable (WP248 criterion 7), and
    roughly how many (criterion 5, large scale)."""
    groups = _list_of(session, ("description", "data_subjects"), DATA_SUBJECTS, "group")
    return _lists(session, ("Groups of people", groups))


def data_categories_form(session: Session) -> Form:
    """The data categories: sensitivity (WP248 criterion 4), inferred, declared to people."""
    categories = _list_of(session, ("description", "data_categories"), DATA_CATEGORY, "category")
    return _lists(session, ("Data categories", categories))


def data_sources_form(session: Session) -> Form:
    """Where the data come from: kind, provider, channels (Art. 14; WP248 criteria 3 and 6)."""
    sources = _list_of(session, ("description", "data_sources"), DATA_SOURCE, "source")
    return _lists(session, ("Data sources", sources))


def screening_facts_form(session: Session) -> Form:
    """The facts that decide WP248 criteria 2, 8 and 9 directly: yes, no or unknown, and what is
    new (enabled once the processing is recorded as innovative)."""
    return _with_status(session, fields_form(session, ("description",), SCREENING_FACTS))


def _purpose(session: Session, index: int) -> Form:
    form = fields_form(session, ("purposes", index), PURPOSE)
    bases = _list_of(session, ("purposes", index, "legal_bases"), LEGAL_BASIS, "legal basis")
    return _with_list(form, "Legal bases (Art. 6(1) GDPR)", bases, first=True)


def purpose_form(session: Session, index: int) -> Form:
    """One purpose: legal bases, data used, consent, legitimate interest, objection, notice."""
    return _with_status(session, _purpose(session, index))


def purposes_form(session: Session) -> Form:
    """Every purpose in an accordion, with add and remove."""
    return _lists(session, ("Purposes", ListForm(session, ("purposes",), _purpose, "purpose")))


def transfers_form(session: Session) -> Form:
    """Recipients, then the transfers outside the EEA (EDPB Recommendations 01/2020)."""
    return _lists(
        session,
        ("Recipients", _list_of(session, ("description", "recipients"), RECIPIENT, "recipient")),
        ("Transfers", _list_of(session, ("description", "transfers"), TRANSFER, "transfer")),
    )


def retention_form(session: Session) -> Form:
    """Retention rules: who, which data, how long, from when, why, and how deletion happens."""
    rules = _list_of(session, ("description", "retention_rules"), RETENTION, "retention rule")
    return _lists(session, ("Retention rules", rules))


def rights_form(session: Session) -> Form:
    """How people exercise their rights (Arts. 12-22): channels, response time, identity checks,
    and the grounds on which requests are refused (Art. 12(5))."""
    form = fields_form(session, ("rights",), RIGHTS)
    refusals = _list_of(session, ("rights", "refusals"), REFUSAL, "refusal")
    return _with_status(session, _with_list(form, "Refusals (Art. 12(5) GDPR)", refusals))


def _risk(session: Session, index: int) -> Form:
    form = fields_form(session, ("risks", index), RISK)
    severity = override_control(session, index, "severity")
    likelihood = override_control(session, index, "likelihood")
    summary = risk_summary(session, index)
    form.children = (summary, *form.children, severity, likelihood)
    form.severity_override, form.likelihood_override, form.summary = severity, likelihood, summary
    return form


def risk_form(session: Session, index: int) -> Form:
    """One risk: what it concerns, its measures, the analyst's overrides and the live levels."""
    return _with_status(session, _risk(session, index))


def risks_form(session: Session) -> Form:
    """Every recorded risk, with add and remove."""
    return _lists(session, ("Risks", ListForm(session, ("risks",), _risk, "risk")))


def measures_form(session: Session) -> Form:
    """Measures: owner, due date, status, and how many levels they remove."""
    return _lists(session, ("Measures", _list_of(session, ("measures",), MEASURE, "measure")))


__all__ = [
    "Form",
    "ListForm",
    "close_tree",
    "data_categories_form",
    "data_sources_form",
    "data_subjects_form",
    "fields_form",
    "measures_form",
    "metadata_form",
    "purpose_form",
    "purposes_form",
    "retention_form",
    "rights_form",
    "risk_form",
    "risks_form",
    "screening_facts_form",
    "transfers_form",
]
