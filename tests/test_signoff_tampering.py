"""The tamper table: every edit of a signed assessment made without the key is caught everywhere.

A file is signed twice by a listed key (an approval with conditions and an accepted finding, then
a rejection). Each case edits it as someone with a text editor and no key would; `pia status`,
`pia.signoff.status`, the report's view-model and the portfolio must then all say `stale`,
`invalid` or `unsigned` (never `verified`), or refuse the file. Layout-only edits stay verified.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL, write_yaml
from signers import PRINCIPAL, line, new_key
from signers import listing as signers_of

from pia import sshsig
from pia.allowed_signers import for_assessment
from pia.canonical import content_hash
from pia.cli import main
from pia.errors import InvalidAssessment
from pia.model import Assessment
from pia.portfolio import portfolio
from pia.report.view import build_report
from pia.result import assess
from pia.signoff import NAMESPACE, chain, message, sign, status
from pia.store import load

KEY, OTHER_KEY, MALLORY_KEY = new_key(), new_key(), new_key()
OTHER = "bo.janssens@example.org"
WHY = "The campaign runs only after the DPO's review."
ALLOWED = "\n".join([line(KEY), line(OTHER_KEY, OTHER)]) + "\n"


def _signed_base() -> dict[str, Any]:
    signers = signers_of(ALLOWED)
    a = Assessment.model_validate(copy.deepcopy(MINIMAL))
    common = {"name": "An Peeters", "role": "CEO", "key": KEY, "principal": PRINCIPAL}
    a = sign(
        a,
        **common,
        decision="approve_with_conditions",
        conditions=["Train the staff", "Review in a year"],
        accept={"CON-001": WHY},
        date=dt.date(2026, 3, 2),
        signers=signers,
    )
    a = sign(a, **common, decision="reject", date=dt.date(2026, 3, 9), signers=signers)
    return a.model_dump(mode="json", exclude_none=True)


BASE = _signed_base()
Edit = Callable[[dict[str, Any]], Any]


def _set(index: int, **fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        d["signoffs"][index].update(fields)

    return edit


def _drop(index: int, *names: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for name in names:
            d["signoffs"][index].pop(name)

    return edit


def _resigned(key: Any, principal: str) -> Edit:
    """The latest sign-off signed again (its place in the chain kept) with another key."""

    def edit(d: dict[str, Any]) -> None:
        a = Assessment.model_validate(d)
        last = a.signoffs[-1].model_copy(update={"principal": principal})
        previous = chain(a.signoffs)[-2]
        d["signoffs"][-1]["principal"] = principal
        d["signoffs"][-1]["signature"] = sshsig.sign(message(last, previous), key, NAMESPACE)

    return edit


def _answer_changed_and_hash_recomputed(d: dict[str, Any]) -> None:
    d["metadata"]["title"] = "Newsletter for every member"
    fresh = content_hash(Assessment.model_validate(d))
    for s in d["signoffs"]:
        s["content_hash"] = fresh


def _title_changed(d: dict[str, Any]) -> None:
    d["metadata"]["title"] = "Newsletter for every member"


def _copied_appended(d: dict[str, Any]) -> None:
    d["signoffs"].append(copy.deepcopy(d["signoffs"][-1]))


def _copied_appended_approval(d: dict[str, Any]) -> None:
    approval = copy.deepcopy(d["signoffs"][0])
    d["signoffs"].append(approval)


def _unsigned_appended(d: dict[str, Any]) -> None:
    copied = copy.deepcopy(d["signoffs"][0])
    for name in ("signature", "principal"):
        copied.pop(name)
    copied["date"] = "2026-03-10"
    d["signoffs"].append(copied)


def _reordered(d: dict[str, Any]) -> None:
    d["signoffs"].reverse()


def _first_deleted(d: dict[str, Any]) -> None:
    del d["signoffs"][0]


def _signature_copied(d: dict[str, Any]) -> None:
    d["signoffs"][1]["signature"] = d["signoffs"][0]["signature"]


def _signature_damaged(d: dict[str, Any]) -> None:
    head, body, *rest = d["signoffs"][1]["signature"].split("\n")
    flipped = body[:40] + ("B" if body[40] != "B" else "C") + body[41:]
    d["signoffs"][1]["signature"] = "\n".join([head, flipped, *rest])


def _conditions(edit: Callable[[list[str]], None]) -> Edit:
    def apply(d: dict[str, Any]) -> None:
        edit(d["signoffs"][0]["conditions"])

    return apply


def _accepted(edit: Callable[[list[dict[str, str]]], None]) -> Edit:
    def apply(d: dict[str, Any]) -> None:
        edit(d["signoffs"][0]["accepted_findings"])

    return apply


def _set_item(items: list[Any], index: int, value: Any) -> None:
    items[index] = value


# (id, edit of the data, edit of allowed_signers or None, expected overall status)
CASES: list[tuple[str, Edit, str | None, str]] = [
    ("rejection turned into an approval", _set(1, decision="approve"), None, "invalid"),
    ("approval with conditions made plain", _set(0, decision="approve"), None, "invalid"),
    (
        "rejection made approve_with_conditions",
        _set(1, decision="approve_with_conditions"),
        None,
        "invalid",
    ),  # fmt: skip
    ("first decision turned into a rejection", _set(0, decision="reject"), None, "invalid"),
    ("signatory's name changed", _set(1, name="Bo Janssens"), None, "invalid"),
    ("role changed", _set(1, role="Chief Executive Officer"), None, "invalid"),
    ("date changed", _set(1, date="2026-04-01"), None, "invalid"),
    ("condition added", _conditions(lambda c: c.append("Ship by May")), None, "invalid"),
    ("condition removed", _conditions(lambda c: c.pop()), None, "invalid"),
    (
        "condition changed",
        _conditions(lambda c: _set_item(c, 0, "Train no one")),
        None,
        "invalid",
    ),  # fmt: skip
    (
        "accepted finding added",
        _accepted(lambda f: f.append({"finding": "PUR-006", "justification": WHY})),
        None,
        "invalid",
    ),  # fmt: skip
    ("accepted finding removed", _accepted(lambda f: f.clear()), None, "invalid"),
    (
        "accepted finding changed",
        _accepted(lambda f: f[0].update(finding="RET-001")),
        None,
        "invalid",
    ),  # fmt: skip
    (
        "justification changed",
        _accepted(lambda f: f[0].update(justification="Because we say so, really.")),
        None,
        "invalid",
    ),  # fmt: skip
    ("answer changed", _title_changed, None, "stale"),
    (
        "answer changed, content hash recomputed",
        _answer_changed_and_hash_recomputed,
        None,
        "invalid",
    ),  # fmt: skip
    ("canonical form changed", _set(1, canonical_form=3), None, "invalid"),
    ("record form changed", _set(1, record_form=2), None, "invalid"),
    ("signature removed", _drop(1, "signature"), None, "unsigned"),
    ("signature and principal removed", _drop(1, "signature", "principal"), None, "unsigned"),
    ("signature of another sign-off copied", _signature_copied, None, "invalid"),
    ("signature damaged", _signature_damaged, None, "invalid"),
    (
        "latest sign-off appended again (copied hash and signature)",
        _copied_appended,
        None,
        "invalid",
    ),  # fmt: skip
    (
        "first approval appended again (copied hash and signature)",
        _copied_appended_approval,
        None,
        "invalid",
    ),  # fmt: skip
    ("a sign-off appended without a signature", _unsigned_appended, None, "unsigned"),
    ("sign-offs reordered", _reordered, None, "invalid"),
    ("a sign-off deleted before the latest (chain)", _first_deleted, None, "invalid"),
    ("principal swapped to another allowed signer", _set(1, principal=OTHER), None, "invalid"),
    (
        "signed again by a key not in allowed_signers",
        _resigned(MALLORY_KEY, PRINCIPAL),
        None,
        "invalid",
    ),  # fmt: skip
    (
        "signed by a key listed for another principal",
        _resigned(MALLORY_KEY, PRINCIPAL),
        ALLOWED + line(MALLORY_KEY, "mallory@example.org") + "\n",
        "invalid",
    ),  # fmt: skip
    (
        "the signer's key taken out of allowed_signers",
        lambda d: None,
        line(OTHER_KEY, OTHER),
        "invalid",
    ),  # fmt: skip
    (
        "the key limited to another namespace",
        lambda d: None,
        line(KEY, options='namespaces="git"'),
        "invalid",
    ),  # fmt: skip
    (
        "the key valid only after the signing date",
        lambda d: None,
        line(KEY, options="valid-after=20270101"),
        "invalid",
    ),  # fmt: skip
    ("no allowed_signers file", lambda d: None, "", "invalid"),
]


def _write_case(folder: Path, data: dict[str, Any] | str, allowed: str | None) -> Path:
    folder.mkdir(parents=True)
    (folder / ".git").mkdir()  # the repository's root: the search for allowed_signers stops here
    if allowed != "":
        (folder / "allowed_signers").write_text(allowed or ALLOWED, encoding="utf-8")
    path = folder / "assessment.yaml"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        write_yaml(path, data)
    return path


def _everywhere(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The overall status as each face shows it."""
    a, signers = load(path), for_assessment(path)
    assert main(["status", str(path)]) == 0
    printed = capsys.readouterr().out.splitlines()[0]
    report = build_report(a, assess(a), "en", signers=signers)
    [row] = portfolio(path.parent, as_of=dt.date(2026, 6, 1)).to_dict("records")
    return {
        "signoff.status": status(a, signers),
        "pia status": printed.removeprefix(f"{path}: "),
        "report cover": report.cover.status.key,
        "report chapter": report.signoff.status.key,
        "portfolio": str(row["signoff"]),
    }


