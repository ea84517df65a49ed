"""Minutes in the languages shipped besides Swedish and English, one meeting each, written
as a secretary of that country writes them: a German Verein's Mitgliederversammlung with
its TOPs, a French association's conseil d'administration, a Norwegian borettslag's
styremøte, a Danish grundejerforening's bestyrelsesmøde and a Finnish kotiseutuyhdistys's
hallituksen kokous. Each has members present, excused, remote and present for part of the
meeting, a chair and a minute-taker, questions and answers, a counted decision and
follow-ups.

The tests are a table: a language is a row of :data:`LANGUAGES`, so another language is
one more row. What a reader must find of each: it builds without a warning; its labels and
dates are in its language on the meeting's page, with no English left; every sentence
written is on the page; each person's page shows their status at the meeting; the excused
are absent wherever they are shown; partial presence, the chair and the minute-taker are
read; arrivals, departures, items and times are read as its minutes write them; and its
body's volume as PDF is set in its language (captions, labels, dates, hyphenation, the
index in its order).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.docutils import patch_docutils

from conftest import ROOTS, build_root, copy_root, page_text, soup, sphinx_build, warning_lines
from sphinx_minutes.read.clock import sessions
from sphinx_minutes.read.moments import read_moment
from sphinx_minutes.read.registry import Registry

TEX_TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext")

ENGLISH = ("Body:", "Date:", "Decision", "Follow-up", "Question", "present", "absent")
"""Labels that would show a page fell back to English."""

Moment = tuple[str, str | None, bool, str | None]
"""A note read as an arrival or departure: (arrived or left, the item, after the item, the
clock time)."""


@dataclass(frozen=True)
class Language:
    """One language's test meeting, and what a reader must find of it."""

    root: str
    """``tests/roots/test-<root>``."""
    body: str
    """The body, whose volume is the PDF."""
    date: str
    title: str
    """The meeting's title, as the people's pages name it."""
    on_page: tuple[str, ...]
    """Labels and dates of the meeting's page, in its language."""
    alike: tuple[str, ...]
    """The labels of :data:`ENGLISH` its language writes alike, which may be on its page."""
    statuses: dict[str, str]
    """A person's page (by slug): how it shows the person at the meeting."""
    excused: tuple[str, ...]
    """The people under the heading for the excused: absent wherever they are shown."""
    present: str
    """The label for present, which the excused never get."""
    moments: dict[str, tuple[str | None, str | None]]
    """A person present for part of the meeting: (arrived, left), each an item number or
    a clock time."""
    items: dict[str, tuple[str, ...]]
    """A person present for some items only."""
    chair: str
    secretary: str
    notes: dict[str, Moment | None]
    """Arrival and departure notes as its minutes write them, or None for a note that is
    no arrival or departure."""
    item_notes: dict[str, tuple[str, ...]]
    """Notes naming the items a person was present for, and those items."""
    times: dict[str, tuple[str, str]]
    """A meeting's ``:time:`` as its minutes write it: its start and end."""
    in_latex: tuple[str, ...]
    """What the volume's LaTeX holds: its language's hyphenation, labels and date."""
    in_pdf: tuple[str, ...]
    """What the volume's PDF shows."""
    xindy: str
    """The index order the PDF is sorted in."""
    index: tuple[str, str]
    """Two index entries, the second after the first in its language's order (the German
    meeting indexes no name an umlaut would move: its pair is in plain order)."""

    @property
    def docname(self) -> str:
        return f"meetings/{self.body}/{self.date}"

    @property
    def source(self) -> Path:
        return ROOTS / f"test-{self.root}" / f"{self.docname}.md"


