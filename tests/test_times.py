"""Dates and times a reader sees are HTML ``<time>`` elements: the text in the page's
language, the ``datetime`` a browser, a screen reader or a calendar tool reads. The
PDF, the text and the other builders write the text alone, as before.

The roots: a Swedish building committee's meeting that sat twice on 12 February 2025
(``test-board``), a parish council and a Swedish council in one archive
(``test-archive``), a parish council whose minutes are approved and signed
(``test-approval``), and a steering council whose minutes name the meeting before
(``test-agenda-items``).
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.testing.util import SphinxTestApp

from conftest import build_root, copy_root, soup
from sphinx_minutes.read.nodes import when

BOARD = "meetings/byggnadsnamnden/2025-02-12"


def times(outdir: Path, docname: str) -> list[tuple[str, str]]:
    """Each ``<time>`` of a page: its ``datetime`` and the text a reader sees."""
    return [(str(t["datetime"]), t.get_text()) for t in soup(outdir, docname).find_all("time")]


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_root("board", tmp_path_factory.mktemp("board")).outdir


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_root("archive", tmp_path_factory.mktemp("archive")).outdir


def test_the_meeting_date_and_its_sittings_are_times_in_swedish(board: Path) -> None:
    facts = soup(board, BOARD).select_one("dl.minutes-meeting-info")
    assert facts is not None
    found = [(str(t["datetime"]), t.get_text()) for t in facts.find_all("time")]
    assert found == [
        ("2025-02-12", "12 februari 2025"),
        ("2025-02-12T13:00", "13:00"),
        ("2025-02-12T14:50", "14:50"),
        ("2025-02-12T15:05", "15:05"),
        ("2025-02-12T15:40", "15:40"),
    ]
    assert "13:00–14:50, 15:05–15:40" in facts.get_text()


def test_a_swedish_register_dates_its_rows_and_years(archive: Path) -> None:
    found = times(archive, "registers/radet/decisions")
    assert ("2024", "2024") in found  # the year's heading
    assert ("2024-02-06", "6 februari 2024") in found


def test_the_previous_meeting_is_a_time_of_its_day(archive: Path) -> None:
    page = soup(archive, "meetings/radet/2024-05-07")
    chain = page.select_one("dl.minutes-chain")
    assert chain is not None
    assert [(str(t["datetime"]), t.get_text()) for t in chain.find_all("time")] == [
        ("2024-02-06", "Kulturrådets möte 6 februari 2024")
    ]


def test_the_previous_meeting_the_minutes_name_is_a_time(tmp_path: Path) -> None:
    outdir = build_root("agenda-items", tmp_path).outdir
    facts = soup(outdir, "meetings/tern-council/2024-10-10").select_one("dl.minutes-meeting-info")
    assert facts is not None
    assert [(str(t["datetime"]), t.get_text()) for t in facts.find_all("time")] == [
        ("2024-10-10", "October 10, 2024"),
        ("2024-09-12", "Tern steering council, 12 September 2024"),  # :previous: 2024-09-12
    ]


def test_due_dates_and_history_pages_are_times(archive: Path) -> None:
    written = times(archive, "meetings/finance/2024-01-15")
    assert ("2024-02-12", "February 12, 2024") in written  # the follow-up's own :due:
    meeting = times(archive, "meetings/finance/2024-02-19")
    assert ("2024-02-12", "February 12, 2024") in meeting  # a follow-up carried, its due date
    register = times(archive, "registers/finance/follow-ups")
    assert ("2024-03-31", "March 31, 2024") in register
    person = times(archive, "registers/people/dev-patel")
    assert ("2024-01-15", "January 15, 2024") in person


def test_approvals_are_times(tmp_path: Path) -> None:
    outdir = build_root("approval", tmp_path).outdir
    signed = times(outdir, "meetings/council/2024-01-09")
    assert ("2024-01-16", "January 16, 2024") in signed  # approved-by … 2024-01-16
    line = soup(outdir, "meetings/council/2024-02-13").select_one("p.minutes-approved-at")
    assert line is not None
    assert [(str(t["datetime"]), t.get_text()) for t in line.find_all("time")] == [
        ("2024-03-12", "March 12, 2024")
    ]


def plain(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Every ``when`` written as plain text, as the pages were before."""
    for node in list(doctree.findall(when)):
        node.replace_self(nodes.Text(node.astext()))


def written(srcdir: Path, builder: str, *, timed: bool = True) -> dict[str, str]:
    """The files a builder wrote, by name; without ``timed``, from plain text dates."""
    app = SphinxTestApp(builder, srcdir=srcdir, status=StringIO(), warning=StringIO())
    if not timed:
        app.connect("doctree-resolved", plain, priority=999)
    try:
        app.build()
    finally:
        app.cleanup()
    outdir = Path(app.outdir)
    return {
        str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
        for p in sorted(outdir.rglob("*"))
        if p.suffix in (".tex", ".txt", ".1")
    }


@pytest.mark.parametrize("builder", ["latex", "text", "man"])
def test_other_builders_write_the_same_text(builder: str, tmp_path: Path) -> None:
    timed = written(copy_root("test-board", tmp_path / "timed"), builder)
    plain = written(copy_root("test-board", tmp_path / "plain"), builder, timed=False)
    assert timed == plain
    if builder == "latex":
        assert (
            r"13:00\textendash{}14:50, 15:05\textendash{}15:40"
            in timed["byggnadsnamnden-2025-02-12.tex"]
        )
