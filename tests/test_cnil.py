"""The CNIL PIA tool exchange: the export's shape, escaping, sanitising, and the round trip."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from conftest import MAXIRESPONSE, ROOT
from signers import PRINCIPAL, line, listing, new_key

from pia.cli import main
from pia.errors import PiaError
from pia.interop.cnil import CNIL_RISKS, MAPPED_FIELDS, QUESTION_IDS, from_cnil, to_cnil
from pia.model import Assessment
from pia.model.common import MAX_NAME, NOT_IN_NAME
from pia.signoff import sign
from pia.store import load, save

CNIL_DIR = ROOT.parent / "shared" / "reference" / "cnil"
EXAMPLE = CNIL_DIR / "2018-02-21-pia-example.json"
TREE = CNIL_DIR / "pia_architecture.json"
needs_shared = pytest.mark.skipif(
    not EXAMPLE.exists() or not TREE.exists(),
    reason=f"the CNIL reference files are not beside the clone ({CNIL_DIR})",
)
# Evaluation references as the CNIL tool writes them (see its example export).
EVALUATION_REF = re.compile(r"^(1\.[12]|2\.1\.21[1-5]|2\.2\.22[1-7]|3\.1\.\d+|3\.[234])$")


def tree_ids() -> set[int]:
    if not TREE.exists():
        return set(QUESTION_IDS)
    found: set[int] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "answer_type" in node and isinstance(node.get("id"), int):
                found.add(node["id"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(TREE.read_text(encoding="utf-8")))
    return found


def enriched() -> Assessment:
    """Maxiresponse plus what it lacks: analysts, a measure, DPO advice and people's views."""
    data = load(MAXIRESPONSE).model_dump(mode="json")
    data["metadata"]["analysts"] = ["An Analyst", "Second Reader"]
    data["measures"] = [
        {
            "id": "dashboard_default",
            "title": "Profiling off by default",
            "description": "Set the privacy level to 'Minimaal' for new accounts.\n\nCheck yearly.",
            "kind": "technical",
        }
    ]
    data["consultation"]["dpo"] = {
        "name": "D. Officer",
        "advice": "Ask consent & log it (a < b > c).",
    }
    data["consultation"]["data_subjects"] = {  # every field set, so each one is round-tripped
        "sought": True,
        "views": "A customer panel asked for an opt-out.",
        "why_not_sought": "Only a panel, not all customers, was asked.",
    }
    return Assessment.model_validate(data)


def values(tree: Any, path: str) -> Any:
    """The value(s) at a MAPPED_FIELDS path; `[]` maps over a list."""
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        items = tree.get(head[:-2]) or []
        return [values(item, rest) if rest else item for item in items]
    value = tree.get(head) if isinstance(tree, dict) else None
    return values(value, rest) if rest and value is not None else value


def test_round_trip_keeps_every_mapped_field():
    ours = enriched()
    back, _ = from_cnil(json.loads(json.dumps(to_cnil(ours))))
    before, after = ours.model_dump(mode="json"), back.model_dump(mode="json")
    for path in MAPPED_FIELDS:
        assert values(after, path) == values(before, path), path
        assert values(before, path) not in (None, [], ""), f"{path}: not exercised by the fixture"


def test_export_has_the_shape_the_cnil_tool_imports_cleanly():
    export = to_cnil(enriched())
    assert set(export) == {"pia", "answers", "measures", "evaluations", "comments"}
    assert all(isinstance(export[k], list) for k in ("answers", "measures", "evaluations"))
    assert export["comments"] == []
    dt.datetime.fromisoformat(export["pia"]["created_at"].replace("Z", "+00:00"))
    assert export["pia"]["name"] and export["pia"]["status"] == 0
    assert export["pia"]["author_name"] == "An Analyst; Second Reader"
    ids = tree_ids()
    refs = [a["reference_to"] for a in export["answers"]]
    assert all(type(r) is int and r in ids for r in refs), refs
    assert {111, 112, 121, 211, 212, 215, 221, 222, 225, 226, 227} <= set(refs)
    for answer in export["answers"]:
        assert set(answer["data"]) == {"text", "gauge", "list"}
        assert isinstance(answer["data"]["gauge"], int) and 0 <= answer["data"]["gauge"] <= 4
    evaluation_refs = [e["reference_to"] for e in export["evaluations"]]
    assert all(EVALUATION_REF.match(r) for r in evaluation_refs), evaluation_refs
    measure_ids = {m["id"] for m in export["measures"]}
    assert {int(r.split(".")[2]) for r in evaluation_refs if r.startswith("3.1.")} == measure_ids
    assert set(CNIL_RISKS) <= set(evaluation_refs) and {"1.1", "2.1.211", "2.2.227"} <= set(
        evaluation_refs
    )
    json.dumps(export)  # plain JSON, nothing else


@needs_shared
def test_embedded_question_ids_are_the_cnil_tree():
    assert set(QUESTION_IDS) == tree_ids()