LANGUAGES = {
    "de": Language(
        root="lang-de",
        body="mitgliederversammlung",
        date="2024-02-17",
        title="Ordentliche Mitgliederversammlung, 17. Februar 2024",
        on_page=(
            "Gremium: Mitgliederversammlung des Kanuvereins Elbaue",
            "Datum: 17. Februar 2024",
            "Sitzungsform: hybride Sitzung",
            "Zeit: 14:00–16:10",
            "Sitzungsleitung: Katrin Vogel",
            "Protokoll: Jonas Brenner",
            "Beschlussfähigkeit: Beschlussfähig",
            "Berichterstattung: Sabine Kröger",
            "Beschluss (einstimmig): Das Protokoll",
            "Frage Tobias Wendt: Reicht",
            "Antwort Sabine Kröger: Zu zwei Dritteln",
            "Frage von den Teilnehmenden: Bis wann",
            "Aufgabe (der Vorstand, bis 31. März 2024): Der Vorstand",
            "Antrag von Matthias Ebert, unterstützt von Leonie Hartmann "
            "(angenommen; 18 dafür, 6 dagegen, 3 Enthaltungen):",
            "Beschluss (20 dafür, 2 dagegen, 3 Enthaltungen): Zu Kassenprüfern",
            "Aufgabe (alle, bis zur nächsten Sitzung): Die Mitglieder",
        ),
        alike=(),
        statuses={
            "katrin-vogel": "(anwesend, 1. Vorsitzende)",
            "leonie-hartmann": "(zugeschaltet, Beisitzerin)",
            "tobias-wendt": "(anwesend)",
            "ulrike-sommer": "(anwesend)",
            "heike-lorenz": "(anwesend)",
            "peter-albrecht": "(abwesend)",
            "miriam-scholz": "(abwesend)",
        },
        excused=("Peter Albrecht", "Miriam Scholz"),
        present="anwesend",
        moments={
            "Tobias Wendt": ("3", None),
            "Ulrike Sommer": (None, "5"),
            "Felix Baumann": (None, "15:20"),
        },
        items={"Heike Lorenz": ("4",)},
        chair="Katrin Vogel",
        secretary="Jonas Brenner",
        notes={
            "verließ die Sitzung nach TOP 5": ("left", "5", True, None),
            "verlässt die Versammlung vor TOP 6": ("left", "6", False, None),
            "bis TOP 5": ("left", "5", True, None),
            "ging um 14.14 Uhr": ("left", None, False, "14:14"),
            "ging um 15.20 Uhr": ("left", None, False, "15:20"),
            "ab TOP 3": ("arrived", "3", False, None),
            "kam um 19.45 Uhr": ("arrived", None, False, "19:45"),
            "ab 19.45 Uhr": ("arrived", None, False, "19:45"),
            "TOP 4": None,
        },
        item_notes={
            "TOP 4": ("4",),
            "TOP 6": ("6",),
            "TOPs 3–5": ("3", "4", "5"),
            "TOP 3 bis 5": ("3", "4", "5"),
            "TOP 2 und 4": ("2", "4"),
        },
        times={"14.00–16.10 Uhr": ("14:00", "16:10"), "19:00 bis 21:30 Uhr": ("19:00", "21:30")},
        in_latex=(
            r"\setmainlanguage[spelling=new]{german}",
            r"\date{17. Februar 2024}",
            "Ordentliche Mitgliederversammlung, 17. Februar 2024",
            r"\section{TOP 3: Bericht der Kassenwartin}",
            "Beschluss (20 dafür, 2 dagegen, 3 Enthaltungen):",
        ),
        in_pdf=("Inhaltsverzeichnis", "17. Februar 2024", "Funktion und Anmerkungen", "14:25"),
        xindy="-L german-din5007",
        index=("Matthias Ebert", "Mitgliedsbeiträge"),
    ),
    "fr": Language(
        root="lang-fr",
        body="conseil",
        date="2024-02-17",
        title="Conseil d'administration du 17 février 2024",
        on_page=(
            "Instance: Conseil d'administration des Amis du canal",
            "Date: 17 février 2024",
            "Format: hybride",
            "Horaire: 18:30–20:45",
            "Présidence: Claire Martin",
            "Secrétaire de séance: Julien Roux",
            "Rapporteurs: Nadia Benali",
            "Décision (à l'unanimité): Le procès-verbal",
            "Question Élodie Faure: La hausse",
            "Réponse Nadia Benali: Oui",
            "Décision (4 pour, 1 contre, 2 abstentions): Le conseil adopte",
            "Proposition présentée par Antoine Lefèvre, appuyée par Marc Petit "
            "(adoptée à l'unanimité):",
            "Action (Antoine Lefèvre, échéance 30 avril 2024): Demander",
            "Question des participants: Qui prend en charge",
            "Action (le bureau, échéance la prochaine réunion): Proposer",
        ),
        alike=("Date:", "Question", "absent"),
        statuses={
            "claire-martin": "(présent, présidente)",
            "sophie-garnier": "(à distance, administratrice)",
            "marc-petit": "(présent)",
            "elodie-faure": "(présent)",
            "thomas-girard": "(présent)",
            "bernard-chevalier": "(absent)",
            "isabelle-moreau": "(absent)",
        },
        excused=("Bernard Chevalier", "Isabelle Moreau"),
        present="présent",
        moments={"Marc Petit": (None, "3"), "Élodie Faure": ("2", None)},
        items={"Thomas Girard": ("4",)},
        chair="Claire Martin",
        secretary="Julien Roux",
        notes={
            "quitte la séance après le point 5": ("left", "5", True, None),
            "quitte la séance après le point 3": ("left", "3", True, None),
            "jusqu'au point 4": ("left", "4", True, None),
            "jusqu’au point 4": ("left", "4", True, None),
            "part à 21 h 15": ("left", None, False, "21:15"),
            "à partir du point 3": ("arrived", "3", False, None),
            "à partir du point 2": ("arrived", "2", False, None),
            "arrive à 14h30": ("arrived", None, False, "14:30"),
            "point 4": None,
        },
        item_notes={
            "point 4": ("4",),
            "point 6": ("6",),
            "points 3 à 5": ("3", "4", "5"),
            "points 3–5": ("3", "4", "5"),
            "points 2 et 4": ("2", "4"),
        },
        times={"18 h 30 à 20 h 45": ("18:30", "20:45"), "9h00–12h00": ("09:00", "12:00")},
        in_latex=(
            r"\usepackage{babel}",
            r"\date{17 février 2024}",
            "Conseil d'administration du 17 février 2024",
            r"\section{Point 2 : Budget prévisionnel 2024}",
            "Décision (4 pour, 1 contre, 2 abstentions):",
        ),
        in_pdf=("Table des matières", "17 février 2024", "Fonction et remarques", "18:30–20:45"),
        xindy="-L french",
        index=("Élodie Faure", "Entretien des berges"),
    ),
    "nb": Language(
        root="lang-nb",
        body="styret",
        date="2024-02-17",
        title="Styremøte 17. februar 2024",
        on_page=(
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
        ),
        alike=(),
        statuses={
            "ingrid-haugen": "(til stede, styreleder)",
            "magnus-berg": "(til stede, sekretær)",
            "sigrid-lunde": "(digitalt, nestleder)",
            "henrik-dahl": "(til stede, styremedlem)",
            "tone-bakke": "(til stede, styremedlem)",
            "jonas-solberg": "(til stede)",
            "per-hagen": "(til stede, forretningsfører)",
            "øystein-moen": "(fraværende, styremedlem)",
        },
        excused=("Øystein Moen",),
        present="til stede",
        moments={"Henrik Dahl": (None, "5"), "Tone Bakke": ("3", None)},
        items={"Jonas Solberg": ("3", "4", "5"), "Per Hagen": ("4",)},
        chair="Ingrid Haugen",
        secretary="Magnus Berg",
        notes={
            "forlot møtet etter sak 5": ("left", "5", True, None),
            "gikk før sak 6": ("left", "6", False, None),
            "fra og med sak 3": ("arrived", "3", False, None),
            "fra sak 3": ("arrived", "3", False, None),
            "ankom kl. 18.30": ("arrived", None, False, "18:30"),
            "sakene 3–5": None,
        },
        item_notes={
            "sak 4": ("4",),
            "sak 6": ("6",),
            "sakene 3–5": ("3", "4", "5"),
            "sak 3 og 4": ("3", "4"),
        },
        times={"kl. 18.00–20.30": ("18:00", "20:30"), "kl. 18.00 til 20.30": ("18:00", "20:30")},
        in_latex=(
            r"\setmainlanguage{norsk}",
            r"\date{17. februar 2024}",
            "Styremøte 17. februar 2024",
            "Møteleder",
            "Vedtak (4 for, 1 mot, 1 avsto):",
        ),
        in_pdf=("Innhold", "17. februar 2024", "Navn", "Rolle og merknader", "Vedtak"),
        xindy="-L norwegian",
        index=("Vedlikehold", "Øystein Moen"),
    ),
    "da": Language(
        root="lang-da",
        body="bestyrelsen",
        date="2024-03-07",
        title="Bestyrelsesmøde 7. marts 2024",
        on_page=(
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
        ),
        alike=(),
        statuses={
            "mette-kjær": "(til stede, formand)",
            "lars-thomsen": "(online, næstformand)",
            "birgitte-holm": "(til stede, kasserer)",
            "søren-friis": "(til stede, bestyrelsesmedlem)",
            "anne-vestergaard": "(til stede, referent)",
            "jesper-lund": "(til stede)",
            "kirsten-bach": "(til stede)",
            "niels-poulsen": "(fraværende, bestyrelsesmedlem)",
        },
        excused=("Niels Poulsen",),
        present="til stede",
        moments={"Birgitte Holm": (None, "5"), "Søren Friis": ("2", None)},
        items={"Jesper Lund": ("3", "4", "5"), "Kirsten Bach": ("4",)},
        chair="Mette Kjær",
        secretary="Anne Vestergaard",
        notes={
            "forlod mødet efter punkt 5": ("left", "5", True, None),
            "fra punkt 3": ("arrived", "3", False, None),
            "fra punkt 2": ("arrived", "2", False, None),
            "mødte op kl. 19.15": ("arrived", None, False, "19:15"),
            "punkterne 3–5": None,
        },
        item_notes={
            "punkt 4": ("4",),
            "punkt 6": ("6",),
            "punkterne 3–5": ("3", "4", "5"),
            "pkt. 3 og 4": ("3", "4"),
        },
        times={"kl. 19.00–21.30": ("19:00", "21:30"), "kl. 19.00 til 21.30": ("19:00", "21:30")},
        in_latex=(
            r"\setmainlanguage{danish}",
            r"\date{7. marts 2024}",
            "Bestyrelsesmøde 7. marts 2024",
            "Mødeleder",
        ),
        in_pdf=("Indhold", "7. marts 2024", "Navn", "Rolle og bemærkninger", "Beslutning"),
        xindy="-L danish",
        index=("Veje og stier", "Økonomi"),
    ),
    "fi": Language(
        root="lang-fi",
        body="hallitus",
        date="2024-02-17",
        title="Hallituksen kokous 2/2024",
        on_page=(
            "Toimielin: Koskelan Kotiseutuyhdistys ry:n hallitus",
            "Päivämäärä: 17. helmikuuta 2024",
            "Kokousmuoto: hybridikokous",
            "Puheenjohtaja: Aino Laaksonen",
            "Sihteeri: Leena Salo",
            "Esittelijät: Eero Nurmi",
            "Aiheet: Tapahtumat",
            "Kysymys osallistujilta:",
            "Vastaus Eero Nurmi:",
            "Päätös (4 puolesta, 1 vastaan, 1 tyhjä):",
            "Toimenpide (Leena Salo, määräaika 15. maaliskuuta 2024):",
            "Toimenpide (hallitus, määräaika seuraava kokous):",
        ),
        alike=(),
        statuses={
            "aino-laaksonen": "(läsnä, puheenjohtaja)",
            "mikko-heikkinen": "(etänä, varapuheenjohtaja)",
            "leena-salo": "(läsnä, sihteeri)",
            "juha-koivisto": "(läsnä, rahastonhoitaja)",
            "sanna-rantanen": "(läsnä, jäsen)",
            "ville-makinen": "(läsnä)",
            "eero-nurmi": "(läsnä, kirjastonjohtaja)",
            "tuomas-lehtonen": "(poissa, jäsen)",
        },
        excused=("Tuomas Lehtonen",),
        present="läsnä",
        moments={"Juha Koivisto": (None, "5"), "Sanna Rantanen": ("2", None)},
        items={"Ville Mäkinen": ("3", "4", "5"), "Eero Nurmi": ("4",)},
        chair="Aino Laaksonen",
        secretary="Leena Salo",
        notes={
            "poistui kohdan 5 jälkeen": ("left", "5", True, None),
            "poistui kokouksesta kohdan 4 käsittelyn jälkeen": ("left", "4", True, None),
            "poistui ennen kohtaa 6": ("left", "6", False, None),
            "kohdasta 3 alkaen": ("arrived", "3", False, None),
            "kohdasta 2 alkaen": ("arrived", "2", False, None),
            "saapui klo 17.30": ("arrived", None, False, "17:30"),
            "kohdat 3–5": None,
        },
        item_notes={
            "kohta 4": ("4",),
            "kohta 6": ("6",),
            "kohdat 3–5": ("3", "4", "5"),
            "kohdissa 3 ja 4": ("3", "4"),
        },
        times={"klo 18.00–20.15": ("18:00", "20:15"), "18:00–20:15": ("18:00", "20:15")},
        in_latex=(
            r"\setmainlanguage{finnish}",
            r"\date{17. helmikuuta 2024}",
            "Hallituksen kokous 2/2024",
            "Puheenjohtaja",
        ),
        in_pdf=("Sisällys", "17. helmikuuta 2024", "Nimi", "Rooli ja huomautukset", "Päätös"),
        xindy="-L finnish",
        index=("Ville Mäkinen", "Äänitearkisto"),
    ),
}

