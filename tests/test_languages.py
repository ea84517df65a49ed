"""Minutes in the languages shipped, one meeting each, written as a secretary of that
country writes them: a German Verein's Mitgliederversammlung with its TOPs and a French
association's conseil d'administration. Each has members present, excused, remote and
present for part of the meeting, a chair and a minute-taker, questions and answers, a
counted decision and a follow-up.

The tests are a table: a language is a row of :data:`LANGUAGES` (its root, and what its
page, its people's pages and its PDF must say), so another language is one more row.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import ROOTS, build_root, copy_root, page_text, soup, sphinx_build, warning_lines
from sphinx_minutes.read.clock import sessions
from sphinx_minutes.read.moments import read_moment
from sphinx_minutes.read.registry import Registry

TEX_TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext")


@dataclass(frozen=True)
class Language:
    """One language's test meeting, and what a reader must find of it."""

    root: str
    """``tests/roots/test-<root>``."""
    body: str
    date: str
    on_page: tuple[str, ...]
    """Labels and dates of the meeting's page, in its language."""
    statuses: dict[str, str]
    """A person's page (by slug): how it shows the person at the meeting."""
    excused: tuple[str, ...]
    """The people under the heading for the excused: absent wherever they are shown."""
    present: str
    """The label for present, which the excused never get."""
    moments: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    """A person present for part of the meeting: (arrived, left), each an item number or
    a clock time."""
    items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A person present for some items only."""
    chair: str = ""
    secretary: str = ""
    in_latex: tuple[str, ...] = ()
    """What the meeting's LaTeX holds: its language's hyphenation, labels and date."""
    in_pdf: tuple[str, ...] = ()
    """What the meeting's PDF shows."""
    xindy: str = ""
    """The index order the PDF is sorted in."""
    notes: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    """Arrival and departure notes as its minutes write them: (arrived or left, the item,
    the clock time)."""
    item_notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Notes naming the items a person was present for, and those items."""
    times: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """A meeting's ``:time:`` as its minutes write it: its start and end."""

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
        in_latex=(
            r"\setmainlanguage[spelling=new]{german}",
            r"\date{17. Februar 2024}",
            r"\section{TOP 3: Bericht der Kassenwartin}",
            "Beschluss (20 dafür, 2 dagegen, 3 Enthaltungen):",
        ),
        in_pdf=("Inhaltsverzeichnis", "17. Februar 2024", "Funktion und Anmerkungen", "14:25"),
        xindy="-L german-din5007",
        notes={
            "verließ die Sitzung nach TOP 5": ("left", "5", None),
            "verlässt die Versammlung vor TOP 6": ("left", "6", None),
            "bis TOP 5": ("left", "5", None),
            "ging um 14.14 Uhr": ("left", None, "14:14"),
            "ab TOP 3": ("arrived", "3", None),
            "kam um 19.45 Uhr": ("arrived", None, "19:45"),
            "ab 19.45 Uhr": ("arrived", None, "19:45"),
        },
        item_notes={
            "TOP 6": ("6",),
            "TOPs 3–5": ("3", "4", "5"),
            "TOP 3 bis 5": ("3", "4", "5"),
            "TOP 2 und 4": ("2", "4"),
        },
        times={"14.00–16.10 Uhr": ("14:00", "16:10"), "19:00 bis 21:30 Uhr": ("19:00", "21:30")},
    ),
    "fr": Language(
        root="lang-fr",
        body="conseil",
        date="2024-02-17",
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
        in_latex=(
            r"\usepackage{babel}",
            r"\date{17 février 2024}",
            r"\section{Point 2 : Budget prévisionnel 2024}",
            "Décision (4 pour, 1 contre, 2 abstentions):",
        ),
        in_pdf=("Table des matières", "17 février 2024", "Fonction et remarques", "18:30–20:45"),
        xindy="-L french",
        notes={
            "quitte la séance après le point 5": ("left", "5", None),
            "jusqu'au point 4": ("left", "4", None),
            "jusqu’au point 4": ("left", "4", None),
            "part à 21 h 15": ("left", None, "21:15"),
            "à partir du point 3": ("arrived", "3", None),
            "arrive à 14h30": ("arrived", None, "14:30"),
        },
        item_notes={
            "point 6": ("6",),
            "points 3 à 5": ("3", "4", "5"),
            "points 3–5": ("3", "4", "5"),
            "points 2 et 4": ("2", "4"),
        },
        times={"18 h 30 à 20 h 45": ("18:30", "20:45"), "9h00–12h00": ("09:00", "12:00")},
    ),
}

