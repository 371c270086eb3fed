"""Transfer scoring: severity from the data that leave, likelihood from tool, law and safeguards."""

from __future__ import annotations

import copy

import pytest
from conftest import MAXIRESPONSE, MINIMAL
from hypothesis import given, settings
from hypothesis import strategies as st

import pia
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.risk import Title, scale_for
from pia.scoring.transfers import score_transfers
from pia.words import speaker

KB = load_knowledge()
CNIL = scale_for("cnil")

# A transfer with every safeguard recorded: each test takes one away or changes one fact.
SAFE = {
    "tool": "scc_2021_914",
    "scc_module": 2,
    "impact_assessment_done": True,
    "data_protection": "encrypted_keys_in_eea",
    "supplementary_measures": ["Access only through an EEA jump host, logged"],
    "reevaluation_due": "every 12 months",
}

CATEGORIES = {
    "contact": ("contact", "standard"),
    "location": ("location", "highly_personal"),
    "health": ("health", "special_category"),
    "clicks": ("behaviour", "standard"),
}


def assessment(
    *,
    country: str = "IN",
    recipient_country: str | None = None,
    role: str = "processor",
    parent: str | None = None,
    recipient_categories: tuple[str, ...] = ("contact",),
    transfer: dict | None = None,
    categories: tuple[str, ...] = ("contact",),
) -> Assessment:
    """The minimal assessment with one recipient and, unless `transfer` is None, one transfer."""
    data = copy.deepcopy(MINIMAL)
    d = data["description"]
    d["data_categories"] = [
        {
            "id": c,
            "name": c.title(),
            "kind": CATEGORIES[c][0],
            "sensitivity": CATEGORIES[c][1],
            "declared_to_data_subjects": True,
        }
        for c in dict.fromkeys(("contact", *categories, *recipient_categories))
    ]
    d["recipients"] = [
        {
            "id": "vendor",
            "name": "Vendor",
            "role": role,
            "country": recipient_country or country,
            "parent_country": parent,
            "processor_contract": True,
            "data_categories": list(recipient_categories),
        }
    ]
    if transfer is not None:
        d["transfers"] = [
            {
                "id": "support",
                "recipient": "vendor",
                "country": country,
                "kind": "remote_access",
                "data_categories": list(categories),
                **transfer,
            }
        ]
    return Assessment.model_validate(data)


def items(a: Assessment, scale=CNIL):
    return {item.id: item for item in score_transfers(a, KB, scale)}


def the_item(a: Assessment, item_id: str = "support"):
    return items(a)[item_id]


def points(item, axis: str) -> dict[str, int]:
    return {f.code: f.points for f in item.factors if f.axis == axis}


def checks(item) -> dict[str, str]:
    return {c.key: c.status for c in item.checks}


# --- which items ----------------------------------------------------------------------------------


def test_one_item_per_recorded_transfer_with_its_path():
    item = the_item(assessment(transfer=SAFE))
    assert (item.kind, item.path, item.title) == (
        "transfer",
        "description.transfers[0]",
        Title("remote_access", {"recipient": "vendor", "country": "IN"}),
    )


def test_a_recipient_outside_the_eea_without_transfer_is_a_missing_transfer():
    found = items(assessment(transfer=None))
    item = found["vendor-unrecorded"]
    assert item.path == "description.recipients[0]"
    assert item.title == Title("unrecorded", {"recipient": "vendor", "country": "IN"})
    assert checks(item)["know_your_transfers"] == "missing"
    assert points(item, "likelihood")["no_tool"] == 2


@pytest.mark.parametrize("country", ["BE", "IE", "NO"])
def test_a_recipient_in_the_eea_is_no_transfer(country):
    assert items(assessment(country=country, transfer=None)) == {}


# --- severity: what is at stake -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("categories", "expected", "severity"),
    [
        (("contact",), {}, "negligible"),
        (("contact", "location"), {"highly_personal": 1}, "limited"),
        (("contact", "health"), {"special_or_criminal": 2}, "significant"),
        (("clicks",), {"profiles": 1}, "limited"),
        (
            ("health", "clicks"),
            {"special_or_criminal": 2, "profiles": 1},
            "maximum",
        ),
    ],
)
def test_severity_follows_the_most_sensitive_data_and_profiles(categories, expected, severity):
    item = the_item(assessment(transfer=SAFE, categories=categories))
    assert points(item, "severity") == expected
    assert item.severity.key == severity


