"""Forms without a browser: a valid change saves and re-assesses; an invalid one writes nothing."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pytest
from conftest import MAXIRESPONSE, write_yaml

import pia
from pia.model import Assessment
from pia.register import RiskLine, build_register
from pia.result import assess as real_assess
from pia.risk import scale_for
from pia.widgets import (
    FieldWidget,
    Session,
    consultation_form,
    data_categories_form,
    data_sources_form,
    data_subjects_form,
    field_widget,
    measures_form,
    metadata_form,
    purpose_form,
    purposes_form,
    retention_form,
    rights_form,
    risk_form,
    risks_form,
    screening_facts_form,
    signoff_form,
    transfers_form,
)
from pia.words import speaker

RATIONALE = "The profile combines data bought from other companies with observed behaviour."
_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class StubResult:
    """What the forms read of a Result, from the real register with no scored items."""

    risks: tuple[RiskLine, ...]

    @property
    def residual_level(self) -> str:
        return max((ln.residual_level for ln in self.risks), key=_ORDER.get, default="low")


def stub_assess(assessment: Assessment) -> StubResult:
    scale = scale_for(assessment.metadata.method.value)
    return StubResult(tuple(build_register(assessment, [], scale)))


@pytest.fixture(params=["stub", "real"])
def assess(request: pytest.FixtureRequest) -> Any:
    return stub_assess if request.param == "stub" else real_assess


@pytest.fixture
def maxi(tmp_path: Path) -> Path:
    path = tmp_path / "assessment.yaml"
    shutil.copy(MAXIRESPONSE, path)
    return path


@pytest.fixture
def small(tmp_path: Path, minimal: dict[str, Any]) -> Path:
    return write_yaml(tmp_path / "assessment.yaml", minimal)


def open_stub(path: Path) -> Session:
    return Session.open(path, assess=stub_assess)


def saved(session: Session) -> bool:
    return re.search(r"saved \d\d:\d\d:\d\d", session.status.value) is not None


def shown(widget: widgets.HTML) -> str:
    """The text an HTML widget shows."""
    return html.unescape(widget.value)


def refused(session: Session, path: Path, before: bytes, field: FieldWidget, text: str) -> None:
    """The refusal shows next to the field and in the status line; the file keeps every byte."""
    assert text in shown(field.error)
    assert "not saved" in session.status.value and "#b42318" in session.status.value
    assert path.read_bytes() == before


# --- one field, one save -------------------------------------------------------------------------


def test_dropdown_change_saves_the_model_and_the_file(maxi: Path, assess: Any) -> None:
    session = Session.open(maxi, assess=assess)
    form = metadata_form(session)
    assert form.children[0] is session.status
    form.fields["status"].control.value = "in_review"
    assert session.assessment.metadata.status == "in_review"
    assert pia.load(maxi).metadata.status == "in_review"
    assert saved(session) and "#1a7f37" in session.status.value
    assert form.fields["status"].error.value == ""


def test_comments_survive_a_widget_edit(maxi: Path) -> None:
    comments = [ln.strip() for ln in maxi.read_text().splitlines() if ln.strip().startswith("#")]
    session = open_stub(maxi)
    metadata_form(session).fields["title"].control.value = "Maxiresponse profiling, revised"
    text = maxi.read_text()
    assert "title: Maxiresponse profiling, revised" in text
    assert all(c in text for c in comments)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("assessment_date", dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
        ("analysts", "A. Analyst\n\n B. Reviewer ", ["A. Analyst", "B. Reviewer"]),
        ("method", "ico", "ico"),
        ("note", "", None),
    ],
)
def test_metadata_controls_save_their_values(small: Path, field: str, value: Any, expected: Any):
    session = open_stub(small)
    metadata_form(session).fields[field].control.value = value
    assert getattr(pia.load(small).metadata, field) == expected


def test_the_jurisdiction_is_in_the_metadata_form(small: Path) -> None:
    session = open_stub(small)
    field = metadata_form(session).fields["jurisdiction"]
    assert isinstance(field.control, widgets.Text)
    assert "Art. 35(4)" in field.control.tooltip and "56" in field.control.tooltip
    field.control.value = "NL"
    assert pia.load(small).metadata.jurisdiction == "NL"
    field.control.value = ""
    assert pia.load(small).metadata.jurisdiction is None


def test_a_jurisdiction_outside_the_eea_is_refused_in_the_form(small: Path) -> None:
    session = open_stub(small)
    field = metadata_form(session).fields["jurisdiction"]
    before = small.read_bytes()
    field.control.value = "US"
    refused(session, small, before, field, "not the code of an EEA country")


def test_empty_optional_text_is_saved_as_nothing(maxi: Path) -> None:
    session = open_stub(maxi)
    field = purpose_form(session, 0).fields["description"]
    assert isinstance(field.control, widgets.Textarea)
    field.control.value = "  Serving the contract.  "
    assert pia.load(maxi).purposes[0].description == "Serving the contract."
    field.control.value = "   "
    assert pia.load(maxi).purposes[0].description is None


def test_a_tristate_answer_creates_its_optional_section(small: Path) -> None:
    session = open_stub(small)
    assert session.assessment.purposes[0].consent is None
    granular = purpose_form(session, 0).fields["consent.granular"]
    assert isinstance(granular.control, widgets.ToggleButtons)
    assert granular.control.value == "unknown"
    granular.control.value = "no"
    assert pia.load(small).purposes[0].consent.granular is False
    granular.control.value = "unknown"
    assert pia.load(small).purposes[0].consent.granular is None


def test_the_soft_opt_in_and_the_art9_exception_are_in_the_purpose_form(maxi: Path) -> None:
    session = open_stub(maxi)
    form = purpose_form(session, 3)
    form.fields["soft_opt_in.details_from_sale"].control.value = "yes"
    assert pia.load(maxi).purposes[3].soft_opt_in.details_from_sale is True
    exception = form.fields["special_category_exception"].control
    exception.value = "explicit_consent"
    assert pia.load(maxi).purposes[3].special_category_exception.value == "explicit_consent"


def test_reference_fields_offer_the_ids_of_the_assessment(maxi: Path) -> None:
    session = open_stub(maxi)
    categories = purpose_form(session, 3).fields["data_categories"].control
    assert isinstance(categories, widgets.SelectMultiple)
    assert [v for _, v in categories.options] == session.ids(("description", "data_categories"))
    categories.value = ("contact", "behaviour")
    assert pia.load(maxi).purposes[3].data_categories == ["contact", "behaviour"]


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (("metadata", "status"), widgets.Dropdown),
        (("metadata", "title"), widgets.Text),
        (("metadata", "note"), widgets.Textarea),
        (("metadata", "review_date"), widgets.DatePicker),
        (("purposes", 0, "profiling"), widgets.Checkbox),
        (("purposes", 0, "transparency", "informed_at_collection"), widgets.ToggleButtons),
        (("purposes", 0, "channels"), widgets.SelectMultiple),
        (("description", "transfers", 0, "recipient"), widgets.Dropdown),
        (("description", "transfers", 0, "scc_module"), widgets.Dropdown),
        (("description", "data_subjects", 0, "approximate_count"), widgets.Text),
        (("measures", 0, "reduces_severity"), widgets.BoundedIntText),
    ],
)
def test_the_control_follows_the_field_type(maxi: Path, path: tuple, kind: type) -> None:
    session = open_stub(maxi)
    session.add_item(("measures",), {"id": "m1", "title": "Encrypt", "kind": "technical"})
    field = field_widget(session, path)
    assert type(field.control) is kind
    assert field.control.description == path[-1].replace("_", " ").capitalize().replace(
        "Scc", "SCC"
    )


def test_the_label_and_tooltip_come_from_the_model(maxi: Path) -> None:
    field = field_widget(open_stub(maxi), ("metadata", "review_date"))
    assert field.control.description == "Review date"
    assert "Art. 35(11)" in field.control.tooltip
    assert field.error in field.children


def test_optional_bounded_number_keeps_its_bounds(maxi: Path) -> None:
    session = open_stub(maxi)
    module = field_widget(session, ("description", "transfers", 0, "scc_module"))
    assert [v for _, v in module.control.options] == ["", 1, 2, 3, 4]
    module.control.value = 2
    assert pia.load(maxi).description.transfers[0].scc_module == 2


# --- refusals: the file stays byte-for-byte as it was ---------------------------------------------


def test_text_that_breaks_a_pattern_is_refused_and_writes_nothing(maxi: Path) -> None:
    session = open_stub(maxi)
    before = maxi.read_bytes()
    version = metadata_form(session).fields["version"]
    version.control.value = "version two"
    refused(session, maxi, before, version, "is not a version number")
    assert version.control.value == "version two"  # left as typed
    assert session.assessment.metadata.version == "0.1"
    version.control.value = "0.2"  # the next valid change clears the error
    assert version.error.value == "" and pia.load(maxi).metadata.version == "0.2"


def test_a_number_typed_as_words_is_refused(maxi: Path) -> None:
    session = open_stub(maxi)
    before = maxi.read_bytes()
    count = field_widget(session, ("description", "data_subjects", 0, "approximate_count"))
    count.control.value = "many"
    refused(session, maxi, before, count, "expected a whole number")
    count.control.value = "1200"
    assert pia.load(maxi).description.data_subjects[0].approximate_count == 1200


def test_a_cross_reference_error_is_caught_before_saving(maxi: Path) -> None:
    """Renaming a purpose that retention rules refer to: the whole copy is re-validated."""
    session = open_stub(maxi)
    before = maxi.read_bytes()
    name = purpose_form(session, 3).fields["id"]
    name.control.value = "ads"
    refused(session, maxi, before, name, "is not the id of any of the purposes")


def test_switching_method_with_cnil_overrides_is_refused(small: Path) -> None:
    session = open_stub(small)
    session.add_item(
        ("risks",),
        {
            "id": "r1",
            "title": "Leak",
            "concerns": ["newsletter"],
            "severity_override": {"level": "maximum", "rationale": RATIONALE},
        },
    )
    before = small.read_bytes()
    method = metadata_form(session).fields["method"]
    method.control.value = "ico"
    refused(session, small, before, method, "'maximum' is not a severity level of the ico method")


def test_removing_a_referenced_data_category_is_refused(small: Path) -> None:
    session = open_stub(small)
    assert (
        session.add_item(
            ("description", "data_categories"),
            {
                "id": "opens",
                "name": "Newsletter opens",
                "kind": "behaviour",
                "sensitivity": "standard",
                "declared_to_data_subjects": False,
            },
        )
        is None
    )
    before = small.read_bytes()
    message = session.remove_item(("description", "data_categories"), 0)
    assert message == (
        "purposes[0].data_categories[0]: 'contact' is not the id of any of the data categories"
    )
    assert small.read_bytes() == before
    assert [c.id for c in session.assessment.description.data_categories] == ["contact", "opens"]
    assert session.remove_item(("description", "data_categories"), 1) is None  # unreferenced
    assert [c.id for c in pia.load(small).description.data_categories] == ["contact"]


def test_removing_a_referenced_recipient_through_its_button_is_refused(maxi: Path) -> None:
    session = open_stub(maxi)
    before = maxi.read_bytes()
    recipients = transfers_form(session).lists["recipients"]
    row = recipients.items[session.ids(("description", "recipients")).index("tcs")]
    row.remove_button.click()
    assert "'tcs' is not the id of any of the recipients" in shown(row.remove_error)
    assert maxi.read_bytes() == before
    assert len(recipients.items) == 3


def test_an_override_level_without_rationale_is_refused(maxi: Path) -> None:
    session = open_stub(maxi)
    session.add_item(("risks",), {"id": "r1", "title": "Profiling", "concerns": ["advertising"]})
    before = maxi.read_bytes()
    override = risk_form(session, 0).severity_override
    assert override.level.options == ("negligible", "limited", "significant", "maximum")
    override.level.value = "maximum"
    assert "rationale: needs at least 15 characters" in shown(override.error)
    assert maxi.read_bytes() == before
    assert session.assessment.risks[0].severity_override is None
    override.rationale.value = "too short"
    assert maxi.read_bytes() == before
    override.rationale.value = RATIONALE
    assert override.error.value == ""
    assert pia.load(maxi).risks[0].severity_override.level == "maximum"


def test_a_conflicting_external_edit_is_kept_and_the_change_refused(maxi: Path) -> None:
    session = open_stub(maxi)
    form = metadata_form(session)
    theirs = maxi.read_text().replace("status: draft", "status: final")
    maxi.write_text(theirs)
    form.fields["status"].control.value = "in_review"
    assert "changed on disk since it was loaded" in shown(form.fields["status"].error)
    assert "changed on disk" in session.status.value
    assert maxi.read_text() == theirs
    assert session.assessment.metadata.status == "draft"
    session.reload()  # take their version; the refused field still shows what was typed
    assert session.assessment.metadata.status == "final"
    form.fields["title"].control.value = "After the reload"
    assert pia.load(maxi).metadata.title == "After the reload"
    assert pia.load(maxi).metadata.status == "final"


# --- the facts only the analyst can judge: WP248 criteria 2, 8 and 9 ------------------------------

WHAT_IS_NEW = "Look-alike audiences modelled on data bought from other companies."


def said(reason: Any) -> str:
    """A screening reason in English (item names are their ids here)."""
    return speaker("en").say(f"screening-{reason.code}", **reason.params)


def undecided(screening: Any) -> str:
    """The verdict's line naming what the analyst must still judge ("" when nothing is left)."""
    return next((said(r) for r in screening.reasons if r.code == "not_decidable"), "")


