"""Labels follow each meeting's language: the meeting's option, its body's, the project's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from sphinx.testing.util import SphinxTestApp

from conftest import PROJECT, build_root, page_text, soup
from sphinx_minutes.model.labels import compile_catalogs, gettext_for
from sphinx_minutes.model.meeting import Vote
from sphinx_minutes.model.votes import side_label, summary

PACKAGE = PROJECT / "_ext" / "sphinx_minutes"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("languages", tmp_path_factory.mktemp("languages"))


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    assert built.warning.getvalue() == ""


def test_project_language_swedish(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, "meetings/styrelsen/2024-03-05")
    assert "Fråga: När börjar arbetet?" in text
    assert "Svar: I maj." in text
    assert "Beslut: Styrelsen godkänner offerten." in text
    assert "Mötesform:fysiskt möte" in text.replace(": ", ":")
    assert "Datum:5 mars 2024" in text.replace(": ", ":")
    assert soup(built.outdir, "meetings/styrelsen/2024-03-05").find("section", id="punkt-1")


@pytest.mark.parametrize("body", ["board", "rada"])
def test_body_or_meeting_language_english(built: SphinxTestApp, body: str) -> None:
    page = f"meetings/{body}/2024-03-05"
    text = page_text(built.outdir, page)
    assert "Question: När börjar arbetet?" in text
    assert "Answer: I maj." in text
    assert "Decision: Styrelsen godkänner offerten." in text
    assert "Date:March 5, 2024" in text.replace(": ", ":")
    assert soup(built.outdir, page).find("section", lang="en").find("section", id="item-1")


CATALOGUES = sorted(p.name for p in (PACKAGE / "locale").glob("*/") if p.name != "en")
"""Every catalogue shipped but English's (whose msgids are its labels)."""


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_label_is_translated(language: str) -> None:
    marked = {
        message
        for _, _, message, _, _ in extract_from_dir(
            str(PACKAGE), method_map=[("**.py", "python")], keywords={"t": None, "N_": None}
        )
    }
    # Babel cannot see into f-strings: find every N_("…") in the source as well.
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    marked |= {message for _, message in re.findall(r"""N_\((["'])(.+?)\1\)""", source)}
    with (PACKAGE / f"locale/{language}/LC_MESSAGES/sphinx_minutes.po").open("rb") as po:
        catalog = read_po(po)
    translated = {  # a label with plural forms counts once, by its singular
        m.id[0] if isinstance(m.id, tuple) else m.id
        for m in catalog
        if m.id and all(m.string if isinstance(m.string, tuple) else (m.string,))
    }
    assert marked, "no labels found: the extraction keywords are wrong"
    assert marked - translated == set()
    assert translated - marked == set(), "the catalog has labels the code no longer uses"


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "adopted unanimously"),
        ("sv", "bifallet enhälligt"),
        ("de", "einstimmig angenommen"),
        ("nb", "enstemmig vedtatt"),
        ("fi", "hyväksyttiin yksimielisesti"),
    ],
)
def test_outcome_and_manner_in_the_languages_order(
    language: str, shown: str, tmp_path: Path
) -> None:
    """ "einstimmig angenommen", never "angenommen einstimmig": the order is a label too."""
    compile_catalogs(tmp_path)
    assert summary(gettext_for(language), Vote(unanimous=True), "adopted") == shown


@pytest.mark.parametrize(
    ("language", "count", "shown"),
    [
        ("en", 1, "1 abstained"),
        ("de", 1, "1 Enthaltung"),
        ("de", 3, "3 Enthaltungen"),
        ("fr", 1, "1 abstention"),
        ("fr", 2, "2 abstentions"),
        ("fi", 1, "1 tyhjä"),
        ("fi", 4, "4 tyhjää"),
        ("sv", 1, "1 avstod"),
    ],
)
def test_a_count_takes_the_form_its_language_gives_it(
    language: str, count: int, shown: str, tmp_path: Path
) -> None:
    """ "1 Enthaltung", never "1 Enthaltungen": a side's label follows its count."""
    compile_catalogs(tmp_path)
    assert side_label(gettext_for(language), "abstained", count) == shown
