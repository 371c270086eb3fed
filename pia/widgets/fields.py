"""One labelled control per model field, chosen from its annotation and bound to a Session."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import annotated_types
import ipywidgets as widgets
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from pia.model import Assessment, Period
from pia.model.common import UNKNOWN_IF_MISSING, AskedWhen
from pia.widgets.session import RED, FieldPath, Session, coloured
from pia.words import speaker

# Reference fields: the lists whose ids they may name (a field of this name holding ids).
ID_TARGETS: dict[str, tuple[FieldPath, ...]] = {
    "data_categories": (("description", "data_categories"),),
    "data_sources": (("description", "data_sources"),),
    "data_subjects": (("description", "data_subjects"),),
    "recipient": (("description", "recipients"),),
    "purposes": (("purposes",),),
    "measures": (("measures",),),
    "concerns": (("purposes",), ("description", "transfers"), ("description", "retention_rules")),
}
# Free text that runs to sentences gets a Textarea.
LONG_TEXT = frozenset(
    {
        "description",
        "reasoning",
        "rationale",
        "advice",
        "note",
        "processing",
        "impact",
        "justification",
        "views",
        "why_not_sought",
        "reasons_if_not_followed",
        "how_obtained",
        "withdrawal_path",
        "interest",
        "dpo_contact",
        "address",
        "location",
        "wording",
    }
)
WORDS = {"dpo": "DPO", "scc": "SCC", "art22": "Art. 22", "id": "id", "eea": "EEA"}
NONE, YES, NO, UNKNOWN = "", "yes", "no", "unknown"
LABEL_STYLE = {"description_width": "14em"}
WIDE = widgets.Layout(width="44em")


def fitted() -> widgets.Layout:
    """As wide as the widest option or caption, so none is cut short (`website or ap`)."""
    return widgets.Layout(width="max-content")


def button(description: str, **kwargs: Any) -> widgets.Button:
    """A button as wide as its icon and caption: every form's buttons are made here."""
    return widgets.Button(description=description, layout=fitted(), **kwargs)


def words(name: str) -> str:
    """`dpo_contact` -> `DPO contact`: a field name as an analyst reads it."""
    parts = [WORDS.get(p, p) for p in name.split("_")]
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def option_label(value: Enum) -> str:
    """An enum value as a form offers it: its label in the catalogue (the forms are English)."""
    return speaker("en").label_of(value)


def _strip(annotation: Any) -> tuple[Any, bool]:
    """Remove `Annotated` and `| None`; return the bare type and whether None is allowed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            if len(args) != 1:
                return annotation, optional
            annotation = args[0]
        else:
            return annotation, optional


def _model(annotation: Any) -> type[BaseModel] | None:
    bare, _ = _strip(annotation)
    return bare if isinstance(bare, type) and issubclass(bare, BaseModel) else None


@dataclass(frozen=True)
class FieldSpec:
    """What the model says about one field: its name, bare type, optionality, bounds, help."""

    name: str
    annotation: Any
    optional: bool
    info: FieldInfo

    @property
    def description(self) -> str:
        return self.info.description or ""

    @property
    def unknown_if_missing(self) -> bool:
        return any(m is UNKNOWN_IF_MISSING for m in self.info.metadata)

    def bound(self, kind: type) -> Any:
        return next(
            (getattr(m, kind.__name__.lower()) for m in self.info.metadata if isinstance(m, kind)),
            None,
        )


def field_spec(path: FieldPath, root: type[BaseModel] = Assessment) -> FieldSpec:
    """The field at `path` (`('purposes', 0, 'profiling')`), read from the model classes."""
    cls: type[BaseModel] | None = root
    annotation: Any = root
    info: FieldInfo | None = None
    for part in path:
        if isinstance(part, int):
            bare, _ = _strip(annotation)
            if typing.get_origin(bare) is not list:
                raise TypeError(f"{path}: {part} indexes something that is not a list")
            annotation = typing.get_args(bare)[0]
        else:
            if cls is None or part not in cls.model_fields:
                raise KeyError(f"{path}: no field {part!r} here")
            info = cls.model_fields[part]
            annotation = info.annotation
        cls = _model(annotation)
    if info is None or isinstance(path[-1], int):
        raise TypeError(f"{path} does not end at a field")
    bare, optional = _strip(annotation)
    return FieldSpec(str(path[-1]), bare, optional, info)


@dataclass
class Binding:
    """A control plus how its value maps to the model's value and back."""

    control: widgets.ValueWidget
    to_model: Callable[[Any], Any]
    from_model: Callable[[Any], Any]
    choices: Callable[[Any], list[str]] | None = None  # reference fields: ids to offer

    def refresh_choices(self, source: Any, current: Any) -> None:
        if self.choices is None:
            return
        chosen = list(current or []) if isinstance(current, list) else [current]
        ids = self.choices(source)
        options = [
            *([NONE] if self._nullable else []),
            *ids,
            *(c for c in chosen if c is not None and c not in ids),
        ]
        labels = [("—", NONE) if o == NONE else (o, o) for o in options]
        if list(self.control.options) != labels:
            self.control.options = labels

    @property
    def _nullable(self) -> bool:
        return isinstance(self.control, widgets.Dropdown)


