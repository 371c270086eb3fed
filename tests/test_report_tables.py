"""The report's record tables: column widths chosen from their text, as the fixed layout needs."""

from __future__ import annotations

import re

import pytest
from conftest import MAXIRESPONSE
from hypothesis import given
from hypothesis import strategies as st

from pia import assess, load
from pia.report import render_html
from pia.report.parts import Row, Table, column_widths

PROSE = "the policy does not say how long these data are kept or who may read them afterwards"


def test_a_column_of_short_ids_is_narrower_than_a_column_of_prose():
    widths = column_widths(("Id", "Note"), [("a1", PROSE), ("b2", PROSE)])
    assert widths[0] < widths[1]
    assert sum(widths) == pytest.approx(100, abs=0.2)


def test_when_everything_fits_the_widths_follow_the_longest_text():
    widths = column_widths(("A", "B"), [("x" * 10, "y" * 30)])
    assert widths[1] > 2 * widths[0]


def test_no_column_gets_less_than_its_longest_word():
    # a third column of long prose must not squeeze "termination" into a sliver
    widths = column_widths(("Id", "Starts at", "Note"), [("r1", "termination", PROSE * 3)])
    assert widths[1] >= 100 * len("termination") / 100  # the line holds ~100 characters


def test_an_unbreakable_string_does_not_crowd_out_the_other_columns():
    url = "https://example.org/" + "a" * 400  # broken anywhere, so its minimum is a long word
    words = "termination acknowledgement " * 8
    widths = column_widths(("Link", "Starts at"), [(url, words)])
    assert widths[1] >= len("acknowledgement")  # percent of a ~100-character line
    assert column_widths(("Link",), [(url,)]) == (100.0,)


def test_a_table_without_columns_has_no_widths():
    assert column_widths((), []) == ()


text = st.text(alphabet=st.sampled_from("ab cd§,"), max_size=60)


@given(st.lists(st.lists(text, min_size=1, max_size=6), min_size=1, max_size=8))
def test_widths_are_positive_and_fill_the_table(rows):
    header, body = rows[0], rows[1:]
    widths = column_widths(header, body)
    assert len(widths) == len(header)
    assert all(w > 0 for w in widths)
    assert sum(widths) == pytest.approx(100, abs=0.1 * len(widths))


def test_the_table_widths_cover_the_id_the_columns_and_the_sources():
    table = Table(("Id", "Name"), (Row("contact", ("E-mail address",), "policy §3"),))
    assert len(table.widths) == 3


def test_every_record_table_in_the_report_carries_one_width_per_column():
    a = load(MAXIRESPONSE)
    html = render_html(a, assess(a), "en")
    tables = re.findall(r'<table class="records[^"]*">(.*?)</table>', html, re.S)
    assert tables
    for body in tables:
        cols = re.findall(r'<col style="width: ([\d.]+)%">', body)
        header = re.search(r"<thead>(.*?)</thead>", body, re.S).group(1)
        assert len(cols) == header.count("<th>")
        assert sum(map(float, cols)) == pytest.approx(100, abs=0.5)
