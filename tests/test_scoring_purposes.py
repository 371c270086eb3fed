"""Purpose scores: each factor fires where it should and stays quiet where it should not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.risk import scale_for
from pia.scoring import ScoredItem
from pia.scoring.purposes import score_purposes
from pia.screening.facts import LARGE_SCALE_PEOPLE
from pia.words import Speaker, names_of

Data = dict[str, Any]
Change = Callable[[Data], None]

FULL_CONSENT = {
    "how_obtained": "Tick box",
    "granular": True,
    "records_kept": True,
    "withdrawal_path": "Unsubscribe link",
}
PASSED = {"outcome": "passed", "reasoning": "Recorded."}
FULL_LIA = {
    "interest": "Promote own products",
    "purpose_test": PASSED,
    "necessity_test": PASSED,
    "balancing_test": PASSED,
}
FULL_OBJECTION = {
    "channel": "Link in every message",
    "as_easy_as_collection": True,
    "brought_to_attention": True,
}


@pytest.fixture
def clean(minimal: Data) -> Data:
    """The minimal assessment with every safeguard recorded: nothing should raise a level."""
    minimal["description"]["data_subjects"][0]["approximate_count"] = 500
    purpose = minimal["purposes"][0]
    purpose["consent"] = dict(FULL_CONSENT)
    purpose["transparency"] = {"informed_at_collection": True}
    return minimal


def purpose(d: Data) -> Data:
    return d["purposes"][0]


SOFT_OPT_IN = {
    "details_from_sale": True,
    "own_similar_products": True,
    "objection_at_collection": True,
    "objection_in_each_message": True,
}


def add_category(
    d: Data,
    id: str,
    kind: str = "behaviour",
    sensitivity: str = "standard",
    declared: bool = True,
    inferred: bool = False,
) -> None:
    d["description"]["data_categories"].append(
        {
            "id": id,
            "name": id.title(),
            "kind": kind,
            "sensitivity": sensitivity,
            "declared_to_data_subjects": declared,
            "inferred": inferred,
        }
    )
    purpose(d)["data_categories"].append(id)


def add_source(d: Data, id: str, kind: str) -> None:
    d["description"].setdefault("data_sources", []).append(
        {"id": id, "name": id.title(), "kind": kind}
    )
    purpose(d).setdefault("data_sources", []).append(id)


def people(d: Data, count: int | None) -> None:
    d["description"]["data_subjects"][0]["approximate_count"] = count


def bases(d: Data, *keys: str) -> None:
    purpose(d)["legal_bases"] = [{"basis": key} for key in keys]


def marketing(d: Data, *channels: str, profiling: bool = False) -> None:
    purpose(d).update(direct_marketing=True, profiling=profiling, channels=list(channels))


def score(d: Data, method: str = "cnil") -> ScoredItem:
    assessment = Assessment.model_validate(d)
    return score_purposes(assessment, load_knowledge(), scale_for(method))[0]


def points(item: ScoredItem) -> dict[str, int]:
    return {f.code: f.points for f in item.factors}


def apply(d: Data, *changes: Change) -> Data:
    for change in changes:
        change(d)
    return d


# --- the baseline ---------------------------------------------------------------------------------


def test_a_purpose_with_every_safeguard_recorded_is_low(clean: Data) -> None:
    item = score(clean)
    assert (item.kind, item.id, item.path) == ("purpose", "newsletter", "purposes[0]")
    assert (item.severity.key, item.likelihood.key, item.level) == (
        "negligible",
        "negligible",
        "low",
    )
    assert points(item) == {"safeguards_recorded": -1}


# --- severity factors -----------------------------------------------------------------------------

SEVERITY_CASES: list[tuple[str, list[Change], str, int | None]] = [
    (
        "highly_personal",
        [lambda d: add_category(d, "loc", "location", "highly_personal")],
        "sensitive_data",
        1,
    ),
    (
        "special-category data",
        [lambda d: add_category(d, "med", "health", "special_category")],
        "sensitive_data",
        2,
    ),
    (
        "criminal data",
        [lambda d: add_category(d, "rec", "criminal_offences", "criminal_offence")],
        "sensitive_data",
        2,
    ),
    ("standard data only", [lambda d: add_category(d, "clicks")], "sensitive_data", None),
    ("profiling", [lambda d: purpose(d).update(profiling=True)], "profiling", 1),
    (
        "an inferred category",
        [lambda d: add_category(d, "segment", inferred=True)],
        "profiling",
        1,
    ),
    ("neither profiling nor inference", [], "profiling", None),
    (
        "a source in another company",
        [lambda d: add_source(d, "broker", "third_party")],
        "other_companies",
        1,
    ),
    (
        "a public source only",
        [lambda d: add_source(d, "census", "public")],
        "other_companies",
        None,
    ),
    (
        "a vulnerable group",
        [lambda d: d["description"]["data_subjects"][0].update(vulnerable=True)],
        "vulnerable_people",
        1,
    ),
    (
        "children",
        [lambda d: d["description"]["data_subjects"][0].update(kind="child")],
        "vulnerable_people",
        1,
    ),
    (
        "employees",
        [lambda d: d["description"]["data_subjects"][0].update(kind="employee")],
        "vulnerable_people",
        1,
    ),
    ("adults only", [], "vulnerable_people", None),
]


@pytest.mark.parametrize(
    ("case", "changes", "factor", "expected"), SEVERITY_CASES, ids=[c[0] for c in SEVERITY_CASES]
)
def test_severity_factor(
    clean: Data, case: str, changes: list[Change], factor: str, expected: int | None
) -> None:
    item = score(apply(clean, *changes))
    assert points(item).get(factor) == expected
    if expected is not None:
        assert item.severity.final == 1 + expected
        assert next(f for f in item.factors if f.code == factor).axis == "severity"


def aggravated(d: Data) -> None:
    add_category(d, "loc", "location", "highly_personal")
    purpose(d)["profiling"] = True
    add_source(d, "broker", "third_party")


@pytest.mark.parametrize(
    ("case", "extra", "severity", "ceiling"),
    [
        ("ordinary data, three aggravations", None, "significant", -1),
        (
            "special-category data",
            lambda d: add_category(d, "med", "health", "special_category"),
            "maximum",
            None,
        ),
        (
            "vulnerable people",
            lambda d: d["description"]["data_subjects"][0].update(vulnerable=True),
            "maximum",
            None,
        ),
    ],
)
def test_maximum_severity_needs_special_data_or_vulnerable_people(
    clean: Data, case: str, extra: Change | None, severity: str, ceiling: int | None
) -> None:
    item = score(apply(clean, aggravated, *([extra] if extra else [])))
    assert item.severity.key == severity
    assert points(item).get("severity_ceiling") == ceiling


# --- likelihood factors ---------------------------------------------------------------------------

LIKELIHOOD_CASES: list[tuple[str, list[Change], str, int | None]] = [
    (
        "personalised ads on legitimate interest",
        [lambda d: bases(d, "legitimate_interest"), lambda d: marketing(d, "post", profiling=True)],
        "personalised_ads_without_consent",
        2,
    ),
    (
        "personalised ads with consent",
        [lambda d: marketing(d, "post", profiling=True)],
        "personalised_ads_without_consent",
        None,
    ),
    (
        "profiling for a contract",
        [lambda d: bases(d, "contract"), lambda d: purpose(d).update(profiling=True)],
        "profiling_without_consent",
        1,
    ),
    (
        "legitimate interest, no assessment",
        [lambda d: bases(d, "legitimate_interest")],
        "interest_test_open",
        2,
    ),
    (
        "legitimate interest, one step passed",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(legitimate_interest={"purpose_test": PASSED}),
        ],
        "interest_test_open",
        2,
    ),
    (
        "legitimate interest, two steps passed",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(
                legitimate_interest={"purpose_test": PASSED, "necessity_test": PASSED}
            ),
        ],
        "interest_test_open",
        1,
    ),
    (
        "legitimate interest, all steps passed",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(legitimate_interest=FULL_LIA),
        ],
        "interest_test_open",
        None,
    ),
    (
        "direct marketing on legitimate interest, no objection",
        [lambda d: bases(d, "legitimate_interest"), lambda d: marketing(d, "post")],
        "objection_not_easy",
        1,
    ),
    (
        "objection harder than collection",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(
                objection={**FULL_OBJECTION, "as_easy_as_collection": False}
            ),
        ],
        "objection_not_easy",
        1,
    ),
    (
        "easy objection recorded",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(objection=FULL_OBJECTION),
        ],
        "objection_not_easy",
        None,
    ),
    (
        "direct marketing on consent only",
        [lambda d: marketing(d, "post")],
        "objection_not_easy",
        None,
    ),
    (
        "consent without details",
        [lambda d: purpose(d).pop("consent")],
        "consent_not_shown",
        1,
    ),
    (
        "consent without proof",
        [lambda d: purpose(d)["consent"].update(records_kept=None)],
        "consent_not_shown",
        1,
    ),
    (
        "consent not granular",
        [lambda d: purpose(d)["consent"].update(granular=False)],
        "consent_not_shown",
        1,
    ),
    ("consent fully recorded", [], "consent_not_shown", None),
    (
        "withdrawal called objection",
        [lambda d: purpose(d)["consent"].update(withdrawal_called_objection=True)],
        "withdrawal_called_objection",
        1,
    ),
    (
        "e-mail advertising on legitimate interest",
        [lambda d: bases(d, "legitimate_interest"), lambda d: marketing(d, "email")],
        "electronic_marketing_without_consent",
        1,
    ),
    (
        "SMS advertising partly on legitimate interest",
        [lambda d: bases(d, "consent", "legitimate_interest"), lambda d: marketing(d, "sms")],
        "electronic_marketing_without_consent",
        1,
    ),
    (
        "e-mail advertising on consent",
        [lambda d: marketing(d, "email")],
        "electronic_marketing_without_consent",
        None,
    ),
    (
        "postal advertising on legitimate interest",
        [lambda d: bases(d, "legitimate_interest"), lambda d: marketing(d, "post")],
        "electronic_marketing_without_consent",
        None,
    ),
    (
        "e-mail advertising to customers under a recorded soft opt-in",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "email"),
            lambda d: purpose(d).update(soft_opt_in=SOFT_OPT_IN),
        ],
        "electronic_marketing_without_consent",
        None,
    ),
    (
        "soft opt-in without a message opt-out",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "email"),
            lambda d: purpose(d).update(
                soft_opt_in={**SOFT_OPT_IN, "objection_in_each_message": False}
            ),
        ],
        "electronic_marketing_without_consent",
        1,
    ),
    (
        "special-category data without an Art. 9(2) exception",
        [lambda d: add_category(d, "health", "health", "special_category")],
        "special_categories_without_exception",
        1,
    ),
    (
        "special-category data on explicit consent",
        [
            lambda d: add_category(d, "health", "health", "special_category"),
            lambda d: purpose(d).update(special_category_exception="explicit_consent"),
        ],
        "special_categories_without_exception",
        None,
    ),
    (
        "an undeclared category",
        [lambda d: add_category(d, "clicks", declared=False)],
        "undeclared",
        1,
    ),
    (
        "data from another company, no Art. 14 notice",
        [lambda d: add_source(d, "broker", "third_party")],
        "art14_missing",
        1,
    ),
    (
        "public data, Art. 14 notice refused",
        [
            lambda d: add_source(d, "census", "public"),
            lambda d: purpose(d)["transparency"].update(informed_of_other_sources=False),
        ],
        "art14_missing",
        1,
    ),
    (
        "data from another company, Art. 14 notice given",
        [
            lambda d: add_source(d, "broker", "third_party"),
            lambda d: purpose(d)["transparency"].update(informed_of_other_sources=True),
        ],
        "art14_missing",
        None,
    ),
    ("large scale", [lambda d: people(d, LARGE_SCALE_PEOPLE["standard"])], "large_scale", 1),
    (
        "large scale for highly personal data",
        [
            lambda d: add_category(d, "loc", "location", "highly_personal"),
            lambda d: people(d, LARGE_SCALE_PEOPLE["highly_personal"]),
        ],
        "large_scale",
        1,
    ),
    (
        "below the bar for standard data",
        [lambda d: people(d, LARGE_SCALE_PEOPLE["standard"] - 1)],
        "large_scale",
        None,
    ),
    ("small scale", [], "large_scale", None),
    (
        "count unknown, but many categories observed continuously",
        [
            lambda d: people(d, None),
            lambda d: add_source(d, "usage", "observed"),
            *[lambda d, n=n: add_category(d, f"c{n}") for n in range(5)],
        ],
        "large_scale",
        1,
    ),
    ("number of people unknown", [lambda d: people(d, None)], "scale_unknown", 0),
    ("consent safeguards recorded", [], "safeguards_recorded", -1),
    (
        "legitimate interest safeguards recorded",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(legitimate_interest=FULL_LIA),
        ],
        "safeguards_recorded",
        -1,
    ),
    (
        "safeguards but withdrawal called objection",
        [lambda d: purpose(d)["consent"].update(withdrawal_called_objection=True)],
        "safeguards_recorded",
        None,
    ),
    (
        "contract only: no consent or interest safeguards",
        [lambda d: bases(d, "contract")],
        "safeguards_recorded",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "changes", "factor", "expected"),
    LIKELIHOOD_CASES,
    ids=[c[0] for c in LIKELIHOOD_CASES],
)
def test_likelihood_factor(
    clean: Data, case: str, changes: list[Change], factor: str, expected: int | None
) -> None:
    item = score(apply(clean, *changes))
    assert points(item).get(factor) == expected
    if expected is not None:
        found = next(f for f in item.factors if f.code == factor)
        assert found.axis == "likelihood"
        assert found.path.startswith("purposes[0]")


def test_legitimate_interest_with_no_assessment_points_at_the_claim(clean: Data) -> None:
    bases(clean, "contract", "legitimate_interest")
    factor = next(f for f in score(clean).factors if f.code == "interest_test_open")
    assert factor.path == "purposes[0].legal_bases[1]"
    assert factor.params["recorded"] is False  # said: "no legitimate interests assessment"


def test_gaps_add_up_to_the_top_of_the_ladder(clean: Data) -> None:
    bases(clean, "legitimate_interest")
    marketing(clean, "email", profiling=True)
    add_source(clean, "broker", "third_party")
    item = score(clean)
    assert item.likelihood.proposed == 4
    assert item.level == "high"


def test_factor_reasons_name_the_facts_found(clean: Data) -> None:
    add_category(
        clean, "segment", "inferred_profile", "highly_personal", declared=False, inferred=True
    )
    said = Speaker("en", names_of(Assessment.model_validate(clean)))
    reasons = " ".join(said.factor(f).reason for f in score(clean).factors)
    assert "segment" in reasons
    assert "Segment" in reasons


@pytest.mark.parametrize(
    ("method", "expected"),
    [("cnil", ("significant", "maximum")), ("ico", ("significant", "probable"))],
)
def test_levels_are_read_in_the_assessment_method(
    clean: Data, method: str, expected: tuple[str, str]
) -> None:
    aggravated(clean)
    bases(clean, "legitimate_interest")
    marketing(clean, "email", profiling=True)
    item = score(clean, method)
    assert (item.severity.key, item.likelihood.key) == expected
    assert item.level == "high"


# --- the checklist --------------------------------------------------------------------------------

CHECK_CASES: list[tuple[str, list[Change], str, str]] = [
    ("legal basis", [], "legal_basis", "recorded"),
    ("no profiling", [], "consent_for_profiling", "not_applicable"),
    (
        "profiling with consent",
        [lambda d: purpose(d).update(profiling=True)],
        "consent_for_profiling",
        "recorded",
    ),
    (
        "profiling on contract",
        [lambda d: bases(d, "contract"), lambda d: purpose(d).update(profiling=True)],
        "consent_for_profiling",
        "failed",
    ),
    ("no legitimate interest", [], "interest_test", "not_applicable"),
    (
        "interest test missing",
        [lambda d: bases(d, "legitimate_interest")],
        "interest_test",
        "missing",
    ),
    (
        "interest test failed",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(
                legitimate_interest={**FULL_LIA, "balancing_test": {"outcome": "failed"}}
            ),
        ],
        "interest_test",
        "failed",
    ),
    (
        "interest test passed",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: purpose(d).update(legitimate_interest=FULL_LIA),
        ],
        "interest_test",
        "recorded",
    ),
    ("consent only: no right to object", [], "objection", "not_applicable"),
    (
        "legitimate interest without objection path",
        [lambda d: bases(d, "legitimate_interest")],
        "objection",
        "missing",
    ),
    (
        "marketing objection harder than collection",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(
                objection={**FULL_OBJECTION, "as_easy_as_collection": False}
            ),
        ],
        "objection",
        "failed",
    ),
    (
        "marketing objection recorded",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(objection=FULL_OBJECTION),
        ],
        "objection",
        "recorded",
    ),
    ("consent recorded", [], "consent_details", "recorded"),
    (
        "consent proof unknown",
        [lambda d: purpose(d)["consent"].update(records_kept=None)],
        "consent_details",
        "missing",
    ),
    (
        "withdrawal called objection",
        [lambda d: purpose(d)["consent"].update(withdrawal_called_objection=True)],
        "consent_details",
        "failed",
    ),
    ("no e-mail advertising", [], "eprivacy", "not_applicable"),
    ("e-mail advertising on consent", [lambda d: marketing(d, "email")], "eprivacy", "recorded"),
    (
        "e-mail advertising on legitimate interest",
        [lambda d: bases(d, "legitimate_interest"), lambda d: marketing(d, "email")],
        "eprivacy",
        "failed",
    ),
    (
        "soft opt-in fully recorded, customers only",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "email"),
            lambda d: purpose(d).update(soft_opt_in=SOFT_OPT_IN),
        ],
        "eprivacy",
        "recorded",
    ),
    (
        "soft opt-in with a condition unknown",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "email"),
            lambda d: purpose(d).update(
                soft_opt_in={k: v for k, v in SOFT_OPT_IN.items() if k != "details_from_sale"}
            ),
        ],
        "eprivacy",
        "missing",
    ),
    (
        "soft opt-in for prospects too",
        [
            lambda d: bases(d, "legitimate_interest"),
            lambda d: marketing(d, "email"),
            lambda d: purpose(d).update(soft_opt_in=SOFT_OPT_IN),
            lambda d: d["description"]["data_subjects"][0].update(kind="prospect"),
        ],
        "eprivacy",
        "failed",
    ),
    ("no legal obligation or public task", [], "law", "not_applicable"),
    (
        "legal obligation without its law",
        [lambda d: bases(d, "legal_obligation")],
        "law",
        "missing",
    ),
    (
        "legal obligation with its law",
        [
            lambda d: purpose(d).update(
                legal_bases=[{"basis": "legal_obligation", "law": "Accounting Act, art. 5"}]
            )
        ],
        "law",
        "recorded",
    ),
    ("no special-category data", [], "art9", "not_applicable"),
    (
        "special-category data, no exception",
        [lambda d: add_category(d, "health", "health", "special_category")],
        "art9",
        "missing",
    ),
    (
        "special-category data, exception recorded",
        [
            lambda d: add_category(d, "health", "health", "special_category"),
            lambda d: purpose(d).update(special_category_exception="explicit_consent"),
        ],
        "art9",
        "recorded",
    ),
    ("informed at collection", [], "art13", "recorded"),
    ("Art. 13 unknown", [lambda d: purpose(d).pop("transparency")], "art13", "missing"),
    (
        "only data from another company",
        [lambda d: add_source(d, "broker", "third_party")],
        "art13",
        "not_applicable",
    ),
    ("no data from elsewhere", [], "art14", "not_applicable"),
    (
        "data from another company",
        [lambda d: add_source(d, "broker", "third_party")],
        "art14",
        "missing",
    ),
    ("all categories declared", [], "declared_categories", "recorded"),
    (
        "an undeclared category",
        [lambda d: add_category(d, "x", declared=False)],
        "declared_categories",
        "failed",
    ),
    ("number of people recorded", [], "scale", "recorded"),
    (
        "number of people unknown",
        [lambda d: d["description"]["data_subjects"][0].pop("approximate_count")],
        "scale",
        "missing",
    ),
]


@pytest.mark.parametrize(
    ("case", "changes", "key", "status"), CHECK_CASES, ids=[c[0] for c in CHECK_CASES]
)
def test_check(clean: Data, case: str, changes: list[Change], key: str, status: str) -> None:
    checks = {c.key: c for c in score(apply(clean, *changes)).checks}
    assert checks[key].status == status


def test_every_purpose_gets_the_whole_checklist(clean: Data) -> None:
    keys = [c.key for c in score(clean).checks]
    assert keys == [
        "legal_basis",
        "law",
        "art9",
        "consent_for_profiling",
        "interest_test",
        "objection",
        "consent_details",
        "eprivacy",
        "art13",
        "art14",
        "declared_categories",
        "scale",
    ]


# --- the real case --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> dict[str, ScoredItem]:
    items = score_purposes(pia.load(MAXIRESPONSE), load_knowledge(), scale_for("cnil"))
    return {item.id: item for item in items}


def test_maxiresponse_advertising_is_high(maxiresponse: dict[str, ScoredItem]) -> None:
    item = maxiresponse["advertising"]
    assert (item.severity.key, item.likelihood.key, item.level) == (
        "significant",
        "maximum",
        "high",
    )
    assert {
        "profiling",
        "other_companies",
        "undeclared",
        "interest_test_open",
        "withdrawal_called_objection",
        "electronic_marketing_without_consent",
        "art14_missing",
    } <= set(points(item))


@pytest.mark.parametrize("purpose_id", ["contract_services", "customer_requests", "improvement"])
def test_maxiresponse_other_purposes_stay_below_high(
    maxiresponse: dict[str, ScoredItem], purpose_id: str
) -> None:
    item = maxiresponse[purpose_id]
    assert item.severity.key == "negligible"
    assert item.level in ("low", "medium")


def test_maxiresponse_factors_point_into_their_purpose(maxiresponse: dict[str, ScoredItem]) -> None:
    for item in maxiresponse.values():
        for factor in item.factors:
            assert factor.path.startswith(item.path), factor
