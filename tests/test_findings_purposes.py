"""Purpose findings (PUR-*): each rule fires where it should, with its path, and only there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.findings import RULES, Finding, findings_of
from pia.knowledge import load_knowledge
from pia.model import Assessment
from pia.words import LANGUAGES, Speaker, names_of

Data = dict[str, Any]
Change = Callable[[Data], None]

PASSED = {"outcome": "passed"}
FULL_LIA = {"purpose_test": PASSED, "necessity_test": PASSED, "balancing_test": PASSED}
FULL_OBJECTION = {
    "channel": "Link in every message",
    "as_easy_as_collection": True,
    "brought_to_attention": True,
}
P = "purposes[0]"


@pytest.fixture
def clean(minimal: Data) -> Data:
    """The minimal assessment with every safeguard recorded: no PUR rule should fire."""
    purpose = minimal["purposes"][0]
    purpose["consent"] = {"granular": True, "records_kept": True, "withdrawal_path": "Link"}
    purpose["transparency"] = {"informed_at_collection": True}
    return minimal


def purpose(d: Data) -> Data:
    return d["purposes"][0]


def bases(d: Data, *claims: str | dict[str, str]) -> None:
    purpose(d)["legal_bases"] = [c if isinstance(c, dict) else {"basis": c} for c in claims]


def add_category(d: Data, id: str, declared: bool, sensitivity: str = "standard") -> None:
    d["description"]["data_categories"].append(
        {
            "id": id,
            "name": id.title(),
            "kind": "behaviour",
            "sensitivity": sensitivity,
            "declared_to_data_subjects": declared,
        }
    )
    purpose(d)["data_categories"].append(id)


def add_source(d: Data, id: str, kind: str) -> None:
    d["description"].setdefault("data_sources", []).append(
        {"id": id, "name": id.title(), "kind": kind}
    )
    purpose(d).setdefault("data_sources", []).append(id)


def marketing(d: Data, *channels: str, profiling: bool = False) -> None:
    purpose(d).update(direct_marketing=True, profiling=profiling, channels=list(channels))


SOFT_OPT_IN = {
    "details_from_sale": True,
    "own_similar_products": True,
    "objection_at_collection": True,
    "objection_in_each_message": True,
}


def soft_opt_in(**changes: bool | None) -> Change:
    """Record the soft opt-in: every condition met, except those changed."""

    def change(d: Data) -> None:
        recorded = {**SOFT_OPT_IN, **changes}
        purpose(d)["soft_opt_in"] = {k: v for k, v in recorded.items() if v is not None}

    return change


def run(rule_id: str, d: Data) -> list[Finding]:
    return findings_of(rule_id, Assessment.model_validate(d), load_knowledge())


def say(finding: Finding, d: Data, lang: str) -> Any:
    return Speaker(lang, names_of(Assessment.model_validate(d))).finding(finding)


def on_interest(d: Data) -> None:
    bases(d, "legitimate_interest")


# (rule, case, changes, the paths it must report: [] means it must stay quiet)
CASES: list[tuple[str, str, list[Change], list[str]]] = [
    (
        "PUR-001",
        "personalised ads on legitimate interest",
        [on_interest, lambda d: marketing(d, "post", profiling=True)],
        [f"{P}.legal_bases"],
    ),
    (
        "PUR-001",
        "personalised ads with consent",
        [lambda d: marketing(d, "post", profiling=True)],
        [],
    ),
    (
        "PUR-001",
        "profiling that is not advertising",
        [lambda d: bases(d, "contract"), lambda d: purpose(d).update(profiling=True)],
        [],
    ),
    (
        "PUR-002",
        "legitimate interest without assessment",
        [on_interest],
        [f"{P}.legal_bases[0]"] * 3,
    ),
    (
        "PUR-002",
        "one step recorded",
        [on_interest, lambda d: purpose(d).update(legitimate_interest={"purpose_test": PASSED})],
        [f"{P}.legitimate_interest.balancing_test", f"{P}.legitimate_interest.necessity_test"],
    ),
    (
        "PUR-002",
        "all steps passed",
        [on_interest, lambda d: purpose(d).update(legitimate_interest=FULL_LIA)],
        [],
    ),
    ("PUR-002", "consent only", [], []),
    (
        "PUR-003",
        "balancing failed",
        [
            on_interest,
            lambda d: purpose(d).update(
                legitimate_interest={**FULL_LIA, "balancing_test": {"outcome": "failed"}}
            ),
        ],
        [f"{P}.legitimate_interest.balancing_test"],
    ),
    (
        "PUR-003",
        "all steps passed",
        [on_interest, lambda d: purpose(d).update(legitimate_interest=FULL_LIA)],
        [],
    ),
    (
        "PUR-004",
        "marketing on legitimate interest, no objection",
        [on_interest, lambda d: marketing(d, "post")],
        [f"{P}.objection"],
    ),
    (
        "PUR-004",
        "objection not as easy, not presented",
        [
            on_interest,
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(objection={"channel": "Write to us"}),
        ],
        [f"{P}.objection.as_easy_as_collection", f"{P}.objection.brought_to_attention"],
    ),
    (
        "PUR-004",
        "easy objection recorded",
        [
            on_interest,
            lambda d: marketing(d, "post"),
            lambda d: purpose(d).update(objection=FULL_OBJECTION),
        ],
        [],
    ),
    ("PUR-004", "marketing on consent only", [lambda d: marketing(d, "post")], []),
    ("PUR-004", "no marketing", [on_interest], []),
    (
        "PUR-005",
        "withdrawal called objection",
        [lambda d: purpose(d)["consent"].update(withdrawal_called_objection=True)],
        [f"{P}.consent.withdrawal_called_objection"],
    ),
    ("PUR-005", "withdrawal called withdrawal", [], []),
    ("PUR-006", "consent without details", [lambda d: purpose(d).pop("consent")], [f"{P}.consent"]),
    (
        "PUR-006",
        "no proof, not granular, no withdrawal path",
        [lambda d: purpose(d).update(consent={"records_kept": False})],
        [f"{P}.consent.granular", f"{P}.consent.records_kept", f"{P}.consent.withdrawal_path"],
    ),
    ("PUR-006", "consent fully recorded", [], []),
    (
        "PUR-006",
        "no consent claimed",
        [lambda d: bases(d, "contract"), lambda d: purpose(d).pop("consent")],
        [],
    ),
    (
        "PUR-007",
        "e-mail advertising on legitimate interest",
        [on_interest, lambda d: marketing(d, "email")],
        [P],
    ),
    (
        "PUR-007",
        "SMS advertising partly on legitimate interest",
        [lambda d: bases(d, "consent", "legitimate_interest"), lambda d: marketing(d, "sms")],
        [P],
    ),
    ("PUR-007", "e-mail advertising on consent", [lambda d: marketing(d, "email")], []),
    (
        "PUR-007",
        "soft opt-in recorded (its conditions are PUR-014's)",
        [on_interest, lambda d: marketing(d, "email"), soft_opt_in(details_from_sale=None)],
        [],
    ),
    (
        "PUR-007",
        "postal advertising on legitimate interest",
        [on_interest, lambda d: marketing(d, "post")],
        [],
    ),
    (
        "PUR-008",
        "four bases",
        [lambda d: bases(d, "contract", "legitimate_interest", "legal_obligation", "public_task")],
        [f"{P}.legal_bases"],
    ),
    (
        "PUR-008",
        "two bases, one unscoped",
        [
            lambda d: bases(
                d, {"basis": "contract", "applies_when": "a customer"}, "legitimate_interest"
            )
        ],
        [f"{P}.legal_bases"],
    ),
    (
        "PUR-008",
        "two scoped bases",
        [
            lambda d: bases(
                d,
                {"basis": "consent", "scope": "personalised advertising"},
                {"basis": "legitimate_interest", "scope": "general advertising"},
            )
        ],
        [],
    ),
    ("PUR-008", "one basis", [], []),
    (
        "PUR-009",
        "legal obligation, law not named",
        [
            lambda d: bases(
                d, "consent", {"basis": "legal_obligation", "applies_when": "where needed"}
            )
        ],
        [f"{P}.legal_bases[1].law"],
    ),
    (
        "PUR-009",
        "public task, law not named",
        [lambda d: bases(d, "public_task")],
        [f"{P}.legal_bases[0].law"],
    ),
    (
        "PUR-009",
        "law cited in the scope but not recorded as the law",
        [
            lambda d: bases(
                d,
                {
                    "basis": "legal_obligation",
                    "scope": "invoices kept under Art. III.86 of the Code of Economic Law",
                },
            )
        ],
        [f"{P}.legal_bases[0].law"],
    ),
    (
        "PUR-009",
        "legal obligation with its law",
        [
            lambda d: bases(
                d,
                {
                    "basis": "legal_obligation",
                    "scope": "invoices",
                    "law": "Belgian Code of Economic Law, art. III.86",
                },
            )
        ],
        [],
    ),
    (
        "PUR-010",
        "an undeclared category",
        [lambda d: add_category(d, "clicks", declared=False)],
        [f"{P}.data_categories[1]"],
    ),
    ("PUR-010", "a declared category", [lambda d: add_category(d, "clicks", declared=True)], []),
    (
        "PUR-011",
        "data from another company, no Art. 14 notice",
        [lambda d: add_source(d, "broker", "third_party")],
        [f"{P}.transparency.informed_of_other_sources"],
    ),
    (
        "PUR-011",
        "Art. 14 notice given",
        [
            lambda d: add_source(d, "broker", "third_party"),
            lambda d: purpose(d)["transparency"].update(informed_of_other_sources=True),
        ],
        [],
    ),
    ("PUR-011", "data from the person only", [lambda d: add_source(d, "form", "data_subject")], []),
    (
        "PUR-012",
        "no categories",
        [lambda d: purpose(d).update(data_categories=[])],
        [f"{P}.data_categories"],
    ),
    ("PUR-012", "categories listed", [], []),
    (
        "PUR-013",
        "not informed at collection",
        [lambda d: purpose(d)["transparency"].update(informed_at_collection=False)],
        [f"{P}.transparency.informed_at_collection"],
    ),
    ("PUR-013", "Art. 13 information unknown", [lambda d: purpose(d).pop("transparency")], []),
    (
        "PUR-014",
        "soft opt-in with every condition met, customers only",
        [on_interest, lambda d: marketing(d, "email"), soft_opt_in()],
        [],
    ),
    (
        "PUR-014",
        "a condition not met, one not recorded",
        [
            on_interest,
            lambda d: marketing(d, "email"),
            soft_opt_in(own_similar_products=False, objection_in_each_message=None),
        ],
        [f"{P}.soft_opt_in.own_similar_products", f"{P}.soft_opt_in.objection_in_each_message"],
    ),
    (
        "PUR-014",
        "prospects reached by the soft opt-in",
        [
            on_interest,
            lambda d: marketing(d, "sms"),
            soft_opt_in(),
            lambda d: d["description"]["data_subjects"].append(
                {"id": "prospects", "name": "Prospects", "kind": "prospect"}
            ),
            lambda d: purpose(d)["data_subjects"].append("prospects"),
        ],
        [f"{P}.data_subjects"],
    ),
    (
        "PUR-014",
        "soft opt-in recorded but the advertising is on consent",
        [lambda d: marketing(d, "email"), soft_opt_in(details_from_sale=False)],
        [],
    ),
    (
        "PUR-015",
        "health data without an Art. 9(2) exception",
        [lambda d: add_category(d, "health", declared=True, sensitivity="special_category")],
        [f"{P}.special_category_exception"],
    ),
    (
        "PUR-015",
        "health data on explicit consent",
        [
            lambda d: add_category(d, "health", declared=True, sensitivity="special_category"),
            lambda d: purpose(d).update(special_category_exception="explicit_consent"),
        ],
        [],
    ),
    (
        "PUR-015",
        "highly personal data are not Art. 9 data",
        [lambda d: add_category(d, "finances", declared=True, sensitivity="highly_personal")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "case", "changes", "paths"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES]
)
def test_rule(
    clean: Data, rule_id: str, case: str, changes: list[Change], paths: list[str]
) -> None:
    for change in changes:
        change(clean)
    found = run(rule_id, clean)
    assert sorted(f.path for f in found) == sorted(paths)
    for finding in found:
        assert finding.params["purpose"] == "newsletter"
        for lang in LANGUAGES:  # the params are all a catalogue needs to name the purpose
            assert "newsletter" in say(finding, clean, lang).message


def test_every_rule_has_a_case_that_fires_and_one_that_stays_quiet() -> None:
    ids = {rid for rid in RULES if rid.startswith("PUR-")}
    assert ids == {f"PUR-{n:03d}" for n in range(1, 16)}
    assert {c[0] for c in CASES if c[3]} == ids
    assert {c[0] for c in CASES if not c[3]} == ids


def test_a_purpose_with_every_safeguard_has_no_purpose_finding(clean: Data) -> None:
    assessment = Assessment.model_validate(clean)
    found = [
        f
        for rid in sorted(RULES)
        if rid.startswith("PUR-")
        for f in findings_of(rid, assessment, load_knowledge())
    ]
    assert found == []


@pytest.mark.parametrize(
    ("severity", "rule_ids"),
    [
        ("blocker", {"PUR-001", "PUR-003"}),
        ("major", {"PUR-007", "PUR-014", "PUR-015"}),
        ("minor", {"PUR-008", "PUR-009", "PUR-012"}),
    ],
)
def test_rule_severities(severity: str, rule_ids: set[str]) -> None:
    assert {rid for rid in rule_ids if RULES[rid].severity.value == severity} == rule_ids


# --- the real case --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxiresponse() -> dict[str, list[Finding]]:
    assessment, kb = pia.load(MAXIRESPONSE), load_knowledge()
    return {rid: findings_of(rid, assessment, kb) for rid in RULES if rid.startswith("PUR-")}


@pytest.mark.parametrize(
    ("rule_id", "path"),
    [
        ("PUR-002", "purposes[3].legitimate_interest.balancing_test"),
        ("PUR-004", "purposes[3].objection.as_easy_as_collection"),
        ("PUR-005", "purposes[3].consent.withdrawal_called_objection"),
        ("PUR-006", "purposes[3].consent.records_kept"),
        ("PUR-007", "purposes[3]"),
        ("PUR-008", "purposes[0].legal_bases"),
        ("PUR-009", "purposes[0].legal_bases[2].law"),
        ("PUR-009", "purposes[0].legal_bases[3].law"),
        ("PUR-010", "purposes[3].data_categories[7]"),
        ("PUR-011", "purposes[3].transparency.informed_of_other_sources"),
    ],
)
def test_maxiresponse_findings(
    maxiresponse: dict[str, list[Finding]], rule_id: str, path: str
) -> None:
    assert path in {f.path for f in maxiresponse[rule_id]}


@pytest.mark.parametrize(
    "rule_id", ["PUR-001", "PUR-003", "PUR-012", "PUR-013", "PUR-014", "PUR-015"]
)
def test_maxiresponse_quiet_rules(maxiresponse: dict[str, list[Finding]], rule_id: str) -> None:
    # Personalised advertising rests on consent; no test is recorded as failed; every purpose
    # lists its categories; no purpose is recorded as giving no Art. 13 information; the policy
    # records no soft opt-in (PUR-007 reports that) and no special-category data.
    assert maxiresponse[rule_id] == []


def test_maxiresponse_scoped_advertising_bases_are_not_flagged(
    maxiresponse: dict[str, list[Finding]],
) -> None:
    assert "purposes[3].legal_bases" not in {f.path for f in maxiresponse["PUR-008"]}


def test_pur009_says_when_the_condition_already_cites_a_law(clean: Data) -> None:
    bases(clean, {"basis": "legal_obligation", "scope": "invoices kept under Art. III.86"})
    (finding,) = run("PUR-009", clean)
    assert finding.params == {"purpose": "newsletter", "basis": "legal_obligation", "hinted": True}
    bases(clean, {"basis": "public_task", "scope": "the postal service"})
    (finding,) = run("PUR-009", clean)
    assert finding.params == {"purpose": "newsletter", "basis": "public_task", "hinted": False}


def test_pur014_names_each_condition_and_whether_it_is_refused_or_unknown(clean: Data) -> None:
    on_interest(clean)
    marketing(clean, "email")
    soft_opt_in(own_similar_products=False, objection_in_each_message=None)(clean)
    found = {f.params["condition"]: f.params for f in run("PUR-014", clean)}
    assert found["own_similar_products"] == {
        "purpose": "newsletter",
        "condition": "own_similar_products",
        "met": False,
        "groups": [],
    }
    assert found["objection_in_each_message"]["met"] is None


def test_pur014_names_the_groups_that_are_not_customers(clean: Data) -> None:
    on_interest(clean)
    marketing(clean, "email")
    soft_opt_in()(clean)
    clean["description"]["data_subjects"].append(
        {"id": "visitors", "name": "Visitors", "kind": "prospect"}
    )
    purpose(clean)["data_subjects"] = [g["id"] for g in clean["description"]["data_subjects"]]
    (finding,) = run("PUR-014", clean)
    assert finding.path == f"{P}.data_subjects"
    assert finding.params["condition"] == "data_subjects"
    assert "visitors" in finding.params["groups"]


@pytest.mark.parametrize(
    ("objection", "gap", "recorded"),
    [
        (None, "objection", None),
        ({**FULL_OBJECTION, "channel": None}, "objection_channel", None),
        (
            {**FULL_OBJECTION, "as_easy_as_collection": False},
            "objection_as_easy_as_collection",
            False,
        ),
        (
            {**FULL_OBJECTION, "as_easy_as_collection": None},
            "objection_as_easy_as_collection",
            None,
        ),
        (
            {**FULL_OBJECTION, "brought_to_attention": False},
            "objection_brought_to_attention",
            False,
        ),
    ],
)
def test_pur004_says_which_gap_and_whether_it_is_refused_or_unknown(
    clean: Data, objection: Data | None, gap: str, recorded: bool | None
) -> None:
    bases(clean, "legitimate_interest", "consent")
    marketing(clean, "post")
    purpose(clean)["legitimate_interest"] = FULL_LIA
    if objection is not None:
        purpose(clean)["objection"] = {k: v for k, v in objection.items() if v is not None}
    (finding,) = run("PUR-004", clean)
    assert finding.params == {
        "purpose": "newsletter",
        "bases": ["legitimate_interest"],  # the bases besides consent: objection is the way out
        "gap": gap,
        "recorded": recorded,
    }


@pytest.mark.parametrize(
    ("consent", "gaps"),
    [
        (None, {("consent", None)}),
        (
            {"granular": False, "withdrawal_path": "Link"},
            {("consent_records_kept", None), ("consent_granular", False)},
        ),
        (
            {"granular": True, "records_kept": False},
            {("consent_records_kept", False), ("consent_withdrawal_path", None)},
        ),
    ],
)
def test_pur006_says_which_gap_and_whether_it_is_refused_or_unknown(
    clean: Data, consent: Data | None, gaps: set[tuple[str, bool | None]]
) -> None:
    purpose(clean)["consent"] = consent
    found = run("PUR-006", clean)
    assert {(f.params["gap"], f.params["recorded"]) for f in found} == gaps


def test_pur008_counts_the_bases_and_those_said_for_nothing(clean: Data) -> None:
    bases(
        clean, "consent", {"basis": "contract", "scope": "the subscription"}, "legitimate_interest"
    )
    (finding,) = run("PUR-008", clean)
    assert finding.params == {
        "purpose": "newsletter",
        "bases": ["consent", "contract", "legitimate_interest"],
        "count": 3,
        "unscoped": 2,
    }


@pytest.mark.parametrize(("informed", "param"), [(False, False), (None, None)])
def test_pur011_says_whether_people_are_recorded_as_not_told(
    clean: Data, informed: bool | None, param: bool | None
) -> None:
    add_source(clean, "broker", "third_party")
    if informed is not None:
        purpose(clean)["transparency"]["informed_of_other_sources"] = informed
    (finding,) = run("PUR-011", clean)
    assert finding.params == {"purpose": "newsletter", "sources": ["broker"], "informed": param}


def test_pur007_names_the_channels_and_the_bases(clean: Data) -> None:
    bases(clean, "consent", "legitimate_interest")
    marketing(clean, "email", "sms", "post")
    (finding,) = run("PUR-007", clean)
    assert finding.params == {
        "purpose": "newsletter",
        "channels": ["email", "sms"],
        "bases": ["legitimate_interest"],
    }
