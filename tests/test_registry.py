"""Registries are data the writers edit; an edit re-reads the meetings that use it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import build, build_root, page_text
from sphinx_minutes.read.registry_load import load

FEB = "meetings/finance-committee/2024-02-19"


def test_editing_a_registry_rereads_the_meetings_and_updates_pages(tmp_path: Path) -> None:
    build_root("english", tmp_path).cleanup()
    registry = tmp_path / "meetings/organisations.yaml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace(
            "name: Westshire County Council", "name: Westshire Council"
        ),
        encoding="utf-8",
    )
    second = build(tmp_path)
    try:
        status = re.sub(r"\x1b\[[0-9;]*m", "", second.status.getvalue())
        reading = re.search(r"reading sources\.\.\.(.*?)\n(?:looking|pickling)", status, re.S)
        assert reading and FEB in reading[1], status
        assert second.warning.getvalue() == ""
        assert page_text(second, "registers/organisations/county").startswith("Westshire Council")
    finally:
        second.cleanup()


def test_a_removed_organisation_loses_its_page(tmp_path: Path) -> None:
    build_root("english", tmp_path).cleanup()
    assert (tmp_path / "registers/organisations/library-friends.md").is_file()
    registry = tmp_path / "meetings/organisations.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("Library Friends:\n  name: Friends of Riverside Library\n", ""),
        encoding="utf-8",
    )
    second = build(tmp_path)
    second.cleanup()
    assert not (tmp_path / "registers/organisations/library-friends.md").exists()


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
    app = build(srcdir)
    try:
        warnings = re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue())
        assert "orgs.yaml:3: WARNING: Entry 'Broken' in orgs.yaml needs a `name`." in warnings
        assert "bodies.yaml:1: WARNING: Entry 'b' in bodies.yaml needs a `name`." in warnings
        assert "[minutes.registry]" in warnings
        registry = app.env.domains["minutes"].registry
        assert list(registry.organisations) == ["SCB"]
    finally:
        app.cleanup()


def test_invalid_yaml_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "organisations.yaml").write_text("SCB: [unclosed\n", encoding="utf-8")
    registry = load(tmp_path, "organisations.yaml", "", "")
    assert registry.organisations == {}
