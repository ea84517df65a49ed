"""The real sample: SCB's user council for communication, 27 October 2023."""

from __future__ import annotations

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import (
    PROJECT,
    SEED,
    SEED_PAGE,
    copy_site,
    page_text,
    seed_sentences,
    soup,
    sphinx_build,
)


def test_every_sentence_of_the_seed_is_on_its_page(site: SphinxTestApp) -> None:
    sentences = seed_sentences()
    assert len(sentences) > 200  # the sentences were found, so none can go missing unseen
    text = page_text(site.outdir, SEED_PAGE)
    assert [s for s in sentences if s not in text] == []


def test_swedish_letters_and_quotes_are_exact(site: SphinxTestApp) -> None:
    text = page_text(site.outdir, SEED_PAGE)
    assert "en ”riktigt” del av jobbet" in text
    assert 'från "Vad vill ni ha?" till "Det här har vi' in text
    assert "verksamhetsplaneringen för 2024–2026" in text


@pytest.fixture(scope="module")
def meeting(site: SphinxTestApp):
    return site.env.domains["minutes"].meetings[SEED_PAGE]


def test_meeting_facts(meeting) -> None:
    assert meeting.body == "scb-kommunikation"
    assert meeting.date.isoformat() == "2023-10-27"
    assert meeting.title == "Möte i SCB:s användarråd för kommunikation 27 oktober 2023"
    assert meeting.language == "sv"
    assert meeting.format == "hybrid"
    assert meeting.secretary.name == "Karin Hansson"
    assert (meeting.secretary.organisation, meeting.secretary.unit) == ("SCB", "kommunikation")
    assert meeting.previous == "2023-04-27"


def test_eleven_agenda_items(meeting) -> None:
    assert [i.number for i in meeting.items] == [str(n) for n in range(1, 12)]
    assert meeting.items[5].title == "Bygga relationer med externa användare"
    assert [p.key for p in meeting.items[5].presenters] == [
        "Andrea Gillgren",
        "Susanne Svartengren",
    ]
    assert meeting.items[4].description.startswith("Nyttillträdda chefen Karin Hedman")


def test_attendance(meeting) -> None:
    members = [a for a in meeting.attendance if a.group == "members"]
    staff = [a for a in meeting.attendance if a.group == "staff"]
    absent = [a for a in meeting.attendance if a.group == "absent"]
    assert len(members) == 7 and all(a.status == "present" for a in members)
    assert (members[0].name, members[0].organisation, members[0].role_kind) == (
        "Åsa Olsson",
        "Formas",
        "chair",
    )
    assert members[1].organisation == "SKR"  # written "Sveriges Kommuner och Regioner"
    assert len(staff) == 7 and all(a.organisation == "SCB" for a in staff)
    units = {a.name: (a.unit, a.items) for a in staff}
    assert units["Andrea Gillgren"] == ("kommunikation", ("6",))
    assert units["Elma Jakupovic"] == ("kommunikation", ())
    assert units["Stephanie Bresell"] == ("kommunikation", ("7",))
    assert units["Susanne Svartengren"] == ("esa", ("6",))
    assert [(a.name, a.organisation, a.status) for a in absent] == [
        ("Hampus Brynolf", "Springtime-Intellecta", "absent"),
        ("Karoline Mellgren", "Försäkringskassan", "absent"),
        ("Suzan Hourieh Lindberg", "Perspetivo", "absent"),
    ]


def test_each_answer_is_linked_to_the_questions_it_answers(meeting) -> None:
    by_item = {
        item.number: [
            (s.kind, s.answers) for s in item.statements if s.kind in ("question", "answer")
        ]
        for item in meeting.items
    }
    questions = {
        item.number: [s.id for s in item.statements if s.kind == "question"]
        for item in meeting.items
    }
    q6, q7 = questions["6"], questions["7"]
    assert [a for k, a in by_item["6"] if k == "answer"] == [(q6[0],), (q6[1],), (q6[2],)]
    # Bluesky gets no answer; one answer follows the two questions asked in a row.
    assert [a for k, a in by_item["7"] if k == "answer"] == [(q7[0],), (q7[2], q7[3])]
    assert [a for k, a in by_item["9"] if k == "answer"] == [(questions["9"][0],)]


