"""Every build reports the minutes' mistakes of the whole site, re-read or not: an
incremental or a no-change build prints exactly what a clean build prints."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import build_once, build_root

JAN = "meetings/finance-committee/2024-01-15.md"
FEB = "meetings/finance-committee/2024-02-19.md"


def warnings(app, srcdir: Path) -> list[str]:
    text = re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue())
    return [line.replace(f"{srcdir}/", "") for line in text.splitlines()]


def clean_build_warnings(srcdir: Path, tmp_path: Path) -> list[str]:
    fresh = tmp_path / f"clean-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(srcdir, fresh, ignore=shutil.ignore_patterns("_build", "registers"))
    return warnings(build_once(fresh), fresh)


def test_warnings_come_and_go_with_the_mistake(tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    build_root("english", srcdir).cleanup()

    def edit(path: str, before: str, after: str) -> None:
        file = srcdir / path
        file.write_text(file.read_text(encoding="utf-8").replace(before, after), encoding="utf-8")

    def incremental() -> list[str]:
        found = warnings(build_once(srcdir), srcdir)
        assert found == clean_build_warnings(srcdir, tmp_path)
        return found

    edit(JAN, "Owen Price, Riverside Allotment Society", "Owen Price, Riverside Allotment Societ")
    mistake = [
        f"{JAN}:14: WARNING: Unknown organisation 'Riverside Allotment Societ'. Did you mean "
        "'Riverside Allotment Society'? Correct it, or add it (or this alias) to the "
        "organisation registry. [minutes.unknown-organisation]"
    ]
    assert incremental() == mistake
    assert incremental() == mistake  # nothing changed: the same warnings again
    edit(JAN, "Riverside Allotment Societ", "Riverside Allotment Society")
    assert incremental() == []


def test_removing_a_meeting_breaks_the_links_to_it_in_unchanged_meetings(tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    build_root("english", srcdir).cleanup()
    (srcdir / JAN).unlink()
    found = warnings(build_once(srcdir), srcdir)
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
    build_root("english", srcdir).cleanup()
    bodies = srcdir / "meetings/bodies.yaml"
    kept = bodies.read_text(encoding="utf-8")
    bodies.write_text("", encoding="utf-8")
    found = warnings(build_once(srcdir), srcdir)
    assert found == clean_build_warnings(srcdir, tmp_path)
    assert any("[minutes.unknown-body]" in w for w in found)
    bodies.write_text(kept, encoding="utf-8")
    assert warnings(build_once(srcdir), srcdir) == clean_build_warnings(srcdir, tmp_path) == []
