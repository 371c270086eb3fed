"""The result says what the faces show: each transfer's tool as the scorer judged it, each
retention rule's missing parts, the scale and the sign-off state; the glance shows exactly that."""

from __future__ import annotations

import copy
import datetime as dt
import sys
from collections import Counter

import pytest
from conftest import MAXIRESPONSE, MINIMAL, ROOT

from pia import charts, load
from pia.canonical import CANONICAL_FORM
from pia.knowledge import load_knowledge
from pia.model import Assessment, TransferTool
from pia.report.chart_view import charts as report_charts
from pia.report.i18n import catalog
from pia.result import Result, assess
from pia.risk import scale_for
from pia.scoring.statuses import TOOL_NOT_USABLE
from pia.signoff import content_hash
from pia.words import Speaker, names_of

CASES = sorted((ROOT / "data").glob("*/assessment.yaml"))
RED = charts.LEVEL_COLOURS["high"]


def generated_assessments() -> list[Assessment]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generated

    return [Assessment.model_validate(generated(seed)) for seed in range(60)]


def tool_variants() -> list[Assessment]:
    """Maxiresponse's first transfer with every tool the model knows, to three destinations, the
    DPF with the recipient certified, not certified and not recorded, and an occasional transfer
    on an Art. 49 derogation."""
    doc = load(MAXIRESPONSE).model_dump(mode="json", exclude_none=True)
    out = []
    for country in ("IN", "US", "JP"):
        for tool in TransferTool:
            for certified in (None, True, False) if tool is TransferTool.dpf else (None,):
                changed = copy.deepcopy(doc)
                transfer = changed["description"]["transfers"][0]
                transfer.update(country=country, tool=tool.value)
                if certified is not None:
                    transfer["dpf_certified"] = certified
                out.append(Assessment.model_validate(changed))
    occasional = copy.deepcopy(doc)  # an onward transfer to a controller: not ongoing by nature
    transfer = occasional["description"]["transfers"][0]
    transfer.update(kind="onward_transfer", tool="art49_derogation")
    for recipient in occasional["description"]["recipients"]:
        if recipient["id"] == transfer["recipient"]:
            recipient["role"] = "controller"
    return [*out, Assessment.model_validate(occasional)]


def every_assessment() -> list[Assessment]:
    return [load(path) for path in CASES] + generated_assessments() + tool_variants()


@pytest.fixture(scope="module")
def judged() -> list[tuple[Assessment, Result]]:
    return [(a, assess(a)) for a in every_assessment()]


def test_the_glance_colours_a_tool_red_exactly_where_the_scorer_raised_trf_001(judged):
    seen: Counter[str] = Counter()
    for a, result in judged:
        fired = {f.params["transfer"] for f in result.findings if f.id == "TRF-001"}
        rows = {
            row.status.id: row for row in charts.transfer_rows(result, Speaker("en", names_of(a)))
        }
        recorded = [s for s in result.transfer_status if s.recorded]
        assert [s.id for s in recorded] == [t.id for t in a.description.transfers]
        for status in recorded:
            [_, (_, tool_level), _] = rows[status.id].cells
            red = charts.LEVEL_COLOURS[tool_level] == RED
            assert red == (status.id in fired) == (not status.usable), (status, fired)
            seen[status.status] += 1
    # every judgment the scorer can make on a recorded transfer is among them
    assert set(seen) >= {"adequacy", "dpf_unconfirmed", "tool", "derogation",
                         "derogation_systematic", "no_tool", "unknown", "misapplied"}  # fmt: skip
    assert set(seen) >= TOOL_NOT_USABLE
    print(f"{len(judged)} assessments, {sum(seen.values())} transfers: {dict(seen)}")


def test_the_report_glance_shows_the_same_verdicts(judged):
    for a, result in judged[: len(CASES) + 10]:
        cat = catalog("nl")
        glance = report_charts(a, result, load_knowledge(), cat).transfers
        statuses = [s for s in result.transfer_status if s.status != "unrecorded"]
        assert len(glance.rows) == len(statuses)
        for row, status in zip(glance.rows, statuses, strict=True):
            assert (row.cells[1][1] == "high") == (status.status in TOOL_NOT_USABLE)


def test_each_retention_rule_carries_the_parts_it_does_not_record():
    data = copy.deepcopy(MINIMAL)
    data["description"]["retention_rules"] = [
        {"id": "bare", "applies_to": ["customers"]},
        {"id": "whole", "applies_to": ["customers"], "period": "2 years",
         "trigger": "end of the contract", "justification": "Claims lapse after two years.",
         "deletion": "erasure"},
        {"id": "no_reason", "applies_to": ["prospects"], "period": "1 year", "deletion": "unknown"},
    ]  # fmt: skip
    result = assess(Assessment.model_validate(data))
    assert {r.id: r.missing for r in result.retention_status} == {
        "bare": ("period", "trigger", "justification", "deletion"),
        "whole": (),
        "no_reason": ("trigger", "justification", "deletion"),
    }
    assert [r.path for r in result.retention_status] == [
        f"description.retention_rules[{i}]" for i in range(3)
    ]


@pytest.mark.parametrize("method", ["cnil", "ico"])
def test_the_result_carries_the_scale_it_was_read_from(method):
    data = copy.deepcopy(MINIMAL)
    data["metadata"]["method"] = method
    assert assess(Assessment.model_validate(data)).scale == scale_for(method)


def test_the_result_says_whether_the_latest_sign_off_still_matches_the_content():
    a = load(MAXIRESPONSE)
    assert assess(a.model_copy(update={"signoffs": []})).signoff == "none"
    signed = {
        "name": "A. Manager",
        "role": "DPO",
        "decision": "reject",
        "date": dt.date(2026, 1, 5).isoformat(),
        "content_hash": content_hash(a),
        "canonical_form": CANONICAL_FORM,
    }
    doc = a.model_dump(mode="json", exclude_none=True)
    doc["signoffs"] = [signed]
    current = Assessment.model_validate(doc)
    assert assess(current).signoff == "current"
    del doc["signoffs"][0]["canonical_form"]  # a hash in an older form cannot be compared
    assert assess(Assessment.model_validate(doc)).signoff == "stale"
    doc["signoffs"][0]["canonical_form"] = CANONICAL_FORM
    doc["metadata"]["title"] += " (changed)"
    assert assess(Assessment.model_validate(doc)).signoff == "stale"