def test_attributions(meeting) -> None:
    item6 = meeting.items[5].statements
    kinds = {(s.by.kind, s.by.key) for s in item6 if s.kind == "comment"}
    assert ("organisation", "SCB") in kinds and ("nobody", "") in kinds
    item8 = meeting.items[7].statements
    assert (item8[0].by.kind, item8[0].by.key) == ("group", "participants")
    assert (item8[1].by.kind, item8[1].by.key) == ("role", "chefen för kommunikation")
    item9 = meeting.items[8].statements
    assert item9[0].to is not None and item9[0].to.key == "participants"


def test_agenda_items_have_stable_anchors(site: SphinxTestApp) -> None:
    page = soup(site.outdir, SEED_PAGE)
    section = page.find("section", id="punkt-6")
    assert section is not None
    assert section.find("h2").get_text("").startswith("6. Bygga relationer med externa användare")


def test_organisations_link_to_their_pages(site: SphinxTestApp) -> None:
    page = soup(site.outdir, SEED_PAGE)
    attendance = page.select_one(".minutes-attendance")
    links = {a.get_text(""): a["href"] for a in attendance.select("a.reference.internal")}
    assert links["Sveriges Kommuner och Regioner"] == "../../registers/organisations/skr.html"
    assert links["SCB"] == "../../registers/organisations/scb.html"
    assert (site.outdir / "registers/organisations/skr.html").is_file()


def test_organisation_page_lists_its_meetings(site: SphinxTestApp) -> None:
    text = page_text(site.outdir, "registers/organisations/socialstyrelsen")
    # The page is in the site's language (English); the meeting's title as written.
    assert (
        "October 27, 2023: Möte i SCB:s användarråd för kommunikation 27 oktober 2023"
        " — Sherko Alemdar"
    ) in text
    page = soup(site.outdir, "registers/organisations/socialstyrelsen").find("article")
    hrefs = {a.get_text(""): a["href"] for a in page.select("a.reference.internal")}
    meeting = "Möte i SCB:s användarråd för kommunikation 27 oktober 2023"
    assert hrefs[meeting] == "../../meetings/scb-kommunikation/2023-10-27.html"
    assert hrefs["Sherko Alemdar"] == "../people/sherko-alemdar.html"


def test_the_earlier_meeting_is_declared_external_not_broken(site: SphinxTestApp) -> None:
    page = soup(site.outdir, SEED_PAGE)
    item3 = page.find("section", id="punkt-3")
    assert item3.select_one(".minutes-external").get_text("") == (
        "Mötesanteckningarna från mötet 27 april 2023."
    )


def test_the_page_declares_its_language(site: SphinxTestApp) -> None:
    page = soup(site.outdir, SEED_PAGE)
    assert page.find("section", lang="sv") is not None


def test_the_myst_source_stays_close_to_the_plain_text() -> None:
    source = (PROJECT / f"{SEED_PAGE}.md").stat().st_size
    plain = SEED.stat().st_size
    ratio = source / plain
    assert ratio <= 1.5
    design = (PROJECT / "docs/explanation/design.md").read_text(encoding="utf-8")
    assert f"**{ratio:.2f}×**" in design
    assert f"{source:,} against {plain:,} bytes" in design


def test_make_html_builds_without_a_warning_and_as_a_serial_build(
    site: SphinxTestApp, tmp_path
) -> None:
    """`make html` builds the site (minutes and docs) with -W and -j: it must pass, and
    give what a serial build gives."""
    (tmp_path / "src").mkdir()
    srcdir = copy_site(tmp_path / "src")
    run = sphinx_build(
        "-W", "--keep-going", "-j", "2", "-b", "html", str(srcdir), str(tmp_path / "out")
    )
    assert (run.returncode, run.stderr) == (0, "")
    for page in (SEED_PAGE, "registers/organisations/scb", "meetings/scb-kommunikation/index"):
        assert (tmp_path / "out" / f"{page}.html").read_text(encoding="utf-8") == (
            site.outdir / f"{page}.html"
        ).read_text(encoding="utf-8")
