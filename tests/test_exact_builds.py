"""Every page that aggregates is exactly right after any build: parallel, incremental,
after a deletion; every file of the output is what a clean build writes; and a build with
nothing changed writes nothing.

The root holds an English committee over six meetings (decisions, follow-ups carried and
closed, a person changing organisation) and a Swedish council.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from compare import (
    build,
    built_once,
    clean_build,
    differences,
    outputs,
    rebuild_and_compare,
    restored,
)
from conftest import SITE_THEME, copy_root, page_text, squeezed
from edits import EDITS
from sources import replace_text


def pages(outdir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
        for p in sorted(outdir.rglob("*.html"))
    }


def built_archive_in(folder: Path) -> Path:
    """A copy of the archive, built into its ``_build``."""
    srcdir = copy_root("test-archive", folder)
    assert build(srcdir) == ""
    return srcdir


def documents(outdir: Path) -> list[Path]:
    """The pages of documents; Sphinx writes its own search and index pages every time,
    whatever the extensions, so they do not count."""
    return [p for p in outdir.rglob("*.html") if p.name not in ("search.html", "genindex.html")]


def written_at(srcdir: Path) -> dict[Path, int]:
    """When each page of a document was last written."""
    return {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}


def rewritten(srcdir: Path, before: dict[Path, int]) -> set[str]:
    """The pages of documents written since ``before`` (or new)."""
    return {
        p.relative_to(srcdir / "_build").as_posix()
        for p, written in written_at(srcdir).items()
        if written != before.get(p)
    }


def test_a_parallel_build_is_byte_identical(tmp_path: Path) -> None:
    """Every file: the pages, and the exports made from them all when the build ends."""
    serial = built_archive_in(tmp_path / "serial")
    parallel = copy_root("test-archive", tmp_path / "parallel")
    assert build(parallel, "-j", "2") == ""
    assert len(pages(serial / "_build")) > 30
    made = outputs(serial / "_build")
    assert {"data/minutes.json", "data/finance/2024-01-15.json", "data/finance/decisions.csv"} < (
        made.keys()
    )
    assert differences(outputs(parallel / "_build"), made) == []


def built_edited_built(tmp_path: Path, meeting: str, old: str, new: str) -> tuple[Path, str]:
    """The archive built; ``old`` replaced by ``new`` in one meeting; built again. Returns
    the site and the meeting's text as it was."""
    srcdir = built_archive_in(tmp_path / "site")
    text = replace_text(srcdir / meeting, old, new)
    assert build(srcdir) == ""
    return srcdir, text


def test_a_person_moving_organisation_updates_every_page(tmp_path: Path) -> None:
    srcdir, _ = built_edited_built(
        tmp_path,
        "meetings/finance/2024-02-19.md",
        "Dev Patel, Friends of Riverside Library",
        "Dev Patel, WCC",
    )
    assert differences(outputs(srcdir / "_build"), clean_build(srcdir, tmp_path / "clean")) == []
    county = squeezed(pages(srcdir / "_build")["registers/organisations/county.html"])
    assert "Finance Committee, 19 February 2024" in county  # only there since the edit


def test_a_deleted_meeting_is_linked_from_no_page(tmp_path: Path) -> None:
    srcdir = built_archive_in(tmp_path / "site")
    (srcdir / "meetings/finance/2024-03-18.md").unlink()
    assert build(srcdir) == ""
    written = pages(srcdir / "_build")
    assert "meetings/finance/2024-03-18.html" not in written  # Sphinx would leave it behind
    linking = [name for name, html in written.items() if "2024-03-18.html" in html]
    assert linking == []
    assert differences(outputs(srcdir / "_build"), clean_build(srcdir, tmp_path / "clean")) == []


def test_a_build_with_nothing_changed_writes_nothing(tmp_path: Path) -> None:
    srcdir = built_archive_in(tmp_path / "site")
    before = written_at(srcdir)
    assert build(srcdir) == ""
    assert written_at(srcdir) == before


