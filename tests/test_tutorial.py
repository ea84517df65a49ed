"""The tutorial, followed from an empty folder by its own commands and files
(tests/tutorial.py), builds with no warning (its Makefile builds with -W), and its pages
show the reader what the tutorial says they show."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import page_text
from tutorial import TUTORIAL, TUTORIAL_SHOTS, environment, run_tutorial, steps

FIRST = "meetings/governors/2025-09-10"
SECOND = "meetings/governors/2025-10-08"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_tutorial(tmp_path_factory.mktemp("empty"))


def test_the_tutorial_starts_from_an_empty_folder_with_the_two_commands() -> None:
    commands = [c for step in steps(TUTORIAL.read_text(encoding="utf-8")) for c in step.commands]
    assert commands[:5] == [
        "mkdir greenfield-minutes",
        "cd greenfield-minutes",
        "python3 -m venv .venv",
        ". .venv/bin/activate",
        "pip install ~/sphinx-minutes",
    ]
    assert any(c.startswith("python -m sphinx_minutes new-site") for c in commands)
    assert any(c.startswith("python -m sphinx_minutes new-meeting") for c in commands)
    assert {"make check", "make html", "make preview"} <= set(commands)


def test_the_first_meeting_shows_its_vote_follow_up_and_topics(built: Path) -> None:
    text = page_text(built, FIRST)
    assert text.startswith("Greenfield Primary School Governors, meeting of 10 September 2025")
    assert "Present: Helen Okafor, chair Grace Liu, Greenfield Primary School, headteacher" in text
    assert "Topics: Playground, Budget" in text
    assert "Question Sam Whitfield: Can the work be done during the October half-term?" in text
    assert "Decision (4 for, 1 against): The governors accept the lower quote" in text
    assert "Follow-up (Grace Liu, due 30 September 2025): Place the order" in text
    assert "Approved at the meeting of 8 October 2025 (item 3)" in text


def test_the_second_meeting_approves_the_first_and_closes_its_follow_up(built: Path) -> None:
    text = page_text(built, SECOND)
    assert (
        "Approves the minutes of: Greenfield Primary School Governors, meeting of 10 September 2025"
        in text
    )
    assert "Comment Grace Liu (closes playground-order): The order was placed" in text
    assert "David Brennan, Millbrook Council (remote)" in text
    register = page_text(built, "registers/governors/follow-ups")
    assert (
        "Ask the council whether the benches can be paid from its small grants fund. — Tom Ashworth — open"
        in register
    )
    assert "— closed at Greenfield Primary School Governors, meeting of 8 October 2025" in register


def test_the_body_page_lists_both_meetings_newest_first(built: Path) -> None:
    text = page_text(built, "meetings/governors/index")
    assert text.index("meeting of 8 October 2025") < text.index("meeting of 10 September 2025")
    assert "Decisions · Follow-ups · Unanswered questions" in text


def test_the_pictures_show_pages_the_tutorial_built(built: Path) -> None:
    for picture, page in TUTORIAL_SHOTS.items():
        assert (built / page.split("#")[0]).is_file()
        assert f"images/{picture}" in TUTORIAL.read_text(encoding="utf-8")


def test_make_check_lists_a_misspelt_organisation_as_the_tutorial_says(built: Path) -> None:
    site = built.parents[1]
    meeting = site / f"{FIRST}.md"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("Brennan, Millbrook Council", "Brennan, Millbrok Council"))
    try:
        done = subprocess.run(
            ["make", "check"],
            cwd=site,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        meeting.write_text(text, encoding="utf-8")
    assert done.returncode != 0
    assert f"{FIRST}.md" in done.stdout
    assert "Millbrok Council" in done.stdout
    assert "Did you mean 'Millbrook Council'?" in done.stdout


def test_previous_and_next_at_a_meeting_s_foot_go_back_and_forward_in_time(built: Path) -> None:
    """The theme takes them from the body page's list, newest first: they led the wrong
    way, against the page's own "Next meeting"."""
    for page, previous, following in ((FIRST, None, SECOND), (SECOND, FIRST, None)):
        html = BeautifulSoup((built / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        feet = {kind: html.select_one(f"a.{kind}") for kind in ("left-prev", "right-next")}
        heads = {rel: html.select_one(f'link[rel="{rel}"]') for rel in ("prev", "next")}
        for kind, rel, neighbour in (
            ("left-prev", "prev", previous),
            ("right-next", "next", following),
        ):
            if neighbour is None:
                assert feet[kind] is None and heads[rel] is None, (page, kind)
                continue
            name = neighbour.rsplit("/", 1)[1] + ".html"
            assert feet[kind] is not None and feet[kind]["href"] == name, (page, kind)
            assert heads[rel] is not None and heads[rel]["href"] == name, (page, rel)
            day = {FIRST: "10 September 2025", SECOND: "8 October 2025"}[neighbour]
            assert feet[kind].get_text(" ", strip=True).endswith(f"meeting of {day}")
