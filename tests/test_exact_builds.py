"""Every page that aggregates is exactly right after any build: parallel, incremental,
after a deletion; every file of the output is what a clean build writes; and a build with
nothing changed writes nothing.

The root holds an English committee over six meetings (decisions, follow-ups carried and
closed, a person changing organisation) and a Swedish council.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from conftest import sphinx_build
from edits import EDITS, differences, outputs, rebuild_and_compare
from edits import build as build_with_warnings

ROOT = Path(__file__).parent / "roots" / "test-archive"


def build(srcdir: Path, outdir: Path, *options: str) -> None:
    run = sphinx_build(*options, "-b", "html", str(srcdir), str(outdir))
    assert (run.returncode, run.stderr) == (0, "")


def pages(outdir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
        for p in sorted(outdir.rglob("*.html"))
    }


def site(tmp_path: Path, name: str) -> Path:
    srcdir = tmp_path / name
    shutil.copytree(ROOT, srcdir)
    return srcdir


def test_the_edit_under_test_changes_what_pages_show(tmp_path: Path) -> None:
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    county = " ".join(pages(srcdir / "_build")["registers/organisations/county.html"].split())
    assert "Finance Committee, 19 February 2024" not in county


def clean_build_of(srcdir: Path, tmp_path: Path) -> dict[str, bytes]:
    """Every output file of a clean build of ``srcdir``'s sources."""
    fresh = tmp_path / "fresh"
    shutil.copytree(srcdir, fresh, ignore=shutil.ignore_patterns("_build", "registers"))
    build(fresh, fresh / "_build")
    return outputs(fresh / "_build")


def test_a_parallel_build_is_byte_identical(tmp_path: Path) -> None:
    serial, parallel = site(tmp_path, "serial"), site(tmp_path, "parallel")
    build(serial, serial / "_build")
    build(parallel, parallel / "_build", "-j", "2")
    assert len(pages(serial / "_build")) > 30
    assert pages(parallel / "_build") == pages(serial / "_build")


def built_edited_built(tmp_path: Path, meeting: str, old: str, new: str) -> tuple[Path, str]:
    """The archive built; ``old`` replaced by ``new`` in one meeting; built again. Returns
    the site and the meeting's text as it was."""
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    path = srcdir / meeting
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    build(srcdir, srcdir / "_build")
    return srcdir, text


def test_a_person_moving_organisation_updates_every_page(tmp_path: Path) -> None:
    srcdir, _ = built_edited_built(
        tmp_path,
        "meetings/finance/2024-02-19.md",
        "Dev Patel, Friends of Riverside Library",
        "Dev Patel, WCC",
    )
    assert differences(outputs(srcdir / "_build"), clean_build_of(srcdir, tmp_path)) == []
    county = " ".join(pages(srcdir / "_build")["registers/organisations/county.html"].split())
    assert "Finance Committee, 19 February 2024" in county  # only there since the edit


def test_a_deleted_meeting_is_linked_from_no_page(tmp_path: Path) -> None:
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    (srcdir / "meetings/finance/2024-03-18.md").unlink()
    build(srcdir, srcdir / "_build")
    written = pages(srcdir / "_build")
    assert "meetings/finance/2024-03-18.html" not in written  # Sphinx would leave it behind
    linking = [name for name, html in written.items() if "2024-03-18.html" in html]
    assert linking == []
    assert differences(outputs(srcdir / "_build"), clean_build_of(srcdir, tmp_path)) == []


def test_a_build_with_nothing_changed_writes_nothing(tmp_path: Path) -> None:
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    before = {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}
    build(srcdir, srcdir / "_build")
    after = {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}
    assert after == before


def documents(outdir: Path) -> list[Path]:
    """The pages of documents; Sphinx writes its own search and index pages every time,
    whatever the extensions, so they do not count."""
    return [p for p in outdir.rglob("*.html") if p.name not in ("search.html", "genindex.html")]


