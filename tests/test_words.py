"""The vocabulary as data: the words files shipped, a body's own words, a project's, and
what becomes of people under a heading no words name."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOTS, build_once, copy_root, page_text, warning_lines
from sphinx_minutes.model.names import fold
from sphinx_minutes.model.registered import Body
from sphinx_minutes.model.vocabulary import SECTIONS
from sphinx_minutes.read.registry import Registry
from sphinx_minutes.read.words import shipped, shipped_language, shipped_languages

PEOPLE = "registers/people"


@pytest.mark.parametrize("language", shipped_languages())
def test_a_shipped_file_is_read_whole_and_gives_each_word_one_meaning(language: str) -> None:
    """A word with two meanings in one section would be read as whichever came first."""
    words = shipped(language)  # a mistake in the file raises
    assert words["headings"] and words["roles"] and words["statements"]
    for section, meanings in words.items():
        assert section in SECTIONS
        seen: dict[str, str] = {}
        for meaning, said in meanings.items():
            for word in said:
                assert seen.setdefault(fold(word), meaning) == meaning, (section, word)


@pytest.mark.parametrize("language", shipped_languages())
def test_a_language_never_changes_what_an_english_word_means(language: str) -> None:
    """Every meeting also reads English: its own words may not give one another meaning."""
    own, english = shipped(language), shipped("en")
    for section, meanings in own.items():
        theirs = {fold(w): m for m, said in english.get(section, {}).items() for w in said}
        for meaning, said in meanings.items():
            for word in said:
                assert theirs.get(fold(word), meaning) == meaning, (section, word)


@pytest.mark.parametrize(
    ("code", "shipped_as"),
    [("sv", "sv"), ("sv-FI", "sv"), ("en_GB", "en"), ("EN", "en"), ("it", None), ("", None)],
)
def test_the_shipped_language_a_code_is_read_in(code: str, shipped_as: str | None) -> None:
    assert shipped_language(code) == shipped_as


def test_a_meeting_reads_its_language_its_bodys_the_sites_and_english() -> None:
    registry = Registry(bodies={"rad": Body("rad", "Rådet", language="sv")})
    english = registry.vocabulary("en")
    swedish = registry.vocabulary("sv")
    assert english.headings["present"] == swedish.headings["närvarande"] == ("members", "present")
    assert "närvarande" not in english.headings
    assert swedish.languages == ("sv", "en") and english.languages == ("en",)
    assert registry.vocabulary("en", "rad").languages == ("en", "sv")  # its body's
    registry.language = "sv"
    assert registry.vocabulary("en", "other").languages == ("en", "sv")  # the site's


def built_words_root(tmp_path: Path, **overrides: object):
    srcdir = copy_root("check-common", tmp_path)
    copy_root("test-words", tmp_path)
    return build_once(srcdir, confoverrides=overrides) if overrides else build_once(srcdir)


def status_at(outdir: Path, slug: str) -> str:
    """The person page's line for the one meeting of the words archive."""
    text = page_text(outdir, f"{PEOPLE}/{slug}")
    return text.split("Meetings", 1)[1].split("Statements", 1)[0]


def test_a_bodys_own_words_are_read_as_shipped_ones(tmp_path: Path) -> None:
    """``Deltog:`` (the body's heading for members present) and ``(via Teams)`` (its word
    for remote) are understood; ``Ursäktade:``, given a meaning that does not exist, is
    reported and its people get no status, never "present"."""
    app = built_words_root(tmp_path)
    assert warning_lines(app, tmp_path) == (
        (ROOTS / "test-words" / "expected.txt").read_text(encoding="utf-8").splitlines()
    )
    assert "(present, ordförande)" in status_at(app.outdir, "asa-olsson")
    assert "(remote)" in status_at(app.outdir, "lotta-sima")
    assert "(status not known)" in status_at(app.outdir, "hampus-brynolf")
    assert "absent" not in status_at(app.outdir, "hampus-brynolf")


def test_the_projects_words_fill_what_the_body_lacks(tmp_path: Path) -> None:
    app = built_words_root(tmp_path, minutes_words={"sv": {"headings": {"absent": ["Ursäktade"]}}})
    assert not any("Ursäktade" in line for line in warning_lines(app, tmp_path))
    assert "(absent)" in status_at(app.outdir, "hampus-brynolf")


def test_project_words_that_cannot_be_read_are_reported(tmp_path: Path) -> None:
    app = built_words_root(tmp_path, minutes_words={"sv": {"headings": ["Ursäktade"]}})
    assert (
        "WARNING: The section 'headings' in minutes_words['sv'] of conf.py must map "
        "meanings to words."
    ) in "\n".join(warning_lines(app, tmp_path))
