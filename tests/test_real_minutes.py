"""Minutes of bodies unlike SCB's council, written as their secretaries write them: an
open-source project's steering committee (a scribe's speaker lines, handles, follow-ups
for everyone), a sailing club's annual general meeting (motions, counted votes, an
election, a quorum, members leaving, an item taken out of order) and a Swedish municipal
board (paragraphs numbered through the year, a roll-call vote and a reservation). Each
builds without a warning, every line of it is on its page, and the registers and
history pages show what it decided."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import ROOTS, build_once, build_root, copy_root, page_text, warning_lines

ARCHIVES = ["steering", "agm", "board"]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, SphinxTestApp]]:
    """Each archive, built once when a test first asks for it."""

    class Built(dict[str, tuple[Path, SphinxTestApp]]):
        def __missing__(self, name: str) -> tuple[Path, SphinxTestApp]:
            srcdir = tmp_path_factory.mktemp(name)
            self[name] = (srcdir, build_root(name, srcdir))
            return self[name]

    return Built()


@pytest.fixture(params=ARCHIVES)
def built(
    request: pytest.FixtureRequest, archives: dict[str, tuple[Path, SphinxTestApp]]
) -> tuple[str, Path, SphinxTestApp]:
    name: str = request.param
    return (name, *archives[name])


def meeting_files(name: str) -> list[Path]:
    return sorted((ROOTS / f"test-{name}" / "meetings").glob("*/20*.md"))


def prose(source: Path) -> list[str]:
    """The lines a reader must find on the page: not options, fences or headings. A
    speaker line keeps its speaker; an attendance line drops its bullet."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith((":", "#", "`")) or "{" in line:
            continue
        lines.append(re.sub(r"^- ", "", line).replace("**", ""))
    return lines


def test_builds_without_a_warning(built: tuple[str, Path, SphinxTestApp]) -> None:
    _, srcdir, app = built
    assert warning_lines(app, srcdir) == []


def test_every_line_is_on_its_page(built: tuple[str, Path, SphinxTestApp]) -> None:
    name, _, app = built
    for source in meeting_files(name):
        docname = str(source.relative_to(ROOTS / f"test-{name}").with_suffix(""))
        text = page_text(app.outdir, docname)
        lost = [line for line in prose(source) if " ".join(line.split()) not in text]
        assert lost == [], docname


def register(app: SphinxTestApp, body: str, kind: str) -> str:
    return page_text(app.outdir, f"registers/{body}/{kind}")


def test_the_agm_s_registers_and_histories(
    archives: dict[str, tuple[Path, SphinxTestApp]],
) -> None:
    _, app = archives["agm"]
    decisions = register(app, "agm", "decisions")
    assert "Colin Marsh" in decisions and "Anja Petrov" in decisions
    assert "28 for, 4 against, 2 abstained" in decisions
    assert "12 for, 20 against" in decisions and "0 abstained" not in decisions
    assert "Hannah Price 19; Colin Marsh 11; Anja Petrov 4" in decisions
    assert "by acclamation" in decisions
    assert "overdue" not in register(app, "agm", "follow-ups")
    rowing = page_text(app.outdir, "registers/organisations/bra")
    assert "Annual General Meeting, 22 March 2025" in rowing
    assert not (app.outdir / "registers/people/brackwater-rowing-association.html").exists()
    marsh = page_text(app.outdir, "registers/people/colin-marsh")
    assert "The adult membership fee rises" in marsh


def test_the_board_s_roll_call_and_reservation(
    archives: dict[str, tuple[Path, SphinxTestApp]],
) -> None:
    _, app = archives["board"]
    decisions = register(app, "byggnadsnamnden", "decisions")
    assert "Reservation" in decisions and "Per-Olof Strand" in decisions
    assert "5 för" in decisions and "1 emot" in decisions
    assert "enhälligt" in decisions
    strand = page_text(app.outdir, "registers/people/per-olof-strand")
    assert "Ärendet återremitteras för en ny bullerutredning." in strand
    meeting = app.env.domains["minutes"].meetings["meetings/byggnadsnamnden/2025-02-12"]
    assert [item.number for item in meeting.items] == ["12", "13", "14", "15"]
    ekstrom = meeting.attendee("Maja Ekström")
    assert ekstrom is not None and ekstrom.left is not None and ekstrom.left.item == "14"


def test_a_topic_s_page_shows_motions_as_the_register_does(
    archives: dict[str, tuple[Path, SphinxTestApp]],
) -> None:
    """Mover, seconder, outcome and the counts as written, beside the item; a decision
    with its counts and the reservation against it."""
    _, app = archives["agm"]
    fees = page_text(app.outdir, "registers/topics/fees")
    assert (
        "4. Membership fees — Motion by Colin Marsh, seconded by Anja Petrov: The adult "
        "membership fee rises from £180 to £195 from 1 April 2025. (adopted; 28 for, "
        "4 against, 2 abstained)" in fees
    )
    boats = page_text(app.outdir, "registers/topics/boat-park")
    assert "Motion by Anja Petrov, seconded by Colin Marsh: Dinghies left" in boats
    assert "(rejected; 12 for, 20 against)" in boats and "abstained" not in boats
    _, app = archives["board"]
    building = page_text(app.outdir, "registers/topics/bygglov")
    assert (
        "§ 13 Bygglov för flerbostadshus, Strandvägen 4 — Yrkande av Per-Olof Strand: Ärendet "
        "återremitteras för en ny bullerutredning. (avslaget) — Beslut: Nämnden beviljar "
        "bygglov i enlighet med förvaltningens förslag. (5 för, 1 emot) — Reservation "
        "Per-Olof Strand: Till förmån för eget yrkande om återremiss." in building
    )


def test_the_steering_committee_s_follow_ups(
    archives: dict[str, tuple[Path, SphinxTestApp]],
) -> None:
    _, app = archives["steering"]
    follow_ups = register(app, "steering", "follow-ups")
    assert "Read the draft training plan" in follow_ups and "overdue" in follow_ups
    kim = page_text(app.outdir, "registers/people/kim-aho")
    assert "Merge the installer fix" in kim


def test_a_member_who_left_by_the_clock_is_not_there_for_a_later_item(tmp_path: Path) -> None:
    """Beth Lowry left at 14:14: her question in item 3 (taken up at 14:10) stands; a
    comment of hers in item 4 (taken up at 14:22) is reported at its line."""
    srcdir = copy_root("test-agm", tmp_path)
    meeting = srcdir / "meetings/agm/2025-03-22.md"
    comment = ":::{comment} Beth Lowry\nThe fee should stay as it is.\n:::\n\n"
    text = meeting.read_text(encoding="utf-8")
    added = text.replace(":::{motion} Colin Marsh\n", comment + ":::{motion} Colin Marsh\n")
    meeting.write_text(added, encoding="utf-8")
    line = added.splitlines().index(":::{comment} Beth Lowry") + 1
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == [
        f"meetings/agm/2025-03-22.md:{line}: WARNING: Beth Lowry is named in item 4 but the "
        "attendance says 'left at 14:14'. Correct the name or the item, or when the person "
        "arrived or left. [minutes.not-present-for-item]"
    ]
