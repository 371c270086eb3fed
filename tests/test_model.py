"""The assessment model: closed lists, periods, references between sections, overrides."""

from __future__ import annotations

import copy
import json

import docx
import openpyxl
import pandas as pd
import pypdf
import pytest
from conftest import write_yaml
from pydantic import ValidationError

import pia
from pia.cli import main
from pia.model import (
    SCALE_LEVELS,
    Assessment,
    LegalBasis,
    Period,
    SpecialCategoryException,
    parse_period,
)
from pia.model.common import MAX_NAME, MAX_TEXT
from pia.validation_messages import describe


def errors(data) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as exc:
        Assessment.model_validate(data)
    return [(".".join(map(str, e["loc"])), e["type"]) for e in exc.value.errors()]


@pytest.mark.parametrize(
    ("basis", "letter"),
    [
        ("consent", "a"),
        ("contract", "b"),
        ("legal_obligation", "c"),
        ("vital_interests", "d"),
        ("public_task", "e"),
        ("legitimate_interest", "f"),
    ],
)
def test_each_legal_basis_knows_its_letter_of_article_6_1(basis, letter):
    assert LegalBasis(basis).article == f"Art. 6(1)({letter}) GDPR"


@pytest.mark.parametrize(
    ("exception", "letter"),
    [
        ("explicit_consent", "a"),
        ("employment_social_security", "b"),
        ("vital_interests", "c"),
        ("not_for_profit_body", "d"),
        ("made_public_by_data_subject", "e"),
        ("legal_claims", "f"),
        ("substantial_public_interest", "g"),
        ("health_or_social_care", "h"),
        ("public_health", "i"),
        ("archiving_research_statistics", "j"),
    ],
)
def test_each_special_category_exception_knows_its_letter_of_article_9_2(exception, letter):
    assert SpecialCategoryException(exception).article == f"Art. 9(2)({letter}) GDPR"


def test_new_closed_lists_refuse_values_outside_them(minimal):
    minimal["purposes"][0]["special_category_exception"] = "consent"
    minimal["purposes"][0]["soft_opt_in"] = {"details_from_sale": "maybe"}
    minimal["description"]["retention_rules"] = [
        {
            "id": "keep",
            "applies_to": ["customers"],
            "deletion": "archive_then_erasure",
            "archive": {"ground": "business_interest", "period": "forever"},
        }
    ]
    minimal["description"]["innovative_technology"] = "perhaps"
    assert sorted(errors(minimal)) == [
        ("description.innovative_technology", "bool_parsing"),
        ("description.retention_rules.0.archive.ground", "enum"),
        ("description.retention_rules.0.archive.period", "value_error"),
        ("purposes.0.soft_opt_in.details_from_sale", "bool_parsing"),
        ("purposes.0.special_category_exception", "enum"),
    ]


@pytest.mark.parametrize(
    ("text", "amount", "unit", "shown"),
    [
        ("3 years", 3, "year", "3 years"),
        ("1 month", 1, "month", "1 month"),
        (" 30 days ", 30, "day", "30 days"),
        ("2 weeks", 2, "week", "2 weeks"),
    ],
)
def test_periods_are_read_as_people_write_them(text, amount, unit, shown):
    period = parse_period(text)
    assert (period.amount, period.unit, str(period)) == (amount, unit, shown)


@pytest.mark.parametrize("text", ["three years", "3", "3 decades", "-1 year", "", "P3Y"])
def test_a_period_in_another_form_is_refused(text):
    with pytest.raises(ValueError, match="is not a period"):
        parse_period(text)


def test_periods_compare_across_units():
    assert Period(amount=36, unit="month").days == pytest.approx(Period(amount=3, unit="year").days)


def test_the_minimal_assessment_is_valid(minimal):
    assert Assessment.model_validate(minimal).purposes[0].id == "newsletter"


@pytest.mark.parametrize("code", ["BE", "NL", "FR", "IE", "NO", "IS", "LI"])
def test_the_jurisdiction_is_an_eea_country(minimal, code):
    minimal["metadata"]["jurisdiction"] = code
    assert Assessment.model_validate(minimal).metadata.jurisdiction == code


def test_the_jurisdiction_is_unknown_when_missing(minimal):
    assert Assessment.model_validate(minimal).metadata.jurisdiction is None


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("US", "not_eea_country"),  # no GDPR supervisory authority
        ("CH", "not_eea_country"),
        ("GB", "not_eea_country"),
        ("AX", "not_eea_country"),  # part of Finland: the Finnish authority
        ("ZZ", "not_eea_country"),  # not a country at all
        ("be", "string_pattern_mismatch"),
        ("BEL", "string_pattern_mismatch"),
    ],
)
def test_a_jurisdiction_outside_the_eea_is_refused(minimal, code, error):
    minimal["metadata"]["jurisdiction"] = code
    assert errors(minimal) == [("metadata.jurisdiction", error)]


def test_the_jurisdiction_error_names_the_member_state_of_a_territory(minimal):
    minimal["metadata"]["jurisdiction"] = "AX"
    with pytest.raises(ValidationError, match="AX is part of FI, use FI"):
        Assessment.model_validate(minimal)