def test_without_transfer_categories_the_recipients_are_used():
    item = the_item(assessment(transfer=SAFE, categories=(), recipient_categories=("health",)))
    factor = next(f for f in item.factors if f.axis == "severity")
    assert factor.points == 2
    assert factor.params["assumed"] == "recipient"  # said: "the recipient's are used"
    assert checks(item)["know_your_transfers"] == "missing"


def test_without_any_categories_all_of_the_assessment_are_assumed():
    a = assessment(transfer=SAFE, categories=(), recipient_categories=())
    item = the_item(a)
    assert all(f.params["assumed"] == "assessment" for f in item.factors if f.axis == "severity")
    step = next(c for c in item.checks if c.key == "know_your_transfers")
    assert (step.status, step.params["state"]) == ("missing", "assessment")


# --- likelihood: access incompatible with EU law --------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {},
            {
                "no_adequacy": 1,
                "access_high": 1,
                "keys_in_eea": -1,
                "supplementary_measures": -1,
            },
        ),
        ({"tool": "unknown"}, {"no_tool": 2}),
        ({"tool": "none"}, {"no_tool": 2}),
        ({"tool": "dpf"}, {"tool_not_applicable": 2}),
        ({"tool": "art49_derogation"}, {"art49_systematic": 2}),
        ({"impact_assessment_done": None}, {"no_tia": 1}),
        ({"impact_assessment_done": False}, {"no_tia": 1}),
        ({"data_protection": "clear_text"}, {"readable": 1}),
        ({"data_protection": "unknown"}, {"readable": 1}),
        (
            {"data_protection": "encrypted_keys_with_recipient"},
            {"readable": 1},
        ),
        ({"data_protection": "pseudonymised"}, {"pseudonymised": -1}),
    ],
)
def test_likelihood_factors_of_a_transfer(change, expected):
    item = the_item(assessment(transfer={**SAFE, **change}))
    found = points(item, "likelihood")
    for name, value in expected.items():
        assert found[name] == value
    if "data_protection" in change:
        assert "keys_in_eea" not in found


def test_scc_without_module_adds_no_points_but_a_missing_check():
    item = the_item(assessment(transfer={**SAFE, "scc_module": None}))
    assert "no_tool" not in points(item, "likelihood")
    step = next(c for c in item.checks if c.key == "identify_transfer_tool")
    assert (step.status, step.params["state"]) == ("missing", "scc_no_module")


def test_art49_for_an_occasional_transfer_to_a_controller_weighs_less():
    a = assessment(
        role="controller", transfer={**SAFE, "tool": "art49_derogation", "kind": "onward_transfer"}
    )
    assert points(the_item(a), "likelihood")["art49"] == 1


def test_readable_data_count_only_where_public_authority_access_is_medium_or_high():
    # The US is rated medium; Mexico is not rated in the knowledge base, so no point there.
    kept = the_item(assessment(country="US", transfer={**SAFE, "data_protection": "clear_text"}))
    unrated = the_item(assessment(country="MX", transfer={**SAFE, "data_protection": "clear_text"}))
    assert "readable" in points(kept, "likelihood")
    assert "readable" not in points(unrated, "likelihood")


@pytest.mark.parametrize(
    ("country", "transfer"),
    [
        ("CH", {"tool": "unknown"}),
        ("GB", {"tool": "scc_2021_914"}),
        ("US", {"tool": "dpf", "dpf_certified": True}),
        ("US", {"tool": "scc_2021_914", "dpf_certified": True}),
        ("JP", {"tool": "adequacy_decision"}),
    ],
)
def test_an_adequacy_decision_makes_the_later_steps_not_applicable(country, transfer):
    item = the_item(assessment(country=country, transfer=transfer))
    assert points(item, "likelihood") == {}
    assert item.likelihood.key == "negligible"
    statuses = checks(item)
    assert statuses["identify_transfer_tool"] == "recorded"
    for step in (
        "assess_third_country_law",
        "supplementary_measures",
        "procedural_steps",
        "reevaluate",
    ):
        assert statuses[step] == "not_applicable"


def test_dpf_without_recorded_certification_is_a_missing_step_and_a_point():
    item = the_item(assessment(country="US", transfer={"tool": "dpf"}))
    step = next(c for c in item.checks if c.key == "identify_transfer_tool")
    assert (step.status, step.params["state"]) == ("missing", "dpf_unconfirmed")
    assert "2023/1795" in step.params["decision"]
    factor = next(f for f in item.factors if f.code == "dpf_uncertain")
    assert (factor.points, factor.path) == (1, "description.transfers[0].dpf_certified")
    assert factor.params == {"recorded": True, "recipient": "vendor", "country": "US"}
    assert checks(item)["assess_third_country_law"] == "not_applicable"  # still Art. 45


