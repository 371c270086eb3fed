"""The live link between one assessment file and its forms: validate, save, re-assess, notify."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from pydantic import ValidationError

from pia import escaping
from pia.errors import HistoryNotKept, InvalidAssessment, SaveConflict, SaveLocked
from pia.model import Assessment
from pia.store import field_path, load, save
from pia.validation_messages import describe

FieldPath = tuple[str | int, ...]
Listener = Callable[[Any], None]

GREEN, RED, GREY = "#1a7f37", "#b42318", "#57606a"


def _default_assess(assessment: Assessment) -> Any:
    from pia.result import assess  # imported late: it pulls in every scorer and the knowledge base

    return assess(assessment)


def _now() -> str:
    return datetime.now().strftime("%H:%M:%S")


def coloured(text: str, colour: str) -> str:
    """`text`, escaped, as an HTML span in `colour`: the status line, the errors next to fields."""
    return f'<span style="color:{colour}">{escaping.html(text)}</span>'


def messages(error: ValidationError, base: FieldPath = ()) -> str:
    """Every problem of a validation error as `field.path: sentence`, joined by `; `."""
    lines = []
    for e in error.errors(include_url=False):
        where = field_path((*base, *e["loc"]))
        lines.append(f"{where}: {describe(e)}" if where else describe(e))
    return "; ".join(dict.fromkeys(lines))


def _step(node: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return node[part]
    return node[part] if isinstance(node, dict) else getattr(node, part)


def _section_with(path: FieldPath, value: Any) -> dict[Any, Any]:
    """A new section holding only `value` at `path` within it (nested sections made on the way)."""
    section: Any = value
    for part in reversed(path):
        section = {part: section}
    return section


class Session:
    """One open assessment and the single write path of every form: validate, save, assess."""

    def __init__(
        self,
        assessment: Assessment,
        path: str | Path,
        *,
        assess: Callable[[Assessment], Any] | None = None,
    ):
        self.assessment = assessment
        self.path = Path(path)
        self._assess = assess or _default_assess
        self._listeners: list[Listener] = []
        self._views: list[Callable[[], None]] = []
        self.status = widgets.HTML()
        self.result: Any = None
        # A change refused by a conflict: (the version it was made on, the version it made).
        self.unsaved: tuple[Assessment, Assessment] | None = None
        problem = self._recompute()
        self._show(
            f"opened {self.path.name} {_now()}" + (f"; {problem}" if problem else ""),
            RED if problem else GREY,
        )

    @classmethod
    def open(cls, path: str | Path, assess: Callable[[Assessment], Any] | None = None) -> Session:
        """Load and validate the file (raises `InvalidAssessment` naming every problem)."""
        return cls(load(path), path, assess=assess)

    # --- reading ----------------------------------------------------------------------------------

    def value(self, path: FieldPath) -> Any:
        """The current value at `path`; None when a section on the way is not recorded."""
        node: Any = self.assessment
        for part in path:
            if node is None:
                return None
            node = _step(node, part)
        return node

    def ids(self, *list_paths: FieldPath) -> list[str]:
        """The ids of the items in the given lists, in order (choices for reference fields)."""
        return [item.id for p in list_paths for item in (self.value(p) or [])]

    # --- listeners --------------------------------------------------------------------------------

    def on_change(self, callback: Listener) -> Callable[[], None]:
        """Call `callback(result)` after every saved change; returns a function to unsubscribe."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def watch(self, refresh: Callable[[], None]) -> Callable[[], None]:
        """For forms: call `refresh()` after each saved change or reload; returns an unsubscribe."""
        self._views.append(refresh)
        return lambda: self._views.remove(refresh) if refresh in self._views else None

    # --- the write path ---------------------------------------------------------------------------

    def apply(self, path: FieldPath, value: Any) -> str | None:
        """Set one field; return the analyst-readable problem, or None once it is saved."""
        if not path:
            raise ValueError("apply needs the path of a field")
        candidate = self.assessment.model_copy(deep=True)
        base: FieldPath = ()
        try:
            node: Any = candidate
            for i, part in enumerate(path[:-1]):
                child = _step(node, part)
                if child is None and isinstance(part, str):
                    # an optional section, created with its first answer (which may be one the
                    # section cannot do without, such as the DPO's advice)
                    setattr(node, part, _section_with(path[i + 1 :], value))
                    break
                node, base = child, path[: i + 1]
            else:
                base = path[:-1]
                if isinstance(path[-1], int):
                    node[path[-1]] = value
                else:
                    setattr(node, path[-1], value)
        except ValidationError as e:
            return self._refuse(messages(e, base))
        except (IndexError, KeyError):
            return self._refuse(f"{field_path(path)} no longer exists; reload the form")
        return self._commit(candidate)

    def add_item(self, list_path: FieldPath, data: dict[str, Any]) -> str | None:
        """Append a row (a purpose, recipient, measure, ...) built from `data`; None once saved."""
        return self._edit_list(list_path, lambda items: items.append(data))

    def remove_item(self, list_path: FieldPath, index: int) -> str | None:
        """Remove row `index`; refused (nothing changes) if other answers still refer to its id."""
        return self._edit_list(list_path, lambda items: items.pop(index))

    def replace(self, assessment: Assessment) -> str | None:
        """Save a new version built elsewhere (e.g. by `pia.signoff.sign`); None once saved."""
        return self._commit(assessment)

    def reload(self) -> None:
        """Read the file again (after an edit elsewhere) and refresh every form and display.

        A change refused by a conflict stays in `unsaved`: `reapply()` applies it to this version.
        """
        self.assessment = load(self.path)
        problem = self._recompute()
        self._notify()
        pending = "; your refused change can be applied again: reapply()" if self.unsaved else ""
        self._show(
            f"reloaded {_now()}" + (f"; {problem}" if problem else "") + pending,
            RED if problem else GREY,
        )

    def reapply(self) -> str | None:
        """Apply the change a conflict refused to the current version and save; None once saved.

        Where the other person changed the same field, this session's value wins: re-applying
        is the analyst's choice after seeing theirs. Call `reload()` first to see their version.
        """
        if self.unsaved is None:
            return None
        from pia.diff import rebase

        base, mine = self.unsaved
        try:
            candidate, skipped = rebase(base, mine, self.assessment)
        except ValidationError as e:
            return self._refuse(f"your change no longer fits their version: {messages(e)}")
        problem = self._commit(candidate)
        if problem is None:
            self.unsaved = None
            if skipped:
                gone = ", ".join(c.path for c in skipped)
                self._show(f"saved {_now()}; not re-applied (the item is gone): {gone}", RED)
        return problem

    def _edit_list(self, list_path: FieldPath, edit: Callable[[list], Any]) -> str | None:
        tree: Any = self.assessment.model_dump()
        try:
            items = tree
            for part in list_path:
                items = items[part]
            if not isinstance(items, list):
                raise TypeError(f"{field_path(list_path)} is not a list of rows")
            edit(items)
        except (IndexError, KeyError):
            return self._refuse(f"{field_path(list_path)} has no such row; reload the form")
        return self._commit(tree)

    def _commit(self, candidate: Assessment | dict[str, Any]) -> str | None:
        """Validate the whole candidate, save it, then make it the session's assessment."""
        data = candidate.model_dump() if isinstance(candidate, Assessment) else candidate
        try:
            checked = Assessment.model_validate(data)
        except ValidationError as e:
            return self._refuse(messages(e))
        if checked.model_dump() == self.assessment.model_dump():
            return None  # nothing changed: nothing to save
        checked._revision = self.assessment._revision
        try:
            with warnings.catch_warnings(record=True) as warned:
                warnings.simplefilter("always", HistoryNotKept)
                save(checked, self.path)
        except SaveConflict as e:
            self._keep_unsaved(checked)
            return self._refuse(
                f"{e.what}\nNothing was written; your change is kept in this session. Reload to "
                "see their version: reload(); then reapply() applies your change to it again."
            )
        except SaveLocked as e:  # another save held the file too long: nothing was written
            self._keep_unsaved(checked)
            return self._refuse(f"{e}\nYour change is kept in this session: reapply() saves it.")
        except InvalidAssessment as e:
            return self._refuse("; ".join(i.message for i in e.issues) or str(e))
        except OSError as e:
            return self._refuse(f"could not write {self.path}: {e.strerror or e}")
        self.assessment = checked
        problem = self._recompute()
        notes = [str(w.message) for w in warned if issubclass(w.category, HistoryNotKept)]
        for w in warned:  # any other warning goes on as if it had not been caught
            if not issubclass(w.category, HistoryNotKept):
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        problem = "; ".join([*notes, *([problem] if problem else [])])
        self._show(
            f"saved {_now()}" + (f"; {problem}" if problem else ""), RED if problem else GREEN
        )
        self._notify()
        return None

    def _keep_unsaved(self, mine: Assessment) -> None:
        """Hold a change a conflict refused, with those refused before on the same version."""
        if self.unsaved is not None and self.unsaved[0] is self.assessment:
            from pia.diff import rebase

            with contextlib.suppress(ValidationError):  # if it no longer fits, keep the latest
                mine = rebase(self.unsaved[0], self.unsaved[1], mine)[0]
        self.unsaved = (self.assessment, mine)

    def _refuse(self, message: str) -> str:
        self._show(f"not saved: {message}", RED)
        return message

    def _recompute(self) -> str | None:
        """Re-assess; a scorer that fails must not lose the save, so its error is reported."""
        try:
            self.result = self._assess(self.assessment)
        except Exception as e:  # noqa: BLE001 - shown to the analyst, the file is already saved
            self.result = None
            return f"the scores could not be recomputed ({type(e).__name__}: {e})"
        return None

    def _notify(self) -> None:
        for refresh in list(self._views):
            if refresh in self._views:  # a refresh may close (unsubscribe) other views
                refresh()
        if self.result is not None:
            for callback in list(self._listeners):
                callback(self.result)

    def _show(self, text: str, colour: str) -> None:
        self.status.value = coloured(text, colour).replace("\n", "<br>")
