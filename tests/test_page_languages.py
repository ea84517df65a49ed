"""Each page in its language: a meeting in its own, a body's registers and meetings page
in the body's, the pages every body shares in the site's, with each meeting's own text
marked with its ``lang``. Dates for the language they stand in (``en-GB`` the British
way), and lists in the order of the page's language.

The site (``tests/roots/test-page-languages``) is a Swedish housing cooperative
(``language = "sv"``): the board keeps Swedish minutes (its language inherited from the
site), the residents' committee English ones, the garden group British English ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from compare import build, outputs, rebuild_and_compare
from conftest import build_once, copy_root, soup, squeezed
from sources import append_text

BOARD, RESIDENTS, GARDEN = "styrelsen", "boende", "tradgard"
PEOPLE = "registers/people"


def site(tmp_path: Path, conf: str = "", board: str = "") -> Path:
    """The cooperative's site, with lines added to its ``conf.py``, and the board's
    language given in ``bodies.yaml`` (else the site's)."""
    srcdir = copy_root("test-page-languages", tmp_path / "site")
    append_text(srcdir / "conf.py", conf)
    if board:
        path = srcdir / "meetings" / "bodies.yaml"
        name = "  name: Styrelsen för Brf Tallkotten\n"
        written = path.read_text(encoding="utf-8")
        path.write_text(written.replace(name, f"{name}  language: {board}\n"), "utf-8")
    return srcdir


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_once(site(tmp_path_factory.mktemp("languages")))


def body(app: SphinxTestApp, docname: str) -> BeautifulSoup:
    """The page's own content, without the theme's navigation around it."""
    found = soup(app.outdir, docname).select_one("div.body")
    assert found is not None
    return BeautifulSoup(str(found), "html.parser")


def text(app: SphinxTestApp, docname: str) -> str:
    return squeezed(body(app, docname).get_text(""))


def html_lang(app: SphinxTestApp, docname: str) -> str:
    return str(soup(app.outdir, docname).html["lang"])


def marked(app: SphinxTestApp, docname: str, lang: str) -> list[str]:
    """The texts of a page marked with ``lang``."""
    return [squeezed(e.get_text("")) for e in body(app, docname).select(f"[lang={lang}]")]


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    assert built.warning.getvalue() == ""


# Each page in its language


def test_the_swedish_body_is_swedish_throughout(built: SphinxTestApp) -> None:
    meeting = f"meetings/{BOARD}/2024-02-19"
    assert html_lang(built, meeting) == "sv"
    assert "Datum: 19 februari 2024" in text(built, meeting)
    follow_ups = text(built, f"registers/{BOARD}/follow-ups")
    assert follow_ups.startswith("Uppföljningar: Styrelsen för Brf Tallkotten")
    assert "19 februari 2024, 1. Fasadrenovering: Informera de boende" in follow_ups
    assert "senast 30 april 2024 — öppen" in follow_ups
    decisions = text(built, f"registers/{BOARD}/decisions")
    assert decisions.startswith("Beslut: Styrelsen för Brf Tallkotten")
    questions = text(built, f"registers/{BOARD}/questions")
    assert questions.startswith("Obesvarade frågor: Styrelsen för Brf Tallkotten")
    assert "(Örjan Berg): Behövs bygglov" in questions
    for page in ("decisions", "follow-ups", "questions"):
        assert html_lang(built, f"registers/{BOARD}/{page}") == "sv"
        assert marked(built, f"registers/{BOARD}/{page}", "en") == []
    meetings = f"meetings/{BOARD}/index"
    assert html_lang(built, meetings) == "sv"
    assert "Beslut · Uppföljningar · Obesvarade frågor" in text(built, meetings)


def test_the_english_body_is_english(built: SphinxTestApp) -> None:
    assert html_lang(built, f"meetings/{RESIDENTS}/2024-03-04") == "en"
    follow_ups = text(built, f"registers/{RESIDENTS}/follow-ups")
    assert follow_ups.startswith("Follow-ups: The Tallkotten Residents' Committee")
    assert "March 4, 2024, 1. Welcome pack" in follow_ups
    assert "due May 15, 2024 — open" in follow_ups
    for page in ("decisions", "follow-ups", "questions"):
        assert html_lang(built, f"registers/{RESIDENTS}/{page}") == "en"
    assert html_lang(built, f"meetings/{RESIDENTS}/index") == "en"
    assert "Decisions · Follow-ups · Unanswered questions" in text(
        built, f"meetings/{RESIDENTS}/index"
    )


def test_a_british_body_has_british_dates_and_english_labels(built: SphinxTestApp) -> None:
    meeting = f"meetings/{GARDEN}/2024-04-08"
    assert html_lang(built, meeting) == "en-GB"
    assert "Date: 8 April 2024" in text(built, meeting)
    follow_ups = text(built, f"registers/{GARDEN}/follow-ups")
    assert follow_ups.startswith("Follow-ups: The Tallkotten Garden Group")
    assert "8 April 2024, 1. Spring planting" in follow_ups
    assert "due 20 April 2024 — open" in follow_ups
    assert html_lang(built, f"registers/{GARDEN}/follow-ups") == "en-GB"


def test_shared_pages_are_in_the_sites_language(built: SphinxTestApp) -> None:
    """A person's page: Swedish labels and dates, the garden group's and the committee's
    own words marked as theirs."""
    asa = f"{PEOPLE}/asa-lind"
    assert html_lang(built, asa) == "sv"
    page = text(built, asa)
    assert "Brf Tallkotten (19 februari 2024 – 8 april 2024)" in page
    assert "8 april 2024: Garden Group, 8 April 2024 (närvarande)" in page
    assert "Inlägg" in page and "Statements" not in page
    assert "Garden Group, 8 April 2024" in marked(built, asa, "en-GB")
    assert "The board has approved raised beds next to the playground." in marked(
        built, asa, "en-GB"
    )
    # Swedish text on a Swedish page is not marked.
    assert "Styrelsemöte 19 februari 2024" not in " ".join(marked(built, asa, "sv"))
    oystein = f"{PEOPLE}/øystein-dahl"
    assert "4 mars 2024: Residents' Committee, 4 March 2024 (på distans)" in text(built, oystein)
    assert "Can the welcome pack be printed in both English and Swedish?" in marked(
        built, oystein, "en"
    )
    garden = "registers/topics/garden"
    assert html_lang(built, garden) == "sv"
    assert "Beslut: The group will plant the raised beds on 20 April." in text(built, garden)
    assert "1. Spring planting" in marked(built, garden, "en-GB")
    organisation = "registers/organisations/tallkotten"
    assert html_lang(built, organisation) == "sv"
    assert "Residents' Committee, 4 March 2024" in marked(built, organisation, "en")


# Order as each language has it


def listed(app: SphinxTestApp, docname: str) -> list[str]:
    """The names an index lists, in its order (each entry's first link)."""
    return [li.a.get_text() for li in body(app, docname).select("ul.minutes-index > li")]


def test_a_swedish_site_lists_a_ring_and_umlauts_after_z(built: SphinxTestApp) -> None:
    people = listed(built, f"{PEOPLE}/index")
    assert people.index("Zoran Petrović") < people.index("Åsa Lind")
    assert people.index("Åsa Lind") < people.index("Ärla Nyström") < people.index("Örjan Berg")
    assert people.index("Arne Vik") < people.index("Änne Albers")  # Ä is no A
    assert listed(built, "registers/organisations/index") == [
        "Brf Tallkotten",
        "Zetterbergs Bygg AB",
        "Ängby hyresgästförening",
        "Örnsköldsviks kommun",
    ]


@pytest.mark.parametrize("language", ["da", "nb"])
def test_danish_and_norwegian_list_ae_o_slash_a_ring_after_z(language: str, tmp_path: Path) -> None:
    app = build_once(site(tmp_path, f'language = "{language}"\n', "sv"))
    people = listed(app, f"{PEOPLE}/index")
    order = ["Zoran Petrović", "Æbbe Kjær", "Øystein Dahl", "Åsa Lind"]
    assert sorted(order, key=people.index) == order
    assert html_lang(app, f"{PEOPLE}/index") == language


def test_german_files_a_umlaut_with_a(tmp_path: Path) -> None:
    app = build_once(site(tmp_path, 'language = "de"\n', "sv"))
    people = listed(app, f"{PEOPLE}/index")
    # Ä and Å are filed with A, Æ as AE.
    assert people[:5] == ["Æbbe Kjær", "Änne Albers", "Ärla Nyström", "Arne Vik", "Åsa Lind"]
    assert people[-1] == "Zoran Petrović"


def test_initials_follow_the_language(tmp_path: Path) -> None:
    """A long index grouped by initial: in Swedish Å Ä Ö are letters of their own after
    Z; in German Ä is under A."""
    swedish = build_once(site(tmp_path / "sv", "minutes_index_group_limit = 3\n"))
    index = (swedish.srcdir / PEOPLE / "index.md").read_text(encoding="utf-8")
    groups = [line for line in index.splitlines() if line.startswith("by-initial/")]
    assert groups[-4:] == [f"by-initial/{g}" for g in ("z", "u00c5", "u00c4", "u00d6")]
    assert text(swedish, f"{PEOPLE}/by-initial/u00c5").startswith("Å")
    assert "Åsa Lind" in text(swedish, f"{PEOPLE}/by-initial/u00c5")
    assert "Änne Albers" in text(swedish, f"{PEOPLE}/by-initial/u00c4")
    german = build_once(
        site(
            tmp_path / "de",
            'language = "de"\nminutes_index_group_limit = 3\n',
            "sv",
        )
    )
    a = text(german, f"{PEOPLE}/by-initial/a")
    assert "Änne Albers" in a and "Arne Vik" in a and "Åsa Lind" in a
    assert not (german.outdir / PEOPLE / "by-initial" / "u00c4.html").exists()


# Incremental and parallel builds stay exact


def test_a_parallel_build_is_byte_identical(tmp_path: Path) -> None:
    serial, parallel = site(tmp_path / "serial"), site(tmp_path / "parallel")
    assert build(serial) == ""
    assert build(parallel, "-j", "2") == ""
    assert outputs(parallel / "_build") == outputs(serial / "_build")


def test_changing_a_bodys_language_rewrites_exactly(tmp_path: Path) -> None:
    """The committee turns British, then a board meeting is kept in English: every page
    that shows them follows on the next plain build."""
    srcdir = site(tmp_path)
    assert build(srcdir) == ""
    bodies = srcdir / "meetings" / "bodies.yaml"
    written = bodies.read_text(encoding="utf-8")
    bodies.write_text(written.replace("  language: en\n", "  language: en-GB\n"), "utf-8")
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    meeting = srcdir / "meetings" / BOARD / "2024-02-19.md"
    written = meeting.read_text(encoding="utf-8")
    meeting.write_text(written.replace(":format:", ":language: en\n:format:"), "utf-8")
    assert rebuild_and_compare(srcdir, tmp_path / "clean", "-j", "2") == []
