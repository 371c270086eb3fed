"""The risk register: recorded risks with overrides and measures, proposed lines for the rest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pia.model import Assessment
from pia.register import build_register, prior_consultation
from pia.risk import Factor, Title, scale_for
from pia.scoring import scored
from pia.words import speaker

CNIL = scale_for("cnil")


def item(id: str, severity: int, likelihood: int, kind: str = "purpose"):
    factors = [
        Factor("severity", "s", severity),
        Factor("likelihood", "l", likelihood),
    ]
    return scored(kind, id, Title("purpose", {"purpose": id}), "purposes[0]", factors, CNIL)


def with_risk(minimal, **risk) -> Assessment:
    minimal["risks"] = [
        {
            "id": "r1",
            "title": "Profiles used beyond expectations",
            "concerns": ["newsletter"],
            **risk,
        }
    ]
    return Assessment.model_validate(minimal)


def test_an_item_no_risk_covers_gets_a_proposed_line(minimal):
    lines = build_register(Assessment.model_validate(minimal), [item("newsletter", 2, 3)], CNIL)
    assert [
        (line.id, line.origin, line.severity.key, line.likelihood.key, line.level) for line in lines
    ] == [("newsletter", "proposed", "significant", "maximum", "high")]
    assert lines[0].residual_level == "high"


def test_a_recorded_risk_replaces_the_proposed_line_and_keeps_proposal_and_override(minimal):
    rationale = "Only members who opted in twice receive it, checked monthly."
    a = with_risk(minimal, likelihood_override={"level": "limited", "rationale": rationale})
    [line] = build_register(a, [item("newsletter", 2, 3)], CNIL)
    assert line.origin == "recorded" and line.path == "risks[0]"
    assert (line.likelihood.proposed, line.likelihood.final, line.likelihood.key) == (
        4,
        2,
        "limited",
    )
    assert line.likelihood.override.rationale == rationale
    assert line.level == "medium"


def test_measures_lower_the_residual_level_only_once_decided(minimal):
    minimal["measures"] = [
        {
            "id": "m1",
            "title": "Pseudonymise",
            "kind": "technical",
            "status": "planned",
            "reduces_likelihood": 2,
        },
        {
            "id": "m2",
            "title": "Maybe later",
            "kind": "organisational",
            "status": "proposed",
            "reduces_severity": 3,
        },
    ]
    a = with_risk(minimal, measures=["m1", "m2"])
    [line] = build_register(a, [item("newsletter", 2, 3)], CNIL)
    assert (line.level, line.residual_likelihood, line.residual_severity) == ("high", 2, 3)
    assert line.residual_level == "medium"
    assert [(m.id, m.counted) for m in line.measures] == [("m1", True), ("m2", False)]


def test_a_risk_over_several_items_takes_the_highest_proposal(minimal):
    minimal["purposes"].append({**minimal["purposes"][0], "id": "reminders"})
    minimal["risks"] = [{"id": "r1", "title": "T", "concerns": ["newsletter", "reminders"]}]
    a = Assessment.model_validate(minimal)
    [line] = build_register(a, [item("newsletter", 3, 0), item("reminders", 0, 2)], CNIL)
    assert (line.severity.key, line.likelihood.key) == ("maximum", "significant")
    assert len(line.factors) == 4


def test_a_residual_high_risk_requires_prior_consultation(minimal):
    lines = build_register(Assessment.model_validate(minimal), [item("newsletter", 3, 3)], CNIL)
    verdict = prior_consultation(lines)
    assert verdict.required and verdict.risks == ("newsletter",)
    assert "Art. 36(1)" in speaker("en").prior_consultation(verdict)
    low = build_register(Assessment.model_validate(minimal), [item("newsletter", 0, 0)], CNIL)
    assert not prior_consultation(low).required


@given(
    st.integers(0, 3),
    st.integers(0, 3),
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 3),
            st.sampled_from(["proposed", "planned", "in_progress", "implemented", "dropped"]),
        ),
        max_size=4,
    ),
    st.tuples(
        st.integers(0, 3),
        st.integers(0, 3),
        st.sampled_from(["proposed", "planned", "in_progress", "implemented", "dropped"]),
    ),
)
def test_adding_a_measure_never_raises_the_residual_level(sev, lik, measures, extra):
    import copy

    from conftest import MINIMAL

    order = {"low": 0, "medium": 1, "high": 2}

    def residual(ms):
        data = copy.deepcopy(MINIMAL)
        data["measures"] = [
            {
                "id": f"m{i}",
                "title": "M",
                "kind": "technical",
                "status": status,
                "reduces_severity": s,
                "reduces_likelihood": lik_steps,
            }
            for i, (s, lik_steps, status) in enumerate(ms)
        ]
        data["risks"] = [
            {
                "id": "r1",
                "title": "T",
                "concerns": ["newsletter"],
                "measures": [m["id"] for m in data["measures"]],
            }
        ]
        [line] = build_register(
            Assessment.model_validate(data), [item("newsletter", sev, lik)], CNIL
        )
        return order[line.residual_level], line.residual_severity, line.residual_likelihood

    before, after = residual(measures), residual([*measures, extra])
    assert after[0] <= before[0] and after[1] <= before[1] and after[2] <= before[2]
