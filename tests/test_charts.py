"""Charts: asserted on what each figure contains (patches, texts, gids), not on pixels.

The words a chart draws come from `pia/words/*/charts.ftl` (EN below says them in English)."""

from __future__ import annotations

import copy
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations

import pytest
from conftest import MAXIRESPONSE, MINIMAL
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Rectangle

import pia
from pia import charts
from pia.knowledge import load_knowledge
from pia.model import Assessment, parse_period
from pia.register import RiskLine
from pia.result import assess
from pia.risk import Rating, Scale, scale_for
from pia.unknowns import SectionProgress, completeness
from pia.words import Speaker, names_of, speaker

CNIL, ICO = scale_for("cnil"), scale_for("ico")
KB = load_knowledge()
EN, NL, FR = speaker("en"), speaker("nl"), speaker("fr")


def heat_map(risks, scale=CNIL, words=EN):
    return charts.risk_heat_map(risks, scale, words)


def timeline(a: Assessment, words=EN):
    return charts.retention_timeline(a, assess(a).retention_status, words, KB)


def overview(a: Assessment, lang="en", levels=True):
    return charts.transfer_overview(assess(a), Speaker(lang, names_of(a)), levels=levels)


def line(id: str, at: tuple[int, int], to: tuple[int, int] | None = None, scale: Scale = CNIL):
    """A register line at (severity, likelihood) `at`, moved by measures to `to`."""
    (s, lk), (rs, rl) = at, to or at

    def rating(axis, rank):
        return Rating(axis, 1, rank, rank, scale.key(axis, rank), scale.label(axis, rank), ())

    return RiskLine(
        id, id.title(), (id,), "proposed", rating("severity", s), rating("likelihood", lk),
        scale.level(s, lk), (), rs, rl, scale.level(rs, rl), "purposes[0]",
    )  # fmt: skip


def axes(fig: Figure):
    [ax] = fig.axes
    return ax


def labels(fig: Figure, style: str = "normal") -> list[str]:
    """The risk ids written on the heat map: upright for inherent points, italic for residual."""
    return [t.get_text() for t in axes(fig).texts if t.get_style() == style]


def all_text(fig: Figure) -> str:
    texts = [*fig.texts, *(t for ax in fig.axes for t in ax.texts)]
    return "\n".join(t.get_text() for t in texts)


@pytest.fixture
def described() -> Assessment:
    """The minimal assessment with recipients, transfers and retention rules."""
    data = copy.deepcopy(MINIMAL)
    data["description"]["recipients"] = [
        {"id": "host", "name": "Cloud $5$ Ltd", "role": "processor", "country": "IE",
         "parent_country": "US"},
        {"id": "helpdesk", "name": "Helpdesk Co", "role": "processor", "country": "IN"},
        {"id": "mailer", "name": "Mailer Inc", "role": "processor", "country": "US"},
        {"id": "local", "name": "Local Print", "role": "processor", "country": "BE",
         "parent_country": "FR"},
    ]  # fmt: skip
    data["description"]["transfers"] = [
        {"id": "helpdesk_in", "recipient": "helpdesk", "country": "IN", "kind": "remote_access"},
        {"id": "mailer_us", "recipient": "mailer", "country": "US", "kind": "storage",
         "tool": "scc_2021_914", "scc_module": 2},
    ]  # fmt: skip
    data["description"]["retention_rules"] = [
        {"id": "members_rule", "applies_to": ["customers", "consent_only"], "period": "2 years"},
        {"id": "proof", "applies_to": ["consent_records"]},
        {"id": "id_copies", "applies_to": ["rights_requesters"], "period": "18 months"},
    ]
    return Assessment.model_validate(data)


# --- heat map -------------------------------------------------------------------------------


@pytest.mark.parametrize(("scale", "cells"), [(CNIL, 16), (ICO, 9)])
def test_the_grid_has_a_cell_per_level_pair_coloured_by_the_matrix(scale, cells):
    fig = heat_map([line("r1", (1, 1), scale=scale)], scale)
    grid = {p.get_gid(): p for p in axes(fig).patches if isinstance(p, Rectangle)}
    assert len(grid) == cells
    for s in range(1, scale.steps("severity") + 1):
        for lk in range(1, scale.steps("likelihood") + 1):
            colour = to_hex(grid[f"cell-{s}-{lk}"].get_facecolor())
            assert colour == charts.LEVEL_COLOURS[scale.level(s, lk)]


@pytest.mark.parametrize("scale", [CNIL, ICO])
def test_the_axes_are_labelled_with_the_scales_level_labels(scale):
    ax = axes(heat_map([line("r1", (1, 1), scale=scale)], scale))
    assert [t.get_text() for t in ax.get_xticklabels()] == [lb for _, lb in scale.likelihood]
    assert [t.get_text() for t in ax.get_yticklabels()] == [lb for _, lb in scale.severity]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Likelihood", "Severity")


