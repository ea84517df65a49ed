"""People not named in public: the public build shows their role or organisation and
names them in no file; the internal build shows their names, marked.

The root is a parish council whose public forum heard a resident, a district council
officer and a member of the public, none of whom may be named in the published minutes.
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from conftest import build_once, build_root, copy_root, page_text, printed, warning_lines
from sphinx_minutes.derive.anonymous import anonymise
from sphinx_minutes.model.meeting import (
    AgendaItem,
    Attendee,
    Attribution,
    Meeting,
    Statement,
    Vote,
    Voter,
)
from sphinx_minutes.read.attendance import parse_entry, parse_heading
from sphinx_minutes.read.registry import Registry

PAGE = "meetings/parish-council/2024-03-12"
NAMES = ("Bartholomew Quenneville", "Barty", "Odile Franchetti", "Zebedee Marchbanks")
WORDS_OF_NAMES = (
    "quenneville",
    "barty",
    "franchetti",
    "marchbanks",
    "oyelaran",
    "gwendolyn",
    "ambrose",
)
"""Every word of their names and aliases, as any file of the output might hold them."""
WARNINGS = [
    f"{PAGE}.md:45: WARNING: This text names 'Bartholomew Quenneville', who is not named in "
    "public: the public minutes show 'resident of Mill Lane' in its place. Write their role "
    "instead of the name, or remove the mark on their attendance line if they may be named. "
    "[minutes.anonymous-named-in-text]",
    f"{PAGE}.md:61: WARNING: This text names 'Barty', who is not named in public: the public "
    "minutes show 'resident of Mill Lane' in its place. Write their role instead of the name, "
    "or remove the mark on their attendance line if they may be named. "
    "[minutes.anonymous-named-in-text]",
]


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("anonymous", tmp_path_factory.mktemp("public"))


@pytest.fixture(scope="module")
def internal(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root(
        "anonymous",
        tmp_path_factory.mktemp("internal"),
        confoverrides={"minutes_build": "internal"},
    )


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "Kari Nordmann, member of the public (not named in public)"),
        ("sv", "Kari Nordmann, boende (anonymiseras)"),
        ("sv", "Kari Nordmann (namnet röjs inte, på distans)"),
        ("nb", "Kari Nordmann, beboer (anonymisert)"),
        ("da", "Kari Nordmann (navnet offentliggøres ikke)"),
        ("de", "Kari Nordmann, Anwohnerin (nicht namentlich genannt)"),
        ("fr", "Kari Nordmann, riveraine (anonymisée)"),
        ("fi", "Kari Nordmann, kuntalainen (nimeä ei julkaista)"),
    ],
)
def test_the_note_marks_the_person_in_each_language(language: str, written: str) -> None:
    registry = Registry()
    words = registry.vocabulary(language)
    heading = parse_heading("Present:", registry, words)
    attendee = parse_entry(written, 3, heading, registry, words).attendee
    assert (attendee.name, attendee.anonymous, attendee.notes) == ("Kari Nordmann", True, ())


def test_public_page_shows_roles_not_names(public: SphinxTestApp) -> None:
    text = page_text(public.outdir, PAGE)
    assert (
        "In attendance: Resident of Mill Lane A representative of HDC (left after item 2) "
        "A member of the public 1. Public forum" in text
    )
    assert "Comment resident of Mill Lane: The lane floods every winter" in text
    assert "Question resident of Mill Lane: Will the council write" in text
    assert "a member of the public: The bus shelter on Station Road needs repair." in text
    assert "Presenters: a representative of HDC" in text
    assert "Follow-up (a representative of HDC, due" in text
    assert "set out the options. resident of Mill Lane showed photographs" in text
    assert "Letter from resident of Mill Lane" in text
    assert not any(name in text for name in NAMES)


def test_public_build_warns_where_text_names_them(public: SphinxTestApp) -> None:
    assert warning_lines(public, public.srcdir) == WARNINGS


def test_no_file_of_the_public_build_names_them(public: SphinxTestApp) -> None:
    """Every file the public build writes, the search index and ``objects.inv`` among
    them (the copied sources are the lead's filter's: left out here)."""
    outdir = Path(public.outdir)
    assert not list((outdir / "registers" / "people").glob("*quenneville*"))
    read = 0
    for path in outdir.rglob("*"):
        if path.is_dir() or "_sources" in path.parts:
            continue
        if path.name == "objects.inv":
            with path.open("rb") as stream:
                inventory = InventoryFile.load(stream, "", lambda *parts: "/".join(parts))
            text = repr(inventory.data if hasattr(inventory, "data") else inventory)
        else:
            text = path.read_bytes().decode("utf-8", errors="replace")
        read += 1
        assert not any(word in text.casefold() for word in WORDS_OF_NAMES), path
    assert read > 20


def test_internal_build_names_them_marked(internal: SphinxTestApp) -> None:
    text = page_text(internal.outdir, PAGE)
    assert (
        'Bartholomew Quenneville ("Barty"), resident of Mill Lane (not named in public) '
        "[not named in public: resident of Mill Lane]" in text
    )
    assert "[not named in public: a representative of HDC]" in text
    assert "Zebedee Marchbanks: The bus shelter" in text
    assert (Path(internal.outdir) / "registers/people/bartholomew-quenneville.html").is_file()
    assert warning_lines(internal, internal.srcdir) == WARNINGS


def test_anonymise_replaces_every_attribution() -> None:
    kari = Attendee("Kari Nordmann", "", 3, "guests", "present", aliases=("@kari",))
    kari.anonymous = True
    named = Attribution("person", "Kari Nordmann", "from Kari Nordmann")
    vote = Vote(voters=(Voter("for", named, 9),))
    said = Statement("decision", "d", 8, by=named, owner=named, vote=vote, text="Kari agreed.")
    item = AgendaItem("1", "Kari Nordmann's hedge", "item-1", 7, presenters=(named,))
    item.statements.append(said)
    meeting = Meeting("m", "council", None, attendance=[kari], items=[item])
    shown = anonymise(meeting)
    label = "a member of the public"
    assert shown.attendance[0].name == "" and shown.attendance[0].aliases == ()
    statement = shown.items[0].statements[0]
    assert statement.by == Attribution("role", label, f"from {label}")
    assert statement.owner == statement.by
    assert statement.vote and statement.vote.voters[0].who == statement.by
    assert shown.items[0].presenters == (statement.by,)
    assert shown.items[0].title == f"{label}'s hedge"
    assert meeting.attendance[0].name == "Kari Nordmann"  # the meeting read is unchanged


def names_in(outdir: Path) -> list[str]:
    """The files under ``outdir`` (but the copied sources) that name an unnamed person."""
    return [
        str(path.relative_to(outdir))
        for path in outdir.rglob("*")
        if path.is_file()
        and "_sources" not in path.parts
        and any(
            w in path.read_bytes().decode("utf-8", "replace").casefold() for w in WORDS_OF_NAMES
        )
    ]


def test_the_latex_is_made_from_the_same_tree(tmp_path: Path) -> None:
    srcdir = copy_root("test-anonymous", tmp_path / "site")
    app = SphinxTestApp("latex", srcdir=srcdir, status=StringIO(), warning=StringIO())
    app.build()
    app.cleanup()
    tex = (Path(app.outdir) / "parish-council-2024-03-12.tex").read_text(encoding="utf-8")
    assert "Resident of Mill Lane" in tex and "a representative of HDC" in tex
    assert names_in(Path(app.outdir)) == []


def test_marking_a_person_and_building_again_leaves_no_trace(tmp_path: Path) -> None:
    srcdir = copy_root("test-anonymous", tmp_path / "site")
    meeting = srcdir / f"{PAGE}.md"
    written = meeting.read_text(encoding="utf-8")
    meeting.write_text(written.replace("Marchbanks (anonymous)", "Marchbanks"), encoding="utf-8")
    build_once(srcdir)
    outdir = srcdir / "_build" / "html"
    assert "registers/people/zebedee-marchbanks.html" in names_in(outdir)
    meeting.write_text(written, encoding="utf-8")
    build_once(srcdir)
    assert names_in(outdir) == []


CHAIRED = """\
# Parish Council, 14 May 2024

