"""The minutes' status: drafts and approvals as a reader meets them on the pages, the
registers, the PDFs, and the warnings a secretary gets.

The archive (``tests/roots/test-approval``) is a parish council's: its January minutes
approved and signed by two members (one named by her nickname), February's approved at
the March meeting (item 2), March's a draft still, past the council's 30-day deadline,
and May's a draft; beside it a Swedish housing cooperative's board, whose April minutes
are a draft (``utkast``) its two *justerare* are to sign.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from compare import build, differences, outputs, rebuild_and_compare
from conftest import build_root, copy_root, page_text, soup, sphinx_build, warning_lines
from sources import append_text, replace_text
from sphinx_minutes.read.approval import read_approvers

COUNCIL = "meetings/council"
OVERDUE = (
    "meetings/council/2024-03-12.md:5: WARNING: These minutes are still a draft 63 days "
    "after the meeting (on 2024-05-14; the deadline is 30 days). Have the minutes approved "
    "and write `:status: approved` with `:approved-by:`, or approve them at a later meeting "
    "(`:approves:` on its agenda item). [minutes.draft-overdue]"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[SphinxTestApp, Path]:
    srcdir = tmp_path_factory.mktemp("approval")
    return build_root("approval", srcdir), srcdir


def test_the_only_warning_is_the_draft_past_its_deadline(
    built: tuple[SphinxTestApp, Path],
) -> None:
    app, srcdir = built
    assert warning_lines(app, srcdir) == [OVERDUE]


def test_a_draft_has_a_banner_on_top_of_its_page(built: tuple[SphinxTestApp, Path]) -> None:
    app, _ = built
    text = page_text(app.outdir, f"{COUNCIL}/2024-03-12")
    assert "Draft minutes These minutes are a draft: they have not been approved." in text
    assert text.index("Draft minutes") < text.index("Body:")
    assert "Status: Draft" in text and "To be approved by: Helen Carter" in text
    banner = soup(app.outdir, f"{COUNCIL}/2024-03-12").select("div.minutes-draft")
    assert len(banner) == 1 and "admonition" in banner[0]["class"]
    approved = soup(app.outdir, f"{COUNCIL}/2024-01-09")
    assert approved.select("div.minutes-draft") == []


def test_approvers_with_their_dates_and_an_alias_by_full_name(
    built: tuple[SphinxTestApp, Path],
) -> None:
    app, _ = built
    text = page_text(app.outdir, f"{COUNCIL}/2024-01-09")
    assert "Status: Approved" in text
    assert "Approved by: Helen Carter (January 16, 2024); Tom Ashby" in text
    facts = soup(app.outdir, f"{COUNCIL}/2024-01-09").select_one("dl.minutes-meeting-info")
    assert facts is not None
    hrefs = [a["href"] for a in facts.select("a")]
    assert "../../registers/people/tom-ashby.html" in hrefs


def test_the_earlier_page_says_where_it_was_approved(built: tuple[SphinxTestApp, Path]) -> None:
    app, _ = built
    text = page_text(app.outdir, f"{COUNCIL}/2024-02-13")
    assert "Approved at the meeting of March 12, 2024 (item 2)" in text
    line = soup(app.outdir, f"{COUNCIL}/2024-02-13").select_one("p.minutes-approved-at")
    assert line is not None
    assert [a["href"] for a in line.select("a")] == ["2024-03-12.html", "2024-03-12.html#item-2"]
    later = page_text(app.outdir, f"{COUNCIL}/2024-03-12")
    assert "Approves the minutes of: Parish Council meeting, 13 February 2024" in later


def test_registers_and_histories_mark_drafts(built: tuple[SphinxTestApp, Path]) -> None:
    app, _ = built
    decisions = page_text(app.outdir, "registers/council/decisions")
    assert "May 14, 2024 (draft), 2. Annual parish meeting" in decisions
    assert "March 12, 2024 (draft), 3. Village hall boiler" in decisions
    assert "February 13, 2024, 2. Allotment rents" in decisions
    person = page_text(app.outdir, "registers/people/helen-carter")
    assert "Parish Council meeting, 12 March 2024 (draft)" in person
    assert "Parish Council meeting, 9 January 2024 (draft)" not in person
    chain = page_text(app.outdir, f"{COUNCIL}/2024-02-13")
    assert "Next meeting: Parish Council meeting, 12 March 2024 (draft)" in chain


def test_a_swedish_draft_in_swedish(built: tuple[SphinxTestApp, Path]) -> None:
    app, _ = built
    text = page_text(app.outdir, "meetings/brf/2024-04-03")
    assert "Ojusterat protokoll Protokollet är ett utkast: det är ännu inte justerat." in text
    assert "Status: Utkast" in text
    assert "Justeras av: Åsa Olsson; Eva Berg" in text


def test_the_pdfs_say_draft_and_have_signature_lines(tmp_path: Path) -> None:
    """One LaTeX build (TeX itself is not run: ``test_pdf`` runs it)."""
    srcdir = copy_root("test-approval", tmp_path)
    out = srcdir / "_build" / "latex"
    result = sphinx_build("-b", "latex", str(srcdir), str(out))
    assert result.returncode == 0, result.stderr
    draft = (out / "council-2024-03-12.tex").read_text(encoding="utf-8")
    assert r"\minutesdraft{DRAFT}" in draft
    assert r"\begin{sphinxuseclass}{minutes-draft}" in draft
    assert r"\begin{minutessignatures}{To be approved by}" in draft
    assert r"\minutessignature{Signature}{Date}{Helen Carter}{}" in draft
    approved = (out / "council-2024-01-09.tex").read_text(encoding="utf-8")
    assert "minutesdraft" not in approved
    assert r"\begin{minutessignatures}{Approved by}" in approved
    assert r"\minutessignature{Signature}{Date}{Helen Carter}{January 16, 2024}" in approved
    assert r"\minutessignature{Signature}{Date}{Tom Ashby}{}" not in approved  # as written
    assert r"\minutessignature{Signature}{Date}{Tommy}{}" in approved
    swedish = (out / "brf-2024-04-03.tex").read_text(encoding="utf-8")
    assert r"\minutesdraft{UTKAST}" in swedish
    assert r"\minutessignature{Underskrift}{Datum}{Åsa Olsson}{}" in swedish
    volume = (out / "council.tex").read_text(encoding="utf-8")
    assert volume.count(r"\begin{sphinxuseclass}{minutes-draft}") == 2
    assert r"\minutesdraft" not in volume  # the banner marks a draft among approved ones


def test_editing_only_the_later_meeting_rewrites_the_earlier_page(tmp_path: Path) -> None:
    srcdir = copy_root("test-approval", tmp_path / "site")
    assert build(srcdir) != ""  # the overdue draft
    replace_text(
        srcdir / COUNCIL / "2024-03-12.md", ":approves: 2024-02-13", ":approves: 2024-01-09"
    )
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    outdir = srcdir / "_build"
    assert "Approved at the meeting of" not in page_text(outdir, f"{COUNCIL}/2024-02-13")
    assert "Approved at the meeting of March 12, 2024 (item 2)" in page_text(
        outdir, f"{COUNCIL}/2024-01-09"
    )


def test_approving_a_draft_rewrites_every_page_that_marked_it(tmp_path: Path) -> None:
    srcdir = copy_root("test-approval", tmp_path / "site")
    build(srcdir)
    replace_text(srcdir / COUNCIL / "2024-05-14.md", ":status: draft", ":status: approved")
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    decisions = page_text(srcdir / "_build", "registers/council/decisions")
    assert "May 14, 2024, 2. Annual parish meeting" in decisions


def test_drafts_left_out_of_the_public_build(tmp_path: Path) -> None:
    """No page, source, search entry, navigation or chain entry for a draft; a later
    meeting's link to it is text, not a warning."""
    srcdir = copy_root("test-approval", tmp_path / "site")
    append_text(srcdir / "conf.py", "minutes_drafts_public = False\n")
    may = srcdir / COUNCIL / "2024-05-14.md"
    replace_text(may, ":status: draft", ":status: approved\n:previous: 2024-03-12")
    assert build(srcdir) == ""  # the overdue draft is not built, so not judged
    outdir = srcdir / "_build"
    everything = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in outdir.rglob("*")
        if p.is_file() and ".doctrees" not in p.parts  # Sphinx's own, never published
    )
    for left_out in ("2024-03-12.", "2024-04-03"):
        assert not list(outdir.rglob(f"{left_out}*")), left_out
        assert left_out not in everything, left_out
    for words in ("Village hall boiler", "Parish Council meeting, 12 March", "Fasadrenovering"):
        assert words not in everything
    assert "Next meeting: Parish Council meeting, 14 May 2024" in page_text(
        outdir, f"{COUNCIL}/2024-02-13"
    )
    assert "Previous meeting: 2024-03-12" in page_text(outdir, f"{COUNCIL}/2024-05-14")
    assert "Approved at the meeting" not in page_text(outdir, f"{COUNCIL}/2024-02-13")