@pytest.mark.parametrize("scale", [CNIL, ICO])
def test_the_heat_map_is_drawn_in_the_speakers_language(scale):
    fig = heat_map([line("r1", (1, 1), scale=scale)], scale, FR)
    ax = axes(fig)
    method = scale.method
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        FR.label(f"scale-{method}-likelihood", key) for key, _ in scale.likelihood
    ]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Vraisemblance", "Gravité")
    [legend] = fig.legends
    assert [t.get_text() for t in legend.get_texts()][:3] == [
        "Risque faible", "Risque moyen", "Risque élevé",
    ]  # fmt: skip
    assert FR.part("chart-title", "heat_map") in all_text(fig)


def test_the_legend_names_the_three_levels_and_both_points():
    fig = heat_map([line("r1", (1, 1))], CNIL)
    [legend] = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "Low risk", "Medium risk", "High risk", "Before measures", "After measures",
    ]  # fmt: skip


def test_one_arrow_per_risk_the_measures_move_and_every_risk_labelled_by_id():
    risks = [line("moved", (4, 4), (2, 3)), line("same", (3, 3)), line("down", (2, 2), (1, 2))]
    fig = heat_map(risks, CNIL)
    ax = axes(fig)
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert sorted(a.get_gid() for a in arrows) == ["arrow-down", "arrow-moved"]
    assert sorted(labels(fig)) == ["down", "moved", "same"]
    assert sorted(labels(fig, "italic")) == ["down", "moved"]
    assert "Risks before and after measures" in all_text(fig)


def test_an_arrow_runs_from_the_inherent_cell_to_the_residual_cell():
    fig = heat_map([line("moved", (4, 4), (2, 1))], CNIL)
    [arrow] = [p for p in axes(fig).patches if isinstance(p, FancyArrowPatch)]
    (x0, y0), (x1, y1) = arrow._posA_posB  # data coordinates: likelihood, severity
    assert (round(x0), round(y0), round(x1), round(y1)) == (4, 4, 1, 2)


def test_a_register_line_lowered_by_a_decided_measure_gets_its_arrow(minimal):
    minimal["measures"] = [
        {"id": "m1", "title": "Pseudonymise", "kind": "technical", "status": "planned",
         "reduces_likelihood": 2},
    ]  # fmt: skip
    minimal["risks"] = [
        {"id": "r1", "title": "Profiles", "concerns": ["newsletter"], "measures": ["m1"],
         "likelihood_override": {"level": "maximum",
                                  "rationale": "Profiles are sold on to anyone who asks."}},
    ]  # fmt: skip
    result = assess(Assessment.model_validate(minimal))
    ax = axes(heat_map(result.risks, result.scale))
    assert [p.get_gid() for p in ax.patches if isinstance(p, FancyArrowPatch)] == ["arrow-r1"]


def test_risks_sharing_a_cell_are_listed_without_overlapping():
    risks = [
        line(f"risk_with_a_long_id_{i}", (3, 4), (3, 4) if i % 2 else (1, 4)) for i in range(8)
    ]
    fig = heat_map(risks, CNIL)
    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in axes(fig).texts]
    assert len(boxes) == 12
    assert not [(a, b) for a, b in combinations(boxes, 2) if a.overlaps(b)]
    cell_cm = (charts.WIDTH_CM - 3) / 4  # every label stays inside its cell
    assert max(b.width for b in boxes) / fig.dpi * 2.54 < cell_cm


def test_a_cell_too_full_to_list_ends_with_a_count_and_keeps_every_arrow():
    risks = [line(f"r{i}", (4, 4), (1, 1)) for i in range(80)]
    fig = heat_map(risks, CNIL)
    ax = axes(fig)
    more = [t.get_text() for t in ax.texts if t.get_text().startswith("+ ")]
    assert len(more) == 2  # one in the inherent cell, one in the residual cell
    shown = len([text for text in labels(fig) if not text.startswith("+ ")])
    assert more[0] == f"+ {80 - shown} more"
    assert len([p for p in ax.patches if isinstance(p, FancyArrowPatch)]) == 80
    assert min(t.get_fontsize() for t in ax.texts) >= charts.MIN_PT


# --- retention timeline -----------------------------------------------------------------------


def bars(fig: Figure) -> dict[str, Rectangle]:
    return {
        p.get_gid(): p for p in axes(fig).patches if (p.get_gid() or "").startswith("retention-")
    }


