"""An English committee: labels, sub-items, votes, follow-ups, remote and partial attendance."""

from __future__ import annotations

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import build_root, page_text, soup

FEB = "meetings/finance-committee/2024-02-19"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("english", tmp_path_factory.mktemp("english"))


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    assert built.warning.getvalue() == ""


def test_labels_are_english(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, FEB)
    assert "Question Owen Price: Is the grass-cutting contract still within budget?" in text
    assert "Answer the chair: Yes; the spring cuts" in text
    assert "Decision (4 for, 1 against, 1 abstained): The committee moved £2,000" in text
    assert "Follow-up (Lena Kowalski, due April 30, 2024): Report the cost" in text
    assert "Comment from the participants: The water supply serves forty plots." in text
    assert "Format:hybrid meeting" in text.replace(": ", ":")


def test_sub_items_are_nested_sections_with_anchors(built: SphinxTestApp) -> None:
    page = soup(built.outdir, FEB)
    item4 = page.find("section", id="item-4")
    assert (
        item4.find("section", id="item-4-1")
        .find("h3")
        .get_text("")
        .startswith("4.1 Friends of Riverside Library")
    )
    meeting = built.env.domains["minutes"].meetings[FEB]
    assert [(i.number, i.parent) for i in meeting.items] == [
        ("1", None),
        ("2", None),
        ("3", None),
        ("4", None),
        ("4.1", "4"),
        ("4.2", "4"),
    ]


def test_attendance_is_understood(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[FEB]
    people = {a.name: a for a in meeting.attendance}
    assert (people["Lena Kowalski"].status, people["Lena Kowalski"].role_kind) == (
        "remote",
        "vice-chair",
    )
    assert people["Lena Kowalski"].organisation == "RPC"  # written "Riverside PC"
    assert (people["Marcus Hill"].group, people["Marcus Hill"].role_kind) == (
        "substitutes",
        "substitute",
    )
    assert people["Marcus Hill"].notes == ("for Fiona Blake",)
    assert (people["Dev Patel"].group, people["Dev Patel"].items) == ("guests", ("4.1", "4.2"))
    assert people["Fiona Blake"].status == "absent"


def test_statements_in_the_model(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[FEB]
    item3 = meeting.item("3")
    decision = next(s for s in item3.statements if s.kind == "decision")
    assert decision.vote.counts == (4, 1, 1)
    follow_up = next(s for s in item3.statements if s.kind == "follow-up")
    assert (follow_up.owner.kind, follow_up.owner.key, follow_up.due.isoformat()) == (
        "person",
        "Lena Kowalski",
        "2024-04-30",
    )
    assert item3.topics == ("budget",)
    assert [(a.kind, a.title) for a in item3.attachments] == [
        ("slides", "Budget monitoring, February")
    ]


def test_slides_are_downloadable(built: SphinxTestApp) -> None:
    page = soup(built.outdir, FEB)
    link = page.find("section", id="item-3").select_one("a.download")
    assert link.get_text("") == "Budget monitoring, February"
    assert (built.outdir / "meetings/finance-committee" / link["href"]).is_file()


def test_previous_meeting_links_inside_the_project(built: SphinxTestApp) -> None:
    page = soup(built.outdir, FEB)
    info = page.select_one(".minutes-meeting-info")
    link = info.find("a", href="2024-01-15.html")
    assert link.get_text("") == "Finance Committee, 15 January 2024"
    item2 = page.find("section", id="item-2")
    assert item2.find("a", href="2024-01-15.html").get_text("") == "minutes of 15 January"


def test_body_page_lists_meetings_newest_first_by_year(built: SphinxTestApp) -> None:
    page = soup(built.outdir, "meetings/finance-committee/index")
    caption = page.select_one(".minutes-year .caption-text")
    assert caption.get_text("") == "2024"
    links = [a.get_text("") for a in page.select(".minutes-year a")]
    assert links == ["Finance Committee, 19 February 2024", "Finance Committee, 15 January 2024"]


def test_organisation_page_lists_people_per_meeting(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, "registers/organisations/county")
    assert (
        "February 19, 2024: Finance Committee, 19 February 2024 — Marcus Hill, Fiona Blake (absent)"
        in text
    )
    assert "January 15, 2024: Finance Committee, 15 January 2024 — Fiona Blake (absent)" in text