def test_dpf_certification_decides_whether_the_dpf_covers_the_transfer():
    certified = the_item(
        assessment(country="US", transfer={"tool": "unknown", "dpf_certified": True})
    )
    assert points(certified, "likelihood") == {}
    step = next(c for c in certified.checks if c.key == "identify_transfer_tool")
    assert (step.status, step.params["state"]) == ("recorded", "dpf_certified")
    refused = the_item(assessment(country="US", transfer={"tool": "dpf", "dpf_certified": False}))
    found = points(refused, "likelihood")
    assert found["tool_not_applicable"] == 2 and found["no_adequacy"] == 1
    step = next(c for c in refused.checks if c.key == "identify_transfer_tool")
    assert (step.status, step.params["state"]) == ("failed", "dpf_uncertified")


def test_dpf_certification_means_nothing_outside_the_us():
    item = the_item(assessment(country="IN", transfer={**SAFE, "dpf_certified": True}))
    assert "no_adequacy" in points(item, "likelihood")


@pytest.mark.parametrize("country", ["US", "JP"])
def test_a_partial_adequacy_decision_needs_the_transfer_to_rely_on_it(country):
    item = the_item(assessment(country=country, transfer={**SAFE, "tool": "unknown"}))
    assert points(item, "likelihood")["no_adequacy"] == 1


def test_a_transfer_inside_the_eea_is_not_a_chapter_v_transfer():
    item = the_item(assessment(country="FR", recipient_country="IE", transfer={"tool": "none"}))
    assert points(item, "likelihood") == {}
    step = next(c for c in item.checks if c.key == "know_your_transfers")
    assert (step.status, step.params["place"]) == ("recorded", "eea")
    assert "not a Chapter V transfer" in speaker("en").check(step).detail


# --- the EDPB Recommendations 01/2020 checklist ---------------------------------------------------


def test_the_six_steps_in_order_all_recorded_for_a_safe_transfer():
    item = the_item(assessment(transfer=SAFE))
    assert list(checks(item)) == [  # in the order of the Recommendations
        "know_your_transfers",
        "identify_transfer_tool",
        "assess_third_country_law",
        "supplementary_measures",
        "procedural_steps",
        "reevaluate",
    ]
    assert checks(item) == {
        "know_your_transfers": "recorded",
        "identify_transfer_tool": "recorded",
        "assess_third_country_law": "recorded",
        "supplementary_measures": "recorded",
        "procedural_steps": "not_applicable",
        "reevaluate": "recorded",
    }
    said = speaker("en")
    assert all(
        said.check(c).reference.startswith("EDPB Recommendations 01/2020") for c in item.checks
    )


@pytest.mark.parametrize(
    ("change", "step", "status"),
    [
        ({"tool": "unknown"}, "identify_transfer_tool", "missing"),
        ({"tool": "none"}, "identify_transfer_tool", "failed"),
        ({"tool": "art49_derogation"}, "identify_transfer_tool", "failed"),
        ({"impact_assessment_done": None}, "assess_third_country_law", "missing"),
        (
            {"supplementary_measures": [], "data_protection": "clear_text"},
            "supplementary_measures",
            "missing",
        ),
        ({"tool": "ad_hoc_clauses"}, "procedural_steps", "missing"),
        ({"tool": "bcr"}, "procedural_steps", "not_applicable"),
        ({"reevaluation_due": None}, "reevaluate", "missing"),
    ],
)
def test_each_step_says_what_is_missing(change, step, status):
    assert checks(the_item(assessment(transfer={**SAFE, **change})))[step] == status


# --- exposure through a parent company ------------------------------------------------------------


def test_an_eea_processor_with_a_parent_under_third_country_law_is_an_exposure():
    found = items(assessment(country="IE", parent="US", transfer=None))
    item = found["vendor-parent-law"]
    assert item.kind == "transfer"
    assert item.title == Title("exposure", {"recipient": "vendor", "country": "IE", "parent": "US"})
    assert item.path == "description.recipients[0].parent_country"
    assert points(item, "likelihood") == {"parent_law": 1}
    assert checks(item) == {
        "chapter_v": "not_applicable",
        "parent_law": "missing",
        "keys_in_eea": "missing",
        "dpf": "not_applicable",
    }


def test_keys_held_in_the_eea_lower_the_exposure():
    a = assessment(country="US", recipient_country="IE", parent="US", transfer=SAFE)
    item = items(a)["vendor-parent-law"]
    assert points(item, "likelihood") == {
        "parent_law": 1,
        "exposure_keys_in_eea": -1,
    }
    assert checks(item)["keys_in_eea"] == "recorded"


