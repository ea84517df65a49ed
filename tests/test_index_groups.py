"""A long history index is grouped by initial (``minutes_index_group_limit``): a person's
page then lists the initials in its navigation, not every other person, so writing the
site stays linear in the number of people; the PDF volume keeps only its own groups."""

from __future__ import annotations

from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from conftest import SITE_THEME, copy_root, soup, sphinx_build
from sources import append_text


def archive(tmp_path: Path, builder: str, organisations: str = "") -> Path:
    """The two-body archive, its indexes grouped once they hold more than three."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    append_text(srcdir / "meetings" / "organisations.yaml", organisations)
    append_text(
        srcdir / "conf.py", f"html_theme_options = {SITE_THEME!r}\nminutes_index_group_limit = 3\n"
    )
    out = srcdir / "_build" / builder
    run = sphinx_build("-W", "-b", builder, str(srcdir), str(out))
    assert run.returncode == 0, run.stderr
    return out


def test_grouped_pages_leave_the_navigation(tmp_path: Path) -> None:
    """The navigation ends at the initials; a person's page keeps its trail back."""
    out = archive(tmp_path, "html")
    group = soup(out, "registers/people/by-initial/e")
    navigation = group.select_one("nav.bd-docs-nav")
    assert navigation is not None
    links = [a.get_text() for a in navigation.select("a")]
    assert links[1:10] == ["People", "D", "E", "G", "L", "M", "O", "R", "Topics"]
    assert [a["href"] for a in group.select("article a.reference.internal")] == [
        "../erik-holm.html"
    ]
    assert [a.get_text() for a in group.select("article a.reference.internal")] == ["Erik Holm"]
    page = soup(out, "registers/people/erik-holm")
    assert page.select_one("nav.bd-docs-nav") is None  # no sidebar of everyone
    assert "Dev Patel" not in page.get_text()  # not even in a hidden menu
    trail = page.select("nav[aria-label=Breadcrumb] li")
    assert [li.get_text(" ", strip=True) for li in trail][-4:] == [
        "Registers",
        "People",
        "E",
        "Erik Holm",
    ]
    assert [a["href"] for a in page.select("nav[aria-label=Breadcrumb] li a")][-3:] == [
        "../index.html",
        "index.html",
        "by-initial/e.html",
    ]
    # Every page is still found by the search.
    assert "registers/people/erik-holm" in (out / "searchindex.js").read_text(encoding="utf-8")
    # The site is English, so Å is filed under A, as English indexes do (a Swedish site
    # gives Å a letter of its own after Z: see test_page_languages).
    aa = soup(out, "registers/organisations/by-initial/a")
    assert aa.select_one("h1").get_text(strip=True).startswith("A")
    names = [a.get_text() for a in aa.select("article a.reference.internal")]
    assert names == ["Ålsta hembygdsförening", "Ålsta kommun"]
    # The index itself still lists everyone.
    listed = soup(out, "registers/people/index").select("article ul.minutes-index > li")
    assert len(listed) == 7


def test_names_that_start_with_a_digit_share_a_page(tmp_path: Path) -> None:
    out = archive(tmp_path, "html", "Vard:\n  name: 1177 Vårdguiden\n")
    other = soup(out, "registers/organisations/by-initial/other")
    assert other.select_one("h1").get_text(strip=True).startswith("#")
    assert [a.get_text() for a in other.select("article a.reference.internal")] == [
        "1177 Vårdguiden"
    ]


def test_a_volume_keeps_only_the_groups_of_its_own_body(tmp_path: Path) -> None:
    tex = (archive(tmp_path, "latex") / "finance.tex").read_text(encoding="utf-8")
    assert r"\section{D}" in tex and r"\subsection{Dev Patel}" in tex
    assert r"\section{E}" not in tex and "Erik Holm" not in tex
    assert r"\section{Å}" not in tex  # both Å organisations are the Swedish council's


def test_short_indexes_are_not_grouped(site: SphinxTestApp) -> None:
    """The project's own site: its indexes are shorter than the default limit of 50."""
    assert not list(Path(site.srcdir).glob("registers/*/by-initial/*.md"))
    crumbs = soup(site.outdir, "registers/people/asa-olsson").select(
        "nav[aria-label=Breadcrumb] li"
    )
    assert [li.get_text(" ", strip=True) for li in crumbs][-2:] == ["People", "Åsa Olsson"]
