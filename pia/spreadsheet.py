"""CSV and XLSX files whose cells stay text: a spreadsheet never runs what an analyst wrote.

Excel, LibreOffice and Google Sheets read a cell that starts with `=`, `+`, `-` or `@` as a
formula, and a leading tab or carriage return can hide one: a category named
`=HYPERLINK("http://evil.example", "x")` would be a live link in the Art. 30 record (OWASP, "CSV
Injection"). Leading blanks do not make a cell safe, since an importer or a reader may trim them,
so they are looked past. Such a cell is written with a leading `'` in CSV (which spreadsheets
read as "this is text"), and as a text cell with Excel's quote prefix in XLSX, where its value
stays exactly as written. Numbers, dates and booleans are written as they are.
"""

from __future__ import annotations

import io
from typing import Any

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@")
HIDDEN_STARTS = ("\t", "\r")
XLSX_CELL_CHARS = 32_767  # the most an Excel cell holds


def formula_like(value: object) -> bool:
    """Would a spreadsheet take this cell for a formula, as it is or once its blanks are trimmed?"""
    return isinstance(value, str) and (
        value.startswith(HIDDEN_STARTS) or value.lstrip().startswith(FORMULA_STARTS)
    )


def csv_text(value: object) -> object:
    """The cell as CSV must hold it: a formula-like text behind a `'`, anything else as it is."""
    return f"'{value}" if formula_like(value) else value


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as UTF-8 CSV, without its index; headers are cells too."""
    safe = frame.rename(columns=csv_text).map(csv_text)
    return safe.to_csv(index=False).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, sheet: str) -> bytes:
    """The frame as an XLSX workbook of one sheet (needs openpyxl); no cell is a formula.

    A text longer than an Excel cell holds is cut, and says so at its end.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    page = book.active
    assert page is not None  # a new workbook has one sheet
    page.title = sheet
    rows = [list(frame.columns), *frame.itertuples(index=False, name=None)]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = page.cell(row=r, column=c)
            cell.value = _fitted(None if _missing(value) else value)
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl makes a text starting with `=` a formula
                cell.quotePrefix = formula_like(cell.value)  # and Excel would, once edited
            if r == 1:
                cell.font = Font(bold=True)
    page.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def _fitted(value: Any) -> Any:
    if not isinstance(value, str) or len(value) <= XLSX_CELL_CHARS:
        return value
    cut = f" … [cut: {len(value):,} characters in all; the CSV has them]"
    return value[: XLSX_CELL_CHARS - len(cut)] + cut