@pytest.mark.parametrize(
    ("parent", "found"), [("CN", True), ("IN", False), ("DE", False), (None, False)]
)
def test_only_a_parent_whose_law_reaches_the_group_makes_an_exposure(parent, found):
    result = items(assessment(country="IE", parent=parent, transfer=None))
    assert ("vendor-parent-law" in result) is found
    if found:
        assert "dpf" not in checks(result["vendor-parent-law"])


# --- levels ---------------------------------------------------------------------------------------


def test_an_unprotected_transfer_of_profiles_to_a_high_exposure_country_is_high():
    a = assessment(categories=("clicks", "location"), transfer={"tool": "unknown"})
    item = the_item(a)
    assert (item.severity.key, item.likelihood.key, item.level) == (
        "significant",
        "maximum",
        "high",
    )


def test_the_same_transfer_with_every_safeguard_has_negligible_likelihood():
    item = the_item(assessment(categories=("clicks", "location"), transfer=SAFE))
    assert (item.likelihood.key, item.level) == ("negligible", "medium")


@pytest.fixture(scope="module")
def maxiresponse():
    return items(pia.load(MAXIRESPONSE))


@pytest.mark.parametrize("transfer_id", ["tcs_india", "infosys_india"])
def test_maxiresponse_remote_access_from_india_is_high(maxiresponse, transfer_id):
    item = maxiresponse[transfer_id]
    assert (item.severity.key, item.likelihood.key, item.level) == (
        "significant",
        "maximum",
        "high",
    )
    assert {
        "no_adequacy",
        "no_tool",
        "no_tia",
        "access_high",
        "readable",
    } <= {f.code for f in item.factors}


def test_maxiresponse_eea_host_with_a_third_country_parent_is_a_medium_exposure(maxiresponse):
    exposures = [i for i in maxiresponse.values() if i.id.endswith("-parent-law")]
    assert len(exposures) == 1
    assert exposures[0].level == "medium"
    assert exposures[0].title.kind == "exposure"


def test_maxiresponse_has_no_unrecorded_transfer(maxiresponse):
    assert not [i for i in maxiresponse if i.endswith("-unrecorded")]


def test_maxiresponse_on_the_ico_scale():
    found = items(pia.load(MAXIRESPONSE), scale_for("ico"))
    assert (found["tcs_india"].likelihood.key, found["tcs_india"].level) == ("probable", "high")


def test_every_factor_says_where_it_was_found(maxiresponse):
    for item in maxiresponse.values():
        for f in item.factors:
            assert f.path.startswith("description.")


# --- property: removing a recorded safeguard never lowers the likelihood -------------------------

REMOVALS = {
    "data_protection": lambda t: {**t, "data_protection": "unknown"},
    "clear_text": lambda t: {**t, "data_protection": "clear_text"},
    "supplementary_measures": lambda t: {**t, "supplementary_measures": []},
    "impact_assessment": lambda t: (
        {**t, "impact_assessment_done": None} if t["impact_assessment_done"] else t
    ),
    "tool": lambda t: {**t, "tool": "unknown"} if t["tool"] == "scc_2021_914" else t,
}

transfers = st.fixed_dictionaries(
    {
        "tool": st.sampled_from(
            [
                "scc_2021_914",
                "bcr",
                "unknown",
                "none",
                "art49_derogation",
                "dpf",
                "adequacy_decision",
                "ad_hoc_clauses",
            ]
        ),
        "scc_module": st.sampled_from([None, 2, 3]),
        "impact_assessment_done": st.sampled_from([True, False, None]),
        "data_protection": st.sampled_from(
            [
                "clear_text",
                "encrypted_keys_with_recipient",
                "encrypted_keys_in_eea",
                "pseudonymised",
                "unknown",
            ]
        ),
        "supplementary_measures": st.sampled_from([[], ["Access logged and reviewed"]]),
        "kind": st.sampled_from(["storage", "remote_access", "onward_transfer"]),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    transfers,
    st.sampled_from(["IN", "US", "CN", "PH", "JP", "CH", "MX"]),
    st.sampled_from(["processor", "controller"]),
    st.sampled_from(sorted(REMOVALS)),
)
def test_removing_a_safeguard_never_lowers_the_likelihood(transfer, country, role, removal):
    before = the_item(assessment(country=country, role=role, transfer=transfer))
    after = the_item(assessment(country=country, role=role, transfer=REMOVALS[removal](transfer)))
    assert after.likelihood.proposed >= before.likelihood.proposed
    assert sum(f.points for f in after.factors if f.axis == "likelihood") >= sum(
        f.points for f in before.factors if f.axis == "likelihood"
    )
