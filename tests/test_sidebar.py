"""The theme's sidebar, made once for the pages that share it (``write/sidebar.py``): each
page still gets exactly the sidebar pydata-sphinx-theme makes for it, its own entry
marked, and each branch's toggle named after its own link, folded (this project's
navigation) or not (the theme's default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SITE_THEME, build_root, soup
from sphinx_minutes.write import sidebar

UNFOLDED = {**SITE_THEME, "collapse_navigation": False}


def built(tmp_path: Path, theme: dict[str, object]) -> Path:
    app = build_root("archive", tmp_path / "site", confoverrides={"html_theme_options": theme})
    assert app.warning.getvalue() == ""
    return Path(app.outdir)


def pages(out: Path) -> dict[str, str]:
    return {
        str(page.relative_to(out)): page.read_text(encoding="utf-8")
        for page in sorted(out.rglob("*.html"))
    }


@pytest.mark.parametrize("theme", [SITE_THEME, UNFOLDED], ids=["folded", "unfolded"])
def test_every_page_has_the_sidebar_the_theme_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theme: dict[str, object]
) -> None:
    shared = pages(built(tmp_path / "shared", theme))
    monkeypatch.setattr(sidebar, "moved", lambda *args: None)  # each made by the theme
    own = pages(built(tmp_path / "own", theme))
    assert shared.keys() == own.keys()
    assert [page for page in shared if shared[page] != own[page]] == []


@pytest.fixture(scope="module", params=[SITE_THEME, UNFOLDED], ids=["folded", "unfolded"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory.mktemp("site"), request.param)


def test_a_meeting_is_marked_in_its_own_sidebar(site: Path) -> None:
    meetings = sorted((site / "meetings" / "finance").glob("2024-*.html"))
    assert len(meetings) == 6
    for meeting in meetings:
        page = soup(site, f"meetings/finance/{meeting.stem}")
        navigation = page.select_one("nav.bd-docs-nav")
        assert navigation is not None
        marked = navigation.select('a[aria-current="page"]')
        heading = page.select_one("h1")
        for anchor in heading.select("a.headerlink"):
            anchor.decompose()
        assert [(a.get_text(), a["href"]) for a in marked] == [(heading.get_text(), "#")]
        others = {a["href"] for a in navigation.select("a.reference")} - {"#"}
        assert others == {f"{other.stem}.html" for other in meetings if other != meeting}


def test_each_toggle_is_named_after_its_own_link(site: Path) -> None:
    """A screen reader says which branch a toggle opens, on every page."""
    toggles = 0
    for name in pages(site):
        navigation = soup(site, name.removesuffix(".html")).select_one("nav.bd-docs-nav")
        for toggle in navigation.select("details > summary") if navigation else []:
            link = toggle.parent.find_previous_sibling("a").get_text(" ", strip=True)
            named = {f"Show the pages under {link}", f"Visa sidorna under {link}"}  # en, sv
            assert (name, toggle["aria-label"] in named) == (name, True), toggle["aria-label"]
            toggles += 1
    assert toggles > 10  # the registers, each open or folded
