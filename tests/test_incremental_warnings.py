"""Every build reports the minutes' mistakes of the whole site, re-read or not: an
incremental or a no-change build prints exactly what a clean build prints."""

from __future__ import annotations

from pathlib import Path

from conftest import build_once, build_root, copy_sources, warning_lines
from sources import replace_text

JAN = "meetings/finance-committee/2024-01-15.md"
FEB = "meetings/finance-committee/2024-02-19.md"


def warnings(srcdir: Path) -> list[str]:
    """The warnings of a build of ``srcdir``, incremental if it was built before."""
    return warning_lines(build_once(srcdir), srcdir)


def clean_build_warnings(srcdir: Path, tmp_path: Path) -> list[str]:
    return warnings(copy_sources(srcdir, tmp_path / f"clean-{len(list(tmp_path.iterdir()))}"))


def test_warnings_come_and_go_with_the_mistake(tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    build_root("english", srcdir)

    def incremental() -> list[str]:
        found = warnings(srcdir)
        assert found == clean_build_warnings(srcdir, tmp_path)
        return found

    replace_text(
        srcdir / JAN,
        "Owen Price, Riverside Allotment Society",
        "Owen Price, Riverside Allotment Societ",
    )
    mistake = [
        f"{JAN}:14: WARNING: Unknown organisation 'Riverside Allotment Societ'. Did you mean "
        "'Riverside Allotment Society'? Correct it, or add it (or this alias) to the "
        "organisation registry. [minutes.unknown-organisation]"
    ]
    assert incremental() == mistake
    assert incremental() == mistake  # nothing changed: the same warnings again
    replace_text(srcdir / JAN, "Riverside Allotment Societ", "Riverside Allotment Society")
    assert incremental() == []


def test_removing_a_meeting_breaks_the_links_to_it_in_unchanged_meetings(tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    build_root("english", srcdir)
    (srcdir / JAN).unlink()
    found = warnings(srcdir)
    assert found == clean_build_warnings(srcdir, tmp_path)
    hint = (
        "Correct the date, or declare the meeting under `external-meetings` of its body in "
        "the body registry, or add the project that has it to `intersphinx_mapping`. "
        "[minutes.unknown-meeting]"
    )
    assert found == [
        f"{FEB}:6: WARNING: No meeting of finance-committee on 2024-01-15. {hint}",
        f"{FEB}:36: WARNING: No meeting of finance-committee on 2024-01-15. {hint}",
    ]


def test_a_registry_edit_comes_and_goes_like_a_clean_build(tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    build_root("english", srcdir)
    bodies = srcdir / "meetings/bodies.yaml"
    kept = bodies.read_text(encoding="utf-8")
    bodies.write_text("", encoding="utf-8")
    found = warnings(srcdir)
    assert found == clean_build_warnings(srcdir, tmp_path)
    assert any("[minutes.unknown-body]" in w for w in found)
    bodies.write_text(kept, encoding="utf-8")
    assert warnings(srcdir) == clean_build_warnings(srcdir, tmp_path) == []


def test_a_meeting_no_page_lists_is_named_with_the_fix_until_the_body_page_lists_it(
    tmp_path: Path,
) -> None:
    """Sphinx's "document isn't included in any toctree" has no line and no fix: the
    meeting is reported at its ``meeting`` block instead, once, whatever build ran before."""
    srcdir = tmp_path / "site"
    build_root("english", srcdir)
    page = srcdir / "meetings/finance-committee/index.md"
    listing = page.read_text(encoding="utf-8")

    def incremental() -> list[str]:
        found = warnings(srcdir)
        assert found == clean_build_warnings(srcdir, tmp_path)
        return found

    page.write_text("# Finance Committee\n", encoding="utf-8")
    not_listed = (
        "WARNING: meetings/finance-committee/index does not list the meetings of "
        "finance-committee. Put a `{meetings} finance-committee` block in "
        "meetings/finance-committee/index.md. [minutes.unlisted-meeting]"
    )
    assert incremental() == [f"{JAN}:3: {not_listed}", f"{FEB}:3: {not_listed}"]
    page.unlink()
    no_page = (
        "WARNING: No page lists this meeting: finance-committee has no page "
        "(meetings/finance-committee/index.md). Create meetings/finance-committee/index.md "
        "with the body's name as its title and a `{meetings} finance-committee` block under "
        "it. [minutes.unlisted-meeting]"
    )
    ours = [  # Sphinx's own warning on the root's toctree comes on a clean build only
        [w for w in built if "[minutes." in w]
        for built in (warnings(srcdir), clean_build_warnings(srcdir, tmp_path))
    ]
    assert ours == [[f"{JAN}:3: {no_page}", f"{FEB}:3: {no_page}"]] * 2
    page.write_text(listing, encoding="utf-8")
    assert incremental() == []
