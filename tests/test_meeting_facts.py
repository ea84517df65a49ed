"""The meeting's facts beyond body and date: when it sat, who chaired, the quorum, the
head count of an open meeting; each shown as written and checked where it can be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from compare import build, outputs, rebuild_and_compare
from conftest import (
    ROOTS,
    build_once,
    copy_root,
    copy_sources,
    page_text,
    soup,
    sphinx_build,
    warning_lines,
)
from sphinx_minutes.model.meeting import Session
from sphinx_minutes.read.clock import sessions
from sphinx_minutes.read.registry import Registry

MEETING = "meetings/steering/2025-03-11"
WORDS = Registry().vocabulary("sv")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("18:00–20:15", (Session("18:00", "20:15"),)),
        ("18.00-20.15", (Session("18:00", "20:15"),)),
        ("kl. 9.05 till 11.30", (Session("09:05", "11:30"),)),
        ("18:00", (Session("18:00"),)),
        ("09:00–12:00, 13:00–16:30", (Session("09:00", "12:00"), Session("13:00", "16:30"))),
        (
            "9:00 to 12:00 and 13:00 to 16:30",
            (Session("09:00", "12:00"), Session("13:00", "16:30")),
        ),
    ],
)
def test_sessions_as_secretaries_write_them(written: str, read: tuple[Session, ...]) -> None:
    assert sessions(written, WORDS) == read


@pytest.mark.parametrize(
    "written", ["25:00", "18:00–17:00", "09:00–12:00, 11:00–13:00", "evening", "18:7"]
)
def test_times_that_cannot_be(written: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        sessions(written, WORDS)


def steering(tmp_path: Path, facts: str) -> tuple[Path, str]:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOTS / "test-steering", srcdir)
    meeting = srcdir / f"{MEETING}.md"
    text = meeting.read_text(encoding="utf-8").replace(":time: 17:00–18:05\n", facts)
    meeting.write_text(text, encoding="utf-8")
    return srcdir, text


def test_the_facts_are_shown(tmp_path: Path) -> None:
    facts = (
        ":time: 17.00-17.40, 17.50-18.05\n:chair: Dana Reed\n"
        ":quorum: Quorate: four of five members present\n:head-count: 31\n"
    )
    srcdir, _ = steering(tmp_path, facts)
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == []
    text = page_text(app.outdir, MEETING)
    assert "Time: 17:00–17:40, 17:50–18:05" in text
    assert "Chair: Dana Reed" in text
    assert "Quorum: Quorate: four of five members present" in text
    assert "Head count: 31" in text
    meeting = app.env.domains["minutes"].meetings[MEETING]
    assert meeting.chaired_by() == "Dana Reed"
    assert meeting.head_count == 31


def test_the_chair_comes_from_the_attendance_when_not_given(tmp_path: Path) -> None:
    srcdir, _ = steering(tmp_path, "")
    app = build_once(srcdir)
    meeting = app.env.domains["minutes"].meetings[MEETING]
    assert meeting.chair is None
    assert meeting.chaired_by() == "Dana Reed"
    assert "Chair:" not in page_text(app.outdir, MEETING)


def test_facts_that_cannot_be_read_are_reported_and_shown(tmp_path: Path) -> None:
    srcdir, text = steering(tmp_path, ":time: 17:00–16:00\n:chair: Dana Red\n:head-count: many\n")
    app = build_once(srcdir)
    lines = text.splitlines()

    def at(option: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if line.startswith(option))

    warnings = warning_lines(app, srcdir)
    assert warnings == [
        f"{MEETING}.md:{at(':time:')}: WARNING: :time: '17:00–16:00' cannot be read: "
        "'17:00–16:00' ends before it starts. Write when the meeting sat as `18:00–20:15`, "
        "or its sessions as `09:00–12:00, 13:00–16:30`. [minutes.bad-option]",
        f"{MEETING}.md:{at(':chair:')}: WARNING: The chair, Dana Red, is not in the "
        "attendance. Did you mean 'Dana Reed'? List the chair in the attendance, or "
        "correct :chair:. [minutes.unknown-person]",
        f"{MEETING}.md:{at(':head-count:')}: WARNING: :head-count: 'many' is not a number of "
        "people. Give a whole number, such as `:head-count: 42`. [minutes.bad-option]",
    ]
    page = page_text(app.outdir, MEETING)
    assert "Time: 17:00–16:00" in page
    assert "Head count: many" in page


# The chair named as an attribution names them (issue 14)

NAMES = "meetings/steering/2025-03-04"
"""In ``test-names``: Maria "Mia" Lind, Dana Reed (@dana), Eric Hall and Eric Holm."""
CHAIR_LINE = 5


def names_with_chair(tmp_path: Path, chair: str) -> Path:
    srcdir = copy_root("test-names", tmp_path / "src")
    meeting = srcdir / f"{NAMES}.md"
    text = meeting.read_text(encoding="utf-8")
    text = text.replace(":format: remote\n", f":format: remote\n:chair: {chair}\n", 1)
    assert text.splitlines()[CHAIR_LINE - 1] == f":chair: {chair}"
    meeting.write_text(text, encoding="utf-8")
    return srcdir


def chair_links(app: SphinxTestApp) -> list[tuple[str, str]]:
    """The chair's field on the meeting page: each link's text and where it leads."""
    fields = soup(app.outdir, NAMES).select("dl.minutes-meeting-info > dt")
    chair = next(dt for dt in fields if dt.get_text("").startswith("Chair"))
    body = chair.find_next_sibling("dd")
    return [(a.get_text(""), a["href"]) for a in body.find_all("a")]


@pytest.mark.parametrize(
    ("written", "name", "page"),
    [
        ("Mia", "Maria Lind", "maria-lind"),
        ("@dana", "Dana Reed", "dana-reed"),
        ("dana", "Dana Reed", "dana-reed"),
        ("Tom B.", "Tom Berg", "tom-berg"),
        ("Maria Lind", "Maria Lind", "maria-lind"),
    ],
)
def test_the_chair_by_an_alias_is_shown_by_full_name(
    written: str, name: str, page: str, tmp_path: Path
) -> None:
    srcdir = names_with_chair(tmp_path, written)
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == []
    assert f"Chair: {name}" in page_text(app.outdir, NAMES)
    assert chair_links(app) == [(name, f"../../registers/people/{page}.html")]
    meeting = app.env.domains["minutes"].meetings[NAMES]
    assert (meeting.chair, meeting.chaired_by()) == (written, name)


def test_a_first_name_two_attendees_share_is_ambiguous_as_chair(tmp_path: Path) -> None:
    srcdir = names_with_chair(tmp_path, "Eric")
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == [
        f"{NAMES}.md:{CHAIR_LINE}: WARNING: 'Eric' may be Eric Hall or Eric Holm. Write the "
        "full name, or give the person an alias of their own in the attendance "
        "(`- Eric Hall (@ehall)`) and write that. [minutes.ambiguous-name]"
    ]
    assert "Chair: Eric" in page_text(app.outdir, NAMES)
    assert app.env.domains["minutes"].meetings[NAMES].chaired_by() == "Eric"


def test_a_chair_no_attendee_is_called_is_reported(tmp_path: Path) -> None:
    srcdir = names_with_chair(tmp_path, "Marja Lind")
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == [
        f"{NAMES}.md:{CHAIR_LINE}: WARNING: The chair, Marja Lind, is not in the attendance. "
        "Did you mean 'Maria Lind'? List the chair in the attendance, or correct :chair:. "
        "[minutes.unknown-person]"
    ]
    assert "Chair: Marja Lind" in page_text(app.outdir, NAMES)


def test_the_chair_by_an_alias_is_in_the_pdf_by_full_name(tmp_path: Path) -> None:
    srcdir = names_with_chair(tmp_path, "Mia")
    out = tmp_path / "latex"
    run = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert run.returncode == 0, run.stderr
    tex = (out / "steering-2025-03-04.tex").read_text(encoding="utf-8")
    chair = tex.split(r"\sphinxlineitem{Chair}", 1)[1].split(r"\sphinxlineitem", 1)[0]
    assert "{Maria Lind}" in chair
    assert "Mia" not in chair


def test_the_chair_by_an_alias_builds_exactly_in_parallel_and_after_an_edit(
    tmp_path: Path,
) -> None:
    """The chair is settled once the attendance is read: a ``-j 2`` build, and one after
    the alias moved to another attendee, write what a clean build writes."""
    srcdir = names_with_chair(tmp_path, "Mia")
    serial = copy_sources(srcdir, tmp_path / "serial")
    assert build(srcdir, "-j", "2") == ""
    assert build(serial) == ""
    assert outputs(srcdir / "_build") == outputs(serial / "_build")
    minutes = srcdir / f"{NAMES}.md"
    text = minutes.read_text(encoding="utf-8")
    text = text.replace('- Maria "Mia" Lind', "- Maria Lind").replace(
        "- Eric Holm\n", '- Eric "Mia" Holm\n'
    )
    minutes.write_text(text, encoding="utf-8")
    assert rebuild_and_compare(srcdir, tmp_path / "clean", "-j", "2") == []
    assert "Chair: Eric Holm" in page_text(srcdir / "_build", NAMES)


def test_an_absent_chair_by_handle_is_reported_with_the_name(tmp_path: Path) -> None:
    srcdir = names_with_chair(tmp_path, "@rosa")
    minutes = srcdir / f"{NAMES}.md"
    text = minutes.read_text(encoding="utf-8").replace(
        "- Sam Okoye (from item 2)\n",
        "- Sam Okoye (from item 2)\n\nApologies:\n\n- Rosa Vidal (@rosa)\n",
    )
    minutes.write_text(text, encoding="utf-8")
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == [
        f"{NAMES}.md:{CHAIR_LINE}: WARNING: The chair, @rosa (Rosa Vidal), is listed as "
        "absent. Correct :chair:, or the attendance. [minutes.absent-person]"
    ]
    assert "Chair: Rosa Vidal" in page_text(app.outdir, NAMES)
