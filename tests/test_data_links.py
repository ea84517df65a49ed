"""The exports as the pages show them: each page's ``<link rel="alternate">``, a meeting's
schema.org ``Event`` as JSON-LD, the download list on meeting and body pages, and the
PDFs linked only when ``minutes_pdfs_published`` says they are published.

The files are written by their own modules (``export/``), named by ``export/names.py``;
every link the pages make must find its file.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import SEED_PAGE, build_root, copy_root, page_text, soup, sphinx_build
from sphinx_minutes.export import jsonld, pdf_copy

HARBOUR = "meetings/harbour-board/2025-05-14"
HARBOUR_BODY = "meetings/harbour-board/index"


def alternates(outdir: Path, page: str) -> dict[str, list[str]]:
    """The page's alternates: hrefs by media type."""
    found: dict[str, list[str]] = {}
    for link in soup(outdir, page).select('head link[rel="alternate"]'):
        found.setdefault(str(link["type"]), []).append(str(link["href"]))
    return found


def resolved(outdir: Path, page: str, href: str) -> Path:
    """Where a relative link of an HTML page's file points, in the output."""
    return outdir / posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def event(outdir: Path, page: str) -> dict[str, Any]:
    scripts = soup(outdir, page).select('head script[type="application/ld+json"]')
    assert len(scripts) == 1
    data: dict[str, Any] = json.loads(scripts[0].get_text())
    return data


def downloads(outdir: Path, page: str) -> dict[str, str]:
    """The download list at the page's end: label → href."""
    found = soup(outdir, page).select("div.minutes-data a")
    return {link.get_text(): str(link["href"]) for link in found}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("data-links", tmp_path_factory.mktemp("harbour"))


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root(
        "data-links",
        tmp_path_factory.mktemp("published"),
        confoverrides={"minutes_pdfs_published": True},
    )


def test_the_seed_meeting_links_its_data_in_its_head(site: SphinxTestApp) -> None:
    found = alternates(site.outdir, SEED_PAGE)
    assert found == {
        "application/json": ["../../data/scb-kommunikation/2023-10-27.json"],
        "text/calendar": ["../../data/scb-kommunikation/meetings.ics"],
        "application/atom+xml": ["../../data/scb-kommunikation/minutes.atom"],
    }
    assert all(
        resolved(site.outdir, SEED_PAGE, href).is_file()
        for hrefs in found.values()
        for href in hrefs
    )
    data = resolved(site.outdir, SEED_PAGE, found["application/json"][0])
    assert json.loads(data.read_text(encoding="utf-8"))["meeting"]["date"] == "2023-10-27"
    titles = [link["title"] for link in soup(site.outdir, SEED_PAGE).select("link[rel=alternate]")]
    assert "Protokollet som JSON" in titles  # the meeting is Swedish


def test_the_seed_meeting_as_a_schema_org_event(site: SphinxTestApp) -> None:
    data = event(site.outdir, SEED_PAGE)
    assert (data["@context"], data["@type"]) == ("https://schema.org", "Event")
    assert data["startDate"] == "2023-10-27"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "SCB:s användarråd för kommunikation",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    asa = next(a for a in data["attendee"] if a["name"] == "Åsa Olsson")
    assert asa == {
        "@type": "Person",
        "name": "Åsa Olsson",
        "affiliation": {"@type": "Organization", "name": "Formas"},
    }
    assert data["url"] == "2023-10-27.html"


def test_the_seed_meeting_and_its_body_list_their_downloads(site: SphinxTestApp) -> None:
    text = page_text(site.outdir, SEED_PAGE)
    assert text.endswith(
        "Öppna data Protokollet som JSON Sammanträdeskalender (iCalendar) "
        "Nya protokoll (Atom-flöde)"
    )
    body = "meetings/scb-kommunikation/index"
    listed = downloads(site.outdir, body)
    assert listed["Alla protokoll som JSON"] == "../../data/scb-kommunikation.json"
    assert listed["Nya beslut (Atom-flöde)"] == "../../data/scb-kommunikation/decisions.atom"
    for label in ("Närvaro (CSV)", "Beslut och omröstningar (CSV)", "Uppföljningar (CSV)"):
        assert resolved(site.outdir, body, listed[label]).is_file()
    assert not any(href.endswith(".pdf") for href in listed.values())


def test_a_body_page_links_its_json_calendars_and_feeds(harbour: SphinxTestApp) -> None:
    found = alternates(harbour.outdir, HARBOUR_BODY)
    assert found == {
        "application/json": ["../../data/harbour-board.json"],
        "text/calendar": [
            "../../data/harbour-board/meetings.ics",
            "../../data/harbour-board/follow-ups.ics",
        ],
        "application/atom+xml": [
            "../../data/harbour-board/minutes.atom",
            "../../data/harbour-board/decisions.atom",
        ],
    }
    assert resolved(harbour.outdir, HARBOUR_BODY, found["application/json"][0]).is_file()
    assert list(downloads(harbour.outdir, HARBOUR_BODY)) == [
        "All minutes as JSON",
        "Attendance (CSV)",
        "Decisions and votes (CSV)",
        "Follow-ups (CSV)",
        "Meetings calendar (iCalendar)",
        "Follow-ups calendar (iCalendar)",
        "New minutes (Atom feed)",
        "New decisions (Atom feed)",
    ]


def test_history_pages_link_their_feed(harbour: SphinxTestApp) -> None:
    assert alternates(harbour.outdir, "registers/people/marit-holm") == {
        "application/atom+xml": ["../../data/people/marit-holm.atom"]
    }
    assert alternates(harbour.outdir, "registers/topics/moorings") == {
        "application/atom+xml": ["../../data/topics/moorings.atom"]
    }
    assert downloads(harbour.outdir, "registers/topics/moorings") == {}
    assert alternates(harbour.outdir, "index") == {}