def test_risk_gauges_come_from_the_residual_ranks_and_say_the_mapping_is_loose():
    export = to_cnil(enriched())
    by_ref = {a["reference_to"]: a["data"] for a in export["answers"]}
    for q in (325, 326, 335, 336, 345, 346):
        assert 1 <= by_ref[q]["gauge"] <= 4
        assert "purposes" in by_ref[q]["text"] and "only loosely" in by_ref[q]["text"]
    risk_eval = next(e for e in export["evaluations"] if e["reference_to"] == "3.2")
    assert risk_eval["gauges"] == {"x": by_ref[325]["gauge"], "y": by_ref[326]["gauge"]}


def test_status_codes_follow_the_sign_off(minimal):
    a = Assessment.model_validate(minimal)
    assert to_cnil(a)["pia"]["status"] == 0
    key = new_key()
    signers = listing(line(key))
    for decision, code in (("approve", 2), ("reject", 1)):
        fields = {"name": "M. Anager", "role": "CEO", "decision": decision}
        signed = sign(a, **fields, date=dt.date(2026, 1, 5), key=key, principal=PRINCIPAL,
                      signers=signers)  # fmt: skip
        pia = to_cnil(signed, signers=signers)["pia"]
        assert pia["status"] == code and pia["validator_name"] == "M. Anager"
        # recorded but not signed, or signed by a key nobody listed: not a validation
        assert to_cnil(signed)["pia"]["status"] == 0
        assert (
            to_cnil(sign(a, **fields, date=dt.date(2026, 1, 5)), signers=signers)["pia"]["status"]
            == 0
        )
    minimal["purposes"][0]["name"] = "Changed after signing"
    stale = Assessment.model_validate(minimal)
    stale.signoffs = signed.signoffs
    assert to_cnil(stale, signers=signers)["pia"]["status"] == 0


def test_our_text_is_escaped_on_export(minimal):
    minimal["purposes"][0]["name"] = "<script>alert(1)</script> & more"
    export = json.dumps(to_cnil(Assessment.model_validate(minimal)))
    assert "<script>" not in export
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in export
    back, _ = from_cnil(json.loads(export))
    # read back, tag-like text is dropped even when entity-encoded: no markup survives an import
    assert back.purposes[0].name == "alert(1) & more"


def test_html_in_an_imported_answer_is_stripped():
    data = {
        "pia": {"name": "<b>Shop</b>", "created_at": "2024-05-01T10:00:00.000Z"},
        "answers": [
            {"reference_to": 211, "data": {"text": "<p onclick='x()'>Sell <em>goods</em>"
             "<script>alert(1)</script><img src=x onerror=alert(2)></p><li>&lt;b&gt;Ads</li>",
             "gauge": 0, "list": []}},
            {"reference_to": 213, "data": {"text": "<div>Minimal <iframe src=//e.vil>"
             "</iframe>data</div>", "gauge": 0, "list": []}},
        ],
        "measures": [{"title": "<i>Encryption</i>", "content": "<style>p{}</style>TLS"}],
        "evaluations": [],
        "comments": [],
    }  # fmt: skip
    imported, left = from_cnil(data)
    dumped = json.dumps(imported.model_dump(mode="json"), ensure_ascii=False)
    assert not re.search(r"<\s*/?\s*[a-z]", dumped, re.I), dumped
    assert [p.name for p in imported.purposes] == ["Sell goods", "Ads"]
    assert imported.metadata.title == "Shop"
    assert imported.measures[0].title == "Encryption" and imported.measures[0].description == "TLS"
    assert "[imported from CNIL answer 213] Minimal data" in imported.metadata.note
    assert "213 (kept as text in metadata.note)" in left
    assert any(item.startswith("212 legal basis of purpose_1") for item in left)
    assert imported.metadata.assessment_date == dt.date(2024, 5, 1)


def test_imported_names_keep_to_what_the_model_allows():
    """A name the CNIL tool allows can be longer, or hold controls, than a workbook name may."""
    long = "Shop\x07 loyalty\u202e\n" + "x" * 400
    data = {
        "pia": {"name": long, "author_name": "Ann\x1b[2J; Bob", "dpos_names": ["not text"]},
        "answers": [{"reference_to": 211, "data": {"text": f"<p>{long}</p>"}}],
        "measures": [{"title": long, "content": "TLS\x07 in transit"}],
    }
    imported, _ = from_cnil(data)
    names = [imported.metadata.title, imported.purposes[0].name, imported.measures[0].title]
    assert all(len(name) <= MAX_NAME and NOT_IN_NAME.search(name) is None for name in names)
    assert imported.metadata.title.startswith("Shop loyalty x")
    assert imported.metadata.analysts == ["Ann[2J", "Bob"]
    assert imported.measures[0].description == "TLS in transit"


def test_a_file_without_pia_is_refused():
    with pytest.raises(PiaError, match="no `pia` object"):
        from_cnil({"answers": []})


@pytest.mark.parametrize(
    ("status", "note"),
    [
        (0, "CNIL DPO status: should not be used"),
        (1, "CNIL DPO status: could be implemented"),
        ("1", None),
        ([1], None),  # not a value the tool writes: ignored, not a crash
    ],
)
def test_only_the_cnil_dpo_status_codes_become_a_note(status, note):
    pia = {"name": "Shop", "dpo_opinion": "Go ahead", "dpo_status": status}
    imported, _ = from_cnil({"pia": pia, "answers": []})
    assert imported.consultation.dpo.note == note