def test_the_general_index_lists_meetings_organisations_people_and_topics(tmp_path: Path) -> None:
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    index = " ".join((srcdir / "_build/genindex.html").read_text(encoding="utf-8").split())
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
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    before = {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}
    june = srcdir / "meetings/finance/2024-06-17.md"
    june.write_text(
        june.read_text(encoding="utf-8").replace(
            "No other business.", "No other business was raised."
        ),
        encoding="utf-8",
    )
    build(srcdir, srcdir / "_build")
    rewritten = {
        p.relative_to(srcdir / "_build").as_posix()
        for p in documents(srcdir / "_build")
        if p.stat().st_mtime_ns != before[p]
    }
    # Sphinx itself rewrites the page whose table of contents holds the edited page
    assert rewritten == {"meetings/finance/2024-06-17.html", "meetings/finance/index.html"}
    decision = srcdir / "meetings/finance/2024-03-18.md"
    decision.write_text(
        decision.read_text(encoding="utf-8").replace("£500", "£600"), encoding="utf-8"
    )
    before = {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}
    build(srcdir, srcdir / "_build")
    rewritten = {
        p.relative_to(srcdir / "_build").as_posix()
        for p in documents(srcdir / "_build")
        if p.stat().st_mtime_ns != before[p]
    }
    # the meeting, and the pages that list its decision: the register and both topics
    # (and, by Sphinx's rule, the pages whose table of contents holds a rewritten page)
    assert rewritten == {
        "meetings/finance/2024-03-18.html",
        "meetings/finance/index.html",
        "registers/finance/decisions.html",
        "registers/topics/budget.html",
        "registers/topics/library.html",
        "registers/index.html",
        "registers/topics/index.html",
    }


def test_registers_show_decisions_follow_ups_and_unanswered_questions(tmp_path: Path) -> None:
    srcdir = site(tmp_path, "site")
    build(srcdir, srcdir / "_build")
    shown = {
        k: " ".join(BeautifulSoup(v, "html.parser").get_text("").split())
        for k, v in pages(srcdir / "_build").items()
    }
    decisions = shown["registers/finance/decisions.html"]
    assert (
        "A grant of £500 is made to the Friends of Riverside Library. (2 for, 1 against, 0 abstained)"
        in decisions
    )
    follow_ups = shown["registers/finance/follow-ups.html"]
    assert "Send the accounts to the auditor. — Graham Shaw, due July 1, 2024 — open" in follow_ups
    assert "Obtain a second quote for the churchyard wall." in follow_ups
    assert "closed at" in follow_ups
    assert "When can the work start?" in shown["registers/finance/questions.html"]
    assert "Can the library open on Saturdays?" not in shown["registers/finance/questions.html"]
    # carried until closed: shown in March (open), closed in April, gone from May
    assert "Ask the Friends for Saturday volunteers." in shown["meetings/finance/2024-03-18.html"]
    assert "closed at this meeting" in shown["meetings/finance/2024-04-15.html"]
    assert (
        "Ask the Friends for Saturday volunteers." not in shown["meetings/finance/2024-05-20.html"]
    )
    assert "Beslut" in shown["registers/radet/decisions.html"]  # a Swedish body's register


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
    assert differences(outputs(srcdir / "_build"), clean_build_of(srcdir, tmp_path)) == []

    (srcdir / meeting).write_text(written, encoding="utf-8")
    build(srcdir, srcdir / "_build")
    assert not (srcdir / "registers/people/nils-berg.md").exists()
    after = pages(srcdir / "_build")
    assert "Nils Berg" not in after["registers/people/index.html"]
    assert "registers/people/nils-berg.html" not in after
    assert differences(outputs(srcdir / "_build"), clean_build_of(srcdir, tmp_path / "again")) == []


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
}


def first(options: Sequence[Any]) -> Any:
    return options[0]


SITE_THEME = {  # the project's own navigation (conf.py): two levels, other branches folded
    "navigation_depth": 2,
    "show_nav_level": 1,
    "collapse_navigation": True,
}


def built_once(base: Path, conf: str = "") -> tuple[Path, Path]:
    """The archive built once, and a copy of it, sources and output, to start each test
    from (at the same path, as Sphinx's environment knows it)."""
    srcdir, pristine = base / "site", base / "pristine"
    shutil.copytree(ROOT, srcdir)
    with (srcdir / "conf.py").open("a", encoding="utf-8") as written:
        written.write(conf)
    assert build_with_warnings(srcdir) == ""
    shutil.copytree(srcdir, pristine)
    return srcdir, pristine


def restored(built: tuple[Path, Path]) -> Path:
    srcdir, pristine = built
    shutil.rmtree(srcdir)
    shutil.copytree(pristine, srcdir)
    return srcdir


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
    build_with_warnings(srcdir)
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
    before = {p: p.stat().st_mtime_ns for p in documents(srcdir / "_build")}
    assert EDITS[edit](srcdir, first) is not None
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    rewritten = {
        p.relative_to(srcdir / "_build").as_posix()
        for p in documents(srcdir / "_build")
        if p.stat().st_mtime_ns != before.get(p)
    }
    if edit == "rename-organisation":
        assert "registers/finance/decisions.html" not in rewritten
        assert "registers/organisations/county.html" in rewritten
