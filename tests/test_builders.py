"""Every other builder gives a sensible result: the seed's words, no warning, no crash."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import copy_site, sphinx_build, squeezed

SENTENCE = "Det är viktigt att komma ihåg att utveckling av relationer med användare"
"""A sentence of the seed meeting, on one line in every output."""


@pytest.fixture(scope="module")
def srcdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_site(tmp_path_factory.mktemp("builders"))


def build(srcdir: Path, builder: str, *options: str) -> Path:
    out = srcdir / "_build" / builder
    doctrees = str(srcdir / "_build" / f"doctrees-{builder}")
    result = sphinx_build(
        "-W", "--keep-going", "-b", builder, "-d", doctrees, *options, str(srcdir), str(out)
    )
    assert result.returncode == 0, result.stderr  # -W: not a warning, let alone a traceback
    return out


def read(path: Path) -> str:
    """The words of an output file (of an HTML page, its text)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".xhtml"):
        text = BeautifulSoup(text, "html.parser").get_text("")
    if path.suffix == ".txt":  # Sphinx's text writer marks links *so*
        text = text.replace("*", "")
    return squeezed(text)


@pytest.mark.parametrize(
    ("builder", "page"),
    [
        ("dirhtml", "meetings/scb-kommunikation/2023-10-27/index.html"),
        ("singlehtml", "index.html"),
        ("text", "meetings/scb-kommunikation/2023-10-27.txt"),
    ],
)
def test_page_builders_show_the_seed(srcdir: Path, builder: str, page: str) -> None:
    text = read(build(srcdir, builder) / page)
    assert SENTENCE in text
    assert "Åsa Olsson, Formas, ordförande" in text


def test_text_shows_the_registers(srcdir: Path) -> None:
    out = build(srcdir, "text")
    formas = read(out / "registers/organisations/formas.txt")
    assert "Åsa Olsson — ordförande" in formas
    assert "Möte i SCB:s användarråd för kommunikation 27 oktober 2023" in formas


def test_singlehtml_links_within_the_page(srcdir: Path) -> None:
    html = (build(srcdir, "singlehtml") / "index.html").read_text(encoding="utf-8")
    assert 'href="#document-registers/organisations/formas"' in html


def test_epub_holds_the_seed(srcdir: Path) -> None:
    out = build(srcdir, "epub")
    (book,) = out.glob("*.epub")
    with zipfile.ZipFile(book) as epub:
        page = epub.read("meetings/scb-kommunikation/2023-10-27.xhtml").decode()
    assert SENTENCE in squeezed(BeautifulSoup(page, "html.parser").get_text(""))


def test_man_page_holds_the_seed(srcdir: Path) -> None:
    out = build(srcdir, "man")
    (page,) = out.glob("*.1")
    text = squeezed(page.read_text(encoding="utf-8").replace("\\-", "-"))
    assert "Möte i SCB:s användarråd för kommunikation 27 oktober 2023" in text
    assert "Åsa Olsson, Formas, ordförande" in text


def test_texinfo_holds_the_seed(srcdir: Path) -> None:
    out = build(srcdir, "texinfo")
    (manual,) = out.glob("*.texi")
    text = squeezed(manual.read_text(encoding="utf-8"))
    assert SENTENCE in text
    assert "Åsa Olsson, Formas, ordförande" in text


def test_gettext_offers_the_seed_for_translation(srcdir: Path) -> None:
    out = build(srcdir, "gettext")
    catalog = squeezed((out / "meetings.pot").read_text(encoding="utf-8"))
    assert SENTENCE in catalog


def test_linkcheck_runs_offline(srcdir: Path) -> None:
    """The machines have no internet: every external link is ignored, the site's own
    links and anchors are still checked."""
    out = build(srcdir, "linkcheck", "-D", "linkcheck_ignore=https?://.*")
    report = (out / "output.txt").read_text(encoding="utf-8")
    assert "broken" not in report