@needs_shared
def test_the_cnil_example_imports_to_a_valid_assessment(tmp_path):
    imported, left = from_cnil(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert imported.metadata.title == "Captoo"
    assert imported.metadata.controller.name == "Dreamland"
    assert imported.metadata.analysts == ["Elisabeth York"]
    assert [[b.basis.value for b in p.legal_bases] for p in imported.purposes] == [
        ["contract"],
        ["legitimate_interest"],
        ["legitimate_interest"],
    ]
    assert all("imported from CNIL answer 211" in p.note for p in imported.purposes)
    assert "fournir le service" in imported.purposes[0].description
    assert len(imported.measures) == 23
    assert imported.consultation.dpo.name == "Michael Thomas (DPO)"
    assert imported.consultation.data_subjects.sought is True
    access = imported.risks[0]
    assert access.title.endswith("(CNIL 3.2)") and access.likelihood_override.level == "maximum"
    assert (
        access.measures and "imported from CNIL answer 326" in access.likelihood_override.rationale
    )
    for q in ("113", "122", "123", "213", "214", "223", "224"):
        assert f"{q} (kept as text in metadata.note)" in left
        assert f"[imported from CNIL answer {q}]" in imported.metadata.note
    assert any(x.startswith("evaluations: 40") for x in left)
    assert any(x.startswith("pia.status 3") for x in left)
    save(imported, tmp_path / "captoo.yaml")
    assert load(tmp_path / "captoo.yaml").model_dump() == imported.model_dump()


def test_cli_exports_and_imports(tmp_path, capsys):
    out = tmp_path / "cnil" / "pia.json"
    assert main(["export-cnil", str(MAXIRESPONSE), "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pia"]["name"].startswith("Maxiresponse")
    back = tmp_path / "back.yaml"
    assert main(["import-cnil", str(out), "--out", str(back)]) == 0
    printed = capsys.readouterr().out
    assert "not carried over" in printed and "215 (kept as text in metadata.note)" in printed
    assert load(back).purposes[0].name == load(MAXIRESPONSE).purposes[0].name
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["import-cnil", str(tmp_path / "bad.json"), "--out", str(back)]) == 1
    assert "not a CNIL PIA export" in capsys.readouterr().err


def test_the_new_facts_reach_the_cnil_questions_that_fit(minimal):
    """Art. 6(3) law and Art. 9(2) exception (2.1.2), soft opt-in (2.2.2), archive (2.1.5),
    DPF certification (2.2.7); a round trip still reads the transfers and bases back."""
    d = minimal["description"]
    d["data_categories"][0]["sensitivity"] = "special_category"
    d["recipients"] = [{"id": "host", "name": "Host Inc", "role": "processor", "country": "US"}]
    d["transfers"] = [
        {
            "id": "us",
            "recipient": "host",
            "country": "US",
            "kind": "storage",
            "tool": "dpf",
            "dpf_certified": True,
        }
    ]
    d["retention_rules"] = [
        {
            "id": "keep",
            "applies_to": ["customers"],
            "period": "3 years",
            "deletion": "archive_then_erasure",
            "archive": {
                "period": "7 years",
                "ground": "legal_obligation",
                "access_restricted": True,
            },
        }
    ]
    p = minimal["purposes"][0]
    p["legal_bases"] = [
        {"basis": "legitimate_interest"},
        {"basis": "legal_obligation", "law": "Accounting Act, art. 5"},
    ]
    p.update(
        special_category_exception="explicit_consent",
        direct_marketing=True,
        channels=["email"],
        soft_opt_in={"details_from_sale": True, "own_similar_products": True},
    )
    a = Assessment.model_validate(minimal)
    answers = {x["reference_to"]: x["data"]["text"] for x in to_cnil(a)["answers"]}
    assert "Art. 6(3)): Accounting Act, art. 5" in answers[212]
    assert "explicit consent (Art. 9(2)(a))" in answers[212]
    assert "soft opt-in" in answers[222] and "opt-out in every message: unknown" in answers[222]
    assert (
        "then archive 7 years (a legal obligation to keep them, access restricted: yes)"
        in (answers[215])
    )
    assert "DPF certification of Host Inc" in answers[227] and ": yes" in answers[227]
    back, _ = from_cnil(to_cnil(a))
    assert [(t.country, t.tool.value) for t in back.description.transfers] == [("US", "dpf")]
    assert [c.basis.value for c in back.purposes[0].legal_bases] == [
        "legitimate_interest",
        "legal_obligation",
    ]


def test_cli_exports_the_signed_example_as_validated(tmp_path):
    out = tmp_path / "loyalty.json"
    loyalty = ROOT / "data" / "example-loyalty-app" / "assessment.yaml"
    assert main(["export-cnil", str(loyalty), "--out", str(out)]) == 0
    pia = json.loads(out.read_text(encoding="utf-8"))["pia"]
    assert (pia["status"], pia["validator_name"]) == (2, "Example Manager (fictitious)")