:::{meeting}
:chair: Gwendolyn
:secretary: Priscilla Ambrose-Hatch, MPC (not named in public)
:::

:::{attendance}
Present:

- Gwendolyn Oyelaran-Pike, MPC, chair (not named in public)
- Rajesh Gill, MPC
:::

::::{agenda-item} 1. Drainage
:::{motion} Rajesh Gill
:seconded: Gwendolyn Oyelaran-Pike
:for: Gwendolyn Oyelaran-Pike, Rajesh Gill
:outcome: carried

That the drain be cleared.
:::
::::
"""


def test_chair_secretary_seconder_and_voters_by_their_label(tmp_path: Path) -> None:
    srcdir = copy_root("test-anonymous", tmp_path / "site")
    (srcdir / "meetings/parish-council/2024-05-14.md").write_text(CHAIRED, encoding="utf-8")
    app = build_once(srcdir)
    text = page_text(app.outdir, "meetings/parish-council/2024-05-14")
    assert "Chair: chair, MPC Secretary: A representative of MPC" in text
    assert "Present: Chair, MPC Rajesh Gill, MPC" in text
    assert "Motion by Rajesh Gill, seconded by chair, MPC (adopted; 2 for: chair, MPC, " in text
    assert names_in(Path(app.outdir)) == []


def test_an_attendance_shown_as_written_names_no_one_marked(tmp_path: Path) -> None:
    """A `meeting` block never closed swallows the attendance: the block is shown as
    written, and the lines marked not named in public are still kept out."""
    srcdir = copy_root("test-anonymous", tmp_path / "site")
    meeting = srcdir / f"{PAGE}.md"
    written = meeting.read_text(encoding="utf-8")
    unclosed = written.replace(
        ":secretary: Tom Fairley, MPC\n:::\n", ":secretary: Tom Fairley, MPC\n\n"
    )
    meeting.write_text(unclosed, encoding="utf-8")
    app = build_once(srcdir)
    assert "[minutes.unclosed-block]" in printed(app.warning)
    text = page_text(app.outdir, PAGE)
    assert "- a representative of HDC, HDC (not named in public, left after item 2)" in text
    assert names_in(Path(app.outdir)) == []