def test_the_general_index_lists_meetings_organisations_people_and_topics(tmp_path: Path) -> None:
    srcdir = built_archive_in(tmp_path / "site")
    index = squeezed((srcdir / "_build/genindex.html").read_text(encoding="utf-8"))
    for entry in (
        "Finance Committee",
        "2024-01-15",
        "Westshire County Council",
        "Dev Patel",
        "Budget",
        "Ålsta kulturråd",
    ):
        assert entry in index, entry


def test_an_edit_rewrites_only_the_pages_that_show_it(tmp_path: Path) -> None:
    srcdir = built_archive_in(tmp_path / "site")
    before = written_at(srcdir)
    june = srcdir / "meetings/finance/2024-06-17.md"
    replace_text(june, "No other business.", "No other business was raised.")
    assert build(srcdir) == ""
    # Sphinx itself rewrites the page whose table of contents holds the edited page
    assert rewritten(srcdir, before) == {
        "meetings/finance/2024-06-17.html",
        "meetings/finance/index.html",
    }
    before = written_at(srcdir)
    replace_text(srcdir / "meetings/finance/2024-03-18.md", "£500", "£600")
    assert build(srcdir) == ""
    # the meeting, and the pages that list its decision: the register and both topics
    # (and, by Sphinx's rule, the pages whose table of contents holds a rewritten page)
    assert rewritten(srcdir, before) == {
        "meetings/finance/2024-03-18.html",
        "meetings/finance/index.html",
        "registers/finance/decisions.html",
        "registers/topics/budget.html",
        "registers/topics/library.html",
        "registers/index.html",
        "registers/topics/index.html",
    }


def test_registers_show_decisions_follow_ups_and_unanswered_questions(tmp_path: Path) -> None:
    out = built_archive_in(tmp_path / "site") / "_build"
    decisions = page_text(out, "registers/finance/decisions")
    assert (
        "A grant of £500 is made to the Friends of Riverside Library. (2 for, 1 against, 0 abstained)"
        in decisions
    )
    follow_ups = page_text(out, "registers/finance/follow-ups")
    assert "Send the accounts to the auditor. — Graham Shaw, due July 1, 2024 — open" in follow_ups
    assert "Obtain a second quote for the churchyard wall." in follow_ups
    assert "closed at" in follow_ups
    questions = page_text(out, "registers/finance/questions")
    assert "When can the work start?" in questions
    assert "Can the library open on Saturdays?" not in questions
    # carried until closed: shown in March (open), closed in April, gone from May
    carried = "Ask the Friends for Saturday volunteers."
    assert carried in page_text(out, "meetings/finance/2024-03-18")
    assert "closed at this meeting" in page_text(out, "meetings/finance/2024-04-15")
    assert carried not in page_text(out, "meetings/finance/2024-05-20")
    assert "Beslut" in page_text(out, "registers/radet/decisions")  # a Swedish body's register


def test_a_person_added_to_one_attendance_gets_a_page_and_loses_it_when_removed(
    tmp_path: Path,
) -> None:
    """People are found by scanning the meeting files before reading; an incremental
    build scans only the file that changed, and must still see the change."""
    meeting = "meetings/radet/2024-05-07.md"
    added = "- Nils Berg, Ålsta kommun\n- Erik Holm,"
    srcdir, written = built_edited_built(tmp_path, meeting, "- Erik Holm,", added)
    built = pages(srcdir / "_build")
    assert "Nils Berg" in built["registers/people/nils-berg.html"]
    assert differences(outputs(srcdir / "_build"), clean_build(srcdir, tmp_path / "clean")) == []

    (srcdir / meeting).write_text(written, encoding="utf-8")
    assert build(srcdir) == ""
    assert not (srcdir / "registers/people/nils-berg.md").exists()
    after = pages(srcdir / "_build")
    assert "Nils Berg" not in after["registers/people/index.html"]
    assert "registers/people/nils-berg.html" not in after
    assert differences(outputs(srcdir / "_build"), clean_build(srcdir, tmp_path / "again")) == []