def test_the_event_has_times_place_and_only_people_named_in_public(
    harbour: SphinxTestApp,
) -> None:
    data = event(harbour.outdir, HARBOUR)
    assert (data["startDate"], data["endDate"]) == ("2025-05-14T18:30", "2025-05-14T20:15")
    assert data["location"] == {"@type": "Place", "name": "Harbour office, Quay Street 3"}
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"]["name"] == "Kelvik Harbour Board"
    assert [a["name"] for a in data["attendee"]] == [
        "Marit Holm",
        "Ole Vik",
        "Kelvik Sailing Club",  # attending as such
        "Northpoint Pilots' Cooperative",  # its representative is not named in public
    ]
    head = str(soup(harbour.outdir, HARBOUR).head)
    for withheld in ("Brekke", "Strand", "houseboat resident", "Petter Lund"):
        assert withheld not in head


def test_pdfs_are_linked_only_when_published(
    harbour: SphinxTestApp, published: SphinxTestApp
) -> None:
    assert not any(href.endswith(".pdf") for href in downloads(harbour.outdir, HARBOUR).values())
    meeting = downloads(published.outdir, HARBOUR)
    assert meeting["These minutes as PDF"] == "../../pdf/harbour-board-2025-05-14.pdf"
    volume = downloads(published.outdir, HARBOUR_BODY)
    assert volume["All minutes as PDF (one volume)"] == "../../pdf/harbour-board.pdf"
    assert "application/pdf" not in alternates(published.outdir, HARBOUR)


def test_dirhtml_links_resolve_and_text_has_no_list(tmp_path: Path) -> None:
    srcdir = copy_root("test-data-links", tmp_path / "src")
    for builder in ("dirhtml", "text"):
        built = sphinx_build("-b", builder, str(srcdir), str(tmp_path / builder))
        assert built.returncode == 0, built.stderr
    out = tmp_path / "dirhtml"
    found = alternates(out, f"{HARBOUR}/index")
    json_file = found["application/json"][0]
    assert json_file == "../../../data/harbour-board/2025-05-14.json"
    assert resolved(out, f"{HARBOUR}/index", json_file).is_file()
    assert event(out, f"{HARBOUR}/index")["url"] == "./"
    text = (tmp_path / "text" / f"{HARBOUR}.txt").read_text(encoding="utf-8")
    assert "Open data" not in text and "as JSON" not in text


def test_the_script_cannot_be_closed_by_the_minutes() -> None:
    script = jsonld.script({"name": "Item </script><script>alert(1)</script>"})
    body = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>\n")
    assert "</" not in body
    assert json.loads(body)["name"] == "Item </script><script>alert(1)</script>"


def test_publishing_copies_the_pdfs_and_names_a_missing_one(tmp_path: Path) -> None:
    latex, site = tmp_path / "latex", tmp_path / "html"
    (site / "meetings").mkdir(parents=True)
    latex.mkdir()
    (latex / "board.pdf").write_bytes(b"%PDF-1.5 volume")
    (site / "meetings/a.html").write_text(
        '<a href="../pdf/board.pdf">v</a> <a href="../pdf/board-2025-01-02.pdf">m</a>',
        encoding="utf-8",
    )
    problems = pdf_copy.publish(latex, site)
    assert (site / "pdf/board.pdf").read_bytes() == b"%PDF-1.5 volume"
    assert problems == [
        f"{site}/meetings/a.html: links pdf/board-2025-01-02.pdf, which {latex} does not hold"
    ]
    (latex / "board-2025-01-02.pdf").write_bytes(b"%PDF-1.5 meeting")
    assert pdf_copy.publish(latex, site) == []


def test_the_linked_pdfs_are_those_latex_makes(published: SphinxTestApp, tmp_path: Path) -> None:
    """The names the pages link are those of the LaTeX build's documents (no TeX needed:
    each ``<name>.tex`` becomes ``<name>.pdf``)."""
    latex = tmp_path / "latex"
    built = sphinx_build("-b", "latex", str(published.srcdir), str(latex))
    assert built.returncode == 0, built.stderr
    linked = {
        Path(href).stem
        for page in (HARBOUR, HARBOUR_BODY)
        for href in downloads(published.outdir, page).values()
        if href.endswith(".pdf")
    }
    assert linked == {"harbour-board", "harbour-board-2025-05-14"}
    assert {p.stem for p in latex.glob("*.tex")} >= linked


def every_data_link(outdir: Path) -> dict[str, list[str]]:
    """Every page's alternates and download links, by page (its path in the output)."""
    found: dict[str, list[str]] = {}
    for path in sorted(outdir.rglob("*.html")):
        page = path.relative_to(outdir).with_suffix("").as_posix()
        links = soup(outdir, page).select('head link[rel="alternate"], div.minutes-data a')
        if links:
            found[page] = [str(link["href"]) for link in links]
    return found


def test_every_data_link_of_every_page_finds_its_file(harbour: SphinxTestApp) -> None:
    """The pages and the exports are made by different modules from the one scheme of
    names: the calendars, feeds, JSON and CSV every page links are all there."""
    found = every_data_link(harbour.outdir)
    assert {HARBOUR, HARBOUR_BODY, "registers/people/marit-holm"} <= found.keys()
    broken = [
        f"{page}: {href}"
        for page, hrefs in found.items()
        for href in hrefs
        if not resolved(harbour.outdir, page, href).is_file()
    ]
    assert broken == []
    feeds = {href for hrefs in found.values() for href in hrefs if href.endswith(".atom")}
    assert len(feeds) > 5