CODES = sorted(LANGUAGES)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, SphinxTestApp]]:
    """Each language's site, built once when a test first asks for it, with docutils
    patched as `sphinx-build` patches it: docutils ships no Norwegian, and without the
    patch it warns that its own words are English (`sphinx-build` does not)."""

    class Built(dict[str, tuple[Path, SphinxTestApp]]):
        def __missing__(self, code: str) -> tuple[Path, SphinxTestApp]:
            srcdir = tmp_path_factory.mktemp(code)
            with patch_docutils(srcdir):
                self[code] = (srcdir, build_root(LANGUAGES[code].root, srcdir))
            return self[code]

    return Built()


@pytest.fixture(params=CODES)
def built(
    request: pytest.FixtureRequest, sites: dict[str, tuple[Path, SphinxTestApp]]
) -> tuple[Language, Path, SphinxTestApp]:
    code: str = request.param
    return (LANGUAGES[code], *sites[code])


def prose(source: Path) -> list[str]:
    """The lines a reader must find on the page: not options, fences or headings; an
    attendance line without its bullet, bold without its stars. A speaker line keeps its
    speaker; the page prints the colon after a speaker as its labels' colon, without a
    space before it."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith((":", "#", "`")) or "{" in line:
            continue
        line = re.sub(r"^- ", "", line).replace("**", "")
        line = re.sub(r"^([^:]+?) : ", r"\1: ", line)
        lines.append(" ".join(line.split()))
    return lines


def test_builds_without_a_warning(built: tuple[Language, Path, SphinxTestApp]) -> None:
    _, srcdir, app = built
    assert warning_lines(app, srcdir) == []


def test_labels_and_dates_are_in_its_language(built: tuple[Language, Path, SphinxTestApp]) -> None:
    language, _, app = built
    text = page_text(app.outdir, language.docname)
    assert [said for said in language.on_page if said not in text] == []
    english = [label for label in ENGLISH if label not in language.alike and label in text]
    assert english == []


def test_every_sentence_is_on_the_page(built: tuple[Language, Path, SphinxTestApp]) -> None:
    language, _, app = built
    text = page_text(app.outdir, language.docname)
    assert [line for line in prose(language.source) if line not in text] == []


def test_each_persons_page_shows_their_status(
    built: tuple[Language, Path, SphinxTestApp],
) -> None:
    """Beside the meeting's title, on the line that names the meeting."""
    language, _, app = built
    wrong = {}
    for slug, status in language.statuses.items():
        text = page_text(app.outdir, f"registers/people/{slug}")
        if f"{language.title} {status}" not in text:
            wrong[slug] = text
    assert wrong == {}


