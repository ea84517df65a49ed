"""The benchmark's generated archive is valid minutes, and its plain and pages twins the
same text: otherwise `make bench` would measure warnings, or compare different words."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import page_text, sphinx_build

sys.path.insert(0, str(Path(__file__).parent / "benchmark"))

import corpus
import twin


def test_the_generated_archive_builds_without_a_warning(tmp_path: Path) -> None:
    minutes, plain = tmp_path / "minutes", tmp_path / "plain"
    files = corpus.write(minutes, 6, plain=False, per_body=3)
    corpus.write(plain, 6, plain=True, per_body=3)
    for root in (minutes, plain):
        result = sphinx_build("-W", "-b", "html", str(root), str(root / "_build"))
        assert result.returncode == 0, result.stderr
    assert [f.parent.name for f in files] == ["rad-01"] * 3 + ["rad-02"] * 3
    page = f"meetings/rad-01/{files[1].stem}"
    ours, theirs = page_text(minutes / "_build", page), page_text(plain / "_build", page)
    # The follow-up of the body's first meeting is closed by its second.
    assert "Uppdraget från förra mötet är utfört." in ours
    assert "Sammanställa rådets synpunkter till nästa möte." in ours
    for sentence in ("Dagordningen godkändes.", "Finns det mätbara mål?"):
        assert sentence in ours and sentence in theirs


def test_the_seed_copies_build_without_a_warning_and_keep_the_seed_words(tmp_path: Path) -> None:
    minutes, plain = tmp_path / "minutes", tmp_path / "plain"
    files = corpus.write_seed_copies(minutes, 3, plain=False)
    corpus.write_seed_copies(plain, 3, plain=True)
    for root in (minutes, plain):
        result = sphinx_build("-W", "-b", "html", str(root), str(root / "_build"))
        assert result.returncode == 0, result.stderr
    assert [f.stem for f in files] == ["2015-01-10", "2015-02-10", "2015-03-10"]
    page = "meetings/scb-kommunikation/2015-02-10"
    ours, theirs = page_text(minutes / "_build", page), page_text(plain / "_build", page)
    assert "Möte i SCB:s användarråd för kommunikation 10 februari 2015" in ours
    # The same people and words as the seed, each time; the previous minutes linked.
    for words in ("Åsa Olsson", "En målbild för den betalda uppdragsverksamheten"):
        assert words in ours and words in theirs
    assert "10 januari 2015" in ours
    scb = page_text(minutes / "_build", "registers/organisations/scb")
    assert scb.count("En målbild för den betalda uppdragsverksamheten") == 3


def test_the_pages_twin_builds_without_a_warning_and_has_the_same_history_pages(
    tmp_path: Path,
) -> None:
    """The pages twin (plain MyST with the history pages written by hand) must be the same
    site as minutes' to compare with: the SCB page's words as minutes writes them."""
    minutes, pages = tmp_path / "minutes", tmp_path / "pages"
    corpus.write_seed_copies(minutes, 3, plain=False)
    corpus.write_seed_copies(pages, 3, plain=True)
    result = sphinx_build("-W", "-b", "html", str(minutes), str(minutes / "_build"))
    assert result.returncode == 0, result.stderr
    written = twin.add_pages(pages, minutes, minutes / "_build")
    assert pages / "registers" / "organisations" / "scb.md" in written
    result = sphinx_build("-W", "-b", "html", str(pages), str(pages / "_build"))
    assert result.returncode == 0, result.stderr
    for page in ("registers/organisations/scb", "registers/index"):
        ours, theirs = page_text(minutes / "_build", page), page_text(pages / "_build", page)
        assert ours == theirs
    assert "sphinx_minutes" not in (pages / "conf.py").read_text(encoding="utf-8")