@pytest.mark.parametrize(
    ("field", "criterion", "answer", "met"),
    [
        ("innovative_technology", "WP248-8", "yes", True),
        ("innovative_technology", "WP248-8", "no", False),
        ("prevents_exercising_rights", "WP248-9", "yes", True),
        ("prevents_exercising_rights", "WP248-9", "no", False),
    ],
)
def test_a_screening_answer_saves_and_decides_its_criterion(
    maxi: Path, field: str, criterion: str, answer: str, met: bool
) -> None:
    session = Session.open(maxi, assess=real_assess)
    received: list[Any] = []
    session.on_change(received.append)
    form = screening_facts_form(session)
    assert form.children[0] is session.status
    control = form.fields[field].control
    assert isinstance(control, widgets.ToggleButtons) and control.value == "unknown"
    before = session.result.screening
    assert (before.result(criterion).met, before.result(criterion).decidable) == (False, False)
    assert criterion in undecided(before)

    control.value = answer

    assert getattr(pia.load(maxi).description, field) is met
    assert saved(session) and form.fields[field].error.value == ""
    after = session.result.screening
    assert (after.result(criterion).met, after.result(criterion).decidable) == (met, True)
    reason = after.result(criterion).reasons[0]
    assert (reason.code, reason.params["answer"]) == (field, met)
    assert after.met_count == before.met_count + met
    assert criterion not in undecided(after)
    assert received and received[-1] is session.result  # the live panels are redrawn
    control.value = "unknown"  # back to "the sources are silent"
    assert getattr(pia.load(maxi).description, field) is None
    assert not session.result.screening.result(criterion).decidable