NAMED_EDITS = {
    "a meeting's title": "retitle-meeting",
    "an agenda item's title": "retitle-item",
    "an added agenda item": "add-item",
    "an organisation's name": "rename-organisation",
    "an organisation's alias": "toggle-alias",
    "a body's name": "rename-body",
    "a body's language": "change-body-language",
    "a topic's name": "rename-topic",
    "the case of a person's name where first seen": "recase-person",
    "a deleted meeting": "delete-meeting",
    "a removed organisation": "remove-organisation",
    "a count of votes made a roll call": "roll-call",
    "a reservation entered against a decision": "enter-reservation",
}


def first(options: Sequence[Any]) -> Any:
    return options[0]


@pytest.fixture(scope="module")
def built_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built_once(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def built_with_site_theme(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built_once(tmp_path_factory.mktemp("themed"), f"html_theme_options = {SITE_THEME!r}\n")


@pytest.fixture(scope="module")
def built_at_the_group_limit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Seven people (grouped by initial, out of the navigation), six organisations (not
    yet grouped): an edit moves pages in or out of the navigation."""
    return built_once(tmp_path_factory.mktemp("grouped"), "minutes_index_group_limit = 6\n")


@pytest.mark.parametrize(
    ("edit", "grouped"),
    [
        ("add-organisation", "registers/organisations/by-initial/r.html"),
        ("add-attendee", "registers/people/by-initial/a.html"),
        ("remove-attendee", None),
        ("rename-organisation", None),
        ("recase-person", None),
    ],
)
def test_pages_grouped_out_of_the_navigation_are_exact_after_an_edit(
    built_at_the_group_limit: tuple[Path, Path], tmp_path: Path, edit: str, grouped: str | None
) -> None:
    """An index crossing the limit takes its pages out of the navigation or puts them
    back; a page by initial comes or goes; breadcrumbs follow."""
    srcdir = restored(built_at_the_group_limit)
    assert "registers/organisations/by-initial/r.html" not in outputs(srcdir / "_build")
    assert EDITS[edit](srcdir, first) is not None
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    if grouped:
        assert grouped in outputs(srcdir / "_build")


@pytest.mark.parametrize(
    ("edit", "options"),
    [*((edit, ()) for edit in NAMED_EDITS), ("a meeting's title", ("-j", "2"))],
)
def test_after_an_edit_every_output_file_is_what_a_clean_build_writes(
    built_archive: tuple[Path, Path], tmp_path: Path, edit: str, options: tuple[str, ...]
) -> None:
    """Pages whose navigation, breadcrumbs, previous/next links or views show what changed
    are written again; the pages of removed documents go; the search index is whole."""
    srcdir, pristine = restored(built_archive), built_archive[1]
    assert EDITS[NAMED_EDITS[edit]](srcdir, first) is not None
    assert rebuild_and_compare(srcdir, tmp_path / "clean", *options) == []
    changed = differences(outputs(srcdir / "_build"), outputs(pristine / "_build"))
    assert len(changed) > 1  # the edit shows on more pages than Sphinx's search index


def test_slides_taken_off_an_item_leave_nothing_in_the_downloads(
    built_archive: tuple[Path, Path], tmp_path: Path
) -> None:
    srcdir = restored(built_archive)
    assert EDITS["attach-slides"](srcdir, first) is not None
    build(srcdir)
    assert any(name.startswith("_downloads/") for name in outputs(srcdir / "_build"))
    assert EDITS["detach-slides"](srcdir, first) is not None
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    assert not any(name.startswith("_downloads/") for name in outputs(srcdir / "_build"))


@pytest.mark.parametrize("edit", ["rename-organisation", "add-attendee", "retitle-meeting"])
def test_with_folded_navigation_only_the_branch_showing_a_change_is_written_again(
    built_with_site_theme: tuple[Path, Path], tmp_path: Path, edit: str
) -> None:
    """With the site's own navigation (two levels, other branches folded), a renamed
    organisation rewrites the organisations' branch, not every register page."""
    srcdir = restored(built_with_site_theme)
    before = written_at(srcdir)
    assert EDITS[edit](srcdir, first) is not None
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    written = rewritten(srcdir, before)
    if edit == "rename-organisation":
        assert "registers/finance/decisions.html" not in written
        assert "registers/organisations/county.html" in written
