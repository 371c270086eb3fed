"""Fuzzing: generated and mutated assessment files through load, assess and the report.

Property, for every input: only `pia.PiaError` escapes `pia.load`, `pia.assess` and the report's
`render_html` (both languages); each input is done within a bounded time; the file's bytes (and
its folder) are left as they were. `tests/test_bad_inputs.py` holds the hand-written bad files;
this module throws generated ones at the same code.

Sizes: 200 examples per property here; `make reliability` (PIA_RELIABILITY=1) runs the big counts
and writes the figures to the file named by PIA_RELIABILITY_LOG.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import enum
import hashlib
import io
import json
import os
import re
import signal
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL, record
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import pia
from pia.model import Assessment
from pia.store import _fast_reader, _yaml

RELIABILITY = bool(os.environ.get("PIA_RELIABILITY"))
# Examples per property: (default run, `make reliability`). The big run totals 10,000 inputs.
EXAMPLES = {"yaml_text": (200, 3_000), "documents": (200, 2_000), "mutations": (200, 5_000)}
# Per input: a generous deadline (reported by hypothesis) and a hard stop (a hang fails the test).
DEADLINE = dt.timedelta(seconds=2)
RENDER_DEADLINE = dt.timedelta(seconds=5)  # load + assess + two reports with their charts
HANG_SECONDS = 30


def fuzz_settings(name: str, deadline: dt.timedelta = DEADLINE) -> settings:
    """The default run replays the same inputs every time (CI must not turn red by chance, and a
    slow shared machine must not trip the per-input deadline); `make reliability` explores."""
    return settings(
        max_examples=EXAMPLES[name][1 if RELIABILITY else 0],
        deadline=deadline if RELIABILITY else None,
        derandomize=not RELIABILITY,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )


# --- what the fuzzer knows about the model --------------------------------------------------------


def model_vocabulary() -> tuple[list[str], list[str]]:
    """Every field name and every enum value of the assessment model, found by walking it."""
    keys: set[str] = set()
    values: set[str] = set()
    seen: set[type] = set()

    def walk(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                return
            seen.add(annotation)
            for name, field in annotation.model_fields.items():
                keys.add(field.alias or name)
                walk(field.annotation)
        elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            values.update(str(member.value) for member in annotation)
        else:
            for argument in typing.get_args(annotation):
                walk(argument)

    walk(Assessment)
    return sorted(keys), sorted(values)


MODEL_KEYS, ENUM_VALUES = model_vocabulary()
ORIGINAL = MAXIRESPONSE.read_bytes()
ORIGINAL_DATA: dict[str, Any] = _fast_reader().load(ORIGINAL.decode("utf-8"))


def scalars_of(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for value in node.values():
            yield from scalars_of(value)
    elif isinstance(node, list):
        for value in node:
            yield from scalars_of(value)
    else:
        yield node


# Values that occur in the real file (ids, levels, dates, periods, sources): swapping them around
# gives inputs that still validate and take other paths through scoring, findings and the report.
FILE_SCALARS = sorted({str(s) for s in scalars_of(ORIGINAL_DATA) if len(str(s)) < 60})
# fmt: off
YAML_TOKENS = [
    ": ", "- ", "? ", "[", "]", "{", "}", ", ", "#", "&a ", "*a", "!", "!!str ", "!!int ",
    "!!binary ", "!!python/object:os.system ", "!!set ", "!!omap ", "!<tag:x> ", "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n", "---\n", "...\n", "|\n", ">-\n", "|+2\n", "'", '"', "\\", "\t", "\n",
    "\n  ", "\n    ", "\r\n", "\ufeff", "\u2028", "\x85", "<<: *a\n", "~", "null", "yes", "no",
    "on", "0x1F", "0o17", ".inf", "-.nan", "1e999", "2023-02-30", "12:30:00", "@", "`", "%",
    "<script>", "&amp;", "{{ x }}", "{% raw %}",
]
# fmt: on


# --- one input through the pipeline, with its outcome counted -------------------------------------


class Hang(BaseException):
    """An input took over HANG_SECONDS (a BaseException: no `except Exception` can swallow it)."""


@contextlib.contextmanager
def hard_time_limit(seconds: float) -> Iterator[None]:
    def stop(signum, frame):
        raise Hang(f"one input took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def report_renderer() -> Callable[..., str] | None:
    """The report's `render_html`, or None while the report package does not import."""
    try:
        from pia.report.render import render_html
    except ImportError:
        return None
    return render_html


