"""`pia new`: a blank assessment that validates, keeps its guidance comments, and opens."""

from __future__ import annotations

from pathlib import Path

import pytest

import pia
from pia.cli import main
from pia.new import AlreadyExists, new
from pia.widgets import Session, metadata_form, purposes_form


@pytest.fixture
def created(tmp_path: Path) -> Path:
    return new(tmp_path / "loyalty", title="Loyalty app", controller="Example Retail NV")


def comments(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip().startswith("#")]


def test_the_new_file_validates_with_clear_placeholders(created: Path) -> None:
    assert created.name == "assessment.yaml"
    a = pia.load(created)
    assert a.metadata.title == "Loyalty app"
    assert a.metadata.controller.name == "Example Retail NV"
    assert a.metadata.status == "draft" and a.metadata.method == "cnil"
    assert [d.id for d in a.metadata.documents] == ["notice"]
    assert [p.id for p in a.purposes] == ["first_purpose"]
    assert a.purposes[0].name == "Describe the purpose"
    claim = a.purposes[0].legal_bases[0]
    assert claim.basis == "consent" and claim.note == "check the legal basis"
    assert a.description.data_categories[0].id == "first_data_category"
    assert a.description.data_subjects[0].id == "first_data_subjects"


def test_without_a_controller_the_name_is_a_placeholder(tmp_path: Path) -> None:
    a = pia.load(new(tmp_path, title="T"))
    assert a.metadata.controller.name.startswith("Describe the controller")


def test_each_section_has_guidance_with_its_article(created: Path) -> None:
    text = created.read_text("utf-8")
    for expected in (
        "# Art. 35(7)(a): the systematic description",
        "# Art. 35(7)(b)",
        "# Art. 35(7)(c)",
        "# Art. 35(7)(d)",
        "# Art. 35(2)",
        "sources: [notice §3]",
        "Art. 35(11)",
        "Chapter V",
        "Art. 5(1)(e)",
        "PLACEHOLDER",
        "CHECK THE LEGAL BASIS",
        "(criterion 8)",
        "(criterion 9)",
        "Art. 6(3)",
        "Art. 9(2)",
        "soft_opt_in",
        "dpf_certified",
        "archive_then_erasure",
    ):
        assert expected in text, expected
    lines = text.splitlines()
    for key in (
        "metadata:",
        "description:",
        "purposes:",
        "risks: []",
        "measures: []",
        "  innovative_technology: null",
    ):
        assert lines[lines.index(key) - 1].lstrip().startswith("#"), key
    assert all(len(line) <= 100 for line in lines if "pia validate" not in line)


def test_the_jurisdiction_is_left_unknown_with_guidance(created: Path) -> None:
    assert pia.load(created).metadata.jurisdiction is None
    lines = created.read_text("utf-8").splitlines()
    at = lines.index("  jurisdiction: null")
    guidance = " ".join(line.strip("# ") for line in lines[at - 5 : at])
    assert "supervisory authority" in guidance and "Art. 35(4), 55, 56" in guidance
    assert "not decidable" in guidance


def test_comments_survive_load_change_save(created: Path) -> None:
    before = comments(created)
    assert len(before) > 20
    a = pia.load(created)
    a.metadata.title = "Loyalty app, first draft"
    a.purposes[0].name = "Run the loyalty programme"
    pia.save(a, created)
    text = created.read_text("utf-8")
    assert "title: Loyalty app, first draft" in text
    assert "Run the loyalty programme" in text
    assert comments(created) == before
    assert pia.load(created).purposes[0].name == "Run the loyalty programme"


def test_the_notebook_session_opens_it(created: Path) -> None:
    session = Session.open(created)
    assert session.assessment.metadata.title == "Loyalty app"
    metadata_form(session).fields["title"].control.value = "Loyalty app v2"
    purposes_form(session)
    assert pia.load(created).metadata.title == "Loyalty app v2"
    assert "# Art. 35(7)(a)" in created.read_text("utf-8")


def test_refuses_to_overwrite(created: Path) -> None:
    before = created.read_bytes()
    with pytest.raises(AlreadyExists, match="already exists"):
        new(created.parent, title="Other")
    assert created.read_bytes() == before


def test_cli_new_then_validate(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "dpia"
    assert main(["new", str(folder), "--title", "Staff badges", "--controller", "Acme"]) == 0
    path = folder / "assessment.yaml"
    assert f"{path}: created" in capsys.readouterr().out
    assert main(["validate", str(path)]) == 0
    before = path.read_bytes()
    assert main(["new", str(folder), "--title", "Again"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before