def test_one_bar_per_rule_and_group_as_long_as_the_period_in_years(described):
    fig = timeline(described)
    found = bars(fig)
    assert list(found) == [
        "retention-members_rule-customers",
        "retention-members_rule-consent_only",
        "retention-proof-consent_records",
        "retention-id_copies-rights_requesters",
    ]
    assert found["retention-members_rule-customers"].get_width() == pytest.approx(2.0)
    assert found["retention-id_copies-rights_requesters"].get_width() == pytest.approx(1.5)
    ticks = [t.get_text() for t in axes(fig).get_yticklabels()]
    assert ticks[0] == "customers\nmembers_rule" and ticks[2] == "records of consent\nproof"
    assert axes(fig).get_xlabel() == "Years"


def test_a_rule_without_period_is_a_hatched_warning_bar_across_the_axis(described):
    fig = timeline(described)
    hatched = [gid for gid, bar in bars(fig).items() if bar.get_hatch()]
    assert hatched == ["retention-proof-consent_records"]
    bar = bars(fig)["retention-proof-consent_records"]
    assert bar.get_width() == pytest.approx(axes(fig).get_xlim()[1])
    assert EN.say("chart-no_period") == "no period recorded"
    assert "no period recorded" in all_text(fig)


def test_the_reference_period_of_each_group_is_a_marker_on_its_row(described):
    fig = timeline(described)
    [markers] = [ln for ln in axes(fig).lines if ln.get_gid() == "reference-periods"]
    groups = ["customers", "consent_only", "consent_records", "rights_requesters"]
    expected = [parse_period(KB.retention_reference(g).period).months / 12 for g in groups]
    assert list(markers.get_xdata()) == pytest.approx(expected)
    assert list(markers.get_ydata()) == [0, 1, 2, 3]


def legend_entries(fig: Figure) -> dict[str, str]:
    """The legend's line entries: label -> marker."""
    [legend] = fig.legends
    return {
        text.get_text(): handle.get_marker()
        for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True)
        if isinstance(handle, Line2D)
    }


@pytest.mark.parametrize("with_minimum", [True, False])
def test_a_minimum_reference_period_has_its_own_marker_and_legend_entry(with_minimum):
    assert KB.retention_reference("objected").bound == "minimum"
    data = copy.deepcopy(MINIMAL)
    rules = [{"id": "kept", "applies_to": ["customers"], "period": "2 years"}]
    if with_minimum:
        rules.append({"id": "suppression", "applies_to": ["objected"], "period": "3 years"})
    data["description"]["retention_rules"] = rules
    fig = timeline(Assessment.model_validate(data))
    lines = {ln.get_gid(): ln for ln in axes(fig).lines}
    entries = legend_entries(fig)
    assert lines["reference-periods"].get_marker() == "D"  # the maximum marker, unchanged
    assert list(lines["reference-periods"].get_ydata()) == [0]
    assert entries["Reference period (knowledge base)"] == "D"
    if with_minimum:
        minimum = lines["minimum-periods"]
        assert minimum.get_marker() == entries["Minimum period (knowledge base)"] != "D"
        assert list(minimum.get_xdata()) == pytest.approx([3.0])
        assert list(minimum.get_ydata()) == [1]
    else:
        assert "minimum-periods" not in lines
        assert "Minimum period (knowledge base)" not in entries


# --- transfer overview ------------------------------------------------------------------------


def test_the_transfer_overview_names_every_country_tool_and_adequacy(described):
    text = all_text(overview(described, levels=False))
    for expected in ("India", "United States", "Ireland", "Helpdesk Co (remote access)"):
        assert expected in text
    assert "Cloud $5$ Ltd (parent company in the United States)" in text
    assert "standard contractual clauses 2021/914, module 2" in text and "not recorded" in text
    assert "Belgium" not in text and "Risk level" not in text  # EEA parent; no levels asked


def test_the_transfer_overview_is_drawn_in_the_speakers_language(described):
    text = all_text(overview(described, "nl"))
    for expected in (
        "Bestemming",
        "Doorgifte-instrument",
        "Risiconiveau",
        "Verenigde Staten",
        "Helpdesk Co (toegang op afstand)",
        "modelcontractbepalingen 2021/914, module 2",
        "Cloud $5$ Ltd (moederbedrijf in de Verenigde Staten)",
    ):
        assert expected in text
    text = all_text(overview(described, "fr"))
    assert "Outil de transfert" in text and "Cloud $5$ Ltd (société mère aux États-Unis)" in text
    for english in ("Adequacy", "Transfer tool", "United States", "remote access", "EEA"):
        assert english not in text