RENDER_HTML = report_renderer()
LANGUAGES = ("en", "nl")


class Pipeline:
    """Feeds inputs to load -> assess -> render_html and counts what happened to them."""

    def __init__(self, name: str):
        self.name = name
        self.counts: Counter[str] = Counter()
        self.codes: Counter[str] = Counter()
        self.rendered: set[str] = set()
        self.unhandled: set[str] = (
            set()
        )  # distinct kinds: hypothesis re-runs a failure to shrink it

    def run(self, folder: Path, data: bytes) -> None:
        path = folder / "assessment.yaml"
        path.write_bytes(data)
        before = sorted(p.name for p in folder.iterdir())
        self.counts["inputs"] += 1
        with hard_time_limit(HANG_SECONDS):
            self._through(path)
        assert path.read_bytes() == data, "the input file was changed"
        assert sorted(p.name for p in folder.iterdir()) == before, "files appeared or vanished"

    def _call(self, step: str, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)`; anything but a PiaError escaping it is counted as unhandled."""
        try:
            return function(*args)
        except pia.PiaError:
            raise
        except BaseException as e:
            self.counts["unhandled"] += 1
            self.unhandled.add(f"{step}: {type(e).__name__}")
            raise AssertionError(f"{step}: {type(e).__name__} escaped: {e}") from e

    def _through(self, path: Path) -> None:
        try:
            assessment = self._call("load", pia.load, path)
        except pia.InvalidAssessment as error:
            self._check_clear(path, error)
            self.counts["refused"] += 1
            self.codes.update(set(error.codes))
            return
        except pia.PiaError:
            self.counts["refused (other PiaError)"] += 1
            return
        self.counts["loaded"] += 1
        try:
            result = self._call("assess", pia.assess, assessment)
        except pia.PiaError:
            self.counts["refused by assess"] += 1
            return
        self.counts["assessed"] += 1
        if RENDER_HTML is None:
            return
        # A report is a pure function of the answers: inputs that differ only in comments or
        # layout load to the same answers, and are rendered once.
        answers = hashlib.sha256(assessment.model_dump_json().encode()).hexdigest()
        if answers in self.rendered:
            return
        for lang in LANGUAGES:
            try:
                html = self._call(f"render_html({lang})", RENDER_HTML, assessment, result, lang)
            except pia.PiaError:
                self.counts[f"report refused ({lang})"] += 1
                continue
            assert html.lstrip().lower().startswith("<!doctype html")
        self.rendered.add(answers)
        self.counts["distinct answers rendered (en + nl)"] += 1

    @staticmethod
    def _check_clear(path: Path, error: pia.InvalidAssessment) -> None:
        """A clear error: names the file, lists at least one issue, each with a code and words."""
        assert error.issues, str(error)
        assert str(error).startswith(f"{path}: "), str(error)
        for issue in error.issues:
            assert issue.code and issue.message, issue

    def summary(self) -> str:
        n = self.counts
        details = ", ".join(f"{n[k]:,} {k}" for k in n if k not in ("inputs", "unhandled"))
        top = ", ".join(f"{code} {count:,}" for code, count in self.codes.most_common(6))
        line = f"{self.name}: {n['inputs']:,} fuzzed inputs, {n['unhandled']} unhandled ({details})"
        if self.unhandled:
            line += f"; UNHANDLED: {', '.join(sorted(self.unhandled))}"
        return line + (f"; most frequent refusals: {top}" if top else "")


TOTALS: Counter[str] = Counter()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder for the inputs; the report renders once first (fonts, templates) to warm up."""
    if RENDER_HTML is not None:
        assessment = pia.load(MAXIRESPONSE)
        for lang in LANGUAGES:
            RENDER_HTML(assessment, pia.assess(assessment), lang)
    yield tmp_path_factory.mktemp("fuzz")
    if TOTALS["inputs"]:
        record(
            f"fuzzing total: {TOTALS['inputs']:,} fuzzed inputs, {TOTALS['unhandled']} unhandled"
        )


def finish(pipeline: Pipeline) -> None:
    TOTALS["inputs"] += pipeline.counts["inputs"]
    TOTALS["unhandled"] += pipeline.counts["unhandled"]
    record(pipeline.summary())


# --- (a) generated YAML ---------------------------------------------------------------------------

printable_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
keys = st.one_of(
    st.sampled_from(MODEL_KEYS), printable_text, st.integers(-3, 3), st.booleans(), st.none()
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    printable_text,
    st.text(max_size=2_000),
    st.dates().map(str),
    st.sampled_from(ENUM_VALUES),
    st.sampled_from(FILE_SCALARS),
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=6) | st.dictionaries(keys, children, max_size=6),
    max_leaves=60,
)
yaml_text = st.lists(
    st.one_of(
        st.sampled_from(YAML_TOKENS),
        st.sampled_from(MODEL_KEYS).map(lambda k: f"{k}: "),
        st.sampled_from(FILE_SCALARS),
        printable_text,
    ),
    max_size=120,
).map("".join)


def dump(data: Any) -> bytes:
    stream = io.StringIO()
    try:
        _yaml().dump(data, stream)
    except Exception:  # ruamel cannot write some generated data: not an input pia could get
        reject()
    return stream.getvalue().encode("utf-8")


# values the model accepts in some field: a swap often still loads, and takes another path
plausible_values = st.one_of(
    st.sampled_from(FILE_SCALARS), st.sampled_from(ENUM_VALUES), printable_text, st.booleans()
)


def like(value: Any) -> st.SearchStrategy[Any]:
    """Values of the same kind as `value`: another level for a level, other words for words."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(0, 10**6)
    if isinstance(value, str) and value in ENUM_VALUES:
        return st.sampled_from(ENUM_VALUES)
    if isinstance(value, str):
        return st.one_of(st.sampled_from(FILE_SCALARS), printable_text.filter(str.strip))
    return plausible_values


def change_one_part(draw: st.DrawFn, data: Any) -> None:
    """Walk down from the top to some part of `data`, and replace, remove, add or duplicate it.

    Half the changes put a value of the same kind in a leaf (a level for a level): those often
    still load, and take other paths through scoring, findings and the report.
    """
    change = draw(st.sampled_from(["same kind"] * 4 + ["replace", "remove", "add", "duplicate"]))
    parent: Any = None
    key: Any = None
    node: Any = data
    while (
        isinstance(node, (dict, list))
        and node
        and (parent is None or change == "same kind" or draw(st.integers(0, 3)))
    ):
        choices = list(node) if isinstance(node, dict) else range(len(node))
        if parent is None:  # the schema version has its own bad-input tests
            choices = [k for k in choices if k != "schema_version"]
        key = draw(st.sampled_from(choices))
        parent, node = node, node[key]
    if parent is None:
        return
    if change == "same kind":
        parent[key] = draw(like(node))
    elif change == "replace":
        parent[key] = draw(st.one_of(plausible_values, documents))
    elif change == "remove":
        del parent[key]
    elif isinstance(parent, dict):
        parent[draw(keys)] = draw(documents) if change == "add" else copy.deepcopy(node)
    else:
        parent.insert(key, draw(documents) if change == "add" else copy.deepcopy(node))


@st.composite
def changed_valid_document(draw: st.DrawFn) -> Any:
    """The minimal or the Maxiresponse assessment with one or two parts changed."""
    data = copy.deepcopy(draw(st.sampled_from([MINIMAL, ORIGINAL_DATA])))
    for _ in range(draw(st.integers(1, 2))):
        change_one_part(draw, data)
    return data


def test_generated_yaml_text_is_refused_or_loaded(folder: Path):
    pipeline = Pipeline("(a) YAML text from YAML tokens, model keys and unicode")

    @fuzz_settings("yaml_text")
    @given(text=yaml_text)
    def check(text: str) -> None:
        pipeline.run(folder, text.encode("utf-8"))

    try:
        check()
    finally:
        finish(pipeline)


@pytest.mark.slow
def test_generated_documents_are_refused_or_loaded(folder: Path):
    pipeline = Pipeline("(a) YAML documents: arbitrary, and valid ones with a part changed")

    @fuzz_settings("documents", RENDER_DEADLINE)
    @given(
        data=st.one_of(
            changed_valid_document(),
            changed_valid_document(),
            documents,
            st.dictionaries(keys, documents),
        )
    )
    def check(data: Any) -> None:
        pipeline.run(folder, dump(data))

    try:
        check()
    finally:
        finish(pipeline)


# --- (b) mutations of the Maxiresponse file -------------------------------------------------------

# `key: value` or `- value` lines; group 2 is the value
SCALAR_LINE = re.compile(rb"^(\s*(?:- )?[A-Za-z_][\w-]*: |\s*- )(\S.*)$")
SCALAR_LINES = [i for i, line in enumerate(ORIGINAL.split(b"\n")) if SCALAR_LINE.match(line)]
# fmt: off
ODD_SCALARS = [
    "null", "~", "true", "no", "0", "-1", "1e999", ".nan", "[]", "{}", "''", '""', "[a, b]",
    "{a: 1}", "|", ">-", "&x", "*x", "!!binary AAAA", "2023-02-30",
]
# fmt: on
replacement_values = st.one_of(
    st.sampled_from(FILE_SCALARS).map(str),
    st.sampled_from(ENUM_VALUES),
    st.sampled_from(ODD_SCALARS),
    st.integers().map(str),
    st.floats().map(str),
    printable_text.map(json.dumps),  # a quoted string: still valid YAML, odd content
    printable_text.filter(lambda s: "\n" not in s and "\r" not in s),  # as is: may break syntax
)


def delete_line(draw: st.DrawFn, lines: list[bytes]) -> None:
    del lines[draw(st.integers(0, len(lines) - 1))]


def duplicate_line(draw: st.DrawFn, lines: list[bytes]) -> None:
    i = draw(st.integers(0, len(lines) - 1))
    lines.insert(i, lines[i])


def swap_lines(draw: st.DrawFn, lines: list[bytes]) -> None:
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    lines[i], lines[j] = lines[j], lines[i]


def shift_line(draw: st.DrawFn, lines: list[bytes]) -> None:
    i = draw(st.integers(0, len(lines) - 1))
    lines[i] = b"  " + lines[i] if draw(st.booleans()) else lines[i][2:]


def change_scalar(draw: st.DrawFn, lines: list[bytes]) -> None:
    candidates = [i for i, line in enumerate(lines) if SCALAR_LINE.match(line)]
    if not candidates:
        return
    i = draw(st.sampled_from(candidates))
    match = SCALAR_LINE.match(lines[i])
    assert match
    lines[i] = match.group(1) + draw(replacement_values).encode("utf-8")


MUTATIONS: dict[str, Callable[[st.DrawFn, list[bytes]], None]] = {
    "delete a line": delete_line,
    "duplicate a line": duplicate_line,
    "swap two lines": swap_lines,
    "indent or dedent a line": shift_line,
    "change a scalar": change_scalar,
}


@st.composite
def mutated_maxiresponse(draw: st.DrawFn) -> bytes:
    """Maxiresponse with one to three line mutations, then maybe truncated or given random bytes."""
    lines = ORIGINAL.split(b"\n")
    for name in draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3)):
        MUTATIONS[name](draw, lines)
    data = b"\n".join(lines)
    tail = draw(st.sampled_from(["none", "none", "truncate", "insert bytes"]))
    if tail == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif tail == "insert bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    return data


@pytest.mark.slow
def test_mutated_maxiresponse_is_refused_or_loaded(folder: Path):
    pipeline = Pipeline("(b) mutations of the Maxiresponse file")

    @fuzz_settings("mutations", RENDER_DEADLINE)
    @given(data=mutated_maxiresponse())
    def check(data: bytes) -> None:
        pipeline.run(folder, data)

    try:
        check()
    finally:
        finish(pipeline)
    # the mutations reach past the parser: some inputs load, are assessed and are reported
    assert pipeline.counts["refused"] and pipeline.counts["assessed"], pipeline.summary()


def test_the_fuzzer_starts_from_a_file_that_loads():
    """The mutations start from a valid file, and the scalar-line pattern finds its values."""
    assert pia.load(MAXIRESPONSE).metadata.title
    assert len(SCALAR_LINES) > 200
    assert {"purposes", "legal_bases", "retention_rules", "severity_override"} <= set(MODEL_KEYS)


# --- what the fuzzer found, kept as plain cases --------------------------------------------------

FOUND = [
    # an explicit YAML tag on a value it cannot build: the YAML library raises ValueError,
    # IndexError, KeyError or AttributeError instead of a YAML error (see docs/reliability.md)
    "!!int \n",
    "schema_version: !!int one\n",
    "metadata: {version: !!float x}\n",
    "metadata:\n  title: !!bool maybe\n",
    "purposes: !!set x\n",
    "description: !!omap x\n",
    "x: !<tag:yaml.org,2002:int> 0o8\n",
]


@pytest.mark.parametrize("text", FOUND)
def test_inputs_the_fuzzer_found_are_refused(tmp_path: Path, text: str):
    path = tmp_path / "assessment.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(pia.InvalidAssessment) as caught:
        pia.load(path)
    assert str(caught.value).startswith(f"{path}: ")
