"""What changed between two versions of an assessment: the answers, then risks and findings.

Answers are compared as the model holds them (defaults included), so layout, comments and a
default written out or left implicit are no change. Items of a list with ids (purposes,
recipients, measures, ...) are matched by id: a moved purpose is one `reordered` change, not a
change of every field; an item whose id is new or gone is `added` or `removed`. Items without
ids (legal bases, sign-offs) are matched by position; a list of plain values (data category
ids, sources) is one value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pia.errors import FieldConflict, shown
from pia.findings import Finding
from pia.model import Assessment
from pia.model.field_path import FieldPath
from pia.result import Result, assess
from pia.risk import Title
from pia.signoff import status

if TYPE_CHECKING:
    from pia.allowed_signers import AllowedSigners

# A field name, a position in a list, or ("id", x): the item of a list whose id is x.
KeyPart = str | int | tuple[str, str]
Key = tuple[KeyPart, ...]
Kind = Literal["changed", "added", "removed", "reordered"]


@dataclass(frozen=True, slots=True)
class Change:
    """One changed answer; `path` as the analyst reads it, in the newer version's positions."""

    path: str
    kind: Kind
    old: Any
    new: Any
    key: Key

    def __str__(self) -> str:
        if self.kind in ("added", "removed"):
            mark, value = ("+", self.new) if self.kind == "added" else ("-", self.old)
            return f"{mark} {self.path}: {shown(value)}"
        if self.kind == "reordered":
            return f"~ {self.path}: order {shown(self.old)} -> {shown(self.new)}"
        if _plain_list(self.old) and _plain_list(self.new):
            came = [v for v in self.new if v not in self.old]
            gone = [v for v in self.old if v not in self.new]
            parts = [f"{w} {shown(v)}" for w, v in (("added", came), ("removed", gone)) if v]
            if parts:
                return f"~ {self.path}: " + "; ".join(parts)
        return f"~ {self.path}: {shown(self.old)} -> {shown(self.new)}"


@dataclass(frozen=True, slots=True)
class RiskChange:
    """A register line whose level changed; None where the line does not exist."""

    id: str
    title: Title
    inherent: tuple[str | None, str | None]
    residual: tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class AssessmentDiff:
    """The changed answers, and how the results changed (each pair is before, after)."""

    changes: tuple[Change, ...]
    risks: tuple[RiskChange, ...]
    opened: tuple[Finding, ...]
    closed: tuple[Finding, ...]
    screening: tuple[str, str]
    prior_consultation: tuple[bool, bool]
    signoff: tuple[str, str]


# --- the answers ----------------------------------------------------------------------------------


def answer_changes(old: Assessment, new: Assessment) -> list[Change]:
    """Every changed answer, in the order of the model's fields."""
    return list(_walk(old.model_dump(mode="json"), new.model_dump(mode="json"), "", ()))


def _walk(a: Any, b: Any, path: str, key: Key) -> Iterator[Change]:
    if a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for name in dict.fromkeys([*a, *b]):
            yield from _walk(
                a.get(name), b.get(name), f"{path}.{name}" if path else name, (*key, name)
            )
    elif isinstance(a, list) and isinstance(b, list) and _with_ids(a) and _with_ids(b):
        yield from _walk_by_id(a, b, path, key)
    elif isinstance(a, list) and isinstance(b, list) and not (_plain_list(a) and _plain_list(b)):
        for i in range(max(len(a), len(b))):
            sub, subkey = f"{path}[{i}]", (*key, i)
            if i >= len(a):
                yield Change(sub, "added", None, b[i], subkey)
            elif i >= len(b):
                yield Change(sub, "removed", a[i], None, subkey)
            else:
                yield from _walk(a[i], b[i], sub, subkey)
    elif a is None:
        yield Change(path, "added", None, b, key)
    elif b is None:
        yield Change(path, "removed", a, None, key)
    else:
        yield Change(path, "changed", a, b, key)


def _walk_by_id(a: list, b: list, path: str, key: Key) -> Iterator[Change]:
    before = {item["id"]: i for i, item in enumerate(a)}
    after = {item["id"]: i for i, item in enumerate(b)}
    for i, item in enumerate(b):
        sub, subkey = f"{path}[{i}]", (*key, ("id", item["id"]))
        if item["id"] in before:
            yield from _walk(a[before[item["id"]]], item, sub, subkey)
        else:
            yield Change(sub, "added", None, item, subkey)
    for i, item in enumerate(a):
        if item["id"] not in after:
            yield Change(f"{path}[{i}]", "removed", item, None, (*key, ("id", item["id"])))
    kept_before = [i for i in before if i in after]
    kept_after = [i for i in after if i in before]
    if kept_before != kept_after:
        yield Change(path, "reordered", kept_before, kept_after, key)


def _with_ids(items: list) -> bool:
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    return len(ids) == len(items) and None not in ids and len(set(ids)) == len(ids)


def _plain_list(value: Any) -> bool:
    return isinstance(value, list) and not any(isinstance(v, dict | list) for v in value)


