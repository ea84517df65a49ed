"""The ``discussion`` block: a scribe's ``Name: text`` lines, each a statement as its own
directive would make it, and the scribe's own text kept in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import build_once, build_root, page_text, soup, warning_lines
from sphinx_minutes.model.meeting import Meeting
from sphinx_minutes.read.directives.discussion import turns

MEETING = "meetings/steering/2025-03-11"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SphinxTestApp]:
    srcdir = tmp_path_factory.mktemp("steering")
    return srcdir, build_root("steering", srcdir)


def meeting_of(app: SphinxTestApp) -> Meeting:
    meeting: Meeting = app.env.domains["minutes"].meetings[MEETING]
    return meeting


def test_builds_clean(built: tuple[Path, SphinxTestApp]) -> None:
    srcdir, app = built
    assert warning_lines(app, srcdir) == []


def test_each_speaker_line_is_a_statement_of_its_kind(
    built: tuple[Path, SphinxTestApp],
) -> None:
    meeting = meeting_of(built[1])
    said = [(s.kind, s.by.key if s.by.kind != "nobody" else "") for s in meeting.statements()]
    assert said == [
        ("comment", "Dana Reed"),
        ("comment", "Kim Aho"),
        ("question", "participants"),
        ("answer", "Tomasz Wrona"),
        ("decision", ""),
        ("follow-up", ""),
        ("comment", "Tidewater"),
        ("comment", "Priya Natarajan"),
        ("follow-up", ""),
        ("follow-up", ""),
    ]
    follow_up = meeting.statements()[5]
    assert follow_up.owner.key == "Kim Aho"
    answer = meeting.statements()[3]
    assert answer.answers == (meeting.statements()[2].id,)


def test_the_page_keeps_the_scribe_s_look(built: tuple[Path, SphinxTestApp]) -> None:
    text = page_text(built[1].outdir, MEETING)
    for line in [
        "Dana Reed: The 4.2 branch has two open blockers, both in the installer.",
        "Kim Aho: The Windows installer fails on paths with spaces; a fix is in review.",
        "Question from the participants: Who tests the installer on macOS?",
        "Answer Tomasz Wrona: I can, on both architectures.",
        "The blockers are listed on the project board.",
        "Resolved: The release moves to 25 March",
        "Action Kim Aho: Merge the installer fix",
        "Tidewater: The foundation can fund mediation training for two members.",
        "Training would take two days.",
        "Priya Natarajan: Two volunteers have come forward since January.",
    ]:
        assert line in text
    assert "Comment" not in text


def test_speakers_link_to_their_pages(built: tuple[Path, SphinxTestApp]) -> None:
    page = soup(built[1].outdir, MEETING)
    statements = page.select(".minutes-statement")
    first = statements[0].select_one(".minutes-label a")
    assert first is not None and first.get_text() == "Dana Reed"
    assert "registers/people/" in str(first["href"])
    org = statements[6].select_one(".minutes-label a")
    assert org is not None and "registers/organisations/" in str(org["href"])


def test_the_scribe_s_own_text_is_no_statement(built: tuple[Path, SphinxTestApp]) -> None:
    page = soup(built[1].outdir, MEETING)
    own = page.find(string=lambda s: "listed on the project board" in s)
    assert own is not None
    assert own.find_parent(class_="minutes-statement") is None


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Dana Reed: text", "Dana Reed"),
        ("**Dana Reed:** text", "Dana Reed"),
        ("**Dana Reed**: text", "Dana Reed"),
        ("At 14:30 the chair returned.", None),
        ("See https://example.org: text", None),
        ("- Dana: a list item", None),
        ("1. Item: a numbered list item", None),
        ("# Heading: text", None),
        ("> Quote: text", None),
    ],
)
def test_what_is_a_speaker_line(line: str, speaker: str | None) -> None:
    assert turns([line])[0].speaker == speaker


def test_a_fenced_block_holds_no_speaker_lines() -> None:
    lines = ["Dana Reed: see the log", "```", "ERROR: disk full", "```", "", "Kim Aho: ok"]
    assert [t.speaker for t in turns(lines)] == ["Dana Reed", "Kim Aho"]


def test_a_warning_names_the_speaker_line(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(Path(__file__).parent / "roots" / "test-steering", srcdir)
    meeting = srcdir / f"{MEETING}.md"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("Answer Tomasz Wrona:", "Answer Tomas Wrona:"), "utf-8")
    app = build_once(srcdir)
    lines = [w for w in warning_lines(app, srcdir) if "Tomas Wrona" in w]
    assert len(lines) == 1
    line = text.splitlines().index(
        next(x for x in text.splitlines() if x.startswith("Answer Tomasz"))
    )
    assert lines[0].startswith(f"{MEETING}.md:{line + 1}: WARNING:")
    assert lines[0].endswith("[minutes.unknown-person]")
