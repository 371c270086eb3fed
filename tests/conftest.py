"""Shared fixtures: a small valid assessment to build test cases from."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from pia.store import _yaml

# In CI, property tests replay fixed examples: a red run then always means a change broke
# something, never that a new random input was drawn. Exploration is `make reliability`'s job.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
MAXIRESPONSE = ROOT / "data" / "maxiresponse" / "assessment.yaml"

MINIMAL: dict[str, Any] = {
    "schema_version": 1,
    "metadata": {
        "title": "Newsletter for members",
        "controller": {"name": "Example Club"},
        "documents": [{"id": "notice", "title": "Privacy notice"}],
    },
    "description": {
        "processing": "Members receive a monthly newsletter by e-mail.",
        "data_categories": [
            {
                "id": "contact",
                "name": "Name and e-mail address",
                "kind": "contact",
                "sensitivity": "standard",
                "declared_to_data_subjects": True,
                "sources": ["notice §2"],
            }
        ],
        "data_subjects": [{"id": "members", "name": "Members", "kind": "customer"}],
    },
    "purposes": [
        {
            "id": "newsletter",
            "name": "Send the newsletter",
            "legal_bases": [{"basis": "consent"}],
            "data_categories": ["contact"],
            "data_subjects": ["members"],
        }
    ],
}


@pytest.fixture
def minimal() -> dict[str, Any]:
    """A fresh deep copy of the smallest valid assessment, to mutate in a test."""
    return copy.deepcopy(MINIMAL)


def write_yaml(path: Path, data: Any) -> Path:
    """Write plain data as YAML (how a test makes an assessment file)."""
    with path.open("w", encoding="utf-8") as f:
        _yaml().dump(data, f)
    return path


def record(line: str) -> None:
    """Print a figure, and append it to PIA_RELIABILITY_LOG for `make reliability`."""
    print(line)
    log = os.environ.get("PIA_RELIABILITY_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(line + "\n")