def test_the_excused_are_absent_wherever_they_are_shown(
    built: tuple[Language, Path, SphinxTestApp],
) -> None:
    """In the model (so in every register and count), in the meeting's attendance (the
    group of the absent) and on their own pages: never present."""
    language, _, app = built
    meeting = app.env.domains["minutes"].meetings[language.docname]
    page = soup(app.outdir, language.docname)
    for name in language.excused:
        attendee = meeting.attendee(name)
        assert attendee is not None and attendee.status == "absent", name
        link = page.find("span", string=name)
        group = link.find_parent("div", class_="minutes-attendance-group")
        assert "absent" in group["class"], name
        slug = unquote(link.find_parent("a")["href"].rsplit("/", 1)[1]).removesuffix(".html")
        text = page_text(app.outdir, f"registers/people/{slug}")
        assert f"({language.present}" not in text, name


def test_partial_presence_chair_and_minute_taker_are_read(
    built: tuple[Language, Path, SphinxTestApp],
) -> None:
    language, _, app = built
    meeting = app.env.domains["minutes"].meetings[language.docname]
    for name, (arrived, left) in language.moments.items():
        attendee = meeting.attendee(name)
        assert attendee is not None, name
        read = tuple(
            moment and (moment.item or moment.time) for moment in (attendee.arrived, attendee.left)
        )
        assert read == (arrived, left), name
    for name, items in language.items.items():
        attendee = meeting.attendee(name)
        assert attendee is not None and attendee.items == items, name
    remote = [a.name for a in meeting.attendance if a.status == "remote"]
    assert len(remote) == 1
    assert meeting.chaired_by() == language.chair
    assert [s.name for s in meeting.secretaries] == [language.secretary]


