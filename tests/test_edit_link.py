""" "Edit this page" (``minutes_edit_url``): a link from a page to its file, in the
page's language, never from a page whose file says more than the public may read.

The root (``tests/roots/test-public/``) holds a Swedish committee's meeting with parts
not public (2024-03-12) and a school board's meeting with an attendee not named in
public (2024-01-17): their files hold what the public build leaves out. The other two
meetings, drafts, are shown as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import build_root, soup
from sphinx_minutes.write.edit_link import edit_url

URL = "https://git.example.org/norrvik/minutes/-/edit/main/{path}"
FILTERED = {
    "meetings/socialnamnden/2024-03-12": "Redigera den här sidan",
    "meetings/schoolboard/2024-01-17": "Edit this page",
}
AS_WRITTEN = {
    "meetings/socialnamnden/2024-04-09": "Redigera den här sidan",
    "meetings/schoolboard/2024-02-21": "Edit this page",
    "meetings/schoolboard/index": "Edit this page",
}
THEME_BUTTON = {
    "html_theme_options": {"use_edit_page_button": True},
    "html_context": {"github_user": "norrvik", "github_repo": "minutes", "github_version": "main"},
}


def built(factory: pytest.TempPathFactory, **overrides: object) -> SphinxTestApp:
    app = build_root("public", factory.mktemp("edit"), confoverrides=overrides)
    assert app.warning.getvalue() == ""
    return app


def edit_links(outdir: Path, docname: str) -> list[tuple[str, str]]:
    """The extension's edit links on a page: where each leads and what it says."""
    page = soup(outdir, docname)
    return [(str(a["href"]), a.get_text()) for a in page.select("p.minutes-edit a")]


def pages(outdir: Path) -> list[str]:
    return sorted(str(p.relative_to(outdir).with_suffix("")) for p in outdir.rglob("*.html"))


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, minutes_edit_url=URL).outdir


@pytest.mark.parametrize("docname", sorted(AS_WRITTEN))
def test_a_page_shown_as_written_links_its_file(public: Path, docname: str) -> None:
    assert edit_links(public, docname) == [(URL.format(path=f"{docname}.md"), AS_WRITTEN[docname])]


def test_no_page_links_a_file_the_public_build_changed(public: Path) -> None:
    for docname in FILTERED:
        assert edit_links(public, docname) == []
    for docname in pages(public):  # nor does any page, the registers' included
        for href, _ in edit_links(public, docname):
            assert not href.endswith(tuple(f"{f}.md" for f in FILTERED)), docname
            assert "/registers/" not in href, docname


def test_generated_pages_have_no_link(public: Path) -> None:
    registers = [p for p in pages(public) if p.startswith("registers/")]
    assert registers
    assert all(edit_links(public, p) == [] for p in registers)


def test_no_link_when_the_config_is_empty(tmp_path_factory: pytest.TempPathFactory) -> None:
    outdir = built(tmp_path_factory).outdir
    assert all(not soup(outdir, p).select("p.minutes-edit") for p in pages(outdir))


def test_the_internal_build_links_every_meeting(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Its readers may read everything the file says."""
    outdir = built(tmp_path_factory, minutes_edit_url=URL, minutes_build="internal").outdir
    for docname, label in FILTERED.items():
        assert edit_links(outdir, docname) == [(URL.format(path=f"{docname}.md"), label)]


def test_the_themes_own_button_obeys_the_same_rule(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """pydata-sphinx-theme's ``use_edit_page_button``: shown where the file is what the
    page shows, taken away elsewhere, and no second link beside it."""
    outdir = built(tmp_path_factory, minutes_edit_url=URL, **THEME_BUTTON).outdir
    for docname in AS_WRITTEN:
        button = soup(outdir, docname).select(".editthispage a")
        assert [str(a["href"]) for a in button] == [
            f"https://github.com/norrvik/minutes/edit/main/{docname}.md"
        ]
        assert edit_links(outdir, docname) == []
    registers = [p for p in pages(outdir) if p.startswith("registers/")]
    for docname in (*FILTERED, *registers):
        assert soup(outdir, docname).select(".editthispage") == [], docname


@pytest.mark.parametrize(
    ("template", "url"),
    [
        (URL, "https://git.example.org/norrvik/minutes/-/edit/main/meetings/r%C3%A5d/x.md"),
        ("", ""),
        ("  ", ""),
        ("javascript:alert('{path}')", ""),
        ("https://wiki.example.org/how-to-edit", "https://wiki.example.org/how-to-edit"),
    ],
)
def test_the_url_is_the_template_with_the_path(template: str, url: str) -> None:
    assert edit_url(template, "meetings/råd/x.md") == url
