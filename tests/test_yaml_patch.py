"""Small edits are written in place; anything else re-emits the file; both read back the same."""

from __future__ import annotations

import shutil

import pytest
from conftest import MAXIRESPONSE

import pia
from pia.store import saving


@pytest.fixture
def case(tmp_path):
    path = tmp_path / "assessment.yaml"
    shutil.copy(MAXIRESPONSE, path)
    return path


@pytest.fixture
def emitted(monkeypatch):
    """Counts how often the whole file is re-emitted."""
    calls = []
    real = saving._dump

    def counting(tree):
        calls.append(1)
        return real(tree)

    monkeypatch.setattr(saving, "_dump", counting)
    return calls


def _changed(before: str, after: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda a: setattr(a.metadata, "title", "Maxiresponse profiling"), "title"),
        (lambda a: setattr(a.description, "automated_decisions_art22", True), "automated_"),
        (lambda a: setattr(a.metadata, "status", "in_review"), "status"),
        (
            lambda a: setattr(a.description.data_categories[0], "declared_to_data_subjects", False),
            "declared_to_data_subjects",
        ),
    ],
)
def test_a_one_value_edit_rewrites_only_its_line(case, emitted, edit, key):
    before = case.read_text(encoding="utf-8")
    assessment = pia.load(case)
    edit(assessment)
    pia.save(assessment, case)
    changed = _changed(before, case.read_text(encoding="utf-8"))
    assert len(changed) == 1 and changed[0][0].strip().startswith(key)
    assert emitted == []
    assert pia.load(case).model_dump() == assessment.model_dump()


def test_edits_in_a_row_stay_in_place(case, emitted):
    assessment = pia.load(case)
    for status in ("in_review", "final", "draft", "in_review"):
        assessment.metadata.status = status
        pia.save(assessment, case)
    assert emitted == [] and pia.load(case).metadata.status.value == "in_review"


def test_adding_an_item_re_emits_the_file_and_keeps_comments(case, emitted):
    comments = [
        line
        for line in case.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("#")
    ]
    assessment = pia.load(case)
    assessment.measures = [{"id": "m1", "title": "Encrypt", "kind": "technical"}]
    pia.save(assessment, case)
    assert emitted == [1]
    text = case.read_text(encoding="utf-8")
    assert all(comment in text for comment in comments)
    assert pia.load(case).measures[0].id == "m1"


def test_a_value_that_needs_quotes_is_quoted(case):
    assessment = pia.load(case)
    assessment.metadata.title = "Risk: high # not a comment"
    pia.save(assessment, case)
    assert pia.load(case).metadata.title == "Risk: high # not a comment"


def test_a_patch_never_writes_positions_from_an_outdated_tree(case, emitted):
    assessment = pia.load(case)
    assessment.measures = [{"id": "m1", "title": "Encrypt", "kind": "technical"}]
    pia.save(assessment, case)  # re-emitted: the tree's positions no longer match the text
    assessment.metadata.status = "final"
    pia.save(assessment, case)
    assert emitted == [1, 1]
    assert pia.load(case).model_dump() == assessment.model_dump()
