"""The forms of real minutes (discussion blocks, follow-ups due at the next meeting and
overdue, motions, votes, organisations attending, aliases) stay exact: a parallel build
and an incremental one write what a clean serial build writes, byte for byte.

What these forms show on one page depends on other meetings (a follow-up turns overdue
or takes its due date when a later meeting is added), so the cases add, edit and remove
meetings between builds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compare import build, outputs, rebuild_and_compare
from conftest import copy_root

ROOTS = ["steering", "agm", "board"]
"""The test archives of other bodies' minutes (``tests/roots/test-<name>``)."""


def meetings(srcdir: Path) -> list[Path]:
    return sorted(p for p in (srcdir / "meetings").glob("*/*.md") if p.stem[:1].isdigit())


@pytest.mark.parametrize("root", ROOTS)
def test_a_parallel_build_is_byte_identical(root: str, tmp_path: Path) -> None:
    serial = copy_root(f"test-{root}", tmp_path / "serial")
    parallel = copy_root(f"test-{root}", tmp_path / "parallel")
    assert build(serial) == ""
    assert build(parallel, "-j", "2") == ""
    assert outputs(parallel / "_build") == outputs(serial / "_build")


@pytest.mark.parametrize("root", ROOTS)
def test_adding_and_removing_the_latest_meeting(root: str, tmp_path: Path) -> None:
    srcdir = copy_root(f"test-{root}", tmp_path / "site")
    latest = meetings(srcdir)[-1]
    kept = tmp_path / latest.name
    shutil.move(latest, kept)
    assert build(srcdir) == ""
    shutil.move(kept, latest)
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    latest.unlink()
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []


EDITS = {
    "steering": [(":due: next meeting", ":due: 2025-05-01"), ("Dana Reed: The", "Kim Aho: The")],
    "agm": [(":for: 28", ":for: 27"), (":elected: Hannah Price", ":elected: Colin Marsh")],
    "board": [
        (":for: Birgitta Sandell, ", ":for: "),
        ("{reservation} Per-Olof", "{comment} Per-Olof"),
    ],
}
"""Edits that change what other pages show: a due date, a speaker, a count, who was
elected, a roll call, a reservation withdrawn."""


@pytest.mark.parametrize("root", ROOTS)
def test_editing_the_first_meeting_with_others_after_it(root: str, tmp_path: Path) -> None:
    srcdir = copy_root(f"test-{root}", tmp_path / "site")
    assert build(srcdir) == ""
    first = meetings(srcdir)[0]
    edited = first.read_text(encoding="utf-8")
    for old, new in EDITS[root]:
        assert old in edited
        edited = edited.replace(old, new)
    first.write_text(edited, encoding="utf-8")
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