@pytest.mark.parametrize("code", CODES)
def test_notes_and_times_are_read_as_its_minutes_write_them(code: str) -> None:
    """The words of its file at work, without Sphinx: arrivals, departures, items, times."""
    language, words = LANGUAGES[code], Registry().vocabulary(code)
    wrong: dict[str, object] = {}
    for note, moment in language.notes.items():
        read = read_moment(note, words)
        got = read and (read[0], read[1].item, read[1].after, read[1].time)
        if got != moment:
            wrong[note] = got
    for note, items in language.item_notes.items():
        limit = words.item_limit.match(note)
        if limit is None or words.item_numbers(limit["numbers"]) != items:
            wrong[note] = limit and words.item_numbers(limit["numbers"])
    for written, (start, end) in language.times.items():
        read_times = [(s.start, s.end) for s in sessions(written, words)]
        if read_times != [(start, end)]:
            wrong[written] = read_times
    assert wrong == {}


# The PDFs: slow, so one volume a language, built once.


@pytest.fixture(scope="module")
def latex(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each language's LaTeX and its body's volume as PDF, made as `make pdf` makes them,
    when a test first asks."""
    missing = [tool for tool in TEX_TOOLS if shutil.which(tool) is None]
    if missing:
        why = f"TeX is not installed ({', '.join(missing)} missing): see the README's `make pdf`."
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)

    class Made(dict[str, Path]):
        def __missing__(self, code: str) -> Path:
            language = LANGUAGES[code]
            srcdir = copy_root(f"test-{language.root}", tmp_path_factory.mktemp(f"pdf-{code}"))
            out = srcdir / "_build" / "latex"
            result = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
            assert result.returncode == 0, result.stderr
            made = subprocess.run(
                ["make", f"{language.body}.pdf"],
                cwd=out,
                capture_output=True,
                text=True,
                check=False,
            )
            assert made.returncode == 0, made.stdout[-3000:]
            self[code] = out
            return out

    return Made()


@pytest.mark.parametrize("code", CODES)
def test_the_pdf_is_in_its_language(code: str, latex: dict[str, Path]) -> None:
    """Captions, labels and dates in the language, its hyphenation patterns loaded, and
    the index in its order (French É with E, Norwegian and Danish Ø after V, Finnish Ä
    after Y)."""
    language = LANGUAGES[code]
    out = latex[code]
    tex = (out / f"{language.body}.tex").read_text(encoding="utf-8")
    assert [said for said in language.in_latex if said not in tex] == []
    assert (out / f"{language.body}.xdylang").read_text(encoding="utf-8").startswith(language.xindy)
    pdf = subprocess.run(
        ["pdftotext", str(out / f"{language.body}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [said for said in language.in_pdf if said not in pdf] == []
    log = (out / f"{language.body}.log").read_text(errors="replace")
    assert "No hyphenation patterns" not in log
    assert "Missing character" not in log
    first, then = language.index
    assert then in pdf[pdf.rindex(first) :], "the index is not in the language's order"
