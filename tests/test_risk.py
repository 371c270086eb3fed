"""Scales and ratings: factors add up on the ladder, methods read it in their own levels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pia.model import Override
from pia.risk import Factor, propose, scale_for


def factor(axis: str, points: int) -> Factor:
    return Factor(axis, f"{axis} {points:+d}", points, "because", "GDPR Art. 35(7)(c)")


@pytest.mark.parametrize(
    ("points", "rank"),
    [([], 1), ([1], 2), ([1, 1], 3), ([2, 2], 4), ([3, 3], 4), ([1, -1], 1), ([-2], 1)],
)
def test_points_add_to_the_base_and_stay_on_the_ladder(points, rank):
    assert propose("severity", [factor("severity", p) for p in points]) == rank


def test_factors_of_the_other_axis_do_not_count():
    assert propose("likelihood", [factor("severity", 3)]) == 1


@pytest.mark.parametrize(
    ("method", "points", "key"),
    [
        ("cnil", 0, "negligible"),
        ("cnil", 2, "significant"),
        ("cnil", 3, "maximum"),
        ("ico", 0, "remote"),
        ("ico", 1, "possible"),
        ("ico", 2, "possible"),
        ("ico", 3, "probable"),
    ],
)
def test_each_method_reads_the_ladder_in_its_own_levels(method, points, key):
    rating = scale_for(method).rate("likelihood", [factor("likelihood", points)] if points else [])
    assert rating.key == key


def test_an_override_wins_and_both_levels_are_kept():
    override = Override(
        level="limited", rationale="Only postal addresses of existing customers are used."
    )
    rating = scale_for("cnil").rate("severity", [factor("severity", 2)], override)
    assert (rating.proposed, rating.final, rating.key, rating.overridden) == (3, 2, "limited", True)
    assert rating.override.rationale.startswith("Only postal")


@given(
    st.sampled_from(["cnil", "ico"]),
    st.lists(st.integers(-3, 3), max_size=8),
    st.lists(st.integers(-3, 3), max_size=8),
)
def test_levels_are_always_inside_the_scale(method, sev_points, lik_points):
    scale = scale_for(method)
    factors = [factor("severity", p) for p in sev_points] + [
        factor("likelihood", p) for p in lik_points
    ]
    severity, likelihood = scale.rate("severity", factors), scale.rate("likelihood", factors)
    assert 1 <= severity.final <= scale.steps("severity")
    assert 1 <= likelihood.final <= scale.steps("likelihood")
    assert scale.level(severity.final, likelihood.final) in {"low", "medium", "high"}
