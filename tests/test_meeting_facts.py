"""The meeting's facts beyond body and date: when it sat, who chaired, the quorum, the
head count of an open meeting; each shown as written and checked where it can be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOTS, build_once, page_text, warning_lines
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
