"""The calendars and Atom feeds of a built site: they parse, hold the meetings' dates and
what the pages say, link into the site, carry no clock time, and leave out what the
public build withholds."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from icalendar import Calendar, Event

from conftest import copy_root, copy_site, sphinx_build
from sphinx_minutes.export.feeds import LENGTH, Entry, newest_first

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://site.invalid/"
"""Where a relative link is resolved from, as a reader resolves it against the feed's URL."""


def built(root: str, folder: Path, *options: str) -> Path:
    """``tests/roots/<root>`` built as `make html` builds it: its output folder."""
    srcdir = copy_root(root, folder)
    done = sphinx_build(*options, "-b", "html", str(srcdir), str(srcdir / "_build"))
    assert done.returncode == 0, done.stderr
    return srcdir / "_build"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test archive: a finance committee of six meetings and a council of two."""
    return built("test-archive", tmp_path_factory.mktemp("archive"))


def events(path: Path) -> list[Event]:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def feed(path: Path) -> ET.Element:
    root = ET.fromstring(path.read_bytes())
    assert root.tag == f"{ATOM}feed"
    return root


def text(element: ET.Element, tag: str) -> str:
    found = element.find(f"{ATOM}{tag}")
    assert found is not None and found.text is not None, tag
    return found.text


def entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def link(element: ET.Element, rel: str = "alternate") -> str:
    hrefs = [
        e.get("href", "")
        for e in element.findall(f"{ATOM}link")
        if e.get("rel", "alternate") == rel
    ]
    assert len(hrefs) == 1, hrefs
    return hrefs[0]


def resolves(outdir: Path, feed_name: str, href: str) -> bool:
    """Whether a relative link of the feed ``feed_name`` leads to a file of the site."""
    target = urlsplit(urljoin(SITE + feed_name, href)).path
    return (outdir / target.lstrip("/")).is_file()


def meeting_dates(outdir: Path) -> set[str]:
    site = json.loads((outdir / "data/minutes.json").read_text(encoding="utf-8"))
    return {m["date"] for body in site["bodies"] for m in body["meetings"]}


def exports(outdir: Path) -> dict[str, bytes]:
    data = outdir / "data"
    return {
        p.relative_to(data).as_posix(): p.read_bytes()
        for p in sorted(data.rglob("*"))
        if p.suffix in (".ics", ".atom")
    }


# The calendars


def test_a_body_s_calendar_holds_its_meetings(archive: Path) -> None:
    calendar = Calendar.from_ical((archive / "data/finance/meetings.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Finance Committee"
    assert str(calendar["VERSION"]) == "2.0"
    body = json.loads((archive / "data/finance.json").read_text(encoding="utf-8"))
    found = events(archive / "data/finance/meetings.ics")
    assert [e.decoded("DTSTART").isoformat() for e in found] == [
        m["date"] for m in body["meetings"]
    ]
    first = found[0]
    assert str(first["UID"]) == "finance/2024-01-15@project-name-not-set"
    assert first.decoded("DTSTAMP") == dt.datetime(2024, 1, 15, tzinfo=dt.UTC)
    assert str(first["SUMMARY"]) == "Finance Committee, 15 January 2024"
    assert str(first["DESCRIPTION"]) == "1. Budget 2024/25\n2. Library opening hours"
    assert "URL" not in first  # a relative URL leads nowhere from a calendar program


def test_the_follow_ups_calendar_holds_only_open_ones(archive: Path) -> None:
    found = events(archive / "data/finance/follow-ups.ics")
    # wall-quote and volunteers were closed by later meetings; audit is still open
    assert [str(e["UID"]) for e in found] == [
        "finance/2024-05-20#item-1-follow-up-1@project-name-not-set"
    ]
    audit = found[0]
    assert audit.decoded("DTSTART") == dt.date(2024, 7, 1)
    assert audit.decoded("DTEND") == dt.date(2024, 7, 2)
    assert str(audit["SUMMARY"]) == "Send the accounts to the auditor."
    assert str(audit["DESCRIPTION"]).startswith("Owner: Graham Shaw\n\n")


# The feeds


def test_a_body_s_minutes_feed_lists_its_meetings_newest_first(archive: Path) -> None:
    name = "data/finance/minutes.atom"
    root = feed(archive / name)
    assert text(root, "title") == "Finance Committee: Meetings"
    assert text(root, "updated") == "2024-06-17T00:00:00+00:00"
    assert link(root, "self") == "minutes.atom"
    assert resolves(archive, name, link(root))
    found = entries(root)
    body = json.loads((archive / "data/finance.json").read_text(encoding="utf-8"))
    dates = [m["date"] for m in body["meetings"]]
    assert [text(e, "updated") for e in found] == [f"{d}T00:00:00+00:00" for d in dates[::-1]]
    newest = found[0]
    assert text(newest, "title") == "Finance Committee, 17 June 2024"
    assert link(newest) == "../../meetings/finance/2024-06-17.html"
    assert all(resolves(archive, name, link(e)) for e in found)
    ids = [text(e, "id") for e in found]
    assert len(set(ids)) == len(ids) == 6
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids)


def test_a_body_s_decisions_feed(archive: Path) -> None:
    root = feed(archive / "data/finance/decisions.atom")
    titles = [text(e, "title") for e in entries(root)]
    assert "Decision: The draft budget is recommended to the Council." in titles
    budget = next(e for e in entries(root) if "draft budget" in text(e, "title"))
    assert text(budget, "summary").startswith("1. Budget 2024/25\n\n")
    assert link(budget).startswith("../../meetings/finance/2024-01-15.html#")


def test_a_person_organisation_and_topic_each_have_a_feed(archive: Path) -> None:
    lena = "data/people/lena-kowalski.atom"
    root = feed(archive / lena)
    assert text(root, "title") == "Lena Kowalski"
    assert link(root) == "../../registers/people/lena-kowalski.html"
    assert resolves(archive, lena, link(root))
    titles = [text(e, "title") for e in entries(root)]
    assert "Comment: The second quote has arrived and is lower." in titles
    assert "Finance Committee, 15 January 2024" in titles
    assert all(resolves(archive, lena, link(e)) for e in entries(root))
    budget = feed(archive / "data/topics/budget.atom")
    assert [text(e, "title") for e in entries(budget)] == [
        "1. Accounts",
        "1. Grants",
        "1. Budget 2024/25",
    ]
    rpc = feed(archive / "data/organisations/rpc.atom")
    assert text(rpc, "title") == "Riverside Parish Council"
    assert "Question: When can the work start?" in [text(e, "title") for e in entries(rpc)]


def test_the_same_thing_has_the_same_id_in_every_feed(archive: Path) -> None:
    def ids(name: str) -> dict[str, str]:
        return {link(e): text(e, "id") for e in entries(feed(archive / name))}

    body, person = ids("data/finance/minutes.atom"), ids("data/people/lena-kowalski.atom")
    shared = set(body) & set(person)
    assert shared and all(body[href] == person[href] for href in shared)


def test_a_feed_holds_its_newest_entries_in_the_order_of_the_minutes() -> None:
    """Meetings newest first, a meeting's own entries as its minutes order them, at most
    ``LENGTH`` of them, each once."""
    made = [
        Entry(f"b/{date}#{place}", "t", date, "u", "s", (f"b/{date}", place))
        for date in (f"2024-{m:02}-01" for m in range(1, 13))
        for place in range(6)
    ]
    shown = newest_first([*made, made[0]])
    assert len(shown) == LENGTH < len(made)
    assert [e.id for e in shown[:7]] == [*(f"b/2024-12-01#{p}" for p in range(6)), "b/2024-11-01#0"]


# Nothing from the clock


def test_every_stamp_is_a_meeting_s_date(archive: Path) -> None:
    dates = meeting_dates(archive)
    for name, data in exports(archive).items():
        written = data.decode("utf-8")
        stamps = re.findall(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})", written)
        stamps += re.findall(r"DTSTAMP:(\d{8})T(\d{6})Z", written)
        assert stamps or name.endswith(".ics"), name
        for date, time in stamps:
            day = date if "-" in date else f"{date[:4]}-{date[4:6]}-{date[6:]}"
            assert day in dates and time in ("00:00:00", "000000"), (name, date, time)


def test_two_builds_write_the_same_bytes(
    archive: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    again = built("test-archive", tmp_path_factory.mktemp("again"))
    first, second = exports(archive), exports(again)
    assert len(first) > 20
    assert first == second


# What the public build withholds


def test_the_public_build_withholds_from_calendars_and_feeds(tmp_path: Path) -> None:
    outdir = built("test-public", tmp_path / "site")
    written = "\n".join(data.decode("utf-8").casefold() for data in exports(outdir).values())
    for marker in ("zorblax", "quintrelle", "velmorant", "brindlewick", "thornquist"):
        assert marker not in written
    for marker in ("wobbleton", "grimsditch", "vindeløv", "vindelov"):
        assert marker not in written
    assert not any("vindel" in p.name for p in (outdir / "data/people").iterdir())
    # the non-public item's follow-up is the committee's only one: the calendar is empty
    assert events(outdir / "data/socialnamnden/follow-ups.ics") == []
    sitting = events(outdir / "data/socialnamnden/meetings.ics")[0]
    assert sitting.decoded("DTSTART") == dt.datetime(2024, 3, 12, 13, 15)  # floating time
    assert sitting.decoded("DTEND") == dt.datetime(2024, 3, 12, 15, 40)
    assert str(sitting["LOCATION"]) == "Stadshuset, sal Ljungen"
    assert "§ 14" not in str(sitting["DESCRIPTION"])
    minutes = feed(outdir / "data/socialnamnden/minutes.atom")
    assert text(minutes, "title") == "Socialnämnden i Norrvik: Möten"
    assert text(entries(minutes)[0], "title").endswith("(utkast)")  # the draft of 9 April


def test_a_person_not_named_in_public_has_no_feed(tmp_path: Path) -> None:
    outdir = built("test-anonymous", tmp_path / "site")
    people = sorted(p.name for p in (outdir / "data/people").iterdir())
    assert people == ["helen-ward.atom", "rajesh-gill.atom", "tom-fairley.atom"]
    written = "\n".join(data.decode("utf-8").casefold() for data in exports(outdir).values())
    for name in ("quenneville", "barty", "franchetti", "marchbanks"):
        assert name not in written


# The seed, published at an address


def test_the_seed_meeting_in_its_calendar_and_feed_with_absolute_links(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    srcdir = copy_site(tmp_path / "site")
    out = tmp_path / "out"
    done = sphinx_build(
        "-b", "html", "-D", "html_baseurl=https://minutes.example.org/", str(srcdir), str(out)
    )
    assert done.returncode == 0, done.stderr
    page = "https://minutes.example.org/meetings/scb-kommunikation/2023-10-27.html"
    seed = next(
        e
        for e in events(out / "data/scb-kommunikation/meetings.ics")
        if e.decoded("DTSTART") == dt.date(2023, 10, 27)
    )
    assert str(seed["UID"]) == "scb-kommunikation/2023-10-27@minutes.example.org"
    assert str(seed["URL"]) == page
    assert str(seed["SUMMARY"]) == "Möte i SCB:s användarråd för kommunikation 27 oktober 2023"
    root = feed(out / "data/scb-kommunikation/minutes.atom")
    assert link(root, "self") == ("https://minutes.example.org/data/scb-kommunikation/minutes.atom")
    assert page in [link(e) for e in entries(root)]
    asa = feed(out / "data/people/asa-olsson.atom")
    assert page in [link(e) for e in entries(asa)]


# Files kept from the last build (export/kept.py)


def test_a_rebuild_keeps_only_what_it_may(tmp_path: Path) -> None:
    """A calendar or feed is made again when what it holds changed, when its file no
    longer holds what was written, or when the build goes to another folder; otherwise it
    is kept. Each time the exports are those of a clean build."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    doctrees = tmp_path / "doctrees"

    def build(out: Path, doctrees: Path = doctrees) -> dict[str, bytes]:
        done = sphinx_build("-d", str(doctrees), "-b", "html", str(srcdir), str(out))
        assert done.returncode == 0, done.stderr
        return exports(out)

    out = tmp_path / "out"
    first = build(out)
    assert (doctrees / "sphinx-minutes-exports.json").is_file()
    decisions = "finance/decisions.atom"
    assert b"500" in first[decisions]

    # An edit: the decision's entry says what the minutes now say.
    meeting = srcdir / "meetings/finance/2024-03-18.md"
    meeting.write_text(
        meeting.read_text(encoding="utf-8").replace("£500", "£750"), encoding="utf-8"
    )
    edited = build(out)
    assert b"\xc2\xa3750" in edited[decisions] and b"\xc2\xa3500" not in edited[decisions]
    assert edited == build(tmp_path / "clean", tmp_path / "clean-doctrees")

    # A file altered in the output is made again, not kept.
    (out / "data" / decisions).write_bytes(b"<feed/>")
    assert build(out) == edited

    # Another output folder, sharing the doctree folder, gets every file.
    assert build(tmp_path / "elsewhere") == edited