# --- the results ----------------------------------------------------------------------------------


def diff(
    old: Assessment,
    new: Assessment,
    *,
    old_result: Result | None = None,
    new_result: Result | None = None,
    signers: AllowedSigners | None = None,
) -> AssessmentDiff:
    """The changed answers, risk levels, findings and verdicts from `old` to `new`.

    `signers` verify the sign-offs' signatures (`pia.allowed_signers.for_assessment`).
    """
    before = old_result or assess(old)
    after = new_result or assess(new)
    old_keys = {_finding_key(f, old): f for f in before.findings}
    new_keys = {_finding_key(f, new): f for f in after.findings}
    return AssessmentDiff(
        changes=tuple(answer_changes(old, new)),
        risks=tuple(_risk_changes(before, after)),
        opened=tuple(f for k, f in new_keys.items() if k not in old_keys),
        closed=tuple(f for k, f in old_keys.items() if k not in new_keys),
        screening=(before.screening.verdict, after.screening.verdict),
        prior_consultation=(before.prior_consultation.required, after.prior_consultation.required),
        signoff=(status(old, signers), status(new, signers)),
    )


def _risk_changes(before: Result, after: Result) -> Iterator[RiskChange]:
    old = {line.id: line for line in before.risks}
    new = {line.id: line for line in after.risks}
    for rid in dict.fromkeys([*new, *old]):
        a, b = old.get(rid), new.get(rid)
        inherent = (a.level if a else None, b.level if b else None)
        residual = (a.residual_level if a else None, b.residual_level if b else None)
        if inherent[0] != inherent[1] or residual[0] != residual[1]:
            title = (new[rid] if rid in new else old[rid]).title
            yield RiskChange(rid, title, inherent, residual)


def _finding_key(finding: Finding, assessment: Assessment) -> tuple[str, Key]:
    """The rule id and the path with list items named by id (or value), not by position."""
    node: Any = assessment.model_dump(mode="json")
    key: list[KeyPart] = []
    for part in FieldPath.parse(finding.path).parts:
        if isinstance(part, str):
            key.append(part)
            node = node.get(part) if isinstance(node, dict) else None
            continue
        i = part
        node = node[i] if isinstance(node, list) and i < len(node) else None
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            key.append(("id", node["id"]))
        elif isinstance(node, str):
            key.append(("=", node))
        else:
            key.append(i)
    return finding.id, tuple(key)


# --- conflicts and re-applying a change -----------------------------------------------------------


def conflicts(
    base: Assessment | None, mine: Assessment, theirs: Assessment | None
) -> list[FieldConflict]:
    """The answers saving `mine` would overwrite in `theirs`; both loaded from `base`.

    Those this session changed as well come first. Without `base` (gone from the history)
    every answer that differs is listed; without `theirs` (the file is no longer valid), none.
    """
    if theirs is None:
        return []
    mine_data = mine.model_dump(mode="json")
    ours = [c.key for c in answer_changes(base, mine)] if base is not None else []
    out = []
    for change in answer_changes(base or mine, theirs):
        yours = _at(mine_data, change.key)
        if change.kind == "reordered" or yours == change.new:
            continue
        both = any(_overlaps(change.key, k) for k in ours)
        out.append(FieldConflict(change.path, yours, change.new, both))
    return sorted(out, key=lambda c: not c.both)


def _overlaps(a: Key, b: Key) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _at(data: Any, key: Key) -> Any:
    """The value at `key`, or None when a field or item on the way is not there."""
    for part in key:
        if isinstance(part, tuple):
            data = next(
                (i for i in data or [] if isinstance(i, dict) and i.get("id") == part[1]), None
            )
        elif isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
        if data is None:
            return None
    return data


def rebase(base: Assessment, mine: Assessment, onto: Assessment) -> tuple[Assessment, list[Change]]:
    """`onto` with this session's changes (from `base` to `mine`) applied again.

    Returns the validated result and the changes that could not be applied (their item is
    gone). A change to a field someone else changed too wins: the analyst chose to re-apply it.
    Raises pydantic's `ValidationError` if the combination is not a valid assessment.
    """
    data = onto.model_dump(mode="json")
    skipped = [c for c in answer_changes(base, mine) if not _apply(data, c)]
    return Assessment.model_validate(data), skipped


def _apply(data: dict, change: Change) -> bool:
    *way, last = change.key
    node = _at(data, tuple(way))
    if node is None:
        return False
    if change.kind == "reordered":
        order = {item_id: i for i, item_id in enumerate(change.new)}
        node[last].sort(key=lambda item: order.get(item["id"], len(order)))
    elif isinstance(last, str):
        node[last] = change.new
    elif isinstance(last, tuple):  # an item by id is only ever added or removed as a whole
        node[:] = [i for i in node if i.get("id") != last[1]] + [change.new] * (
            change.kind == "added"
        )
    elif change.kind == "added":
        node.insert(last, change.new)
    elif last >= len(node):
        return False
    elif change.kind == "removed":
        del node[last]
    else:
        node[last] = change.new
    return True