def _text_binding(control: widgets.ValueWidget, spec: FieldSpec) -> Binding:
    def to_model(text: str) -> Any:
        return None if spec.optional and not text.strip() else text

    return Binding(control, to_model, lambda v: "" if v is None else str(v))


def bind(
    spec: FieldSpec,
    label: str,
    hint: str | None = None,
    choices: Callable[[Any], list[str]] | None = None,
) -> Binding:
    """The control for a field, chosen from its type; `hint` may ask for `slider` or `long`."""
    common: dict[str, Any] = {
        "description": label,
        "tooltip": spec.description,
        "style": LABEL_STYLE,
    }
    bare = spec.annotation
    element, _ = _strip(typing.get_args(bare)[0]) if typing.get_origin(bare) is list else (None, 0)
    placeholder = "unknown" if spec.unknown_if_missing else ""
    if isinstance(bare, type) and issubclass(bare, Enum):
        options = [(option_label(m), m.value) for m in bare]
        control = widgets.Dropdown(
            options=[("—", NONE)] * spec.optional + options, layout=fitted(), **common
        )
        return Binding(
            control,
            lambda v: None if v == NONE else v,
            lambda v: (NONE if spec.optional else None) if v is None else v.value,
        )
    if bare is bool and not spec.optional:
        control = widgets.Checkbox(indent=False, **common)
        return Binding(control, bool, bool)
    if bare is bool:
        control = widgets.ToggleButtons(options=[YES, NO, UNKNOWN], **common)
        return Binding(
            control,
            {YES: True, NO: False, UNKNOWN: None}.get,
            lambda v: UNKNOWN if v is None else (YES if v else NO),
        )
    if bare is dt.date:
        return Binding(widgets.DatePicker(**common), lambda v: v, lambda v: v)
    if bare is int:
        low, high = spec.bound(annotated_types.Ge), spec.bound(annotated_types.Le)
        if spec.optional and low is not None and high is not None and high - low <= 20:
            control = widgets.Dropdown(
                options=[("—", NONE)] + [(str(i), i) for i in range(low, high + 1)],
                layout=fitted(),
                **common,
            )
            return Binding(
                control, lambda v: None if v == NONE else v, lambda v: NONE if v is None else v
            )
        if spec.optional:
            return _text_binding(
                widgets.Text(placeholder=placeholder, continuous_update=False, **common), spec
            )
        bounds = {
            "min": low if low is not None else -(2**31),
            "max": high if high is not None else 2**31 - 1,
        }
        kind = widgets.IntSlider if hint == "slider" else widgets.BoundedIntText
        control = kind(continuous_update=False, **bounds, **common)
        return Binding(control, int, lambda v: v)
    if element is not None and isinstance(element, type) and issubclass(element, Enum):
        control = widgets.SelectMultiple(
            options=[(option_label(m), m.value) for m in element],
            rows=min(len(element), 6),
            layout=fitted(),
            **common,
        )
        return Binding(control, list, lambda v: tuple(m.value for m in v or []))
    if element is str and choices is not None:
        control = widgets.SelectMultiple(rows=5, layout=fitted(), **common)
        return Binding(control, list, lambda v: tuple(v or []), choices)
    if element is str:
        control = widgets.Textarea(
            placeholder="one per line", continuous_update=False, layout=WIDE, **common
        )
        return Binding(
            control,
            lambda text: [ln.strip() for ln in text.splitlines() if ln.strip()],
            lambda v: "\n".join(v or []),
        )
    if bare is str and choices is not None:
        control = widgets.Dropdown(layout=fitted(), **common)
        return Binding(
            control, lambda v: None if v == NONE else v, lambda v: NONE if v is None else v, choices
        )
    if bare in (str, Period):
        long = spec.name in LONG_TEXT or hint == "long"
        kind = widgets.Textarea if long else widgets.Text
        control = kind(placeholder=placeholder, continuous_update=False, layout=WIDE, **common)
        return _text_binding(control, spec)
    raise TypeError(f"no control for {spec.name}: {spec.annotation!r}")


