"""The functions notebook cells call: what they show for a real assessment and a small one."""

from __future__ import annotations

import shutil

import pytest
from conftest import MAXIRESPONSE

import pia
from pia import notebook as nb
from pia.model import Assessment
from pia.words import speaker


@pytest.fixture(scope="module")
def maxiresponse():
    a = pia.load(MAXIRESPONSE)
    return a, pia.assess(a)


def test_overview_gives_verdict_overall_risk_progress_and_next_steps(maxiresponse):
    a, r = maxiresponse
    text = repr(nb.overview(a, r))
    assert text.startswith(f"### {a.metadata.title}")
    assert f"**Screening:** {r.screening.verdict.replace('_', ' ')}" in text
    assert f"**Overall risk:** {r.inherent_level} before measures" in text
    assert "**Prior consultation (Art. 36):** required" in text
    assert "- description: " in text and "**Next steps**" in text
    first = r.findings[0]
    assert f"1. `{first.id}` {speaker('en').say(first.id)}" in text


def test_next_steps_name_each_rule_once(maxiresponse):
    a, r = maxiresponse
    steps = [line for line in repr(nb.overview(a, r)).splitlines() if line.startswith("1. `")]
    ids = [line.split("`")[1] for line in steps]
    assert len(ids) == len(set(ids)) == 5


def test_screening_table_lists_nine_criteria_the_art_35_3_cases_and_the_national_list(maxiresponse):
    _, r = maxiresponse
    table = nb.screening_table(r)
    assert [i for i in table.index if i.startswith("WP248-")] == [
        f"WP248-{n}" for n in range(1, 10)
    ]
    assert table.loc["WP248-1", "met"] == "yes"
    assert table.loc["WP248-8", "met"] == "not recorded"
    assert any(i.startswith("BE-") for i in table.index)


def test_items_table_shows_levels_and_factors(maxiresponse):
    _, r = maxiresponse
    table = nb.items_table(r.purposes)
    assert list(table.index) == [p.id for p in r.purposes]
    row = table.loc["advertising"]
    assert (row["level"], row["severity"]) == (r.purposes[3].level, r.purposes[3].severity.label)
    assert "(+" in row["factors"]


def test_factors_and_checks_tables_carry_references(maxiresponse):
    _, r = maxiresponse
    factors = nb.factors_table(r.purposes[3])
    assert len(factors) == len(r.purposes[3].factors)
    assert factors["reference"].str.len().min() > 0
    checks = nb.checks_table(r.transfers)
    assert set(checks["status"]) <= {"recorded", "missing", "failed", "not_applicable"}


def test_register_table_marks_overrides_and_counts_only_decided_measures(tmp_path, minimal):
    minimal["measures"] = [
        {
            "id": "m1",
            "title": "Double opt-in",
            "kind": "technical",
            "status": "implemented",
            "reduces_likelihood": 1,
        },
        {
            "id": "m2",
            "title": "Idea",
            "kind": "technical",
            "status": "proposed",
            "reduces_likelihood": 1,
        },
    ]
    minimal["risks"] = [
        {
            "id": "r1",
            "title": "Unwanted mail",
            "concerns": ["newsletter"],
            "measures": ["m1", "m2"],
            "severity_override": {
                "level": "limited",
                "rationale": "Members complain when it is off.",
            },
        }
    ]
    a = Assessment.model_validate(minimal)
    table = nb.register_table(pia.assess(a))
    assert table.loc["r1", "severity"] == "Limited (override)"
    assert table.loc["r1", "measures"] == "m1"


def test_findings_table_filters_by_rule_prefix_or_path(maxiresponse):
    _, r = maxiresponse
    transfers = nb.findings_table(r, "TRF")
    assert len(transfers) and transfers["id"].str.startswith("TRF").all()
    by_path = nb.findings_table(r, "rights.")
    assert len(by_path) and by_path["where"].str.startswith("rights.").all()
    assert len(nb.findings_table(r)) == len(r.findings)


def test_styled_tables_have_stable_html_and_colour_levels(maxiresponse):
    _, r = maxiresponse
    first = nb.styled(nb.items_table(r.purposes), "purposes").to_html()
    second = nb.styled(nb.items_table(r.purposes), "purposes").to_html()
    assert first == second
    assert "background-color: #f4b6b0" in first  # the high level


def test_panels_render_as_markdown_and_plain_text(maxiresponse):
    a, r = maxiresponse
    panel = nb.prior_consultation_panel(r)
    assert panel._repr_markdown_() == repr(panel)
    assert "Art. 36" in repr(panel)
    assert "Open unknowns" in repr(nb.description_panel(a))
    assert repr(nb.screening_verdict(r)).startswith("**Verdict: ")


def test_charts_are_shown_as_png_images(maxiresponse):
    a, r = maxiresponse
    for image in (
        nb.heat_map(r),
        nb.retention_chart(a),
        nb.transfer_chart(a, r),
        nb.progress_figure(r),
    ):
        assert image.data[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_live_panel_refreshes_after_a_saved_change(tmp_path):
    path = tmp_path / "a.yaml"
    shutil.copy(MAXIRESPONSE, path)
    session = nb.open_session(str(path))
    shown = []
    nb.live(session, lambda s: shown.append(s.result.purposes[0].level) or "ok")
    assert len(shown) == 1
    assert session.apply(("metadata", "version"), "0.2") is None
    assert len(shown) == 2


def test_live_panels_can_draw_the_heat_map_as_svg(maxiresponse):
    _, r = maxiresponse
    assert nb.heat_map(r, "svg").data.startswith("<svg")


def test_findings_table_can_show_one_severity(maxiresponse):
    _, r = maxiresponse
    blockers = nb.findings_table(r, severity="blocker")
    assert len(blockers) == len(r.findings_by_severity("blocker"))
    assert set(blockers["severity"]) == {"blocker"}


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("data/maxiresponse/assessment.yaml", "build/maxiresponse"),
        ("elsewhere/a.yaml", "elsewhere/build"),
    ],
)
def test_reports_from_notebooks_go_to_build(tmp_path, where, expected):
    root = tmp_path / "project"
    path = root / where if where.startswith("data/") else tmp_path / where
    folder = nb.report_folder(path)
    assert folder == (root / expected if where.startswith("data/") else tmp_path / expected)


def test_signoff_panel_says_draft_before_any_signoff(maxiresponse):
    a, _ = maxiresponse
    text = repr(nb.signoff_panel(a))
    assert text.startswith("**Status: draft**") and "no sign-off yet" in text