def test_a_parallel_build_is_the_serial_build(tmp_path: Path) -> None:
    serial = copy_root("test-approval", tmp_path / "serial")
    parallel = copy_root("test-approval", tmp_path / "parallel")
    assert build(serial) == build(parallel, "-j", "2")
    assert differences(outputs(serial / "_build"), outputs(parallel / "_build")) == []


def test_a_left_out_draft_approved_appears_as_in_a_clean_build(tmp_path: Path) -> None:
    srcdir = copy_root("test-approval", tmp_path / "site")
    append_text(srcdir / "conf.py", "minutes_drafts_public = False\n")
    assert build(srcdir) == ""
    replace_text(srcdir / COUNCIL / "2024-03-12.md", ":status: draft", ":status: approved")
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    assert "Approved at the meeting of March 12, 2024 (item 2)" in page_text(
        srcdir / "_build", f"{COUNCIL}/2024-02-13"
    )


def test_no_change_rebuild_with_drafts_left_out_reads_nothing(tmp_path: Path) -> None:
    """The drafts are found again on every build: the same configuration, nothing read."""
    srcdir = copy_root("test-approval", tmp_path / "site")
    append_text(srcdir / "conf.py", "minutes_drafts_public = False\n")
    outdir = srcdir / "_build"
    assert sphinx_build("-b", "html", str(srcdir), str(outdir)).returncode == 0
    again = subprocess.run(
        [sys.executable, "-m", "sphinx", "--no-color", "-b", "html", str(srcdir), str(outdir)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 added, 0 changed, 0 removed" in again.stdout
    assert again.stderr == ""


def test_a_no_change_rebuild_gives_the_same_warnings(tmp_path: Path) -> None:
    """The deadline is judged on every build, from the sources alone."""
    srcdir = copy_root("test-approval", tmp_path / "site")
    assert build(srcdir).splitlines() == [OVERDUE]
    assert build(srcdir).splitlines() == [OVERDUE]


def test_the_deadline_counts_to_the_reference_date(tmp_path: Path) -> None:
    srcdir = copy_root("test-approval", tmp_path / "site")
    append_text(srcdir / "conf.py", 'minutes_reference_date = "2024-05-03"\n')
    assert build(srcdir).splitlines() == [
        "meetings/council/2024-03-12.md:5: WARNING: These minutes are still a draft 52 days "
        "after the meeting (on 2024-05-03; the deadline is 30 days). Have the minutes "
        "approved and write `:status: approved` with `:approved-by:`, or approve them at a "
        "later meeting (`:approves:` on its agenda item). [minutes.draft-overdue]"
    ]  # the cooperative's draft of 3 April is 30 days old: not past the deadline


def test_a_status_not_understood_is_reported_and_shown(tmp_path: Path) -> None:
    srcdir = copy_root("test-approval", tmp_path / "site")
    meeting = srcdir / COUNCIL / "2024-05-14.md"
    replace_text(meeting, ":status: draft", ":status: nearly done")
    item = ":::{agenda-item} 1. Apologies for absence\n"
    replace_text(meeting, item, f"{item}:approves: 2024-04-01\n\n")
    warnings = build(srcdir).splitlines()
    assert (
        "meetings/council/2024-05-14.md:5: WARNING: :status: 'nearly done' is not a status of "
        "the minutes; it is shown as written. Use one of: draft, approved, published (or the "
        "meeting language's words for them). [minutes.bad-option]"
    ) in warnings
    assert any(
        w.startswith(
            "meetings/council/2024-05-14.md:20: WARNING: No meeting of council on 2024-04-01."
        )
        for w in warnings
    ), warnings
    assert "Status: nearly done" in page_text(srcdir / "_build", f"{COUNCIL}/2024-05-14")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Åsa Olsson 2023-11-03; Eva Berg",
            [("Åsa Olsson", dt.date(2023, 11, 3)), ("Eva Berg", None)],
        ),
        ("Åsa Olsson, 2023-11-03", [("Åsa Olsson", dt.date(2023, 11, 3))]),
        (
            "Åsa Olsson (2023-11-3)\nEva Berg",
            [("Åsa Olsson", dt.date(2023, 11, 3)), ("Eva Berg", None)],
        ),
        ("Eva Berg;", [("Eva Berg", None)]),
    ],
)
def test_approvers_as_written(written: str, expected: list[tuple[str, dt.date | None]]) -> None:
    read = read_approvers(written, 5)
    assert [(a.name, a.date) for a in read.approvals] == expected
    assert read.bad_dates == []


def test_an_approval_date_that_is_no_day_is_reported_with_its_line() -> None:
    read = read_approvers("Åsa Olsson\nEva Berg 2023-11-31", 5)
    assert [(a.name, a.date, a.line) for a in read.approvals] == [
        ("Åsa Olsson", None, 5),
        ("Eva Berg", None, 6),
    ]
    assert read.bad_dates == [("2023-11-31", 6)]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", read.bad_dates[0][0])
