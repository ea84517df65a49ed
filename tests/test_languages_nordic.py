"""Minutes in Norwegian, Danish and Finnish, written as their secretaries write them: a
borettslag's styremøte, a grundejerforening's bestyrelsesmøde and a kotiseutuyhdistys's
hallituksen kokous, each with present, excused, remote and partial attendance, a chair and
a minute-taker, questions and answers, a counted decision and follow-ups.

Table-driven: one dict per language of what a reader must find. Each builds without a
warning; its labels and dates are in its language on the page and in its PDF; every status
is right on the person pages; every sentence is on the page.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.docutils import patch_docutils

from conftest import ROOTS, build_root, copy_root, page_text, sphinx_build, warning_lines
from sphinx_minutes.read.moments import read_moment
from sphinx_minutes.read.registry import Registry

LANGUAGES: dict[str, dict[str, Any]] = {
    "nb": {
        "root": "lang-nb",
        "page": "meetings/styret/2024-02-17",
        "title": "Styremøte 17. februar 2024",
        "labels": [
            "Organ: Styret i Solbakken borettslag",
            "Dato: 17. februar 2024",
            "Møteform: hybridmøte",
            "Møteleder: Ingrid Haugen",
            "Referent: Magnus Berg",
            "Innledere: Per Hagen",
            "Emner: Vedlikehold",
            "Spørsmål deltakerne:",
            "Svar Per Hagen:",
            "Vedtak (4 for, 1 mot, 1 avsto):",
            "Oppfølging (Sigrid Lunde, frist 15. april 2024):",
            "Oppfølging (styret, frist neste møte):",
        ],
        "statuses": {
            "ingrid-haugen": "(til stede, styreleder)",
            "magnus-berg": "(til stede, sekretær)",
            "sigrid-lunde": "(digitalt, nestleder)",
            "henrik-dahl": "(til stede, styremedlem)",
            "tone-bakke": "(til stede, styremedlem)",
            "jonas-solberg": "(til stede)",
            "per-hagen": "(til stede, forretningsfører)",
            "øystein-moen": "(fraværende, styremedlem)",
        },
        "volume": "styret",
        "tex": [r"\setmainlanguage{norsk}", "Styremøte 17. februar 2024", "Møteleder"],
        "pdf": ["Innhold", "17. februar 2024", "Navn", "Rolle og merknader", "Vedtak"],
        "index": ("Vedlikehold", "Øystein Moen"),
    },
    "da": {
        "root": "lang-da",
        "page": "meetings/bestyrelsen/2024-03-07",
        "title": "Bestyrelsesmøde 7. marts 2024",
        "labels": [
            "Organ: Bestyrelsen for Grundejerforeningen Egebakken",
            "Dato: 7. marts 2024",
            "Mødeform: hybridmøde",
            "Mødeleder: Mette Kjær",
            "Referent: Anne Vestergaard",
            "Oplægsholdere: Kirsten Bach",
            "Emner: Kontingent, Økonomi",
            "Spørgsmål deltagerne:",
            "Svar Kirsten Bach:",
            "Forslag fra Lars Thomsen, støttet af Mette Kjær "
            "(vedtaget; 4 for, 1 imod, 1 undlod at stemme):",
            "Opfølgning (Anne Vestergaard, frist 12. april 2024):",
            "Opfølgning (bestyrelsen, frist næste møde):",
        ],
        "statuses": {
            "mette-kjær": "(til stede, formand)",
            "lars-thomsen": "(online, næstformand)",
            "birgitte-holm": "(til stede, kasserer)",
            "søren-friis": "(til stede, bestyrelsesmedlem)",
            "anne-vestergaard": "(til stede, referent)",
            "jesper-lund": "(til stede)",
            "kirsten-bach": "(til stede)",
            "niels-poulsen": "(fraværende, bestyrelsesmedlem)",
        },
        "volume": "bestyrelsen",
        "tex": [r"\setmainlanguage{danish}", "Bestyrelsesmøde 7. marts 2024", "Mødeleder"],
        "pdf": ["Indhold", "7. marts 2024", "Navn", "Rolle og bemærkninger", "Beslutning"],
        "index": ("Veje og stier", "Økonomi"),
    },
    "fi": {
        "root": "lang-fi",
        "page": "meetings/hallitus/2024-02-17",
        "title": "Hallituksen kokous 2/2024",
        "labels": [
            "Toimielin: Koskelan Kotiseutuyhdistys ry:n hallitus",
            "Päivämäärä: 17. helmikuuta 2024",
            "Kokousmuoto: hybridikokous",
            "Puheenjohtaja: Aino Laaksonen",
            "Sihteeri: Leena Salo",
            "Esittelijät: Eero Nurmi",
            "Aiheet: Tapahtumat",
            "Kysymys osallistujilta:",
            "Vastaus Eero Nurmi:",
            "Päätös (4 puolesta, 1 vastaan, 1 tyhjää):",
            "Toimenpide (Leena Salo, määräaika 15. maaliskuuta 2024):",
            "Toimenpide (hallitus, määräaika seuraava kokous):",
        ],
        "statuses": {
            "aino-laaksonen": "(läsnä, puheenjohtaja)",
            "mikko-heikkinen": "(etänä, varapuheenjohtaja)",
            "leena-salo": "(läsnä, sihteeri)",
            "juha-koivisto": "(läsnä, rahastonhoitaja)",
            "sanna-rantanen": "(läsnä, jäsen)",
            "ville-makinen": "(läsnä)",
            "eero-nurmi": "(läsnä, kirjastonjohtaja)",
            "tuomas-lehtonen": "(poissa, jäsen)",
        },
        "volume": "hallitus",
        "tex": [r"\setmainlanguage{finnish}", "17. helmikuuta 2024", "Puheenjohtaja"],
        "pdf": ["Sisällys", "17. helmikuuta 2024", "Nimi", "Rooli ja huomautukset", "Päätös"],
        "index": ("Ville Mäkinen", "Äänitearkisto"),
    },
}
"""What a reader finds of each language's meeting: labels on its page, the status on each
person's page, the LaTeX and PDF of its body's volume, two index entries in order."""

MOMENTS: dict[str, dict[str, tuple[str, str | None, bool, str | None] | None]] = {
    "nb": {
        "forlot møtet etter sak 5": ("left", "5", True, None),
        "gikk før sak 6": ("left", "6", False, None),
        "fra og med sak 3": ("arrived", "3", False, None),
        "ankom kl. 18.30": ("arrived", None, False, "18:30"),
        "sakene 3–5": None,
    },
    "da": {
        "forlod mødet efter punkt 5": ("left", "5", True, None),
        "fra punkt 3": ("arrived", "3", False, None),
        "mødte op kl. 19.15": ("arrived", None, False, "19:15"),
    },
    "fi": {
        "poistui kohdan 5 jälkeen": ("left", "5", True, None),
        "poistui kokouksesta kohdan 4 käsittelyn jälkeen": ("left", "4", True, None),
        "poistui ennen kohtaa 6": ("left", "6", False, None),
        "kohdasta 3 alkaen": ("arrived", "3", False, None),
        "saapui klo 17.30": ("arrived", None, False, "17:30"),
        "kohdat 3–5": None,
    },
}
"""Arrivals and departures as each language's minutes write them: (way, item, after the
item, time), or None for a note that is no moment."""

ENGLISH = ["Body:", "Date:", "Decision", "Follow-up", "Question", "present", "absent"]
"""Labels that would show the page fell back to English."""


@pytest.mark.parametrize(
    ("language", "note"), [(lang, note) for lang, notes in MOMENTS.items() for note in notes]
)
def test_a_moment_is_read_as_its_language_writes_it(language: str, note: str) -> None:
    read = read_moment(note, Registry().vocabulary(language))
    got = read and (read[0], read[1].item, read[1].after, read[1].time)
    assert got == MOMENTS[language][note]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, SphinxTestApp]]:
    """Each language's archive, built once when a test first asks for it, with docutils
    patched as `sphinx-build` patches it: docutils ships no Norwegian, and without the
    patch it warns that its own words are English (`sphinx-build` does not)."""

    class Built(dict[str, tuple[Path, SphinxTestApp]]):
        def __missing__(self, language: str) -> tuple[Path, SphinxTestApp]:
            srcdir = tmp_path_factory.mktemp(language)
            with patch_docutils(srcdir):
                self[language] = (srcdir, build_root(LANGUAGES[language]["root"], srcdir))
            return self[language]

    return Built()


def prose(source: Path) -> list[str]:
    """The lines a reader must find on the page: not options, fences or headings. A
    speaker line keeps its speaker; an attendance line drops its bullet."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith((":", "#", "`")) or "{" in line:
            continue
        lines.append(re.sub(r"^- ", "", line).replace("**", ""))
    return lines


