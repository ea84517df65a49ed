"""The site as people read it, in a real browser: every kind of page at a laptop's and a
phone's width, light and dark, has no moderate, serious or critical accessibility
violation (axe-core, WCAG 2.1 AA); every link is reached with the Tab key and shows where
the focus is; on a phone nothing is cut, broken inside a word or wider than the screen.
docs/explanation/accessibility.md says what is checked and why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import WIDTHS, browser, to_fix, violations
from conftest import PROJECT, copy_root, copy_sources, sphinx_build
from keyboard import tab_through

PAGES = {
    "meeting": "meetings/finance/2024-01-15.html",
    "meeting in Swedish": "meetings/radet/2024-02-06.html",
    "body": "meetings/finance/index.html",
    "organisation": "registers/organisations/library-friends.html",
    "person": "registers/people/dev-patel.html",
    "topic": "registers/topics/budget.html",
    "decisions register": "registers/finance/decisions.html",
    "follow-ups register": "registers/finance/follow-ups.html",
    "questions register": "registers/finance/questions.html",
    "organisations index": "registers/organisations/index.html",
    "site index": "index.html",
    "search": "search.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = copy_root("test-archive", tmp_path_factory.mktemp("browser"))
    built = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_build"))
    assert built.returncode == 0, built.stderr
    return srcdir / "_build"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own meetings (the seed meeting, in Swedish), without its docs."""
    srcdir = tmp_path_factory.mktemp("seed")
    for name in ("conf.py", "index.md"):
        (srcdir / name).write_bytes((PROJECT / name).read_bytes())
    copy_sources(PROJECT / "meetings", srcdir / "meetings")
    built = sphinx_build("-b", "html", str(srcdir), str(srcdir / "_build"))
    assert built.returncode == 0, built.stderr
    return srcdir / "_build"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as launched:
        yield launched


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_has_an_accessibility_violation_to_fix(
    site: Path, chromium: Any, width: int, scheme: str
) -> None:
    page = chromium.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.add_init_script(f"localStorage.setItem('theme', '{scheme}')")
    found = {}
    for kind, name in PAGES.items():
        page.goto((site / name).as_uri())
        assert page.evaluate("document.documentElement.dataset.theme") == scheme
        problems = to_fix(violations(page))
        if problems:
            found[kind] = problems
    page.close()
    assert found == {}


KEYBOARD = ("meeting in Swedish", "decisions register")
TAB_LIMIT = 80
"""More stops than a small page of the test archive has (about 30 at a laptop's width)."""


@pytest.mark.parametrize("colours", ["none", "active"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_link_is_reached_by_the_keyboard_and_shows_the_focus(
    site: Path, chromium: Any, width: int, colours: str
) -> None:
    """At both widths, in the normal colours and in forced colours (Windows' high
    contrast, which drops the box shadows the theme draws most of its rings with)."""
    viewport = {"width": width, "height": 900}
    page = chromium.new_page(viewport=viewport, forced_colors=colours)
    for kind in KEYBOARD:
        page.goto((site / PAGES[kind]).as_uri())
        tabbed = tab_through(page, TAB_LIMIT)
        assert len(tabbed.stops) > 5, (kind, tabbed.stops)
        search = [ring for what, ring in tabbed.stops.items() if what.startswith('button "Search')]
        assert search == ["outline"], (kind, tabbed.stops)  # the theme's is a shadow only
        assert tabbed.unreached == [], kind
        assert tabbed.unringed == [], kind
        if colours == "active":
            assert set(tabbed.stops.values()) == {"outline"}, (kind, tabbed.stops)
    page.close()


PHONE = {"width": 390, "height": 844}
"""A phone held upright (the screen of most phones sold since 2020, in CSS pixels)."""
SEED_MEETING = "meetings/scb-kommunikation/2023-10-27.html"

LAYOUT = """() => {
  const lines = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    return new Set(rects.map((r) => Math.round(r.bottom))).size;
  };
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, height: r.height,
            cut: el.scrollWidth > el.clientWidth + 1}; };
  const h1 = document.querySelector("article h1");
  return {
    page: document.documentElement.scrollWidth, screen: window.innerWidth,
    labels: [...document.querySelectorAll("dl.field-list > dt")]
      .map((dt) => [dt.textContent.trim().replace(/:$/, ""), lines(dt)]),
    title: h1 ? box(h1) : null,
    turns: [...document.querySelectorAll(".prev-next-area a, .prev-next-area a p.prev-next-title")].map(box),
  };
}"""


def phone_layout(page: Any, html: Path) -> dict[str, Any]:
    """What a phone shows of the page: its width and the screen's, each field label's
    number of lines, the title's box and the previous/next links' boxes."""
    page.goto(html.as_uri())
    measured: dict[str, Any] = page.evaluate(LAYOUT)
    return measured


def test_on_a_phone_no_page_is_wider_than_the_screen(site: Path, seed: Path, chromium: Any) -> None:
    """Nothing scrolls sideways, and no title is cut: a long one ("Unanswered questions:
    Finance Committee") wraps."""
    page = chromium.new_page(viewport=PHONE)
    pages = {kind: site / name for kind, name in PAGES.items()} | {"seed": seed / SEED_MEETING}
    wider = {}
    for kind, html in pages.items():
        shown = phone_layout(page, html)
        title = shown["title"]
        if shown["page"] > shown["screen"] or (title and (title["cut"] or title["right"] > 390)):
            wider[kind] = (shown["page"], title)
    page.close()
    assert wider == {}


def test_on_a_phone_field_labels_never_break_inside_a_word(
    site: Path, seed: Path, chromium: Any
) -> None:
    """Each label of a meeting's and an item's facts is on one line (Sphinx's stylesheet
    broke "Mötesform:" into "Mötesfor" and "m:")."""
    page = chromium.new_page(viewport=PHONE)
    swedish = phone_layout(page, site / PAGES["meeting in Swedish"])["labels"]
    seeded = phone_layout(page, seed / SEED_MEETING)["labels"]
    page.close()
    assert {"Mötesform", "Sekreterare", "Föredragande", "Föregående möte"} <= dict(seeded).keys()
    assert "Nästa möte" in dict(swedish)
    assert [label for label in swedish + seeded if label[1] != 1] == []


def test_on_a_phone_the_title_leaves_room_for_the_minutes(seed: Path, chromium: Any) -> None:
    """The seed meeting's long title takes at most a quarter of the first screen (it took
    six lines, a third of it), so that the meeting's facts are on it too."""
    page = chromium.new_page(viewport=PHONE)
    shown = phone_layout(page, seed / SEED_MEETING)
    page.close()
    assert shown["title"]["height"] <= PHONE["height"] / 4


def test_on_a_phone_previous_and_next_wrap_instead_of_being_cut(site: Path, chromium: Any) -> None:
    """A register's previous and next pages ("Obesvarade frågor: Ålsta kulturråd") are
    whole on the screen: their titles wrap, nothing is cut at either edge."""
    page = chromium.new_page(viewport=PHONE)
    turns = phone_layout(page, site / PAGES["decisions register"])["turns"]
    page.close()
    assert len(turns) == 4  # two links, each with its title
    assert [t for t in turns if t["cut"] or t["left"] < 0 or t["right"] > PHONE["width"]] == []
