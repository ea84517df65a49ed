"""How ``query`` prints its answer: a table for the terminal, CSV, or JSON.

The table fits the terminal's width (``COLUMNS``, else the terminal, else 100 characters):
short columns (dates, names, states) keep their width, the long texts share what is left
and wrap at word boundaries, so nothing the minutes say is cut off.
"""

from __future__ import annotations

import csv
import json
import shutil
import textwrap
from typing import TextIO

from .query_rows import Row

CSV_ONLY = ("Id", "URL")
"""Columns the CSV holds for the machines; the table leaves them out."""

LONG = ("Item", "Decision", "Follow-up", "Question", "Answer", "Vote")
"""Columns holding the minutes' sentences: they wrap."""

GAP = "  "
NARROWEST = 16
"""A long column is never made narrower than this, even in a narrow terminal."""


def print_rows(rows: list[Row], form: str, out: TextIO) -> None:
    if form == "json":
        out.write(json.dumps([r.record for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif form == "csv":
        write_csv(rows, out)
    else:
        out.write(table(rows, shutil.get_terminal_size((100, 24)).columns))


def write_csv(rows: list[Row], out: TextIO) -> None:
    """Every column, header first (English); one line per row, texts as written."""
    if not rows:
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(rows[0].cells))
    writer.writerows([list(r.cells.values()) for r in rows])


def table(rows: list[Row], width: int) -> str:
    """The rows as aligned columns at most ``width`` wide (unless a long column would be
    narrower than ``NARROWEST``), a header and a rule first."""
    if not rows:
        return ""
    columns = [c for c in rows[0].cells if c not in CSV_ONLY]
    widths = column_widths(rows, columns, width)
    sizes = [widths[c] for c in columns]
    lines = [line_of(columns, sizes), line_of(["─" * n for n in sizes], sizes)]
    for row in rows:
        wrapped = {c: wrap(row.cells[c], widths[c]) for c in columns}
        for n in range(max(len(w) for w in wrapped.values())):
            cells = [wrapped[c][n] if n < len(wrapped[c]) else "" for c in columns]
            lines.append(line_of(cells, sizes))
    return "\n".join(lines) + "\n"


def line_of(cells: list[str], sizes: list[int]) -> str:
    return GAP.join(cell.ljust(n) for cell, n in zip(cells, sizes, strict=True)).rstrip()


def column_widths(rows: list[Row], columns: list[str], width: int) -> dict[str, int]:
    """Short columns as wide as their widest cell; the long ones share the rest, none
    wider than it needs."""
    natural = {
        c: max(len(c), *(len(line) for r in rows for line in r.cells[c].splitlines() or [""]))
        for c in columns
    }
    long = [c for c in columns if c in LONG]
    fixed = sum(natural[c] for c in columns if c not in LONG) + len(GAP) * (len(columns) - 1)
    left = width - fixed
    widths = dict(natural)
    for n, column in enumerate(sorted(long, key=lambda c: natural[c])):
        share = max(NARROWEST, left // (len(long) - n))
        widths[column] = min(natural[column], share)
        left -= widths[column]
    return widths


def wrap(text: str, width: int) -> list[str]:
    """A cell's lines: its own lines, each wrapped to the column."""
    lines = [part for line in text.splitlines() for part in textwrap.wrap(line, width) or [""]]
    return lines or [""]
