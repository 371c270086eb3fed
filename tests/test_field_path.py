"""A field path reads like the YAML and reads back into the same parts."""

from __future__ import annotations

import pytest

from pia.model.field_path import FieldPath, field_path

PATHS = [
    ((), ""),
    (("metadata", "title"), "metadata.title"),
    (("purposes", 1, "legal_bases", 0, "basis"), "purposes[1].legal_bases[0].basis"),
    (("risks", 0, "concerns", 2), "risks[0].concerns[2]"),
    (("matrix", 1, 2), "matrix[1][2]"),
]


@pytest.mark.parametrize(("parts", "text"), PATHS)
def test_a_path_is_said_as_the_yaml_reads_and_parsed_back(parts, text):
    assert str(FieldPath(parts)) == field_path(parts) == text
    assert FieldPath.parse(text) == FieldPath(parts)


def test_a_path_is_a_value():
    path = FieldPath(("purposes", 0))
    assert path == FieldPath.parse("purposes[0]") and len({path, FieldPath(("purposes", 0))}) == 1
    with pytest.raises(AttributeError):
        path.parts = ()
