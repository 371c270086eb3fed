"""Invariants of the packaged knowledge base: ids, sources, scales, WP248, countries, retention."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML

import pia.model
import pia.model.description
from pia import errors
from pia.knowledge import (
    FILES,
    EeaPart,
    Knowledge,
    KnowledgeError,
    Retention,
    RetentionReference,
    Scales,
    load_knowledge,
    read_file,
    read_text,
)
from pia.screening.art35_3 import ART35_3
from pia.words import LANGUAGES, speaker

ORDER = {"low": 0, "medium": 1, "high": 2}
CNIL_LEVELS = ["negligible", "limited", "significant", "maximum"]
WP248_KEYS = [
    "evaluation_or_scoring",
    "automated_decision_legal_effect",
    "systematic_monitoring",
    "sensitive_or_highly_personal_data",
    "large_scale",
    "matching_or_combining_datasets",
    "vulnerable_data_subjects",
    "innovative_technology",
    "prevents_exercising_rights",
]
LEGAL_BASES = [
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interest",
]
TRANSFER_TOOLS = {
    "adequacy_decision": "Art. 45",
    "dpf": "Art. 45",
    "scc_2021_914": "Art. 46(2)(c)",
    "bcr": "Art. 47",
    "code_of_conduct": "Art. 46(2)(e)",
    "certification": "Art. 46(2)(f)",
    "ad_hoc_clauses": "Art. 46(3)(a)",
    "art49_derogation": "Art. 49",
    "none": "Art. 44",
    "unknown": "Art. 44",
}
RETENTION_GROUPS = {
    "customers",
    "prospects",
    "consent_only",
    "objected",
    "rights_requesters",
    "consent_records",
}
PERIOD = re.compile(r"^(?P<n>[1-9][0-9]*) (?P<unit>day|month|year)(?P<plural>s?)$")


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge()


def collections(kb: Knowledge) -> dict[str, tuple[tuple[Any, ...], tuple[str, ...]]]:
    """Every list of entries in the knowledge base, with the attributes that must be unique."""
    c, t = kb.countries, kb.transfer_tools
    found = {
        "scales.methods": (kb.scales.methods, ("key",)),
        "wp248.criteria": (kb.wp248.criteria, ("id", "key")),
        "wp248.large_scale_factors": (kb.wp248.large_scale_factors, ("id", "key")),
        "belgian_list.items": (kb.belgian_list.items, ("id", "key")),
        "legal_bases.bases": (kb.legal_bases.bases, ("key", "letter")),
        "countries.eea": ((*c.eea.members, *c.eea.territories), ("code",)),
        "countries.adequacy": (c.adequacy, ("code",)),
        "countries.public_authority_access": (c.public_authority_access, ("code",)),
        "countries.laws_reaching_through_parent": (c.laws_reaching_through_parent, ("key",)),
        "data_sensitivity.levels": (kb.data_sensitivity.levels, ("key", "rank")),
        "data_sensitivity.kinds": (kb.data_sensitivity.kinds, ("key",)),
        "retention": ((*kb.retention.references, *kb.retention.archives), ("id",)),
        "retention.references": (kb.retention.references, ("group",)),
        "transfer_tools.tools": (t.tools, ("key",)),
        "transfer_tools.scc_modules": (t.scc_modules, ("module", "key")),
        "transfer_tools.edpb_steps": (t.edpb_steps, ("id", "key")),
    }
    for scale in kb.scales.methods:
        found[f"scales.{scale.key}.severity"] = (scale.severity, ("key", "rank"))
        found[f"scales.{scale.key}.likelihood"] = (scale.likelihood, ("key", "rank"))
    return found


def entries(node: Any) -> Iterator[BaseModel]:
    """Every model inside a list of the knowledge base, however deep."""
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, tuple):
                for item in value:
                    if isinstance(item, BaseModel):
                        yield item
                        yield from entries(item)
            elif isinstance(value, BaseModel | dict):
                yield from entries(value)


def band(score: int, low_max: int, medium_max: int) -> str:
    return "low" if score <= low_max else "medium" if score <= medium_max else "high"


# --- loading ----------------------------------------------------------------------------


def test_load_is_cached_and_frozen(kb):
    assert load_knowledge() is kb
    with pytest.raises(ValidationError):
        kb.scale("cnil").key = "other"  # type: ignore[misc]


def test_load_takes_less_than_50_ms():
    timings = []
    for _ in range(5):
        load_knowledge.cache_clear()
        start = time.perf_counter()
        load_knowledge()
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.050, f"best load took {min(timings) * 1000:.1f} ms"


@pytest.mark.parametrize("name", [name for name, _ in FILES.values()])
def test_fast_parser_reads_the_same_data_as_the_pure_one(name):
    text = read_text(name)
    assert YAML(typ="safe", pure=False).load(text) == YAML(typ="safe", pure=True).load(text)


# --- every file -------------------------------------------------------------------------


def test_ids_are_unique_within_each_list(kb):
    for where, (items, attrs) in collections(kb).items():
        for attr in attrs:
            values = [getattr(item, attr) for item in items]
            duplicates = {v for v in values if values.count(v) > 1}
            assert not duplicates, f"{where}: duplicate {attr} {sorted(map(str, duplicates))}"


def test_every_entry_names_its_source(kb):
    for entry in entries(kb):
        if isinstance(entry, EeaPart) and entry.part_of is None:
            continue  # the EEA members share the source given for the whole list
        assert getattr(entry, "source", None), f"no source: {entry!r:.120}"


def test_every_unverified_entry_says_what_to_check(kb):
    unverified = [e for e in entries(kb) if getattr(e, "verified", True) is False]
    assert unverified, "law-and-method.md marks several facts unverified"
    for entry in unverified:
        assert entry.note, f"unverified without a note: {entry!r:.120}"  # type: ignore[attr-defined]


# --- scales -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["cnil", "ico"])
def test_matrix_is_complete_and_uses_only_low_medium_high(kb, method):
    scale = kb.scale(method)
    for severity in scale.severity:
        for likelihood in scale.likelihood:
            assert scale.level(severity.key, likelihood.key) in ORDER


@pytest.mark.parametrize("method", ["cnil", "ico"])
def test_matrix_is_monotone(kb, method):
    scale = kb.scale(method)
    s_keys = [level.key for level in scale.severity]
    l_keys = [level.key for level in scale.likelihood]
    for i, severity in enumerate(s_keys):
        for j, likelihood in enumerate(l_keys):
            here = ORDER[scale.level(severity, likelihood)]
            if i + 1 < len(s_keys):
                assert ORDER[scale.level(s_keys[i + 1], likelihood)] >= here
            if j + 1 < len(l_keys):
                assert ORDER[scale.level(severity, l_keys[j + 1])] >= here


@pytest.mark.parametrize(("method", "low_max", "medium_max"), [("cnil", 2, 6), ("ico", 2, 4)])
def test_matrix_follows_the_documented_banding_of_rank_products(kb, method, low_max, medium_max):
    scale = kb.scale(method)
    for s in scale.severity:
        for li in scale.likelihood:
            expected = band(s.rank * li.rank, low_max, medium_max)
            assert scale.level(s.key, li.key) == expected, (s.key, li.key)


@pytest.mark.parametrize(
    ("method", "severity", "likelihood", "level"),
    [
        ("cnil", "negligible", "negligible", "low"),
        ("cnil", "limited", "limited", "medium"),
        ("cnil", "limited", "maximum", "high"),
        ("cnil", "significant", "limited", "medium"),
        ("cnil", "maximum", "negligible", "medium"),
        ("cnil", "maximum", "maximum", "high"),
        ("ico", "minimal", "remote", "low"),
        ("ico", "significant", "possible", "medium"),
        ("ico", "severe", "remote", "medium"),
        ("ico", "severe", "probable", "high"),
    ],
)
def test_level_reads_the_matrix(kb, method, severity, likelihood, level):
    assert kb.scale(method).level(severity, likelihood) == level


def test_cnil_is_the_default_and_its_banding_is_marked_as_the_workbooks_own(kb):
    cnil = kb.scale()
    assert cnil.key == "cnil"
    assert [level.key for level in cnil.severity] == CNIL_LEVELS
    assert [level.key for level in cnil.likelihood] == [level.key for level in cnil.severity]
    assert cnil.matrix.verified is False
    assert "not CNIL's" in (cnil.matrix.note or "")


def test_scale_levels_in_the_model_match_the_knowledge_base(kb):
    model = pia.model
    for method, axes in model.SCALE_LEVELS.items():
        scale = kb.scale(method)
        assert axes["severity"] == tuple(level.key for level in scale.severity)
        assert axes["likelihood"] == tuple(level.key for level in scale.likelihood)


# --- screening ----------------------------------------------------------------------------


def test_wp248_has_exactly_the_nine_criteria_of_rev01(kb):
    criteria = kb.wp248.criteria
    assert [c.id for c in criteria] == [f"WP248-{n}" for n in range(1, 10)]
    assert [c.key for c in criteria] == WP248_KEYS
    assert kb.wp248.likely_required_threshold == 2
    assert len(kb.wp248.large_scale_factors) == 4


def test_no_wp248_criterion_is_about_transfers(kb):
    for criterion in kb.wp248.criteria:
        title = speaker("en").label("criterion", criterion.key)
        text = f"{criterion.key} {title} {criterion.description}".lower()
        assert "transfer" not in text and "outside the e" not in text, criterion.id
    deleted = kb.wp248.deleted_draft_criteria
    assert [d.key for d in deleted] == ["transfer_outside_eu"]
    assert "deleted" in deleted[0].source


def test_belgian_list_is_numbered_and_marks_items_7_and_8_unverified(kb):
    items = kb.belgian_list.items
    assert [i.id for i in items] == [f"BE-{n}" for n in range(1, len(items) + 1)]
    unverified = {i.id for i in items if not i.verified}
    assert unverified == {"BE-7", "BE-8"}
    assert kb.belgian_list.decision.verified is True
    assert "01/2019" in kb.belgian_list.decision.description


# --- legal bases --------------------------------------------------------------------------


def test_legal_bases_are_the_six_of_article_6_1_in_order(kb):
    bases = kb.legal_bases.bases
    assert [b.key for b in bases] == LEGAL_BASES
    for basis, letter in zip(bases, "abcdef", strict=True):
        assert basis.letter == letter
        assert basis.article == f"Art. 6(1)({letter}) GDPR"
    model = pia.model
    assert [b.value for b in model.LegalBasis] == LEGAL_BASES


def test_right_to_object_applies_to_public_task_and_legitimate_interest_only(kb):
    assert {b.key for b in kb.legal_bases.bases if b.right_to_object} == {
        "public_task",
        "legitimate_interest",
    }


def test_consent_and_legitimate_interest_carry_their_conditions(kb):
    assert any("Art. 7" in c for c in kb.legal_basis("consent").conditions)
    li = kb.legal_basis("legitimate_interest")
    assert [c.split(",")[0] for c in li.conditions] == ["Step 1", "Step 2", "Step 3"]
    assert "Guidelines 1/2024" in li.source


# --- countries ----------------------------------------------------------------------------


def test_eea_has_30_members_27_in_the_eu(kb):
    members = kb.countries.eea.members
    assert len(members) == 30
    assert sum(m.membership == "eu" for m in members) == 27
    assert {m.code for m in members if m.membership == "efta_eea"} == {"IS", "LI", "NO"}


def test_eea_names_agree_with_the_names_table(kb):
    for part in (*kb.countries.eea.members, *kb.countries.eea.territories):
        assert kb.countries.names[part.code] == part.name, part.code


def test_every_country_code_is_in_the_names_table(kb):
    c = kb.countries
    assert len(c.names) == 249
    codes = [x.code for x in (*c.eea.members, *c.eea.territories, *c.adequacy)]
    codes += [x.code for x in c.public_authority_access]
    codes += [law.parent_country for law in c.laws_reaching_through_parent]
    codes += [t.part_of for t in c.eea.territories if t.part_of]
    assert set(codes) <= set(c.names)


def test_no_eea_country_is_listed_with_an_adequacy_decision(kb):
    eea = {p.code for p in (*kb.countries.eea.members, *kb.countries.eea.territories)}
    assert not eea & {a.code for a in kb.countries.adequacy}


@pytest.mark.parametrize(
    ("code", "eea"),
    [
        ("BE", True),
        ("NO", True),
        ("LI", True),
        ("RE", True),
        ("CH", False),
        ("GB", False),
        ("GL", False),
        ("IN", False),
        ("US", False),
    ],
)
def test_is_eea(kb, code, eea):
    assert kb.is_eea(code) is eea


def test_india_has_no_adequacy_and_a_high_public_authority_access_exposure(kb):
    india = kb.country("IN")
    assert kb.adequacy("IN") is None
    assert india.public_authority_access is not None
    assert india.public_authority_access.exposure == "high"
    assert "s.17" in india.public_authority_access.source


def test_us_adequacy_is_limited_to_the_data_privacy_framework(kb):
    us = kb.adequacy("US")
    assert us is not None
    assert us.transfer_tool == "dpf" and us.coverage == "partial"
    assert "2023/1795" in us.decision and "Data Privacy Framework" in us.scope
    assert kb.transfer_tool(us.transfer_tool).article == "Art. 45 GDPR"


def test_a_us_parent_brings_the_cloud_act_and_fisa_702(kb):
    laws = {law.key: law for law in kb.country("US").laws_via_parent}
    assert set(laws) >= {"us_cloud_act", "us_fisa_702"}
    assert "2713" in laws["us_cloud_act"].law
    assert kb.country("BE").laws_via_parent == ()


# --- data sensitivity, retention, transfer tools -------------------------------------------


def test_sensitivity_levels_and_kinds(kb):
    levels = kb.data_sensitivity.levels
    keys = ["standard", "highly_personal", "special_category", "criminal_offence"]
    assert [level.key for level in levels] == keys
    assert [level.rank for level in levels] == [1, 2, 3, 4]
    model = pia.model.description
    assert [s.value for s in model.Sensitivity] == keys


@pytest.mark.parametrize(
    ("kind", "level"),
    [
        ("identity", "standard"),
        ("contact", "standard"),
        ("online_identifier", "standard"),
        ("behaviour", "standard"),
        ("preferences_interests", "standard"),
        ("inferred_profile", "highly_personal"),
        ("purchase_history", "standard"),
        ("location", "highly_personal"),
        ("financial", "highly_personal"),
        ("government_id", "highly_personal"),
        ("communications", "highly_personal"),
        ("health", "special_category"),
        ("biometric", "special_category"),
        ("criminal_offences", "criminal_offence"),
    ],
)
def test_sensitivity_of_common_kinds(kb, kind, level):
    assert kb.sensitivity_of(kind).key == level


def test_every_retention_period_parses_as_n_days_months_or_years(kb):
    for ref in (*kb.retention.references, *kb.retention.archives):
        match = PERIOD.match(ref.period)
        assert match, f"{ref.id}: {ref.period!r}"
        assert (match["plural"] == "s") == (int(match["n"]) != 1), f"{ref.id}: {ref.period!r}"


def test_one_retention_reference_per_group(kb):
    assert {ref.group for ref in kb.retention.references} == RETENTION_GROUPS
    assert kb.retention_reference("prospects").period == "3 years"
    assert kb.retention_reference("customers").period == "3 years"


def test_a_reference_period_is_a_maximum_unless_marked_a_minimum(kb):
    bounds = {ref.id: ref.bound for ref in (*kb.retention.references, *kb.retention.archives)}
    minimums = {"RET-OBJECTED", "ARC-BE-ACCOUNTING", "ARC-BE-TAX-RECORDS"}
    assert {key for key, bound in bounds.items() if bound == "minimum"} == minimums
    assert bounds["ARC-BE-CONTRACT-CLAIMS"] == "maximum"  # a limitation period: no duty to keep
    assert RetentionReference.model_fields["bound"].default == "maximum"


def test_every_minimum_says_what_a_shorter_period_defeats(kb):
    for ref in (*kb.retention.references, *kb.retention.archives):
        assert (ref.bound == "minimum") == bool(ref.why_minimum), ref.id


def test_a_legal_duty_to_keep_is_a_minimum(kb):
    for entry in kb.retention.archives:
        if entry.ground == "legal_obligation":
            assert entry.bound == "minimum", entry.id


def test_legal_archive_periods_name_known_grounds_and_data_kinds(kb):
    model = pia.model.description
    kinds = {kind.key for kind in kb.data_sensitivity.kinds}
    for entry in kb.retention.archives:
        assert entry.group is None, entry.id
        assert entry.ground in {g.value for g in model.ArchiveGround}, entry.id
        assert set(entry.data_kinds) <= kinds, entry.id


def test_legal_archive_periods_are_found_by_ground_and_kind(kb):
    found = kb.legal_archive_periods("legal_obligation", ["contact", "purchase_history"], "BE")
    assert [e.id for e in found] == ["ARC-BE-ACCOUNTING", "ARC-BE-TAX-RECORDS"]
    assert kb.legal_archive_periods("legal_obligation", ["contact"], "BE") == ()
    assert kb.legal_archive_periods("legal_claims", ["purchase_history"], "BE") == ()


@pytest.mark.parametrize("country", [None, "NL", "FR"])
def test_legal_archive_periods_apply_only_under_their_country(kb, country):
    assert kb.legal_archive_periods("legal_obligation", ["purchase_history"], country) == ()


def test_each_legal_archive_period_names_the_eea_country_of_its_law(kb):
    members = {m.code for m in kb.countries.eea.members}
    for entry in kb.retention.archives:
        assert entry.country in members, entry.id
        assert entry.id.startswith(f"ARC-{entry.country}-"), entry.id


def test_the_national_list_names_the_eea_country_of_its_authority(kb):
    assert kb.belgian_list.country == "BE"
    assert kb.is_eea(kb.belgian_list.country)


def test_a_legal_archive_period_without_a_country_is_refused():
    text = RETENTION.replace("    country: BE\n", "", 1)
    with pytest.raises(KnowledgeError, match=r"archives\.0\.country"):
        read_file("retention.yaml", text, Retention)


RETENTION = read_text("retention.yaml")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    bound: minimum\n    why_minimum:", "    why_minimum:"),  # a reason without a minimum
        ("    bound: minimum\n    why_minimum:", "    bound: minimum\n    # why_minimum:"),
        ("    bound: minimum\n", "    bound: at_most\n"),
    ],
)
def test_a_minimum_without_its_reason_does_not_load(old, new):
    text = RETENTION.replace(old, new, 1)
    assert text != RETENTION
    with pytest.raises(KnowledgeError) as exc:
        read_file("retention.yaml", text, Retention)
    assert exc.value.entry.startswith("references.3"), exc.value.entry


def test_transfer_tools_and_their_articles(kb):
    assert [t.key for t in kb.transfer_tools.tools] == list(TRANSFER_TOOLS)
    for key, article in TRANSFER_TOOLS.items():
        assert article in kb.transfer_tool(key).article, key
    model = pia.model.description
    assert [t.value for t in model.TransferTool] == list(TRANSFER_TOOLS)


def test_scc_modules_and_edpb_steps(kb):
    assert [m.module for m in kb.transfer_tools.scc_modules] == [1, 2, 3, 4]
    steps = kb.transfer_tools.edpb_steps
    assert [s.id for s in steps] == [f"STEP-{n}" for n in range(1, 7)]
    assert all(step.records for step in steps)


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lookup", "key", "file"),
    [
        (lambda kb, k: kb.scale(k), "fair", "scales.yaml"),
        (lambda kb, k: kb.scale("cnil").level(k, "limited"), "huge", "scales.yaml"),
        (lambda kb, k: kb.scale("ico").level("severe", k), "often", "scales.yaml"),
        (lambda kb, k: kb.country(k), "XX", "countries.yaml"),
        (lambda kb, k: kb.country(k), "be", "countries.yaml"),
        (lambda kb, k: kb.is_eea(k), "EU", "countries.yaml"),
        (lambda kb, k: kb.adequacy(k), "QQ", "countries.yaml"),
        (lambda kb, k: kb.criterion(k), "transfer_outside_eu", "wp248.yaml"),
        (lambda kb, k: kb.criterion(k), "WP248-10", "wp248.yaml"),
        (lambda kb, k: kb.legal_basis(k), "interest", "legal_bases.yaml"),
        (lambda kb, k: kb.retention_reference(k), "employees", "retention.yaml"),
        (lambda kb, k: kb.transfer_tool(k), "privacy_shield", "transfer_tools.yaml"),
        (lambda kb, k: kb.sensitivity_of(k), "shoe_size", "data_sensitivity.yaml"),
    ],
)
def test_unknown_keys_raise_knowledge_error_naming_file_and_key(
    kb, lookup: Callable[[Knowledge, str], Any], key, file
):
    with pytest.raises(KnowledgeError) as exc:
        lookup(kb, key)
    assert repr(key) in str(exc.value) and str(exc.value).startswith(file)
    assert isinstance(exc.value, errors.KnowledgeError) and isinstance(exc.value, errors.PiaError)


SCALES = read_text("scales.yaml")
BROKEN = [  # (text found in scales.yaml, replacement, entry named, problem named)
    ("maximum:     [medium, high,   high,   high]", "", "methods.0", "matrix rows"),
    ("[low,    medium, medium, high]", "[low, medium, high]", "methods.0", "one level"),
    ("[low,    low,    medium]", "[low, low, severe]", "methods.1.matrix", "low"),
    ("        rank: 2\n", "        rank: 5\n", "methods.0", "ranks"),
    ('    note: "The column', '    # note: "The column', "methods.1", "needs a note"),
]


@pytest.mark.parametrize(
    ("text", "entry", "problem"),
    [(SCALES.replace(old, new, 1), entry, problem) for old, new, entry, problem in BROKEN]
    + [("methods: [", "(file)", "not valid YAML")],
)
def test_a_broken_file_raises_knowledge_error_naming_file_and_entry(text, entry, problem):
    assert text != SCALES
    with pytest.raises(KnowledgeError) as exc:
        read_file("scales.yaml", text, Scales)
    assert exc.value.file == "scales.yaml"
    assert exc.value.entry.startswith(entry), exc.value.entry
    assert problem in exc.value.problem


# --- the knowledge base said in every language ----------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_of_the_knowledge_base_is_said_in_every_language(kb, lang):
    """Country names and places, data kinds, legal bases, transfer tools, screening criteria and
    scale levels with their meaning: the catalogues (pia/words/<lang>/*.ftl) say each one the
    knowledge base has."""
    say = speaker(lang)
    for code in kb.countries.names:
        assert say.label("country", code) and say.label("country_in", code), code
    for kind in kb.data_sensitivity.kinds:
        assert say.label("data_kind", kind.key)
    for basis in kb.legal_bases.bases:
        assert say.label("legal_basis", basis.key)
    for tool in kb.transfer_tools.tools:
        assert say.label("transfer_tool", tool.key)
    criteria = (*kb.wp248.criteria, *kb.belgian_list.items)
    for key in [c.key for c in criteria] + [rule.__name__ for _, rule in ART35_3]:
        assert say.label("criterion", key)
    for scale in kb.scales.methods:
        for axis in ("severity", "likelihood"):
            for level in getattr(scale, axis):
                assert say.label(f"scale-{scale.key}-{axis}", level.key)
                assert say.label(f"scale_description-{scale.key}-{axis}", level.key)


@pytest.mark.parametrize(
    ("lang", "code", "name", "place"),
    [
        ("en", "US", "United States", "in the United States"),
        ("nl", "US", "Verenigde Staten", "in de Verenigde Staten"),
        ("fr", "US", "États-Unis", "aux États-Unis"),
        ("en", "IN", "India", "in India"),
        ("nl", "IN", "India", "in India"),
        ("fr", "IN", "Inde", "en Inde"),
        ("fr", "JP", "Japon", "au Japon"),
        ("fr", "SG", "Singapour", "à Singapour"),
        ("nl", "GB", "Verenigd Koninkrijk", "in het Verenigd Koninkrijk"),
    ],
)
def test_a_country_is_named_and_placed_as_its_language_says_it(lang, code, name, place):
    assert speaker(lang).label("country", code) == name
    assert speaker(lang).label("country_in", code) == place
