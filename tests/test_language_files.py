"""A project's own language files (``locales/<lang>/LC_MESSAGES/sphinx_minutes.po`` and
``.yaml``), a body's ``words:`` and ``minutes_words``: picked up by the next plain build,
which writes what a clean build writes, and rewrites only the pages of that language.

The archive (``tests/roots/test-circolo``) is a photography club's: the board keeps its
minutes in Italian (``language: it``, shipped with no labels or words), the gallery
committee in English.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compare import build, rebuild_and_compare
from conftest import copy_root, page_text

ITALIAN = Path(__file__).parents[1] / "docs" / "examples" / "language-it"
"""The club's Italian catalogue and words file, as the how-to has a project write them."""

BOARD = "meetings/direttivo/2025-03-04"
GALLERY = "meetings/gallery/2025-03-18"


def add_italian(srcdir: Path) -> Path:
    """The Italian files copied where the how-to puts them; their folder."""
    folder = srcdir / "locales" / "it" / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sphinx_minutes.po", "sphinx_minutes.yaml"):
        shutil.copy(ITALIAN / name, folder / name)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def written_at(srcdir: Path, docname: str) -> int:
    return (srcdir / "_build" / f"{docname}.html").stat().st_mtime_ns


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The club's archive built once, before it has any Italian files."""
    srcdir = copy_root("test-circolo", tmp_path / "site")
    warned = build(srcdir)
    assert "[minutes.language]" in warned
    assert "Unknown attendance group heading 'Presenti'" in warned
    return srcdir


def test_an_added_language_is_picked_up_by_the_next_build(site: Path, tmp_path: Path) -> None:
    gallery_written = written_at(site, GALLERY)
    add_italian(site)
    assert rebuild_and_compare(site, tmp_path / "clean") == []
    text = page_text(site / "_build", BOARD)
    assert "Organo: Consiglio direttivo" in text
    assert "Segretario verbalizzante: Chiara Bellini" in text
    assert "Azione (Giulia Rinaldi" in text
    people = page_text(site / "_build", "registers/people/paolo-greco")
    assert "4 marzo 2025 (absent)" in people  # a page of the site's language, in English
    assert written_at(site, GALLERY) == gallery_written  # English pages are not rewritten


def test_a_corrected_label_and_word_are_picked_up(site: Path, tmp_path: Path) -> None:
    folder = add_italian(site)
    assert build(site) == ""
    gallery_written = written_at(site, GALLERY)
    edit(folder / "sphinx_minutes.po", 'msgstr "Segretario verbalizzante"', 'msgstr "Segretaria"')
    edit(folder / "sphinx_minutes.yaml", "absent: [assenti, assenti giustificati]", "absent: [x]")
    assert rebuild_and_compare(site, tmp_path / "clean", "-j", "2") == []
    text = page_text(site / "_build", BOARD)
    assert "Segretaria: Chiara Bellini" in text
    assert written_at(site, GALLERY) == gallery_written
    assert "Unknown attendance group heading 'Assenti giustificati'" in build(site)


def test_a_project_corrects_one_shipped_label(site: Path, tmp_path: Path) -> None:
    add_italian(site)
    assert build(site) == ""
    english = site / "locales" / "en" / "LC_MESSAGES"
    english.mkdir(parents=True)
    (english / "sphinx_minutes.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Place"\nmsgstr "Venue"\n',
        encoding="utf-8",
    )
    assert rebuild_and_compare(site, tmp_path / "clean") == []
    gallery = page_text(site / "_build", GALLERY)
    assert "Venue: Club rooms" in gallery
    assert "Secretary: Hannah Price" in gallery  # the other labels are the shipped ones
    assert "Luogo: Sede del circolo" in page_text(site / "_build", BOARD)


def test_removing_the_files_goes_back(site: Path, tmp_path: Path) -> None:
    folder = add_italian(site)
    assert build(site) == ""
    shutil.rmtree(folder.parent.parent)
    assert rebuild_and_compare(site, tmp_path / "clean") == []
    assert "Body: Consiglio direttivo" in page_text(site / "_build", BOARD)


def test_body_words_and_minutes_words_are_picked_up(site: Path, tmp_path: Path) -> None:
    add_italian(site)
    assert build(site) == ""
    edit(
        site / "meetings" / "bodies.yaml",
        "  language: it\n",
        "  language: it\n  words:\n    headings:\n      absent: [assenti giustificati]\n"
        "      guests: [presenti]\n",
    )
    assert rebuild_and_compare(site, tmp_path / "clean") == []
    with (site / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("minutes_words = {'it': {'roles': {'guest': ['segretaria']}}}\n")
    assert rebuild_and_compare(site, tmp_path / "clean", "-j", "2") == []


def test_mistakes_in_a_words_file_are_said_at_their_line(site: Path) -> None:
    folder = add_italian(site)
    edit(folder / "sphinx_minutes.yaml", "  chair: [presidente]", "  chairman: [presidente]")
    warned = build(site)
    assert (
        "locales/it/LC_MESSAGES/sphinx_minutes.yaml:22: WARNING: 'chairman' is not a meaning "
        "of 'roles'"
    ) in warned
    assert "[minutes.words]" in warned
    assert "[minutes.language]" not in warned


def test_a_catalogue_that_cannot_be_read_is_said(site: Path) -> None:
    folder = add_italian(site)
    (folder / "sphinx_minutes.po").write_bytes(b'msgid "Place"\nmsgstr "Sede \xe8"\n')
    warned = build(site)
    assert (
        "locales/it/LC_MESSAGES/sphinx_minutes.po:1: WARNING: The catalogue cannot be read"
    ) in warned
    assert "[minutes.language]" in warned
    assert "Place: Sede del circolo" in page_text(site / "_build", BOARD)