def id_choices(name: str) -> Callable[[Any], list[str]] | None:
    """For a reference field, a function of the session giving the ids it may name."""
    targets = ID_TARGETS.get(name)
    if targets is None:
        return None
    return lambda session: session.ids(*targets)


def is_reference(spec: FieldSpec) -> bool:
    bare = spec.annotation
    inner = typing.get_args(bare)[0] if typing.get_origin(bare) is list else bare
    return spec.name in ID_TARGETS and _strip(inner)[0] is str


class FieldWidget(widgets.HBox):
    """A field's control with its error next to it; changes go through `session.apply`."""

    def __init__(
        self, session: Session, path: FieldPath, binding: Binding, spec: FieldSpec | None = None
    ):
        self.session, self.path, self.binding = session, path, binding
        self.spec = spec or field_spec(path)
        self.control = binding.control
        self.error = widgets.HTML()
        self._syncing = False
        self._relevant: Callable[[Session], bool] | None = None
        self._placeholder = getattr(self.control, "placeholder", "")
        self._asked_when = ""
        super().__init__([self.control, self.error])
        self.refresh()
        self.control.observe(self._changed, "value")
        self._unwatch = session.watch(self.refresh)

    def _changed(self, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        message = self.session.apply(self.path, self.binding.to_model(change["new"]))
        self.error.value = coloured(message, RED) if message else ""

    def enable_when(self, relevant: Callable[[Session], bool], when: str) -> FieldWidget:
        """Enable the control only where `relevant(session)` holds, `when` said in words.

        A recorded value keeps it enabled, so an answer that no longer applies can be cleared.
        """
        self._relevant, self._asked_when = relevant, when
        self.refresh()
        return self

    def _follow_relevance(self, current: Any) -> None:
        if self._relevant is None:
            return
        disabled = current is None and not self._relevant(self.session)
        self.control.disabled = disabled
        if hasattr(self.control, "placeholder"):
            self.control.placeholder = (
                f"asked when {self._asked_when}" if disabled else self._placeholder
            )

    def refresh(self) -> None:
        """Show the saved value, unless the analyst's refused input is still on screen."""
        if self._relevant is not None:
            try:
                self._follow_relevance(self.session.value(self.path))
            except (IndexError, KeyError):
                return
        if self.error.value:
            return
        try:
            current = self.session.value(self.path)
        except (IndexError, KeyError):
            return  # the row was removed; the list form rebuilds its rows
        if current is None and not self.spec.optional:  # its section is not recorded yet
            current = self.spec.info.get_default(call_default_factory=True)
            current = None if current is PydanticUndefined else current
        self._syncing = True
        try:
            self.binding.refresh_choices(self.session, current)
            shown = self.binding.from_model(current)
            if self.control.value != shown:
                self.control.value = shown
        finally:
            self._syncing = False

    def close(self) -> None:
        self._unwatch()
        self.control.close()
        self.error.close()
        super().close()


def asked_when(path: FieldPath) -> tuple[FieldPath, AskedWhen] | None:
    """The model's `AskedWhen` marker on the field at `path` or on a section holding it (the soft
    opt-in's answers are asked when the soft opt-in is), with the path of the marked field."""
    for end in range(len(path), 0, -1):
        marked = path[:end]
        if isinstance(marked[-1], int):
            continue
        info = field_spec(marked).info
        marker = next((m for m in info.metadata if isinstance(m, AskedWhen)), None)
        if marker is not None:
            return marked, marker
    return None


def applies(marked: FieldPath, marker: AskedWhen) -> Callable[[Session], bool]:
    """Whether the question at `marked` is asked now: its recorded answer or its condition."""

    def relevant(session: Session) -> bool:
        record = session.value(marked[:-1])
        if record is None:
            return False
        return session.value(marked) is not None or marker.applies(record, session.assessment)

    return relevant


def field_widget(
    session: Session, path: FieldPath, *, label: str | None = None, widget: str | None = None
) -> FieldWidget:
    """A labelled control for the field at `path`, saving each valid change at once; greyed out
    where the model marks the question as asked only in some cases and this is not one."""
    spec = field_spec(path)
    choices = id_choices(spec.name) if is_reference(spec) else None
    binding = bind(spec, label or words(spec.name), widget, choices)
    field = FieldWidget(session, path, binding, spec)
    asked = asked_when(path)
    if asked is not None:
        field.enable_when(applies(*asked), asked[1].when)
    return field