def meeting_text(built: dict[str, tuple[Path, SphinxTestApp]], language: str) -> str:
    _, app = built[language]
    return page_text(app.outdir, LANGUAGES[language]["page"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_builds_without_a_warning(
    built: dict[str, tuple[Path, SphinxTestApp]], language: str
) -> None:
    srcdir, app = built[language]
    assert warning_lines(app, srcdir) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_and_dates_are_in_its_language(
    built: dict[str, tuple[Path, SphinxTestApp]], language: str
) -> None:
    text = meeting_text(built, language)
    missing = [label for label in LANGUAGES[language]["labels"] if label not in text]
    assert missing == []
    assert [label for label in ENGLISH if label in text] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_status_is_right_on_the_person_pages(
    built: dict[str, tuple[Path, SphinxTestApp]], language: str
) -> None:
    _, app = built[language]
    expected = LANGUAGES[language]
    wrong = {
        slug: status
        for slug, status in expected["statuses"].items()
        if f"{expected['title']} {status}" not in page_text(app.outdir, f"registers/people/{slug}")
    }
    assert wrong == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_is_on_the_page(
    built: dict[str, tuple[Path, SphinxTestApp]], language: str
) -> None:
    source = ROOTS / f"test-{LANGUAGES[language]['root']}" / f"{LANGUAGES[language]['page']}.md"
    text = meeting_text(built, language)
    lost = [line for line in prose(source) if " ".join(line.split()) not in text]
    assert lost == []


# The PDFs: slow, so one volume a language, checked once.

TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext")


def volume(root: str, body: str, target: Path) -> Path:
    """The body's volume as LaTeX and PDF, made as `make pdf` makes it."""
    srcdir = copy_root(f"test-{root}", target)
    out = srcdir / "_build" / "latex"
    latex = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert latex.returncode == 0, latex.stderr
    made = subprocess.run(
        ["make", f"{body}.pdf"], cwd=out, capture_output=True, text=True, check=False
    )
    assert made.returncode == 0, made.stdout[-3000:]
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_its_pdf_is_set_in_its_language(tmp_path: Path, language: str) -> None:
    """Captions, labels and dates in the language, its hyphenation patterns loaded, and
    the index in its order (Norwegian and Danish Ø after V, Finnish Ä after Y)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        why = f"TeX is not installed ({', '.join(missing)} missing)."
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    expected = LANGUAGES[language]
    out = volume(expected["root"], expected["volume"], tmp_path)
    tex = (out / f"{expected['volume']}.tex").read_text(encoding="utf-8")
    assert [line for line in expected["tex"] if line not in tex] == []
    pdf = subprocess.run(
        ["pdftotext", str(out / f"{expected['volume']}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [line for line in expected["pdf"] if line not in pdf] == []
    log = (out / f"{expected['volume']}.log").read_text(errors="replace")
    assert "No hyphenation patterns" not in log and "Missing character" not in log
    first, then = expected["index"]
    assert then in pdf[pdf.rindex(first) :], "the index is not in the language's order"
