"""A rebuild makes again only what an edit touches, and still everything it touches:
a history, a meeting's data or a meeting's checks kept from the last build are kept only
while what they are made from is the same (``derive/digests.py``,
``derive/views/inputs.py``, ``export/record_keys.py``).

The edits here change a page or a file through something other than its own meeting:
a follow-up closed at a later meeting that does not name its owner, a registry entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from compare import build, rebuild_and_compare
from conftest import copy_root, page_text
from sources import replace_text

LATER = "meetings/finance/2024-06-17.md"
"""The finance committee's last meeting, which closes the follow-up below."""
AUDIT = "meetings/finance/2024-05-20.md"
"""Where Graham Shaw is given the follow-up ``audit``."""


def without_graham(srcdir: Path) -> None:
    """The last meeting without Graham Shaw: he is neither at it nor named in it."""
    replace_text(srcdir / LATER, "- Graham Shaw, RPC, chair\n", "")


def closing_audit(srcdir: Path) -> None:
    replace_text(
        srcdir / LATER,
        "No other business.",
        ":::{comment} Dev Patel\n:closes: audit\n\nThe accounts went to the auditor.\n:::",
    )


def test_a_follow_up_closed_where_its_owner_is_not_shows_closed_on_the_owners_page(
    tmp_path: Path,
) -> None:
    """Graham Shaw's page, and the meeting's data that gave him the follow-up, say it is
    closed once a meeting he did not attend closes it, as a clean build says."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    without_graham(srcdir)
    assert build(srcdir) == ""
    out = srcdir / "_build"
    person = "registers/people/graham-shaw"
    assert "Send the accounts to the auditor" in page_text(out, person)
    assert "17 June 2024" not in page_text(out, person)
    data = out / "data/finance/2024-05-20.json"
    before = data.stat().st_mtime_ns
    audit = statement(data, "audit")
    assert audit["follow_up"]["state"] == "open"

    closing_audit(srcdir)
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    assert "17 June 2024" in page_text(out, person)  # closed by that meeting
    assert statement(data, "audit")["follow_up"]["closed_by"] == "finance/2024-06-17"
    assert data.stat().st_mtime_ns != before


def test_a_meetings_data_untouched_by_an_edit_is_left_as_written(tmp_path: Path) -> None:
    """An edit of one meeting writes its data and its body's again, not the data of
    the other meetings (a site copied with ``rsync`` sends only what changed)."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    assert build(srcdir) == ""
    data = srcdir / "_build/data"
    before = {p: p.stat().st_mtime_ns for p in data.rglob("*.json")}
    replace_text(srcdir / AUDIT, "Send the accounts to the auditor.", "Send the accounts.")
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    changed = {
        p.relative_to(data).as_posix() for p, t in before.items() if p.stat().st_mtime_ns != t
    }
    assert changed == {"finance/2024-05-20.json", "finance.json"}


def test_an_organisation_renamed_in_the_registry_is_renamed_on_every_page(
    tmp_path: Path,
) -> None:
    """A history kept from the last build is made again when the registries change,
    though no meeting did."""
    srcdir = copy_root("test-archive", tmp_path / "site")
    assert build(srcdir) == ""
    replace_text(
        srcdir / "meetings/organisations.yaml", "Riverside Parish Council", "Riverside Town Council"
    )
    assert rebuild_and_compare(srcdir, tmp_path / "clean") == []
    lena = page_text(srcdir / "_build", "registers/people/lena-kowalski")
    assert "Riverside Town Council" in lena and "Riverside Parish Council" not in lena


def statement(data: Path, name: str) -> dict[str, object]:
    """The statement named ``name`` in a meeting's data file."""
    meeting = json.loads(data.read_text(encoding="utf-8"))["meeting"]
    return next(s for item in meeting["items"] for s in item["statements"] if s["name"] == name)
