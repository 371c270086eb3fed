"""Screening: each WP248 criterion, Art. 35(3) case and Belgian-list item, and the verdict."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL
from hypothesis import given, settings
from hypothesis import strategies as st

import pia
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.screening import CRITERION_RULES, VERDICTS, Reason, Screening, screen
from pia.words import LANGUAGES, Speaker

KB = load_knowledge()
Change = Callable[[dict[str, Any]], None]


def codes(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.code for r in reasons]


def said(reason: Reason, lang: str = "en") -> str:
    """A reason as the report says it (item names are their ids here)."""
    return Speaker(lang).say(f"screening-{reason.code}", **reason.params)


# --- small changes to the minimal assessment (one newsletter purpose, group `members`) ----------


def purpose(d: dict[str, Any]) -> dict[str, Any]:
    return d["purposes"][0]


def profiling(d):
    purpose(d)["profiling"] = True


def direct_marketing(d):
    purpose(d)["direct_marketing"] = True


def art22(d):
    d["description"]["automated_decisions_art22"] = True


def count(n: int | None) -> Change:
    def change(d):
        d["description"]["data_subjects"][0]["approximate_count"] = n

    return change


def category(id: str, kind: str = "contact", sensitivity: str = "standard", used=True) -> Change:
    def change(d):
        d["description"]["data_categories"].append(
            {
                "id": id,
                "name": id,
                "kind": kind,
                "sensitivity": sensitivity,
                "declared_to_data_subjects": True,
            }
        )
        if used:
            purpose(d)["data_categories"].append(id)

    return change


def many_categories(n: int) -> Change:
    """`n` data categories in all for the purpose (the minimal one has one)."""

    def change(d):
        for j in range(n - 1):
            category(f"extra{j}")(d)

    return change


def source(id: str, kind: str, channels=(), categories=(), provider=None, used=True) -> Change:
    def change(d):
        d["description"].setdefault("data_sources", []).append(
            {
                "id": id,
                "name": id,
                "kind": kind,
                "channels": list(channels),
                "data_categories": list(categories),
                "provider": provider,
            }
        )
        if used:
            purpose(d).setdefault("data_sources", []).append(id)

    return change


def group(id: str, kind: str = "customer", vulnerable=False, approximate_count=None) -> Change:
    def change(d):
        d["description"]["data_subjects"].append(
            {
                "id": id,
                "name": id,
                "kind": kind,
                "vulnerable": vulnerable,
                "approximate_count": approximate_count,
            }
        )
        purpose(d)["data_subjects"].append(id)

    return change


def recipient(id: str, role: str, categories=(), country="BE") -> Change:
    def change(d):
        d["description"].setdefault("recipients", []).append(
            {
                "id": id,
                "name": id,
                "role": role,
                "country": country,
                "data_categories": list(categories),
            }
        )

    return change


def basis(*bases: str) -> Change:
    def change(d):
        purpose(d)["legal_bases"] = [{"basis": b} for b in bases]

    return change


def second_purpose_with_source(id: str, kind: str) -> Change:
    def change(d):
        source(id, kind, used=False)(d)
        d["purposes"].append(
            {
                "id": f"p_{id}",
                "name": id,
                "legal_bases": [{"basis": "consent"}],
                "data_sources": [id],
            }
        )

    return change


# Large scale without counts: many data items (factor b) and continuous observation (factor c).
LARGE_UNCOUNTED = (many_categories(6), source("usage", "observed", ["website"]))
LARGE = (count(50_000),)


def jurisdiction(code: str | None) -> Change:
    def change(d):
        d["metadata"]["jurisdiction"] = code

    return change


# The minimal assessment under the Belgian DPA, so that the Belgian list applies to it.
BELGIAN: dict[str, Any] = copy.deepcopy(MINIMAL)
jurisdiction("BE")(BELGIAN)


def run(*changes: Change, data: dict[str, Any] | None = None) -> Screening:
    d = copy.deepcopy(BELGIAN if data is None else data)
    for change in changes:
        change(d)
    return screen(Assessment.model_validate(d), KB)


def table(fires: list, quiet: list) -> list:
    """Parametrize rows: (changes, expected met), named after the case."""
    return [pytest.param(c, True, id=f"fires-{name}") for name, c in fires] + [
        pytest.param(c, False, id=f"quiet-{name}") for name, c in quiet
    ]


# --- the nine WP248 criteria --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            ("profiling", [profiling]),
            ("inferred-profile-category", [category("segment", "inferred_profile")]),
        ],
        quiet=[
            ("nothing", []),
            ("direct-marketing-only", [direct_marketing]),
            ("declared-interests", [category("likes", "preferences_interests")]),
        ],
    ),
)
def test_evaluation_or_scoring(changes, met):
    r = run(*changes).result("WP248-1")
    assert r.met is met
    if met:
        assert r.paths
        assert r.reasons[0] in (
            Reason("profiling_purpose", {"purpose": "newsletter"}),
            Reason("inferred_profile_category", {"category": "segment"}),
        )


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[("art22", [art22])],
        quiet=[("nothing", []), ("profiling-alone", [profiling])],
    ),
)
def test_automated_decision_with_legal_effect(changes, met):
    r = run(*changes).result("automated_decision_legal_effect")
    assert r.met is met
    assert r.reasons == (Reason("automated_decisions", {"recorded": met}),)


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            ("observed-website", [source("usage", "observed", ["website"])]),
            ("observed-app", [source("usage", "observed", ["mobile_app"])]),
            ("observed-cookies", [source("usage", "observed", ["cookies_and_similar"])]),
            (
                "observed-behaviour",
                [
                    category("clicks", "behaviour"),
                    source("usage", "observed", ["other"], ["clicks"]),
                ],
            ),
        ],
        quiet=[
            ("no-source", []),
            ("provided-on-website", [source("form", "data_subject", ["website"])]),
            (
                "observed-in-person-contact",
                [source("desk", "observed", ["in_person"], ["contact"])],
            ),
            (
                "bought-behaviour",
                [category("clicks", "behaviour"), source("broker", "third_party", [], ["clicks"])],
            ),
        ],
    ),
)
def test_systematic_monitoring(changes, met):
    r = run(*changes).result("systematic_monitoring")
    assert r.met is met
    if met:
        assert r.reasons[0].params["source"] == "usage"
        assert r.paths[0].startswith("description.data_sources[0]")


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            ("highly-personal", [category("iban", "financial", "highly_personal")]),
            ("special-category", [category("health", "health", "special_category")]),
            ("criminal", [category("record", "criminal_offences", "criminal_offence")]),
            ("declared-but-unused", [category("iban", "financial", "highly_personal", used=False)]),
        ],
        quiet=[
            ("standard-only", []),
            # the analyst's recorded sensitivity decides, not the kind's default
            ("location-recorded-standard", [category("area", "location", "standard")]),
        ],
    ),
)
def test_sensitive_or_highly_personal_data(changes, met):
    r = run(*changes).result("WP248-4")
    assert r.met is met
    if met:
        assert r.paths == ("description.data_categories[1].sensitivity",)


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            ("50000-standard", [count(50_000)]),
            (
                "10000-highly-personal",
                [count(10_000), category("iban", "financial", "highly_personal")],
            ),
            ("5000-special", [count(5_000), category("health", "health", "special_category")]),
            ("groups-add-up", [count(30_000), group("visitors", approximate_count=20_000)]),
            ("uncounted-many-items-and-observation", list(LARGE_UNCOUNTED)),
            (
                "one-group-uncounted",
                [group("big", approximate_count=None), count(100), *LARGE_UNCOUNTED],
            ),
        ],
        quiet=[
            ("49999-standard", [count(49_999)]),
            (
                "9999-highly-personal",
                [count(9_999), category("iban", "financial", "highly_personal")],
            ),
            (
                "special-not-used-by-purpose",
                [count(5_000), category("health", "health", "special_category", used=False)],
            ),
            ("uncounted-small", []),
            ("uncounted-many-items-only", [many_categories(6)]),
            ("uncounted-observation-only", [source("usage", "observed", ["website"])]),
            ("counted-small-despite-other-factors", [count(300), *LARGE_UNCOUNTED]),
        ],
    ),
)
def test_large_scale(changes, met):
    r = run(*changes).result("large_scale")
    assert r.met is met
    assert r.reasons[0].params["purpose"] == "newsletter"


def test_large_scale_says_which_factors_drove_it_when_counts_are_unknown():
    r = run(*LARGE_UNCOUNTED).result("large_scale")
    assert r.reasons[0].code == "scale_estimated"
    assert r.reasons[0].params["factor"] == "both"  # range of data and permanence
    assert r.reasons[0].params["groups"] == ("members",)  # the group whose count is missing
    assert "factor b" in said(r.reasons[0]) and "factor c" in said(r.reasons[0])
    assert "description.data_subjects[0].approximate_count" in r.paths


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            (
                "third-party-with-own",
                [source("own", "data_subject"), source("partners", "third_party")],
            ),
            (
                "provided-with-observed",
                [source("own", "data_subject"), source("usage", "observed")],
            ),
            (
                "two-providers",
                [
                    source("a", "third_party", provider="A"),
                    source("b", "third_party", provider="B"),
                ],
            ),
        ],
        quiet=[
            ("one-source", [source("own", "data_subject")]),
            (
                "own-with-own-inference",
                [source("own", "data_subject"), source("guess", "inferred")],
            ),
            ("two-own-sources", [source("form", "data_subject"), source("mail", "data_subject")]),
            (
                "same-provider",
                [
                    source("a", "third_party", provider="A"),
                    source("b", "third_party", provider="A"),
                ],
            ),
            (
                "different-purposes",
                [
                    source("own", "data_subject"),
                    second_purpose_with_source("partners", "third_party"),
                ],
            ),
        ],
    ),
)
def test_matching_or_combining_datasets(changes, met):
    r = run(*changes).result("WP248-6")
    assert r.met is met
    if met:
        assert r.paths == ("purposes[0].data_sources",)


def test_combining_names_the_third_party_source_first():
    r = run(source("own", "data_subject"), source("partners", "third_party")).result("WP248-6")
    assert r.reasons == (
        Reason(
            "combined_sources",
            {
                "purpose": "newsletter",
                "source": "partners",
                "kind": "third_party",
                "others": ("own",),
            },
        ),
    )
    assert said(r.reasons[0]) == (
        "Purpose ‘newsletter’ combines data source ‘partners’ (another company) with own."
    )


@pytest.mark.parametrize(
    ("changes", "met"),
    table(
        fires=[
            ("flagged", [group("elderly", "other", vulnerable=True)]),
            ("children", [group("pupils", "child")]),
            ("employees", [group("staff", "employee")]),
        ],
        quiet=[
            ("customers", []),
            ("prospects", [group("leads", "prospect")]),
            ("app-users", [group("users", "website_or_app_user")]),
        ],
    ),
)
def test_vulnerable_data_subjects(changes, met):
    r = run(*changes).result("vulnerable_data_subjects")
    assert r.met is met
    if met:
        assert r.paths[0].startswith("description.data_subjects[1]")


EVERYTHING = (
    profiling,
    direct_marketing,
    art22,
    category("health", "health", "special_category"),
    group("pupils", "child", vulnerable=True),
    source("partners", "third_party"),
    *LARGE_UNCOUNTED,
    *LARGE,
)


@pytest.mark.parametrize("key", ["innovative_technology", "prevents_exercising_rights"])
@pytest.mark.parametrize("changes", [(), EVERYTHING], ids=["nothing", "everything"])
def test_criteria_left_unknown_are_not_met_and_say_not_recorded(key, changes):
    r = run(*changes).result(key)
    assert (r.met, r.decidable) == (False, False)
    assert r.reasons[0] == Reason(key, {"answer": None, **r.reasons[0].params})
    assert said(r.reasons[0]).startswith("Not recorded")
    assert r.paths == (f"description.{key}",)


def answer(key: str, value: bool) -> Change:
    def change(d):
        d["description"][key] = value

    return change


@pytest.mark.parametrize(
    ("key", "id"), [("innovative_technology", "WP248-8"), ("prevents_exercising_rights", "WP248-9")]
)
@pytest.mark.parametrize("value", [True, False])
def test_criteria_8_and_9_follow_the_recorded_answer(key, id, value):
    s = run(answer(key, value))
    r = s.result(id)
    assert (r.met, r.decidable) == (value, True)
    assert (r.reasons[0].code, r.reasons[0].params["answer"]) == (key, value)
    assert r.paths == (f"description.{key}",)
    undecided = [line for line in s.reasons if line.code == "not_decidable"]
    assert undecided and id not in undecided[0].params["ids"]  # no longer left to the analyst


def test_criterion_8_names_what_is_new():
    def innovation(d):
        d["description"]["innovation"] = "Emotion recognition from voice calls."

    r = run(answer("innovative_technology", True), innovation).result("WP248-8")
    assert "What is new: Emotion recognition from voice calls." in said(r.reasons[0])


def test_every_wp248_criterion_has_a_rule_and_keeps_the_knowledge_order():
    assert set(CRITERION_RULES) == {c.key for c in KB.wp248.criteria}
    s = run()
    assert [c.id for c in s.criteria] == [c.id for c in KB.wp248.criteria]
    assert [c.source for c in s.criteria] == [c.source for c in KB.wp248.criteria]


def test_a_transfer_to_a_third_country_alone_meets_no_criterion():
    def transfer(d):
        recipient("support", "processor", ["contact"], country="IN")(d)
        d["description"]["transfers"] = [
            {
                "id": "to_india",
                "recipient": "support",
                "country": "IN",
                "kind": "remote_access",
                "data_categories": ["contact"],
            }
        ]

    s = run(transfer)
    assert not any(r.met for r in (*s.criteria, *s.art35_3, *s.national))
    assert (s.met_count, s.verdict) == (0, "not_required")
    assert "transfers_not_a_criterion" in codes(s.reasons)


# --- GDPR Art. 35(3) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "changes", "met"),
    [
        ("Art. 35(3)(a)", [profiling, art22], True),
        ("Art. 35(3)(a)", [profiling], False),
        ("Art. 35(3)(a)", [art22], False),
        ("Art. 35(3)(b)", [count(5_000), category("health", "health", "special_category")], True),
        (
            "Art. 35(3)(b)",
            [count(5_000), category("record", "criminal_offences", "criminal_offence")],
            True,
        ),
        ("Art. 35(3)(b)", [count(4_999), category("health", "health", "special_category")], False),
        (
            "Art. 35(3)(b)",
            [count(100_000), category("health", "health", "special_category", used=False)],
            False,
        ),
        ("Art. 35(3)(b)", [count(100_000)], False),
        ("Art. 35(3)(c)", list(EVERYTHING), False),
    ],
)
def test_art35_3_cases(key, changes, met):
    s = run(*changes)
    r = s.result(key)
    assert r.met is met
    assert r.source == f"GDPR {key}"
    if met:
        assert s.verdict == "required"


def test_public_area_monitoring_cannot_be_decided():
    r = run().result("large_scale_public_monitoring")
    assert (r.met, r.decidable) == (False, False)


# --- Belgian DPA list (Art. 35(4)) --------------------------------------------------------------

THIRD = source("partners", "third_party")
OBSERVED = source("usage", "observed", ["website"])


@pytest.mark.parametrize(
    ("key", "changes", "met"),
    [
        ("BE-4", [profiling, THIRD, *LARGE], True),
        ("BE-4", [profiling, THIRD, many_categories(6), OBSERVED], True),  # large, counts unknown
        ("BE-4", [profiling, THIRD], False),  # not large scale
        ("BE-4", [profiling, *LARGE], False),  # no third-party data
        ("BE-4", [THIRD, *LARGE], False),  # no profiling
        (
            "BE-5",
            [
                category("iban", "financial", "highly_personal"),
                recipient("bank", "controller", ["iban"]),
            ],
            True,
        ),
        (
            "BE-5",
            [
                category("health", "health", "special_category"),
                source("lab", "third_party", [], ["health"]),
            ],
            True,
        ),
        (
            "BE-5",
            [
                category("iban", "financial", "highly_personal"),
                recipient("host", "processor", ["iban"]),
            ],
            False,
        ),
        ("BE-5", [recipient("partner", "controller", ["contact"])], False),
        (
            "BE-7",
            [category("area", "location", "highly_personal"), basis("legitimate_interest"), *LARGE],
            True,
        ),
        (
            "BE-7",
            [category("area", "location", "highly_personal"), basis("contract"), *LARGE],
            False,
        ),
        ("BE-7", [basis("legitimate_interest"), *LARGE], False),
        ("BE-8", [OBSERVED, profiling, *LARGE], True),
        ("BE-8", [OBSERVED, direct_marketing, *LARGE], True),
        ("BE-8", [OBSERVED, *LARGE], False),
        ("BE-8", [profiling, direct_marketing, *LARGE], False),
        ("BE-8", [OBSERVED, profiling, direct_marketing], False),  # not large scale
    ],
)
def test_belgian_list_items(key, changes, met):
    s = run(*changes)
    r = s.result(key)
    assert r.met is met
    if met:
        assert r.reasons[0].params.get("purpose", "newsletter") == "newsletter"
        assert s.verdict == "required"


@pytest.mark.parametrize("key", ["BE-1", "BE-2", "BE-3", "BE-6"])
def test_belgian_items_the_model_cannot_express_are_not_applicable(key):
    r = run(*EVERYTHING).result(key)
    assert (r.met, r.decidable) == (False, False)
    assert r.reasons == (Reason("no_rule"),)


def test_each_belgian_item_carries_its_verified_state():
    s = run(OBSERVED, profiling, *LARGE)
    assert [(r.id, r.verified) for r in s.national] == [
        (i.id, i.verified) for i in KB.belgian_list.items
    ]
    be8 = s.result("BE-8")
    assert be8.met and not be8.verified
    assert be8.reasons[-1] == Reason("unverified_item", {"item": "BE-8"})
    assert (
        Reason(
            "required_by_national_list",
            {"item": "8", "criterion": "large_scale_behaviour_observation", "verified": False},
        )
        in s.reasons
    )
    assert "recalled, not checked" in " ".join(map(said, s.reasons))


# --- which national list applies: the competent supervisory authority's (Art. 35(4), 55, 56) ----

BE8_MET = (OBSERVED, profiling, *LARGE)


def test_the_belgian_list_applies_under_the_belgian_dpa():
    s = run(*BE8_MET)
    assert s.result("BE-8").met and s.verdict == "required"
    assert "metadata.jurisdiction" not in s.result("BE-8").paths


def test_without_a_jurisdiction_the_belgian_list_is_not_decidable():
    s = run(*BE8_MET, jurisdiction(None))
    assert not any(r.met for r in s.national)
    assert all(not r.decidable for r in s.national)
    assert all(r.paths == ("metadata.jurisdiction",) for r in s.national)
    assert s.result("BE-8").reasons[0] == Reason("no_jurisdiction")
    assert s.verdict != "required"
    assert "BE-8" in s.reasons[-1].params["ids"]
    assert Reason("national_list_not_applicable", {"country": None}) in s.reasons


@pytest.mark.parametrize("country", ["NL", "FR", "NO"])
def test_under_another_authority_the_belgian_list_does_not_apply(country):
    s = run(*BE8_MET, jurisdiction(country))
    assert not any(r.met for r in s.national)
    assert all(r.decidable for r in s.national)
    assert s.result("BE-4").reasons == (Reason("other_jurisdiction", {"country": country}),)
    assert not any(r.id.startswith("BE-") for r in s.national if not r.decidable)
    assert Reason("national_list_not_applicable", {"country": country}) in s.reasons


def test_not_required_names_the_belgian_list_only_where_it_applies():
    assert Reason("no_case_met", {"national": True}) in run().reasons
    assert Reason("no_case_met", {"national": False}) in run(jurisdiction("FR")).reasons


def test_maxiresponse_is_screened_under_the_belgian_dpa():
    a = pia.load(MAXIRESPONSE)  # bpost: registered office in Brussels (policy §2)
    s = screen(a, KB)
    assert a.metadata.jurisdiction == "BE"
    assert (s.verdict, [r.id for r in s.national if r.met]) == ("required", ["BE-4", "BE-8"])


# --- the verdict --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "verdict", "met_count"),
    [
        ([], "not_required", 0),
        ([group("staff", "employee")], "possibly_required", 1),
        (
            [group("staff", "employee"), category("iban", "financial", "highly_personal")],
            "likely_required",
            2,
        ),
        ([profiling, art22], "required", 2),  # Art. 35(3)(a)
        ([profiling, THIRD, *LARGE], "required", 2),  # BE-4; one source: no combining
    ],
)
def test_verdict_thresholds(changes, verdict, met_count):
    s = run(*changes)
    assert (s.verdict, s.met_count) == (verdict, met_count)


def test_the_likely_threshold_comes_from_the_knowledge_base():
    kb = KB.model_copy(
        update={"wp248": KB.wp248.model_copy(update={"likely_required_threshold": 3})}
    )
    d = copy.deepcopy(MINIMAL)
    group("staff", "employee")(d)
    category("iban", "financial", "highly_personal")(d)
    assert screen(Assessment.model_validate(d), kb).verdict == "possibly_required"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ([], Reason("wp248_none_met")),
        ([], Reason("no_case_met", {"national": True})),
        (
            [group("staff", "employee")],
            Reason(
                "wp248_below_threshold",
                {"met": 1, "total": 9, "ids": ("WP248-7",), "threshold": 2},
            ),
        ),
        (
            [group("staff", "employee"), category("iban", "financial", "highly_personal")],
            Reason(
                "wp248_likely",
                {"met": 2, "total": 9, "ids": ("WP248-4", "WP248-7"), "threshold": 2},
            ),
        ),
        (
            [profiling, art22],
            Reason(
                "required_by_art35_3", {"case": "a", "criterion": "systematic_extensive_evaluation"}
            ),
        ),
    ],
)
def test_verdict_reasons_say_what_makes_the_verdict(changes, reason):
    assert reason in run(*changes).reasons


def test_verdict_reasons_read_as_sentences():
    text = " ".join(said(r) for r in run(group("staff", "employee")).reasons)
    assert "One WP248 criterion is met (WP248-7), fewer than 2" in text and "DPO" in text
    text = " ".join(said(r) for r in run().reasons)
    assert "No WP248 criterion is met" in text and "Art. 35(1)" in text
    assert "WP248-8" in text and "WP248-9" in text


SCENARIOS = {
    "nothing": (),
    "everything": EVERYTHING,
    "belgian-items": (OBSERVED, profiling, THIRD, *LARGE),
    "no-jurisdiction": (*BE8_MET, jurisdiction(None)),
    "other-jurisdiction": (*BE8_MET, jurisdiction("NL")),
    "answers": (
        answer("innovative_technology", True),
        answer("prevents_exercising_rights", False),
        count(60_000),
        category("area", "location", "highly_personal"),
        basis("legitimate_interest"),
        recipient("bank", "controller", ["area"]),
        source("lab", "third_party", [], ["area"]),
        group("pupils", "child"),
        source("own", "data_subject"),
    ),
    "counts-unknown-one-factor": (many_categories(6),),
    "counts-unknown-other-factor": (source("usage", "observed", ["website"]),),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", SCENARIOS)
def test_every_reason_and_title_is_said_in_every_language(name, lang):
    s = run(*SCENARIOS[name])
    speaker = Speaker(lang)
    for c in (*s.criteria, *s.art35_3, *s.national):
        assert speaker.label("criterion", c.key)
        assert all(said(r, lang) for r in c.reasons)
    assert all(said(r, lang) for r in s.reasons)


def test_screening_result_raises_for_an_unknown_criterion():
    with pytest.raises(KeyError):
        run().result("transfer_outside_eu")


# --- Maxiresponse -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> Screening:
    return screen(pia.load(MAXIRESPONSE), KB)


def test_maxiresponse_requires_a_dpia_through_the_belgian_list(maxiresponse):
    s = maxiresponse
    assert s.verdict == "required"
    assert [c.id for c in s.criteria if c.met] == [
        "WP248-1",
        "WP248-3",
        "WP248-4",
        "WP248-5",
        "WP248-6",
    ]
    assert s.met_count == 5
    assert [r.id for r in s.national if r.met] == ["BE-4", "BE-8"]
    assert not any(r.met for r in s.art35_3)


def test_maxiresponse_reasons_name_the_facts(maxiresponse):
    s = maxiresponse
    assert s.result("WP248-1").reasons[0] == Reason("profiling_purpose", {"purpose": "advertising"})
    combined = s.result("WP248-6").reasons[0].params
    assert (combined["source"], combined["kind"]) == ("other_companies", "third_party")
    large = s.result("large_scale").reasons[0]
    assert (large.code, large.params["factor"]) == ("scale_estimated", "both")
    assert (large.params["categories"], large.params["observed"]) == (8, ("usage",))
    assert s.reasons[0] == Reason(
        "required_by_national_list",
        {"item": "4", "criterion": "large_scale_third_party_data_prediction", "verified": True},
    )
    likely = next(r for r in s.reasons if r.code == "wp248_likely")
    assert likely.params["ids"] == ("WP248-1", "WP248-3", "WP248-4", "WP248-5", "WP248-6")


# --- property: one more fact never lowers the verdict -------------------------------------------

FACTS: dict[str, Change] = {
    "profiling": profiling,
    "sensitive": category("health", "health", "special_category"),
    "vulnerable": group("pupils", "child", vulnerable=True),
    "third_party": THIRD,
    "art22": art22,
    "innovative": answer("innovative_technology", True),
    "decides_access": answer("prevents_exercising_rights", True),
}
BACKGROUND = st.fixed_dictionaries(
    {
        "count": st.sampled_from([None, 1_000, 7_000, 20_000, 60_000]),
        "extra_categories": st.integers(1, 7),
        "observed": st.booleans(),
        "direct_marketing": st.booleans(),
    }
)


def verdict_rank(on: frozenset[str], background: dict[str, Any]) -> int:
    changes = [count(background["count"]), many_categories(background["extra_categories"])]
    changes += [OBSERVED] * background["observed"] + [direct_marketing] * background[
        "direct_marketing"
    ]
    changes += [FACTS[name] for name in sorted(on)]
    return VERDICTS.index(run(*changes).verdict)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(sorted(FACTS))), BACKGROUND)
def test_switching_one_more_fact_on_never_lowers_the_verdict(on, background):
    before = verdict_rank(frozenset(on), background)
    for extra in set(FACTS) - on:
        assert verdict_rank(frozenset(on | {extra}), background) >= before, extra
