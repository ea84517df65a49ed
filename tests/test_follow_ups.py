"""Follow-ups as bodies set them: owned by everyone, due at the next meeting, and
overdue once a later meeting finds them open past their date (never judged by the
clock: the same sources build the same pages tomorrow)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import build_root, page_text, soup, warning_lines

MARCH = "meetings/steering/2025-03-11"
APRIL = "meetings/steering/2025-04-08"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SphinxTestApp]:
    srcdir = tmp_path_factory.mktemp("steering")
    return srcdir, build_root("steering", srcdir)


def test_builds_clean(built: tuple[Path, SphinxTestApp]) -> None:
    assert warning_lines(built[1], built[0]) == []


def test_a_follow_up_for_everyone(built: tuple[Path, SphinxTestApp]) -> None:
    meeting = built[1].env.domains["minutes"].meetings[MARCH]
    owners = [(s.owner.kind, s.owner.key) for s in meeting.statements() if s.owner]
    assert ("group", "all") in owners
    assert "Follow-up (all, due April 1, 2025): Read the draft training plan" in page_text(
        built[1].outdir, MARCH
    )


def test_due_at_the_next_meeting_takes_its_date(built: tuple[Path, SphinxTestApp]) -> None:
    app = built[1]
    march = page_text(app.outdir, MARCH)
    assert "Follow-up (Priya Natarajan, due next meeting): Bring a budget" in march
    book = app.env.domains["minutes"].archive.ledgers["steering"]
    budget = next(e for e in book.entries if e.statement.name == "coc-budget")
    assert budget.due == dt.date(2025, 4, 8)


def test_open_past_its_date_is_overdue_on_the_later_meeting(
    built: tuple[Path, SphinxTestApp],
) -> None:
    page = soup(built[1].outdir, APRIL)
    carried = page.select_one(".minutes-carried")
    assert carried is not None
    rows = [" ".join(li.get_text(" ").split()) for li in carried.select("li")]
    volunteers = next(r for r in rows if "Read the draft training plan" in r)
    budget = next(r for r in rows if "Bring a budget" in r)
    assert "overdue" in volunteers
    assert "closed at this meeting" in budget
    assert "overdue" not in budget


def test_overdue_in_the_register_and_nowhere_before_its_date(
    built: tuple[Path, SphinxTestApp],
) -> None:
    outdir = built[1].outdir
    register = page_text(outdir, "registers/steering/follow-ups")
    assert "overdue" in register
    assert "overdue" not in page_text(outdir, MARCH)
