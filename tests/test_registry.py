"""Registries are data the writers edit; an edit re-reads the meetings that use it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import build_once, page_text, printed, warning_lines
from sources import replace_text
from sphinx_minutes.read.registry_load import load

FEB = "meetings/finance-committee/2024-02-19"


@pytest.mark.sphinx("html", testroot="english", srcdir="english")
def test_editing_a_registry_rereads_the_meetings_and_updates_pages(app: SphinxTestApp) -> None:
    app.build()
    app.cleanup()  # the registry is read when an app starts: the edit needs a second one
    registry = app.srcdir / "meetings/organisations.yaml"
    replace_text(registry, "name: Westshire County Council", "name: Westshire Council")
    second = build_once(app.srcdir)
    status = printed(second.status)
    reading = re.search(r"reading sources\.\.\.(.*?)\n(?:looking|pickling)", status, re.S)
    assert reading and FEB in reading[1], status
    assert second.warning.getvalue() == ""
    text = page_text(second.outdir, "registers/organisations/county")
    assert text.startswith("Westshire Council")


@pytest.mark.sphinx("html", testroot="english", srcdir="english")
def test_a_removed_organisation_loses_its_page(app: SphinxTestApp) -> None:
    app.build()
    app.cleanup()
    page = app.srcdir / "registers/organisations/library-friends.md"
    assert page.is_file()
    registry = app.srcdir / "meetings/organisations.yaml"
    replace_text(registry, "Library Friends:\n  name: Friends of Riverside Library\n", "")
    build_once(app.srcdir)
    assert not page.exists()


def test_malformed_entries_are_located_warnings(tmp_path: Path, capsys) -> None:
    (tmp_path / "orgs.yaml").write_text(
        "SCB:\n  name: SCB\nBroken:\n  aliases: [x]\n", encoding="utf-8"
    )
    (tmp_path / "bodies.yaml").write_text("b: [not, a, mapping]\n", encoding="utf-8")
    srcdir = tmp_path / "site"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["sphinx_minutes"]\nminutes_organisations = "../orgs.yaml"\n'
        'minutes_bodies = "../bodies.yaml"\n',
        encoding="utf-8",
    )
    (srcdir / "index.md").write_text("# Empty\n", encoding="utf-8")
    app = build_once(srcdir)
    warnings = "\n".join(warning_lines(app))
    assert "orgs.yaml:3: WARNING: Entry 'Broken' in orgs.yaml needs a `name`." in warnings
    assert "bodies.yaml:1: WARNING: Entry 'b' in bodies.yaml needs a `name`." in warnings
    assert "[minutes.registry]" in warnings
    registry = app.env.domains["minutes"].registry
    assert list(registry.organisations) == ["SCB"]


def test_invalid_yaml_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "organisations.yaml").write_text("SCB: [unclosed\n", encoding="utf-8")
    registry = load(tmp_path, "organisations.yaml", "", "")
    assert registry.organisations == {}
