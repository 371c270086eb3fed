"""Broken assessment files: `pia.load` refuses each, naming the file, the line and the field."""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import MINIMAL, write_yaml

import pia
from pia.cli import main
from pia.model.common import MAX_NAME
from pia.store import MAX_BYTES, MAX_DEPTH, MAX_EXPANDED_TEXT, _yaml, limits, peek, reading

BAD_INPUTS = Path(__file__).parent / "bad_inputs"


def minimal_text() -> str:
    stream = io.StringIO()
    _yaml().dump(MINIMAL, stream)
    return stream.getvalue()


def assert_refused(path: Path, code: str, line: int | None, field: str) -> pia.InvalidAssessment:
    """Load `path`; it must fail with `code` at `line` and `field`, and leave the file as it was."""
    before = path.read_bytes()
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(path)
    error = caught.value
    assert code in error.codes, str(error)
    issue = next(issue for issue in error.issues if issue.code == code)
    assert (issue.file, issue.line, issue.path) == (str(path), line, field), str(error)
    message = str(error)
    assert message.startswith(f"{path}: ")
    where = f"{path}:{line}" if line is not None else f"{path}:"
    assert f"  {where}" in message  # the issue line an analyst reads starts with file:line
    if field:
        assert f" {field}: " in message
    assert issue.message and issue.message in message
    assert path.read_bytes() == before
    return error


# file in tests/bad_inputs/, expected code, expected 1-based line (None: the whole file), field path
FILE_CASES = [
    ("syntax_unclosed_bracket.yaml", "yaml_syntax", 30, ""),
    ("syntax_bad_indentation.yaml", "yaml_syntax", 5, ""),
    ("syntax_tab_indentation.yaml", "yaml_syntax", 11, ""),
    ("empty.yaml", "empty_file", None, ""),
    ("whitespace_only.yaml", "empty_file", None, ""),
    ("top_level_list.yaml", "not_a_mapping", 2, ""),
    ("top_level_scalar.yaml", "not_a_mapping", 1, ""),
    ("type_text_for_list.yaml", "list_type", 29, "purposes[0].data_categories"),
    ("type_list_for_mapping.yaml", "model_type", 5, "metadata.controller"),
    ("type_number_for_text.yaml", "string_type", 4, "metadata.title"),
    ("type_empty_list.yaml", "list_type", 20, "description.data_sources"),
    ("enum_legal_basis.yaml", "enum", 28, "purposes[0].legal_bases[0].basis"),
    ("enum_sensitivity_typo.yaml", "enum", 16, "description.data_categories[0].sensitivity"),
    ("enum_schema_version.yaml", "literal_error", 2, "schema_version"),
    ("unknown_field.yaml", "extra_forbidden", 9, "metadata.documents[0].titel"),
    ("missing_required_field.yaml", "missing", 13, "description.data_categories[0].sensitivity"),
    ("missing_section.yaml", "missing", 1, "purposes"),
    ("bad_id_format.yaml", "string_pattern_mismatch", 25, "purposes[0].id"),
    ("dangling_purpose_category.yaml", "dangling_id", 31, "purposes[0].data_categories[1]"),
    ("dangling_risk_concern.yaml", "dangling_id", 37, "risks[0].concerns[0]"),
    ("dangling_transfer_recipient.yaml", "dangling_id", 22, "description.transfers[0].recipient"),
    ("duplicate_id.yaml", "duplicate_id", 24, "description.data_subjects[1].id"),
    ("duplicate_yaml_key.yaml", "yaml_syntax", 5, ""),
    ("date_february_30.yaml", "date_from_datetime_parsing", 5, "metadata.assessment_date"),
    ("date_month_13.yaml", "date_from_datetime_parsing", 5, "metadata.review_date"),
    ("period_in_words.yaml", "value_error", 24, "description.retention_rules[0].period"),
    (
        "source_unknown_document.yaml",
        "unknown_document",
        19,
        "description.data_categories[0].sources[0]",
    ),
    ("override_level_off_scale.yaml", "unknown_level", 39, "risks[0].severity_override.level"),
    ("override_level_other_method.yaml", "unknown_level", 40, "risks[0].likelihood_override.level"),
    ("override_without_rationale.yaml", "missing", 38, "risks[0].severity_override.rationale"),
    (
        "override_short_rationale.yaml",
        "string_too_short",
        40,
        "risks[0].severity_override.rationale",
    ),
    ("deeply_nested.yaml", "too_deep", 3, ""),
    ("alias_bomb.yaml", "too_many_values", 2, ""),
    ("tag_that_cannot_be_built.yaml", "yaml_value", 3, ""),
]