CODES = sorted(LANGUAGES)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, SphinxTestApp]]:
    """Each language's site, built once when a test first asks for it."""

    class Built(dict[str, tuple[Path, SphinxTestApp]]):
        def __missing__(self, code: str) -> tuple[Path, SphinxTestApp]:
            srcdir = tmp_path_factory.mktemp(code)
            self[code] = (srcdir, build_root(LANGUAGES[code].root, srcdir))
            return self[code]

    return Built()


@pytest.fixture(params=CODES)
def built(
    request: pytest.FixtureRequest, sites: dict[str, tuple[Path, SphinxTestApp]]
) -> tuple[Language, Path, SphinxTestApp]:
    code: str = request.param
    return (LANGUAGES[code], *sites[code])


def test_builds_without_a_warning(built: tuple[Language, Path, SphinxTestApp]) -> None:
    _, srcdir, app = built
    assert warning_lines(app, srcdir) == []


def test_labels_and_dates_are_in_its_language(built: tuple[Language, Path, SphinxTestApp]) -> None:
    language, _, app = built
    text = page_text(app.outdir, language.docname)
    assert [said for said in language.on_page if said not in text] == []


def prose(source: Path) -> list[str]:
    """The lines a reader must find on the page: not options, fences or headings; an
    attendance line without its bullet. A speaker line keeps its speaker; the page prints
    the colon after a speaker as its labels' colon, without a space before it."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith((":", "#", "`")) or "{" in line:
            continue
        line = re.sub(r"^([^:]+?) : ", r"\1: ", re.sub(r"^- ", "", line))
        lines.append(" ".join(line.split()))
    return lines


def test_every_sentence_is_on_the_page(built: tuple[Language, Path, SphinxTestApp]) -> None:
    language, _, app = built
    text = page_text(app.outdir, language.docname)
    assert [line for line in prose(language.source) if line not in text] == []


def test_each_persons_page_shows_their_status(
    built: tuple[Language, Path, SphinxTestApp],
) -> None:
    language, _, app = built
    wrong = {}
    for slug, status in language.statuses.items():
        text = page_text(app.outdir, f"registers/people/{slug}")
        if status not in text:
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
        slug = link.find_parent("a")["href"].rsplit("/", 1)[1].removesuffix(".html")
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
    for note, (way, item, time) in language.notes.items():
        read = read_moment(note, words)
        assert read is not None, note
        assert (read[0], read[1].item, read[1].time) == (way, item, time), note
    for note, items in language.item_notes.items():
        limit = words.item_limit.match(note)
        assert limit is not None and words.item_numbers(limit["numbers"]) == items, note
    for written, (start, end) in language.times.items():
        assert [(s.start, s.end) for s in sessions(written, words)] == [(start, end)], written


# The PDF: slow, so one per language, built once.


@pytest.fixture(scope="module")
def latex(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each language's LaTeX and its meeting's PDF, made when a test first asks."""
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
            target = f"{language.body}-{language.date}.pdf"
            made = subprocess.run(
                ["make", target], cwd=out, capture_output=True, text=True, check=False
            )
            assert made.returncode == 0, made.stdout[-3000:]
            self[code] = out
            return out

    return Made()


@pytest.mark.parametrize("code", CODES)
def test_the_pdf_is_in_its_language(code: str, latex: dict[str, Path]) -> None:
    language = LANGUAGES[code]
    out = latex[code]
    stem = f"{language.body}-{language.date}"
    tex = (out / f"{stem}.tex").read_text(encoding="utf-8")
    assert [said for said in language.in_latex if said not in tex] == []
    assert (out / f"{stem}.xdylang").read_text(encoding="utf-8").startswith(language.xindy)
    pdf = subprocess.run(
        ["pdftotext", str(out / f"{stem}.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert [said for said in language.in_pdf if said not in pdf] == []
    log = (out / f"{stem}.log").read_text(errors="replace")
    assert "No hyphenation patterns" not in log
    assert "Missing character" not in log
