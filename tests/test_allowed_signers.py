"""Where the allowed_signers file is found, and what a broken one says."""

from __future__ import annotations

import os

import pytest
from signers import line, new_key

from pia.allowed_signers import InvalidAllowedSigners, find, for_assessment, read


@pytest.fixture
def repository(tmp_path):
    """tmp/repo (the repository's root, with .git) / data / team / case / assessment.yaml."""
    root = tmp_path / "repo"
    case = root / "data" / "team" / "case"
    case.mkdir(parents=True)
    (root / ".git").mkdir()
    (case / "assessment.yaml").write_text("not read here\n", encoding="utf-8")
    return root, case / "assessment.yaml"


def test_the_nearest_file_up_to_the_repository_root_governs(repository):
    root, assessment = repository
    assert find(assessment) is None
    (root / "allowed_signers").write_text("", encoding="utf-8")
    assert find(assessment) == root / "allowed_signers"
    (root / "data" / "allowed_signers").write_text("", encoding="utf-8")
    assert find(assessment) == root / "data" / "allowed_signers"
    (assessment.parent / "allowed_signers").write_text("", encoding="utf-8")
    assert find(assessment) == assessment.parent / "allowed_signers"


def test_a_file_above_the_repository_is_not_read(repository):
    root, assessment = repository
    (root.parent / "allowed_signers").write_text(line(new_key()) + "\n", encoding="utf-8")
    assert find(assessment) is None


def test_a_folder_anyone_may_write_to_is_not_trusted(repository):
    root, assessment = repository
    (root / "data" / "allowed_signers").write_text("", encoding="utf-8")
    os.chmod(root / "data" / "team", 0o777)
    assert find(assessment) is None  # the walk stops before data/, at the open folder


def test_a_broken_line_is_named_with_its_file_and_line(repository):
    root, assessment = repository
    path = root / "allowed_signers"
    path.write_text(f"# who may sign\n{line(new_key())}\nan@example.org ssh-ed25519\n", "utf-8")
    with pytest.raises(InvalidAllowedSigners, match=rf"{path}:3: expected"):
        for_assessment(assessment)


def test_what_is_not_a_regular_file_is_refused(tmp_path):
    (tmp_path / "allowed_signers").mkdir()
    with pytest.raises(InvalidAllowedSigners, match="not a regular file"):
        read(tmp_path / "allowed_signers")