def test_status_cells_are_coloured_by_adequacy_the_tool_as_judged_and_the_risk_level(described):
    result = assess(described)
    fig = overview(described)
    cells = {t.get_text(): t for t in axes(fig).texts}
    level = {item.id: item.level for item in result.transfers}
    assert {"Risk level", EN.label("level", level["helpdesk_in"])} <= set(cells)
    by_row = {}
    for patch in axes(fig).patches:
        by_row.setdefault(round(patch.get_y() + patch.get_height() / 2), []).append(
            to_hex(patch.get_facecolor())
        )
    colours = charts.LEVEL_COLOURS
    # India, no tool recorded (TRF-001): no adequacy, no usable tool
    assert by_row[1] == [colours["high"], colours["high"], colours[level["helpdesk_in"]]]
    # US, SCCs: adequacy only for DPF-certified recipients; the tool is usable
    assert by_row[2] == [colours["medium"], colours["low"], colours[level["mailer_us"]]]
    # the Irish host with a US parent: partial adequacy, hosted in the EEA
    assert by_row[3][:2] == [colours["medium"], colours["medium"]]


# --- progress ---------------------------------------------------------------------------------


def test_progress_bars_are_as_wide_as_the_share_answered():
    progress = [SectionProgress("metadata", 1, 2), SectionProgress("description", 6, 45),
                SectionProgress("rights", 3, 3)]  # fmt: skip
    fig = charts.progress_chart(progress, EN)
    answered = {p.get_gid(): p.get_width() for p in axes(fig).patches if p.get_gid()}
    assert answered == pytest.approx(
        {"progress-metadata": 0.5, "progress-description": 6 / 45, "progress-rights": 1.0}
    )
    assert {"1/2", "6/45", "3/3"} <= set(all_text(fig).splitlines())
    ticks = [t.get_text() for t in axes(fig).get_yticklabels()]
    assert ticks == [EN.part("chart-section", p.section) for p in progress]
    nl = charts.progress_chart(progress, NL)
    assert [t.get_text() for t in axes(nl).get_yticklabels()][2] == "Rechten"


# --- empty inputs, output formats, safety ------------------------------------------------------


def test_empty_inputs_give_a_readable_figure(minimal):
    bare = Assessment.model_validate(minimal)
    for words in (EN, NL, FR):
        figures = {
            "heat_map": heat_map([], CNIL, words),
            "retention": timeline(bare, words),
            "transfers": overview(bare, words.lang),
            "progress": charts.progress_chart([], words),
        }
        for chart, fig in figures.items():
            assert isinstance(fig, Figure)
            assert words.part("chart-empty", chart) in all_text(fig)
            assert charts.figure_png(fig).startswith(b"\x89PNG")
    assert EN.part("chart-empty", "transfers") == "No transfers outside the EEA recorded."


def test_svg_is_byte_identical_across_renders_and_figures(described):
    risks = [line("a", (4, 4), (2, 2)), line("b", (1, 2))]
    first = charts.figure_svg(heat_map(risks, CNIL))
    fig = heat_map(risks, CNIL)
    assert charts.figure_svg(fig) == charts.figure_svg(fig) == first
    retention = timeline(described)
    assert charts.figure_svg(retention) == charts.figure_svg(retention)
    assert "<dc:date>" not in first and "Risks before and after measures" in first


def test_svg_renders_agree_across_threads(described):
    def render(_):
        return charts.figure_svg(figure)

    figure = overview(described)

    with ThreadPoolExecutor(4) as pool:
        assert len(set(pool.map(render, range(8)))) == 1


def test_analyst_text_is_drawn_as_text_not_as_mathtext(described):
    svg = charts.figure_svg(overview(described))
    assert "Cloud $5$ Ltd" in svg


def test_data_uri_embeds_svg_or_png():
    fig = charts.progress_chart([SectionProgress("metadata", 1, 2)], EN)
    assert charts.data_uri(fig).startswith("data:image/svg+xml;base64,")
    assert charts.data_uri(fig, "png").startswith("data:image/png;base64,iVBOR")
    with pytest.raises(ValueError, match="svg"):
        charts.data_uri(fig, "gif")


def test_importing_the_charts_does_not_start_pyplot():
    code = "import sys, pia.charts; assert 'matplotlib.pyplot' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- Maxiresponse -----------------------------------------------------------------------------


def test_every_chart_renders_for_maxiresponse():
    assessment = pia.load(MAXIRESPONSE)
    result = assess(assessment)
    heat = heat_map(result.risks, result.scale)
    assert sorted(labels(heat)) == sorted(r.id for r in result.risks)
    glance = all_text(overview(assessment))
    assert "India" in glance and "Ireland" in glance and "not scored" not in glance
    rows = sum(len(rule.applies_to) for rule in assessment.description.retention_rules)
    assert len(bars(timeline(assessment))) == rows
    progress = charts.progress_chart(completeness(assessment), EN)
    assert len([p for p in axes(progress).patches if p.get_gid()]) == len(result.progress)
