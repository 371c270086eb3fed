"""One label per value: every enum value of the model has a label in every language, and the forms,
the command line, the report, the Art. 30 record and the CNIL export all show that same label."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import pytest
from conftest import write_yaml

import pia.model
from pia import assess, load
from pia.cli import main
from pia.findings import Severity
from pia.interop.cnil import to_cnil
from pia.model import (
    SCALE_LEVELS,
    Assessment,
    Decision,
    LegalBasis,
    RecipientRole,
    RetentionGroup,
    TransferTool,
)
from pia.report.render import render_chapter
from pia.report.view import build_report
from pia.ropa import ropa
from pia.widgets import Session, field_widget, purpose_form, signoff_form
from pia.words import LANGUAGES, group_of, speaker


def _enums() -> list[type[Enum]]:
    """Every enumeration the model defines (its values are what the analyst chooses from)."""
    found: dict[str, type[Enum]] = {}
    for info in pkgutil.walk_packages(pia.model.__path__, "pia.model."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, StrEnum)
                and value.__module__ == module.__name__
            ):
                found[name] = value
    return [found[name] for name in sorted(found)]


ENUMS = _enums()


def test_the_model_has_enums_to_label():
    assert {TransferTool, LegalBasis, RecipientRole, Decision} <= set(ENUMS)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ENUMS, ids=lambda kind: kind.__name__)
def test_every_value_has_its_own_label_in_every_language(kind, lang):
    say = speaker(lang)
    labels = {value: say.label(group_of(kind), value) for value in kind}
    assert all(label.strip() for label in labels.values())
    assert len(set(labels.values())) == len(labels), f"{lang}: two values share a label: {labels}"
    assert all(label != value.value for value, label in labels.items() if "_" in value.value)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_finding_severity_never_reads_as_a_level_of_the_risk_scale(lang):
    """A reader must not take a minor finding for a limited severity ("Beperkt" meant both)."""
    say = speaker(lang)
    severities = {say.label("finding_severity", s).lower() for s in Severity}
    levels = {say.label("level", k).lower() for k in ("low", "medium", "high")}
    for method, axes in SCALE_LEVELS.items():
        for axis, keys in axes.items():
            levels |= {say.label(f"scale-{method}-{axis}", k).lower() for k in keys}
    assert severities.isdisjoint(levels)


# --- the same value, the same label, on every face -----------------------------------------------


@pytest.fixture
def case(tmp_path: Path, minimal: dict[str, Any]) -> Path:
    """An assessment with a transfer under the 2021 SCCs to a processor, a legitimate interest
    and a retention rule for prospects: values every face shows."""
    minimal["purposes"][0]["legal_bases"].append({"basis": "legitimate_interest"})
    minimal["description"]["recipients"] = [
        {"id": "mailer", "name": "Mailer Inc", "role": "processor", "country": "US"}
    ]
    minimal["description"]["transfers"] = [
        {
            "id": "mailing",
            "recipient": "mailer",
            "country": "US",
            "kind": "storage",
            "tool": "scc_2021_914",
            "scc_module": 2,
        }
    ]
    minimal["description"]["retention_rules"] = [
        {"id": "keep", "applies_to": ["prospects"], "period": "2 years", "trigger": "last order"}
    ]
    return write_yaml(tmp_path / "assessment.yaml", minimal)


SHOWN = (
    ("transfer_tool", TransferTool.scc_2021_914),
    ("recipient_role", RecipientRole.processor),
    ("legal_basis", LegalBasis.legitimate_interest),
    ("retention_group", RetentionGroup.prospects),
)


def test_the_forms_offer_each_value_by_its_label(case):
    session = Session.open(case)
    say = speaker("en")
    tool = field_widget(session, ("description", "transfers", 0, "tool")).control
    assert list(tool.options) == [(say.label_of(t), t.value) for t in TransferTool]
    role = field_widget(session, ("description", "recipients", 0, "role")).control
    assert (say.label_of(RecipientRole.processor), "processor") in list(role.options)
    language = field_widget(session, ("metadata", "language")).control
    assert ("Dutch", "nl") in list(language.options)
    decision = signoff_form(session).decision
    assert list(decision.options) == [(say.label_of(d), d.value) for d in Decision]
    bases = purpose_form(session, 0).lists["legal_bases"].accordion.titles
    assert say.label_of(LegalBasis.legitimate_interest).capitalize() in bases


def test_pia_show_says_each_value_by_its_label(case, capsys):
    assert main(["show", str(case)]) == 0
    out = capsys.readouterr().out
    say = speaker("en")
    for group, value in SHOWN:
        assert say.label(group, value) in out, (group, value)
    assert "scc_2021_914" not in out and "legitimate_interest" not in out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_says_each_value_by_its_label(case, lang):
    a = load(case)
    report = build_report(a, assess(a), lang)
    html = render_chapter(report, "description") + render_chapter(report, "necessity")
    say = speaker(lang)
    for group, value in SHOWN:
        assert say.label(group, value) in html, (lang, group, value)
    assert "scc_2021_914" not in html


def test_the_art30_record_and_the_cnil_export_say_the_same_labels(case):
    a: Assessment = load(case)
    say = speaker("en")
    row = ropa([a]).iloc[0]
    record = " ".join(str(cell) for cell in row.values)
    for group, value in SHOWN:
        assert say.label(group, value) in record, (group, value)
    cnil = " ".join(answer["data"]["text"] for answer in to_cnil(a)["answers"])
    assert say.label_of(LegalBasis.legitimate_interest) in cnil
    assert say.label_of(RetentionGroup.prospects) in cnil