@pytest.mark.parametrize(
    ("edit", "allowed", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_edit_without_the_key_is_never_shown_verified(tmp_path, capsys, edit, allowed, expected):
    data = copy.deepcopy(BASE)
    edit(data)
    path = _write_case(tmp_path / "case", data, allowed)
    shown = _everywhere(path, capsys)
    assert shown == dict.fromkeys(shown, expected)
    a = load(path)
    report = build_report(a, assess(a), "en", signers=for_assessment(path))
    assert "verified" not in report.cover.status.label.lower()


def test_the_untouched_file_is_verified_everywhere(tmp_path, capsys):
    path = _write_case(tmp_path / "case", copy.deepcopy(BASE), None)
    shown = _everywhere(path, capsys)
    assert shown == dict.fromkeys(shown, "verified")


def _signed_text(tmp_path: Path) -> str:
    path = _write_case(tmp_path / "original", copy.deepcopy(BASE), None)
    return path.read_text(encoding="utf-8")


LAYOUT: dict[str, Callable[[str], str]] = {
    "comments added": lambda t: "# legal: ok\n" + t.replace("\nsignoffs:", "\n# ok\nsignoffs:"),
    "reindented": lambda t: _reindented(t),
    "key order changed": lambda t: _sections_reversed(t),
    "names quoted": lambda t: t.replace("name: An Peeters", "name: 'An Peeters'"),
    "blank lines": lambda t: t.replace("\n", "\n\n"),
}


def _reindented(text: str) -> str:
    """The same YAML with four-space indents and indented list items."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.indent(mapping=4, sequence=6, offset=4)
    out = io.StringIO()
    yaml.dump(yaml.load(text), out)
    assert out.getvalue() != text
    return out.getvalue()


def _sections_reversed(text: str) -> str:
    """The top-level sections in the opposite order."""
    sections = re.split(r"(?m)^(?=[a-z_]+:)", text)
    return "".join(reversed([s if s.endswith("\n") else s + "\n" for s in sections if s]))


@pytest.mark.parametrize("layout", LAYOUT.values(), ids=LAYOUT.keys())
def test_a_layout_only_edit_stays_verified(tmp_path, capsys, layout):
    text = layout(_signed_text(tmp_path))
    path = _write_case(tmp_path / "case", text, None)
    shown = _everywhere(path, capsys)
    assert shown == dict.fromkeys(shown, "verified")


def test_a_signature_wrapped_differently_still_verifies(tmp_path, capsys):
    data = copy.deepcopy(BASE)
    for s in data["signoffs"]:
        lines = s["signature"].strip().splitlines()
        body = "".join(lines[1:-1])
        s["signature"] = "\n".join([lines[0], *re.findall(".{1,64}", body), lines[-1]])
    shown = _everywhere(_write_case(tmp_path / "case", data, None), capsys)
    assert shown == dict.fromkeys(shown, "verified")


def test_a_duplicate_key_is_refused_everywhere(tmp_path, capsys):
    text = _signed_text(tmp_path).replace(
        "decision: reject\n", "decision: approve\n    decision: reject\n", 1
    )
    path = _write_case(tmp_path / "case", text, None)
    with pytest.raises(InvalidAssessment, match="duplicate"):
        load(path)
    assert main(["status", str(path)]) == 1
    assert "duplicate" in capsys.readouterr().err
    [row] = portfolio(path.parent).to_dict("records")
    assert row["signoff"] is None and "duplicate" in row["error"]