@pytest.mark.parametrize(
    ("name", "code", "line", "field"), FILE_CASES, ids=[c[0] for c in FILE_CASES]
)
def test_broken_file_is_refused_with_its_place(name: str, code: str, line: int | None, field: str):
    assert_refused(BAD_INPUTS / name, code, line, field)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("enum_legal_basis.yaml", "did you mean 'legitimate_interest'?"),
        ("enum_sensitivity_typo.yaml", "did you mean 'standard'?"),
        ("enum_schema_version.yaml", "2 is not one of 1"),
        ("type_empty_list.yaml", "expected a list, got nothing"),
        ("type_number_for_text.yaml", "expected text, got a number 42"),
        ("type_list_for_mapping.yaml", "expected a mapping of fields, got a list"),
        ("unknown_field.yaml", "'titel' is not a field here"),
        ("duplicate_yaml_key.yaml", 'duplicate key "title"'),
        ("date_february_30.yaml", "'2023-02-30' is not a valid date"),
        ("period_in_words.yaml", "such as '3 years'"),
        ("source_unknown_document.yaml", "(known: notice)"),
        ("duplicate_id.yaml", "id 'members' is already used"),
        ("override_level_off_scale.yaml", "use one of negligible, limited, significant, maximum"),
        ("override_level_other_method.yaml", "use one of remote, possible, probable"),
        ("override_short_rationale.yaml", "needs at least 15 characters"),
        ("empty.yaml", "the file is empty"),
        ("deeply_nested.yaml", "nested deeper than"),
    ],
)
def test_the_message_tells_the_analyst_what_to_fix(name: str, hint: str):
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(BAD_INPUTS / name)
    assert hint in str(caught.value)


def test_every_file_in_bad_inputs_has_a_case():
    on_disk = {path.name for path in BAD_INPUTS.iterdir()}
    assert on_disk == {case[0] for case in FILE_CASES}
    assert len(on_disk) >= 24


# --- files too big or too binary to commit: written by the test -----------------------------------


def png_image(path: Path) -> None:
    """A picture saved under the assessment's name."""
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(35).randbytes(4096))


def random_garbage(path: Path) -> None:
    garbage = bytes(b for b in random.Random(7).randbytes(4096) if b not in b"\n\x00")
    path.write_bytes(b"key: value\n" + garbage[:100] + b"\x00" + garbage[100:])


def nul_in_text(path: Path) -> None:
    path.write_text(minimal_text().replace("Example Club", "Example\x00Club"), encoding="utf-8")


def utf16_text(path: Path) -> None:
    """What 'Unicode' means in some Windows editors: UTF-16 with a BOM."""
    path.write_text(minimal_text(), encoding="utf-16")


def latin1_text(path: Path) -> None:
    path.write_bytes(minimal_text().replace("Example Club", "Café Club").encode("latin-1"))


def ten_megabytes(path: Path) -> None:
    padding = "# " + "x" * 1_000 + "\n"
    path.write_text(minimal_text() + padding * (10 * 1024), encoding="utf-8")
    assert path.stat().st_size > 10_000_000 > MAX_BYTES