def test_a_purpose_naming_an_undeclared_category_is_a_dangling_id(minimal):
    minimal["purposes"][0]["data_categories"].append("location")
    assert errors(minimal) == [("purposes.0.data_categories.1", "dangling_id")]


def test_ids_are_unique_across_sections(minimal):
    minimal["purposes"][0]["id"] = "contact"
    assert ("purposes.0.id", "duplicate_id") in errors(minimal)


def test_a_risk_concerns_only_purposes_transfers_or_retention_rules(minimal):
    minimal["risks"] = [{"id": "r1", "title": "Over-collection", "concerns": ["members"]}]
    assert errors(minimal) == [("risks.0.concerns.0", "dangling_id")]


def test_every_reference_problem_is_reported_at_once(minimal):
    minimal["purposes"][0]["data_subjects"] = ["nobody"]
    minimal["risks"] = [{"id": "r1", "title": "T", "concerns": ["newsletter"], "measures": ["m9"]}]
    minimal["description"]["data_categories"][0]["sources"] = ["website §1"]
    assert {t for _, t in errors(minimal)} == {"dangling_id", "unknown_document"}
    assert len(errors(minimal)) == 3


@pytest.mark.parametrize(
    ("method", "axis"), [(m, a) for m in SCALE_LEVELS for a in SCALE_LEVELS[m]]
)
def test_an_override_must_use_a_level_of_the_assessment_s_method(minimal, method, axis):
    minimal["metadata"]["method"] = method
    rationale = "The recipients are all inside the EEA, so the exposure is lower."
    good = SCALE_LEVELS[method][axis][0]
    minimal["risks"] = [
        {
            "id": "r1",
            "title": "T",
            "concerns": ["newsletter"],
            f"{axis}_override": {"level": good, "rationale": rationale},
        }
    ]
    Assessment.model_validate(minimal)
    minimal["risks"][0][f"{axis}_override"]["level"] = "catastrophic"
    assert errors(minimal) == [(f"risks.0.{axis}_override.level", "unknown_level")]


def test_an_override_needs_a_written_rationale(minimal):
    minimal["risks"] = [
        {
            "id": "r1",
            "title": "T",
            "concerns": ["newsletter"],
            "severity_override": {"level": "limited", "rationale": "no"},
        }
    ]
    assert errors(minimal) == [("risks.0.severity_override.rationale", "string_too_short")]


def test_assignment_is_validated_so_a_widget_cannot_store_nonsense(minimal):
    a = Assessment.model_validate(minimal)
    with pytest.raises(ValidationError):
        a.purposes[0].legal_bases[0].basis = "because we can"
    assert a.purposes[0].legal_bases[0].basis is LegalBasis.consent


def test_impossible_dates_are_refused(minimal):
    minimal["metadata"]["review_date"] = "2027-02-30"
    assert errors(minimal) == [("metadata.review_date", "date_from_datetime_parsing")]


# --- limits: what every output (Word, Excel, CSV, HTML, PDF, JSON) can hold -----------------------

NAME = ("metadata", "controller", "name")  # a one-line name
TEXT = ("description", "processing")  # a long text


def with_value(minimal, path: tuple[str, ...], value: str):
    node = minimal
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return minimal


@pytest.mark.parametrize(
    ("value", "in_a_name", "in_a_text"),
    [
        ("Caf\u00e9 \u2014 \U0001f600 \u05e9\u05dc\u05d5\u05dd", True, True),  # accents, emoji
        ("right\u200fto\u200eleft marks", True, True),  # RLM/LRM: marks, not overrides
        ("a\x07bell", False, False),  # XML 1.0 (Word) and openpyxl (Excel) refuse C0 controls
        ("a\x00nul", False, False),
        ("a\x1bescape", False, False),
        ("a\x7fdelete", False, False),
        ("next\u0085line", False, False),  # C1 controls
        ("a\x9bcsi", False, False),
        ("a\ufffe", False, False),  # not a character in XML
        ("one\r\ntwo", False, False),  # a line ends with a line break alone
        ("one\ntwo", False, True),  # a name is one line
        ("a\ttab", False, True),
        ("a\u2028line separator", False, True),
        ("abc\u202edcba", False, True),  # RLO: shows a name as another
        ("\u2066isolate\u2069", False, True),
        ("\u202aembedding\u202c", False, True),
    ],
)
def test_names_and_texts_refuse_what_an_output_cannot_hold(minimal, value, in_a_name, in_a_text):
    for path, accepted in ((NAME, in_a_name), (TEXT, in_a_text)):
        data = with_value(copy.deepcopy(minimal), path, value)
        if accepted:
            Assessment.model_validate(data)
        else:
            assert errors(data) == [(".".join(path), "forbidden_character")], path