def test_what_is_new_is_asked_once_the_processing_is_innovative(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    form = screening_facts_form(session)
    innovative, innovation = form.fields["innovative_technology"], form.fields["innovation"]
    assert isinstance(innovation.control, widgets.Textarea)
    assert innovation.control.disabled
    assert "innovative technology is yes" in innovation.control.placeholder
    innovative.control.value = "yes"
    assert not innovation.control.disabled and innovation.control.placeholder == ""
    innovation.control.value = f"  {WHAT_IS_NEW}  "
    assert pia.load(maxi).description.innovation == WHAT_IS_NEW
    innovative_reason = session.result.screening.result("WP248-8").reasons[0]
    assert f"What is new: {WHAT_IS_NEW}" in said(innovative_reason)
    innovative.control.value = "no"
    assert not innovation.control.disabled  # a recorded text stays editable, to be cleared
    innovation.control.value = ""
    assert pia.load(maxi).description.innovation is None
    assert innovation.control.disabled


# Fields the model asks only in some cases (`AskedWhen`): the form, the field, the fact that makes
# the question apply (path, a value where it does not, a value where it does), and an answer.
ASKED_WHEN = {
    "art63_law": (
        lambda s: purpose_form(s, 1).lists["legal_bases"].items[0].fields["law"],
        (("purposes", 1, "legal_bases", 0, "basis"), "contract", "legal_obligation"),
        "Belgian Code of Economic Law, art. III.86",
    ),
    "dpf_certified": (
        lambda s: transfers_form(s).lists["transfers"].items[0].fields["dpf_certified"],
        (("description", "transfers", 0, "country"), "IN", "US"),
        "yes",
    ),
    "soft_opt_in": (
        lambda s: purpose_form(s, 3).fields["soft_opt_in.details_from_sale"],
        (("purposes", 3, "direct_marketing"), False, True),
        "yes",
    ),
    "art92_exception": (
        lambda s: purpose_form(s, 3).fields["special_category_exception"],
        (("description", "data_categories", 0, "sensitivity"), "standard", "special_category"),
        "explicit_consent",
    ),
    "archive": (
        lambda s: retention_form(s).lists["retention_rules"].items[0].fields["archive.period"],
        (("description", "retention_rules", 0, "deletion"), "erasure", "archive_then_erasure"),
        "7 years",
    ),
}


@pytest.mark.parametrize("case", list(ASKED_WHEN))
def test_a_question_asked_only_in_some_cases_is_greyed_out_when_it_does_not_apply(
    maxi: Path, case: str
) -> None:
    make, (fact, not_applicable, applicable), answer = ASKED_WHEN[case]
    session = open_stub(maxi)
    field = make(session)
    assert field.session.apply(fact, not_applicable) is None
    assert field.control.disabled
    if hasattr(field.control, "placeholder"):  # the condition, in the model's words
        assert field.control.placeholder.startswith("asked when ")

    assert session.apply(fact, applicable) is None
    assert not field.control.disabled
    field.control.value = answer
    assert field.error.value == "" and session.value(field.path) is not None

    assert session.apply(fact, not_applicable) is None
    assert not field.control.disabled  # a recorded answer stays editable, to be cleared


def test_a_cleared_answer_that_does_not_apply_is_greyed_out_again(maxi: Path) -> None:
    session = open_stub(maxi)
    law = field_widget(session, ("purposes", 1, "legal_bases", 0, "law"))
    assert law.control.disabled
    assert law.control.placeholder == "asked when the basis is a legal obligation or a public task"
    session.apply(("purposes", 1, "legal_bases", 0, "law"), "Belgian Code of Economic Law")
    assert not law.control.disabled
    law.control.value = ""
    assert pia.load(maxi).purposes[1].legal_bases[0].law is None
    assert law.control.disabled and law.control.placeholder.startswith("asked when")


def test_the_art22_answer_decides_criterion_2(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    art22 = screening_facts_form(session).fields["automated_decisions_art22"].control
    assert isinstance(art22, widgets.Checkbox) and art22.value is False
    assert not session.result.screening.result("WP248-2").met
    art22.value = True
    assert pia.load(maxi).description.automated_decisions_art22 is True
    assert session.result.screening.result("WP248-2").met


def test_a_refused_screening_text_leaves_the_file_byte_for_byte(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    form = screening_facts_form(session)
    form.fields["innovative_technology"].control.value = "yes"
    before, result = maxi.read_bytes(), session.result
    innovation = form.fields["innovation"]
    innovation.control.value = "x" * 20_001
    refused(session, maxi, before, innovation, "description.innovation: needs at most 20000")
    assert session.assessment.description.innovation is None and session.result is result
    innovation.control.value = WHAT_IS_NEW  # the next valid text clears the error
    assert innovation.error.value == "" and pia.load(maxi).description.innovation == WHAT_IS_NEW


def test_a_screening_answer_over_someone_elses_save_writes_nothing(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    field = screening_facts_form(session).fields["prevents_exercising_rights"]
    theirs = maxi.read_text().replace("status: draft", "status: in_review").encode()
    maxi.write_bytes(theirs)
    field.control.value = "yes"
    refused(session, maxi, theirs, field, "changed on disk since it was loaded")
    assert session.assessment.description.prevents_exercising_rights is None
    assert not session.result.screening.result("WP248-9").decidable


def test_the_art63_law_dpf_and_archive_have_controls_that_save(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    received: list[Any] = []
    session.on_change(received.append)
    bases = purpose_form(session, 0).lists["legal_bases"]
    law = next(
        f.fields["law"]
        for f in bases.items
        if f.fields["basis"].control.value == "legal_obligation"
    )
    law.control.value = "Belgian Code of Economic Law, art. III.86"
    transfer = transfers_form(session).lists["transfers"].items[0].fields["dpf_certified"]
    assert isinstance(transfer.control, widgets.ToggleButtons)
    transfer.control.value = "no"
    rule = retention_form(session).lists["retention_rules"].items[0].fields
    rule["archive.ground"].control.value = "legal_obligation"
    before = maxi.read_bytes()
    rule["archive.period"].control.value = "seven years"
    refused(session, maxi, before, rule["archive.period"], "is not a period such as '3 years'")
    rule["archive.period"].control.value = "7 years"
    rule["archive.access_restricted"].control.value = "yes"

    saved_now = pia.load(maxi)
    claim = next(c for c in saved_now.purposes[0].legal_bases if c.basis == "legal_obligation")
    assert claim.law == "Belgian Code of Economic Law, art. III.86"
    assert saved_now.description.transfers[0].dpf_certified is False
    archive = saved_now.description.retention_rules[0].archive
    assert (str(archive.period), archive.ground, archive.access_restricted) == (
        "7 years",
        "legal_obligation",
        True,
    )
    assert len(received) == 5 and received[-1] is session.result  # one re-assessment per save


# --- the description: groups of people, data categories, data sources -----------------------------


def open_rules(session: Session, prefix: str) -> list[str]:
    """The rule ids of the open findings whose id starts with `prefix` (e.g. `CON`)."""
    return [f.id for f in session.result.findings if f.id.startswith(prefix)]


def row(form: Any, list_name: str, item_id: str) -> Any:
    """The row form of item `item_id` in the form's list `list_name`."""
    rows = form.lists[list_name]
    return rows.items[[item.id for item in rows.session.value(rows.list_path)].index(item_id)]


def test_a_group_recorded_as_vulnerable_meets_wp248_criterion_7(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    received: list[Any] = []
    session.on_change(received.append)
    form = data_subjects_form(session)
    assert form.children[0] is session.status
    vulnerable = row(form, "data_subjects", "users").fields["vulnerable"]
    assert isinstance(vulnerable.control, widgets.Checkbox) and vulnerable.control.value is False
    before = session.result.screening
    assert not before.result("WP248-7").met and "DSC-009" not in open_rules(session, "DSC")

    vulnerable.control.value = True

    assert pia.load(maxi).description.data_subjects[3].vulnerable is True
    assert saved(session) and vulnerable.error.value == ""
    after = session.result.screening
    assert after.result("WP248-7").met and after.met_count == before.met_count + 1
    assert [said(r) for r in after.result("WP248-7").reasons] == [
        "Group ‘users’ is recorded as vulnerable."
    ]
    assert "DSC-009" in open_rules(session, "DSC")  # vulnerable people profiled, no Art. 22
    assert received and received[-1] is session.result  # the live panels are redrawn


def test_a_count_of_people_decides_wp248_criterion_5(small: Path) -> None:
    session = Session.open(small, assess=real_assess)
    count = row(data_subjects_form(session), "data_subjects", "members").fields["approximate_count"]
    assert count.control.placeholder == "unknown"
    large = session.result.screening.result("WP248-5")
    assert not large.met and "the number of people is not recorded" in said(large.reasons[0])
    assert "DSC-010" in open_rules(session, "DSC")

    count.control.value = "120000"

    assert pia.load(small).description.data_subjects[0].approximate_count == 120_000
    large = session.result.screening.result("WP248-5")
    assert large.met and "about 120,000 people, at or above 50,000 people" in said(large.reasons[0])
    assert "DSC-010" not in open_rules(session, "DSC")
    count.control.value = "800"  # every group counted, below the bar: not met, whatever else
    assert "below 50,000" in said(session.result.screening.result("WP248-5").reasons[0])
    assert not session.result.screening.result("WP248-5").met
    count.control.value = ""  # back to "the sources are silent"
    assert pia.load(small).description.data_subjects[0].approximate_count is None
    assert "DSC-010" in open_rules(session, "DSC")


def test_category_facts_move_the_screening_and_the_purpose_scores(small: Path) -> None:
    session = Session.open(small, assess=real_assess)
    contact = row(data_categories_form(session), "data_categories", "contact").fields
    assert isinstance(contact["sensitivity"].control, widgets.Dropdown)
    assert isinstance(contact["inferred"].control, widgets.Checkbox)
    assert not session.result.screening.result("WP248-4").met

    contact["sensitivity"].control.value = "highly_personal"
    contact["declared_to_data_subjects"].control.value = False
    contact["inferred"].control.value = True

    category = pia.load(small).description.data_categories[0]
    assert (category.sensitivity, category.declared_to_data_subjects, category.inferred) == (
        "highly_personal",
        False,
        True,
    )
    assert session.result.screening.result("WP248-4").met
    factors = {f.code for f in session.result.purposes[0].factors}
    assert {"sensitive_data", "undeclared", "profiling"} <= factors


def test_naming_the_company_data_come_from_answers_dsc_005(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    others = row(data_sources_form(session), "data_sources", "other_companies").fields
    assert isinstance(others["channels"].control, widgets.SelectMultiple)
    assert "DSC-005" in open_rules(session, "DSC")
    others["provider"].control.value = "Acme Data NV"
    others["channels"].control.value = ("email", "other")
    source = pia.load(maxi).description.data_sources[2]
    assert (source.provider, source.channels) == ("Acme Data NV", ["email", "other"])
    assert "DSC-005" not in open_rules(session, "DSC")
    others["provider"].control.value = " "
    assert pia.load(maxi).description.data_sources[2].provider is None
    assert "DSC-005" in open_rules(session, "DSC")


def test_description_rows_can_be_added_and_removed(small: Path) -> None:
    session = Session.open(small, assess=real_assess)
    sources = data_sources_form(session).lists["data_sources"]
    assert "description.data_sources" in [f.path for f in session.result.findings]  # DSC-004
    sources.add_inputs["id"].control.value = "signup"
    sources.add_inputs["name"].control.value = "Sign-up form"
    sources.add_inputs["kind"].control.value = "data_subject"
    sources.add_button.click()
    assert sources.message.value == "" and sources.accordion.titles == ("signup: Sign-up form",)
    sources.items[0].fields["data_categories"].control.value = ("contact",)
    assert pia.load(small).description.data_sources[0].data_categories == ["contact"]
    assert "DSC-004" not in open_rules(session, "DSC")

    groups = data_subjects_form(session).lists["data_subjects"]
    groups.add_inputs["id"].control.value = "children"
    groups.add_inputs["name"].control.value = "Children of members"
    groups.add_inputs["kind"].control.value = "child"
    groups.add_button.click()
    assert [g.id for g in pia.load(small).description.data_subjects] == ["members", "children"]
    assert session.result.screening.result("WP248-7").met  # WP248 names children
    groups.items[-1].remove_button.click()
    assert [g.id for g in pia.load(small).description.data_subjects] == ["members"]
    assert not session.result.screening.result("WP248-7").met

    categories = data_categories_form(session).lists["data_categories"]
    categories.add_inputs["id"].control.value = "birth_date"
    categories.add_inputs["name"].control.value = "Date of birth"
    categories.add_inputs["kind"].control.value = "identity"
    categories.add_inputs["sensitivity"].control.value = "standard"
    categories.add_inputs["declared_to_data_subjects"].control.value = True
    categories.add_button.click()
    added = pia.load(small).description.data_categories[-1]
    assert (added.id, added.declared_to_data_subjects) == ("birth_date", True)
    assert "DSC-003" in open_rules(session, "DSC")  # no purpose uses it yet
    before = small.read_bytes()
    categories.items[0].remove_button.click()  # the purpose and the new source still use it
    assert "'contact' is not the id of any of the data categories" in shown(
        categories.items[0].remove_error
    )
    assert small.read_bytes() == before
    categories.items[-1].remove_button.click()
    assert [c.id for c in pia.load(small).description.data_categories] == ["contact"]


# --- rights handling (Arts. 12-22) ----------------------------------------------------------------


def test_the_response_time_and_identity_checks_decide_the_rights_findings(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    form = rights_form(session)
    assert form.children[0] is session.status
    assert {"RGT-001", "RGT-005"} <= set(open_rules(session, "RGT"))

    form.fields["response_time"].control.value = "1 month"
    assert pia.load(maxi).rights.response_time == "1 month"
    assert not {"RGT-005", "RGT-006"} & set(open_rules(session, "RGT"))
    form.fields["response_time"].control.value = "3 months"
    assert "RGT-006" in open_rules(session, "RGT")
    when = form.fields["identity_verification.when"].control
    assert isinstance(when, widgets.Dropdown) and when.value == "always"
    when.value = "on_reasonable_doubt"
    assert pia.load(maxi).rights.identity_verification.when == "on_reasonable_doubt"
    assert "RGT-001" not in open_rules(session, "RGT")


def test_refusal_grounds_can_be_corrected_added_and_removed(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    refusals = rights_form(session).lists["refusals"]
    assert refusals.accordion.titles == ("Excessive", "Abusive")
    assert open_rules(session, "RGT").count("RGT-004") == 2
    refusals.items[0].fields["ground"].control.value = "manifestly_excessive"
    assert refusals.accordion.titles[0] == "Manifestly excessive"
    assert open_rules(session, "RGT").count("RGT-004") == 1
    refusals.items[1].remove_button.click()
    refusals.add_inputs["ground"].control.value = "manifestly_unfounded"
    refusals.add_button.click()
    grounds = [r.ground for r in pia.load(maxi).rights.refusals]
    assert grounds == ["manifestly_excessive", "manifestly_unfounded"]
    assert "RGT-004" not in open_rules(session, "RGT")


# --- the consultation: the DPO's advice (Art. 35(2)), the people's views (Art. 35(9)) -------------

ADVICE = "Carry out the DPIA; ask separate consent for the buyer profile."
NOT_FOLLOWED = "Management keeps the legitimate interest for existing customers."


def test_recording_the_dpos_advice_answers_con_001(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    received: list[Any] = []
    session.on_change(received.append)
    form = consultation_form(session)
    fields = form.fields
    assert form.children[0] is session.status
    assert "CON-001" in open_rules(session, "CON")
    assert fields["dpo.date"].control.disabled and fields["dpo.followed"].control.disabled
    assert "asked when the DPO's advice is recorded" in fields["dpo.name"].control.placeholder
    assert form.remove_advice.button.disabled

    fields["dpo.advice"].control.value = ADVICE

    dpo = pia.load(maxi).consultation.dpo
    assert (dpo.advice, dpo.followed) == (ADVICE, None)
    assert "CON-001" not in open_rules(session, "CON") and "CON-003" in open_rules(session, "CON")
    assert received and received[-1] is session.result
    assert not fields["dpo.date"].control.disabled and not form.remove_advice.button.disabled
    reasons = fields["dpo.reasons_if_not_followed"].control
    assert reasons.disabled
    fields["dpo.name"].control.value = "J. Peeters, DPO"
    fields["dpo.date"].control.value = dt.date(2025, 2, 3)
    fields["dpo.followed"].control.value = "no"
    assert "CON-002" in open_rules(session, "CON") and not reasons.disabled
    reasons.value = NOT_FOLLOWED
    assert not {"CON-001", "CON-002", "CON-003"} & set(open_rules(session, "CON"))
    dpo = pia.load(maxi).consultation.dpo
    assert (dpo.name, dpo.date, dpo.followed, dpo.reasons_if_not_followed) == (
        "J. Peeters, DPO",
        dt.date(2025, 2, 3),
        False,
        NOT_FOLLOWED,
    )

    form.remove_advice.button.click()  # "no advice recorded"
    assert pia.load(maxi).consultation.dpo is None
    assert "CON-001" in open_rules(session, "CON")
    assert fields["dpo.advice"].control.value == "" and fields["dpo.date"].control.disabled
    assert form.remove_advice.button.disabled


def test_every_consultation_control_has_a_tooltip_from_the_model(maxi: Path) -> None:
    fields = consultation_form(open_stub(maxi)).fields
    untold = [dotted for dotted, field in fields.items() if not field.control.tooltip]
    assert untold == []
    advice = fields["dpo.advice"].control.tooltip
    assert "Art. 35(2)" in advice and "Art. 39(1)(c)" in advice
    assert "Art. 35(2)" in fields["dpo.reasons_if_not_followed"].control.tooltip


def test_the_views_of_the_people_concerned_or_why_they_were_not_sought(maxi: Path) -> None:
    session = Session.open(maxi, assess=real_assess)
    fields = consultation_form(session).fields
    sought = fields["data_subjects.sought"].control
    views, why_not = fields["data_subjects.views"], fields["data_subjects.why_not_sought"]
    assert isinstance(sought, widgets.ToggleButtons) and sought.value == "unknown"
    assert views.control.disabled and why_not.control.disabled
    assert "consultation.data_subjects.sought" in [f.path for f in session.result.findings]

    sought.value = "no"
    assert not why_not.control.disabled and views.control.disabled
    assert "CON-004" in open_rules(session, "CON")  # now: no reason why not
    why_not.control.value = "A consumer panel is planned before the launch."
    assert "CON-004" not in open_rules(session, "CON")
    recorded = pia.load(maxi).consultation.data_subjects
    assert (recorded.sought, recorded.why_not_sought) == (
        False,
        "A consumer panel is planned before the launch.",
    )
    sought.value = "yes"
    assert not views.control.disabled and "CON-005" in open_rules(session, "CON")
    views.control.value = "Most panel members object to data bought from other companies."
    assert "CON-005" not in open_rules(session, "CON")


# --- every new form: an invalid value, or a save over someone else's, writes nothing -------------


def _field(form: Any, where: str) -> FieldWidget:
    """`list:item:field` for a row's field, else the form's own field."""
    if where.count(":") == 2:
        list_name, item_id, name = where.split(":")
        return row(form, list_name, item_id).fields[name]
    return form.fields[where]


NEW_FORMS = {
    "groups": data_subjects_form,
    "categories": data_categories_form,
    "sources": data_sources_form,
    "rights": rights_form,
    "consultation": consultation_form,
}


@pytest.mark.parametrize(
    ("form", "where", "value", "problem"),
    [
        ("groups", "data_subjects:users:approximate_count", "about 2 million", "a whole number"),
        ("groups", "data_subjects:users:approximate_count", "-5", "'-5' must be at least 0"),
        ("categories", "data_categories:contact:kind", "Contact Data", "a kind in lowercase"),
        ("sources", "data_sources:direct:id", "own", "'direct' is not the id of any of the data"),
        ("rights", "response_time", "x" * 20_001, "rights.response_time: needs at most 20000"),
        ("rights", "sources", "handbook §2", "'handbook §2' cites no document"),
        ("consultation", "dpo.advice", "x" * 20_001, "consultation.dpo.advice: needs at most"),
        ("consultation", "data_subjects.sources", "interview §1", "cites no document"),
    ],
)
def test_an_invalid_answer_in_a_new_form_leaves_the_file_byte_for_byte(
    maxi: Path, form: str, where: str, value: str, problem: str
) -> None:
    session = Session.open(maxi, assess=real_assess)
    field = _field(NEW_FORMS[form](session), where)
    before, result = maxi.read_bytes(), session.result
    field.control.value = value
    refused(session, maxi, before, field, problem)
    assert field.control.value == value and session.result is result  # left as typed


@pytest.mark.parametrize(
    ("form", "where", "value"),
    [
        ("groups", "data_subjects:users:vulnerable", True),
        ("categories", "data_categories:contact:sensitivity", "special_category"),
        ("sources", "data_sources:other_companies:provider", "Acme Data NV"),
        ("rights", "response_time", "1 month"),
        ("consultation", "dpo.advice", ADVICE),
    ],
)
def test_a_new_form_refuses_to_save_over_someone_elses_change(
    maxi: Path, form: str, where: str, value: Any
) -> None:
    session = Session.open(maxi, assess=real_assess)
    field = _field(NEW_FORMS[form](session), where)
    theirs = maxi.read_text().replace("status: draft", "status: in_review").encode()
    maxi.write_bytes(theirs)
    field.control.value = value
    refused(session, maxi, theirs, field, "changed on disk since it was loaded")
    assert session.unsaved is not None  # kept, to re-apply after a reload


# --- rows, listeners, live levels -----------------------------------------------------------------


def test_add_and_remove_a_purpose_through_the_form(maxi: Path) -> None:
    session = open_stub(maxi)
    rows = purposes_form(session).lists["purposes"]
    rows.add_inputs["id"].control.value = "research"
    rows.add_inputs["name"].control.value = "Market research"
    rows.add_inputs["legal_bases.0.basis"].control.value = "legitimate_interest"
    rows.add_button.click()
    assert rows.message.value == ""
    added = pia.load(maxi).purposes[-1]
    assert (added.id, added.name, added.legal_bases[0].basis) == (
        "research",
        "Market research",
        "legitimate_interest",
    )
    assert len(rows.items) == 5 and rows.accordion.titles[-1] == "research: Market research"
    rows.items[-1].fields["profiling"].control.value = True
    assert pia.load(maxi).purposes[-1].profiling is True
    rows.items[-1].remove_button.click()
    assert [p.id for p in pia.load(maxi).purposes] == [
        p.id for p in pia.load(MAXIRESPONSE).purposes
    ]
    assert len(rows.items) == 4


def test_rows_follow_renames_and_reloads(maxi: Path) -> None:
    session = open_stub(maxi)
    rows = purposes_form(session).lists["purposes"]
    first = rows.items[0]
    first.fields["name"].control.value = "Serving the contract"
    assert rows.items[0] is first  # a new name retitles the row, it does not rebuild the list
    assert rows.accordion.titles[0] == "contract_services: Serving the contract"
    maxi.write_text(maxi.read_text().replace("name: Serving the contract", "name: Contracts"))
    session.reload()
    assert first.fields["name"].control.value == "Contracts"
    assert rows.accordion.titles[0] == "contract_services: Contracts"


def test_a_duplicate_id_is_refused_when_adding(maxi: Path) -> None:
    session = open_stub(maxi)
    before = maxi.read_bytes()
    rows = measures_form(session).lists["measures"]
    rows.add_inputs["id"].control.value = "advertising"
    rows.add_inputs["title"].control.value = "Ask again"
    rows.add_button.click()
    assert "id 'advertising' is already used in purposes" in shown(rows.message)
    assert maxi.read_bytes() == before


def test_measure_rows_save_owner_due_status_and_sliders(maxi: Path) -> None:
    session = open_stub(maxi)
    rows = measures_form(session).lists["measures"]
    rows.add_inputs["id"].control.value = "consent_banner"
    rows.add_inputs["title"].control.value = "Separate consent for profiling"
    rows.add_button.click()
    fields = rows.items[0].fields
    assert isinstance(fields["reduces_severity"].control, widgets.IntSlider)
    fields["owner"].control.value = "Marketing"
    fields["due"].control.value = dt.date(2025, 6, 30)
    fields["status"].control.value = "planned"
    fields["reduces_likelihood"].control.value = 2
    measure = pia.load(maxi).measures[0]
    assert (measure.owner, measure.due, measure.status, measure.reduces_likelihood) == (
        "Marketing",
        dt.date(2025, 6, 30),
        "planned",
        2,
    )


def test_retention_and_legal_basis_rows(maxi: Path) -> None:
    session = open_stub(maxi)
    rules = retention_form(session).lists["retention_rules"]
    rules.items[0].fields["period"].control.value = "2 years"
    assert str(pia.load(maxi).description.retention_rules[0].period) == "2 years"
    bases = purpose_form(session, 0).lists["legal_bases"]
    bases.add_inputs["basis"].control.value = "legal_obligation"
    bases.add_button.click()
    assert pia.load(maxi).purposes[0].legal_bases[-1].basis == "legal_obligation"
    while len(bases.items) > 1:
        bases.items[-1].remove_button.click()
    bases.items[0].remove_button.click()  # a purpose keeps at least one basis
    assert "needs at least 1 item" in shown(bases.items[0].remove_error)


def test_listeners_get_a_new_result_after_a_valid_change_only(maxi: Path, assess: Any) -> None:
    session = Session.open(maxi, assess=assess)
    received: list[Any] = []
    unsubscribe = session.on_change(received.append)
    form = metadata_form(session)
    form.fields["version"].control.value = "not a version"
    assert received == []
    form.fields["version"].control.value = "0.2"
    assert len(received) == 1 and received[0] is session.result
    unsubscribe()
    form.fields["version"].control.value = "0.3"
    assert len(received) == 1


def test_severity_override_changes_the_residual_level_in_summary_and_file(maxi: Path, assess: Any):
    """The issue's headline test: the severity toggle of a risk with a measure, through its form."""
    session = Session.open(maxi, assess=assess)
    assert (
        session.add_item(
            ("measures",),
            {
                "id": "separate_consent",
                "title": "Separate consent",
                "kind": "organisational",
                "status": "planned",
                "reduces_severity": 1,
            },
        )
        is None
    )
    rows = risks_form(session).lists["risks"]
    rows.add_inputs["id"].control.value = "profiling_without_consent"
    rows.add_inputs["title"].control.value = "Profiling without valid consent"
    rows.add_inputs["concerns"].control.value = ("advertising",)
    rows.add_button.click()
    form = rows.items[0]
    form.fields["measures"].control.value = ("separate_consent",)
    form.likelihood_override.level.value = "negligible"
    form.likelihood_override.rationale.value = RATIONALE
    line = next(ln for ln in session.result.risks if ln.id == "profiling_without_consent")
    before = line.residual_level
    target = "maximum" if before == "low" else "negligible"

    form.severity_override.level.value = target
    form.severity_override.rationale.value = RATIONALE

    line = next(ln for ln in session.result.risks if ln.id == "profiling_without_consent")
    assert line.residual_level != before
    assert f"residual {line.residual_level}" in form.summary.value
    assert f"severity {target} (override" in form.summary.value
    override = pia.load(maxi).risks[0].severity_override
    assert (override.level, override.rationale) == (target, RATIONALE)
    assert f"level: {target}" in maxi.read_text()
    if not isinstance(session.result, StubResult):
        from pia.result_formats import as_table

        row = next(
            r
            for r in as_table(session.result).splitlines()
            if r.startswith("profiling_without_consent")
        )
        assert row.split()[-1] == line.residual_level

    form.severity_override.use_proposed.click()
    assert pia.load(maxi).risks[0].severity_override is None
    assert form.severity_override.level.value is None
    assert form.severity_override.rationale.value == ""


def test_risk_rows_can_be_added_and_removed(small: Path) -> None:
    session = open_stub(small)
    rows = risks_form(session).lists["risks"]
    rows.add_inputs["id"].control.value = "leak"
    rows.add_inputs["title"].control.value = "Mailing list leaks"
    rows.add_inputs["concerns"].control.value = ("newsletter",)
    rows.add_button.click()
    assert [r.id for r in pia.load(small).risks] == ["leak"]
    assert "residual low" in rows.items[0].summary.value
    rows.items[0].remove_button.click()
    assert pia.load(small).risks == [] and rows.items == []


def test_a_scorer_error_does_not_lose_the_save(small: Path) -> None:
    def broken(_: Assessment) -> Any:
        raise RuntimeError("scorer under construction")

    session = Session.open(small, assess=broken)
    metadata_form(session).fields["title"].control.value = "Still saved"
    assert pia.load(small).metadata.title == "Still saved"
    assert "saved" in session.status.value and "scorer under construction" in session.status.value
    assert session.result is None


def _controls(widget: widgets.Widget) -> list[widgets.Widget]:
    """`widget` and everything in it, rows of accordions included."""
    return [widget, *(c for child in getattr(widget, "children", ()) for c in _controls(child))]


@pytest.mark.parametrize(
    "make",
    [
        data_subjects_form,
        purposes_form,
        transfers_form,
        retention_form,
        consultation_form,
        risks_form,
        measures_form,
        signoff_form,
    ],
)
def test_dropdowns_and_buttons_are_as_wide_as_their_longest_text(maxi: Path, make: Any) -> None:
    session = Session.open(maxi, assess=real_assess)
    session.add_item(("risks",), {"id": "r1", "title": "Profiling", "concerns": ["advertising"]})
    choices = [
        c
        for c in _controls(make(session))
        if isinstance(c, widgets.Dropdown | widgets.SelectMultiple | widgets.Button)
    ]
    assert choices
    assert {c.layout.width for c in choices} == {"max-content"}


def test_import_pia_does_not_import_ipywidgets() -> None:
    code = "import sys, pia; assert 'ipywidgets' not in sys.modules, 'ipywidgets imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