def nested_block_lists(path: Path) -> None:
    """Nesting past the limit but not deep enough to exhaust the parser: caught in the tree walk."""
    depth = MAX_DEPTH + 20
    lines = (
        ["schema_version: 1", "junk:"]
        + ["  " * i + "-" for i in range(1, depth)]
        + ["  " * depth + "- x"]
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def escaped_in_the_name(escape: str) -> Callable[[Path], None]:
    """The controller's name with a character written as a YAML escape, as a hostile file would."""

    def write(path: Path) -> None:
        name = f'name: "Example{escape}Club"'
        path.write_text(minimal_text().replace("name: Example Club", name), encoding="utf-8")

    write.__name__ = f"escape_{escape.strip(chr(92))}_in_a_name"
    return write


def title_past_the_limit(path: Path) -> None:
    """A title Word's document properties cannot hold (255 characters) broke `--format docx`."""
    text = minimal_text().replace("Newsletter for members", "T" * (MAX_NAME + 1))
    path.write_text(text, encoding="utf-8")


def one_text_aliased_many_times(path: Path, times: int = 300) -> None:
    """A small valid file, but for its aliases: they repeat a 19,000-character text."""
    text = minimal_text().replace(
        "  title: Newsletter for members\n",
        f"  title: Newsletter for members\n  note: &a {'x' * 19_000}\n",
    )
    text += f"rights:\n  identity_verification:\n    documents: [{','.join(['*a'] * times)}]\n"
    path.write_text(text, encoding="utf-8")


GENERATED_CASES: list[tuple[Callable[[Path], None], str, int | None, str]] = [
    (escaped_in_the_name("\\x07"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\x1b[2J"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\u0085"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\u202e"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\n"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\uFFFF"), "forbidden_character", 5, "metadata.controller.name"),
    (escaped_in_the_name("\\ud800"), "string_unicode", 5, "metadata.controller.name"),
    (title_past_the_limit, "string_too_long", 3, "metadata.title"),
    (one_text_aliased_many_times, "alias_budget", 35, ""),
    (png_image, "binary", 3, ""),
    (random_garbage, "binary", 2, ""),
    (nul_in_text, "binary", 5, ""),
    (utf16_text, "binary", 1, ""),
    (latin1_text, "not_utf8", 5, ""),
    (ten_megabytes, "too_large", None, ""),
    (nested_block_lists, "too_deep", 42, ""),
]


@pytest.mark.parametrize(
    ("write", "code", "line", "field"),
    GENERATED_CASES,
    ids=[c[0].__name__ for c in GENERATED_CASES],
)
def test_generated_bad_file_is_refused(
    tmp_path: Path, write, code: str, line: int | None, field: str
):
    path = tmp_path / "assessment.yaml"
    write(path)
    assert_refused(path, code, line, field)


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda tmp: tmp / "missing.yaml", "not_found"),
        (lambda tmp: tmp, "not_a_file"),
    ],
    ids=["no_such_file", "a_folder"],
)
def test_a_path_that_is_no_file_is_refused(tmp_path: Path, make, code: str):
    path = make(tmp_path)
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(path)
    assert caught.value.codes == [code]
    assert str(path) in str(caught.value)


def test_an_alias_bomb_is_refused_after_the_budget_not_after_the_bomb(tmp_path: Path, monkeypatch):
    """The issue's file: a 19,000-character text aliased 60,000 times (1.1 G characters) took
    13 s and 3.4 GB. The walk stops once MAX_EXPANDED_TEXT characters are counted, and
    validation never sees the tree."""
    path = tmp_path / "assessment.yaml"
    one_text_aliased_many_times(path, times=60_000)
    assert path.stat().st_size < 260_000
    visited = 0
    position = limits._position

    def counted(node):
        nonlocal visited
        visited += 1
        return position(node)

    monkeypatch.setattr(limits, "_position", counted)
    monkeypatch.setattr(reading, "_validate", lambda *_: pytest.fail("validated a bomb"))
    assert_refused(path, "alias_budget", 35, "")
    expanded_texts = MAX_EXPANDED_TEXT // 19_000 + 1
    assert visited < 2 * (expanded_texts + 100)  # two calls a node; the minimal tree's own nodes
    assert peek(path.read_bytes(), path) is None


def test_aliases_used_moderately_still_load(tmp_path: Path):
    text = minimal_text().replace(
        "  title: Newsletter for members\n",
        "  title: &title Newsletter for members\n"
        f"  note: &long {'A remark the analyst repeats. ' * 600}\n"
        "  analysts: [*title, *title]\n",
    )
    text += "consultation:\n  note: *long\n"
    path = tmp_path / "assessment.yaml"
    path.write_text(text, encoding="utf-8")
    a = pia.load(path)
    assert a.metadata.analysts == ["Newsletter for members"] * 2
    assert a.consultation.note == a.metadata.note


# --- what is not a regular file: refused without reading it ---------------------------------------


def a_pipe(tmp_path: Path) -> Path:
    """A FIFO named like an assessment: reading it blocked `pia validate` for ever."""
    os.mkfifo(tmp_path / "assessment.yaml")
    return tmp_path / "assessment.yaml"


def a_link_to_dev_zero(tmp_path: Path) -> Path:
    """Endless zeros: they were read until the memory ran out."""
    (tmp_path / "assessment.yaml").symlink_to("/dev/zero")
    return tmp_path / "assessment.yaml"


NOT_REGULAR = [a_pipe, a_link_to_dev_zero, lambda _: Path("/dev/zero")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("make", NOT_REGULAR, ids=["fifo", "link_to_dev_zero", "dev_zero"])
def test_what_is_not_a_regular_file_is_refused_unread(tmp_path: Path, make, capsys):
    path = make(tmp_path)
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(path)
    assert caught.value.codes == ["not_a_file"]
    assert f"{path}: this is not a regular file (a pipe, a device or a socket)" in str(caught.value)
    assert main(["validate", str(path)]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert main(["import-cnil", str(path), "--out", str(tmp_path / "new.yaml")]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert not (tmp_path / "new.yaml").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_save_over_a_pipe_is_refused_not_blocked(tmp_path: Path):
    path = a_pipe(tmp_path)
    assessment = pia.load(write_yaml(tmp_path / "good.yaml", MINIMAL))
    for force in (False, True):
        with pytest.raises(pia.InvalidAssessment) as caught:
            pia.save(assessment, path, force=force)
        assert caught.value.codes == ["not_a_file"]


def test_the_cli_refuses_the_alias_bomb_with_its_place(tmp_path: Path, capsys):
    path = tmp_path / "assessment.yaml"
    one_text_aliased_many_times(path)
    assert main(["status", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:35:16: its aliases (*name) expand the file to more than" in err


# --- several mistakes at once ---------------------------------------------------------------------


def test_independent_mistakes_are_all_reported_in_one_error(tmp_path: Path):
    text = (
        minimal_text()
        .replace(
            "  title: Newsletter for members\n", "  title: 42\n  assessment_date: 2023-02-30\n"
        )
        .replace("      sensitivity: standard\n", "      sensitivity: standrad\n")
        .replace("      kind: customer\n", "      kind: customer\n      vulnerabel: true\n")
        .replace("    name: Send the newsletter\n", "")
    )
    path = tmp_path / "assessment.yaml"
    path.write_text(text, encoding="utf-8")
    error = assert_refused(path, "enum", 16, "description.data_categories[0].sensitivity")
    found = {(issue.code, issue.line, issue.path) for issue in error.issues}
    assert found == {
        ("string_type", 3, "metadata.title"),
        ("date_from_datetime_parsing", 4, "metadata.assessment_date"),
        ("enum", 16, "description.data_categories[0].sensitivity"),
        ("extra_forbidden", 24, "description.data_subjects[0].vulnerabel"),
        ("missing", 26, "purposes[0].name"),
    }
    assert str(error).startswith(f"{path}: 5 problems\n")


def test_every_broken_reference_is_reported_in_one_error(tmp_path: Path):
    data = {**MINIMAL}
    data["purposes"] = [
        {
            **MINIMAL["purposes"][0],
            "data_categories": ["contact", "health"],
            "data_subjects": ["members", "prospects"],
            "sources": ["policy §3"],
        }
    ]
    data["risks"] = [{"id": "contact", "title": "Spam", "concerns": ["newsleter"]}]
    path = tmp_path / "assessment.yaml"
    _yaml().dump(data, path)
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(path)
    error = caught.value
    assert sorted((issue.code, issue.path) for issue in error.issues) == [
        ("dangling_id", "purposes[0].data_categories[1]"),
        ("dangling_id", "purposes[0].data_subjects[1]"),
        ("dangling_id", "risks[0].concerns[0]"),
        ("duplicate_id", "risks[0].id"),
        ("unknown_document", "purposes[0].sources[0]"),
    ]
    assert all(issue.line is not None for issue in error.issues)