def test_the_message_says_which_character_where_and_why(minimal):
    with pytest.raises(ValidationError) as caught:
        Assessment.model_validate(with_value(minimal, NAME, "Example\x07Club"))
    assert describe(caught.value.errors()[0]) == (
        "contains the control character U+0007 at character 8, which Word and Excel cannot "
        "hold; remove it"
    )


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        (("metadata", "title"), MAX_NAME),
        (NAME, MAX_NAME),
        (("purposes", 0, "name"), MAX_NAME),
        (TEXT, MAX_TEXT),
        (("metadata", "note"), MAX_TEXT),
    ],
)
def test_lengths_stop_where_word_and_excel_do(minimal, path, limit):
    Assessment.model_validate(with_value(minimal, path, "x" * limit))
    assert errors(with_value(minimal, path, "x" * (limit + 1))) == [
        (".".join(map(str, path)), "string_too_long")
    ]


def test_a_form_cannot_store_a_control_character_either(minimal):
    a = Assessment.model_validate(minimal)
    with pytest.raises(ValidationError):
        a.metadata.title = "Ti\x0ctle"
    assert a.metadata.title == "Newsletter for members"


def longest(piece: str, limit: int) -> str:
    """`piece` repeated to exactly `limit` characters, with no blank at either end."""
    text = (piece * (limit // len(piece) + 1))[:limit]
    return text if text == text.strip() else text[:-1].rstrip().ljust(limit, "x")


def maximal(minimal) -> dict:
    """Every kind of field at the longest the model allows, with what outputs find hard:
    formulas, markup, quotes, emoji, right-to-left text and marks, tabs and line breaks."""
    name = longest('=Ünïcødé 😀 שלום \u200f<b>&amp;</b> "quoted" — ', MAX_NAME)
    text = longest(
        "=cmd|' /C calc'!A0\tcell, <script>x</script> & \"q\" \u202eRTL\u202c 😀\n\n", MAX_TEXT
    )
    m, d, p = minimal["metadata"], minimal["description"], minimal["purposes"][0]
    m.update(title=name, dpo_contact=text, note=text, analysts=[name])
    m["controller"].update(name=name, legal_form=name, address=text, company_number=name)
    m["documents"][0].update(title=name, note=text)
    d["processing"] = text
    d["data_categories"][0].update(name=name, note=text)
    d["data_subjects"][0]["name"] = name
    d["recipients"] = [
        {"id": "r", "name": name, "role": "processor", "country": "US", "service": text}
    ]
    d["transfers"] = [
        {
            "id": "t",
            "recipient": "r",
            "country": "US",
            "kind": "storage",
            "reevaluation_due": name,
            "supplementary_measures": [text],
        }
    ]
    p.update(name=name, description=text)
    minimal["measures"] = [
        {
            "id": "m",
            "title": name,
            "description": text,
            "kind": "technical",
            "owner": name,
            "status": "implemented",
        }
    ]
    minimal["risks"] = [
        {"id": "k", "title": name, "concerns": ["newsletter"], "impact": text, "measures": ["m"]}
    ]
    minimal["consultation"] = {"dpo": {"name": name, "advice": text}}
    return minimal


@pytest.fixture
def longest_file(tmp_path, minimal):
    path = write_yaml(tmp_path / "assessment.yaml", maximal(minimal))
    assert len(pia.load(path).metadata.title) == MAX_NAME  # the file keeps the longest values
    return path


def test_the_longest_allowed_values_render_in_every_output(tmp_path, longest_file, capsys):
    """A 256-character title broke Word, control characters broke Word and Excel: what the model
    accepts, every output holds."""
    out = tmp_path / "out"
    file = str(longest_file)
    assert main(["report", file, "--out", str(out), "--format", "html,docx"]) == 0
    assert main(["report", file, "--out", str(out), "--format", "docx", "--lang", "nl"]) == 0
    assert main(["ropa", file, "--out", str(out / "ropa.csv")]) == 0
    assert main(["ropa", file, "--out", str(out / "ropa.xlsx")]) == 0
    assert main(["export-cnil", file, "--out", str(out / "cnil.json")]) == 0
    title = pia.load(longest_file).metadata.title
    document = docx.Document(str(out / "dpia-en.docx"))
    assert title in [paragraph.text for paragraph in document.paragraphs]
    assert document.core_properties.title == title
    assert "&lt;script&gt;x&lt;/script&gt;" in (out / "dpia-en.html").read_text("utf-8")
    cells = [c for row in openpyxl.load_workbook(out / "ropa.xlsx").active.iter_rows() for c in row]
    assert max(len(str(c.value)) for c in cells) == MAX_TEXT
    assert all(c.data_type == "s" for c in cells)
    assert len(pd.read_csv(out / "ropa.csv", dtype=str)) == 1
    assert json.loads((out / "cnil.json").read_text("utf-8"))["pia"]["name"] == title


@pytest.mark.slow
def test_the_longest_allowed_values_render_as_pdf(tmp_path, longest_file):
    out = tmp_path / "out"
    assert (
        main(["report", str(longest_file), "--out", str(out), "--format", "pdf", "--lang", "nl"])
        == 0
    )
    assert len(pypdf.PdfReader(out / "dpia-nl.pdf").pages) > 10
