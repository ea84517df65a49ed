"""Names as minutes use them: organisations attending as such, aliases, statements by
several people, several minute-takers, arrivals and departures (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from compare import build, rebuild_and_compare
from conftest import build_root, copy_root, page_text, soup
from sphinx_minutes.model.meeting import Attendee, Meeting
from sphinx_minutes.model.registered import Organisation
from sphinx_minutes.read.attribution import read_attribution
from sphinx_minutes.read.registry import Registry

STEERING = "meetings/steering/2025-03-04"
STEERING_FILE = f"{STEERING}.md"
AGM = "meetings/roddklubben/2025-03-15"
PEOPLE = "registers/people"
ORGANISATIONS = "registers/organisations"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("names", tmp_path_factory.mktemp("names"))


def links(app: SphinxTestApp, docname: str, text: str) -> list[str]:
    """Where the links of a page with this text lead (the page's own folder left out)."""
    page = soup(app.outdir, docname)
    main = page.find("article") or page
    return [a["href"] for a in main.find_all("a") if a.get_text("") == text]


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    assert built.warning.getvalue() == ""


# Organisations attending


def test_an_organisation_attending_is_no_person(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[STEERING]
    northwind = next(a for a in meeting.attendance if a.organisation == "Northwind")
    assert (northwind.kind, northwind.name, northwind.notes) == (
        "organisation",
        "",
        ("between meetings",),
    )
    assert not (built.outdir / PEOPLE / "northwind-agency.html").exists()
    assert not (built.outdir / PEOPLE / "eastport-council.html").exists()
    listed = soup(built.outdir, f"{PEOPLE}/index").select_one("ul.minutes-index")
    index = listed.get_text(" ") if listed else ""
    assert "Anna Berg" in index  # the list, not the navigation around it
    assert "Northwind Agency" not in index and "Eastport Council" not in index


def test_the_line_links_the_organisation_notes_kept(built: SphinxTestApp) -> None:
    assert "Northwind Agency (between meetings)" in page_text(built.outdir, STEERING)
    assert links(built, STEERING, "Northwind Agency")[0].endswith(f"{ORGANISATIONS}/northwind.html")
    assert links(built, STEERING, "Eastport Council")  # the line, the presenter, the comment


def test_the_organisation_s_page_lists_the_meeting(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, f"{ORGANISATIONS}/northwind")
    assert "Steering council, 4 March 2025 — Northwind Agency (between meetings)" in text
    assert "None yet" not in text.split("Meetings")[1].split("Statements")[0]
    eastport = page_text(built.outdir, f"{ORGANISATIONS}/eastport")
    assert "The council renews its grant for 2025." in eastport
    assert "Ålsta roddklubb" not in eastport
    alsta = page_text(built.outdir, f"{ORGANISATIONS}/alsta-kommun")
    assert "Ålsta kommun (mellan mötena)" in alsta


# Aliases


def test_a_nickname_is_the_person_and_the_words_stay(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[STEERING]
    maria = meeting.attendee("Maria Lind")
    assert maria is not None and maria.aliases == ("Mia",)
    assert [p.key for p in meeting.item("1").presenters] == ["Maria Lind"]
    assert 'Maria "Mia" Lind, Harbour Labs, chair' in page_text(built.outdir, STEERING)
    assert links(built, STEERING, "Mia") == [f"../../{PEOPLE}/maria-lind.html"]
    assert (built.outdir / PEOPLE / "maria-lind.html").exists()
    assert not (built.outdir / PEOPLE / "mia.html").exists()


def test_a_handle_and_a_short_form_name_the_person(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[STEERING]
    item = meeting.item("1")
    question, answer, follow_up = item.statements[1:]
    assert (question.by.key, answer.by.key, follow_up.owner.key) == (
        "Dana Reed",
        "Tom Berg",
        "Dana Reed",
    )
    text = page_text(built.outdir, STEERING)
    assert "Question @dana: Who tags the release?" in text
    assert "Answer Tom B.: The release manager, as before." in text
    assert links(built, STEERING, "@dana") == [f"../../{PEOPLE}/dana-reed.html"] * 2
    dana = page_text(built.outdir, f"{PEOPLE}/dana-reed")
    assert "Draft the release checklist." in dana.split("Follow-ups")[-1]


def test_a_swedish_nickname_in_low_and_high_quotes(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[AGM]
    assert meeting.item("1").statements[0].by.key == "Lena Ek"
    assert links(built, AGM, "Lenny")[-1].endswith(f"{PEOPLE}/lena-ek.html")


# Statements by several people


def test_a_statement_by_two_is_credited_to_each(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[STEERING]
    comment = meeting.item("1").statements[0]
    assert [a.key for a in comment.by.each()] == ["Dana Reed", "Kim Aho"]
    assert comment.by.text == "Dana Reed and Kim Aho"
    assert "Comment Dana Reed and Kim Aho: We propose a release every six weeks." in (
        page_text(built.outdir, STEERING)
    )
    assert links(built, STEERING, "Kim Aho")  # linked in the comment too
    for person in ("dana-reed", "kim-aho"):
        said = page_text(built.outdir, f"{PEOPLE}/{person}").split("Statements")[1]
        assert "We propose a release every six weeks." in said
    archive = built.env.domains["minutes"].archive
    assert [s.text.strip() for _, _, s in archive.said_by_person["kim aho"]] == [
        "We propose a release every six weeks.",
        "The grant should fund the documentation sprint.",
    ]


@pytest.mark.parametrize(
    ("meeting", "item", "keys"),
    [
        (STEERING, "2", ["Eric Hall", "Sam Okoye", "Kim Aho"]),  # ekhall, Sam Okoye & Kim
        (STEERING, "3", ["Eric Holm", "Priya Nair"]),  # and
        (AGM, "2", ["Anna Berg", "Maja Frost"]),  # Anna och Maja Frost
    ],
)
def test_names_joined_by_and_och_ampersand_comma(built: SphinxTestApp, meeting, item, keys):
    read = built.env.domains["minutes"].meetings[meeting]
    statement = next(s for s in read.item(item).statements if s.by.kind == "person")
    assert [a.key for a in statement.by.each()] == keys


# Minute-takers


def test_two_minute_takers_are_shown_and_given_pages(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[STEERING]
    assert [s.name for s in meeting.secretaries] == ["Tom Berg", "Priya Nair"]
    assert meeting.secretary is meeting.secretaries[0]
    assert meeting.secretaries[1].organisation == "Harbour Labs"
    text = page_text(built.outdir, STEERING).replace(": ", ":")
    assert "Secretaries:Tom Berg; Priya Nair, Harbour Labs" in text
    agm = page_text(built.outdir, AGM).replace(": ", ":")
    assert "Sekreterare:Anna Berg" in agm


# Arrivals and departures


def test_moments_are_recorded_and_shown_as_written(built: SphinxTestApp) -> None:
    meeting = built.env.domains["minutes"].meetings[AGM]
    moments = {a.name: (a.arrived, a.left) for a in meeting.attendance if a.name}
    assert moments["Anna Berg"][1].item == "2"
    assert moments["Erik Holm"][1].time == "14:14"
    assert moments["Olle Sund"][0].time == "14:30"
    assert moments["Maja Frost"][0].item == "2"
    text = page_text(built.outdir, AGM)
    for line in (
        "Anna Berg (lämnade efter punkt 2)",
        "Erik Holm (lämnade kl. 14.14)",
        "Olle Sund (anlände kl. 14.30)",
        "Maja Frost (från punkt 2)",
    ):
        assert line in text


# The attribution reader, without Sphinx

REGISTRY = Registry(
    organisations={
        "Formas": Organisation("Formas", "Formas"),
        "SKR": Organisation("SKR", "Sveriges Kommuner och Regioner"),
    }
)
ATTENDANCE = [
    ("Åsa Olsson", ()),
    ("Dana Reed", ("@dana",)),
    ("Kim Aho", ()),
    ("Maria Lind", ("Mia",)),
    ("Eric Hall", ()),
    ("Eric Holm", ()),
]


def read(written: str) -> list[tuple[str, str]]:
    meeting = Meeting("m", "rad", None, language="sv")  # Swedish, and English as always
    meeting.attendance = [
        Attendee(name, f"- {name}", 1, "members", "present", aliases=aliases)
        for name, aliases in ATTENDANCE
    ]
    attribution = read_attribution(written, meeting, REGISTRY).attribution
    return [(a.kind, a.key) for a in attribution.each()]


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Åsa Olsson, Formas", [("person", "Åsa Olsson")]),
        ("Dana Reed, Kim Aho", [("person", "Dana Reed"), ("person", "Kim Aho")]),
        ("Dana and Kim", [("person", "Dana Reed"), ("person", "Kim Aho")]),
        ("dana & Mia", [("person", "Dana Reed"), ("person", "Maria Lind")]),
        ("från Mia och Kim Aho", [("person", "Maria Lind"), ("person", "Kim Aho")]),
        (
            "Formas och Sveriges Kommuner och Regioner",
            [("organisation", "Formas"), ("organisation", "SKR")],
        ),
        ("Sveriges Kommuner och Regioner", [("organisation", "SKR")]),
        ("Kim Aho and Kim Ahoo", [("person", "Kim Aho"), ("role", "Kim Ahoo")]),
        ("Eric and Dana Reed", [("role", "Eric"), ("person", "Dana Reed")]),
        (
            "chefen för kommunikation och ekonomi",
            [("role", "chefen för kommunikation och ekonomi")],
        ),
        ("the chair and the secretary", [("role", "the chair and the secretary")]),
        ("Kim Ahoo", [("role", "Kim Ahoo")]),
        ("deltagarna", [("group", "participants")]),
    ],
)
def test_who_an_attribution_names(written: str, named: list[tuple[str, str]]) -> None:
    assert read(written) == named


# Exact builds


def test_an_edit_of_names_rebuilds_exactly_in_parallel(tmp_path: Path) -> None:
    """A second speaker added, an organisation no longer attending: the incremental ``-j
    2`` build writes what a clean build writes (person and organisation pages included)."""
    srcdir = copy_root("test-names", tmp_path / "site")
    assert build(srcdir, "-j", "2") == ""
    minutes = srcdir / STEERING_FILE
    text = minutes.read_text(encoding="utf-8")
    text = text.replace(
        "{comment} Eric Holm and Priya Nair", "{comment} Eric Holm, Tom B. and Priya"
    )
    text = text.replace("- Northwind Agency (between meetings)\n", "")
    minutes.write_text(text, encoding="utf-8")
    assert rebuild_and_compare(srcdir, tmp_path / "clean", "-j", "2") == []
    tom = page_text(srcdir / "_build", f"{PEOPLE}/tom-berg")
    assert "The policy draft is ready for review." in tom
    northwind = page_text(srcdir / "_build", f"{ORGANISATIONS}/northwind")
    assert "Steering council" not in northwind
